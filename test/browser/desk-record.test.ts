import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../src/kernel/graphql/node';
import { graphql } from '../gql';
import { settled } from './dashboard-page';
import { hubPages } from './hub-pages';

/**
 * The Secretariat's desk keeps the record of the bodies, in Debian's Chromium against the test's
 * own database: a decision's outcome (refused without a source, then recorded and audited) and an
 * appointment made and ended; a partner gets none of it.
 */
const pages = hubPages();

const Decisions = graphql(`
  query DeskTestDecisions($recorded: Boolean) {
    decisions(outcomeRecorded: $recorded) {
      id
      outcome
      outcomeSource
    }
  }
`);

const Trail = graphql(`
  query DeskTestTrail {
    auditEvents(first: 50, filter: { kind: CHANGE, recordType: "Decision" }) {
      edges {
        node {
          actor
          recordId
          changes
        }
      }
    }
  }
`);

const FollowUps = graphql(`
  query DeskTestFollowUps {
    followUpActions {
      id
      status
    }
  }
`);

const Holders = graphql(`
  query DeskTestHolders {
    body(code: WGTU) {
      officeHoldings {
        office
        validFrom
        validTo
        source
        endSource
        person {
          name
        }
      }
    }
  }
`);

async function openDeskAs(principal: string, ready: string): Promise<Page> {
  const page = await pages.newPage();
  expect((await page.goto(`${pages.hub.origin}/desk`))?.status()).toBe(200);
  await page.waitForSelector('[data-testid=demo-principal]');
  await page.selectOption('[data-testid=demo-principal]', principal);
  await page.waitForSelector(ready);
  await settled(page);
  return page;
}

async function click(page: Page, selector: ReturnType<Page['locator']> | string): Promise<void> {
  await (typeof selector === 'string' ? page.locator(selector) : selector).click();
  await settled(page);
}

const today = new Date().toISOString().slice(0, 10);
const APPOINTEE = 'Browser test appointee (created by this test)';

