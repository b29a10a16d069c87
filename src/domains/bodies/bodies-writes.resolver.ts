import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { diff, recordChange } from '../../access/audit/audit-trail';
import { createAudited, mayWrite, updateAudited } from '../../access/audit/audited-write';
import { UUID } from '../../kernel/db/stable-id';
import type { HubContext } from '../../context';
import { fromGlobalId } from '../../kernel/graphql/node';
import { isoDay } from '../../kernel/graphql/scalars';
import { InputCheck, userError, UserErrorCode, type UserError } from '../../kernel/graphql/user-errors';
import { Decision } from '../meetings/decision.entity';
import { DecisionOutcome, DecisionStatus } from '../meetings/enums';
import { DecisionPayload } from '../meetings/meetings.types';
import { Meeting } from '../meetings/meeting.entity';
import { TreatyDocument } from '../meetings/treaty-document.entity';
import { Language } from '../participation/enums';
import { State } from '../participation/state.entity';
import { CYCLE } from '../universalization/priority.resolver';
import {
  AddCycleInput,
  AddMeetingInput,
  AppointOfficeHolderInput,
  CyclePayload,
  DocumentPayload,
  EndOfficeHoldingInput,
  MeetingPayload,
  OfficeHoldingPayload,
  RecordDecisionOutcomeInput,
  RegisterDocumentInput,
} from './bodies.types';
import { Cycle } from './cycle.entity';
import { TermBasis } from './enums';
import { OfficeHolding } from './office-holding.entity';
import { Person } from './person.entity';

/** A UN-style ATT document symbol: ATT/ then parts of letters, digits and . - separated by slashes. */
const SYMBOL = /^ATT\/[A-Za-z0-9.-]+(\/[A-Za-z0-9.-]+)*$/;
const LANGUAGES = new Set<string>(Object.values(Language));

const holdingSnapshot = (h: OfficeHolding): Record<string, unknown> => ({
  person: h.person?.id ?? null, body: h.body ?? null, office: h.office, cycle: h.cycle ?? null, region: h.region ?? null,
  representingState: h.representingState?.iso3 ?? null, validFrom: h.validFrom ?? null, validTo: h.validTo ?? null,
  startBasis: h.startBasis ?? null, endBasis: h.endBasis ?? null, source: h.source ?? null, endSource: h.endSource ?? null, note: h.note ?? null,
});

/**
 * Creates a record that has no version of its own (a cycle, a meeting, a document): the right is
 * checked, the record and its audit entry are written in one transaction, or neither.
 */
async function createRecordAudited<E extends object>(
  ctx: HubContext,
  options: {
    mutation: string;
    recordType: string;
    field: string;
    build: (tx: EntityManager) => Promise<E | UserError[]>;
    key: (record: E) => string;
    snapshot: (record: E) => Record<string, unknown>;
  },
): Promise<{ record: E | null; userErrors: UserError[] }> {
  if (!mayWrite(ctx, options.mutation, {})) {
    return { record: null, userErrors: [userError(UserErrorCode.FORBIDDEN, options.field, 'Only the Secretariat keeps the record of the bodies.')] };
  }
  return ctx.em.transactional(async (tx) => {
    const built = await options.build(tx);
    if (Array.isArray(built)) return { record: null, userErrors: built };
    recordChange(tx, ctx, { action: 'create', recordType: options.recordType, recordId: options.key(built), changes: diff({}, options.snapshot(built)) });
    await tx.flush();
    return { record: built, userErrors: [] };
  });
}

/** Input that names a cycle must name one the hub has. */
async function cycleOf(tx: EntityManager, code: string | null | undefined): Promise<Cycle | null | UserError[]> {
  if (!code) return null;
  const cycle = CYCLE.test(code) ? await tx.findOne(Cycle, { code }) : null;
  return cycle ?? [userError(UserErrorCode.NOT_FOUND, 'cycle', `No cycle ${code}; add it first (addCycle).`)];
}

