import { graphql } from './gql';

/**
 * The operations a TypeScript app of the treaty bodies needs, typed from schema/schema.graphql
 * by `npm run codegen` (into client/gql/). Add an operation here, run codegen, and its result
 * and variables types appear in client/gql/graphql.ts.
 */

/** Who the token belongs to, and what it gives today. */
export const Viewer = graphql(`
  query Viewer {
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
  }
`);

/** Counts of States Parties, signatories and the others on a day, overall and by region. */
export const ParticipationSummary = graphql(`
  query ParticipationSummary($asOf: Date) {
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
  }
`);

/** One page of states (at most 200) with their status on a day, names in one language. */
export const States = graphql(`
  query States($first: Int, $after: String, $filter: StateFilter, $asOf: Date, $lang: Language! = EN) {
    states(first: $first, after: $after, filter: $filter, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          iso3
          iso2
          name(lang: $lang)
          region
          status(asOf: $asOf)
          possibleStatuses(asOf: $asOf)
        }
      }
    }
  }
`);

/**
 * What a subsidiary body chair reads about a state before a meeting. The restricted parts
 * (tier, national process, engagements) come back null with a FORBIDDEN error for a viewer
 * who may not read them; the rest answers all the same.
 */
export const StateBriefing = graphql(`
  query StateBriefing($iso3: String!, $lang: Language! = EN) {
    state(iso3: $iso3) {
      iso3
      name(lang: $lang)
      region
      unMember
      note
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
        }
      }
      activities(first: 10) {
        title
        kind
        startDate
        place
        organiserName
      }
      needs {
        kind
        status
        description
        statedOn
      }
      vtfProjects {
        title
        year
        status
        amountUsd
      }
      sponsorshipAwards {
        meeting
        year
        delegates
      }
      coordinators {
        person {
          name
        }
        validFrom
      }
      champions {
        person {
          name
        }
        representingState {
          name(lang: $lang)
        }
      }
      currentPriority {
        tier
        assessedOn
        rationale
      }
      nationalProcess {
        stage
        obstacles
        nextStep
        owner
        lastAssessed
      }
      engagements {
        date
        kind
        onBehalfOf
        summary
        outcome
        nextStep
      }
    }
  }
`);

/** One page of the activities the viewer may see, newest first. */
export const Activities = graphql(`
  query Activities($first: Int, $after: String, $filter: ActivityFilter) {
    activities(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          title
          startDate
          endDate
          place
          organiserName
          status
          targetRegions
          targetStates {
            iso3
          }
        }
      }
    }
  }
`);

/** The stepwise pipeline the viewer may see (null with FORBIDDEN for those who may not). */
export const Pipeline = graphql(`
  query Pipeline($region: AttRegion, $lang: Language! = EN) {
    pipeline(region: $region) {
      tier
      entries {
        state {
          iso3
          name(lang: $lang)
          region
        }
        stage
        assessedOn
        lastEngagementOn
      }
    }
  }
`);
