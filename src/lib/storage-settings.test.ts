import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSetting, writeSetting } from './storage.ts';

const KEY = 'digishare-composer:test-setting';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
});

describe('settings through the storage door', () => {
  it('reads and writes plain strings in the chosen area; null removes', () => {
    expect(readSetting(KEY)).toBeNull();
    expect(writeSetting(KEY, 'dark')).toBe(true);
    expect(localStorage.getItem(KEY)).toBe('dark');
    expect(sessionStorage.getItem(KEY)).toBeNull();
    expect(readSetting(KEY)).toBe('dark');

    expect(writeSetting(KEY, 'tab', 'session')).toBe(true);
    expect(sessionStorage.getItem(KEY)).toBe('tab');
    expect(readSetting(KEY, 'session')).toBe('tab');

    expect(writeSetting(KEY, null, 'session')).toBe(true);
    expect(sessionStorage.getItem(KEY)).toBeNull();
    expect(readSetting(KEY)).toBe('dark');
  });

  it('never throws when storage is refused or full', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(readSetting(KEY)).toBeNull();
    expect(writeSetting(KEY, 'dark')).toBe(false);
    vi.restoreAllMocks();

    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(writeSetting(KEY, 'dark', 'session')).toBe(false);
    expect(readSetting(KEY, 'session')).toBeNull();
  });
});
