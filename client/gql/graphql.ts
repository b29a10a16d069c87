/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Narrows a list of activities. */
export type ActivityFilter = {
  /** Starting on or after this day. */
  from?: string | null | undefined;
  /** Only activities of this kind. */
  kind?: ActivityKind | null | undefined;
  /** Activities aimed at this region or at a state in it. */
  region?: AttRegion | null | undefined;
  /** Activities aimed at this state (ISO3). */
  state?: string | null | undefined;
  /** Only activities in this moderation status. */
  status?: ActivityStatus | null | undefined;
  /** Starting on or before this day. */
  to?: string | null | undefined;
};

/** The kind of an outreach activity. */
export type ActivityKind =
  /** Advocacy, e.g. briefings, op-eds, statements. */
  | 'ADVOCACY'
  /** Anything the other kinds do not name. */
  | 'OTHER'
  /** A meeting of the states of a region. */
  | 'REGIONAL_MEETING'
  /** A translation of the ATT universalization toolkit or other guidance. */
  | 'TOOLKIT_TRANSLATION'
  /** A training course. */
  | 'TRAINING'
  /** Work on a UN General Assembly resolution on the treaty. */
  | 'UNGA_RESOLUTION'
  /** A workshop, national or regional. */
  | 'WORKSHOP';

/** DRAFT → SUBMITTED → PUBLISHED or REJECTED (a rejected one can be edited and submitted again). */
export type ActivityStatus =
  /** Written by its contributor, not yet submitted for moderation. */
  | 'DRAFT'
  /** Published by the Secretariat; public. */
  | 'PUBLISHED'
  /** Rejected by the Secretariat with a reason; can be edited and submitted again. */
  | 'REJECTED'
  /** Submitted for moderation, awaiting the Secretariat. */
  | 'SUBMITTED';

/** A kind of help a state may need or a partner may offer. */
export type AssistanceKind =
  /** Building institutions, e.g. a national control system. */
  | 'INSTITUTIONAL'
  /** Legal drafting or review of national law against the treaty. */
  | 'LEGAL'
  /** Outreach and awareness raising. */
  | 'OUTREACH'
  /** Technical help. */
  | 'TECHNICAL'
  /** Training of officials. */
  | 'TRAINING'
  /** Translation of documents or guidance. */
  | 'TRANSLATION';

/** ATT regional group. */
export type AttRegion =
  /** Africa. */
  | 'AFRICA'
  /** The Americas. */
  | 'AMERICAS'
  /** Asia. */
  | 'ASIA'
  /** Europe. */
  | 'EUROPE'
  /** Oceania. */
  | 'OCEANIA';

/** PUBLIC: everyone. PARTNER: any signed-in stakeholder, state contact or officer. TREATY_BODY: office holders of ATT bodies, regional champions, the Secretariat. RESTRICTED: the Secretariat, the CSP President, the WGTU co-chairs. */
export type Classification =
  /** Any signed-in stakeholder, state contact or officer. */
  | 'PARTNER'
  /** Everyone, signed in or not. */
  | 'PUBLIC'
  /** The Secretariat, the CSP President, the WGTU co-chairs (and the scoped grants a field names). */
  | 'RESTRICTED'
  /** Office holders of ATT bodies, regional champions, the Secretariat. */
  | 'TREATY_BODY';

/** How much of a date is known: the day, only the year, or nothing but bounds. */
export type DatePrecision =
  /** The day is known. */
  | 'DAY'
  /** The date is not known (only its bounds, if any). */
  | 'UNKNOWN'
  /** Only the year is known. */
  | 'YEAR';

/** How a contact with a state was made. */
export type EngagementKind =
  /** A bilateral meeting. */
  | 'BILATERAL_MEETING'
  /** A call. */
  | 'CALL'
  /** A letter. */
  | 'LETTER'
  /** Any other way. */
  | 'OTHER'
  /** A visit to the state. */
  | 'VISIT'
  /** A meeting on the side of a workshop. */
  | 'WORKSHOP_SIDE_MEETING';

/** The kind of instrument by which a state consented to be bound. */
export type InstrumentType =
  /** An instrument of acceptance. */
  | 'ACCEPTANCE'
  /** An instrument of accession (a state that did not sign). */
  | 'ACCESSION'
  /** An instrument of approval. */
  | 'APPROVAL'
  /** An instrument of ratification. */
  | 'RATIFICATION';

