import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { createAuditedMany, updateAudited } from '../../access/audit/audited-write';
import { ConnectionArgs, pageRequest, pageWhere, toPage } from '../../kernel/graphql/connection';
import { registerKeyset } from '../../kernel/graphql/connection-arguments';
import { type Keyset, keysetOrder } from '../../kernel/graphql/keyset';
import type { HubContext } from '../../context';
import { ListBound } from '../../kernel/graphql/field-cost';
import { registerUuidNodeType } from '../../kernel/graphql/node';
import { type UserError, userError, UserErrorCode } from '../../kernel/graphql/user-errors';
import { Organisation } from '../organisations/organisation.entity';
import { State } from '../participation/state.entity';
import { ProjectModeration } from './enums';
import { checkProjectContent, MAX_BENEFICIARY_STATES, type ProjectContent, projectStateCodes, type RawProject } from './project-content';
import { AssistanceProject } from './project.entity';
import {
  AssistanceProjectConnection,
  AssistanceProjectPayload,
  CreateProjectInput,
  ModerateProjectInput,
  ProjectFilter,
  UpdateProjectInput,
} from './project.types';

registerUuidNodeType('AssistanceProject', AssistanceProject);

export function projectSnapshot(p: AssistanceProject): Record<string, unknown> {
  return {
    mechanism: p.mechanism, title: p.title, reference: p.reference ?? null, description: p.description ?? null,
    implementerName: p.implementerName ?? null, beneficiaryStates: p.beneficiaryStates, beneficiaryRegions: p.beneficiaryRegions,
    regionsAsStated: p.regionsAsStated ?? null, periodFrom: p.periodFrom ?? null, periodTo: p.periodTo ?? null, kinds: p.kinds,
    amount: p.amount ?? null, currency: p.currency ?? null, status: p.status, statusNote: p.statusNote ?? null, sources: p.sources,
    iatiIdentifier: p.iatiIdentifier ?? null, classification: p.classification, moderation: p.moderation,
    rejectionReason: p.rejectionReason ?? null,
  };
}

/** GraphQL input to the raw form checkProjectContent reads. */
export const rawProject = (input: object): RawProject => ({ ...input }) as RawProject;

/** Which of the named states the hub knows, through the request's state loader. */
export async function knownProjectStates(ctx: HubContext, raws: RawProject[]): Promise<Set<string>> {
  const codes = [...new Set(raws.flatMap(projectStateCodes))].filter((c) => /^[A-Z]{3}$/.test(c));
  const states = await ctx.participation.state.loadMany(codes);
  return new Set(states.filter((st): st is State => st instanceof State).map((st) => st.iso3));
}

const asUserErrors = (problems: { field: string; message: string }[]): UserError[] =>
  problems.map((p) => userError(UserErrorCode.INVALID, p.field, p.message));

/** The organisation a contributor writes for (the first, if several). */
/** The condition a ProjectFilter sets, for the list and for the IATI file alike (record scopes apply on top). */
export async function projectWhere(ctx: HubContext, filter: ProjectFilter | null): Promise<Record<string, unknown>> {
  const where: Record<string, unknown> = {};
  if (filter?.mechanism) where.mechanism = filter.mechanism;
  if (filter?.kind) where.kinds = { $contains: [filter.kind] };
  if (filter?.moderation) where.moderation = filter.moderation;
  if (filter?.state) where.beneficiaryStates = { $contains: [filter.state.toUpperCase()] };
  if (filter?.region) {
    const inRegion = (await ctx.em.find(State, { region: filter.region }, { fields: ['iso3'] })).map((s) => s.iso3);
    where.$or = [{ beneficiaryRegions: { $contains: [filter.region] } }, { beneficiaryStates: { $overlap: inRegion } }];
  }
  return where;
}

export const organisationOf = (ctx: HubContext): string | null => [...ctx.viewer.organisations][0] ?? null;

/** A draft to create: checked content, its key, and (for imports) its IATI identifier. */
export interface ProjectDraft {
  content: ProjectContent;
  idempotencyKey: string | null;
  iatiIdentifier?: string | null;
}

/**
 * Creates drafts of the viewer's organisation, each with its audit entry, in one transaction: all
 * or none (createProject: one; an import: a batch).
 */
