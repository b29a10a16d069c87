import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { updateAudited } from '../../access/audit/audited-write';
import type { HubContext } from '../../context';
import { PayloadShare } from '../../kernel/graphql/field-cost';
import { toGlobalId } from '../../kernel/graphql/node';
import { userError, UserErrorCode } from '../../kernel/graphql/user-errors';
import { hiddenCharacterProblem } from '../../kernel/graphql/input-text';
import { heavyWork, yieldToSmallRequests } from '../../kernel/http/admission';
import { State } from '../participation/state.entity';
import type { ImportRowError } from '../activities/activity.types';
import { ProjectModeration } from './enums';
import { UUID } from '../../kernel/db/stable-id';
import { HUB_REF, iatiDocument, iatiIdentifierOf, MAX_IATI_CHARS, MAX_IMPORT_PROJECTS, readIati } from './iati';
import { checkProjectContent, type ProjectContent } from './project-content';
import { AssistanceProject } from './project.entity';
import { createProjectRecords, organisationOf, projectSnapshot, projectWhere } from './project.resolver';
import { ImportProjectsInput, ImportProjectsPayload, ProjectFilter } from './project.types';

const BATCH = 50;

/** Whether a project's content already says what a row says (so importing it again writes nothing). */
function same(project: AssistanceProject, content: ProjectContent): boolean {
  const before = projectSnapshot(project);
  return Object.entries(content).every(([k, v]) => k === 'starts' || k === 'ends' || JSON.stringify(before[k] ?? null) === JSON.stringify(v ?? null));
}

@Resolver()
export class ProjectExchangeResolver {
  @Query(() => String, {
    description:
      'The projects the viewer may see (at most 1,000, the latest start first) as an IATI activity file, version 2.03, ' +
      'for other registers to take. `importProjects` reads it back unchanged.',
  })
  async projectsIati(@Arg('filter', () => ProjectFilter, { description: 'Only the projects that match.', nullable: true }) filter: ProjectFilter | null, @Ctx() ctx: HubContext): Promise<string> {
    const where = await projectWhere(ctx, filter);
    const projects = await ctx.em.find(AssistanceProject, where, { orderBy: { starts: 'desc nulls last', id: 'asc' }, limit: MAX_IMPORT_PROJECTS });
    const states = await ctx.em.find(State, {}, { fields: ['iso3', 'iso2'] });
    const iso2 = new Map(states.map((s) => [s.iso3, s.iso2]));
    return iatiDocument(projects, (c) => iso2.get(c), new Date());
  }

  @PayloadShare((args) => {
    const xml = (args.input as { iatiXml?: unknown } | undefined)?.iatiXml;
    return typeof xml === 'string' ? Math.min(1, (xml.split('<iati-activity').length - 1) / MAX_IMPORT_PROJECTS) : 1;
  })
  @Mutation(() => ImportProjectsPayload, {
    description:
      "A partner imports projects from an IATI activity file (2.03) as drafts of its organisation. Each activity is keyed by its " +
      'iati-identifier: a new one is created, one of its own organisation already imported is updated while still a draft (or left ' +
      "as it is when unchanged), and one another organisation (or the hub) keeps is never overwritten. Every refused activity " +
      'comes back with its position and reason; the file named in `source` is kept with each project.',
  })
  async importProjects(@Arg('input', () => ImportProjectsInput, { description: 'What to write; see its type.' }) input: ImportProjectsInput, @Ctx() ctx: HubContext): Promise<ImportProjectsPayload> {
    const empty = { imported: [], unchanged: 0, rowErrors: [] };
    if (input.iatiXml.length > MAX_IATI_CHARS) {
      return { ...empty, userErrors: [userError(UserErrorCode.INVALID, 'iatiXml', `At most ${MAX_IATI_CHARS} characters at a time.`)] };
    }
    const source = input.source?.trim() || null;
    const hidden = source ? hiddenCharacterProblem(source) : undefined;
    if (source && (hidden || source.length > 1000)) {
      return { ...empty, userErrors: [userError(UserErrorCode.INVALID, 'source', hidden ? `source ${hidden}` : 'source must be at most 1000 characters.')] };
    }
    // The heavy place is waited for outside the request's transaction (see activity-import.resolver.ts).
    await ctx.transaction.pause();
    return heavyWork(ctx.admission, async () => {
      await ctx.transaction.begin();
      const read = readIati(input.iatiXml);
      if ('error' in read) return { ...empty, userErrors: [userError(UserErrorCode.INVALID, 'iatiXml', read.error)] };
      return importRows(ctx, read.rows, source);
    });
  }
}

