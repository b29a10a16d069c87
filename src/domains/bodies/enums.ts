import { registerEnumType } from 'type-graphql';

/** The ATT bodies the hub keeps a record of (data/att-institutions/bodies.csv describes each). */
export enum BodyCode {
  /** The Conference of States Parties; its Bureau is its President and Vice-Presidents. */
  CSP = 'CSP',
  WGTU = 'WGTU',
  WGETI = 'WGETI',
  WGETI_SWG_ARTICLE_5 = 'WGETI_SWG_ARTICLE_5',
  WGETI_SWG_ARTICLES_6_7 = 'WGETI_SWG_ARTICLES_6_7',
  WGETI_SWG_ARTICLE_9 = 'WGETI_SWG_ARTICLE_9',
  WGETI_SWG_ARTICLE_11 = 'WGETI_SWG_ARTICLE_11',
  WGTR = 'WGTR',
  VTF_SELECTION_COMMITTEE = 'VTF_SELECTION_COMMITTEE',
  MANAGEMENT_COMMITTEE = 'MANAGEMENT_COMMITTEE',
  DIVERSION_INFORMATION_EXCHANGE_FORUM = 'DIVERSION_INFORMATION_EXCHANGE_FORUM',
  SECRETARIAT = 'SECRETARIAT',
}

export enum OfficeKind {
  PRESIDENT = 'PRESIDENT',
  VICE_PRESIDENT = 'VICE_PRESIDENT',
  CO_CHAIR = 'CO_CHAIR',
  CHAIR = 'CHAIR',
  /** Facilitates a sub-working group. */
  FACILITATOR = 'FACILITATOR',
  /** A member of a committee (e.g. a regional group's representative on the Management Committee). */
  MEMBER = 'MEMBER',
  HEAD = 'HEAD',
  STAFF = 'STAFF',
  /** A State Party volunteering to support universalization in a region. */
  REGIONAL_CHAMPION = 'REGIONAL_CHAMPION',
  /** A state's national point of contact for the treaty (no ATT body). */
  NATIONAL_POINT_OF_CONTACT = 'NATIONAL_POINT_OF_CONTACT',
}

/** How one end of a term is known, as treaty actions carry theirs. */
export enum TermBasis {
  /** A source states the date. */
  SOURCED = 'SOURCED',
  /** The rules give it, e.g. a presidency runs from the close of one CSP to the close of the next (Rule 9). */
  DERIVED = 'DERIVED',
  /** No source states it and no rule gives it: the date is null and stays so. */
  UNKNOWN = 'UNKNOWN',
}

registerEnumType(BodyCode, { valuesConfig: { DIVERSION_INFORMATION_EXCHANGE_FORUM: { description: 'The Diversion Information Exchange Forum.' }, WGETI_SWG_ARTICLES_6_7: { description: 'The WGETI sub-working group on Articles 6 and 7.' }, WGETI_SWG_ARTICLE_5: { description: 'The WGETI sub-working group on Article 5.' }, WGETI_SWG_ARTICLE_9: { description: 'The WGETI sub-working group on Article 9.' }, WGETI_SWG_ARTICLE_11: { description: 'The WGETI sub-working group on Article 11.' }, CSP: { description: 'The Conference of States Parties.' }, MANAGEMENT_COMMITTEE: { description: 'The Management Committee.' }, SECRETARIAT: { description: 'The ATT Secretariat.' }, VTF_SELECTION_COMMITTEE: { description: 'The Voluntary Trust Fund Selection Committee.' }, WGETI: { description: 'The Working Group on Effective Treaty Implementation.' }, WGTR: { description: 'The Working Group on Transparency and Reporting.' }, WGTU: { description: 'The Working Group on Treaty Universalization.' } }, name: 'BodyCode', description: 'An ATT body.' });
registerEnumType(OfficeKind, { valuesConfig: { FACILITATOR: { description: 'Facilitates a sub-working group.' }, MEMBER: { description: 'A member of a committee (e.g. a regional group\'s representative on the Management Committee).' }, CHAIR: { description: 'Chair of a body.' }, CO_CHAIR: { description: 'Co-chair of a working group.' }, HEAD: { description: 'Head of the Secretariat.' }, NATIONAL_POINT_OF_CONTACT: { description: 'A state\'s national point of contact for the treaty (no ATT body).' }, PRESIDENT: { description: 'President of the Conference of States Parties.' }, REGIONAL_CHAMPION: { description: 'A State Party volunteering to support universalization in a region.' }, STAFF: { description: 'A staff member (of the Secretariat, or of a partner organisation).' }, VICE_PRESIDENT: { description: 'Vice-President of the Conference of States Parties.' } }, description: 'An office in an ATT body, or a role beside them.', name: 'OfficeKind' });
registerEnumType(TermBasis, { valuesConfig: { DERIVED: { description: 'The rules give it, e.g. a presidency runs from the close of one CSP to the close of the next (Rule 9).' }, SOURCED: { description: 'A source states the date.' }, UNKNOWN: { description: 'No source states it and no rule gives it: the date is null and stays so.' } }, name: 'TermBasis', description: 'How one end of a term is known.' });
