import { buildSchema, FieldResolver, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { State } from '../../src/domains/participation/state.entity';
import { buildContractSchema } from '../../src/schema';
import { checkAndDescribe, PolicyError } from '../../src/access/policy/field-rules';
import { StateResolver } from '../../src/domains/participation/state.resolver';

/** A field the policy table does not know: what a rename or a new field without an entry looks like. */
@Resolver(() => State)
class UnclassifiedFieldResolver {
  @FieldResolver(() => String, { nullable: true })
  ambassadorMobile(): string {
    return '+00 000';
  }
}

describe('the policy table and the schema cover each other exactly', () => {
  it('the hub schema passes, and every field states its classification', async () => {
    const schema = await buildContractSchema();
    const state = schema.getType('State') as import('graphql').GraphQLObjectType;
    expect(state.getFields().iso3?.description).toMatch(/Classification: PUBLIC\./);
    expect(state.getFields().nationalProcess?.description).toMatch(
      /Classification: RESTRICTED \(also: the state's own national point of contact; the Vice-President coordinating the state's region\)\./,
    );
  });

  it('a field without an entry stops the build (and so the start and the tests)', async () => {
    const schema = await buildSchema({ resolvers: [StateResolver, UnclassifiedFieldResolver], validate: false });
    expect(() => checkAndDescribe(schema)).toThrow(PolicyError);
    expect(() => checkAndDescribe(schema)).toThrow(/State\.ambassadorMobile has no entry/);
  });

  it('an entry for a field that is gone stops it too', async () => {
    const schema = await buildSchema({ resolvers: [StateResolver], validate: false });
    // Without the universalization resolvers their query is gone, but its entry is not.
    expect(() => checkAndDescribe(schema)).toThrow(/Query\.nationalProcesses is in the policy table but not in the schema/);
  });
});
