/** The optional header of an interactive message: plain text in bold, never formatted. */
export function MessageHeader({ text }: { text: string }) {
  if (text.trim() === '') return null;
  return (
    <p dir="auto" className="mb-0.5 text-[15px] leading-5 font-bold break-words whitespace-pre-wrap">
      {text}
    </p>
  );
}
