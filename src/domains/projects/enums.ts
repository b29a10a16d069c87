import { registerEnumType } from 'type-graphql';

/** Who pays for a project: the treaty's own Voluntary Trust Fund and Sponsorship Programme, and the funds outside it. */
export enum FundingMechanism {
  ATT_VTF = 'ATT_VTF',
  ATT_SPONSORSHIP = 'ATT_SPONSORSHIP',
  UNSCAR = 'UNSCAR',
  EU_ATT_OUTREACH = 'EU_ATT_OUTREACH',
  BILATERAL = 'BILATERAL',
  OTHER = 'OTHER',
}

/** The kind of support a project gives (a project may give several; none listed: not known). */
export enum SupportKind {
  LEGAL = 'LEGAL',
  INSTITUTIONAL = 'INSTITUTIONAL',
  TECHNICAL = 'TECHNICAL',
  TRAINING = 'TRAINING',
  TRANSLATION = 'TRANSLATION',
  OUTREACH = 'OUTREACH',
  /** A delegate's attendance at a treaty meeting (the Sponsorship Programme). */
  PARTICIPATION = 'PARTICIPATION',
}

/** Where the project itself stands, as its sources say; UNKNOWN when they do not. */
export enum ProjectStatus {
  PLANNED = 'PLANNED',
  ONGOING = 'ONGOING',
  COMPLETED = 'COMPLETED',
  UNKNOWN = 'UNKNOWN',
}

/** Partners' records are moderated as activities are: a partner drafts and submits, the Secretariat publishes or rejects. */
export enum ProjectModeration {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
}

/** How much of a date its source gives. */
export enum PeriodPrecision {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

registerEnumType(FundingMechanism, {
  name: 'FundingMechanism',
  description: 'ATT_VTF: the ATT Voluntary Trust Fund. ATT_SPONSORSHIP: the ATT Sponsorship Programme. UNSCAR: the UN Trust Facility Supporting ' +
    "Cooperation on Arms Regulation. EU_ATT_OUTREACH: the EU's ATT Outreach Project (Council Decisions 2013/768/CFSP and after).",
});
registerEnumType(SupportKind, { name: 'SupportKind' });
registerEnumType(ProjectStatus, { name: 'ProjectStatus' });
registerEnumType(ProjectModeration, {
  name: 'ProjectModeration',
  description: 'DRAFT → SUBMITTED → PUBLISHED or REJECTED (a rejected one can be edited and submitted again).',
});
registerEnumType(PeriodPrecision, { name: 'PeriodPrecision' });
