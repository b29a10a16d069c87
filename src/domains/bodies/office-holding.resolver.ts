import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../context';
import { registerUuidNodeType } from '../../kernel/graphql/node';
import { Organisation } from '../organisations/organisation.entity';
import { State } from '../participation/state.entity';
import { DateScalar, isoDay } from '../../kernel/graphql/scalars';
import { BodyCode, OfficeKind } from './enums';
import { heldOn, OfficeHolding } from './office-holding.entity';
import { Person } from './person.entity';
import { ListBound } from '../../kernel/graphql/field-cost';

registerUuidNodeType('OfficeHolding', OfficeHolding);
registerUuidNodeType('Person', Person);
registerUuidNodeType('Organisation', Organisation);

@Resolver(() => OfficeHolding)
export class OfficeHoldingResolver {
  @ListBound(500)
  @Query(() => [Organisation], { description: 'Stakeholder organisations, by name (at most 500).' })
  organisations(@Ctx() ctx: HubContext): Promise<Organisation[]> {
    return ctx.em.find(Organisation, {}, { orderBy: { name: 'asc' }, limit: 500 });
  }

  @ListBound(500)
  @Query(() => [OfficeHolding], {
    description: 'Who holds (or held, on `asOf`) the offices of ATT bodies; `cycle` lists a whole cycle instead (at most 500).',
  })
  officeHoldings(
    @Arg('body', () => BodyCode, { description: 'Only offices of this body.', nullable: true }) body: BodyCode | null,
    @Arg('office', () => OfficeKind, { description: 'Only this office.', nullable: true }) office: OfficeKind | null,
    @Arg('asOf', () => DateScalar, { description: 'Only holdings whose term runs on this day.', nullable: true }) asOf: Date | null,
    @Arg('cycle', () => String, { description: 'Only holdings of this cycle, by its name.', nullable: true }) cycle: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<OfficeHolding[]> {
    return ctx.em.find(
      OfficeHolding,
      {
        ...(body ? { body } : {}),
        ...(office ? { office } : {}),
        ...(cycle ? { cycle } : heldOn(asOf ? isoDay(asOf) : ctx.today)),
      },
      { orderBy: { body: 'asc', office: 'asc', validFrom: 'asc' }, limit: 500 },
    );
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who held it; null when no source names the holder (see note).' })
  person(@Root() holding: OfficeHolding, @Ctx() ctx: HubContext): Promise<Person | null> {
    return ctx.byId.load(Person, holding.person?.id);
  }

  @FieldResolver(() => State, { nullable: true })
  representingState(@Root() holding: OfficeHolding, @Ctx() ctx: HubContext): Promise<State | null> {
    return holding.representingState ? ctx.participation.state.load(holding.representingState.iso3) : Promise.resolve(null);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  representingOrganisation(@Root() holding: OfficeHolding, @Ctx() ctx: HubContext): Promise<Organisation | null> {
    const org = holding.representingOrganisation;
    return ctx.byId.load(Organisation, org?.id);
  }
}
