import { describe, expect, it } from 'vitest';
import { isSamePoint } from '../../domain/geo/coordinates.ts';
import { attributionText, projectToWorld, TILE_SIZE_PX, tilesAround, tileUrl } from './tiles.ts';

const OSM = 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png';
const CASABLANCA = { latitude: 33.5731, longitude: -7.5898 };

describe('projectToWorld', () => {
  it('puts the origin at the centre of the world and the corners at its edges', () => {
    expect(projectToWorld({ latitude: 0, longitude: 0 }, 0)).toEqual({ x: 128, y: 128 });
    const corner = projectToWorld({ latitude: 85.0511287798, longitude: -180 }, 1);
    expect(corner.x).toBe(0);
    expect(corner.y).toBeCloseTo(0, 6);
  });

  it('clamps the poles to the edge of the Mercator square', () => {
    expect(projectToWorld({ latitude: 90, longitude: 0 }, 2).y).toBeCloseTo(0, 6);
    expect(projectToWorld({ latitude: -90, longitude: 0 }, 2).y).toBeCloseTo(4 * TILE_SIZE_PX, 6);
  });

  it('finds Casablanca in the tile OpenStreetMap serves for it', () => {
    const { x, y } = projectToWorld(CASABLANCA, 15);
    expect(Math.floor(x / TILE_SIZE_PX)).toBe(15693);
    expect(Math.floor(y / TILE_SIZE_PX)).toBe(13136);
  });
});

describe('tileUrl', () => {
  it('fills z, x, y and picks the subdomain as Leaflet does', () => {
    expect(tileUrl(OSM, { x: 1, y: 1, z: 1 })).toBe('https://c.tile.openstreetmap.org/1/1/1.png');
    expect(tileUrl(OSM, { x: 3, y: 0, z: 2 })).toBe('https://a.tile.openstreetmap.org/2/3/0.png');
  });

  it('knows {-y} (TMS) and {r}, and leaves unknown placeholders alone', () => {
    expect(tileUrl('/tiles/{z}/{x}/{-y}{r}.png?key={apikey}', { x: 0, y: 0, z: 2 })).toBe(
      '/tiles/2/0/3.png?key={apikey}',
    );
  });
});

describe('tilesAround', () => {
  it('covers a 260 × 150 view with the point exactly at its centre', () => {
    const tiles = tilesAround(CASABLANCA, 15, 260, 150, OSM);
    const { x, y } = projectToWorld(CASABLANCA, 15);
    for (const tile of tiles) {
      const [, column = '', row = ''] = tile.key.split('/');
      expect(tile.left).toBe(Math.round(Number(column) * TILE_SIZE_PX - (x - 130)));
      expect(tile.top).toBe(Math.round(Number(row) * TILE_SIZE_PX - (y - 75)));
    }
    const covered = (px: number, py: number) =>
      tiles.some(
        (tile) =>
          px >= tile.left && px < tile.left + TILE_SIZE_PX && py >= tile.top && py < tile.top + TILE_SIZE_PX,
      );
    for (const [px, py] of [
      [0, 0],
      [259, 0],
      [0, 149],
      [259, 149],
      [130, 75],
    ] as const) {
      expect(covered(px, py)).toBe(true);
    }
    expect(tiles.length).toBeLessThanOrEqual(4);
  });

  it('wraps columns across the antimeridian and drops rows beyond the poles', () => {
    const east = tilesAround({ latitude: 0, longitude: 179.99 }, 2, 260, 150, '{z}/{x}/{y}');
    expect(east.map((tile) => tile.url).sort()).toEqual(['2/0/1', '2/0/2', '2/3/1', '2/3/2']);
    const north = tilesAround({ latitude: 85, longitude: 0 }, 2, 260, 150, '{z}/{x}/{y}');
    expect(north.every((tile) => tile.url.endsWith('/0'))).toBe(true);
  });
});

describe('attributionText', () => {
  it('keeps the words of the attribution HTML', () => {
    expect(
      attributionText(
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
      ),
    ).toBe('© OpenStreetMap contributors');
  });
});

describe('isSamePoint', () => {
  it('treats a point and its six-decimal rounding as the same', () => {
    expect(
      isSamePoint(
        { latitude: 33.5731234, longitude: -7.5898765 },
        { latitude: 33.573123, longitude: -7.589877 },
      ),
    ).toBe(true);
    expect(
      isSamePoint({ latitude: 33.5731, longitude: -7.5898 }, { latitude: 33.5741, longitude: -7.5898 }),
    ).toBe(false);
    expect(isSamePoint(null, null)).toBe(true);
    expect(isSamePoint(null, CASABLANCA)).toBe(false);
  });
});
