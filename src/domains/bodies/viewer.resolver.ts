import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { heldOn, OfficeHolding, MAX_CURRENT_HOLDINGS } from './office-holding.entity';
import type { HubContext } from '../../context';
import { Organisation } from '../organisations/organisation.entity';
import { AttRegion, MAX_STATES, REGION_COUNT } from '../participation/enums';
import { State } from '../participation/state.entity';
import { Classification } from '../../access/policy/levels';
import { ListBound } from '../../kernel/graphql/field-cost';

@ObjectType('Viewer', { description: 'Who is asking, and what that gives them today.' })
export class ViewerInfo {
  @Field(() => Boolean)
  signedIn!: boolean;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => Classification, { description: 'The highest classification this viewer reads everywhere.' })
  level!: Classification;

  @Field(() => Boolean)
  secretariat!: boolean;

  @ListBound(MAX_STATES)
  @Field(() => [State], { description: 'States whose RESTRICTED facts this viewer reads as their national point of contact.' })
  ownStates!: State[];

  @ListBound(REGION_COUNT)
  @Field(() => [AttRegion], { description: 'Regions whose states’ RESTRICTED facts this viewer reads as Vice-President.' })
  coordinatedRegions!: AttRegion[];

  @Field(() => Organisation, { nullable: true })
  organisation!: Organisation | null;

  @ListBound(MAX_CURRENT_HOLDINGS)
  @Field(() => [OfficeHolding], { description: 'Offices held today.' })
  officeHoldings!: OfficeHolding[];
}

@Resolver()
export class ViewerResolver {
  @Query(() => ViewerInfo)
  async viewer(@Ctx() ctx: HubContext): Promise<ViewerInfo> {
    const v = ctx.viewer;
    const states = await ctx.participation.state.loadMany([...v.ownStates]);
    const holdings = v.personId
      ? await ctx.em.find(OfficeHolding, {
          person: v.personId,
          ...heldOn(ctx.today),
        }, { limit: MAX_CURRENT_HOLDINGS })
      : [];
    const [organisationId] = v.organisations;
    return {
      signedIn: v.subject !== null,
      name: v.name,
      level: v.level,
      secretariat: v.secretariat,
      ownStates: states.filter((s): s is State => s instanceof State),
      // The access layer knows regions by name; a viewer's are AttRegion's values (viewer-rights.ts).
      coordinatedRegions: [...v.coordinatedRegions] as AttRegion[],
      organisation: organisationId ? await ctx.em.findOne(Organisation, { id: organisationId }) : null,
      officeHoldings: holdings,
    };
  }
}
