import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Activity } from '../activities/activity.entity';
import { ActivityKind } from '../activities/enums';
import type { HubContext } from '../../context';
import { ListBound } from '../../kernel/graphql/field-cost';
import { DateScalar, isoDay } from '../../kernel/graphql/scalars';
import { badInput } from '../../kernel/graphql/errors';
import { Organisation } from '../organisations/organisation.entity';
import { AttRegion } from '../participation/enums';
import { State } from '../participation/state.entity';
import { RANK, Classification } from '../../access/policy/levels';
import { SupportKind } from './enums';
import { findOverlaps, MAX_OVERLAP_ITEMS, type WorkItem } from './overlaps';
import { AssistanceProject } from './project.entity';
import { ProjectOverlap, WhoWorksHere } from './project.types';

/** The most projects and activities "who works here" lists of each. */
const MAX_LISTED = 500;

/** What kind of support an activity gives, for the overlap rule (README, "Overlaps"). */
export const ACTIVITY_SUPPORT: Record<ActivityKind, SupportKind[]> = {
  WORKSHOP: [SupportKind.TRAINING],
  TRAINING: [SupportKind.TRAINING],
  REGIONAL_MEETING: [SupportKind.OUTREACH],
  ADVOCACY: [SupportKind.OUTREACH],
  UNGA_RESOLUTION: [SupportKind.OUTREACH],
  TOOLKIT_TRANSLATION: [SupportKind.TRANSLATION],
  OTHER: [],
};

interface Where {
  states: string[] | null;
  region: AttRegion | null;
  from: string | null;
  to: string | null;
}

/** The projects and activities the viewer may see in these states (or this region) over the period. */
async function workIn(ctx: HubContext, where: Where): Promise<{ projects: AssistanceProject[]; activities: Activity[] }> {
  const projectWhere: Record<string, unknown>[] = [];
  const activityWhere: Record<string, unknown>[] = [];
  if (where.states) {
    projectWhere.push({ beneficiaryStates: { $overlap: where.states } });
    activityWhere.push({ targetStates: { $overlap: where.states } });
  }
  if (where.region) {
    const inRegion = (await ctx.em.find(State, { region: where.region }, { fields: ['iso3'] })).map((s) => s.iso3);
    projectWhere.push({ $or: [{ beneficiaryRegions: { $contains: [where.region] } }, { beneficiaryStates: { $overlap: inRegion } }] });
    activityWhere.push({ $or: [{ targetRegions: { $contains: [where.region] } }, { targetStates: { $overlap: inRegion } }] });
  }
  // A period asked: work known to fall in it (an unknown end counts as ongoing); work whose start is not known is left out.
  if (where.from || where.to) {
    if (where.to) projectWhere.push({ starts: { $ne: null, $lte: where.to } });
    else projectWhere.push({ starts: { $ne: null } });
    if (where.from) projectWhere.push({ $or: [{ ends: null }, { ends: { $gte: where.from } }] });
    if (where.to) activityWhere.push({ startDate: { $ne: null, $lte: where.to } });
    if (where.from) activityWhere.push({ $or: [{ endDate: { $gte: where.from } }, { endDate: null, startDate: { $gte: where.from } }] });
  }
  const [projects, activities] = await Promise.all([
    ctx.em.find(AssistanceProject, { $and: projectWhere }, { orderBy: { starts: 'desc nulls last', id: 'asc' }, limit: MAX_LISTED }),
    ctx.em.find(Activity, { $and: activityWhere }, { orderBy: { startDate: 'desc nulls last', id: 'asc' }, limit: MAX_LISTED }),
  ]);
  return { projects, activities };
}

