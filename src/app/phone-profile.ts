/**
 * The business shown in the phone's header, for demos: its name and the avatar's letter. Kept in this browser
 * beside the drafts (it describes the demo, not the message), never in a share link or a payload.
 */
import { createStore, useStore } from '../lib/create-store.ts';
import { readSetting, writeSetting } from '../lib/storage.ts';

const PHONE_PROFILE_STORAGE_KEY = 'digishare-composer:phone-profile';
/** A name longer than this is not a name (and the header cuts it long before). */
export const PHONE_NAME_MAX_CHARS = 60;

export type PhoneProfile = { name: string; initial: string };

const EMPTY: PhoneProfile = { name: '', initial: '' };

/** Tolerant read: anything but two strings is ignored. */
function readProfile(): PhoneProfile {
  const raw = readSetting(PHONE_PROFILE_STORAGE_KEY);
  if (raw === null) return EMPTY;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return EMPTY;
    const { name, initial } = parsed as Record<string, unknown>;
    return {
      name: typeof name === 'string' ? name.slice(0, PHONE_NAME_MAX_CHARS) : '',
      initial: typeof initial === 'string' ? initial.slice(0, 4) : '',
    };
  } catch {
    return EMPTY;
  }
}

const phoneProfileStore = createStore<PhoneProfile>(readProfile());

export function setPhoneProfile(patch: Partial<PhoneProfile>): void {
  phoneProfileStore.setState((current) => ({ ...current, ...patch }));
  // A refused storage: the profile holds for this page only.
  writeSetting(PHONE_PROFILE_STORAGE_KEY, JSON.stringify(phoneProfileStore.getState()));
}

export function usePhoneProfile(): PhoneProfile {
  return useStore(phoneProfileStore, (profile) => profile);
}