/** The Secretariat keeps the record of the bodies current: appointments, cycles, meetings, documents, outcomes. */
@Resolver()
export class BodiesWritesResolver {
  @Mutation(() => OfficeHoldingPayload, { description: 'The Secretariat records an appointment to an office, with its source.' })
  async appointOfficeHolder(
    @Arg('input', () => AppointOfficeHolderInput, { description: 'What to write; see its type.' }) input: AppointOfficeHolderInput,
    @Ctx() ctx: HubContext,
  ): Promise<OfficeHoldingPayload> {
    const check = new InputCheck();
    check.text('source', input.source, { required: true });
    check.text('note', input.note);
    check.text('personName', input.personName, { max: 300 });
    if (!input.personId === !input.personName?.trim()) {
      check.errors.push(userError(UserErrorCode.INVALID, 'personId', 'Give either personId (a person the hub knows) or personName.'));
    }
    if (input.representingState) check.iso3('representingState', input.representingState);
    const validFrom = isoDay(input.validFrom);
    const validTo = input.validTo ? isoDay(input.validTo) : null;
    if (validTo && validTo < validFrom) check.errors.push(userError(UserErrorCode.INVALID, 'validTo', 'The term cannot end before it starts.'));
    if (check.errors.length) return { officeHolding: null, userErrors: check.errors };
    const { record, userErrors } = await createAudited(ctx, {
      mutation: 'appointOfficeHolder',
      recordType: 'OfficeHolding',
      field: 'body',
      forbidden: 'Only the Secretariat records appointments.',
      snapshot: holdingSnapshot,
      build: async (tx) => {
        let person: Person | null = null;
        if (input.personId) {
          const ref = fromGlobalId(input.personId);
          person = ref?.typeName === 'Person' && UUID.test(ref.key) ? await tx.findOne(Person, { id: ref.key }) : null;
          if (!person) return [userError(UserErrorCode.NOT_FOUND, 'personId', 'No such person.')];
        } else {
          person = tx.create(Person, { id: randomUUID(), subject: null, name: input.personName!.trim(), organisation: null, demo: false });
        }
        const state = input.representingState ? await tx.findOne(State, { iso3: input.representingState.toUpperCase() }) : null;
        if (input.representingState && !state) return [userError(UserErrorCode.NOT_FOUND, 'representingState', `No state ${input.representingState}.`)];
        const cycle = await cycleOf(tx, input.cycle);
        if (Array.isArray(cycle)) return cycle;
        return tx.create(OfficeHolding, {
          id: randomUUID(), person, body: input.body, office: input.office, cycle: cycle?.code ?? null, region: input.region ?? null,
          representingState: state, representingOrganisation: null, validFrom, validTo,
          startBasis: TermBasis.SOURCED, endBasis: validTo ? TermBasis.SOURCED : null, source: input.source, endSource: null,
          note: input.note ?? null, demo: false,
        });
      },
    });
    return { officeHolding: record, userErrors };
  }

  @Mutation(() => OfficeHoldingPayload, {
    description: "The Secretariat records the end of a term, with its source: the holder loses the office's rights the day after validTo.",
  })
  async endOfficeHolding(@Arg('input', () => EndOfficeHoldingInput, { description: 'What to write; see its type.' }) input: EndOfficeHoldingInput, @Ctx() ctx: HubContext): Promise<OfficeHoldingPayload> {
    const check = new InputCheck();
    check.text('source', input.source, { required: true });
    if (check.errors.length) return { officeHolding: null, userErrors: check.errors };
    const validTo = isoDay(input.validTo);
    const { record, userErrors } = await updateAudited(ctx, {
      mutation: 'endOfficeHolding',
      entity: OfficeHolding,
      recordType: 'OfficeHolding',
      globalId: input.id,
      version: input.version,
      snapshot: holdingSnapshot,
      apply: (h) => {
        if (h.endSource) {
          return [userError(UserErrorCode.INVALID, 'id', `This term was already ended on ${h.validTo}.`)];
        }
        if (h.validFrom && validTo < h.validFrom) return [userError(UserErrorCode.INVALID, 'validTo', `The term started on ${h.validFrom}; it cannot end before.`)];
        h.validTo = validTo;
        h.endBasis = TermBasis.SOURCED;
        h.endSource = input.source;
      },
    });
    return { officeHolding: record, userErrors };
  }