/** The six official UN languages. */
export type Language =
  /** Arabic. */
  | 'AR'
  /** English. */
  | 'EN'
  /** Spanish. */
  | 'ES'
  /** French. */
  | 'FR'
  /** Russian. */
  | 'RU'
  /** Chinese. */
  | 'ZH';

/** Where a stated need stands. */
export type NeedStatus =
  /** Matched with an offer. */
  | 'MATCHED'
  /** Met. */
  | 'MET'
  /** Awaiting a match. */
  | 'OPEN'
  /** Withdrawn by or for the state. */
  | 'WITHDRAWN';

/** A state's standing under the treaty, derived from its treaty actions. */
export type ParticipationStatus =
  /** Neither signed nor joined. */
  | 'NON_SIGNATORY'
  /** Signed, not yet consented to be bound. */
  | 'SIGNATORY'
  /** Has consented to be bound (ratification, acceptance, approval or accession). */
  | 'STATE_PARTY';

/** Stepwise approach: 1 signatories, 2 states ready to join soon, 3 the others. */
export type PriorityTier =
  /** Tier 1: signatories. */
  | 'TIER_1_SIGNATORY'
  /** Tier 2: states ready to join soon. */
  | 'TIER_2_READY_SOON'
  /** Tier 3: the other states. */
  | 'TIER_3_OTHER';

/** How far a state's ratification or accession process has come. */
export type ProcessStage =
  /** The instrument is deposited. */
  | 'DEPOSITED'
  /** Reviewing national law against the treaty, inter-ministerial consultation. */
  | 'DOMESTIC_REVIEW'
  /** Not started. */
  | 'NOT_STARTED'
  /** Before parliament. */
  | 'PARLIAMENTARY_APPROVAL'
  /** Approved; the instrument is yet to be deposited. */
  | 'READY_TO_DEPOSIT'
  /** Being considered by the government. */
  | 'UNDER_CONSIDERATION';

/** How a date or fact was established. */
export type ProvenanceBasis =
  /** Computed by the treaty's rules (Article 22) from a deposit date. */
  | 'COMPUTED'
  /** Worked back from another sourced date (e.g. entry into force minus 90 days). */
  | 'DERIVED'
  /** Implied by the treaty's rules (ratification presupposes signature), date not sourced. */
  | 'INFERRED'
  /** Stated by a cited source. */
  | 'SOURCED';

/** Narrows a list of states. */
export type StateFilter = {
  /**
   * States whose current priority tier is this one. Needs the right to read State.currentPriority; matches only the states whose tier the viewer may see.
   *
   * Filters by a fact classified RESTRICTED (also: the state's own national point of contact; the Vice-President coordinating the state's region).
   */
  priorityTier?: PriorityTier | null | undefined;
  /** Only the states of this region. */
  region?: AttRegion | null | undefined;
  /** States whose status on `statusAsOf` is certainly this one. */
  status?: ParticipationStatus | null | undefined;
  /** The day for `status` and `statusUndetermined` (default today). */
  statusAsOf?: string | null | undefined;
  /** true: only states whose status on `statusAsOf` the data cannot decide; false: only those it can. */
  statusUndetermined?: boolean | null | undefined;
  /** Only members (true) or non-members (false) of the United Nations. */
  unMember?: boolean | null | undefined;
};

/** A step a state takes under the treaty. */
export type TreatyActionKind =
  /** Deposit of the instrument of ratification, acceptance, approval or accession. */
  | 'CONSENT'
  /** Entry into force for the state (Article 22). */
  | 'ENTRY_INTO_FORCE'
  /** Signature. */
  | 'SIGNATURE';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { signedIn: boolean, name: string | null, level: Classification, secretariat: boolean, coordinatedRegions: Array<AttRegion>, ownStates: Array<{ iso3: string }>, organisation: { name: string } | null } };

export type ParticipationSummaryQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ParticipationSummaryQuery = { participationSummary: { asOf: string, statesParties: number, signatories: number, nonSignatories: number, undetermined: number, total: number, byRegion: Array<{ region: AttRegion, statesParties: number, signatories: number, nonSignatories: number, undetermined: number, total: number }> } };

