import { graphql } from './gql';

/**
 * Every operation the dashboard sends. It shows only what these return for the viewer's
 * token: nothing is fetched any other way, and nothing is kept across tokens.
 */

/** The public picture on one day: counts, every state's status, and the treaty actions' dates. */
export const Participation = graphql(`
  query DashboardParticipation($asOf: Date!, $lang: Language!) {
    participationSummary(asOf: $asOf) {
      asOf
      statesParties
      signatories
      nonSignatories
      undetermined
      total
      byRegion {
        region
        statesParties
        signatories
        nonSignatories
        undetermined
        total
      }
    }
    states(first: 200, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      edges {
        node {
          iso3
          iso2
          name(lang: $lang)
          region
          status(asOf: $asOf)
          possibleStatuses(asOf: $asOf)
          actions {
            kind
            date {
              precision
              date
              year
            }
          }
        }
      }
    }
  }
`);

/** Published activities, newest first; and the ATT bodies, each with its own page. */
export const PublishedActivities = graphql(`
  query DashboardActivities {
    bodies {
      code
      name
      parent {
        code
      }
    }
    activities(first: 50, filter: { status: PUBLISHED }) {
      totalCount
      edges {
        node {
          id
          kind
          title
          startDate
          endDate
          place
          organiserName
        }
      }
    }
  }
`);

/**
 * The viewer and the parts that depend on its rights. A part the viewer may not read comes
 * back null with a FORBIDDEN error (UNAUTHENTICATED for the public), and its panel says so instead of showing anything.
 */
export const ViewerPanels = graphql(`
  query DashboardViewerPanels($lang: Language!) {
    viewer {
      signedIn
      name
      level
      secretariat
      coordinatedRegions
      ownStates {
        iso3
      }
      organisation {
        name
      }
    }
    pipeline {
      tier
      entries {
        stage
        assessedOn
        lastEngagementOn
        state {
          iso3
          region
          name(lang: $lang)
        }
      }
    }
    plans {
      id
      name
      periodFrom
      periodTo
      focusRegions
      progress {
        measuredTo
        undetermined
        activitiesHeld
        needsMatched
        signatoriesToParties {
          iso3
          name(lang: $lang)
        }
        nonSignatoriesToSignatories {
          iso3
          name(lang: $lang)
        }
        nonSignatoriesToParties {
          iso3
          name(lang: $lang)
        }
      }
    }
    followUpActions(filter: { open: true }) {
      id
      description
      owner
      status
      dueOn
      dueInCycle {
        code
      }
      decision {
        reference
        decidedBy {
          code
        }
      }
    }
    needs(first: 100, filter: { status: OPEN }) {
      totalCount
      edges {
        node {
          id
          kind
          description
          statedOn
          statedBy
          state {
            iso3
            region
            name(lang: $lang)
          }
        }
      }
    }
  }
`);
