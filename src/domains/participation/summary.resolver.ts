import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../context';
import { DateScalar, isoDay } from '../../kernel/graphql/scalars';
import { AttRegion, ParticipationStatus, MAX_STATES } from './enums';
import { countByRegionAndStatus, type StatusCount } from './participation.sql';
import { ParticipationSummary, RegionParticipation } from './participation.types';
import { Weight } from '../../kernel/graphql/field-cost';
import { CountBasis, certaintyNote, certaintyOn, countingBasis } from './dataset';

/** The counts of one region, or of all, from the database's counts by region and status. */
export function tally(counts: StatusCount[]): Omit<RegionParticipation, 'region'> {
  const of = (status: ParticipationStatus | null) =>
    counts.filter((c) => c.status === status).reduce((n, c) => n + c.states, 0);
  return {
    statesParties: of(ParticipationStatus.STATE_PARTY),
    signatories: of(ParticipationStatus.SIGNATORY),
    nonSignatories: of(ParticipationStatus.NON_SIGNATORY),
    undetermined: of(null),
    inForce: counts.reduce((n, c) => n + c.inForce, 0),
    inForceUndetermined: counts.reduce((n, c) => n + c.inForceUndetermined, 0),
    total: counts.reduce((n, c) => n + c.states, 0),
  };
}

@Resolver(() => ParticipationSummary)
export class ParticipationSummaryResolver {
  // Every state's status is derived to count them.
  @Weight(MAX_STATES)
  @Query(() => ParticipationSummary, {
    description:
      'How many states are States Parties, signatories and neither on a day (default today), overall and by region. ' +
      'A day after the data was compiled is answered with the last known statuses (certainty LAST_KNOWN). ' +
      "basis ATT_SECRETARIAT counts the 195 states the ATT Secretariat's published figures cover (the hub's 196 without the Holy See).",
  })
  async participationSummary(
    @Arg('asOf', () => DateScalar, { description: 'The day counted (default: today).', nullable: true }) asOf: Date | null,
    @Arg('region', () => AttRegion, { description: 'Only the states of this region.', nullable: true }) region: AttRegion | null,
    @Arg('basis', () => CountBasis, {
      description: "Whose count of states: the hub's 196 (default) or the ATT Secretariat's 195.",
      defaultValue: CountBasis.HUB,
    }) basis: CountBasis,
    @Ctx() ctx: HubContext,
  ): Promise<ParticipationSummary> {
    const day = asOf ? isoDay(asOf) : ctx.today;
    const leftOut = countingBasis(basis)?.leavesOut ?? [];
    const counts = await countByRegionAndStatus(ctx.em, day, region, leftOut);
    const regions = Object.values(AttRegion).filter((r) => !region || r === region);
    return {
      asOf: day,
      region,
      basis,
      leftOut,
      certainty: certaintyOn(day),
      certaintyNote: certaintyNote(day),
      ...tally(counts),
      byRegion: regions.map((r) => ({ region: r, ...tally(counts.filter((c) => c.region === r)) })),
    };
  }
}
