/** A conversation's messages as the phone shows them; the connection (which sends) and the preview (which shows) both speak it. */
import type { Draft } from './draft.ts';

/** A message already sent in the conversation, shown above the draft. */
export type ThreadEntry = {
  id: string;
  draft: Draft;
  sentAt: Date;
};
