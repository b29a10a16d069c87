import { graphql } from './gql';

/**
 * The operations the exports run, in-process, through the hub's own schema and the viewer's
 * context: the same field rules and record scopes as any client's request (never a bypass).
 */

/** One page of states with their names, status and every treaty action with its date and sources. */
export const ParticipationExportPage = graphql(`
  query ParticipationExportPage($first: Int!, $after: String, $asOf: Date!, $withTier: Boolean!) {
    states(first: $first, after: $after, orderBy: { field: CODE, direction: ASC }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          iso3
          iso2
          region
          unMember
          en: name(lang: EN)
          fr: name(lang: FR)
          es: name(lang: ES)
          ru: name(lang: RU)
          zh: name(lang: ZH)
          ar: name(lang: AR)
          status(asOf: $asOf)
          possibleStatuses(asOf: $asOf)
          inForce(asOf: $asOf)
          currentPriority @include(if: $withTier) {
            tier
          }
          actions {
            kind
            instrument
            basis
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
        }
      }
    }
  }
`);

/** One page of the activities the viewer may see, with a status filter. */
export const ActivitiesExportPage = graphql(`
  query ActivitiesExportPage($first: Int!, $after: String, $status: ActivityStatus) {
    activities(first: $first, after: $after, filter: { status: $status }) {
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
          description
          startDate
          endDate
          place
          organiserName
          organiserState {
            iso3
          }
          targetStates {
            iso3
          }
          targetRegions
          languages
          outcome
          classification
          status
          source
          demo
        }
      }
    }
  }
`);

/** The projects the viewer may see as an IATI activity file (2.03). */
export const ProjectsIatiExport = graphql(`
  query ProjectsIatiExport($filter: ProjectFilter) {
    projectsIati(filter: $filter)
  }
`);
