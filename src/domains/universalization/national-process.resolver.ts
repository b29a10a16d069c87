import { randomUUID } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { createAudited, updateAudited } from '../../access/audit/audited-write';
import { restrictedPage } from '../../access/audit/restricted-lists';
import type { HubContext } from '../../context';
import { ConnectionArgs, pageRequest, toPage } from '../../kernel/graphql/connection';
import { registerKeyset } from '../../kernel/graphql/connection-arguments';
import type { Keyset } from '../../kernel/graphql/keyset';
import { registerUuidNodeType } from '../../kernel/graphql/node';
import { isoDay } from '../../kernel/graphql/scalars';
import { InputCheck, userError, UserErrorCode } from '../../kernel/graphql/user-errors';
import { State } from '../participation/state.entity';
import { filterFacts } from '../../access/policy/filters';
import { NationalProcess } from './national-process.entity';
import {
  CreateNationalProcessInput,
  NationalProcessConnection,
  NationalProcessFilter,
  NationalProcessPayload,
  UpdateNationalProcessInput,
} from './universalization.types';

registerUuidNodeType('NationalProcess', NationalProcess);

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

/** By state code (one process per state). */
const NATIONAL_PROCESS_ORDER: Keyset<NationalProcess> = {
  list: 'NationalProcess',
  parts: [{ field: 'state', desc: false, kind: 'code', read: (p) => p.state.iso3 }],
};
registerKeyset('NationalProcessConnection', () => NATIONAL_PROCESS_ORDER);

@Resolver(() => NationalProcess)
export class NationalProcessResolver {
  @Query(() => NationalProcessConnection, {
    nullable: true,
    description: 'National processes the viewer may see (all, or those of its own state or region).',
  })
  async nationalProcesses(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => NationalProcessFilter, { description: 'Only the processes that match.', nullable: true }) filter: NationalProcessFilter | null,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NationalProcessConnection> {
    const request = pageRequest(page, NATIONAL_PROCESS_ORDER);
    const { rows, totalCount } = await restrictedPage(
      ctx,
      info,
      {
        entity: NationalProcess,
        recordType: 'NationalProcess',
        where: {
          ...(filter?.stage ? { stage: filter.stage } : {}),
          ...(filter?.region ? { state: { region: filter.region } } : {}),
        },
        order: NATIONAL_PROCESS_ORDER,
        facts: filterFacts('NationalProcessFilter', filter),
      },
      request,
    );
    return { ...toPage(rows, request, NATIONAL_PROCESS_ORDER), totalCount };
  }

  @FieldResolver(() => State, { nullable: true })
  state(@Root() process: NationalProcess, @Ctx() ctx: HubContext): Promise<State | null> {
    return ctx.participation.state.load(process.state.iso3);
  }

  @Mutation(() => NationalProcessPayload, { description: "Records a state's national process (one per state)." })
  async createNationalProcess(
    @Arg('input', () => CreateNationalProcessInput, { description: 'What to write; see its type.' }) input: CreateNationalProcessInput,
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
    if (!state) {
      return { nationalProcess: null, userErrors: [userError(UserErrorCode.NOT_FOUND, 'stateIso3', `State ${iso3} was not found.`)] };
    }
    const { record, userErrors } = await createAudited(ctx, {
      mutation: 'createNationalProcess',
      recordType: 'NationalProcess',
      about: { state },
      field: 'stateIso3',
      forbidden: `You may not record the national process of ${iso3}.`,
      snapshot,
      build: async (tx) => {
        // Counted past the record scope: a duplicate must be refused even if it is not visible.
        if (await tx.count(NationalProcess, { state: iso3 }, { filters: false })) {
          return [userError(UserErrorCode.DUPLICATE, 'stateIso3', `${iso3} already has a national process: update it.`)];
        }
        return tx.create(NationalProcess, {
          id: randomUUID(),
          state: tx.getReference(State, iso3),
          stage: input.stage,
          obstacles: input.obstacles ?? null,
          nextStep: input.nextStep ?? null,
          owner: input.owner ?? null,
          lastAssessed,
          source: input.source,
        });
      },
    });
    return { nationalProcess: record, userErrors };
  }

  @Mutation(() => NationalProcessPayload, { description: 'Changes a national process; `version` must be the current one.' })
  async updateNationalProcess(
    @Arg('input', () => UpdateNationalProcessInput, { description: 'What to write; see its type.' }) input: UpdateNationalProcessInput,
    @Ctx() ctx: HubContext,
  ): Promise<NationalProcessPayload> {
    const check = new InputCheck();
    for (const f of ['obstacles', 'nextStep', 'owner', 'source'] as const) check.text(f, input[f]);
    if (input.source != null && input.source.trim() === '') check.text('source', input.source, { required: true });
    const lastAssessed = input.lastAssessed ? isoDay(input.lastAssessed) : undefined;
    check.notAfter('lastAssessed', lastAssessed, ctx.today);
    if (check.errors.length) return { nationalProcess: null, userErrors: check.errors };

    const { record, userErrors } = await updateAudited(ctx, {
      mutation: 'updateNationalProcess',
      entity: NationalProcess,
      recordType: 'NationalProcess',
      globalId: input.id,
      version: input.version,
      snapshot,
      apply: (process) => {
        if (input.stage) process.stage = input.stage;
        if (input.obstacles !== undefined) process.obstacles = input.obstacles;
        if (input.nextStep !== undefined) process.nextStep = input.nextStep;
        if (input.owner !== undefined) process.owner = input.owner;
        if (input.source) process.source = input.source;
        if (lastAssessed) process.lastAssessed = lastAssessed;
      },
    });
    return { nationalProcess: record, userErrors };
  }
}
