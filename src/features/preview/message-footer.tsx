import type { ReactNode } from 'react';

/**
 * The optional footer of reply-button and list messages, as WhatsApp draws it: small grey plain text under the
 * body, never formatted, with the time beside its last line.
 */
export function MessageFooter({ text, trailing }: { text: string | undefined; trailing: ReactNode }) {
  if ((text ?? '').trim() === '') return null;
  return (
    <p
      dir="auto"
      className="mt-1 text-[13px] leading-[17px] break-words whitespace-pre-wrap text-wa-meta dark:text-white/60"
    >
      {text}
      {trailing}
    </p>
  );
}
