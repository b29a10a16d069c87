/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** ATT_VTF: the ATT Voluntary Trust Fund. ATT_SPONSORSHIP: the ATT Sponsorship Programme. UNSCAR: the UN Trust Facility Supporting Cooperation on Arms Regulation. EU_ATT_OUTREACH: the EU's ATT Outreach Project (Council Decisions 2013/768/CFSP and after). */
export type FundingMechanism =
  /** The ATT Sponsorship Programme. */
  | 'ATT_SPONSORSHIP'
  /** The ATT Voluntary Trust Fund. */
  | 'ATT_VTF'
  /** Bilateral support from one state to another. */
  | 'BILATERAL'
  /** The European Union's ATT outreach project. */
  | 'EU_ATT_OUTREACH'
  /** Another mechanism. */
  | 'OTHER'
  /** The UN Trust Facility Supporting Cooperation on Arms Regulation. */
  | 'UNSCAR';

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

/** Narrows a list of projects. */
export type ProjectFilter = {
  /** Only projects giving this kind of support. */
  kind?: SupportKind | null | undefined;
  /** Only projects of this funding mechanism. */
  mechanism?: FundingMechanism | null | undefined;
  /** Only projects in this moderation status. */
  moderation?: ProjectModeration | null | undefined;
  /** Projects aimed at this region or at a state in it. */
  region?: AttRegion | null | undefined;
  /** Projects aimed at this state (ISO3). */
  state?: string | null | undefined;
};

/** DRAFT → SUBMITTED → PUBLISHED or REJECTED (a rejected one can be edited and submitted again). */
export type ProjectModeration =
  /** Written by its contributor, not yet submitted for moderation. */
  | 'DRAFT'
  /** Published by the Secretariat. */
  | 'PUBLISHED'
  /** Rejected by the Secretariat with a reason; can be edited and submitted again. */
  | 'REJECTED'
  /** Submitted for moderation, awaiting the Secretariat. */
  | 'SUBMITTED';

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

/** The kind of support a project gives (a project may give several; none listed: not known). */
export type SupportKind =
  /** Building institutions, e.g. a national control system. */
  | 'INSTITUTIONAL'
  /** Legal drafting or review of national law against the treaty. */
  | 'LEGAL'
  /** Outreach and awareness raising. */
  | 'OUTREACH'
  /** A delegate's attendance at a treaty meeting (the Sponsorship Programme). */
  | 'PARTICIPATION'
  /** Technical help. */
  | 'TECHNICAL'
  /** Training of officials. */
  | 'TRAINING'
  /** Translation of documents or guidance. */
  | 'TRANSLATION';

/** A step a state takes under the treaty. */
export type TreatyActionKind =
  /** Deposit of the instrument of ratification, acceptance, approval or accession. */
  | 'CONSENT'
  /** Entry into force for the state (Article 22). */
  | 'ENTRY_INTO_FORCE'
  /** Signature. */
  | 'SIGNATURE';

export type ParticipationExportPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  asOf: string;
  withTier: boolean;
}>;


export type ParticipationExportPageQuery = { states: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { iso3: string, iso2: string, region: AttRegion, unMember: boolean, status: ParticipationStatus | null, possibleStatuses: Array<ParticipationStatus>, inForce: boolean | null, en: string, fr: string, es: string, ru: string, zh: string, ar: string, currentPriority?: { tier: PriorityTier | null } | null, actions: Array<{ kind: TreatyActionKind, instrument: InstrumentType | null, basis: ProvenanceBasis, date: { precision: DatePrecision, date: string | null, year: number | null, earliest: string, latest: string }, sources: Array<{ id: string, title: string }> }> } }> } };

export type ActivitiesExportPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  status?: ActivityStatus | null | undefined;
}>;


export type ActivitiesExportPageQuery = { activities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: ActivityKind, title: string, description: string | null, startDate: string | null, endDate: string | null, place: string | null, organiserName: string, targetRegions: Array<AttRegion>, languages: Array<string>, outcome: string | null, classification: Classification, status: ActivityStatus, source: string | null, demo: boolean, organiserState: { iso3: string } | null, targetStates: Array<{ iso3: string }> } }> } };

export type ProjectsIatiExportQueryVariables = Exact<{
  filter?: ProjectFilter | null | undefined;
}>;


export type ProjectsIatiExportQuery = { projectsIati: string };


export const ParticipationExportPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipationExportPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTier"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"states"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"unMember"}},{"kind":"Field","alias":{"kind":"Name","value":"en"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"fr"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","alias":{"kind":"Name","value":"es"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"ES"}}]},{"kind":"Field","alias":{"kind":"Name","value":"ru"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","alias":{"kind":"Name","value":"zh"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"ZH"}}]},{"kind":"Field","alias":{"kind":"Name","value":"ar"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"AR"}}]},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"possibleStatuses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"inForce"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"currentPriority"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTier"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ParticipationExportPageQuery, ParticipationExportPageQueryVariables>;
export const ActivitiesExportPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivitiesExportPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"organiserName"}},{"kind":"Field","name":{"kind":"Name","value":"organiserState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetRegions"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivitiesExportPageQuery, ActivitiesExportPageQueryVariables>;
export const ProjectsIatiExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectsIatiExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectsIati"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}]}}]} as unknown as DocumentNode<ProjectsIatiExportQuery, ProjectsIatiExportQueryVariables>;