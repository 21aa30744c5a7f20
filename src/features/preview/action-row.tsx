import type { ComponentProps, ReactNode } from 'react';

/** The row under a divider at the bottom of a list or location-request bubble. */
export function ActionRow({ icon, children, ...props }: ComponentProps<'button'> & { icon: ReactNode }) {
  return (
    <div className="border-t border-black/[0.08] dark:border-white/[0.08]">
      <button
        type="button"
        className="flex min-h-[42px] w-full items-center justify-center gap-2 rounded-b-[7.5px] px-3 py-2 text-[14.2px] leading-[19px] font-medium text-wa-link hover:bg-black/[0.03] focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-wa-link dark:text-wa-link-dark dark:hover:bg-white/[0.04]"
        {...props}
      >
        {icon}
        {children}
      </button>
    </div>
  );
}
