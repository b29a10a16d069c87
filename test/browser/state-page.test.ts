import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hubPages } from './hub-pages';
import { openDashboard, settled, signInAsDemo } from './dashboard-page';

/**
 * The state page (/states/<ISO3>) in Debian's Chromium against an in-process hub on the
 * embedded database: what it shows is checked against the API's answer for the same viewer,
 * denied parts say so, and no request leaves the hub's origin.
 */
const pages = hubPages();

async function openState(page: Page, iso3: string): Promise<void> {
  const res = await page.goto(`${pages.hub.origin}/states/${iso3}`);
  expect(res?.status()).toBe(200);
  await page.waitForSelector('[data-testid=state-name]');
  await settled(page);
}

interface ProjectAnswer {
  data: { state: { whoWorksHere: { projects: { id: string; title: string; sources: string[] }[] } } };
}

describe('the state page', () => {
  it('is served with the dashboard CSP; an unknown ISO3 is a 404 page', async () => {
    const ok = await fetch(`${pages.hub.origin}/states/GHA`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'none'");
    for (const code of ['XYZ', 'gha', 'GHANA']) {
      const missing = await fetch(`${pages.hub.origin}/states/${code}`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toContain('text/html');
      expect(await missing.text()).toContain('No such state');
    }
  });

  it('anonymous, Ghana: the sourced projects with their sources; the national process not available', async () => {
    const page = await pages.newPage();
    await openState(page, 'GHA');
    expect(await page.textContent('[data-testid=state-name]')).toBe('Ghana');
    const answer = (await pages.hub.client.post(JSON.stringify({ query: '{ state(iso3: "GHA") { whoWorksHere { projects { id title sources } } } }' }))) as unknown as ProjectAnswer;
    const projects = answer.data.state.whoWorksHere.projects;
    expect(projects.length).toBeGreaterThan(0);
    expect(projects.some((p) => p.sources.length > 0)).toBe(true);
    const shown = await page.$$eval('[data-testid=projects] > li', (items) =>
      items.map((li) => ({
        id: li.getAttribute('data-project'),
        title: li.querySelector('strong')?.textContent,
        sources: [...li.querySelectorAll('[data-testid=project-sources] li')].map((s) => s.textContent),
      })),
    );
    expect(shown).toEqual(projects.map((p) => ({ id: p.id, title: p.title, sources: p.sources })));
    // Denied is not "none": the public may not read the national process.
    expect(await page.textContent('[data-section=national-process]')).toContain('Not available to you');
    expect(await page.$('[data-section=national-process] [data-none]')).toBeNull();
    // The status history carries dates, precision and sources; the names come in six languages.
    expect(await page.$$eval('[data-testid=treaty-actions] tbody tr', (rows) => rows.length)).toBeGreaterThan(0);
    expect(await page.$$eval('[data-testid=treaty-actions] .sources li', (items) => items.length)).toBeGreaterThan(0);
    expect(await page.$$eval('[data-testid=names] dd', (dds) => dds.map((d) => d.getAttribute('lang')))).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
    // Printed: a briefing without the page's controls.
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('header')).toBe(false);
    expect(await page.isVisible('[data-section=who-works-here]')).toBe(true);
  });

  it('is reached from the map and the table, keeping the signed-in viewer; back returns to the dashboard', async () => {
    const page = await pages.newPage();
    await openDashboard(page, pages.hub.origin);
    await signInAsDemo(page, 'secretariat');
    await page.locator('[data-testid=map] path[data-iso3=GHA]').dispatchEvent('click');
    await page.locator('[data-testid=state-name]', { hasText: 'Ghana' }).waitFor();
    await settled(page);
    expect(new URL(page.url()).pathname).toBe('/states/GHA');
    // The token survived the move: the Secretariat reads the national process.
    expect(await page.textContent('[data-section=national-process]')).not.toContain('Not available to you');
    await page.goBack();
    await page.waitForSelector('[data-testid=states]', { state: 'visible' });
    await settled(page);
    await page.click('[data-testid=states] tr[data-iso3=COM] .name a');
    await page.locator('[data-testid=state-name]', { hasText: 'Comoros' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/states/COM');
  });

  it('the Secretariat (demo sign-in), Comoros: the national process section', async () => {
    const page = await pages.newPage();
    await openState(page, 'COM');
    expect(await page.textContent('[data-section=national-process]')).toContain('Not available to you');
    await page.selectOption('[data-testid=demo-principal]', 'secretariat');
    await page.locator('[data-testid=signin-status]', { hasText: /^Signed in/ }).waitFor();
    await settled(page);
    const section = await page.textContent('[data-section=national-process]');
    expect(section).not.toContain('Not available to you');
    const { data } = (await (await pages.hub.as('secretariat')).post(JSON.stringify({ query: '{ state(iso3: "COM") { nationalProcess { stage nextStep } } }' }))) as unknown as {
      data: { state: { nationalProcess: { stage: string | null; nextStep: string | null } | null } };
    };
    const np = data.state.nationalProcess;
    expect(np).not.toBeNull();
    if (np?.nextStep) expect(section).toContain(np.nextStep);
    expect(await page.$('[data-section=national-process] dl.facts')).not.toBeNull();
    // The briefing prints on one A4 page (issue 17: "a one-page briefing").
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  });
});
