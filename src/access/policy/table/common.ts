import { every, PUBLIC, type PolicyPart } from './shared';

/** What every part of the schema shares: the Node lookups, page info, user errors. */
export const COMMON: PolicyPart = {
  query: {
    ...every(PUBLIC, 'node', 'nodes'),
  },
  types: {
    PageInfo: { fields: every(PUBLIC, 'hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor') },
    UserError: { fields: every(PUBLIC, 'field', 'message', 'code') },
  },
};
