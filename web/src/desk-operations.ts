import { graphql } from './gql';

/** The Secretariat's desk: the record of the bodies it keeps (decisions' outcomes, appointments), through the public schema. */

/** A follow-up action as the desk tracks it. */
export const DeskFollowUp = graphql(`
  fragment DeskFollowUp on FollowUpAction {
    id
    version
    description
    owner
    status
  }
`);

/** Decisions awaiting an outcome, and those whose outcome is recorded; the follow-ups apart (nested, 200 decisions × their follow-ups would cost too much). */
export const DeskDecisions = graphql(`
  query DeskDecisions {
    awaiting: decisions(outcomeRecorded: false) {
      id
      version
      reference
      text
      textZh
      decidedBy {
        code
      }
      document {
        symbol
      }
    }
    recorded: decisions(outcomeRecorded: true) {
      id
      reference
      text
      textZh
      outcome
      outcomeSource
      outcomeNote
      decidedBy {
        code
      }
    }
    followUpActions {
      ...DeskFollowUp
      decision {
        id
      }
    }
  }
`);

export const RecordOutcome = graphql(`
  mutation DeskRecordOutcome($input: RecordDecisionOutcomeInput!) {
    recordDecisionOutcome(input: $input) {
      decision {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const UpdateFollowUp = graphql(`
  mutation DeskUpdateFollowUp($input: UpdateFollowUpActionInput!) {
    updateFollowUpAction(input: $input) {
      followUpAction {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** The bodies to pick from. */
export const DeskBodies = graphql(`
  query DeskBodies {
    bodies {
      code
      name
    }
  }
`);

/** One body's office holders: those whose term runs today, and those appointed from a later day. */
export const DeskHolders = graphql(`
  query DeskHolders($code: BodyCode!, $today: Date!, $lang: Language!) {
    body(code: $code) {
      code
      current: officeHoldings(asOf: $today) {
        ...Holding
        version
        endSource
      }
      all: officeHoldings {
        ...Holding
        version
        endSource
      }
    }
  }
`);

export const Appoint = graphql(`
  mutation DeskAppoint($input: AppointOfficeHolderInput!) {
    appointOfficeHolder(input: $input) {
      officeHolding {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const EndTerm = graphql(`
  mutation DeskEndTerm($input: EndOfficeHoldingInput!) {
    endOfficeHolding(input: $input) {
      officeHolding {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
