import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { UUID } from '../db/stable-id';
import type { HubContext } from '../graphql/context';
import { registerNodeType } from '../graphql/node';
import { Organisation } from '../organisations/organisation.entity';
import { State } from '../participation/state.entity';
import { OfficeHolding } from './office-holding.entity';
import { Person } from './person.entity';

const byUuid =
  <T extends object>(cls: new () => T) =>
  (ctx: HubContext, key: string): Promise<T | null> =>
    UUID.test(key) ? (ctx.em.findOne(cls, { id: key } as never) as Promise<T | null>) : Promise.resolve(null);

registerNodeType({ name: 'OfficeHolding', cls: OfficeHolding, key: (h) => h.id, load: byUuid(OfficeHolding) });
registerNodeType({ name: 'Person', cls: Person, key: (p) => p.id, load: byUuid(Person) });
registerNodeType({ name: 'Organisation', cls: Organisation, key: (o) => o.id, load: byUuid(Organisation) });

@Resolver(() => OfficeHolding)
export class OfficeHoldingResolver {
  @FieldResolver(() => Person)
  async person(@Root() holding: OfficeHolding, @Ctx() ctx: HubContext): Promise<Person> {
    return ctx.em.findOneOrFail(Person, { id: holding.person.id });
  }

  @FieldResolver(() => State, { nullable: true })
  representingState(@Root() holding: OfficeHolding, @Ctx() ctx: HubContext): Promise<State | null> {
    return holding.representingState ? ctx.participation.state.load(holding.representingState.iso3) : Promise.resolve(null);
  }

  @FieldResolver(() => Organisation, { nullable: true })
  representingOrganisation(@Root() holding: OfficeHolding, @Ctx() ctx: HubContext): Promise<Organisation | null> {
    const org = holding.representingOrganisation;
    return org ? ctx.em.findOne(Organisation, { id: org.id }) : Promise.resolve(null);
  }
}
