import { describe, expect, it } from 'vitest';
import { pointFromFields } from '../../domain/geo/coordinates.ts';
import { acceptAll, geolocationFailure, planFill } from './location-logic.ts';

describe('pointFromFields', () => {
  it('reads two numbers in range, with a decimal comma or a typographic minus', () => {
    expect(pointFromFields('33.5731', '-7.5898')).toEqual({ latitude: 33.5731, longitude: -7.5898 });
    expect(pointFromFields(' 33,5731 ', '\u22127.5898')).toEqual({ latitude: 33.5731, longitude: -7.5898 });
    expect(pointFromFields('-90', '180')).toEqual({ latitude: -90, longitude: 180 });
  });

  it('is null when a field is empty, not a number or out of range', () => {
    expect(pointFromFields('', '-7.5898')).toBeNull();
    expect(pointFromFields('33.5731', 'abc')).toBeNull();
    expect(pointFromFields('95', '-7.5898')).toBeNull();
    expect(pointFromFields('33.5731', '-180.5')).toBeNull();
    expect(pointFromFields('33.5731, -7.5898', '')).toBeNull();
  });
});

describe('planFill', () => {
  const proposal = { name: 'Twin Center', address: 'Boulevard Zerktouni, Casablanca' };

  it('fills empty fields without asking', () => {
    expect(planFill({ name: '', address: '  ' }, proposal)).toEqual({
      fill: { name: 'Twin Center', address: 'Boulevard Zerktouni, Casablanca' },
      conflicts: [],
    });
  });

  it('asks before replacing what the user typed', () => {
    const plan = planFill({ name: 'Bureau', address: '' }, proposal);
    expect(plan.fill).toEqual({ address: 'Boulevard Zerktouni, Casablanca' });
    expect(plan.conflicts).toEqual([{ field: 'name', current: 'Bureau', proposed: 'Twin Center' }]);
    expect(acceptAll(plan)).toEqual(proposal);
  });

  it('replaces its own earlier fill without asking', () => {
    const plan = planFill({ name: 'Old Place', address: 'Old address' }, proposal, {
      name: 'Old Place',
      address: 'Something the user changed',
    });
    expect(plan.fill).toEqual({ name: 'Twin Center' });
    expect(plan.conflicts).toEqual([
      { field: 'address', current: 'Old address', proposed: 'Boulevard Zerktouni, Casablanca' },
    ]);
  });

  it('never writes an empty proposal and skips fields that already match', () => {
    expect(planFill({ name: 'Twin Center', address: 'Mine' }, { name: 'Twin Center', address: ' ' })).toEqual(
      {
        fill: {},
        conflicts: [],
      },
    );
  });
});

describe('geolocationFailure', () => {
  it('tells denied, unavailable and timeout apart', () => {
    expect(geolocationFailure(1)).toBe('denied');
    expect(geolocationFailure(2)).toBe('unavailable');
    expect(geolocationFailure(3)).toBe('timeout');
    expect(geolocationFailure(99)).toBe('unavailable');
  });
});
