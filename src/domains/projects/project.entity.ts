import { Entity, Enum, Index, ManyToOne, type Opt, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Person } from '../bodies/person.entity';
import { VersionedRecord } from '../../kernel/db/versioned-record';
import { ListBound, Weight, textWeight } from '../../kernel/graphql/field-cost';
import { Node } from '../../kernel/graphql/node';
import { DateScalar } from '../../kernel/graphql/scalars';
import type { Organisation } from '../organisations/organisation.entity';
import { AttRegion, REGION_COUNT } from '../participation/enums';
import { Classification } from '../../access/policy/levels';
import { FundingMechanism, ProjectModeration, ProjectStatus, SupportKind } from './enums';
import { MAX_PROJECT_SOURCES, PROJECT_TEXT_LIMITS } from './project-content';

/**
 * Assistance to states: a Voluntary Trust Fund grant, an UNSCAR project, a partnership of the
 * EU's ATT Outreach Project, a Sponsorship Programme award, a bilateral project. Sourced records
 * loaded by the hub are published and PUBLIC; a partner's own are moderated as activities are
 * (draft → submitted → published by the Secretariat), each with its own classification.
 */
@Entity({ tableName: 'assistance_project' })
@Unique({ properties: ['contributedBy', 'idempotencyKey'] })
@Index({ properties: ['moderation', 'starts'] })
// Projects in a state (`beneficiary_states && {…}`): every "who works here" asks this.
@Index({ name: 'assistance_project_states_gin', expression: 'create index "assistance_project_states_gin" on "assistance_project" using gin ("beneficiary_states")' })
@Index({ name: 'assistance_project_organisations_gin', expression: 'create index "assistance_project_organisations_gin" on "assistance_project" using gin ("organisation_ids")' })
@ObjectType('AssistanceProject', { description: 'A project that supports states with the treaty, by its funding mechanism, as its source states it.', implements: Node })
export class AssistanceProject extends VersionedRecord {
  @Field(() => FundingMechanism)
  @Enum({ items: () => FundingMechanism, type: 'string' })
  mechanism!: FundingMechanism;

  @Field(() => String, { description: 'As the source titles it; "[descriptive]" marks a title written for a source that gives none.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: "The funder's project number, e.g. ATT.VTF.G2018.002GHA." })
  @Property({ type: 'text', nullable: true })
  reference?: string | null;

  @Weight(textWeight(PROJECT_TEXT_LIMITS.description))
  @Field(() => String, { nullable: true, description: 'What the sources say beyond the fields, caveats included.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Who implements it, in the words of the source (grantees and partners included).' })
  @Property({ type: 'text', nullable: true })
  implementerName?: string | null;

  /** The organisations the hub knows that implement it or take part (implementer first). */
  @Property({ type: 'text[]' })
  organisationIds: Opt<string[]> = [];

  /** The organisation that keeps this record; null for the sourced records the hub loads. */
  @ManyToOne({ entity: 'Organisation', nullable: true, fieldName: 'owner_id' })
  owner?: Rel<Organisation> | null;

  @Property({ type: 'text[]' })
  beneficiaryStates: Opt<string[]> = [];

  @ListBound(REGION_COUNT)
  @Field(() => [AttRegion], { description: 'ATT regions it is aimed at as a whole (beyond the states named).' })
  @Property({ type: 'text[]' })
  beneficiaryRegions: Opt<AttRegion[]> = [];

  @Field(() => String, { nullable: true, description: 'The regions or groups of states as the source names them.' })
  @Property({ type: 'text', nullable: true })
  regionsAsStated?: string | null;

  @Field(() => String, { nullable: true, description: 'Start as far as known: YYYY, YYYY-MM or YYYY-MM-DD; null: not known.' })
  @Property({ type: 'text', nullable: true })
  periodFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'End as far as known (same forms); null: not known (it may be ongoing).' })
  @Property({ type: 'text', nullable: true })
  periodTo?: string | null;

  /** The earliest day periodFrom stands for (overlaps and filters compare days). */
  @Field(() => DateScalar, { nullable: true, description: 'The earliest day the start stands for.' })
  @Property({ type: 'date', nullable: true })
  starts?: string | null;

  /** The latest day periodTo stands for; null: the end is not known. */
  @Field(() => DateScalar, { nullable: true, description: 'The latest day the end stands for; null: not known.' })
  @Property({ type: 'date', nullable: true })
  ends?: string | null;

  @ListBound(Object.keys(SupportKind).length)
  @Field(() => [SupportKind], { description: 'Kinds of support; empty: not known.' })
  @Property({ type: 'text[]' })
  kinds: Opt<SupportKind[]> = [];

  @Field(() => String, { nullable: true, description: 'The amount, as a decimal string, where a source gives it.' })
  @Property({ type: 'decimal', precision: 16, scale: 2, nullable: true })
  amount?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code of the amount.' })
  @Property({ type: 'text', nullable: true })
  currency?: string | null;

  @Field(() => ProjectStatus)
  @Enum({ items: () => ProjectStatus, type: 'string' })
  status: Opt<ProjectStatus> = ProjectStatus.UNKNOWN;

  @Field(() => String, { nullable: true, description: 'Where it stands, in the words of the source.' })
  @Property({ type: 'text', nullable: true })
  statusNote?: string | null;

  @Field(() => String, { nullable: true, description: 'Sponsorship Programme: the meeting attended, e.g. CSP11.' })
  @Property({ type: 'text', nullable: true })
  meeting?: string | null;

  @Field(() => Int, { nullable: true, description: 'Sponsorship Programme: delegates sponsored.' })
  @Property({ type: 'integer', nullable: true })
  delegates?: number | null;

  @ListBound(MAX_PROJECT_SOURCES)
  @Field(() => [String], { description: 'Where each fact comes from (addresses of the pages read, or the file imported).' })
  @Property({ type: 'text[]' })
  sources: Opt<string[]> = [];

  @Field(() => String, { nullable: true, description: 'Its identifier in the IATI activity standard, when exchanged.' })
  @Property({ type: 'text', nullable: true, unique: true })
  iatiIdentifier?: string | null;

  @Field(() => Classification, { description: 'Who may see it once published.' })
  @Enum({ items: () => Classification, type: 'string' })
  classification: Opt<Classification> = Classification.PUBLIC;

  @Field(() => ProjectModeration)
  @Enum({ items: () => ProjectModeration, type: 'string' })
  moderation: Opt<ProjectModeration> = ProjectModeration.DRAFT;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;

  @ManyToOne({ entity: 'Person', nullable: true, fieldName: 'contributed_by_id' })
  contributedBy?: Rel<Person> | null;

  /** A client's key for one submission, unique per contributor: sending it again returns the same record. */
  @Property({ type: 'text', nullable: true })
  idempotencyKey?: string | null;

  @Field(() => Boolean, { description: 'Invented for the demo, not a real project.' })
  @Property({ type: 'boolean', default: false })
  demo: Opt<boolean> = false;
}
