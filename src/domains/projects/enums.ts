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

registerEnumType(FundingMechanism, { valuesConfig: { ATT_SPONSORSHIP: { description: 'The ATT Sponsorship Programme.' }, ATT_VTF: { description: 'The ATT Voluntary Trust Fund.' }, BILATERAL: { description: 'Bilateral support from one state to another.' }, EU_ATT_OUTREACH: { description: 'The European Union\'s ATT outreach project.' }, OTHER: { description: 'Another mechanism.' }, UNSCAR: { description: 'The UN Trust Facility Supporting Cooperation on Arms Regulation.' } },
  name: 'FundingMechanism',
  description: 'ATT_VTF: the ATT Voluntary Trust Fund. ATT_SPONSORSHIP: the ATT Sponsorship Programme. UNSCAR: the UN Trust Facility Supporting ' +
    "Cooperation on Arms Regulation. EU_ATT_OUTREACH: the EU's ATT Outreach Project (Council Decisions 2013/768/CFSP and after).",
});
registerEnumType(SupportKind, { valuesConfig: { INSTITUTIONAL: { description: 'Building institutions, e.g. a national control system.' }, LEGAL: { description: 'Legal drafting or review of national law against the treaty.' }, OUTREACH: { description: 'Outreach and awareness raising.' }, PARTICIPATION: { description: 'A delegate\'s attendance at a treaty meeting (the Sponsorship Programme).' }, TECHNICAL: { description: 'Technical help.' }, TRAINING: { description: 'Training of officials.' }, TRANSLATION: { description: 'Translation of documents or guidance.' } }, description: 'The kind of support a project gives (a project may give several; none listed: not known).', name: 'SupportKind' });
registerEnumType(ProjectStatus, { valuesConfig: { COMPLETED: { description: 'Completed.' }, ONGOING: { description: 'Under way.' }, PLANNED: { description: 'Planned, not started.' }, UNKNOWN: { description: 'Its source does not say.' } }, description: 'Where a project stands, as its source says.', name: 'ProjectStatus' });
registerEnumType(ProjectModeration, { valuesConfig: { DRAFT: { description: 'Written by its contributor, not yet submitted for moderation.' }, PUBLISHED: { description: 'Published by the Secretariat.' }, REJECTED: { description: 'Rejected by the Secretariat with a reason; can be edited and submitted again.' }, SUBMITTED: { description: 'Submitted for moderation, awaiting the Secretariat.' } },
  name: 'ProjectModeration',
  description: 'DRAFT → SUBMITTED → PUBLISHED or REJECTED (a rejected one can be edited and submitted again).',
});
registerEnumType(PeriodPrecision, { name: 'PeriodPrecision' });
