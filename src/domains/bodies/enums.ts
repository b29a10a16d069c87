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

registerEnumType(BodyCode, {
  valuesConfig: {
    CSP: { description: 'The Conference of States Parties.' },
    MANAGEMENT_COMMITTEE: { description: 'The Management Committee.' },
    SECRETARIAT: { description: 'The ATT Secretariat.' },
    VTF_SELECTION_COMMITTEE: { description: 'The Voluntary Trust Fund Selection Committee.' },
    WGETI: { description: 'The Working Group on Effective Treaty Implementation.' },
    WGTR: { description: 'The Working Group on Transparency and Reporting.' },
    WGTU: { description: 'The Working Group on Treaty Universalization.' },
  }, name: 'BodyCode', description: 'An ATT body.' });
registerEnumType(OfficeKind, {
  valuesConfig: {
    CHAIR: { description: 'Chair of a body.' },
    CO_CHAIR: { description: 'Co-chair of a working group.' },
    HEAD: { description: 'Head of the Secretariat.' },
    NATIONAL_POINT_OF_CONTACT: { description: "A state's national point of contact for the treaty (no ATT body)." },
    PRESIDENT: { description: 'President of the Conference of States Parties.' },
    REGIONAL_CHAMPION: { description: 'A State Party volunteering to support universalization in a region.' },
    STAFF: { description: 'A staff member (of the Secretariat, or of a partner organisation).' },
    VICE_PRESIDENT: { description: 'Vice-President of the Conference of States Parties.' },
  },
  description: 'An office in an ATT body, or a role beside them.',
  name: 'OfficeKind',
});
