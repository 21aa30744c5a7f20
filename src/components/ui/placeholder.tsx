/** Holds a part's place while its code loads: its height, announced as busy to assistive technology. */
export function Placeholder({ minHeight }: { minHeight: string }) {
  return (
    <div
      aria-busy="true"
      style={{ minHeight }}
      className="animate-pulse rounded-lg bg-neutral-100 dark:bg-neutral-800/50"
    />
  );
}
