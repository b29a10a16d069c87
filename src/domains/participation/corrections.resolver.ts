import { randomUUID } from 'node:crypto';
import { OptimisticLockError } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { diff, recordChange } from '../../access/audit/audit-trail';
import { mayWrite } from '../../access/audit/audited-write';
import type { HubContext } from '../../context';
import { ListBound } from '../../kernel/graphql/field-cost';
import { fromGlobalId } from '../../kernel/graphql/node';
import { isoDay } from '../../kernel/graphql/scalars';
import { InputCheck, userError, UserErrorCode } from '../../kernel/graphql/user-errors';
import { CorrectTreatyActionInput, TreatyActionFactsType, TreatyActionPayload } from './corrections.types';
import { participationManifest } from './dataset';
import { DatePrecision, InstrumentType, ProvenanceBasis, TreatyActionKind } from './enums';
import { State } from './state.entity';
import { TreatyActionCorrection, type TreatyActionFacts } from './treaty-action-correction.entity';
import { TreatyAction } from './treaty-action.entity';

/** A state's history: three actions, each corrected a bounded number of times in practice. */
const MAX_HISTORY = 100;

const factsOf = (a: TreatyAction): TreatyActionFacts => ({
  instrument: a.instrument ?? null, precision: a.precision, date: a.date ?? null, year: a.year ?? null,
  earliest: a.earliest, latest: a.latest, basis: a.basis, sources: [...a.sources], note: a.note ?? null,
});

