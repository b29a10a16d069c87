import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { noteRevealed } from '../../access/audit/audit-trail';
import type { HubContext } from '../../context';
import { ListBound, Weight } from '../../kernel/graphql/field-cost';
import { toGlobalId } from '../../kernel/graphql/node';
import { DateScalar } from '../../kernel/graphql/scalars';
import { declarationsOf } from '../participation/declarations';
import { MAX_STATES, ParticipationStatus, TreatyActionKind } from '../participation/enums';
import { State } from '../participation/state.entity';
import { TreatyAction } from '../participation/treaty-action.entity';
import { PriorityTier, ProcessStage } from './enums';
import { NationalProcess } from './national-process.entity';
import { PriorityAssessment } from './priority-assessment.entity';

/**
 * Facts of the hub that contradict each other. Nothing is rewritten: a national process or a tier
 * a later fact overtook stays as its source gave it, and is flagged here with the fact and its
 * source, for the Secretariat (or whoever may read the record) to correct.
 */
export enum ContradictionKind {
  PROCESS_AFTER_JOINING = 'PROCESS_AFTER_JOINING',
  TIER_1_AFTER_JOINING = 'TIER_1_AFTER_JOINING',
  TIER_1_AFTER_DECLARATION = 'TIER_1_AFTER_DECLARATION',
}
registerEnumType(ContradictionKind, {
  name: 'ContradictionKind',
  description: 'Which facts contradict each other.',
  valuesConfig: {
    PROCESS_AFTER_JOINING: { description: "A national process still under way although the state has deposited its instrument." },
    TIER_1_AFTER_JOINING: { description: 'A state placed in tier 1 (signatories) although it has since joined.' },
    TIER_1_AFTER_DECLARATION: {
      description: 'A state placed in tier 1 as a signatory "that has shown political commitment" although it declared it does not intend to become a party.',
    },
  },
});

@ObjectType('Contradiction', { description: 'A record of the hub that a later or sourced fact contradicts, with that fact and its source. Flagged, never rewritten.' })
export class Contradiction {
  @Field(() => ContradictionKind, { description: 'Which facts contradict each other.' })
  kind!: ContradictionKind;

  @Field(() => State, { description: 'The state the facts are about.' })
  state!: State;

  @Field(() => String, { description: 'The type of the contradicted record (NationalProcess, PriorityAssessment).' })
  recordType!: string;

  @Field(() => ID, { description: 'The global ID of the contradicted record.' })
  recordId!: string;

  @Field(() => String, { description: 'What the record says.' })
  says!: string;

  @Field(() => String, { description: 'The fact that contradicts it.' })
  but!: string;

  @Field(() => String, { description: 'The source of that fact.' })
  source!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The earliest day the contradicting fact can have held, when known.' })
  since!: string | null;

  /** The record's own key, for the access log. */
  key!: string;
}

const describeDate = (a: TreatyAction): string => a.date ?? (a.year ? String(a.year) : `between ${a.earliest} and ${a.latest}`);
const actionSource = (a: TreatyAction): string =>
  `The deposit of ${a.state.iso3}'s instrument (${describeDate(a)}, ${a.basis.toLowerCase()}; sources: ${a.sources.join(', ') || 'none named'}), ` +
  'in the participation data or as the Secretariat corrected it (State.factHistory).';

interface Facts {
  status: Map<string, ParticipationStatus | null>;
  consent: Map<string, TreatyAction>;
}

async function factsOf(ctx: HubContext, codes: string[]): Promise<Facts> {
  const status = new Map<string, ParticipationStatus | null>();
  for (const [i, p] of (await ctx.participation.asOf(ctx.today).loadMany(codes)).entries()) {
    if (!(p instanceof Error)) status.set(codes[i]!, p.status);
  }
  const actions = await ctx.em.find(TreatyAction, { state: { $in: codes }, kind: TreatyActionKind.CONSENT });
  return { status, consent: new Map(actions.map((a) => [a.state.iso3, a])) };
}

function processContradiction(p: NationalProcess, state: State, facts: Facts): Contradiction | null {
  const consent = facts.consent.get(state.iso3);
  if (p.stage === ProcessStage.DEPOSITED || facts.status.get(state.iso3) !== ParticipationStatus.STATE_PARTY || !consent) return null;
  return {
    kind: ContradictionKind.PROCESS_AFTER_JOINING, state, recordType: 'NationalProcess', recordId: toGlobalId('NationalProcess', p.id), key: p.id,
    says: `Stage ${p.stage} (assessed ${p.lastAssessed})${p.nextStep ? `; next step: ${p.nextStep}` : ''}`,
    but: `${state.names.en} is a State Party: its instrument was deposited (${describeDate(consent)}). The process should be closed (stage DEPOSITED).`,
    source: actionSource(consent),
    since: consent.earliest,
  };
}

