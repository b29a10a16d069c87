import { randomUUID } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { noteRevealed } from '../../access/audit/audit-trail';
import { createAuditedMany, mayWrite, updateAudited } from '../../access/audit/audited-write';
import { writeScope } from '../../access/policy/scope-of';
import { type ActivityDraft, insertActivities } from './activity-insert';
import { noteRestrictedCounted } from '../../access/audit/restricted-lists';
import type { HubContext } from '../../context';
import { ConnectionArgs, pageRequest, pageWhere, toPage } from '../../kernel/graphql/connection';
import { registerKeyset } from '../../kernel/graphql/connection-arguments';
import { type Keyset, keysetOrder } from '../../kernel/graphql/keyset';
import { registerUuidNodeType } from '../../kernel/graphql/node';
import { isoDay } from '../../kernel/graphql/scalars';
import { selectedFields } from '../../kernel/graphql/selection';
import { type UserError, userError, UserErrorCode } from '../../kernel/graphql/user-errors';
import { Organisation } from '../organisations/organisation.entity';
import { State } from '../participation/state.entity';
import { Classification } from '../../access/policy/levels';
import { Activity } from './activity.entity';
import { checkContent, type RawContent, targetStateCodes, MAX_TARGET_STATES } from './activity-content';
import {
  ActivityConnection,
  ActivityFilter,
  ActivityPayload,
  CreateActivityInput,
  ModerateActivityInput,
  UpdateActivityInput,
} from './activity.types';
import { ActivityStatus } from './enums';
import { ListBound } from '../../kernel/graphql/field-cost';

registerUuidNodeType('Activity', Activity);

export function activitySnapshot(a: Activity): Record<string, unknown> {
  return {
    kind: a.kind, title: a.title, description: a.description ?? null, startDate: a.startDate ?? null,
    endDate: a.endDate ?? null, place: a.place ?? null, targetStates: a.targetStates, targetRegions: a.targetRegions,
    languages: a.languages, outcome: a.outcome ?? null, classification: a.classification, status: a.status,
    rejectionReason: a.rejectionReason ?? null, source: a.source ?? null,
  };
}


/** Which of the named states the hub knows: through the request's batched state loader, no query for none. */
export async function knownStates(ctx: HubContext, raws: RawContent[]): Promise<Set<string>> {
  const codes = [...new Set(raws.flatMap(targetStateCodes))].filter((c) => /^[A-Z]{3}$/.test(c));
  const states = await ctx.participation.state.loadMany(codes);
  return new Set(states.filter((st): st is State => st instanceof State).map((st) => st.iso3));
}

/** GraphQL input to the raw form checkContent reads (dates become days). */
export function rawOf(input: object): RawContent {
  return Object.fromEntries(
    Object.entries(input).map(([k, v]) => [k, v instanceof Date ? isoDay(v) : v]),
  ) as RawContent;
}

const asUserErrors = (problems: { field: string; message: string }[]): UserError[] =>
  problems.map((p) => userError(UserErrorCode.INVALID, p.field, p.message));

/** The organisation a contributor writes for (the first, if several). */
export function organisationOf(ctx: HubContext): string | null {
  return [...ctx.viewer.organisations][0] ?? null;
}

/** Newest first: by start date (undated last), then when recorded, then id. */
const ACTIVITY_ORDER: Keyset<Activity> = {
  list: 'Activity',
  parts: [
    { field: 'startDate', desc: true, nullable: true, kind: 'day', read: (a) => a.startDate ?? null },
    { field: 'createdAt', desc: true, kind: 'instant', read: (a) => a.createdAt.toISOString() },
    { field: 'id', desc: false, kind: 'uuid', read: (a) => a.id },
  ],
};
registerKeyset('ActivityConnection', () => ACTIVITY_ORDER);

