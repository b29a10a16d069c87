import { registerEnumType } from 'type-graphql';

/** The ATT bodies whose office holders the hub knows. */
export enum BodyCode {
  CSP = 'CSP',
  WGTU = 'WGTU',
  WGETI = 'WGETI',
  WGTR = 'WGTR',
  VTF_SELECTION_COMMITTEE = 'VTF_SELECTION_COMMITTEE',
  MANAGEMENT_COMMITTEE = 'MANAGEMENT_COMMITTEE',
  SECRETARIAT = 'SECRETARIAT',
}

export enum OfficeKind {
  PRESIDENT = 'PRESIDENT',
  VICE_PRESIDENT = 'VICE_PRESIDENT',
  CO_CHAIR = 'CO_CHAIR',
  CHAIR = 'CHAIR',
  HEAD = 'HEAD',
  STAFF = 'STAFF',
  /** A State Party volunteering to support universalization in a region. */
  REGIONAL_CHAMPION = 'REGIONAL_CHAMPION',
  /** A state's national point of contact for the treaty (no ATT body). */
  NATIONAL_POINT_OF_CONTACT = 'NATIONAL_POINT_OF_CONTACT',
}

registerEnumType(BodyCode, { name: 'BodyCode', description: 'An ATT body.' });
registerEnumType(OfficeKind, { name: 'OfficeKind' });
