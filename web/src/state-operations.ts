import { graphql } from './gql';

/**
 * The state page's one operation: everything about a state the viewer's token may read. A
 * part the policy denies comes back null with a FORBIDDEN (or, for the public,
 * UNAUTHENTICATED) error at its path, and the page says "not available to you" there.
 */
export const StatePage = graphql(`
  query StatePage($iso3: String!, $lang: Language!) {
    viewer {
      signedIn
      name
    }
    state(iso3: $iso3) {
      iso3
      iso2
      region
      regionBasis
      unMember
      note
      name(lang: $lang)
      ar: name(lang: AR)
      zh: name(lang: ZH)
      en: name(lang: EN)
      fr: name(lang: FR)
      ru: name(lang: RU)
      es: name(lang: ES)
      status
      possibleStatuses
      inForce
      actions {
        kind
        instrument
        basis
        note
        date {
          precision
          date
          year
          earliest
          latest
        }
        sources {
          id
          title
          location
          confidence
        }
      }
      nationalProcess {
        stage
        nextStep
        obstacles
        owner
        lastAssessed
        source
      }
      currentPriority {
        tier
        cycle
        assessedOn
        rationale
        source
      }
      engagements(first: 20) {
        date
        kind
        counterpart
        summary
        outcome
        nextStep
        nextStepDue
        onBehalfOf
        demo
      }
      needs {
        kind
        description
        statedOn
        statedBy
        status
        demo
      }
      activities(first: 20) {
        id
        title
        kind
        startDate
        endDate
        place
        organiserName
        demo
      }
      whoWorksHere {
        organisations {
          id
          name
          shortName
          kind
          website
          demo
        }
        otherImplementers
        projects {
          id
          title
          mechanism
          reference
          implementerName
          periodFrom
          periodTo
          statusNote
          demo
          sources
        }
      }
    }
    projectOverlaps(state: $iso3) {
      score
      reasons
      sharedDays
      projects {
        id
        title
        implementerName
      }
      activities {
        id
        title
        organiserName
      }
    }
  }
`);
