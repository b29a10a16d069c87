import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startTestHub, type TestHub } from '../support/hub';
import { launchChromium, recordingContext } from './chromium';

/**
 * For one test file: an in-process hub, and Chromium pages each in a fresh context that records
 * its requests. After each test the context is closed, and the test fails if its page asked
 * anything of another origin than the hub's.
 */
export function hubPages(): { readonly hub: TestHub; newPage(): Promise<Page> } {
  let hub: TestHub | undefined;
  let browser: Promise<Browser> | undefined;
  let context: BrowserContext | undefined;
  let requests: string[] = [];

  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => {
    await (await browser?.catch(() => undefined))?.close();
    await hub?.stop();
  });
  afterEach(async () => {
    if (!context) return;
    const elsewhere = requests.filter((url) => !url.startsWith(`${hub!.origin}/`));
    await context.close();
    context = undefined;
    expect(elsewhere).toEqual([]);
  });

  return {
    get hub() {
      return hub!;
    },
    async newPage() {
      browser ??= launchChromium();
      ({ context, requests } = await recordingContext(await browser));
      return context.newPage();
    },
  };
}
