import { randomUUID } from 'node:crypto';
import { OptimisticLockError } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { diff, recordChange } from '../audit/audit-trail';
import { UUID } from '../db/stable-id';
import type { HubContext } from '../graphql/context';
import { ConnectionArgs, pageWindow, toPage } from '../graphql/connection';
import { fromGlobalId, registerNodeType } from '../graphql/node';
import { isoDay } from '../graphql/scalars';
import { InputCheck, userError, UserErrorCode } from '../graphql/user-errors';
import { State } from '../participation/state.entity';
import { canAccess } from '../policy/access';
import { POLICY } from '../policy/policy-table';
import { NationalProcess } from './national-process.entity';
import {
  CreateNationalProcessInput,
  NationalProcessConnection,
  NationalProcessFilter,
  NationalProcessPayload,
  UpdateNationalProcessInput,
} from './universalization.types';

registerNodeType({
  name: 'NationalProcess',
  cls: NationalProcess,
  key: (p) => p.id,
  load: (ctx, key) => (UUID.test(key) ? ctx.em.findOne(NationalProcess, { id: key }) : Promise.resolve(null)),
});

/** The fields a change is recorded for in the audit trail. */
function snapshot(p: NationalProcess): Record<string, unknown> {
  return {
    state: p.state.iso3,
    stage: p.stage,
    obstacles: p.obstacles ?? null,
    nextStep: p.nextStep ?? null,
    owner: p.owner ?? null,
    lastAssessed: p.lastAssessed,
    source: p.source,
  };
}