export function createProjectRecords(ctx: HubContext, organisation: string | null, drafts: ProjectDraft[]) {
  return createAuditedMany(ctx, {
    mutation: 'createProject',
    recordType: 'AssistanceProject',
    about: { owner: organisation, contributedBy: ctx.viewer.personId },
    field: 'title',
    forbidden: 'You may not record assistance projects.',
    snapshot: projectSnapshot,
    build: async (tx) => {
      const org = organisation ? await tx.findOne(Organisation, { id: organisation }) : null;
      const records = drafts.map(({ content, idempotencyKey, iatiIdentifier }) =>
        tx.create(AssistanceProject, {
          id: randomUUID(),
          mechanism: content.mechanism!,
          title: content.title!,
          ...content,
          implementerName: content.implementerName ?? org?.name ?? null,
          organisationIds: org ? [org.id] : [],
          owner: org,
          contributedBy: ctx.viewer.personId,
          idempotencyKey,
          iatiIdentifier: iatiIdentifier ?? null,
          moderation: ProjectModeration.DRAFT,
        }),
      );
      return { records };
    },
  });
}

/** The latest start first (unknown starts last), then when recorded, then id. */
const PROJECT_ORDER: Keyset<AssistanceProject> = {
  list: 'AssistanceProject',
  parts: [
    { field: 'starts', desc: true, nullable: true, kind: 'day', read: (p) => p.starts ?? null },
    { field: 'createdAt', desc: true, kind: 'instant', read: (p) => p.createdAt.toISOString() },
    { field: 'id', desc: false, kind: 'uuid', read: (p) => p.id },
  ],
};
registerKeyset('AssistanceProjectConnection', () => PROJECT_ORDER);

