import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import 'reflect-metadata';
import pino from 'pino';
import { loadConfig } from '../../src/kernel/config';
import { createHub } from '../../src/hub';
import { launchChromium, recordingContext } from './chromium';
import { openDashboard, settled, signInAsDemo } from './dashboard-page';

/**
 * `npm run screenshots`: the dashboard's main views, as the public, the Vice-President for
 * Africa and the Secretariat see them, and the pages where each user works, into docs/screenshots/. A hub on a new embedded
 * database in a temporary folder serves them; nothing else is touched.
 */
const OUT = path.resolve(__dirname, '../../docs/screenshots');
const VIEWS: { file: string; principal?: string; lang?: string; link?: string; ready?: string }[] = [
  { file: 'anonymous.png' },
  { file: 'vp-africa.png', principal: 'vp-africa' },
  { file: 'secretariat.png', principal: 'secretariat' },
  // The other pages, reached as a reader would (the language and token live in the page's memory).
  { file: 'region-africa.png', principal: 'vp-africa', link: '[data-testid=regions] a[data-region-link=AFRICA]', ready: '[data-testid=region-states]' },
  { file: 'body-csp-zh.png', lang: 'ZH', link: '[data-testid=bodies] a[data-body=CSP]', ready: '[data-testid=body-name]' },
  { file: 'state-com-ar.png', lang: 'AR', principal: 'secretariat', link: '[data-testid=states] tr[data-iso3=COM] .name a', ready: '[data-testid=state-name]' },
  // Where each user works: the partner's workspace, the Secretariat's desk, a chair's changes since its last meeting.
  { file: 'workspace.png', principal: 'partner-cso', link: '[data-testid=nav-workspace]', ready: '[data-testid=ws-form]' },
  { file: 'desk.png', principal: 'secretariat', link: '[data-testid=nav-desk]', ready: '[data-testid=desk] section h2' },
  { file: 'changes-fr.png', lang: 'FR', principal: 'wgtu-cochair', link: '[data-testid=nav-changes]', ready: '[data-testid=changes-results]' },
];

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'att-hub-screenshots-'));
  const config = loadConfig({ HUB_DATA_DIR: dataDir, PORT: '0', NODE_ENV: 'development', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0' });
  const hub = await createHub(config, pino({ level: 'silent' }));
  const browser = await launchChromium();
  try {
    const origin = new URL(await hub.listen()).origin;
    fs.mkdirSync(OUT, { recursive: true });
    for (const view of VIEWS) {
      const { context, requests } = await recordingContext(browser);
      const page = await context.newPage();
      await openDashboard(page, origin);
      if (view.principal) await signInAsDemo(page, view.principal);
      if (view.lang) await page.selectOption('[data-testid=language]', view.lang);
      await settled(page);
      if (view.link) {
        await page.click(view.link);
        await page.waitForSelector(view.ready!);
      }
      await settled(page);
      await page.screenshot({ path: path.join(OUT, view.file), fullPage: true });
      const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`));
      if (elsewhere.length) throw new Error(`The page requested other origins: ${elsewhere.join(', ')}`);
      await context.close();
      console.log(`docs/screenshots/${view.file}`);
    }
  } finally {
    await browser.close();
    await hub.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
