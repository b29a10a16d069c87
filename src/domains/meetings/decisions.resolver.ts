import { randomUUID } from 'node:crypto';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { createAudited, updateAudited } from '../../access/audit/audited-write';
import { Cycle } from '../bodies/cycle.entity';
import { UUID } from '../../kernel/db/stable-id';
import type { HubContext } from '../../context';
import { fromGlobalId, registerUuidNodeType } from '../../kernel/graphql/node';
import { isoDay } from '../../kernel/graphql/scalars';
import { InputCheck, userError, UserErrorCode } from '../../kernel/graphql/user-errors';
import { CYCLE } from '../universalization/priority.resolver';
import { Decision, FollowUpAction } from './decision.entity';
import { DecisionOutcome, DecisionStatus, FollowUpStatus } from './enums';
import {
  CreateFollowUpActionInput,
  DecisionPayload,
  FollowUpActionPayload,
  FollowUpFilter,
  RecordDecisionStatusInput,
  UpdateFollowUpActionInput,
} from './meetings.types';
import { TreatyDocument } from './treaty-document.entity';
import { ListBound } from '../../kernel/graphql/field-cost';
import { MAX_FOLLOW_UPS } from './loaders';

registerUuidNodeType('Decision', Decision);
registerUuidNodeType('FollowUpAction', FollowUpAction);

const OPEN = [FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS];

function followUpSnapshot(f: FollowUpAction): Record<string, unknown> {
  return {
    decision: f.decision.id, description: f.description, owner: f.owner, ownerBody: f.ownerBody ?? null, ownerOffice: f.ownerOffice ?? null, dueInCycle: f.dueInCycle?.code ?? null,
    dueOn: f.dueOn ?? null, status: f.status, completedOn: f.completedOn ?? null, notes: f.notes ?? null,
  };
}

@Resolver(() => Decision)
export class DecisionResolver {
  @ListBound(200)
  @Query(() => [Decision], { description: 'Recommendations and decisions put to a conference (at most 200).' })
  decisions(
    @Arg('decidedBy', () => String, { nullable: true, description: 'e.g. CSP9' }) decidedBy: string | null,
    @Arg('status', () => DecisionStatus, { description: 'Only decisions with this status.', nullable: true }) status: DecisionStatus | null,
    @Arg('outcomeRecorded', () => Boolean, {
      nullable: true,
      description: 'true: only decisions whose outcome a source records; false: only those awaiting one (NOT_RECORDED), e.g. for the Secretariat to record.',
    })
    outcomeRecorded: boolean | null,
    @Ctx() ctx: HubContext,
  ): Promise<Decision[]> {
    const outcome = outcomeRecorded == null ? {} : { outcome: outcomeRecorded ? { $ne: DecisionOutcome.NOT_RECORDED } : DecisionOutcome.NOT_RECORDED };
    return ctx.em.find(
      Decision,
      { ...(decidedBy ? { decidedBy } : {}), ...(status ? { status } : {}), ...outcome },
      { orderBy: { decidedBy: { number: 'desc' }, reference: 'asc' }, limit: 200 },
    );
  }

  @ListBound(500)
  @Query(() => [FollowUpAction], {
    description: 'Follow-up actions of decisions, e.g. what is still open from earlier cycles (at most 500).',
  })
  followUpActions(
    @Arg('filter', () => FollowUpFilter, { description: 'Only the actions that match.', nullable: true }) filter: FollowUpFilter | null,
    @Ctx() ctx: HubContext,
  ): Promise<FollowUpAction[]> {
    const where: Record<string, unknown> = {};
    if (filter?.open) where.status = { $in: OPEN };
    if (filter?.open === false) where.status = { $nin: OPEN };
    if (filter?.status) where.status = filter.status;
    if (filter?.decidedBy) where.decision = { decidedBy: filter.decidedBy };
    if (filter?.owner) where.owner = { $ilike: `%${filter.owner.replace(/[%_\\]/g, '\\$&')}%` };
    return ctx.em.find(FollowUpAction, where, { orderBy: { dueOn: 'asc nulls last', createdAt: 'asc' }, limit: 500 });
  }

  @FieldResolver(() => TreatyDocument)
  async document(@Root() decision: Decision, @Ctx() ctx: HubContext): Promise<TreatyDocument> {
    return (await ctx.byId.load(TreatyDocument, decision.document.id))!;
  }

  @FieldResolver(() => Cycle, { description: 'The conference the decision is put to.' })
  async decidedBy(@Root() decision: Decision, @Ctx() ctx: HubContext): Promise<Cycle> {
    return (await ctx.byId.load(Cycle, decision.decidedBy.code))!;
  }

  @ListBound(MAX_FOLLOW_UPS)
  @FieldResolver(() => [FollowUpAction])
  followUps(@Root() decision: Decision, @Ctx() ctx: HubContext): Promise<FollowUpAction[]> {
    return ctx.meetings.followUps.load(decision.id);
  }

