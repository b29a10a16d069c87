import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hubPages } from './hub-pages';
import { openDashboard, settled, signInAsDemo } from './dashboard-page';

/**
 * "What changed since a day" (/changes) in Debian's Chromium against an in-process hub: a chair
 * picks its body's last meeting and sees what the API answers its token, page after page; a
 * partner and the public see only what they may; a day out of bounds shows the API's message.
 */
const pages = hubPages();
const today = new Date().toISOString().slice(0, 10);

interface Answer {
  data: { changes: { edges: { node: { kind: string; record: { id: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}
const CHANGES = 'query($since: Date!, $region: AttRegion, $body: BodyCode, $after: String) { changes(since: $since, region: $region, body: $body, first: 50, after: $after) { edges { node { kind record { id } } } pageInfo { hasNextPage endCursor } } }';

const key = (c: { kind: string; id: string }) => `${c.kind} ${c.id}`;

/** Every change since `since` the viewer may see, as the API pages them. */
async function apiChanges(principal: string | null, since: string, filter: { region?: string; body?: string } = {}): Promise<{ kind: string; id: string }[]> {
  const client = principal ? await pages.hub.as(principal) : pages.hub.client;
  const all: { kind: string; id: string }[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const { data, errors } = (await client.post(JSON.stringify({ query: CHANGES, variables: { since, ...filter, after } }))) as unknown as Answer;
    expect(errors).toBeUndefined();
    all.push(...data!.changes.edges.map((e) => ({ kind: e.node.kind, id: e.node.record.id })));
    if (!data!.changes.pageInfo.hasNextPage) return all;
    after = data!.changes.pageInfo.endCursor;
  }
  throw new Error('more than 50 pages');
}

/** The changes listed on the page (kind and record: a term of office begins and ends), in order, after pressing "more" until there is none. */
async function shownRecords(page: Page): Promise<string[]> {
  for (let i = 0; i < 50 && (await page.$('[data-testid=changes-more]')); i++) {
    const before = await page.$$eval('[data-testid=changes-table] tbody tr', (rows) => rows.length);
    await page.click('[data-testid=changes-more]');
    await page.waitForFunction(`document.querySelectorAll('[data-testid=changes-table] tbody tr').length > ${before}`).catch(() => undefined);
    await settled(page);
  }
  return page.$$eval('[data-testid=changes-table] tbody tr', (rows) => rows.map((r) => `${r.getAttribute('data-kind')} ${r.getAttribute('data-record')}`));
}

async function openChanges(page: Page, principal: string | null): Promise<void> {
  await openDashboard(page, pages.hub.origin);
  if (principal) await signInAsDemo(page, principal);
  await page.click('[data-testid=nav-changes]');
  await page.waitForSelector('[data-testid=changes-results], [data-testid=changes-error]');
  await settled(page);
  expect(new URL(page.url()).pathname).toBe('/changes');
}

async function since(page: Page, day: string): Promise<void> {
  await page.fill('[data-testid=changes-since]', day);
  await page.click('[data-testid=changes-show]');
  await page.locator('[data-testid=changes-heading], [data-testid=changes-error]').first().waitFor();
  await settled(page);
}

/** A contact the Vice-President for Africa records today: RESTRICTED, so a change only its readers see. */
let engagement = '';
beforeAll(async () => {
  const vp = await pages.hub.as('vp-africa');
  const res = (await vp.post(
    JSON.stringify({
      query: 'mutation($input: RecordEngagementInput!) { recordEngagement(input: $input) { engagement { id } userErrors { message } } }',
      variables: { input: { stateIso3: 'COM', kind: 'CALL', onBehalfOf: 'Vice-President for Africa', summary: 'Call for the changes page (browser test)' } },
    }),
  )) as unknown as { data: { recordEngagement: { engagement: { id: string } | null; userErrors: unknown[] } } };
  expect(res.data.recordEngagement.userErrors).toEqual([]);
  engagement = res.data.recordEngagement.engagement!.id;
});

describe('what changed since a day', () => {
  it('is served with the dashboard CSP', async () => {
    const res = await fetch(`${pages.hub.origin}/changes`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it("a WGETI chair picks its body's last meeting and sees what the API gives it, in its order", async () => {
    const page = await pages.newPage();
    await openChanges(page, 'wgeti-chair');
    const meeting = page.locator('[data-testid=since-meeting][data-body=WGETI]');
    const day = (await meeting.getAttribute('data-day'))!;
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(day <= today).toBe(true);
    await meeting.click();
    await settled(page);
    expect(await page.inputValue('[data-testid=changes-since]')).toBe(day);
    const expected = await apiChanges('wgeti-chair', day);
    expect(expected.length).toBeGreaterThan(0);
    const shown = await shownRecords(page);
    expect(shown).toEqual(expected.map(key));
    expect(new Set(shown).size).toBe(shown.length);
    // A treaty body's chair reads no contacts and no tiers.
    const kinds = await page.$$eval('[data-testid=changes-table] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-kind')));
    expect(kinds).not.toContain('ENGAGEMENT');
    expect(kinds).not.toContain('PRIORITY_ASSESSMENT');
    // States by their UN names, linked to their pages; dates through Intl.
    const first = page.locator('[data-testid=changes-table] tbody tr [data-testid=change-concerns] a[data-iso3]').first();
    expect(await first.textContent()).not.toMatch(/^[A-Z]{3}$/);
    const dates = await page.$$eval('[data-testid=changes-table] tbody tr td:first-child', (cells) => cells.map((c) => c.textContent ?? ''));
    for (const d of dates) expect(d).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('a WGTU co-chair pages through the changes since its last meeting with "more": none repeated, none skipped', async () => {
    const cochair = await pages.newPage();
    await openChanges(cochair, 'wgtu-cochair');
    const meeting = cochair.locator('[data-testid=since-meeting][data-body=WGTU]');
    const day = (await meeting.getAttribute('data-day'))!;
    await meeting.click();
    await settled(cochair);
    const expected = await apiChanges('wgtu-cochair', day);
    expect(expected.length).toBeGreaterThan(50);
    expect(await cochair.$$eval('[data-testid=changes-table] tbody tr', (rows) => rows.length)).toBe(50);
    const shown = await shownRecords(cochair);
    expect(shown).toEqual(expected.map(key));
    expect(new Set(shown).size).toBe(shown.length);
    expect(await cochair.$('[data-testid=changes-more]')).toBeNull();
  });

  it('a WGTU co-chair sees the restricted contact of today; a partner and the public do not', async () => {
    const cochair = await pages.newPage();
    await openChanges(cochair, 'wgtu-cochair');
    await since(cochair, today);
    const seen = await shownRecords(cochair);
    expect(seen).toContain(`ENGAGEMENT ${engagement}`);
    expect(seen).toEqual((await apiChanges('wgtu-cochair', today)).map(key));
    const row = cochair.locator(`tr[data-record="${engagement}"]`);
    expect(await row.getAttribute('data-kind')).toBe('ENGAGEMENT');
    expect(await row.locator('a[data-iso3=COM]').count()).toBe(1);

    for (const principal of ['partner-cso', null]) {
      const page = await pages.newPage();
      await openChanges(page, principal);
      // No office in a body: no meeting to offer, a day to pick.
      expect(await page.$('[data-testid=since-meeting]')).toBeNull();
      await since(page, today);
      const shown = await shownRecords(page);
      expect(shown).not.toContain(`ENGAGEMENT ${engagement}`);
      expect(shown).toEqual((await apiChanges(principal, today)).map(key));
      const kinds = await page.$$eval('[data-testid=changes-table] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-kind')));
      for (const hidden of ['ENGAGEMENT', 'PRIORITY_ASSESSMENT', 'NATIONAL_PROCESS']) expect(kinds).not.toContain(hidden);
      if (!principal) expect(kinds).not.toContain('NEED');
      await page.context().close();
    }
  });

  it("narrows by region; a day out of bounds shows the API's message; no change is 'none recorded'", async () => {
    const page = await pages.newPage();
    await openChanges(page, 'wgtu-cochair');
    await page.selectOption('[data-testid=changes-region]', 'EUROPE');
    await since(page, today);
    expect(await shownRecords(page)).toEqual((await apiChanges('wgtu-cochair', today, { region: 'EUROPE' })).map(key));
    const europe = await page.$$eval('[data-testid=change-concerns] a[data-iso3]', (links) => links.map((l) => l.getAttribute('data-iso3')));
    expect(europe).not.toContain('COM');

    await since(page, '2010-01-01');
    const error = await page.textContent('[data-testid=changes-error]');
    expect(error).toContain('on or after 2013-04-02');
    expect(await page.$('[data-testid=changes-table]')).toBeNull();

    // A body with nothing since today: "none recorded", not "not available".
    await page.selectOption('[data-testid=changes-region]', '');
    await page.selectOption('[data-testid=changes-body]', 'WGETI_SWG_ARTICLE_5');
    await since(page, today);
    expect(await apiChanges('wgtu-cochair', today, { body: 'WGETI_SWG_ARTICLE_5' })).toEqual([]);
    expect(await page.$('[data-testid=changes-table]')).toBeNull();
    expect(await page.$('[data-testid=changes-results] [data-none]')).not.toBeNull();
    expect(await page.$('[data-testid=changes-results] [data-not-available]')).toBeNull();
  });
});
