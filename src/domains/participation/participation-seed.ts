import type { EntityManager } from '@mikro-orm/postgresql';
import { textArray } from '../../kernel/db/sql';
import { DatasetLoad } from '../../kernel/db/dataset-load.entity';
import { AttRegion, MAX_STATES, MAX_STATES_IN_REGION } from './enums';
import type { ParticipationDataset } from './participation-data';
import { participationAsOf } from './participation.sql';
import { Source } from './source.entity';
import { State } from './state.entity';
import { TreatyAction } from './treaty-action.entity';

export interface SeedOutcome {
  loaded: boolean;
  states: number;
  actions: number;
}

/**
 * Loads the shipped participation data in one transaction, once per version of the files:
 * a restart with the same files changes nothing, new files update the rows in place.
 * The load fails (and writes nothing) if the statuses derived from the actions disagree
 * with the statuses the data states.
 */
/** The bounds the cost limit prices lists of states by (enums.ts) must hold for the data. */
function checkStateCounts(dataset: ParticipationDataset): void {
  if (dataset.states.length > MAX_STATES) throw new Error(`The data has ${dataset.states.length} states; the hub allows ${MAX_STATES} (MAX_STATES).`);
  for (const region of Object.values(AttRegion)) {
    const n = dataset.states.filter((s) => s.region === region).length;
    if (n > MAX_STATES_IN_REGION) throw new Error(`The data has ${n} states in ${region}; the hub allows ${MAX_STATES_IN_REGION} (MAX_STATES_IN_REGION).`);
  }
}

export async function seedParticipation(em: EntityManager, dataset: ParticipationDataset): Promise<SeedOutcome> {
  return em.transactional(async (tx) => {
    // Several hub instances may start at once against one server: one loads, the others wait.
    await tx.execute(`select pg_advisory_xact_lock(hashtext('att-hub:dataset:${dataset.name}'))`);
    const done = await tx.findOne(DatasetLoad, { name: dataset.name });
    if (done?.checksum === dataset.checksum) {
      return { loaded: false, states: dataset.states.length, actions: dataset.actions.length };
    }

    checkStateCounts(dataset);
    // Actions the Secretariat corrected keep their corrected facts: new files never undo a correction
    // silently (its history says what the data said), and their states' statuses are the Secretariat's.
    const corrected = new Set((await tx.execute<{ key: string }[]>(
      `select distinct a.state_iso3 || ':' || a.kind as key from treaty_action_correction c join treaty_action a on a.id = c.action_id`,
    )).map((r) => r.key));
    const correctedStates = new Set([...corrected].map((k) => k.split(':')[0]));
    await tx.upsertMany(Source, dataset.sources);
    await tx.upsertMany(
      State,
      dataset.states.map(({ expectedStatus: _expected, ...state }) => ({
        ...state,
        createdAt: new Date(),
        updatedAt: new Date(),
      })),
      { onConflictFields: ['iso3'], onConflictExcludeFields: ['createdAt'] },
    );
    await tx.upsertMany(
      TreatyAction,
      dataset.actions.filter((a) => !corrected.has(`${a.state}:${a.kind}`))
        .map(({ state, ...action }) => ({ ...action, state: tx.getReference(State, state) })),
      { onConflictFields: ['state', 'kind'], onConflictExcludeFields: ['id'] },
    );
    // Actions that a newer version of the data no longer has.
    const keep = [...dataset.actions.map((a) => `${a.state}:${a.kind}`), ...corrected];
    await tx.execute(
      `delete from treaty_action where state_iso3 || ':' || kind <> all(?::text[])`,
      [textArray(keep)],
    );

    const derived = await participationAsOf(tx, dataset.statusObservedBy, dataset.states.map((s) => s.iso3));
    const byCode = new Map(derived.map((d) => [d.iso3, d]));
    const wrong = dataset.states.filter((s) => !correctedStates.has(s.iso3) && byCode.get(s.iso3)?.status !== s.expectedStatus);
    if (wrong.length) {
      throw new Error(
        `Derived status differs from the data for ${wrong.map((s) => `${s.iso3} (data ${s.expectedStatus}, derived ${byCode.get(s.iso3)?.status ?? 'undetermined'})`).join(', ')}`,
      );
    }

    await tx.upsert(DatasetLoad, {
      name: dataset.name,
      checksum: dataset.checksum,
      records: dataset.states.length + dataset.actions.length + dataset.sources.length,
      loadedAt: new Date(),
    });
    return { loaded: true, states: dataset.states.length, actions: dataset.actions.length };
  });
}