describe("the Secretariat's desk: decisions' outcomes and appointments", () => {
  it('records an outcome only with a source, and an appointment it then ends', async () => {
    const page = await openDeskAs('secretariat', '[data-testid=desk-awaiting]');
    const id = (await page.locator('[data-testid=desk-awaiting] tbody tr').first().getAttribute('data-decision'))!;
    const awaiting = page.locator(`[data-testid=desk-awaiting] tr[data-decision="${id}"]`);

    // Without a source: the error is shown by the source input, and nothing is written.
    await awaiting.locator('[data-action=choose]').click();
    expect(await page.inputValue('[data-testid=outcome-decision]')).toBe(id);
    await page.selectOption('[data-testid=outcome-outcome]', 'ADOPTED');
    await click(page, '[data-testid=outcome-save]');
    const sourceError = page.locator('[data-testid=outcome-form] [data-error-for=source]');
    expect(await sourceError.textContent()).toBe('Required.');
    expect(await sourceError.isVisible()).toBe(true);
    expect(await page.getAttribute('[data-testid=outcome-source]', 'aria-invalid')).toBe('true');
    const still = (await pages.hub.client.query(Decisions, { recorded: false })).data!.decisions;
    expect(still.find((d) => d.id === id)).toMatchObject({ outcome: 'NOT_RECORDED', outcomeSource: null });

    // With one: the decision leaves the awaiting list and is listed with its outcome.
    const source = 'Browser test: final report of the conference, para. 21 (created by this test)';
    await page.fill('[data-testid=outcome-source]', source);
    await click(page, '[data-testid=outcome-save]');
    expect(await page.textContent('[data-testid=outcome-form] [role=status]')).toBe('Outcome recorded.');
    expect(await page.locator(`[data-testid=desk-awaiting] tr[data-decision="${id}"]`).count()).toBe(0);
    const listed = page.locator(`[data-testid=desk-recorded] tr[data-decision="${id}"]`);
    expect(await listed.locator('[data-outcome]').getAttribute('data-outcome')).toBe('ADOPTED');
    expect(await listed.textContent()).toContain(source);
    const recorded = (await pages.hub.client.query(Decisions, { recorded: true })).data!.decisions;
    expect(recorded.find((d) => d.id === id)).toEqual({ id, outcome: 'ADOPTED', outcomeSource: source });
    const trail = (await (await pages.hub.as('secretariat')).query(Trail)).data!.auditEvents!.edges.map((e) => e.node);
    expect(trail.find((e) => e.recordId === fromGlobalId(id)?.key)).toMatchObject({
      actor: 'demo:secretariat',
      changes: expect.objectContaining({ outcome: { from: 'NOT_RECORDED', to: 'ADOPTED' }, outcomeSource: { from: null, to: source } }),
    });

    // A follow-up action's status, tracked from the desk.
    const followUp = page.locator('form[data-follow-up]').first();
    const followUpId = (await followUp.getAttribute('data-follow-up'))!;
    const next = (await followUp.locator('select').inputValue()) === 'IN_PROGRESS' ? 'OPEN' : 'IN_PROGRESS';
    await followUp.locator('select').selectOption(next);
    await click(page, followUp.locator('button[type=submit]'));
    expect(await page.locator(`form[data-follow-up="${followUpId}"] select`).inputValue()).toBe(next);
    const tracked = (await pages.hub.client.query(FollowUps)).data!.followUpActions;
    expect(tracked.find((f) => f.id === followUpId)?.status).toBe(next);

    // An appointment to the WGTU, listed among its holders; then its term ended.
    expect(await page.inputValue('[data-testid=appoint-body]')).toBe('WGTU');
    await page.selectOption('[data-testid=appoint-office]', 'CO_CHAIR');
    await page.fill('[data-testid=appoint-person]', APPOINTEE);
    await page.fill('[data-testid=appoint-state]', 'GHA');
    await page.fill('[data-testid=appoint-from]', today);
    await click(page, '[data-testid=appoint-save]');
    expect(await page.textContent('[data-testid=appoint-form] [data-error-for=source]')).toBe('Required.');
    await page.fill('[data-testid=appoint-source]', 'Browser test: letter of the President (created by this test)');
    await click(page, '[data-testid=appoint-save]');
    expect(await page.textContent('[data-testid=appoint-form] [role=status]')).toBe('Appointment recorded.');
    const holder = page.locator('[data-testid=desk-holders-table] tbody tr', { hasText: APPOINTEE });
    expect(await holder.getAttribute('data-ended')).toBe('false');
    expect(await holder.textContent()).toContain('Co-Chair');

    await holder.locator('[data-testid=end-source]').fill('Browser test: resignation letter (created by this test)');
    await click(page, holder.locator('[data-action=end]'));
    expect(await holder.getAttribute('data-ended')).toBe('true');
    expect(await holder.textContent()).toContain('Browser test: resignation letter (created by this test)');
    const wgtu = (await pages.hub.client.query(Holders)).data!.body!.officeHoldings.filter((h) => h.person?.name === APPOINTEE);
    expect(wgtu).toEqual([
      {
        office: 'CO_CHAIR',
        validFrom: today,
        validTo: today,
        source: 'Browser test: letter of the President (created by this test)',
        endSource: 'Browser test: resignation letter (created by this test)',
        person: { name: APPOINTEE },
      },
    ]);

    // In Arabic the panels carry their own headings, right to left.
    await page.selectOption('[data-testid=language]', 'AR');
    await page.locator('[data-testid=desk-decisions] h2', { hasText: 'قرارات تنتظر تسجيل النتيجة' }).waitFor();
    await page.locator('[data-testid=desk-appointments] h2', { hasText: 'التعيينات' }).waitFor();
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
  });

  it('a partner opening the desk is told it is the Secretariat’s, and gets no record panels', async () => {
    const page = await openDeskAs('partner-cso', '[data-testid=desk-only]');
    expect(await page.textContent('[data-testid=desk-only]')).toBe('This desk is the Secretariat’s: sign in as the Secretariat.');
    expect(await page.locator('[data-testid=desk-decisions], [data-testid=desk-appointments], [data-testid=outcome-form]').count()).toBe(0);
  });
});
