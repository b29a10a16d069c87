import { EDGE, every, PUBLIC, type PolicyPart } from './shared';

/** What changed (issue #16 §4), across the domains. */
export const COORDINATION: PolicyPart = {
  query: {
    // Every change is read from records under their own record scopes (in SQL): the list says nothing beyond them.
    changes: PUBLIC,
  },
  types: {
    // Each change is built from a record the viewer may see (its record scope, in SQL), and its summary from fields
    // whose rule is that same scope; a change to a hidden record is not listed.
    Change: { fields: every(PUBLIC, 'at', 'kind', 'isNew', 'summary', 'record', 'states', 'region', 'body') },
    ChangeConnection: { fields: every(PUBLIC, 'edges', 'pageInfo') },
    ChangeEdge: { fields: EDGE },
  },
};
