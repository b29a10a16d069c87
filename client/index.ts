/**
 * The ATT Coordination Hub's typed client: operations typed from schema/schema.graphql, and a
 * small fetch wrapper to run them. See client/README.md.
 */
export { createHubClient, HubRequestError, isDenied, type HubClient, type HubError, type HubResult } from './hub-client';
export * as operations from './operations';
export type * from './gql/graphql';