async function describe(ctx: HubContext, work: { projects: AssistanceProject[]; activities: Activity[] }): Promise<WhoWorksHere> {
  const ids = new Set([...work.projects.flatMap((p) => p.organisationIds), ...work.activities.flatMap((a) => (a.organiser ? [a.organiser.id] : []))]);
  const organisations = (await Promise.all([...ids].map((id) => ctx.byId.load(Organisation, id)))).filter((o): o is Organisation => !!o);
  const otherImplementers = [
    ...new Set([
      ...work.projects.filter((p) => !p.organisationIds.length && p.implementerName).map((p) => p.implementerName!),
      ...work.activities.filter((a) => !a.organiser).map((a) => a.organiserName),
    ]),
  ].sort();
  return { organisations: organisations.sort((a, b) => a.name.localeCompare(b.name)).slice(0, MAX_LISTED), otherImplementers: otherImplementers.slice(0, MAX_LISTED), ...work };
}

const day = (d: Date | null) => (d ? isoDay(d) : null);

function projectItem(p: AssistanceProject): WorkItem {
  return {
    type: 'AssistanceProject', id: p.id, states: p.beneficiaryStates, kinds: p.kinds, starts: p.starts ?? null, ends: p.ends ?? null,
    mechanism: p.mechanism, organisationIds: p.organisationIds, doneBy: p.implementerName ?? null,
  };
}

function activityItem(a: Activity): WorkItem {
  return {
    type: 'Activity', id: a.id, states: a.targetStates, kinds: ACTIVITY_SUPPORT[a.kind] ?? [], starts: a.startDate ?? null,
    // An activity with no end date is a day's event.
    ends: a.endDate ?? a.startDate ?? null, mechanism: null, organisationIds: a.organiser ? [a.organiser.id] : [], doneBy: a.organiserName,
  };
}

@Resolver(() => WhoWorksHere)
export class WhoWorksHereResolver {
  @Query(() => WhoWorksHere, {
    description:
      'Who works in a state (ISO3) or a region over a period: every organisation, project and activity the viewer may see. ' +
      'With a period, work whose start is not known is left out, and an unknown end counts as ongoing.',
  })
  async whoWorksHere(
    @Arg('state', () => String, { description: 'The state asked about, by its ISO 3166-1 alpha-3 code.', nullable: true }) state: string | null,
    @Arg('region', () => AttRegion, { description: 'The region asked about.', nullable: true }) region: AttRegion | null,
    @Arg('from', () => DateScalar, { description: 'The first day of the period asked about.', nullable: true }) from: Date | null,
    @Arg('to', () => DateScalar, { description: 'The last day of the period asked about.', nullable: true }) to: Date | null,
    @Ctx() ctx: HubContext,
  ): Promise<WhoWorksHere> {
    if (!state === !region) throw badInput('Name a state or a region (one of them).');
    return describe(ctx, await workIn(ctx, { states: state ? [state.toUpperCase()] : null, region, from: day(from), to: day(to) }));
  }

  @ListBound(200)
  @Query(() => [ProjectOverlap], {
    nullable: true,
    description:
      'Possible duplication: projects and activities of different organisations in the same state, overlapping in time and giving ' +
      'the same kind of support, best first (at most 200). The treaty bodies see every pair they may see both sides of; a partner ' +
      "sees the pairs that involve its own organisation's work.",
  })
  async projectOverlaps(@Arg('state', () => String, { description: 'The state, by its ISO 3166-1 alpha-3 code.', nullable: true }) state: string | null, @Ctx() ctx: HubContext): Promise<ProjectOverlap[]> {
    const states = state ? [state.toUpperCase()] : null;
    const [projects, activities] = await Promise.all([
      ctx.em.find(AssistanceProject, states ? { beneficiaryStates: { $overlap: states } } : {}, { limit: MAX_OVERLAP_ITEMS }),
      ctx.em.find(Activity, states ? { targetStates: { $overlap: states } } : {}, { limit: MAX_OVERLAP_ITEMS }),
    ]);
    const names = new Map<string, string>();
    const stateName = (iso3: string) => names.get(iso3) ?? iso3;
    const codes = [...new Set([...projects.flatMap((p) => p.beneficiaryStates), ...activities.flatMap((a) => a.targetStates)])];
    for (const s of await ctx.participation.state.loadMany(codes)) if (s instanceof State) names.set(s.iso3, s.names.en);
    // Both sides come from the viewer's own record scope: a pair with a side it may not see is never formed.
    let found = findOverlaps([...projects.map(projectItem), ...activities.map(activityItem)], ctx.today, stateName);
    if (states) found = found.filter((o) => o.states.some((s) => states.includes(s)));
    if (RANK[ctx.viewer.level] < RANK[Classification.TREATY_BODY]) {
      const own = ctx.viewer.organisations;
      const ownedBy = new Map<string, string | undefined>(projects.map((p) => [p.id, p.owner?.id]));
      const isOwn = (w: WorkItem) => w.organisationIds.some((id) => own.has(id)) || own.has(ownedBy.get(w.id) ?? '');
      found = found.filter((o) => isOwn(o.a) || isOwn(o.b));
    }
    const byId = new Map<string, AssistanceProject | Activity>([...projects, ...activities].map((r) => [r.id, r]));
    return Promise.all(
      found.slice(0, 200).map(async (o) => ({
        score: o.score,
        reasons: o.reasons,
        kinds: o.kinds,
        sharedDays: o.days,
        states: (await ctx.participation.state.loadMany(o.states)).filter((s): s is State => s instanceof State),
        projects: [o.a, o.b].filter((w) => w.type === 'AssistanceProject').map((w) => byId.get(w.id) as AssistanceProject),
        activities: [o.a, o.b].filter((w) => w.type === 'Activity').map((w) => byId.get(w.id) as Activity),
      })),
    );
  }
}

