import { graphql } from './gql';

/**
 * The "what changed since" page's set-up: who the viewer is and which bodies it holds an office
 * in (to offer each body's last meeting as the day), the states' UN names in the page's language
 * (for the list and the state filter), and the bodies (for the body filter).
 */
export const ChangesSetup = graphql(`
  query ChangesSetup($lang: Language!) {
    viewer {
      signedIn
      name
      officeHoldings {
        body
      }
    }
    states(first: 200, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          iso3
          name(lang: $lang)
        }
      }
    }
    bodies {
      code
      name
    }
  }
`);

/** A body's meetings, newest first: the page offers the latest one held by today. */
export const BodyMeetings = graphql(`
  query ChangesBodyMeetings($body: BodyCode!) {
    meetings(body: $body) {
      date
      endDate
    }
  }
`);

/**
 * One page of changes the viewer may see, newest first, with where each comes from. A source
 * the policy denies comes back null with an error at its path: the page says so at that change.
 */
export const ChangesList = graphql(`
  query ChangesList($since: Date!, $state: String, $region: AttRegion, $body: BodyCode, $after: String) {
    changes(since: $since, state: $state, region: $region, body: $body, first: 50, after: $after) {
      edges {
        cursor
        node {
          at
          kind
          isNew
          summary
          states
          region
          body
          record {
            id
            ... on TreatyAction {
              sources {
                id
                title
                location
              }
            }
            ... on OfficeHolding {
              source
            }
            ... on Decision {
              outcomeSource
            }
            ... on Activity {
              source
            }
            ... on AssistanceNeed {
              statedBy
            }
            ... on PriorityAssessment {
              source
            }
            ... on NationalProcess {
              source
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