  @Mutation(() => DecisionPayload, { description: 'The Secretariat records whether the conference took a decision.' })
  async recordDecisionStatus(
    @Arg('input', () => RecordDecisionStatusInput, { description: 'What to write; see its type.' }) input: RecordDecisionStatusInput,
    @Ctx() ctx: HubContext,
  ): Promise<DecisionPayload> {
    const check = new InputCheck();
    check.text('statusSource', input.statusSource, { required: true });
    if (check.errors.length) return { decision: null, userErrors: check.errors };
    const { record, userErrors } = await updateAudited(ctx, {
      mutation: 'recordDecisionStatus',
      entity: Decision,
      recordType: 'Decision',
      globalId: input.id,
      version: input.version,
      snapshot: (d) => ({ status: d.status, statusSource: d.statusSource ?? null }),
      apply: (d) => {
        d.status = input.status;
        d.statusSource = input.statusSource;
      },
    });
    return { decision: record, userErrors };
  }
}

@Resolver(() => FollowUpAction)
export class FollowUpActionResolver {
  @FieldResolver(() => Decision)
  async decision(@Root() action: FollowUpAction, @Ctx() ctx: HubContext): Promise<Decision> {
    return (await ctx.byId.load(Decision, action.decision.id))!;
  }

  @FieldResolver(() => Cycle, { nullable: true })
  dueInCycle(@Root() action: FollowUpAction, @Ctx() ctx: HubContext): Promise<Cycle | null> {
    return ctx.byId.load(Cycle, action.dueInCycle?.code);
  }

  @Mutation(() => FollowUpActionPayload, { description: 'Adds a follow-up action to a decision.' })
  async createFollowUpAction(
    @Arg('input', () => CreateFollowUpActionInput, { description: 'What to write; see its type.' }) input: CreateFollowUpActionInput,
    @Ctx() ctx: HubContext,
  ): Promise<FollowUpActionPayload> {
    const check = new InputCheck();
    check.text('description', input.description, { required: true });
    check.text('owner', input.owner, { required: true, max: 300 });
    check.text('source', input.source);
    if (input.dueInCycle && !CYCLE.test(input.dueInCycle)) {
      check.errors.push(userError(UserErrorCode.INVALID, 'dueInCycle', 'dueInCycle must look like CSP12.'));
    }
    if (check.errors.length) return { followUpAction: null, userErrors: check.errors };
    const ref = fromGlobalId(input.decisionId);
    const decision = ref?.typeName === 'Decision' && UUID.test(ref.key) ? await ctx.em.findOne(Decision, { id: ref.key }) : null;
    if (!decision) return { followUpAction: null, userErrors: [userError(UserErrorCode.NOT_FOUND, 'decisionId', 'No such decision.')] };
    const { record, userErrors } = await createAudited(ctx, {
      mutation: 'createFollowUpAction',
      recordType: 'FollowUpAction',
      field: 'decisionId',
      forbidden: 'You may not add follow-up actions.',
      snapshot: followUpSnapshot,
      build: async (tx) => {
        const cycle = input.dueInCycle ? await tx.findOne(Cycle, { code: input.dueInCycle }) : null;
        if (input.dueInCycle && !cycle) return [userError(UserErrorCode.NOT_FOUND, 'dueInCycle', `No cycle ${input.dueInCycle}.`)];
        return tx.create(FollowUpAction, {
          id: randomUUID(),
          decision: tx.getReference(Decision, decision.id),
          description: input.description,
          owner: input.owner,
          ownerBody: input.ownerBody ?? null,
          ownerOffice: input.ownerBody ? (input.ownerOffice ?? null) : null,
          dueInCycle: cycle,
          dueOn: input.dueOn ? isoDay(input.dueOn) : null,
          status: FollowUpStatus.OPEN,
          source: input.source ?? null,
        });
      },
    });
    return { followUpAction: record, userErrors };
  }

  @Mutation(() => FollowUpActionPayload, { description: 'Tracks a follow-up action: status, notes, owner, due date.' })
  async updateFollowUpAction(
    @Arg('input', () => UpdateFollowUpActionInput, { description: 'What to write; see its type.' }) input: UpdateFollowUpActionInput,
    @Ctx() ctx: HubContext,
  ): Promise<FollowUpActionPayload> {
    const check = new InputCheck();
    check.text('notes', input.notes, { max: 5000 });
    check.text('owner', input.owner, { max: 300 });
    const completedOn = input.completedOn ? isoDay(input.completedOn) : undefined;
    check.notAfter('completedOn', completedOn, ctx.today);
    if (check.errors.length) return { followUpAction: null, userErrors: check.errors };
    const { record, userErrors } = await updateAudited(ctx, {
      mutation: 'updateFollowUpAction',
      entity: FollowUpAction,
      recordType: 'FollowUpAction',
      globalId: input.id,
      version: input.version,
      snapshot: followUpSnapshot,
      apply: (action) => {
        if (input.status) action.status = input.status;
        if (input.notes !== undefined) action.notes = input.notes;
        if (input.owner) action.owner = input.owner;
        if (input.ownerBody) {
          action.ownerBody = input.ownerBody;
          action.ownerOffice = input.ownerOffice ?? null;
        } else if (input.ownerOffice) return [userError(UserErrorCode.INVALID, 'ownerOffice', 'Give ownerBody with ownerOffice.')];
        if (input.dueOn) action.dueOn = isoDay(input.dueOn);
        if (action.status === FollowUpStatus.DONE) action.completedOn = completedOn ?? action.completedOn ?? ctx.today;
        else if (completedOn) return [userError(UserErrorCode.INVALID, 'completedOn', 'Only a DONE action has a completion date.')];
        else action.completedOn = null;
      },
    });
    return { followUpAction: record, userErrors };
  }
}
