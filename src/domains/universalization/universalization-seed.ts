import type { EntityManager } from '@mikro-orm/postgresql';
import { stableUuid } from '../../kernel/db/stable-id';
import { AttRegion, ParticipationStatus } from '../participation/enums';
import { participationAsOf } from '../participation/participation.sql';
import { State } from '../participation/state.entity';
import { declarationsOf, DeclarationKind } from '../participation/declarations';
import { PriorityTier, ProcessStage } from './enums';
import { NationalProcess } from './national-process.entity';
import { MultiYearPlan } from './plan.entity';
import { PriorityAssessment } from './priority-assessment.entity';

const DRAFT_REPORT_CSP9 =
  "WGTU co-chairs' draft report to CSP9 (21 July 2023; data/source/wgtu-co-chairs-draft-report-csp9.zh.txt)";

/**
 * The restricted facts the source document states, and nothing more: what Gambia and Comoros
 * told the WGTU on 15 February 2023, and tier 1 for the current signatories by the stepwise rule.
 */
const STATEMENTS = [
  {
    state: 'GMB',
    stage: ProcessStage.DOMESTIC_REVIEW,
    obstacles: 'Identifying possible gaps between national legislation and the implementation of the Treaty.',
    nextStep: 'Ratification, which Gambia told the meeting was imminent.',
    owner: 'Gambia',
  },
  {
    state: 'COM',
    stage: ProcessStage.UNDER_CONSIDERATION,
    obstacles: 'The conditions for ratification are not yet met.',
    nextStep: 'Ratify as soon as the conditions are met, as Comoros informed the meeting.',
    owner: 'Comoros',
  },
] as const;

export async function seedUniversalization(em: EntityManager, signatoriesAsOf: string): Promise<void> {
  await em.transactional(async (tx) => {
    for (const s of STATEMENTS) {
      await tx.upsert(
        NationalProcess,
        {
          id: stableUuid(`national-process:${s.state}`),
          state: tx.getReference(State, s.state),
          stage: s.stage,
          obstacles: s.obstacles,
          nextStep: s.nextStep,
          owner: s.owner,
          lastAssessed: '2023-02-15',
          source: `Statement at the first WGTU meeting, 15 Feb 2023: ${DRAFT_REPORT_CSP9}, para. 5(d).`,
          version: 1,
          createdAt: new Date(),
          updatedAt: new Date(),
        },
        { onConflictFields: ['state'], onConflictAction: 'ignore' },
      );
    }

    const states = await tx.find(State, {}, { fields: ['iso3'] });
    const participation = await participationAsOf(tx, signatoriesAsOf, states.map((s) => s.iso3));
    for (const p of participation.filter((row) => row.status === ParticipationStatus.SIGNATORY)) {
      // A signatory that has since declared it does not intend to become a party has not shown the
      // commitment tier 1 rests on: the rule places it with the others, citing the declaration.
      const declaration = declarationsOf(p.iso3).find((d) => d.kind === DeclarationKind.NOT_INTENDING_TO_BECOME_PARTY && d.declared <= signatoriesAsOf);
      await tx.upsert(
        PriorityAssessment,
        {
          id: stableUuid(`priority:${p.iso3}:stepwise-seed`),
          state: tx.getReference(State, p.iso3),
          tier: declaration ? PriorityTier.TIER_3_OTHER : PriorityTier.TIER_1_SIGNATORY,
          rationale: declaration
            ? `A signatory that declared in ${declaration.declared} that it does not intend to become a party (${declaration.statement}): ` +
              'the stepwise approach puts signatories first for their political commitment, which this declaration withdraws.'
            : 'A signatory that has not ratified: the stepwise approach puts signatories first, as they have shown ' +
              'political commitment to the Treaty.',
          cycle: null,
          assessedOn: signatoriesAsOf,
          source: `Stepwise approach, ${DRAFT_REPORT_CSP9}, annex A, element b, applied to the participation data as of ${signatoriesAsOf}` +
            (declaration ? `; the declaration: ${declaration.source}.` : '.'),
          version: 1,
          createdAt: new Date(),
          updatedAt: new Date(),
        },
        { onConflictFields: ['id'], onConflictAction: 'ignore' },
      );
    }
  });
}

/**
 * A demo multi-year plan (outside production only, marked `demo`): the report proposes holding
 * focus regions for about three years (annex A, element a) but names none.
 */
export async function seedPlanDemo(em: EntityManager): Promise<void> {
  await em.upsert(
    MultiYearPlan,
    {
      id: stableUuid('demo-plan:csp10-csp12'),
      name: 'Demo: Africa and Asia-Pacific, CSP10 to CSP12 cycles',
      periodFrom: '2023-08-26',
      periodTo: '2026-08-31',
      focusRegions: [AttRegion.AFRICA, AttRegion.ASIA, AttRegion.OCEANIA],
      objectives: [
        'Signatories in the focus regions deposit their instruments (stepwise approach, tier 1 first).',
        'Every state of the focus regions that asks for it receives assistance.',
      ],
      source: `Demo plan illustrating ${DRAFT_REPORT_CSP9}, annex A, element a.`,
      demo: true,
      version: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
    },
    { onConflictFields: ['id'], onConflictAction: 'ignore' },
  );
}
