import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ar } from '../../web/src/messages/ar';
import { zh } from '../../web/src/messages/zh';
import { CHANGES } from '../../web/src/messages/changes';
import { startTestHub, type TestHub } from '../support/hub';
import { launchChromium, recordingContext } from './chromium';
import { openDashboard, pasteToken, settled, signInAsDemo } from './dashboard-page';

/**
 * The pages in Arabic and Chinese: no heading, label or table header of the page's own stays
 * English, Arabic runs right to left with Latin runs (names, codes, periods) isolated.
 */
let hub: TestHub;
let browser: Promise<Browser> | undefined;
let context: BrowserContext | undefined;

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await (await browser?.catch(() => undefined))?.close();
  await hub?.stop();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function newPage(): Promise<Page> {
  browser ??= launchChromium();
  ({ context } = await recordingContext(await browser));
  return context.newPage();
}

/**
 * The headings of the visible page with a Latin word in them. Data from the records (in <bdi>:
 * names, symbols, codes) and text marked as another language (the languages' own names) are
 * left out: they are not the page's words.
 */
function englishHeadings(page: Page): Promise<string[]> {
  return page.$$eval('h1, h2, h3, th, dt, label, button, legend, caption', (nodes) =>
    nodes
      .filter((n) => (n as unknown as { offsetParent: unknown }).offsetParent !== null && !n.closest('[lang]:not(html)'))
      .map((n) => {
        const copy = n.cloneNode(true) as typeof n;
        copy.querySelectorAll('bdi, [lang]').forEach((data: { remove(): void }) => data.remove());
        return copy.textContent ?? '';
      })
      .filter((text) => /[A-Za-z]{2,}/.test(text.replace(/\bISO\b/g, ''))),
  );
}

async function go(page: Page, selector: string, ready: string): Promise<void> {
  await page.click(selector);
  await page.waitForSelector(ready);
  await settled(page);
}

describe('the pages in Arabic and Chinese', () => {
  for (const [lang, words] of [
    ['AR', ar],
    ['ZH', zh],
  ] as const) {
    it(`${lang}: the dashboard, a state, its region and a body carry no English heading`, async () => {
      const page = await newPage();
      await openDashboard(page, hub.origin);
      await page.selectOption('[data-testid=language]', lang);
      await page.locator('[data-panel=overview] h2', { hasText: words.participation }).waitFor();
      await settled(page);
      expect(await page.getAttribute('html', 'dir')).toBe(lang === 'AR' ? 'rtl' : 'ltr');
      expect(await englishHeadings(page)).toEqual([]);
      // The plan's period is one isolated run, so its two dates read in order right to left.
      for (const period of await page.$$('[data-testid=plan-period]')) expect(await period.$('bdi.period')).not.toBeNull();

      await go(page, '[data-testid=states] tr[data-iso3=GHA] .name a', '[data-testid=state-name]');
      expect(await page.textContent('[data-section=history] h2')).toBe(words.history);
      expect(await englishHeadings(page)).toEqual([]);
      // Dates through Intl, not ISO strings.
      const dates = await page.$$eval('[data-testid=treaty-actions] tbody tr td:nth-child(2)', (cells) => cells.map((c) => c.textContent ?? ''));
      expect(dates.length).toBeGreaterThan(0);
      for (const d of dates) expect(d).not.toMatch(/\d{4}-\d{2}-\d{2}/);

      await go(page, '[data-testid=state-region]', '[data-testid=region-states]');
      expect(await englishHeadings(page)).toEqual([]);

      await page.goto(`${hub.origin}/`);
      await page.waitForSelector('[data-testid=map] path[data-iso3]');
      await page.selectOption('[data-testid=language]', lang);
      await page.locator('[data-panel=bodies] h2', { hasText: words.bodies }).waitFor();
      await settled(page);
      await go(page, '[data-testid=bodies] a[data-body=CSP]', '[data-testid=body-name]');
      expect(await page.textContent('[data-section=meetings] h2')).toBe(words.meetings);
      expect(await englishHeadings(page)).toEqual([]);
    });

    it(`${lang}: what changed since a day, signed in as a chair, carries no English heading; a refused token is told in ${lang}`, async () => {
      const page = await newPage();
      await openDashboard(page, hub.origin);
      await signInAsDemo(page, 'wgeti-chair');
      await page.selectOption('[data-testid=language]', lang);
      await page.locator('[data-panel=overview] h2', { hasText: words.participation }).waitFor();
      await settled(page);
      await go(page, '[data-testid=nav-changes]', '[data-testid=changes-results]');
      await page.click('[data-testid=since-meeting][data-body=WGETI]');
      await page.waitForSelector('[data-testid=changes-table]');
      await settled(page);
      expect(await page.textContent('h1')).not.toBe('');
      expect(await page.textContent('[data-testid=changes-page] h1')).toBe(CHANGES.title[lang]);
      expect(await page.textContent('[data-testid=changes-table] th')).toBe(CHANGES.date[lang]);
      expect(await englishHeadings(page)).toEqual([]);
      // The summaries are the hub's English, marked so; the dates are the language's.
      expect(await page.$$eval('[data-testid=changes-table] tbody td:nth-child(4) > bdi', (b) => b.every((x) => x.getAttribute('lang') === 'en'))).toBe(true);
      for (const d of await page.$$eval('[data-testid=changes-table] tbody td:first-child', (cells) => cells.map((c) => c.textContent ?? ''))) {
        expect(d).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      }
      // The sign-in status, from the catalogue: a pasted string that is no token.
      await pasteToken(page, 'not-a-token');
      expect(await page.textContent('[data-testid=signin-status]')).toBe(words.tokenMalformed);
    });
  }
});
