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

registerEnumType(BodyCode, { name: 'BodyCode', description: 'An ATT body.' });
registerEnumType(OfficeKind, { name: 'OfficeKind' });
registerEnumType(TermBasis, { name: 'TermBasis', description: 'How one end of a term is known.' });
