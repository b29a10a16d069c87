import type { EntityManager } from '@mikro-orm/postgresql';
import { CSP9_REPORT_CITATION, csp9Report } from '../meetings/csp9-report';
import { stableUuid } from '../../kernel/db/stable-id';
import { AttRegion } from '../participation/enums';
import { State } from '../participation/state.entity';
import { Classification } from '../../access/policy/levels';
import { Activity } from './activity.entity';
import { ActivityKind, ActivityStatus } from './enums';

/** The activities the source document names, published and public, with the paragraphs they come from. */
export async function seedReportActivities(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    for (const a of csp9Report().activities) {
      const when = a.date ? `on ${a.date}` : a.year ? `in ${a.year}` : '';
      const status = a.status === 'PLANNED' ? `Planned ${when} at the time of the report.` : a.status === 'IN_PROGRESS' ? 'In progress at the time of the report.' : '';
      await tx.upsert(
        Activity,
        {
          id: stableUuid(`activity:${a.key}`),
          kind: a.kind as ActivityKind,
          title: a.title.en,
          description: [!a.date && a.year ? `In ${a.year}.` : '', status, `Chinese text of the report: ${a.title.zh}`].filter(Boolean).join(' '),
          startDate: a.date,
          place: a.place?.en ?? null,
          organiserName: a.organiser.en,
          organiserState: a.organiserState ? tx.getReference(State, a.organiserState) : null,
          targetStates: a.targetStates,
          targetRegions: a.targetRegions as AttRegion[],
          languages: a.languages,
          outcome: a.outcome?.en ?? null,
          classification: Classification.PUBLIC,
          status: ActivityStatus.PUBLISHED,
          source: `${CSP9_REPORT_CITATION}, para. ${a.paragraphs.join(', ')}.`,
          version: 1,
          createdAt: new Date(),
          updatedAt: new Date(),
        },
        { onConflictFields: ['id'], onConflictAction: 'ignore' },
      );
    }
  });
}
