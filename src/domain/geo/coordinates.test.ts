import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCoordinate, isLatitude, isLongitude, parseCoordinateField } from './coordinates.ts';
import { parseCoordinates } from './parse-coordinates.ts';

const CASABLANCA = { ok: true, latitude: 33.5731, longitude: -7.5898 };

describe('parseCoordinateField', () => {
  it.each([
    ['33.5731', 33.5731],
    ['-7.5898', -7.5898],
    ['+7.5', 7.5],
    ['7', 7],
    ['33,5731', 33.5731],
    ['  -7,5898 ', -7.5898],
    ['7.', 7],
    ['.5', 0.5],
    ['\u22127.5', -7.5],
    ['500', 500],
  ])('reads %j', (text, expected) => {
    expect(parseCoordinateField(text)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'abc',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e5',
    '1E-3',
    '0x10',
    '1,000.5',
    '1.2.3',
    '- 7',
    '+-7',
    '.',
    '-',
    '33.5731, -7.5898',
    '9'.repeat(400),
  ])('refuses %j', (text) => {
    expect(parseCoordinateField(text)).toBeNull();
  });

  it('never returns negative zero', () => {
    expect(Object.is(parseCoordinateField('-0'), 0)).toBe(true);
    expect(Object.is(parseCoordinateField('-0.000'), 0)).toBe(true);
  });
});

describe('formatCoordinate', () => {
  it.each([
    [33.5731, '33.5731'],
    [33.5731004, '33.5731'],
    [-7.58981234, '-7.589812'],
    [-7.5898125, '-7.589813'],
    [10, '10'],
    [0, '0'],
    [-0, '0'],
    [-0.0000001, '0'],
    [1e-7, '0'],
    [89.9999999, '90'],
    [-180, '-180'],
    [12.3, '12.3'],
    [0.1 + 0.2, '0.3'],
    [-33.9999995, '-34'],
    [5e-7, '0.000001'],
    [4.9e-7, '0'],
    [Number.NaN, 'NaN'],
  ])('formats %d as %j', (value, expected) => {
    expect(formatCoordinate(value)).toBe(expected);
  });

  it('never writes an exponent for a coordinate', () => {
    fc.assert(
      fc.property(fc.double({ min: -180, max: 180, noNaN: true }), (value) => {
        const text = formatCoordinate(value);
        return !/e/i.test(text) && text !== '-0' && !/\.\d*0$/.test(text) && !text.endsWith('.');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('isLatitude / isLongitude', () => {
  it('accept the WGS84 ranges, bounds included', () => {
    expect([-90, 0, 90].every(isLatitude)).toBe(true);
    expect([-180, 0, 180].every(isLongitude)).toBe(true);
    expect([-90.000001, 90.000001, Number.NaN, Number.POSITIVE_INFINITY].some(isLatitude)).toBe(false);
    expect([-180.000001, 180.000001, Number.NaN, Number.NEGATIVE_INFINITY].some(isLongitude)).toBe(false);
  });
});

describe('parseCoordinates: decimal pairs', () => {
  it.each([
    '33.5731, -7.5898',
    '33.5731,-7.5898',
    '33.5731 -7.5898',
    '33.5731;-7.5898',
    '33.5731 ; -7.5898',
    '33,5731;-7,5898',
    '33,5731 -7,5898',
    '  33.5731,\t-7.5898\n',
    '+33.5731, \u22127.5898',
  ])('reads %j', (text) => {
    expect(parseCoordinates(text)).toEqual(CASABLANCA);
  });

  it('reads integers and the bounds', () => {
    expect(parseCoordinates('90, 180')).toEqual({ ok: true, latitude: 90, longitude: 180 });
    expect(parseCoordinates('-90 -180')).toEqual({ ok: true, latitude: -90, longitude: -180 });
  });

  it('never returns negative zero', () => {
    const result = parseCoordinates('-0, -0.0');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.is(result.latitude, 0)).toBe(true);
      expect(Object.is(result.longitude, 0)).toBe(true);
    }
  });
});

describe('parseCoordinates: degrees, minutes, seconds', () => {
  const DMS_LATITUDE = 33 + 34 / 60 + 23.2 / 3600;
  const DMS_LONGITUDE = -(7 + 35 / 60 + 23.3 / 3600);

  it.each([
    `33°34'23.2"N 7°35'23.3"W`,
    `33°34'23.2"N, 7°35'23.3"W`,
    `33°34′23.2″N 7°35′23.3″W`,
    `33° 34' 23.2" N 7° 35' 23.3" W`,
    `33°34'23.2"n 7°35'23.3"w`,
    `33°34'23.2''N 7°35'23.3''W`,
    `33°34'23.2"N7°35'23.3"W`,
    `N33°34'23.2" W7°35'23.3"`,
    `7°35'23.3"W 33°34'23.2"N`,
    `33º34'23,2"N 7º35'23,3"W`,
  ])('reads %j', (text) => {
    const result = parseCoordinates(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.latitude).toBeCloseTo(DMS_LATITUDE, 9);
    expect(result.longitude).toBeCloseTo(DMS_LONGITUDE, 9);
  });

  it('reads decimal minutes', () => {
    const result = parseCoordinates(`33°34.387'N 7°35.388'W`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.latitude).toBeCloseTo(33 + 34.387 / 60, 9);
    expect(result.longitude).toBeCloseTo(-(7 + 35.388 / 60), 9);
  });

  it.each([
    ['N33.5731 W7.5898', 33.5731, -7.5898],
    ['N 33.5731, W 7.5898', 33.5731, -7.5898],
    ['33.5731N 7.5898W', 33.5731, -7.5898],
    ['33.5731° N, 7.5898° W', 33.5731, -7.5898],
    ['S33.9 E18.4', -33.9, 18.4],
    ['E18.4 S33.9', -33.9, 18.4],
    ['33.5731°, -7.5898°', 33.5731, -7.5898],
  ])('reads hemisphere letters in %j', (text, latitude, longitude) => {
    expect(parseCoordinates(text)).toEqual({ ok: true, latitude, longitude });
  });

  it.each([
    `33°60'00"N 7°35'23.3"W`,
    `33°34'60"N 7°35'23.3"W`,
    `33.5°34'N 7°35'W`,
    '33.5731N 7.5898S',
    '33.5731E 7.5898W',
    '-33.5N 7.5W',
    'N33.5731N 7.5898W',
    '33°34\'23.2"N',
  ])('refuses %j', (text) => {
    expect(parseCoordinates(text)).toEqual({ ok: false, error: 'unrecognized' });
  });

  it('says out of range for 95°N', () => {
    expect(parseCoordinates(`95°00'00"N 7°35'23.3"W`)).toEqual({ ok: false, error: 'out-of-range' });
    expect(parseCoordinates('33N 181E')).toEqual({ ok: false, error: 'out-of-range' });
    expect(parseCoordinates('95°N 7°W')).toEqual({ ok: false, error: 'out-of-range' });
  });
});

describe('parseCoordinates: map links', () => {
  it.each([
    'https://www.openstreetmap.org/#map=15/33.5731/-7.5898',
    'https://www.openstreetmap.org/#map=15/33.5731/-7.5898&layers=H',
    'https://www.openstreetmap.org/?mlat=33.5731&mlon=-7.5898',
    'https://www.openstreetmap.org/?mlat=33.5731&mlon=-7.5898#map=12/10.0000/20.0000',
    'openstreetmap.org/?mlat=33.5731&mlon=-7.5898',
    'https://www.google.com/maps/@33.5731,-7.5898,15z',
    'https://www.google.fr/maps/@33.5731,-7.5898,15z?entry=ttu',
    'https://maps.google.com/?q=33.5731,-7.5898',
    'https://maps.google.com/?q=33.5731%2C-7.5898',
    'https://maps.google.com/?q=33.5731%2C%20%20-7.5898',
    'https://www.google.com/maps?q=33.5731,+-7.5898',
    'https://www.google.com/maps/search/?api=1&query=33.5731,-7.5898',
    'https://www.google.com/maps/place/Casablanca/@33.5731,-7.5898,17z',
    'https://www.google.com/maps/place/Casablanca/@33.5,-7.6,12z/data=!3m1!4b1!4m6!3m5!3d33.5731!4d-7.5898',
    'www.google.com/maps/@33.5731,-7.5898,15z',
    'geo:33.5731,-7.5898',
    'GEO:33.5731,-7.5898,120;u=35',
    'geo:0,0?q=33.5731,-7.5898(Casablanca)',
    '  https://www.google.com/maps/@33.5731,-7.5898,15z  ',
  ])('reads %j', (url) => {
    expect(parseCoordinates(url)).toEqual(CASABLANCA);
  });

  it.each([
    'https://example.com',
    'https://www.google.com/maps/place/Casablanca',
    'https://maps.google.com/?q=Casablanca',
    'https://maps.app.goo.gl/abc123',
    'https://www.openstreetmap.org/#map=15/abc/def',
    'https://maps.google.com/?q=%E0%A4%A',
    'geo:',
    'geo:abc',
  ])('refuses %j', (url) => {
    expect(parseCoordinates(url)).toEqual({ ok: false, error: 'unrecognized' });
  });

  it('says out of range for impossible points in links', () => {
    expect(parseCoordinates('https://www.openstreetmap.org/#map=15/91/10')).toEqual({
      ok: false,
      error: 'out-of-range',
    });
    expect(parseCoordinates('geo:10,181')).toEqual({ ok: false, error: 'out-of-range' });
  });
});

describe('parseCoordinates: errors', () => {
  it.each(['', '   ', '\n\t'])('says empty for %j', (text) => {
    expect(parseCoordinates(text)).toEqual({ ok: false, error: 'empty' });
  });

  it.each([
    'Casablanca',
    '33.5731',
    '33.5731,',
    '33.5731, -7.5898, 12',
    '33,5731, -7,5898',
    '1e5, 2',
    'NaN, NaN',
    'Infinity, 0',
    '33.5731 -7.5898 hello',
    '0x10, 0x20',
  ])('says unrecognized for %j', (text) => {
    expect(parseCoordinates(text)).toEqual({ ok: false, error: 'unrecognized' });
  });

  it.each(['91, 0', '-91, 0', '0, 181', '0, -181', '90.000001, 0', '1000000, 1000000'])(
    'says out of range for %j',
    (text) => {
      expect(parseCoordinates(text)).toEqual({ ok: false, error: 'out-of-range' });
    },
  );
});

describe('parseCoordinates: properties', () => {
  const SHARE_LIKE = fc
    .array(
      fc.oneof(
        fc.constantFrom('°', "'", '"', '′', '″', 'N', 's', 'E', 'w', ',', ';', ' ', '-', '+', '.', '/', '@'),
        fc.constantFrom('geo:', 'https://', 'www.', '?q=', '&mlat=', '#map=', '!3d', '!4d', '%2C', '%'),
        fc.integer({ min: -200, max: 200 }).map(String),
      ),
      { maxLength: 20 },
    )
    .map((parts) => parts.join(''));

  it('never throws and always answers with a known shape', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), SHARE_LIKE), (text) => {
        const result = parseCoordinates(text);
        return result.ok
          ? isLatitude(result.latitude) && isLongitude(result.longitude)
          : ['empty', 'unrecognized', 'out-of-range'].includes(result.error);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back what formatCoordinate wrote', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -90, max: 90, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        (latitude, longitude) => {
          const text = `${formatCoordinate(latitude)}, ${formatCoordinate(longitude)}`;
          const result = parseCoordinates(text);
          expect(result).toEqual({
            ok: true,
            latitude: Number(formatCoordinate(latitude)),
            longitude: Number(formatCoordinate(longitude)),
          });
          if (result.ok) {
            expect(Math.abs(result.latitude - latitude)).toBeLessThanOrEqual(5e-7);
            expect(Math.abs(result.longitude - longitude)).toBeLessThanOrEqual(5e-7);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads back one formatted field', () => {
    fc.assert(
      fc.property(fc.double({ min: -180, max: 180, noNaN: true }), (value) => {
        expect(parseCoordinateField(formatCoordinate(value))).toBe(Number(formatCoordinate(value)));
      }),
      { numRuns: 1000 },
    );
  });
});