  @Mutation(() => DecisionPayload, {
    description: 'The Secretariat records what the conference did with a proposal (adopted, endorsed, noted, deferred, rejected), with its source.',
  })
  async recordDecisionOutcome(
    @Arg('input', () => RecordDecisionOutcomeInput, { description: 'What to write; see its type.' }) input: RecordDecisionOutcomeInput,
    @Ctx() ctx: HubContext,
  ): Promise<DecisionPayload> {
    const check = new InputCheck();
    check.text('source', input.source, { required: true });
    check.text('note', input.note);
    if (input.outcome === DecisionOutcome.NOT_RECORDED) {
      check.errors.push(userError(UserErrorCode.INVALID, 'outcome', 'Record what the conference did; NOT_RECORDED is what the hub says until then.'));
    }
    if (check.errors.length) return { decision: null, userErrors: check.errors };
    const { record, userErrors } = await updateAudited(ctx, {
      mutation: 'recordDecisionOutcome',
      entity: Decision,
      recordType: 'Decision',
      globalId: input.id,
      version: input.version,
      snapshot: (d) => ({ outcome: d.outcome, outcomeSource: d.outcomeSource ?? null, outcomeNote: d.outcomeNote ?? null, status: d.status }),
      apply: (d) => {
        d.outcome = input.outcome;
        d.outcomeSource = input.source;
        d.outcomeNote = input.note ?? null;
        // The older status follows: taken unless rejected or deferred.
        d.status = input.outcome === DecisionOutcome.REJECTED ? DecisionStatus.NOT_TAKEN
          : input.outcome === DecisionOutcome.DEFERRED ? DecisionStatus.PROPOSED : DecisionStatus.TAKEN;
        d.statusSource = input.source;
      },
    });
    return { decision: record, userErrors };
  }

  @Mutation(() => CyclePayload, { description: 'The Secretariat adds a CSP cycle (e.g. CSP13), with its source.' })
  async addCycle(@Arg('input', () => AddCycleInput, { description: 'What to write; see its type.' }) input: AddCycleInput, @Ctx() ctx: HubContext): Promise<CyclePayload> {
    const check = new InputCheck();
    check.text('source', input.source, { required: true });
    check.text('place', input.place, { max: 300 });
    check.text('theme', input.theme);
    check.text('note', input.note);
    if (!CYCLE.test(input.code)) check.errors.push(userError(UserErrorCode.INVALID, 'code', 'code must look like CSP13.'));
    const from = input.conferenceFrom ? isoDay(input.conferenceFrom) : null;
    const to = input.conferenceTo ? isoDay(input.conferenceTo) : null;
    if (from && to && to < from) check.errors.push(userError(UserErrorCode.INVALID, 'conferenceTo', 'The conference cannot end before it starts.'));
    if (check.errors.length) return { cycle: null, userErrors: check.errors };
    const { record, userErrors } = await createRecordAudited<Cycle>(ctx, {
      mutation: 'addCycle',
      recordType: 'Cycle',
      field: 'code',
      key: (c) => c.code,
      snapshot: (c) => ({ code: c.code, conferenceFrom: c.conferenceFrom ?? null, conferenceTo: c.conferenceTo ?? null, place: c.place ?? null, theme: c.theme ?? null, source: c.source ?? null }),
      build: async (tx) => {
        if (await tx.findOne(Cycle, { code: input.code })) return [userError(UserErrorCode.DUPLICATE, 'code', `The hub has ${input.code} already.`)];
        return tx.create(Cycle, {
          code: input.code, number: Number(input.code.slice(3)), conferenceFrom: from, conferenceTo: to, place: input.place ?? null,
          theme: input.theme ?? null, finalReportSymbol: null, note: input.note ?? null, source: input.source, recordedByHub: true,
        });
      },
    });
    return { cycle: record, userErrors };
  }