@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => ActivityConnection, {
    description: 'Activities the viewer may see: published ones up to its level, and its own organisation’s. Newest first.',
  })
  async activities(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => ActivityFilter, { description: 'Only the activities that match.', nullable: true }) filter: ActivityFilter | null,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ActivityConnection> {
    const request = pageRequest(page, ACTIVITY_ORDER);
    const where: Record<string, unknown> = {};
    if (filter?.status) where.status = filter.status;
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.state) where.targetStates = { $contains: [filter.state.toUpperCase()] };
    if (filter?.region) {
      const inRegion = (await ctx.em.find(State, { region: filter.region }, { fields: ['iso3'] })).map((s) => s.iso3);
      where.$or = [{ targetRegions: { $contains: [filter.region] } }, { targetStates: { $overlap: inRegion } }];
    }
    if (filter?.from || filter?.to) {
      where.startDate = {
        ...(filter.from ? { $gte: isoDay(filter.from) } : {}),
        ...(filter.to ? { $lte: isoDay(filter.to) } : {}),
      };
    }
    const [rows, totalCount] = await Promise.all([
      ctx.em.find(Activity, pageWhere(where, ACTIVITY_ORDER, request), { orderBy: keysetOrder(ACTIVITY_ORDER, request.forward), limit: request.limit + 1 }),
      ctx.em.count(Activity, where),
    ]);
    // Activities classified RESTRICTED (open to RESTRICTED viewers, and as drafts to their own
    // organisation): those on the page are logged as listed (their fields as read), those counted too.
    const selected = selectedFields(info);
    if (selected.has('edges') || selected.has('pageInfo')) {
      const restricted = rows.filter((a) => a.classification === Classification.RESTRICTED);
      noteRevealed(ctx, 'Activity', restricted.map((a) => a.id), ['listed']);
    }
    if (ctx.viewer.subject !== null && totalCount && selected.has('totalCount')) {
      await noteRestrictedCounted(ctx, { entity: Activity, recordType: 'Activity', where, classifiedBy: 'classification' });
    }
    return { ...toPage(rows, request, ACTIVITY_ORDER), totalCount };
  }

  @ListBound(MAX_TARGET_STATES)
  @FieldResolver(() => [State], { description: 'The states it was aimed at.' })
  targetStates(@Root() activity: Activity, @Ctx() ctx: HubContext): State[] | Promise<State[]> {
    return (
      ctx.participation.loadedStates(activity.targetStates) ??
      ctx.participation.state.loadMany(activity.targetStates).then((states) => states.filter((s): s is State => s instanceof State))
    );
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organiser(@Root() activity: Activity, @Ctx() ctx: HubContext): Promise<Organisation | null> {
    return ctx.byId.load(Organisation, activity.organiser?.id);
  }

  @FieldResolver(() => State, { nullable: true })
  organiserState(@Root() activity: Activity, @Ctx() ctx: HubContext): Promise<State | null> {
    return activity.organiserState ? ctx.participation.state.load(activity.organiserState.iso3) : Promise.resolve(null);
  }

  @Mutation(() => ActivityPayload, {
    description: 'A partner records an activity as a draft of its organisation. With an idempotencyKey, a repeat returns the same activity.',
  })
  async createActivity(
    @Arg('input', () => CreateActivityInput, { description: 'What to write; see its type.' }) input: CreateActivityInput,
    @Ctx() ctx: HubContext,
  ): Promise<ActivityPayload> {
    const { idempotencyKey, ...fields } = input;
    const { content, problems } = checkContent(rawOf(fields), await knownStates(ctx, [rawOf(fields)]), { required: true });
    if (idempotencyKey != null && (idempotencyKey.length < 1 || idempotencyKey.length > 200)) {
      problems.push({ field: 'idempotencyKey', message: 'idempotencyKey must be 1 to 200 characters.' });
    }
    if (problems.length) return { activity: null, userErrors: asUserErrors(problems) };
    const organisation = organisationOf(ctx);
    if (!mayWrite(ctx, 'createActivity', await writeScope('Activity', { organiser: organisation, contributedBy: ctx.viewer.personId }, ctx.em))) {
      return { activity: null, userErrors: [userError(UserErrorCode.FORBIDDEN, 'title', 'You may not record activities.')] };
    }
    // Keys are the viewer's own (the person's): a repeat by the same person returns its record.
    const [outcome] = await insertActivities(ctx, organisation, [{ content, idempotencyKey: idempotencyKey ?? null }], { lastWrite: true });
    if (outcome && 'record' in outcome) return { activity: outcome.record, userErrors: [] };
    // The key's record is one this viewer may no longer see (e.g. its organisation's, which it left).
    return { activity: null, userErrors: [userError(UserErrorCode.DUPLICATE, 'idempotencyKey', 'This idempotencyKey was used before; send a new one.')] };
  }

  @Mutation(() => ActivityPayload, { description: 'Edits a draft or rejected activity (the Secretariat: any).' })
  async updateActivity(
    @Arg('input', () => UpdateActivityInput, { description: 'What to write; see its type.' }) input: UpdateActivityInput,
    @Ctx() ctx: HubContext,
  ): Promise<ActivityPayload> {
    const { id, version, ...fields } = input;
    const { content, problems } = checkContent(rawOf(fields), await knownStates(ctx, [rawOf(fields)]), { required: false });
    if (problems.length) return { activity: null, userErrors: asUserErrors(problems) };
    return this.change(ctx, 'updateActivity', id, version, (activity) => {
      if (!ctx.viewer.secretariat && ![ActivityStatus.DRAFT, ActivityStatus.REJECTED].includes(activity.status)) {
        return [userError(UserErrorCode.INVALID, 'id', `A ${activity.status.toLowerCase()} activity can no longer be edited.`)];
      }
      Object.assign(activity, content);
    });
  }

  @Mutation(() => ActivityPayload, { description: 'Sends a draft (or a rejected activity, edited) to the Secretariat.' })
  submitActivity(@Arg('input', () => ModerateActivityInput, { description: 'What to write; see its type.' }) input: ModerateActivityInput, @Ctx() ctx: HubContext): Promise<ActivityPayload> {
    return this.change(ctx, 'submitActivity', input.id, input.version, (activity) => {
      if (![ActivityStatus.DRAFT, ActivityStatus.REJECTED].includes(activity.status)) {
        return [userError(UserErrorCode.INVALID, 'id', `Only a draft or rejected activity can be submitted (this one is ${activity.status}).`)];
      }
      activity.status = ActivityStatus.SUBMITTED;
      activity.rejectionReason = null;
    });
  }

  @Mutation(() => ActivityPayload, { description: 'The Secretariat publishes a submitted activity.' })
  publishActivity(@Arg('input', () => ModerateActivityInput, { description: 'What to write; see its type.' }) input: ModerateActivityInput, @Ctx() ctx: HubContext): Promise<ActivityPayload> {
    return this.change(ctx, 'publishActivity', input.id, input.version, (activity) => {
      if (activity.status !== ActivityStatus.SUBMITTED) {
        return [userError(UserErrorCode.INVALID, 'id', `Only a submitted activity can be published (this one is ${activity.status}).`)];
      }
      activity.status = ActivityStatus.PUBLISHED;
    });
  }

  @Mutation(() => ActivityPayload, { description: 'The Secretariat rejects a submitted activity, with a reason for the contributor.' })
  rejectActivity(@Arg('input', () => ModerateActivityInput, { description: 'What to write; see its type.' }) input: ModerateActivityInput, @Ctx() ctx: HubContext): Promise<ActivityPayload> {
    const reason = input.reason?.trim();
    if (!reason || reason.length > 2000) {
      return Promise.resolve({ activity: null, userErrors: [userError(UserErrorCode.INVALID, 'reason', 'A reason of at most 2000 characters is required.')] });
    }
    return this.change(ctx, 'rejectActivity', input.id, input.version, (activity) => {
      if (activity.status !== ActivityStatus.SUBMITTED) {
        return [userError(UserErrorCode.INVALID, 'id', `Only a submitted activity can be rejected (this one is ${activity.status}).`)];
      }
      activity.status = ActivityStatus.REJECTED;
      activity.rejectionReason = reason;
    });
  }

  private async change(
    ctx: HubContext,
    mutation: string,
    id: string,
    version: number,
    apply: (activity: Activity) => UserError[] | void,
  ): Promise<ActivityPayload> {
    const { record, userErrors } = await updateAudited(ctx, {
      mutation,
      entity: Activity,
      recordType: 'Activity',
      globalId: id,
      version,
      snapshot: activitySnapshot,
      apply,
    });
    return { activity: record, userErrors };
  }
}

