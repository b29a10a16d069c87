import fs from 'node:fs';
import path from 'node:path';
import { Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { HubContext } from '../../context';
import { ListBound } from '../../kernel/graphql/field-cost';
import { DateScalar } from '../../kernel/graphql/scalars';
import { DATA_DIR } from './participation-data';
import { Source } from './source.entity';

/**
 * How far the participation data reaches: the day by which every status in it is known to have
 * held (data/dataset.json), and the counting bases others publish (data/counting-bases.json).
 * Read once per process from the shipped files.
 */
export enum FactCertainty {
  CERTAIN = 'CERTAIN',
  LAST_KNOWN = 'LAST_KNOWN',
}
registerEnumType(FactCertainty, {
  name: 'FactCertainty',
  description: 'Whether a status is known for the day asked, or only the last one the data knows.',
  valuesConfig: {
    CERTAIN: { description: 'The day lies within the data: the status held then (if it is not null).' },
    LAST_KNOWN: {
      description:
        'The day is after the data was compiled: the status is the last one the data knows, and a state may have ' +
        'joined since without the hub knowing (until the Secretariat records it).',
    },
  },
});

/** Whose count of states a summary follows. */
export enum CountBasis {
  HUB = 'HUB',
  ATT_SECRETARIAT = 'ATT_SECRETARIAT',
}
registerEnumType(CountBasis, {
  name: 'CountBasis',
  description: 'Which states a count covers.',
  valuesConfig: {
    HUB: { description: "The hub's 196: the 193 UN members, the State of Palestine, Niue and the Holy See." },
    ATT_SECRETARIAT: {
      description:
        "The ATT Secretariat's 195, as its published figures (e.g. 116 / 26 / 53 in 2024–25): the hub's states without the " +
        'Holy See, a UN observer state that has not joined and that the Secretariat does not list.',
    },
  },
});

interface Manifest {
  name: string;
  files: string[];
  statusObservedBy: string;
  statusObservedByBasis: string;
  treaty: { openedForSignature: string; entryIntoForce: string; daysToEntryIntoForce: number };
}
interface CountingBasisFile {
  states: number;
  leavesOut: string[];
  source: string;
  note: string;
}

let manifest: Manifest | undefined;
let bases: Record<string, CountingBasisFile> | undefined;
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8')) as T;

export function participationManifest(): Manifest {
  return (manifest ??= readJson<Manifest>('dataset.json'));
}

/** The states a basis leaves out of the hub's (none for the hub's own). */
export function countingBasis(basis: CountBasis): CountingBasisFile | null {
  if (basis === CountBasis.HUB) return null;
  const found = (bases ??= readJson<Record<string, CountingBasisFile>>('counting-bases.json'))[basis];
  if (!found) throw new Error(`data/counting-bases.json has no ${basis}`);
  return found;
}

/** CERTAIN for a day the data covers, LAST_KNOWN after the day it was compiled. */
export function certaintyOn(day: string): FactCertainty {
  return day > participationManifest().statusObservedBy ? FactCertainty.LAST_KNOWN : FactCertainty.CERTAIN;
}

export function certaintyNote(day: string): string {
  const { statusObservedBy } = participationManifest();
  return certaintyOn(day) === FactCertainty.CERTAIN
    ? `${day} is within the data, compiled on ${statusObservedBy}: the statuses counted held on that day.`
    : `${day} is after the data was compiled (${statusObservedBy}): these are the last statuses the data knows, ` +
      'not a count of that day; states that joined since are not counted until the Secretariat records them.';
}

/** Sources the data set cites: sources.csv has a few dozen. */
const MAX_DATASET_SOURCES = 200;

@ObjectType('ParticipationDataSet', {
  description: 'The participation data set the hub ships: when it was compiled, from which files and sources.',
})
export class ParticipationDataSet {
  @Field(() => String, { description: 'The data set\'s name.' })
  name!: string;

  @Field(() => DateScalar, {
    description:
      'The day by which every status in the data is known to have held. Statuses asked for a later day are the last known ' +
      '(certainty LAST_KNOWN), not certain.',
  })
  compiledOn!: string;

  @Field(() => String, { description: 'How the compiled date is known.' })
  compiledOnBasis!: string;

  @ListBound(10)
  @Field(() => [String], { description: 'The files of the data set, in data/ (with SOURCES.md, its method and gaps).' })
  files!: string[];

  @Field(() => Int, { description: "How many states the ATT Secretariat's published counts cover (195; the hub has 196)." })
  secretariatStates!: number;

  @Field(() => String, { description: "Why the ATT Secretariat's counts and the hub's differ, and its source." })
  secretariatBasisNote!: string;
}

@Resolver(() => ParticipationDataSet)
export class ParticipationDataSetResolver {
  @Query(() => ParticipationDataSet, { description: 'The participation data set: its compiled date, files and sources.' })
  participationDataSet(): ParticipationDataSet {
    const m = participationManifest();
    const secretariat = countingBasis(CountBasis.ATT_SECRETARIAT)!;
    return {
      name: m.name,
      compiledOn: m.statusObservedBy,
      compiledOnBasis: m.statusObservedByBasis,
      files: m.files,
      secretariatStates: secretariat.states,
      secretariatBasisNote: `${secretariat.note} Source: ${secretariat.source}`,
    };
  }

  @ListBound(MAX_DATASET_SOURCES)
  @FieldResolver(() => [Source], { description: 'Every source the data cites (data/sources.csv).' })
  async sources(@Root() _set: ParticipationDataSet, @Ctx() ctx: HubContext): Promise<Source[]> {
    return ctx.em.find(Source, {}, { orderBy: { id: 'asc' }, limit: MAX_DATASET_SOURCES });
  }
}
