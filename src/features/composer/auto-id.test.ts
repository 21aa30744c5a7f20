import { describe, expect, it } from 'vitest';
import { nextAutoId, uniqueId } from './auto-id.ts';

describe('automatic ids', () => {
  it('follows the title while untouched', () => {
    expect(nextAutoId('btn', '', '', 'Oui', 0)).toBe('btn_oui');
    expect(nextAutoId('btn', 'btn_oui', 'Oui', 'Oui merci', 0)).toBe('btn_oui_merci');
    expect(nextAutoId('btn', 'mine', 'Oui', 'Oui merci', 0)).toBeNull();
  });

  it('gives two buttons titled the same two different ids', () => {
    expect(nextAutoId('btn', '', 'N', 'No', 1, ['btn_no'])).toBe('btn_no_2');
    expect(nextAutoId('btn', '', 'N', 'No', 2, ['btn_no', 'btn_no_2'])).toBe('btn_no_3');
  });

  it('keeps following the title after a suffix was added, and drops it when no longer needed', () => {
    expect(nextAutoId('btn', 'btn_no_2', 'No', 'Non', 1, ['btn_no'])).toBe('btn_non');
  });

  it('does not treat a hand-typed look-alike as derived', () => {
    expect(nextAutoId('btn', 'btn_no_x', 'No', 'Non', 1, ['btn_no'])).toBeNull();
  });

  it('uniqueId returns the base when free', () => {
    expect(uniqueId('row_a', ['row_b'])).toBe('row_a');
    expect(uniqueId('row_a', ['row_a'])).toBe('row_a_2');
  });
});
