import { graphql } from './gql';

/**
 * The body page's one operation: an ATT body's mandate, office holders, meetings, decisions
 * and what is open on its agenda. Progress notes on follow-ups are for the treaty bodies: for
 * other viewers they come back null with an error at their path.
 */
export const BodyPage = graphql(`
  query BodyPage($code: BodyCode!, $lang: Language!) {
    viewer {
      signedIn
      name
    }
    body(code: $code) {
      code
      name
      mandate
      note
      source
      parent {
        code
        name
      }
      subBodies {
        code
        name
      }
      officeHoldings {
        ...Holding
      }
      meetings {
        id
        title
        date
        endDate
        ordinal
        source
        cycle {
          code
        }
        reportedIn {
          symbol
        }
      }
      decisions {
        id
        reference
        kind
        outcome
        status
        text
        textZh
        decidedBy {
          code
        }
        document {
          symbol
        }
      }
      agenda {
        id
        description
        owner
        ownerOffice
        status
        dueOn
        notes
        dueInCycle {
          code
        }
      }
    }
  }
`);
