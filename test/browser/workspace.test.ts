import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub';
import { launchChromium, recordingContext } from './chromium';
import { settled } from './dashboard-page';

/**
 * The partner's workspace (/workspace) and the Secretariat's desk (/desk) in Debian's Chromium,
 * against an in-process hub on the embedded database: each person works through the page's
 * controls only, and no request leaves the hub's origin.
 */
let hub: TestHub;
let browser: Promise<Browser> | undefined;
const contexts: { context: BrowserContext; requests: string[] }[] = [];

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await (await browser?.catch(() => undefined))?.close();
  await hub?.stop();
});
afterEach(async () => {
  for (const { context, requests } of contexts.splice(0)) {
    await context.close();
    expect(requests.filter((url) => !url.startsWith(`${hub.origin}/`))).toEqual([]);
  }
});

/** A page of its own (its own token in memory), signed in as a demo principal at `path`. */
async function openAs(principal: string, path: string, ready: string): Promise<Page> {
  browser ??= launchChromium();
  const recorded = await recordingContext(await browser);
  contexts.push(recorded);
  const page = await recorded.context.newPage();
  const res = await page.goto(`${hub.origin}${path}`);
  expect(res?.status()).toBe(200);
  await page.waitForSelector('[data-testid=demo-principal]');
  await page.selectOption('[data-testid=demo-principal]', principal);
  await page.waitForSelector(ready);
  await settled(page);
  return page;
}

const row = (page: Page, title: string) => page.locator('[data-testid=ws-activities] tbody tr', { hasText: title });
const queued = (page: Page, title: string) => page.locator('[data-testid=desk-queue] tbody tr', { hasText: title });

async function click(page: Page, selector: ReturnType<Page['locator']> | string): Promise<void> {
  await (typeof selector === 'string' ? page.locator(selector) : selector).click();
  await settled(page);
}

