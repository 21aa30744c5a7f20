/**
 * The location picker and the location bubbles, offline: tiles come from the shared fixture, the geocoder from
 * the Nominatim fixtures below, the position from Playwright's geolocation.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator, Page, Route } from '@playwright/test';
import { expect, test, tileRequests } from './test.ts';

const SEARCH = readFileSync(
  fileURLToPath(new URL('./fixtures/nominatim-search.json', import.meta.url)),
  'utf8',
);
const REVERSE = readFileSync(
  fileURLToPath(new URL('./fixtures/nominatim-reverse.json', import.meta.url)),
  'utf8',
);
const NOMINATIM = 'https://nominatim.openstreetmap.org/**';

const CASABLANCA = { latitude: 33.5731, longitude: -7.5898 };
const OVERVIEW_ZOOM = 12;
const FOCUS_ZOOM = 16;
/** Two pixels at the overview zoom, about 70 m: clicks and drags land within this. */
const TOLERANCE_DEG = 0.0007;

type GeocoderCall = { path: string; search: URLSearchParams; acceptLanguage: string | undefined };

/** Serves the Nominatim fixtures (or fails like a blocked network) and records what was asked. */
async function fakeGeocoder(page: Page, mode: 'ok' | 'blocked' = 'ok') {
  const calls: GeocoderCall[] = [];
  await page.route(NOMINATIM, async (route: Route) => {
    const url = new URL(route.request().url());
    const acceptLanguage = (await route.request().allHeaders())['accept-language'];
    calls.push({ path: url.pathname, search: url.searchParams, acceptLanguage });
    if (mode === 'blocked') {
      await route.abort('internetdisconnected');
      return;
    }
    const body = url.pathname === '/reverse' ? REVERSE : SEARCH;
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body,
    });
  });
  return calls;
}

async function chooseKind(page: Page, name: 'Location' | 'Location request') {
  await page.getByRole('group', { name: 'Message type' }).getByRole('radio', { name, exact: true }).check();
}

async function openLocation(page: Page) {
  await page.goto('/');
  await chooseKind(page, 'Location');
  const map = page.getByRole('region', { name: 'Map' });
  // The editor and Leaflet are chunks fetched on demand: on a busy 2-core machine they can take over 5 s.
  await expect(map).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.leaflet-tile-loaded').first()).toBeVisible();
  return map;
}

const FIELD_NAMES = {
  Latitude: /^Latitude$/,
  Longitude: /^Longitude$/,
  // Optional fields carry "(optional)" in their label.
  'Place name': /^Place name\b/,
  Address: /^Address\b/,
} as const;

const field = (page: Page, name: keyof typeof FIELD_NAMES) =>
  page.getByRole('textbox', { name: FIELD_NAMES[name] });

async function fieldNumber(page: Page, name: 'Latitude' | 'Longitude') {
  return Number(await field(page, name).inputValue());
}

/** Web Mercator: the point `dx`, `dy` pixels away from `from` at `zoom`. */
function offsetPoint(from: { latitude: number; longitude: number }, zoom: number, dx: number, dy: number) {
  const size = 256 * 2 ** zoom;
  const sin = Math.sin((from.latitude * Math.PI) / 180);
  const x = ((from.longitude + 180) / 360) * size + dx;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size + dy;
  const n = Math.PI - (2 * Math.PI * y) / size;
  return {
    latitude: (180 / Math.PI) * Math.atan(Math.sinh(n)),
    longitude: (x / size) * 360 - 180,
  };
}

async function centreOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where the pin points: the bottom middle of Leaflet's default marker. */
async function pinTip(page: Page) {
  const box = await page.locator('.leaflet-marker-icon').boundingBox();
  if (box === null) throw new Error('no pin');
  return { x: box.x + box.width / 2, y: box.y + box.height };
}

async function expectPoint(page: Page, expected: { latitude: number; longitude: number }, tolerance: number) {
  await expect
    .poll(async () => Math.abs((await fieldNumber(page, 'Latitude')) - expected.latitude))
    .toBeLessThan(tolerance);
  await expect
    .poll(async () => Math.abs((await fieldNumber(page, 'Longitude')) - expected.longitude))
    .toBeLessThan(tolerance);
}