export type StatesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: StateFilter | null | undefined;
  asOf?: string | null | undefined;
  lang?: Language;
}>;


export type StatesQuery = { states: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { iso3: string, iso2: string, name: string, region: AttRegion, status: ParticipationStatus | null, possibleStatuses: Array<ParticipationStatus> } }> } };

export type StateBriefingQueryVariables = Exact<{
  iso3: string;
  lang?: Language;
}>;


export type StateBriefingQuery = { state: { iso3: string, name: string, region: AttRegion, unMember: boolean, note: string | null, status: ParticipationStatus | null, possibleStatuses: Array<ParticipationStatus>, inForce: boolean | null, actions: Array<{ kind: TreatyActionKind, instrument: InstrumentType | null, basis: ProvenanceBasis, note: string | null, date: { precision: DatePrecision, date: string | null, year: number | null, earliest: string, latest: string }, sources: Array<{ id: string, title: string }> }>, activities: Array<{ title: string, kind: ActivityKind, startDate: string | null, place: string | null, organiserName: string }>, needs: Array<{ kind: AssistanceKind | null, status: NeedStatus | null, description: string | null, statedOn: string | null }> | null, vtfProjects: Array<{ title: string, year: number, status: string | null, amountUsd: number | null }>, sponsorshipAwards: Array<{ meeting: string, year: number, delegates: number | null }>, coordinators: Array<{ validFrom: string | null, person: { name: string } | null }>, champions: Array<{ person: { name: string } | null, representingState: { name: string } | null }>, currentPriority: { tier: PriorityTier | null, assessedOn: string | null, rationale: string | null } | null, nationalProcess: { stage: ProcessStage | null, obstacles: string | null, nextStep: string | null, owner: string | null, lastAssessed: string | null } | null, engagements: Array<{ date: string | null, kind: EngagementKind | null, onBehalfOf: string | null, summary: string | null, outcome: string | null, nextStep: string | null }> | null } | null };

export type ActivitiesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ActivityFilter | null | undefined;
}>;


export type ActivitiesQuery = { activities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: ActivityKind, title: string, startDate: string | null, endDate: string | null, place: string | null, organiserName: string, status: ActivityStatus, targetRegions: Array<AttRegion>, targetStates: Array<{ iso3: string }> } }> } };

export type PipelineQueryVariables = Exact<{
  region?: AttRegion | null | undefined;
  lang?: Language;
}>;


export type PipelineQuery = { pipeline: Array<{ tier: PriorityTier, entries: Array<{ stage: ProcessStage | null, assessedOn: string, lastEngagementOn: string | null, state: { iso3: string, name: string, region: AttRegion } }> }> | null };


export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signedIn"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"secretariat"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatedRegions"}},{"kind":"Field","name":{"kind":"Name","value":"ownStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ParticipationSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipationSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participationSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"statesParties"}},{"kind":"Field","name":{"kind":"Name","value":"signatories"}},{"kind":"Field","name":{"kind":"Name","value":"nonSignatories"}},{"kind":"Field","name":{"kind":"Name","value":"undetermined"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"statesParties"}},{"kind":"Field","name":{"kind":"Name","value":"signatories"}},{"kind":"Field","name":{"kind":"Name","value":"nonSignatories"}},{"kind":"Field","name":{"kind":"Name","value":"undetermined"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]} as unknown as DocumentNode<ParticipationSummaryQuery, ParticipationSummaryQueryVariables>;
export const StatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"States"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},"defaultValue":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"states"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"possibleStatuses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}]}}]}}]}}]}}]} as unknown as DocumentNode<StatesQuery, StatesQueryVariables>;
export const StateBriefingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StateBriefing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},"defaultValue":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"unMember"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"possibleStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"statedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vtfProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsorshipAwards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"delegates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"champions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representingState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPriority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nationalProcess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"obstacles"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"lastAssessed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"engagements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}}]}}]}}]}}]} as unknown as DocumentNode<StateBriefingQuery, StateBriefingQueryVariables>;
export const ActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Activities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetRegions"}},{"kind":"Field","name":{"kind":"Name","value":"targetStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivitiesQuery, ActivitiesQueryVariables>;
export const PipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Pipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttRegion"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},"defaultValue":{"kind":"EnumValue","value":"EN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastEngagementOn"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineQuery, PipelineQueryVariables>;