export type { ActivityDraft };

/**
 * Creates drafts of the viewer's organisation, each with its audit entry, in one transaction:
 * all or none (createActivity: one; the import: a batch of rows).
 */
export function createActivityRecords(ctx: HubContext, organisation: string | null, drafts: ActivityDraft[]) {
  return createAuditedMany(ctx, {
    mutation: 'createActivity',
    recordType: 'Activity',
    about: { organiser: organisation, contributedBy: ctx.viewer.personId },
    field: 'title',
    forbidden: 'You may not record activities.',
    snapshot: activitySnapshot,
    build: async (tx) => {
      const org = organisation ? await tx.findOne(Organisation, { id: organisation }) : null;
      const records = drafts.map(({ content, idempotencyKey }) =>
        tx.create(Activity, {
          id: randomUUID(),
          kind: content.kind!,
          title: content.title!,
          ...content,
          organiser: org,
          organiserName: org?.name ?? ctx.viewer.name ?? 'Unknown',
          organiserState: ctx.viewer.ownStates.size ? tx.getReference(State, [...ctx.viewer.ownStates][0]!) : null,
          contributedBy: ctx.viewer.personId,
          idempotencyKey,
          status: ActivityStatus.DRAFT,
        }),
      );
      return { records };
    },
  });
}
