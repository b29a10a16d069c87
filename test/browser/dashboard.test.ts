import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Pipeline, States } from '../../client/operations';
import { startTestHub, type TestHub } from '../support/hub';
import { launchChromium, recordingContext } from './chromium';
import { chooseDay, codesIn, count, exactly, openDashboard, pasteToken, signInAsDemo } from './dashboard-page';

/**
 * The dashboard in a real browser (Debian's Chromium, headless) against an in-process hub on
 * the embedded database. What the page shows is checked against what the API answers for the
 * same token, and every request the page makes is recorded: none may leave the hub's origin.
 */
let hub: TestHub;
let browser: Promise<Browser> | undefined;
let context: BrowserContext | undefined;
let requests: string[];
let page: Page;

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await (await browser?.catch(() => undefined))?.close();
  await hub?.stop();
});

async function open(): Promise<Page> {
  // Launched on first use, so that a missing browser fails every test with the reason (none is skipped).
  browser ??= launchChromium();
  ({ context, requests } = await recordingContext(await browser));
  page = await context.newPage();
  await openDashboard(page, hub.origin);
  return page;
}

afterEach(async () => {
  // A test that failed before opening its page has failed already: nothing to add.
  if (!context) return;
  // Every test's page: nothing but the hub's own origin, whatever the test did.
  const elsewhere = requests.filter((url) => !url.startsWith(`${hub.origin}/`));
  await context.close();
  context = undefined;
  expect(requests.length).toBeGreaterThan(0);
  expect(elsewhere).toEqual([]);
});