  @Mutation(() => MeetingPayload, { description: 'The Secretariat adds a meeting of a body, with its source.' })
  async addMeeting(@Arg('input', () => AddMeetingInput, { description: 'What to write; see its type.' }) input: AddMeetingInput, @Ctx() ctx: HubContext): Promise<MeetingPayload> {
    const check = new InputCheck();
    check.text('title', input.title, { required: true, max: 300 });
    check.text('source', input.source, { required: true });
    const date = isoDay(input.date);
    const endDate = input.endDate ? isoDay(input.endDate) : null;
    if (endDate && endDate < date) check.errors.push(userError(UserErrorCode.INVALID, 'endDate', 'A meeting cannot end before it starts.'));
    if (check.errors.length) return { meeting: null, userErrors: check.errors };
    const { record, userErrors } = await createRecordAudited<Meeting>(ctx, {
      mutation: 'addMeeting',
      recordType: 'Meeting',
      field: 'body',
      key: (m) => m.id,
      snapshot: (m) => ({ body: m.body, cycle: m.cycle?.code ?? null, title: m.title, date: m.date, endDate: m.endDate ?? null, source: m.source ?? null }),
      build: async (tx) => {
        const cycle = await cycleOf(tx, input.cycle);
        if (Array.isArray(cycle)) return cycle;
        return tx.create(Meeting, {
          id: randomUUID(), body: input.body, cycle, ordinal: null, title: input.title.trim(), date, endDate, livestreamed: null,
          reportedIn: null, reportedAt: null, source: input.source,
        });
      },
    });
    return { meeting: record, userErrors };
  }

  @Mutation(() => DocumentPayload, { description: 'The Secretariat registers a document by its symbol, with its source.' })
  async registerDocument(@Arg('input', () => RegisterDocumentInput, { description: 'What to write; see its type.' }) input: RegisterDocumentInput, @Ctx() ctx: HubContext): Promise<DocumentPayload> {
    const check = new InputCheck();
    check.text('symbol', input.symbol, { required: true, max: 200 });
    check.text('title', input.title, { max: 500 });
    check.text('source', input.source, { required: true });
    if (input.symbol && input.symbol.length <= 200 && !SYMBOL.test(input.symbol)) {
      check.errors.push(userError(UserErrorCode.INVALID, 'symbol', 'symbol must be an ATT document symbol, e.g. ATT/CSP12.WGTU/2026/CHAIR/900/Conf.Rep.'));
    }
    const languages = input.languages ?? [];
    if (languages.some((l) => !LANGUAGES.has(l)) || new Set(languages).size !== languages.length) {
      check.errors.push(userError(UserErrorCode.INVALID, 'languages', 'languages are distinct codes of the six UN languages (ar, zh, en, fr, ru, es).'));
    }
    if (check.errors.length) return { document: null, userErrors: check.errors };
    const { record, userErrors } = await createRecordAudited<TreatyDocument>(ctx, {
      mutation: 'registerDocument',
      recordType: 'TreatyDocument',
      field: 'symbol',
      key: (d) => d.id,
      snapshot: (d) => ({ symbol: d.symbol ?? null, title: d.title ?? null, body: d.body ?? null, cycle: d.cycle?.code ?? null, issuedOn: d.issuedOn ?? null, languages: d.languages, note: d.note ?? null }),
      build: async (tx) => {
        if (await tx.findOne(TreatyDocument, { symbol: input.symbol })) return [userError(UserErrorCode.DUPLICATE, 'symbol', `The hub has ${input.symbol} already.`)];
        const cycle = await cycleOf(tx, input.cycle);
        if (Array.isArray(cycle)) return cycle;
        return tx.create(TreatyDocument, {
          id: randomUUID(), symbol: input.symbol, title: input.title ?? null, body: input.body ?? null, cycle,
          issuedOn: input.issuedOn ? isoDay(input.issuedOn) : null, languages, note: `Source: ${input.source}`,
        });
      },
    });
    return { document: record, userErrors };
  }
}
