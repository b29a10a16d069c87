import type { EntityManager } from '@mikro-orm/postgresql';
import { DatasetLoad } from '../../kernel/db/dataset-load.entity';
import { textArray } from '../../kernel/db/sql';
import { Organisation } from '../organisations/organisation.entity';
import { Classification } from '../../access/policy/levels';
import { ProjectModeration } from './enums';
import type { ProjectDataset } from './project-data';
import { AssistanceProject } from './project.entity';

const DATASET = 'att-assistance-projects';

/**
 * Loads the shipped organisations and projects in one transaction, once per version of the files:
 * as sourced public records, published, kept by no organisation (the hub's). A newer version of
 * the files updates them in place and removes the hub's records it no longer has; partners' records
 * (an owner or a contributor) and demo records are never touched.
 */
export async function seedProjects(em: EntityManager, dataset: ProjectDataset): Promise<{ loaded: boolean; organisations: number; projects: number }> {
  const counts = { organisations: dataset.organisations.length, projects: dataset.projects.length };
  return em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('att-hub:dataset:${DATASET}'))`);
    const done = await tx.findOne(DatasetLoad, { name: DATASET });
    if (done?.checksum === dataset.checksum) return { loaded: false, ...counts };
    await tx.upsertMany(Organisation, dataset.organisations.map((o) => ({ ...o, demo: false })), { onConflictFields: ['id'] });
    const now = new Date();
    await tx.upsertMany(
      AssistanceProject,
      dataset.projects.map((p) => ({
        ...p,
        owner: null,
        classification: Classification.PUBLIC,
        moderation: ProjectModeration.PUBLISHED,
        demo: false,
        version: 1,
        createdAt: now,
        updatedAt: now,
      })),
      { onConflictFields: ['id'], onConflictExcludeFields: ['createdAt', 'version'] },
    );
    // Written: nothing of them is to be flushed again at commit.
    tx.clear();
    await tx.execute(
      `delete from assistance_project where owner_id is null and contributed_by_id is null and not demo and id::text <> all(?::text[])`,
      [textArray(dataset.projects.map((p) => p.id))],
    );
    await tx.upsert(DatasetLoad, { name: DATASET, checksum: dataset.checksum, records: counts.organisations + counts.projects, loadedAt: now });
    return { loaded: true, ...counts };
  });
}
