import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hubPages } from './hub-pages';
import { openDashboard, settled, signInAsDemo } from './dashboard-page';

/**
 * The region page (/regions/<CODE>) and the body page (/bodies/<CODE>) in Debian's Chromium
 * against an in-process hub: what they show is checked against the API's answer for the same
 * viewer; a denied part says "not available", distinct from "none recorded".
 */
const pages = hubPages();

async function open(page: Page, path: string, ready: string): Promise<void> {
  const res = await page.goto(`${pages.hub.origin}${path}`);
  expect(res?.status()).toBe(200);
  await page.waitForSelector(ready);
  await settled(page);
}

interface Answer<T> {
  data: T;
  errors?: { path?: (string | number)[] }[];
}
type RegionAnswer = Answer<{ region: { states: { iso3: string }[]; coordinators: { id: string }[]; champions: { id: string }[]; needs: unknown[] | null } }>;
type BodyAnswer = Answer<{ body: { name: string; meetings: { id: string }[]; decisions: { id: string }[]; agenda: { id: string; notes: string | null }[] } }>;

const REGION = '{ region(code: AFRICA) { states { iso3 } coordinators { id } champions { id } needs { id } } }';
const BODY = '{ body(code: CSP) { name meetings { id } decisions { id } agenda { id notes } } }';

describe('the region and body pages', () => {
  it('are served with the dashboard CSP; an unknown code is a 404 page', async () => {
    for (const path of ['/regions/AFRICA', '/bodies/WGTU', '/bodies/WGETI_SWG_ARTICLE_5']) {
      const ok = await fetch(`${pages.hub.origin}${path}`);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
    for (const [path, text] of [
      ['/regions/ANTARCTICA', 'No such region'],
      ['/regions/africa', 'No such region'],
      ['/bodies/UNGA', 'No such body'],
    ]) {
      const missing = await fetch(`${pages.hub.origin}${path}`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain(text);
    }
  });

  it('anonymous, Africa: its states, coordinators and champions as the API gives them; needs not available', async () => {
    const page = await pages.newPage();
    await open(page, '/regions/AFRICA', '[data-testid=region-name]');
    const { data } = (await pages.hub.client.post(JSON.stringify({ query: REGION }))) as unknown as RegionAnswer;
    const shown = await page.$$eval('[data-testid=region-states] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-iso3')));
    expect(shown.sort()).toEqual(data.region.states.map((s) => s.iso3).sort());
    expect(shown.length).toBeGreaterThan(40);
    for (const part of ['coordinators', 'champions'] as const) {
      const items = await page.$$eval(`[data-section=${part}] [data-holding]`, (li) => li.map((l) => l.getAttribute('data-holding')));
      expect(items).toEqual(data.region[part].map((h) => h.id));
      if (!items.length) expect(await page.$(`[data-section=${part}] [data-none]`)).not.toBeNull();
    }
    // Denied is not "none".
    expect(data.region.needs).toBeNull();
    expect(await page.textContent('[data-section=needs]')).toContain('Not available to you');
    expect(await page.$('[data-section=needs] [data-none]')).toBeNull();
    expect(await page.textContent('[data-section=pipeline]')).toContain('Not available to you');
  });

  it('the Secretariat reaches Africa from the dashboard and sees its needs; the state page links its region', async () => {
    const page = await pages.newPage();
    await openDashboard(page, pages.hub.origin);
    await signInAsDemo(page, 'secretariat');
    await page.click('[data-testid=regions] a[data-region-link=AFRICA]');
    await page.waitForSelector('[data-testid=region-name]');
    await settled(page);
    expect(new URL(page.url()).pathname).toBe('/regions/AFRICA');
    const { data } = (await (await pages.hub.as('secretariat')).post(JSON.stringify({ query: REGION }))) as unknown as RegionAnswer;
    expect(data.region.needs).not.toBeNull();
    expect(await page.textContent('[data-section=needs]')).not.toContain('Not available to you');
    expect(await page.$$eval('[data-testid=region-needs] li', (li) => li.length)).toBe(data.region.needs!.length);
    await page.click('[data-testid=region-states] tr[data-iso3=GHA] a');
    await page.locator('[data-testid=state-name]', { hasText: 'Ghana' }).waitFor();
    await settled(page);
    await page.click('[data-testid=state-region]');
    await page.waitForSelector('[data-testid=region-states]');
    expect(new URL(page.url()).pathname).toBe('/regions/AFRICA');
  });

  it('the Conference (from the dashboard): meetings, decisions and open follow-ups as the API gives them', async () => {
    const page = await pages.newPage();
    await openDashboard(page, pages.hub.origin);
    await page.click('[data-testid=bodies] a[data-body=CSP]');
    await page.waitForSelector('[data-testid=body-name]');
    await settled(page);
    expect(new URL(page.url()).pathname).toBe('/bodies/CSP');
    const { data, errors = [] } = (await pages.hub.client.post(JSON.stringify({ query: BODY }))) as unknown as BodyAnswer;
    expect(await page.textContent('[data-testid=body-name]')).toBe(data.body.name);
    const count = (selector: string) => page.$$eval(selector, (items) => items.length);
    expect(await count('[data-testid=meetings] > li')).toBe(data.body.meetings.length);
    expect(await count('[data-testid=decisions] tbody tr')).toBe(data.body.decisions.length);
    expect(await page.$$eval('[data-testid=agenda] > li', (li) => li.map((l) => l.getAttribute('data-follow-up')))).toEqual(data.body.agenda.map((f) => f.id));
    expect(data.body.decisions.length + data.body.meetings.length).toBeGreaterThan(0);
    // Progress notes are for the treaty bodies: each denied one says so, at its own item.
    const deniedNotes = errors.filter((e) => e.path?.[1] === 'agenda' && e.path[3] === 'notes').map((e) => data.body.agenda[Number(e.path![2])]!.id);
    const shownDenied = await page.$$eval('[data-testid=agenda] > li', (li) => li.filter((l) => l.querySelector('[data-not-available]')).map((l) => l.getAttribute('data-follow-up')));
    expect(shownDenied).toEqual(deniedNotes);
  });
});
