import { graphql } from './gql';

/** An office holding as the region and body pages show it. */
export const Holding = graphql(`
  fragment Holding on OfficeHolding {
    id
    body
    office
    cycle
    region
    validFrom
    validTo
    demo
    note
    source
    person {
      name
      demo
    }
    representingState {
      iso3
      name(lang: $lang)
    }
    representingOrganisation {
      name
    }
  }
`);

/**
 * The region page's one operation: the region's states with their status, who coordinates it
 * and champions it, and as far as the viewer may see, its pipeline, needs and contacts. A part
 * the policy denies comes back null with an error at its path: the page says so there.
 */
export const RegionPage = graphql(`
  query RegionPage($code: AttRegion!, $lang: Language!) {
    viewer {
      signedIn
      name
    }
    region(code: $code) {
      code
      participation {
        statesParties
        signatories
        nonSignatories
        undetermined
        total
      }
      coordinators {
        ...Holding
      }
      champions {
        ...Holding
      }
      states {
        iso3
        name(lang: $lang)
        status
        possibleStatuses
      }
      pipeline {
        tier
        entries {
          stage
          assessedOn
          lastEngagementOn
          state {
            iso3
            name(lang: $lang)
          }
        }
      }
      needs {
        id
        kind
        description
        status
        statedOn
        demo
        state {
          iso3
          name(lang: $lang)
        }
      }
      engagements {
        id
        date
        kind
        counterpart
        summary
        demo
        state {
          iso3
          name(lang: $lang)
        }
      }
      activities {
        id
        title
        kind
        startDate
        endDate
        organiserName
        demo
      }
    }
  }
`);
