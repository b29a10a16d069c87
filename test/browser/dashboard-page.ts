import type { Page } from 'playwright-core';

/** Helpers to drive the dashboard as a person would: through its controls only. */

/** Waits until no request of the page's is in flight (the page marks <body data-busy> meanwhile). */
export async function settled(page: Page): Promise<void> {
  // A selector, not a function: the page's Content-Security-Policy forbids evaluating strings.
  await page.waitForSelector('body:not([data-busy])', { state: 'attached', timeout: 30_000 });
}

export async function openDashboard(page: Page, origin: string): Promise<void> {
  const res = await page.goto(`${origin}/`);
  if (res?.status() !== 200) {
    throw new Error(`GET / answered ${res?.status()}: is the dashboard built (npm run build:web) and mounted in src/hub.ts?`);
  }
  await page.waitForSelector('[data-count=statesParties]');
  await page.waitForSelector('[data-testid=map] path[data-iso3]');
  await settled(page);
}

export async function signInAsDemo(page: Page, principal: string): Promise<void> {
  await page.waitForSelector('[data-testid=demo-principal]');
  await page.selectOption('[data-testid=demo-principal]', principal);
  await page.locator('[data-testid=viewer]', { hasText: /^Signed in as/ }).waitFor();
  await settled(page);
}

export async function pasteToken(page: Page, token: string): Promise<void> {
  await page.fill('[data-testid=token]', token);
  await page.click('[data-testid=sign-in]');
  await page.locator('[data-testid=signin-status]', { hasText: /./ }).waitFor();
  await settled(page);
}

/** A pattern matching exactly this text. */
export const exactly = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** Days from the treaty's opening (the slider's 0) to `day`. */
export function sliderValue(opened: string, day: string): number {
  return Math.round((Date.parse(day) - Date.parse(opened)) / 86_400_000);
}

export async function chooseDay(page: Page, day: string): Promise<void> {
  const opened = await page.getAttribute('[data-testid=as-of]', 'data-opened');
  await page.fill('[data-testid=as-of]', String(sliderValue(opened!, day)));
  await page.locator('[data-testid=as-of-day]', { hasText: exactly(day) }).waitFor();
  await settled(page);
}

export async function count(page: Page, key: string): Promise<number> {
  return Number(await page.textContent(`[data-testid=counts] [data-count=${key}]`));
}

/** The ISO3 codes listed in a panel, in page order. */
export function codesIn(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(`${selector} [data-iso3]`, (nodes) => nodes.map((n) => n.getAttribute('data-iso3') ?? ''));
}