@Resolver(() => AssistanceProject)
export class AssistanceProjectResolver {
  @Query(() => AssistanceProjectConnection, {
    description: 'Assistance projects the viewer may see: published ones up to its level, and its own organisation’s. The latest start first.',
  })
  async projects(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => ProjectFilter, { description: 'Only the projects that match.', nullable: true }) filter: ProjectFilter | null,
    @Ctx() ctx: HubContext,
  ): Promise<AssistanceProjectConnection> {
    const request = pageRequest(page, PROJECT_ORDER);
    const where = await projectWhere(ctx, filter);
    const [rows, totalCount] = await Promise.all([
      ctx.em.find(AssistanceProject, pageWhere(where, PROJECT_ORDER, request), { orderBy: keysetOrder(PROJECT_ORDER, request.forward), limit: request.limit + 1 }),
      ctx.em.count(AssistanceProject, where),
    ]);
    return { ...toPage(rows, request, PROJECT_ORDER), totalCount };
  }

  @ListBound(MAX_BENEFICIARY_STATES)
  @FieldResolver(() => [State], { description: 'The states it is aimed at.' })
  async beneficiaryStates(@Root() project: AssistanceProject, @Ctx() ctx: HubContext): Promise<State[]> {
    const states = await ctx.participation.state.loadMany(project.beneficiaryStates);
    return states.filter((s): s is State => s instanceof State);
  }

  @ListBound(20)
  @FieldResolver(() => [Organisation], { description: 'The organisations the hub knows that implement it or take part.' })
  async organisations(@Root() project: AssistanceProject, @Ctx() ctx: HubContext): Promise<Organisation[]> {
    const found = await Promise.all(project.organisationIds.slice(0, 20).map((id) => ctx.byId.load(Organisation, id)));
    return found.filter((o): o is Organisation => !!o);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation that keeps this record; null: the hub (sourced records).' })
  owner(@Root() project: AssistanceProject, @Ctx() ctx: HubContext): Promise<Organisation | null> {
    return ctx.byId.load(Organisation, project.owner?.id);
  }

  @Mutation(() => AssistanceProjectPayload, {
    description: 'A partner records a project as a draft of its organisation. With an idempotencyKey, a repeat returns the same project.',
  })
  async createProject(@Arg('input', () => CreateProjectInput, { description: 'What to write; see its type.' }) input: CreateProjectInput, @Ctx() ctx: HubContext): Promise<AssistanceProjectPayload> {
    const { idempotencyKey, ...fields } = input;
    const raw = rawProject(fields);
    const { content, problems } = checkProjectContent(raw, await knownProjectStates(ctx, [raw]), { required: true });
    if (idempotencyKey != null && (idempotencyKey.length < 1 || idempotencyKey.length > 200)) {
      problems.push({ field: 'idempotencyKey', message: 'idempotencyKey must be 1 to 200 characters.' });
    }
    if (problems.length) return { project: null, userErrors: asUserErrors(problems) };
    const person = ctx.viewer.personId;
    const replay = () =>
      person && idempotencyKey ? ctx.em.findOne(AssistanceProject, { contributedBy: person, idempotencyKey }, { refresh: true }) : Promise.resolve(null);
    const earlier = await replay();
    if (earlier) return { project: earlier, userErrors: [] };
    try {
      const { records, userErrors } = await createProjectRecords(ctx, organisationOf(ctx), [{ content, idempotencyKey: idempotencyKey ?? null }]);
      return { project: records[0] ?? null, userErrors };
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        const winner = await replay();
        if (winner) return { project: winner, userErrors: [] };
        return { project: null, userErrors: [userError(UserErrorCode.DUPLICATE, 'idempotencyKey', 'This idempotencyKey was used before; send a new one.')] };
      }
      throw error;
    }
  }

  @Mutation(() => AssistanceProjectPayload, { description: 'Edits a draft or rejected project (the Secretariat: any).' })
  async updateProject(@Arg('input', () => UpdateProjectInput, { description: 'What to write; see its type.' }) input: UpdateProjectInput, @Ctx() ctx: HubContext): Promise<AssistanceProjectPayload> {
    const { id, version, ...fields } = input;
    const raw = rawProject(fields);
    const { content, problems } = checkProjectContent(raw, await knownProjectStates(ctx, [raw]), { required: false });
    if (problems.length) return { project: null, userErrors: asUserErrors(problems) };
    return this.change(ctx, 'updateProject', id, version, (project) => {
      if (!ctx.viewer.secretariat && ![ProjectModeration.DRAFT, ProjectModeration.REJECTED].includes(project.moderation)) {
        return [userError(UserErrorCode.INVALID, 'id', `A ${project.moderation.toLowerCase()} project can no longer be edited.`)];
      }
      const next = { starts: project.starts, ends: project.ends, ...content };
      if (next.starts && next.ends && next.ends < next.starts) return [userError(UserErrorCode.INVALID, 'periodTo', 'periodTo cannot be before periodFrom.')];
      Object.assign(project, content);
    });
  }

  @Mutation(() => AssistanceProjectPayload, { description: 'Sends a draft (or a rejected project, edited) to the Secretariat.' })
  submitProject(@Arg('input', () => ModerateProjectInput, { description: 'What to write; see its type.' }) input: ModerateProjectInput, @Ctx() ctx: HubContext): Promise<AssistanceProjectPayload> {
    return this.change(ctx, 'submitProject', input.id, input.version, (project) => {
      if (![ProjectModeration.DRAFT, ProjectModeration.REJECTED].includes(project.moderation)) {
        return [userError(UserErrorCode.INVALID, 'id', `Only a draft or rejected project can be submitted (this one is ${project.moderation}).`)];
      }
      project.moderation = ProjectModeration.SUBMITTED;
      project.rejectionReason = null;
    });
  }

  @Mutation(() => AssistanceProjectPayload, { description: 'The Secretariat publishes a submitted project.' })
  publishProject(@Arg('input', () => ModerateProjectInput, { description: 'What to write; see its type.' }) input: ModerateProjectInput, @Ctx() ctx: HubContext): Promise<AssistanceProjectPayload> {
    return this.change(ctx, 'publishProject', input.id, input.version, (project) => {
      if (project.moderation !== ProjectModeration.SUBMITTED) {
        return [userError(UserErrorCode.INVALID, 'id', `Only a submitted project can be published (this one is ${project.moderation}).`)];
      }
      project.moderation = ProjectModeration.PUBLISHED;
    });
  }

  @Mutation(() => AssistanceProjectPayload, { description: 'The Secretariat rejects a submitted project, with a reason for its organisation.' })
  rejectProject(@Arg('input', () => ModerateProjectInput, { description: 'What to write; see its type.' }) input: ModerateProjectInput, @Ctx() ctx: HubContext): Promise<AssistanceProjectPayload> {
    const reason = input.reason?.trim();
    if (!reason || reason.length > 2000) {
      return Promise.resolve({ project: null, userErrors: [userError(UserErrorCode.INVALID, 'reason', 'A reason of at most 2000 characters is required.')] });
    }
    return this.change(ctx, 'rejectProject', input.id, input.version, (project) => {
      if (project.moderation !== ProjectModeration.SUBMITTED) {
        return [userError(UserErrorCode.INVALID, 'id', `Only a submitted project can be rejected (this one is ${project.moderation}).`)];
      }
      project.moderation = ProjectModeration.REJECTED;
      project.rejectionReason = reason;
    });
  }

  private async change(
    ctx: HubContext,
    mutation: string,
    id: string,
    version: number,
    apply: (project: AssistanceProject) => UserError[] | void,
  ): Promise<AssistanceProjectPayload> {
    const { record, userErrors } = await updateAudited(ctx, {
      mutation, entity: AssistanceProject, recordType: 'AssistanceProject', globalId: id, version,
      snapshot: projectSnapshot,
      apply,
    });
    return { project: record, userErrors };
  }
}