@Resolver(() => State)
export class StateProjectsResolver {
  @FieldResolver(() => WhoWorksHere, { description: 'Who works in the state over a period (see Query.whoWorksHere).' })
  async whoWorksHere(
    @Root() state: State,
    @Arg('from', () => DateScalar, { description: 'The first day of the period asked about.', nullable: true }) from: Date | null,
    @Arg('to', () => DateScalar, { description: 'The last day of the period asked about.', nullable: true }) to: Date | null,
    @Ctx() ctx: HubContext,
  ): Promise<WhoWorksHere> {
    return describe(ctx, await workIn(ctx, { states: [state.iso3], region: null, from: day(from), to: day(to) }));
  }

  @ListBound(50)
  @FieldResolver(() => [AssistanceProject], { description: 'Assistance projects aimed at the state the viewer may see, the latest start first (at most 50).' })
  async projects(@Root() state: State, @Ctx() ctx: HubContext): Promise<AssistanceProject[]> {
    return (await ctx.assistance.projectsByState.load(state.iso3)).slice(0, 50);
  }
}

@Resolver(() => Organisation)
export class OrganisationWorkResolver {
  @ListBound(MAX_LISTED)
  @FieldResolver(() => [AssistanceProject], { description: 'Projects it implements, takes part in or keeps, that the viewer may see (at most 500).' })
  projects(@Root() organisation: Organisation, @Ctx() ctx: HubContext): Promise<AssistanceProject[]> {
    return ctx.em.find(
      AssistanceProject,
      { $or: [{ organisationIds: { $contains: [organisation.id] } }, { owner: organisation.id }] },
      { orderBy: { starts: 'desc nulls last', id: 'asc' }, limit: MAX_LISTED },
    );
  }

  @ListBound(200)
  @FieldResolver(() => [State], { description: 'The states its projects and activities the viewer may see are aimed at, by name.' })
  async worksIn(@Root() organisation: Organisation, @Ctx() ctx: HubContext): Promise<State[]> {
    const [projects, activities] = await Promise.all([
      ctx.em.find(AssistanceProject, { $or: [{ organisationIds: { $contains: [organisation.id] } }, { owner: organisation.id }] }, { limit: MAX_OVERLAP_ITEMS }),
      ctx.em.find(Activity, { organiser: organisation.id }, { limit: MAX_OVERLAP_ITEMS }),
    ]);
    const codes = [...new Set([...projects.flatMap((p) => p.beneficiaryStates), ...activities.flatMap((a) => a.targetStates)])];
    const states = (await ctx.participation.state.loadMany(codes)).filter((s): s is State => s instanceof State);
    return states.sort((a, b) => a.nameSortKey.localeCompare(b.nameSortKey));
  }
}
