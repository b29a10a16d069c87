import fs from 'node:fs';
import path from 'node:path';
import { Field, FieldResolver, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import { parseCsv } from '../../kernel/db/csv';
import { ListBound } from '../../kernel/graphql/field-cost';
import { DATA_DIR } from './participation-data';
import { State } from './state.entity';

/**
 * What a state has declared about joining, from the shipped data (data/declarations.csv, each row
 * with its source): e.g. the United States' 2019 statement that it does not intend to become a
 * party. The stepwise rule and the check for contradictions read it; it changes no treaty action.
 */
export enum DeclarationKind {
  NOT_INTENDING_TO_BECOME_PARTY = 'NOT_INTENDING_TO_BECOME_PARTY',
}
registerEnumType(DeclarationKind, {
  name: 'DeclarationKind',
  description: 'What a state declared about joining the treaty.',
  valuesConfig: {
    NOT_INTENDING_TO_BECOME_PARTY: { description: 'The state declared it does not intend to become a party (its signature stays on record).' },
  },
});

@ObjectType('Declaration', { description: 'A statement a state made about joining the treaty, with its source.' })
export class Declaration {
  @Field(() => DeclarationKind, { description: 'What the state declared.' })
  kind!: DeclarationKind;

  @Field(() => String, { description: 'When, as precisely as the source gives it (YYYY-MM or YYYY-MM-DD).' })
  declared!: string;

  @Field(() => String, { description: 'The statement, as the data records it.' })
  statement!: string;

  @Field(() => String, { description: 'The source.' })
  source!: string;

  iso3!: string;
}

let declarations: Declaration[] | undefined;

/** Every declaration of the shipped data, read once per process. */
export function allDeclarations(): Declaration[] {
  declarations ??= parseCsv(fs.readFileSync(path.join(DATA_DIR, 'declarations.csv'), 'utf8')).map((r) => {
    if (!Object.values(DeclarationKind).includes(r.kind as DeclarationKind)) throw new Error(`declarations.csv: unknown kind ${r.kind}`);
    if (!/^\d{4}-\d{2}(-\d{2})?$/.test(r.declared ?? '')) throw new Error(`declarations.csv: bad date ${r.declared}`);
    return { iso3: r.iso3!, kind: r.kind as DeclarationKind, declared: r.declared!, statement: r.statement!, source: r.source! };
  });
  return declarations;
}

export const declarationsOf = (iso3: string): Declaration[] => allDeclarations().filter((d) => d.iso3 === iso3);

@Resolver(() => State)
export class StateDeclarationsResolver {
  @ListBound(10)
  @FieldResolver(() => [Declaration], { description: 'What the state has declared about joining, with sources (e.g. not intending to become a party).' })
  declarations(@Root() state: State): Declaration[] {
    return declarationsOf(state.iso3).slice(0, 10);
  }
}
