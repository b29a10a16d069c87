import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ListBound } from '../../kernel/graphql/field-cost';
import { MAX_PAGE_SIZE, PageInfo } from '../../kernel/graphql/connection';
import { Node } from '../../kernel/graphql/node';
import { BodyCode } from '../bodies/enums';
import { AttRegion } from '../participation/enums';

/** What kind of fact changed: one per kind of record the hub keeps or publishes. */
export enum ChangeKind {
  STATUS_CHANGE = 'STATUS_CHANGE',
  APPOINTMENT = 'APPOINTMENT',
  TERM_END = 'TERM_END',
  DECISION_OUTCOME = 'DECISION_OUTCOME',
  ENGAGEMENT = 'ENGAGEMENT',
  ACTIVITY = 'ACTIVITY',
  NEED = 'NEED',
  MATCH = 'MATCH',
  PRIORITY_ASSESSMENT = 'PRIORITY_ASSESSMENT',
  NATIONAL_PROCESS = 'NATIONAL_PROCESS',
}

registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description: 'What kind of fact changed.',
  valuesConfig: {
    STATUS_CHANGE: { description: "A state's signature, deposit of its instrument or entry into force, on the day it took place (its earliest possible day when only the year or month is known)." },
    APPOINTMENT: { description: 'A term of office began (its first day, where known).' },
    TERM_END: { description: 'A term of office ended (its last day, once past).' },
    DECISION_OUTCOME: { description: "The Secretariat recorded a decision's outcome (when the hub recorded it)." },
    ENGAGEMENT: { description: 'A contact with a state was recorded or corrected in the hub.' },
    ACTIVITY: { description: 'An outreach activity was added, changed, submitted, published or rejected in the hub.' },
    NEED: { description: 'A state stated an assistance need, or its need changed, in the hub.' },
    MATCH: { description: 'A need and an offer were matched, or the match changed, in the hub.' },
    PRIORITY_ASSESSMENT: { description: "A state's priority tier was assessed or corrected in the hub (RESTRICTED: only who may read the tier sees it)." },
    NATIONAL_PROCESS: { description: "A state's national process was recorded or updated in the hub (RESTRICTED: only who may read it sees it)." },
  },
});

@ObjectType('Change', { description: 'One change the viewer may see: when, what kind, in a few words, and the record itself.' })
export class Change {
  @Field(() => Date, {
    description:
      'When it changed: for a treaty action or a term of office, the day it took place (midnight UTC); for records kept in the hub ' +
      '(engagements, activities, needs, matches, outcomes, tiers, national processes), when the hub last recorded a change to it.',
  })
  at!: Date;

  @Field(() => ChangeKind, { description: 'What kind of fact changed.' })
  kind!: ChangeKind;

  @Field(() => Boolean, {
    description: 'True when the record is as first recorded (new); false when it has been changed since (its version is above 1). Always true for treaty actions and terms.',
  })
  isNew!: boolean;

  @Field(() => String, { description: 'The change in a few words, built only from facts of the record the viewer may read.' })
  summary!: string;

  @Field(() => Node, { description: 'The record that changed; ask for its fields with a fragment (`... on Engagement { … }`), each under its own rule.' })
  record!: Node;

  @ListBound(MAX_PAGE_SIZE)
  @Field(() => [String], { description: 'The ISO3 codes of the states it concerns (none for a body or a region as a whole).' })
  states!: string[];

  @Field(() => AttRegion, { nullable: true, description: 'The region it concerns, where one does.' })
  region!: AttRegion | null;

  @Field(() => BodyCode, { nullable: true, description: 'The body it concerns (an office, a decision of the Conference), where one does.' })
  body!: BodyCode | null;

  /** The record's key, as the list's cursor holds it (integers for treaty actions, uuids otherwise). */
  key!: string;
  /** The record's type in the access log, when the change reveals RESTRICTED facts. */
  restricted?: { recordType: string; facts: string[] };
}

@ObjectType('ChangeEdge', { description: 'One change in a page, with its cursor.' })
export class ChangeEdge {
  @Field(() => Change, { description: 'The change.' })
  node!: Change;

  @Field(() => String, { description: 'Where this change stands in the list: pass it as `after` or `before`.' })
  cursor!: string;
}

@ObjectType('ChangeConnection', {
  description: 'Changes, newest first (then by kind and record). No total count: counting every kind of record would cost more than a page.',
})
export class ChangeConnection {
  @ListBound(MAX_PAGE_SIZE)
  @Field(() => [ChangeEdge], { description: 'The changes of this page, newest first.' })
  edges!: ChangeEdge[];

  @Field(() => PageInfo, { description: 'Cursors of the page’s ends, and whether more changes lie beyond them.' })
  pageInfo!: PageInfo;
}