async function importRows(ctx: HubContext, rows: ReturnType<typeof readIati> extends infer R ? (R extends { rows: infer X } ? X : never) : never, source: string | null): Promise<ImportProjectsPayload> {
  const rowErrors: ImportRowError[] = [];
  const refuse = (line: number, field: string | null, message: string) => rowErrors.push({ line, field, message });
  const states = await ctx.em.find(State, {}, { fields: ['iso3', 'iso2'] });
  const iso3 = new Map(states.map((s) => [s.iso2, s.iso3]));
  const known = new Set(states.map((s) => s.iso3));
  const organisation = organisationOf(ctx);
  // Every record with these identifiers, whoever keeps it: one kept by another is refused, never overwritten.
  const identifiers = rows.map((r) => r.identifier).filter((i): i is string => !!i);
  // The hub's own identifiers (HUB_REF-<id>) name its records by id: a file the hub wrote finds them again.
  const ids = identifiers.map((i) => (i.startsWith(`${HUB_REF}-`) ? i.slice(HUB_REF.length + 1) : '')).filter((id) => UUID.test(id));
  const existing = new Map(
    (await ctx.em.find(AssistanceProject, { $or: [{ iatiIdentifier: { $in: identifiers } }, { id: { $in: ids } }] }, { filters: false }))
      .map((p) => [iatiIdentifierOf(p), p]),
  );
  // Records the viewer may not see (row-level security hides another organisation's drafts) are
  // still kept by someone: the database says which identifiers are taken, and nothing more.
  const kept = new Set<string>();
  if (identifiers.length) {
    const taken: { iati_identifier: string | null; id: string }[] = await ctx.em.execute(
      // As JSON: the query builder would spread an array parameter into a list.
      `select iati_identifier, id from iati_identifiers_kept(
         array(select json_array_elements_text(?::json)), array(select json_array_elements_text(?::json))::uuid[])`,
      [JSON.stringify(identifiers), JSON.stringify(ids)]);
    for (const row of taken) kept.add(row.iati_identifier ?? `${HUB_REF}-${row.id}`);
  }
  const mine = (p: AssistanceProject) =>
    p.owner ? !!organisation && p.owner.id === organisation : !!p.contributedBy && p.contributedBy.id === ctx.viewer.personId;

  const fresh: { line: number; identifier: string; content: ProjectContent }[] = [];
  const changed: { line: number; project: AssistanceProject; content: ProjectContent }[] = [];
  const seen = new Set<string>();
  let unchanged = 0;
  for (const row of rows) {
    const problems = [...row.problems];
    const unknown = row.countries.filter((c) => !iso3.has(c));
    if (unknown.length) problems.push({ field: 'recipient-country', message: `Unknown country codes: ${unknown.slice(0, 5).join(', ')}.` });
    const raw = { ...row.raw, beneficiaryStates: row.countries.flatMap((c) => iso3.get(c) ?? []), sources: [...(row.raw.sources as string[]), ...(source ? [source] : [])] };
    const { content, problems: more } = checkProjectContent(raw, known, { required: true });
    problems.push(...more);
    if (row.identifier && seen.has(row.identifier)) problems.push({ field: 'iati-identifier', message: `${row.identifier} comes twice in the file; the first is taken.` });
    if (problems.length) {
      for (const p of problems) refuse(row.position, p.field, row.identifier ? `${row.identifier}: ${p.message}` : p.message);
      continue;
    }
    const identifier = row.identifier!;
    seen.add(identifier);
    // A file naming no implementer leaves it as the organisation importing (as createProject does).
    if (content.implementerName == null) delete content.implementerName;
    const earlier = existing.get(identifier);
    if (!earlier && kept.has(identifier)) refuse(row.position, 'iati-identifier', `${identifier} is kept by another organisation; it was not overwritten.`);
    else if (!earlier) fresh.push({ line: row.position, identifier, content });
    else if (!mine(earlier)) refuse(row.position, 'iati-identifier', `${identifier} is kept by another organisation; it was not overwritten.`);
    else if (same(earlier, content)) unchanged++;
    else if (![ProjectModeration.DRAFT, ProjectModeration.REJECTED].includes(earlier.moderation)) {
      refuse(row.position, 'iati-identifier', `${identifier} is ${earlier.moderation.toLowerCase()}; it can no longer be changed by an import.`);
    } else changed.push({ line: row.position, project: earlier, content });
  }

  const imported: AssistanceProject[] = [];
  for (let at = 0; at < fresh.length; at += BATCH) {
    // Each batch committed on its own, and small requests served in between.
    if (at) await ctx.transaction.step();
    await yieldToSmallRequests(ctx.admission);
    const batch = fresh.slice(at, at + BATCH);
    const { records, userErrors } = await createProjectRecords({ ...ctx, em: ctx.em.fork({ keepTransactionContext: true }) }, organisation, batch.map((r) => ({
      content: r.content, idempotencyKey: `iati:${r.identifier}`, iatiIdentifier: r.identifier,
    })));
    if (userErrors.length) return { imported, unchanged, rowErrors, userErrors };
    imported.push(...records);
  }
  for (const { line, project, content } of changed) {
    const { record, userErrors } = await updateAudited({ ...ctx, em: ctx.em.fork({ keepTransactionContext: true }) }, {
      mutation: 'updateProject', entity: AssistanceProject, recordType: 'AssistanceProject', globalId: toGlobalId('AssistanceProject', project.id),
      version: project.version, snapshot: projectSnapshot,
      apply: (p) => {
        Object.assign(p, content);
      },
    });
    if (record) imported.push(record);
    for (const e of userErrors) refuse(line, e.field.at(-1) ?? null, `${project.iatiIdentifier}: ${e.message}`);
  }
  rowErrors.sort((a, b) => a.line - b.line);
  return { imported, unchanged, rowErrors, userErrors: [] };
}
