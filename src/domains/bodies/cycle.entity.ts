import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../kernel/graphql/scalars';

/**
 * A CSP cycle, named after the conference that closes it: the CSP9 cycle runs from CSP8 to CSP9.
 * Each presidency lasts one cycle, which is why knowledge is lost at every handover.
 */
@Entity({ tableName: 'cycle' })
@ObjectType('Cycle', { description: 'A CSP cycle, named after the conference that closes it: the CSP9 cycle runs from CSP8 to CSP9.' })
export class Cycle {
  [PrimaryKeyProp]?: 'code';

  @Field(() => String, { description: 'e.g. CSP9' })
  @PrimaryKey({ type: 'string', length: 16 })
  code!: string;

  @Field(() => Int)
  @Property({ type: 'integer', unique: true })
  number!: number;

  @Field(() => DateScalar, { nullable: true, description: "First day of the closing conference, where the data has it." })
  @Property({ type: 'date', nullable: true })
  conferenceFrom?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  conferenceTo?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'The thematic focus of the presidency, where a source gives it.' })
  @Property({ type: 'text', nullable: true })
  theme?: string | null;

  @Field(() => String, { nullable: true, description: "The symbol of the conference's final report, where a source gives it." })
  @Property({ type: 'text', nullable: true })
  finalReportSymbol?: string | null;

  @Field(() => String, { nullable: true, description: 'What is known, what is not, and where sources disagree.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Where this comes from (URLs separated by " | ").' })
  @Property({ type: 'text', nullable: true })
  source?: string | null;

  @Field(() => Boolean, { description: 'Added by the Secretariat rather than loaded from the shipped data.' })
  @Property({ type: 'boolean', default: false })
  recordedByHub: boolean = false;
}
