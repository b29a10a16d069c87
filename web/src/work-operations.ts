import { graphql } from './gql';

/** The partner's workspace and the Secretariat's desk: every operation they send, with the viewer's token. */

/** The viewer and the activities it may see (its organisation's drafts among them), newest first. */
export const WorkspaceActivities = graphql(`
  query WorkspaceActivities {
    viewer {
      signedIn
      secretariat
      name
      organisation {
        id
        name
      }
    }
    activities(first: 100) {
      edges {
        node {
          id
          version
          kind
          title
          description
          startDate
          place
          status
          rejectionReason
          organiser {
            id
          }
          targetStates {
            iso3
          }
        }
      }
    }
  }
`);

export const CreateDraft = graphql(`
  mutation WorkspaceCreate($input: CreateActivityInput!) {
    createActivity(input: $input) {
      activity {
        id
      }
      userErrors {
        message
      }
    }
  }
`);

export const UpdateDraft = graphql(`
  mutation WorkspaceUpdate($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      activity {
        id
      }
      userErrors {
        message
      }
    }
  }
`);

export const SubmitDraft = graphql(`
  mutation WorkspaceSubmit($input: ModerateActivityInput!) {
    submitActivity(input: $input) {
      activity {
        id
      }
      userErrors {
        message
      }
    }
  }
`);

/** A file's rows checked (dryRun: nothing kept) or imported. Nested lists are not read: an .xlsx is priced at the bound. */
export const ImportFile = graphql(`
  mutation WorkspaceImport($input: ImportActivitiesInput!) {
    importActivities(input: $input) {
      newRows
      alreadyImported
      rowErrors {
        line
        field
        message
      }
      userErrors {
        message
      }
    }
  }
`);

/** The desk: activities awaiting moderation, and needs awaiting a match. */
export const DeskQueue = graphql(`
  query DeskQueue($lang: Language!) {
    viewer {
      signedIn
      secretariat
    }
    activities(first: 100, filter: { status: SUBMITTED }) {
      edges {
        node {
          id
          version
          kind
          title
          startDate
          place
          organiserName
        }
      }
    }
    needs(first: 100, filter: { status: OPEN }) {
      edges {
        node {
          id
          kind
          description
          state {
            iso3
            name(lang: $lang)
          }
        }
      }
    }
  }
`);

export const Publish = graphql(`
  mutation DeskPublish($input: ModerateActivityInput!) {
    publishActivity(input: $input) {
      activity {
        id
      }
      userErrors {
        message
      }
    }
  }
`);

export const Reject = graphql(`
  mutation DeskReject($input: ModerateActivityInput!) {
    rejectActivity(input: $input) {
      activity {
        id
      }
      userErrors {
        message
      }
    }
  }
`);

/** The offers that could meet a need, best first. */
export const Suggestions = graphql(`
  query DeskSuggestions($needId: ID!) {
    matchSuggestions(needId: $needId) {
      score
      reasons
      offer {
        id
        description
        providerName
      }
    }
  }
`);