test.describe('lazy loading', () => {
  test('Leaflet arrives only once the Location kind is chosen', async ({ page }) => {
    const scripts: { url: string; body: string }[] = [];
    const styles: { url: string; body: string }[] = [];
    page.on('response', async (response) => {
      const url = new URL(response.url());
      if (!url.pathname.startsWith('/assets/')) return;
      const body = await response.text().catch(() => '');
      if (url.pathname.endsWith('.js')) scripts.push({ url: url.pathname, body });
      if (url.pathname.endsWith('.css')) styles.push({ url: url.pathname, body });
    });
    await page.goto('/');
    await expect(page.getByRole('radio', { name: 'Location', exact: true })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const hasLeaflet = () => scripts.some(({ body }) => body.includes('leafletjs.com'));
    const hasLeafletCss = () => styles.some(({ body }) => body.includes('.leaflet-pane'));
    expect(scripts.length).toBeGreaterThan(0);
    expect(hasLeaflet()).toBe(false);
    expect(hasLeafletCss()).toBe(false);

    await chooseKind(page, 'Location');
    await expect(page.getByRole('region', { name: 'Map' })).toBeVisible();
    await expect.poll(hasLeaflet).toBe(true);
    expect(hasLeafletCss()).toBe(true);
  });
});

test.describe('map picker', () => {
  test('opens on Casablanca; a click places the pin and fills the fields', async ({
    page,
    consoleErrors,
  }) => {
    const map = await openLocation(page);
    await expect(field(page, 'Latitude')).toHaveValue('');
    await expect(page.locator('.leaflet-marker-icon')).toHaveCount(0);
    await expect(map).toContainText('OpenStreetMap');

    const centre = await centreOf(map);
    await page.mouse.click(centre.x + 120, centre.y - 60);
    const expected = offsetPoint(CASABLANCA, OVERVIEW_ZOOM, 120, -60);
    await expectPoint(page, expected, TOLERANCE_DEG);
    await expect(page.locator('.leaflet-marker-icon')).toHaveCount(1);
    await expect(page.getByRole('status').filter({ hasText: 'Pin placed at' })).toBeVisible();
    // Six decimals at most, no trailing zeros.
    expect(await field(page, 'Latitude').inputValue()).toMatch(/^-?\d+(\.\d{0,5}[1-9])?$/);
    expect(await field(page, 'Longitude').inputValue()).toMatch(/^-?\d+(\.\d{0,5}[1-9])?$/);
    // The view did not jump to the pin it placed.
    const tip = await pinTip(page);
    expect(Math.abs(tip.x - (centre.x + 120))).toBeLessThan(3);
    expect(Math.abs(tip.y - (centre.y - 60))).toBeLessThan(3);
    expect(consoleErrors).toEqual([]);
  });

  test('dragging the pin updates the fields', async ({ page }) => {
    const map = await openLocation(page);
    const centre = await centreOf(map);
    await page.mouse.click(centre.x, centre.y);
    await expectPoint(page, CASABLANCA, TOLERANCE_DEG);
    const before = {
      latitude: await fieldNumber(page, 'Latitude'),
      longitude: await fieldNumber(page, 'Longitude'),
    };

    const tip = await pinTip(page);
    await page.mouse.move(tip.x, tip.y - 20);
    await page.mouse.down();
    await page.mouse.move(tip.x + 40, tip.y, { steps: 5 });
    await page.mouse.move(tip.x + 80, tip.y + 20, { steps: 5 });
    await page.mouse.up();

    await expectPoint(page, offsetPoint(before, OVERVIEW_ZOOM, 80, 40), TOLERANCE_DEG);
  });

  test('typed coordinates move the pin and recentre; a bad value leaves it where it was', async ({
    page,
  }) => {
    const map = await openLocation(page);
    await field(page, 'Latitude').fill('33.6');
    await field(page, 'Longitude').fill('-7.62');
    const centre = await centreOf(map);
    await expect
      .poll(async () => {
        const tip = await pinTip(page);
        return Math.hypot(tip.x - centre.x, tip.y - centre.y);
      })
      .toBeLessThan(3);
    const placed = await pinTip(page);

    await field(page, 'Latitude').fill('95');
    await expect(field(page, 'Latitude')).toHaveAccessibleDescription(/between -90 and 90/);
    await field(page, 'Longitude').fill('abc');
    await expect(field(page, 'Longitude')).toHaveAccessibleDescription(/Not a number/);
    const after = await pinTip(page);
    expect(Math.hypot(after.x - placed.x, after.y - placed.y)).toBeLessThan(1);
    await expect(page.locator('.leaflet-marker-icon')).toHaveCount(1);

    // A point elsewhere: the view follows it, at street level.
    await field(page, 'Latitude').fill('34.020882');
    await field(page, 'Longitude').fill('-6.84165');
    await expect
      .poll(async () => {
        const tip = await pinTip(page);
        return Math.hypot(tip.x - centre.x, tip.y - centre.y);
      })
      .toBeLessThan(3);
    // One pixel east of the pin at the focus zoom is a hair east in degrees: the map is at street level.
    await page.mouse.click(centre.x + 100, centre.y);
    await expectPoint(
      page,
      offsetPoint({ latitude: 34.020882, longitude: -6.84165 }, FOCUS_ZOOM, 100, 0),
      0.0001,
    );
  });

  test('keyboard: the map pans with the arrow keys and the pin goes to the centre', async ({ page }) => {
    const map = await openLocation(page);
    await map.focus();
    await expect(map).toBeFocused();
    await expect(map).toHaveAccessibleDescription(/arrow keys pan/);
    // Leaflet ignores a pan key while the previous pan is still animating: each press waits for the map to stop
    // (on a busy machine the quarter-second animation can take longer than any fixed pause).
    const pane = page.locator('.leaflet-map-pane');
    const position = () => pane.evaluate((element) => (element as HTMLElement).style.transform);
    for (let i = 0; i < 3; i += 1) {
      const before = await position();
      await page.keyboard.press('ArrowRight');
      let last = before;
      await expect
        .poll(
          async () => {
            const now = await position();
            const settled = now !== before && now === last;
            last = now;
            return settled;
          },
          { intervals: [150] },
        )
        .toBe(true);
    }
    await page.getByRole('button', { name: 'Place pin at map centre' }).click();
    // Three presses of Leaflet's 80 px pan step, east of Casablanca.
    await expectPoint(page, offsetPoint(CASABLANCA, OVERVIEW_ZOOM, 240, 0), TOLERANCE_DEG * 2);
    const centre = await centreOf(map);
    const tip = await pinTip(page);
    expect(Math.hypot(tip.x - centre.x, tip.y - centre.y)).toBeLessThan(3);
  });
});

test.describe('paste coordinates', () => {
  const CASES: { text: string; latitude: string; longitude: string }[] = [
    { text: '33.5731, -7.5898', latitude: '33.5731', longitude: '-7.5898' },
    { text: '33.5731 -7.5898', latitude: '33.5731', longitude: '-7.5898' },
    { text: '33°34\'23.2"N 7°35\'23.3"W', latitude: '33.573111', longitude: '-7.589806' },
    { text: '33°34′23.2″N, 7°35′23.3″W', latitude: '33.573111', longitude: '-7.589806' },
    {
      text: 'https://www.openstreetmap.org/#map=17/33.58893/-7.63265',
      latitude: '33.58893',
      longitude: '-7.63265',
    },
    {
      text: 'https://www.openstreetmap.org/?mlat=33.5889&mlon=-7.6326#map=18/33.5890/-7.6330',
      latitude: '33.5889',
      longitude: '-7.6326',
    },
    {
      text: 'https://www.google.com/maps/@33.5889284,-7.6326471,17z',
      latitude: '33.588928',
      longitude: '-7.632647',
    },
    {
      text: 'https://maps.google.com/?q=33.5889284,-7.6326471',
      latitude: '33.588928',
      longitude: '-7.632647',
    },
  ];

  test('every format places the pin', async ({ page }) => {
    await openLocation(page);
    const paste = page.getByRole('textbox', { name: 'Paste coordinates' });
    for (const { text, latitude, longitude } of CASES) {
      await paste.fill(text);
      await expect(field(page, 'Latitude'), text).toHaveValue(latitude);
      await expect(field(page, 'Longitude'), text).toHaveValue(longitude);
      await expect(paste).not.toHaveAttribute('aria-invalid');
    }
    await expect(page.locator('.leaflet-marker-icon')).toHaveCount(1);
  });

  test('anything else is explained and leaves the fields alone', async ({ page }) => {
    await openLocation(page);
    const paste = page.getByRole('textbox', { name: 'Paste coordinates' });
    await paste.fill('33.5731, -7.5898');
    await paste.fill('somewhere near the twin towers');
    await paste.press('Enter');
    await expect(paste).toHaveAttribute('aria-invalid', 'true');
    await expect(paste).toHaveAccessibleDescription(/Not a format we know/);
    await paste.fill('95, 200');
    await expect(paste).toHaveAccessibleDescription(/Out of range/);
    await expect(field(page, 'Latitude')).toHaveValue('33.5731');
    await expect(field(page, 'Longitude')).toHaveValue('-7.5898');
  });
});

test.describe('address search and reverse geocoding', () => {
  test('a search picks a result by keyboard and fills name and address on confirmation', async ({ page }) => {
    const calls = await fakeGeocoder(page);
    await openLocation(page);
    const search = page.getByRole('combobox', { name: 'Search address' });
    await search.pressSequentially('Twin Center', { delay: 30 });
    const list = page.getByRole('listbox', { name: 'Addresses found' });
    await expect(list.getByRole('option')).toHaveCount(3);
    // Typing eleven characters sent one request, in the UI's language.
    expect(calls).toHaveLength(1);
    expect(calls[0]?.path).toBe('/search');
    expect(calls[0]?.search.get('q')).toBe('Twin Center');
    expect(calls[0]?.acceptLanguage).toMatch(/^en/);

    await search.press('ArrowDown');
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await search.press('Enter');
    await expect(list).toBeHidden();
    await expect(field(page, 'Latitude')).toHaveValue('33.588928');
    await expect(field(page, 'Longitude')).toHaveValue('-7.632647');
    await expect(field(page, 'Place name')).toHaveValue('');

    const offer = page.getByRole('region', { name: 'Use this place for the name and address?' });
    await expect(offer).toContainText('Twin Center');
    await expect(offer).not.toContainText('replaces');
    // Text typed while the question is open is named before it is replaced.
    await field(page, 'Place name').fill('Head office');
    await expect(offer).toContainText('replaces “Head office”');
    await offer.getByRole('button', { name: 'Fill name and address', exact: true }).click();
    await expect(field(page, 'Place name')).toHaveValue('Twin Center');
    await expect(field(page, 'Address')).toHaveValue(
      'Boulevard Zerktouni, Maarif, 20250 Casablanca, Morocco',
    );
    await expect(offer).toBeHidden();
  });

  test('the pin fills empty fields and asks before replacing typed text', async ({ page }) => {
    const calls = await fakeGeocoder(page);
    await openLocation(page);
    await page.getByRole('textbox', { name: 'Paste coordinates' }).fill('33.5731, -7.5898');
    await field(page, 'Place name').fill('Our shop');
    await page.getByRole('button', { name: 'Fill name and address from the pin' }).click();

    await expect(field(page, 'Address')).toHaveValue(
      'Avenue Hassan II, Sidi Belyout, 20000 Casablanca, Morocco',
    );
    await expect(field(page, 'Place name')).toHaveValue('Our shop');
    expect(calls.map(({ path }) => path)).toEqual(['/reverse']);
    expect(calls[0]?.search.get('lat')).toBe('33.5731');
    expect(calls[0]?.search.get('lon')).toBe('-7.5898');

    const question = page.getByRole('region', { name: 'Replace what you typed?' });
    await expect(question).toContainText('replaces “Our shop”');
    await question.getByRole('button', { name: 'Keep mine' }).click();
    await expect(question).toBeHidden();
    await expect(field(page, 'Place name')).toHaveValue('Our shop');

    await page.getByRole('button', { name: 'Fill name and address from the pin' }).click();
    await question.getByRole('button', { name: 'Replace' }).click();
    await expect(field(page, 'Place name')).toHaveValue('United Nations Square');
  });

  test('a blocked geocoder says so; the map and the fields keep working', async ({
    page,
    allowConsoleErrors,
  }) => {
    // The geocoder requests this test fails on purpose.
    allowConsoleErrors(/net::ERR_INTERNET_DISCONNECTED/);
    await fakeGeocoder(page, 'blocked');
    const map = await openLocation(page);
    const search = page.getByRole('combobox', { name: 'Search address' });
    await search.fill('Twin Center');
    await search.press('Enter');
    await expect(search).toHaveAccessibleDescription(/cannot be reached/);

    await page.getByRole('textbox', { name: 'Paste coordinates' }).fill('33.5731, -7.5898');
    await page.getByRole('button', { name: 'Fill name and address from the pin' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'cannot be reached' })).toHaveCount(2);

    const centre = await centreOf(map);
    await page.mouse.click(centre.x, centre.y);
    await expectPoint(page, CASABLANCA, TOLERANCE_DEG);
  });
});