describe('the dashboard, for everyone', () => {
  it('is served at / with a strict Content-Security-Policy; GraphiQL stays at GET /graphql', async () => {
    const res = await fetch(`${hub.origin}/`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(await res.text()).toContain('<script type="module"');
    const graphiql = await fetch(`${hub.origin}/graphql`, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toMatch(/graphiql|ruru/i);
    // The test's own bookkeeping wants a page: open one.
    await open();
  });

  it('renders the map, the counts (118 / 25 / 53), regions, the timeline and activities', async () => {
    await open();
    expect([await count(page, 'statesParties'), await count(page, 'signatories'), await count(page, 'nonSignatories')]).toEqual([118, 25, 53]);
    expect(await count(page, 'undetermined')).toBe(0);
    // Every state but Tuvalu (too small for Natural Earth 1:50m) is drawn, coloured by status.
    const drawn = await page.$$eval('[data-testid=map] path[data-iso3]', (paths) => paths.map((p) => [p.getAttribute('data-iso3'), p.getAttribute('data-status')]));
    expect(drawn).toHaveLength(195);
    const statuses = Object.fromEntries(drawn);
    expect([statuses.FRA, statuses.AGO, statuses.DZA]).toEqual(['STATE_PARTY', 'SIGNATORY', 'NON_SIGNATORY']);
    expect(await page.textContent('[data-testid=legend]')).toContain('Tuvalu');
    expect(await page.$$eval('[data-testid=states] tbody tr', (rows) => rows.length)).toBe(196);
    const africa = await page.$$eval('[data-testid=regions] tr[data-region=AFRICA] td', (cells) => cells.map((c) => c.textContent));
    expect(africa.slice(0, 3)).toEqual(['31', '10', '13']);
    // One bar per year, plus the deposits whose year the sources do not give: together, every State Party.
    const bars = await page.$$eval('[data-testid=timeline] li', (items) => items.map((li) => [li.getAttribute('data-year'), Number(li.querySelector('.n')?.textContent)] as const));
    expect(bars[0]?.[0]).toBe('2013');
    expect(bars.reduce((n, [, c]) => n + c, 0)).toBe(118);
    expect(await page.textContent('[data-testid=activities]')).toContain('ASEAN regional outreach workshop');
  });

  it('colours a shape for every state in the data (Australia too), in its status colour', async () => {
    await open();
    const states = [];
    for (let after: string | null | undefined, more = true; more; ) {
      const { data } = await hub.client.query(States, { first: 100, after });
      states.push(...data!.states.edges.map((e) => e.node));
      ({ hasNextPage: more, endCursor: after } = data!.states.pageInfo);
    }
    expect(states).toHaveLength(196);
    // What the browser actually paints, per state: the fill of its shape (none: not drawn).
    const fills = Object.fromEntries(
      await page.$$eval('[data-testid=map] path[data-iso3]', (paths) => paths.map((p) => [p.getAttribute('data-iso3'), p.ownerDocument.defaultView!.getComputedStyle(p).fill] as const)),
    );
    const swatches = Object.fromEntries(
      await page.$$eval('[data-testid=legend] .swatch', (items) => items.map((s) => [s.className.replace('swatch ', ''), s.ownerDocument.defaultView!.getComputedStyle(s).backgroundColor] as const)),
    );
    const legend = await page.textContent('[data-testid=legend]');
    const uncoloured = states.filter((s) => fills[s.iso3] !== swatches[`status-${s.status ?? 'UNDETERMINED'}`]).map((s) => s.iso3);
    // Tuvalu alone is too small for Natural Earth 1:50m, and the legend says so.
    expect(uncoloured).toEqual(['TUV']);
    expect(legend).toContain('Tuvalu');
    expect(fills.AUS).toBe(swatches['status-STATE_PARTY']);
    // The coloured shape is the continent, not an islet that shares its code (036).
    const width = await page.$eval('[data-testid=map] path[data-iso3=AUS]', (p) => (p as unknown as { getBBox(): { width: number } }).getBBox().width);
    expect(width).toBeGreaterThan(50);
    const grey = await page.$$eval('[data-testid=map] path.country:not([data-iso3]) title', (titles) => titles.map((t) => t.textContent));
    expect(grey).not.toContain('Australia');
  });

  it('shows 112 States Parties and 1 undetermined (Niue) on 15 Feb 2023, chosen with the slider', async () => {
    await open();
    await chooseDay(page, '2023-02-15');
    expect(await count(page, 'statesParties')).toBe(112);
    expect(await count(page, 'undetermined')).toBe(1);
    expect(await page.getAttribute('[data-testid=map] path[data-iso3=NIU]', 'data-status')).toBe('UNDETERMINED');
    expect(await page.textContent('[data-testid=states] tr[data-iso3=NIU] .status')).toContain('Undetermined');
  });

  it('hides what the API denies the public: no pipeline, no needs', async () => {
    await open();
    expect(await page.textContent('[data-testid=viewer]')).toContain('public view');
    expect(await page.$('[data-testid=pipeline]')).toBeNull();
    expect(await page.textContent('[data-panel=pipeline]')).toContain('Not available to you');
    expect(await page.$('[data-testid=needs]')).toBeNull();
    expect(await page.textContent('[data-panel=needs]')).toContain('Not available to you');
    expect(await page.textContent('[data-testid=needs-matched]')).toContain('Not available to you');
    // Public records are shown to everyone.
    expect(await page.$$eval('[data-testid=follow-ups] tbody tr', (rows) => rows.length)).toBeGreaterThan(0);
  });

  it('switches state names between the six UN languages, Arabic right to left', async () => {
    await open();
    for (const lang of ['FR', 'ZH', 'AR', 'RU', 'ES', 'EN'] as const) {
      const { data } = await hub.client.query(States, { first: 200, lang, filter: { region: 'EUROPE' } });
      const germany = data!.states.edges.find((e) => e.node.iso3 === 'DEU')!.node.name;
      await page.selectOption('[data-testid=language]', lang);
      await page.locator('[data-testid=states] tr[data-iso3=DEU] .name', { hasText: exactly(germany) }).waitFor();
      expect(await page.getAttribute('html', 'dir')).toBe(lang === 'AR' ? 'rtl' : 'ltr');
      expect(await page.getAttribute('html', 'lang')).toBe(lang.toLowerCase());
    }
  });
});

describe('the dashboard, signed in', () => {
  it('vp-africa (demo sign-in): the pipeline of African states only, exactly as the API gives it', async () => {
    await open();
    await signInAsDemo(page, 'vp-africa');
    expect(await page.textContent('[data-testid=viewer]')).toContain('Vice-President');
    const regions = await page.$$eval('[data-testid=pipeline] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-region')));
    expect(regions).toEqual(['AFRICA']);
    const { data } = await (await hub.as('vp-africa')).query(Pipeline, {});
    const expected = data!.pipeline!.flatMap((t) => t.entries.map((e) => e.state.iso3));
    expect(expected.length).toBeGreaterThan(0);
    expect((await codesIn(page, '[data-testid=pipeline]')).sort()).toEqual(expected.sort());
    // A treaty-body viewer reads needs, and the plan's needs matched.
    expect(await page.$$eval('[data-testid=needs] tbody tr', (rows) => rows.length)).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid=needs-matched]')).toMatch(/^\d+$/);
  });

  it('secretariat (pasted token): every region of the pipeline, and every panel', async () => {
    await open();
    const { token } = await hub.as('secretariat');
    await pasteToken(page, token!);
    const { data } = await (await hub.as('secretariat')).query(Pipeline, {});
    const expected = data!.pipeline!.flatMap((t) => t.entries.map((e) => e.state.iso3));
    expect((await codesIn(page, '[data-testid=pipeline]')).sort()).toEqual(expected.sort());
    const regions = await page.$$eval('[data-testid=pipeline] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-region')));
    expect(regions.length).toBeGreaterThan(1);
    expect(await page.$$('[data-not-available]')).toHaveLength(0);
  });

  it('signing out, or a refused token, leaves nothing of the previous viewer on the page', async () => {
    await open();
    await signInAsDemo(page, 'secretariat');
    expect(await page.$('[data-testid=pipeline]')).not.toBeNull();
    await pasteToken(page, 'not-a-token');
    expect(await page.textContent('[data-testid=signin-status]')).toContain('Token refused');
    expect(await page.$('[data-testid=pipeline]')).toBeNull();
    expect(await page.textContent('[data-testid=viewer]')).toContain('public view');
  });
});
