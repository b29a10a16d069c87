import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub';
import { launchChromium } from './chromium';
import { openDashboard, settled, signInAsDemo } from './dashboard-page';

/**
 * axe-core (a pinned dev dependency, injected from node_modules) checks each page against
 * WCAG 2.1 A and AA: labels, names, contrast, language, structure. The pages' own CSP would
 * refuse the injected script, so this file's browser context alone bypasses it; every other
 * browser test keeps the CSP. Keyboard use is checked by driving the pages with keys only.
 */
const AXE = createRequire(__filename).resolve('axe-core/axe.min.js');
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
  context = await (await browser).newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, serviceWorkers: 'block' });
  return context.newPage();
}

interface Violation {
  id: string;
  help: string;
  targets: string[];
}

/** The WCAG 2.1 A/AA violations axe finds on the page as it is now. */
async function violations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    // The test's TypeScript has no DOM types: the page's globals are described here.
    const { axe, document } = globalThis as unknown as {
      document: unknown;
      axe: { run: (context: unknown, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> };
    };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

async function press(page: Page, selector: string, ready: string): Promise<void> {
  await page.focus(selector);
  await page.keyboard.press('Enter');
  await page.waitForSelector(ready);
  await settled(page);
}

describe('accessibility (axe-core, WCAG 2.1 AA) and keyboard use', () => {
  it('the dashboard, in English and in Arabic, signed in', async () => {
    const page = await newPage();
    await openDashboard(page, hub.origin);
    expect(await violations(page)).toEqual([]);
    await signInAsDemo(page, 'secretariat');
    await page.selectOption('[data-testid=language]', 'AR');
    await page.waitForSelector('html[dir=rtl]');
    await settled(page);
    expect(await violations(page)).toEqual([]);
    // The check can fail: a field with no label, and text too pale to read, are found.
    await page.$eval('body', (body) => {
      const pale = body.ownerDocument.createElement('p');
      pale.textContent = 'pale';
      pale.style.color = '#eeeeee';
      body.append(body.ownerDocument.createElement('input'), pale);
    });
    expect((await violations(page)).map((v) => v.id).sort()).toEqual(['color-contrast', 'label']);
  });

  it('a state, its region and a body, reached with the keyboard alone', async () => {
    const page = await newPage();
    await openDashboard(page, hub.origin);
    await press(page, '[data-testid=states] tr[data-iso3=GHA] .name a', '[data-testid=state-name]');
    expect(new URL(page.url()).pathname).toBe('/states/GHA');
    expect(await violations(page)).toEqual([]);
    await press(page, '[data-testid=state-region]', '[data-testid=region-states]');
    expect(new URL(page.url()).pathname).toBe('/regions/AFRICA');
    expect(await violations(page)).toEqual([]);
    await press(page, '.no-print a[href="/"]', '[data-testid=bodies]');
    await press(page, '[data-testid=bodies] a[data-body=WGTU]', '[data-testid=body-name]');
    expect(new URL(page.url()).pathname).toBe('/bodies/WGTU');
    expect(await violations(page)).toEqual([]);
  });

  it("the Secretariat's desk with its record panels, an input's error shown, in English and in Arabic", async () => {
    const page = await newPage();
    await page.goto(`${hub.origin}/desk`);
    await page.waitForSelector('[data-testid=demo-principal]');
    await page.selectOption('[data-testid=demo-principal]', 'secretariat');
    await page.waitForSelector('[data-testid=desk-awaiting]');
    await page.waitForSelector('[data-testid=desk-holders-table]');
    await settled(page);
    await page.click('[data-testid=outcome-save]');
    await page.locator('[data-testid=outcome-form] [data-error-for=source]:not([hidden])').waitFor();
    await settled(page);
    expect(await violations(page)).toEqual([]);
    await page.selectOption('[data-testid=language]', 'AR');
    await page.waitForSelector('html[dir=rtl]');
    await page.locator('[data-testid=desk-appointments] h2', { hasText: 'التعيينات' }).waitFor();
    await settled(page);
    expect(await violations(page)).toEqual([]);
  }, 120_000);
});