describe('the partner and the Secretariat', () => {
  it('the partner creates, previews a file with a bad row, imports and submits; the Secretariat rejects one and publishes the other', async () => {
    const partner = await openAs('partner-cso', '/workspace', '[data-testid=ws-form]');

    // Create a draft through the form.
    await partner.selectOption('#ws-kind', 'WORKSHOP');
    await partner.fill('#ws-title', 'Browser workshop on transfer controls');
    await partner.fill('#ws-start', '2031-09-14');
    await partner.fill('#ws-place', 'Lomé');
    await partner.fill('#ws-target-states', 'TGO; BEN');
    await click(partner, '[data-testid=ws-save]');
    await expect.poll(() => row(partner, 'Browser workshop on transfer controls').getAttribute('data-status')).toBe('DRAFT');
    expect(await partner.textContent('[data-testid=ws-status]')).toBe('Saved.');

    // A file with a bad row: the preview names its line and reason, and keeps nothing.
    const csv = [
      'kind;title;startDate;targetStates',
      'TRAINING;Browser import: customs training;2031-10-01;TGO',
      'TRAINING;Browser import: bad state;2031-10-02;XXX',
    ].join('\r\n');
    await partner.setInputFiles('[data-testid=import-file]', { name: 'activités.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) });
    await click(partner, '[data-testid=import-preview]');
    expect(await partner.textContent('[data-testid=import-summary]')).toBe('New rows ready to import: 1; imported before: 0.');
    expect(await partner.locator('[data-testid=import-errors] tr[data-line="3"]').textContent()).toContain('Unknown state codes: XXX.');
    expect(await row(partner, 'Browser import: customs training').count()).toBe(0);
    await click(partner, '[data-testid=import-run]');
    expect(await partner.textContent('[data-testid=import-summary]')).toBe('Activities imported as drafts: 1.');
    await expect.poll(() => row(partner, 'Browser import: customs training').getAttribute('data-status')).toBe('DRAFT');

    // Submit both.
    await click(partner, row(partner, 'Browser workshop on transfer controls').locator('[data-action=submit]'));
    await click(partner, row(partner, 'Browser import: customs training').locator('[data-action=submit]'));
    expect(await row(partner, 'Browser workshop on transfer controls').getAttribute('data-status')).toBe('SUBMITTED');

    // The Secretariat's desk: one rejected with a reason, the other published from the queue.
    const secretariat = await openAs('secretariat', '/desk', '[data-testid=desk-queue]');
    const workshop = queued(secretariat, 'Browser workshop on transfer controls');
    await workshop.locator('[data-testid=reject-reason]').fill('Please name the organising ministry in the description.');
    await click(secretariat, workshop.locator('[data-action=reject]'));
    await click(secretariat, queued(secretariat, 'Browser import: customs training').locator('[data-action=publish]'));
    expect(await queued(secretariat, 'Browser import: customs training').count()).toBe(0);
    expect(await queued(secretariat, 'Browser workshop on transfer controls').count()).toBe(0);

    // The partner sees the outcome (a fresh load of its workspace, through the navigation).
    await click(partner, '[data-testid=nav-workspace]');
    const rejected = row(partner, 'Browser workshop on transfer controls');
    expect(await rejected.getAttribute('data-status')).toBe('REJECTED');
    expect(await rejected.locator('[data-testid=ws-rejection-reason]').textContent()).toBe('Please name the organising ministry in the description.');
    expect(await row(partner, 'Browser import: customs training').getAttribute('data-status')).toBe('PUBLISHED');

    // The partner edits the rejected one as asked and submits it again.
    await click(partner, rejected.locator('[data-action=edit]'));
    expect(await partner.inputValue('#ws-title')).toBe('Browser workshop on transfer controls');
    expect(await partner.inputValue('#ws-target-states')).toBe('TGO; BEN');
    await partner.fill('#ws-description', 'Organised with the Ministry of Security and Civil Protection.');
    await click(partner, '[data-testid=ws-save]');
    expect(await partner.textContent('[data-testid=ws-status]')).toBe('Saved.');
    await click(partner, rejected.locator('[data-action=submit]'));
    expect(await rejected.getAttribute('data-status')).toBe('SUBMITTED');
    expect(await rejected.locator('[data-testid=ws-rejection-reason]').textContent()).toBe('');
    // The published one is everyone's now.
    const published = (await hub.client.post(JSON.stringify({ query: '{ activities(first: 100, filter: { status: PUBLISHED }) { edges { node { title } } } }' }))) as unknown as {
      data: { activities: { edges: { node: { title: string } }[] } };
    };
    expect(published.data.activities.edges.map((e) => e.node.title)).toContain('Browser import: customs training');
  });

  it('a misspelled column stops the preview with the column it likely meant', async () => {
    const partner = await openAs('partner-industry', '/workspace', '[data-testid=ws-form]');
    await partner.setInputFiles('[data-testid=import-file]', { name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from('kind,title,start_date\nTRAINING,x,2031-01-01\n') });
    await click(partner, '[data-testid=import-preview]');
    expect(await partner.textContent('[data-testid=import-error]')).toBe('Unknown column "start_date": did you mean "startDate"?');
    expect(await partner.isDisabled('[data-testid=import-run]')).toBe(true);
  });

  it('in French and Arabic the pages carry their own headings; the desk is the Secretariat’s only', async () => {
    const partner = await openAs('partner-cso', '/desk', '[data-testid=desk-only]');
    await partner.selectOption('[data-testid=language]', 'FR');
    await partner.locator('[data-testid=desk-only]', { hasText: 'Ce bureau est celui du Secrétariat' }).waitFor();
    await click(partner, '[data-testid=nav-workspace]');
    await partner.locator('[data-testid=ws-form] h2', { hasText: 'Enregistrer une activité' }).waitFor();
    await partner.selectOption('[data-testid=language]', 'AR');
    await partner.locator('[data-testid=import] h2', { hasText: 'استيراد ملف' }).waitFor();
    expect(await partner.getAttribute('html', 'dir')).toBe('rtl');
  });
});