function tierContradictions(a: PriorityAssessment, state: State, facts: Facts): Contradiction[] {
  if (a.tier !== PriorityTier.TIER_1_SIGNATORY) return [];
  const base = { state, recordType: 'PriorityAssessment', recordId: toGlobalId('PriorityAssessment', a.id), key: a.id, says: `Tier 1 (assessed ${a.assessedOn}): ${a.rationale}` };
  const found: Contradiction[] = [];
  const consent = facts.consent.get(state.iso3);
  if (facts.status.get(state.iso3) === ParticipationStatus.STATE_PARTY && consent) {
    found.push({ ...base, kind: ContradictionKind.TIER_1_AFTER_JOINING, but: `${state.names.en} has since joined (${describeDate(consent)}).`, source: actionSource(consent), since: consent.earliest });
  }
  for (const d of declarationsOf(state.iso3)) {
    found.push({
      ...base, kind: ContradictionKind.TIER_1_AFTER_DECLARATION,
      but: `${state.names.en} declared in ${d.declared} that it does not intend to become a party: ${d.statement}`,
      source: d.source, since: d.declared.length === 10 ? d.declared : null,
    });
  }
  return found;
}

/** A state's current tier is its latest assessment (as State.currentPriority). */
function latestPerState(assessments: PriorityAssessment[]): PriorityAssessment[] {
  const latest = new Map<string, PriorityAssessment>();
  for (const a of assessments) if (!latest.has(a.state.iso3)) latest.set(a.state.iso3, a);
  return [...latest.values()];
}

@Resolver()
export class ContradictionsResolver {
  // Every state's process, tier and deposit are read.
  @Weight(MAX_STATES)
  @ListBound(3 * MAX_STATES)
  @Query(() => [Contradiction], {
    nullable: true,
    description:
      "Every record of the hub a later or sourced fact contradicts: national processes still under way after the state joined, " +
      'tier-1 placements of states that joined or declared they do not intend to become a party. Flagged for correction; nothing is rewritten.',
  })
  async contradictions(
    @Arg('state', () => String, { nullable: true, description: 'Only this state (ISO3).' }) state: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<Contradiction[]> {
    const only = state ? { state: state.toUpperCase() } : {};
    const processes = await ctx.em.find(NationalProcess, only, { orderBy: { state: 'asc' } });
    const assessments = latestPerState(await ctx.em.find(PriorityAssessment, only, { orderBy: { assessedOn: 'desc', createdAt: 'desc' } }));
    const codes = [...new Set([...processes, ...assessments].map((r) => r.state.iso3))];
    const facts = await factsOf(ctx, codes);
    const states = new Map((await ctx.participation.state.loadMany(codes)).filter((s): s is State => s instanceof State).map((s) => [s.iso3, s]));
    const found = [
      ...processes.map((p) => processContradiction(p, states.get(p.state.iso3)!, facts)).filter((c): c is Contradiction => !!c),
      ...assessments.flatMap((a) => tierContradictions(a, states.get(a.state.iso3)!, facts)),
    ];
    // The records' restricted facts (a stage, a tier) leave in `says`.
    noteRevealed(ctx, 'NationalProcess', found.filter((c) => c.recordType === 'NationalProcess').map((c) => c.key), ['stage', 'nextStep', 'lastAssessed']);
    noteRevealed(ctx, 'PriorityAssessment', found.filter((c) => c.recordType === 'PriorityAssessment').map((c) => c.key), ['tier', 'rationale', 'assessedOn']);
    return found.sort((a, b) => a.state.iso3.localeCompare(b.state.iso3) || a.kind.localeCompare(b.kind));
  }
}

@Resolver(() => NationalProcess)
export class NationalProcessContradictionResolver {
  @FieldResolver(() => Contradiction, { nullable: true, description: 'Set when the state has joined although this process is still under way: flagged, not rewritten.' })
  async contradiction(@Root() p: NationalProcess, @Ctx() ctx: HubContext): Promise<Contradiction | null> {
    const state = await ctx.participation.state.load(p.state.iso3);
    return state ? processContradiction(p, state, await factsOf(ctx, [state.iso3])) : null;
  }
}

@Resolver(() => PriorityAssessment)
export class PriorityAssessmentContradictionResolver {
  @ListBound(3)
  @FieldResolver(() => [Contradiction], { nullable: true, description: 'What contradicts this tier (the state joined, or declared it will not): flagged, not rewritten.' })
  async contradictions(@Root() a: PriorityAssessment, @Ctx() ctx: HubContext): Promise<Contradiction[]> {
    const state = await ctx.participation.state.load(a.state.iso3);
    return state ? tierContradictions(a, state, await factsOf(ctx, [state.iso3])) : [];
  }
}

