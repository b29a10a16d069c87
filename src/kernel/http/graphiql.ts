import { ruruHTML, type RuruServerConfig } from 'ruru/server';

/**
 * GraphiQL's first operation for a new visitor (ruru's `defaultQuery`: shown until the browser
 * keeps one of its own): the hub's main entry points, and how to be more than the public.
 * Only PUBLIC fields, so it answers without an error whoever runs it (test/api/graphiql.test.ts).
 */
export const STARTER_OPERATION = `# ATT Coordination Hub: the Arms Trade Treaty's bodies and stakeholders in one GraphQL API.
#
# Without a token you read what is public. To read what your office may see, open the Headers
# tab below and send your token:   { "Authorization": "Bearer <token>" }
# (a demo principal's token, where there are demo principals: \`npm run --silent token -- secretariat\`).
# The Docs panel describes every type and field, with who may read it (its classification).

query Start {
  # Who the hub takes you for.
  viewer {
    signedIn
    name
    level
  }
  # Where the treaty stands today.
  participationSummary {
    statesParties
    signatories
    nonSignatories
    total
  }
  # Every state, a page at a time (Relay connection: first/after, last/before).
  states(first: 5, orderBy: { field: NAME }) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        id
        iso3
        name
        status
      }
    }
  }
  # One state by its ISO code; nationalProcess, engagements and needs answer as your role allows.
  state(iso3: "COM") {
    name(lang: FR)
    status
    region
  }
  # Outreach activities for universalization.
  activities(first: 3) {
    edges {
      node {
        title
        kind
        startDate
      }
    }
  }
}
`;

/** The GraphiQL page, titled for the hub, with its assets served by the hub itself (no CDN). */
export function graphiqlPage(endpoint: string, staticPath: string): string {
  return ruruHTML({
    endpoint,
    staticPath,
    // ruru's type asks for every GraphiQL prop; it needs only those given.
    clientConfig: { defaultQuery: STARTER_OPERATION } as RuruServerConfig['clientConfig'],
    htmlParts: { titleTag: '<title>ATT Coordination Hub · GraphiQL</title>' },
  });
}