test.describe('use my location', () => {
  test('granted: the pin goes where the browser says', async ({ page, context }) => {
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 34.020882, longitude: -6.84165, accuracy: 25 });
    const map = await openLocation(page);
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect(field(page, 'Latitude')).toHaveValue('34.020882');
    await expect(field(page, 'Longitude')).toHaveValue('-6.84165');
    await expect(page.getByRole('status').filter({ hasText: 'Location found (within 25 m)' })).toBeVisible();
    const centre = await centreOf(map);
    await expect
      .poll(async () => {
        const tip = await pinTip(page);
        return Math.hypot(tip.x - centre.x, tip.y - centre.y);
      })
      .toBeLessThan(3);
  });

  test('denied: says how to allow it and changes nothing', async ({ page, context }) => {
    await context.clearPermissions();
    await openLocation(page);
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'not allowed to share your location' }),
    ).toBeVisible();
    await expect(field(page, 'Latitude')).toHaveValue('');
  });
});

test.describe('preview', () => {
  test('the location bubble shows a map thumbnail with the pin, the name and the address', async ({
    page,
  }) => {
    await openLocation(page);
    const tilesBefore = tileRequests.length;
    await page.getByRole('textbox', { name: 'Paste coordinates' }).fill('33.5731, -7.5898');
    await field(page, 'Place name').fill('United Nations Square');
    await field(page, 'Address').fill('Avenue Hassan II, Casablanca');
    const phone = page.getByRole('region', { name: 'Preview', exact: true });
    const thumbnail = phone.getByRole('img', { name: 'Map: pin at 33.5731, -7.5898' });
    await expect(thumbnail).toBeVisible();
    // Loaded, not merely finished: a failed or aborted image is "complete" too, but has no pixels.
    await expect
      .poll(() =>
        thumbnail
          .locator('img')
          .first()
          .evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBeGreaterThan(0);
    expect(tileRequests.slice(tilesBefore).some((path) => path.startsWith('/15/'))).toBe(true);
    await expect(phone).toContainText('United Nations Square');
    await expect(phone).toContainText('Avenue Hassan II, Casablanca');
  });

  test('the shared-location reply shows a thumbnail too', async ({ page }) => {
    await page.goto('/');
    await chooseKind(page, 'Location request');
    await page.getByRole('textbox', { name: 'Message' }).fill('Please share your location.');
    const phone = page.getByRole('region', { name: 'Preview', exact: true });
    await phone.getByRole('button', { name: 'Send location' }).click();
    await expect(phone.getByTestId('map-thumbnail')).toBeVisible();
    await expect(phone.getByRole('img', { name: /^Map: pin at 33\.5731, -7\.5898$/ })).toBeVisible();
  });
});

test.describe('screenshots', () => {
  test('location editor and preview bubble', async ({ page }) => {
    await fakeGeocoder(page);
    const map = await openLocation(page);
    const editor = page.getByRole('region', { name: 'Editor' });
    const search = page.getByRole('combobox', { name: 'Search address' });
    await search.fill('Twin Center');
    await search.press('Enter');
    // Arrow keys move through results once they are there.
    const list = page.getByRole('listbox', { name: 'Addresses found' });
    await expect(list.getByRole('option')).toHaveCount(3);
    await search.press('ArrowDown');
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await editor.screenshot({ path: 'e2e/artifacts/location-search.png' });
    await search.press('Enter');
    await field(page, 'Place name').fill('Head office');
    await expect(page.getByRole('region', { name: /Use this place/ })).toBeVisible();
    await editor.screenshot({ path: 'e2e/artifacts/location-offer.png' });
    await page.getByRole('button', { name: 'Fill name and address', exact: true }).click();
    // Keyboard focus shows the centre cross.
    await search.focus();
    await page.keyboard.press('Tab');
    await expect(map).toBeFocused();
    await expect(page.getByTestId('map-centre-cross')).toHaveCSS('opacity', '1');
    await page.waitForTimeout(400);
    await editor.screenshot({ path: 'e2e/artifacts/location-editor.png' });
    await page
      .getByRole('region', { name: 'Preview', exact: true })
      .screenshot({ path: 'e2e/artifacts/preview-location.png' });
    await page.screenshot({ path: 'e2e/artifacts/location-page.png', fullPage: true });
  });

  test('narrow screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openLocation(page);
    await page.getByRole('textbox', { name: 'Paste coordinates' }).fill('33.5731, -7.5898');
    await page.getByRole('textbox', { name: 'Paste coordinates' }).press('Tab');
    await page.waitForTimeout(400);
    await page.screenshot({ path: 'e2e/artifacts/location-narrow.png', fullPage: true });
  });
});
