import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** A source cited by the participation data's provenance. */
@Entity({ tableName: 'source' })
@ObjectType('Source', { description: 'A source cited by the participation data.' })
export class Source {
  @Field(() => String)
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'URL or where the copy was read.' })
  @Property({ type: 'text', nullable: true })
  location?: string | null;

  /** `stated` or `moderate` (a secondary report whose URL was not kept). */
  @Field(() => String, { description: '`stated`, or `moderate` for a secondary report.' })
  @Property({ type: 'string', length: 16 })
  confidence!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