const addDays = (day: string, days: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * The days an action of this kind can lie within, by the treaty's own rules: a signature while the
 * treaty was open for it (Article 20), a deposit from its opening until today, an entry into force
 * from the treaty's and no later than 90 days after today's deposit (Article 22).
 */
function window(kind: TreatyActionKind, today: string): [string, string] {
  const { openedForSignature, entryIntoForce, daysToEntryIntoForce } = participationManifest().treaty;
  if (kind === TreatyActionKind.SIGNATURE) return [openedForSignature, addDays(entryIntoForce, -1)];
  if (kind === TreatyActionKind.CONSENT) return [openedForSignature, today];
  return [entryIntoForce, addDays(today, daysToEntryIntoForce)];
}

@Resolver(() => TreatyActionCorrection)
export class TreatyActionCorrectionResolver {
  @FieldResolver(() => TreatyActionFactsType, { description: 'What the hub said before the correction.' })
  before(@Root() c: TreatyActionCorrection): TreatyActionFactsType {
    return present(c.before);
  }

  @FieldResolver(() => TreatyActionFactsType, { description: 'What the hub says since the correction.' })
  after(@Root() c: TreatyActionCorrection): TreatyActionFactsType {
    return present(c.after);
  }

  @FieldResolver(() => TreatyAction, { description: 'The action corrected.' })
  async action(@Root() c: TreatyActionCorrection, @Ctx() ctx: HubContext): Promise<TreatyAction> {
    return ctx.em.findOneOrFail(TreatyAction, { id: c.action.id });
  }

  @Mutation(() => TreatyActionPayload, {
    description:
      "The Secretariat corrects a treaty action (its date, instrument or note) with a source and a reason. The action's status " +
      'follows at once; what the hub said before stays in `TreatyAction.history` and `State.factHistory`, and the change in the audit trail.',
  })
  async correctTreatyAction(
    @Arg('input', () => CorrectTreatyActionInput, { description: 'What to write; see its type.' }) input: CorrectTreatyActionInput,
    @Ctx() ctx: HubContext,
  ): Promise<TreatyActionPayload> {
    const failed = (...userErrors: ReturnType<typeof userError>[]) => ({ treatyAction: null, correction: null, userErrors });
    const check = new InputCheck();
    check.text('source', input.source, { required: true });
    check.text('reason', input.reason, { required: true });
    check.text('note', input.note);
    const dateGiven = [input.date != null, input.year != null, input.dateUnknown === true].filter(Boolean).length;
    if (dateGiven > 1) check.errors.push(userError(UserErrorCode.INVALID, 'date', 'Give the date one way: date, year or dateUnknown.'));
    if (check.errors.length) return failed(...check.errors);
    if (!mayWrite(ctx, 'correctTreatyAction', {})) {
      return failed(userError(UserErrorCode.FORBIDDEN, 'id', 'Only the Secretariat corrects treaty actions.'));
    }
    const ref = fromGlobalId(input.id);
    const notFound = failed(userError(UserErrorCode.NOT_FOUND, 'id', 'No such TreatyAction.'));
    if (ref?.typeName !== 'TreatyAction' || !/^\d{1,9}$/.test(ref.key)) return notFound;
    try {
      return await ctx.em.transactional(async (tx) => {
        const action = await tx.findOne(TreatyAction, { id: Number(ref.key) });
        if (!action) return notFound;
        if (action.version !== input.version) {
          return failed(userError(UserErrorCode.CONFLICT, 'version', `The action is at version ${action.version}; reload it and try again.`));
        }
        const before = factsOf(action);
        const [from, to] = window(action.kind, ctx.today);
        if (input.date != null) {
          const day = isoDay(input.date);
          if (day < from || day > to) return failed(userError(UserErrorCode.INVALID, 'date', `A ${action.kind} lies between ${from} and ${to}.`));
          Object.assign(action, { precision: DatePrecision.DAY, date: day, year: Number(day.slice(0, 4)), earliest: day, latest: day });
        } else if (input.year != null) {
          const earliest = `${input.year}-01-01` > from ? `${input.year}-01-01` : from;
          const latest = `${input.year}-12-31` < to ? `${input.year}-12-31` : to;
          if (earliest > latest) return failed(userError(UserErrorCode.INVALID, 'year', `A ${action.kind} lies between ${from} and ${to}.`));
          Object.assign(action, { precision: DatePrecision.YEAR, date: null, year: input.year, earliest, latest });
        } else if (input.dateUnknown) {
          Object.assign(action, { precision: DatePrecision.UNKNOWN, date: null, year: null, earliest: from, latest: to });
        }
        if (input.instrument) {
          if (action.kind !== TreatyActionKind.CONSENT) {
            return failed(userError(UserErrorCode.INVALID, 'instrument', 'Only the deposit (CONSENT) has an instrument.'));
          }
          action.instrument = input.instrument;
        }
        if (input.note !== undefined) action.note = input.note?.trim() || null;
        // The corrected facts rest on the Secretariat's source, kept in the correction.
        action.basis = ProvenanceBasis.SOURCED;
        const after = factsOf(action);
        const changes = diff(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>);
        if (!Object.keys(changes).some((k) => k !== 'basis')) {
          return failed(userError(UserErrorCode.INVALID, 'id', 'Nothing to correct: the action already says this.'));
        }
        await tx.flush();
        const correction = tx.create(TreatyActionCorrection, {
          id: randomUUID(), action, state: action.state, correctedAt: new Date(), before, after,
          source: input.source.trim(), reason: input.reason.trim(),
          correctedBy: ctx.viewer.name ? `${ctx.viewer.name} (${ctx.viewer.subject})` : String(ctx.viewer.subject),
          version: action.version,
        });
        await recordChange(tx, ctx, {
          action: 'update', recordType: 'TreatyAction', recordId: String(action.id),
          changes: { ...changes, source: { from: null, to: correction.source }, reason: { from: null, to: correction.reason } },
        });
        await tx.flush();
        return { treatyAction: action, correction, userErrors: [] };
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        return failed(userError(UserErrorCode.CONFLICT, 'version', 'The action changed meanwhile; reload it and try again.'));
      }
      throw error;
    }
  }
}

function present(f: TreatyActionFacts): TreatyActionFactsType {
  return {
    instrument: (f.instrument as InstrumentType | null) ?? null,
    date: { precision: f.precision as DatePrecision, date: f.date, year: f.year, earliest: f.earliest, latest: f.latest },
    basis: f.basis as ProvenanceBasis,
    sources: f.sources.slice(0, 20),
    note: f.note,
  };
}

@Resolver(() => TreatyAction)
export class TreatyActionHistoryResolver {
  @ListBound(MAX_HISTORY)
  @FieldResolver(() => [TreatyActionCorrection], { description: 'The corrections recorded to this action, newest first (empty: as shipped).' })
  history(@Root() action: TreatyAction, @Ctx() ctx: HubContext): Promise<TreatyActionCorrection[]> {
    return ctx.em.find(TreatyActionCorrection, { action: action.id }, { orderBy: { correctedAt: 'desc', version: 'desc' }, limit: MAX_HISTORY });
  }
}

@Resolver(() => State)
export class StateFactHistoryResolver {
  @ListBound(MAX_HISTORY)
  @FieldResolver(() => [TreatyActionCorrection], {
    description: "Every correction recorded to this state's treaty actions, newest first: what the hub said before, why, on which source.",
  })
  factHistory(@Root() state: State, @Ctx() ctx: HubContext): Promise<TreatyActionCorrection[]> {
    return ctx.em.find(TreatyActionCorrection, { state: state.iso3 }, { orderBy: { correctedAt: 'desc', version: 'desc' }, limit: MAX_HISTORY });
  }
}