@Resolver(() => NationalProcess)
export class NationalProcessResolver {
  @Query(() => NationalProcessConnection, {
    nullable: true,
    description: 'National processes the viewer may see (all, or those of its own state or region).',
  })
  async nationalProcesses(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => NationalProcessFilter, { nullable: true }) filter: NationalProcessFilter | null,
    @Ctx() ctx: HubContext,
  ): Promise<NationalProcessConnection> {
    const window = pageWindow(page);
    const [rows, totalCount] = await ctx.em.findAndCount(
      NationalProcess,
      {
        ...(filter?.stage ? { stage: filter.stage } : {}),
        ...(filter?.region ? { state: { region: filter.region } } : {}),
      },
      { orderBy: { state: { iso3: 'asc' } }, limit: window.limit + 1, offset: window.offset },
    );
    return { ...toPage(rows, window), totalCount };
  }

  @FieldResolver(() => State, { nullable: true })
  state(@Root() process: NationalProcess, @Ctx() ctx: HubContext): Promise<State | null> {
    return ctx.participation.state.load(process.state.iso3);
  }

  @Mutation(() => NationalProcessPayload, { description: "Records a state's national process (one per state)." })
  async createNationalProcess(
    @Arg('input', () => CreateNationalProcessInput) input: CreateNationalProcessInput,
    @Ctx() ctx: HubContext,
  ): Promise<NationalProcessPayload> {
    const check = new InputCheck();
    check.iso3('stateIso3', input.stateIso3);
    check.text('source', input.source, { required: true });
    for (const f of ['obstacles', 'nextStep', 'owner'] as const) check.text(f, input[f]);
    const lastAssessed = input.lastAssessed ? isoDay(input.lastAssessed) : ctx.today;
    check.notAfter('lastAssessed', lastAssessed, ctx.today);
    if (check.errors.length) return { nationalProcess: null, userErrors: check.errors };

    const iso3 = input.stateIso3.toUpperCase();
    const state = await ctx.participation.state.load(iso3);
    if (!state) return { nationalProcess: null, userErrors: [userError(UserErrorCode.NOT_FOUND, 'stateIso3', `State ${iso3} was not found.`)] };
    if (!canAccess(ctx.viewer, POLICY.Mutation!.fields.createNationalProcess!, { state: iso3, region: state.region })) {
      return { nationalProcess: null, userErrors: [userError(UserErrorCode.FORBIDDEN, 'stateIso3', `You may not record the national process of ${iso3}.`)] };
    }
    return ctx.em.transactional(async (tx) => {
      if (await tx.count(NationalProcess, { state: iso3 }, { filters: false })) {
        return {
          nationalProcess: null,
          userErrors: [userError(UserErrorCode.DUPLICATE, 'stateIso3', `${iso3} already has a national process: update it.`)],
        };
      }
      const created = tx.create(NationalProcess, {
        id: randomUUID(),
        state: tx.getReference(State, iso3),
        stage: input.stage,
        obstacles: input.obstacles ?? null,
        nextStep: input.nextStep ?? null,
        owner: input.owner ?? null,
        lastAssessed,
        source: input.source,
      });
      recordChange(tx, ctx, { action: 'create', recordType: 'NationalProcess', recordId: created.id, changes: diff({}, snapshot(created)) });
      await tx.flush();
      return { nationalProcess: created, userErrors: [] };
    });
  }

  @Mutation(() => NationalProcessPayload, { description: 'Changes a national process; `version` must be the current one.' })
  async updateNationalProcess(
    @Arg('input', () => UpdateNationalProcessInput) input: UpdateNationalProcessInput,
    @Ctx() ctx: HubContext,
  ): Promise<NationalProcessPayload> {
    const check = new InputCheck();
    for (const f of ['obstacles', 'nextStep', 'owner', 'source'] as const) check.text(f, input[f]);
    if (input.source !== undefined && input.source !== null && input.source.trim() === '') {
      check.text('source', input.source, { required: true });
    }
    const lastAssessed = input.lastAssessed ? isoDay(input.lastAssessed) : undefined;
    check.notAfter('lastAssessed', lastAssessed, ctx.today);
    if (check.errors.length) return { nationalProcess: null, userErrors: check.errors };

    const notFound = { nationalProcess: null, userErrors: [userError(UserErrorCode.NOT_FOUND, 'id', 'No such national process.')] };
    const ref = fromGlobalId(input.id);
    if (ref?.typeName !== 'NationalProcess' || !UUID.test(ref.key)) return notFound;
    try {
      return await ctx.em.transactional(async (tx) => {
        // The viewer's record scope applies: a process it may not see is not found.
        const process = await tx.findOne(NationalProcess, { id: ref.key });
        if (!process) return notFound;
        // Inside the transaction only `tx` may query: another connection would wait for it.
        const state = await tx.findOne(State, { iso3: process.state.iso3 });
        if (!canAccess(ctx.viewer, POLICY.Mutation!.fields.updateNationalProcess!, { state: process.state.iso3, region: state?.region })) {
          return { nationalProcess: null, userErrors: [userError(UserErrorCode.FORBIDDEN, 'id', 'You may not change this national process.')] };
        }
        if (process.version !== input.version) {
          return { nationalProcess: null, userErrors: [userError(UserErrorCode.CONFLICT, 'version', `The record is at version ${process.version}; reload it and try again.`)] };
        }
        const before = snapshot(process);
        if (input.stage) process.stage = input.stage;
        if (input.obstacles !== undefined) process.obstacles = input.obstacles;
        if (input.nextStep !== undefined) process.nextStep = input.nextStep;
        if (input.owner !== undefined) process.owner = input.owner;
        if (input.source) process.source = input.source;
        if (lastAssessed) process.lastAssessed = lastAssessed;
        const changes = diff(before, snapshot(process));
        if (Object.keys(changes).length) {
          recordChange(tx, ctx, { action: 'update', recordType: 'NationalProcess', recordId: process.id, changes });
        }
        await tx.flush();
        return { nationalProcess: process, userErrors: [] };
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        return { nationalProcess: null, userErrors: [userError(UserErrorCode.CONFLICT, 'version', 'The record changed meanwhile; reload it and try again.')] };
      }
      throw error;
    }
  }
}
