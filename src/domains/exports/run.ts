import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type GraphQLError, type GraphQLSchema, graphql, print } from 'graphql';
import { flushRestrictedReads } from '../../access/audit/audit-trail';
import { limitedResult } from '../../performance/answer-limit';
import type { HubContext } from '../../context';
import { isDenial } from '../../kernel/graphql/errors';
import { type AdmissionTicket, yieldToSmallRequests } from '../../kernel/http/admission';

/** An answer as a client gets it: data, and the errors of the fields it could not have. */
export interface Answer<T> {
  data: T;
  errors: readonly GraphQLError[];
}

export type RunOperation = <T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, variables: V) => Promise<Answer<T>>;

/** An error of the whole operation (not of one denied field): the export cannot go on. */
export class ExportQueryError extends Error {
  constructor(readonly errors: readonly GraphQLError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

const printed = new WeakMap<object, string>();

/**
 * Runs one operation through the hub's schema (its policy rules applied) with a context built
 * exactly as for a request to /graphql. Each page gets a fresh context, as each page of a client
 * would: loaders and the identity map do not grow with the size of the export. RESTRICTED reads
 * are written to the access log before the page is sent, as for any answer.
 */
export function operationRunner(
  schema: GraphQLSchema,
  newContext: () => Promise<HubContext>,
  operationName: string,
  ticket?: AdmissionTicket,
): RunOperation {
  return async <T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, variables: V): Promise<Answer<T>> => {
    // An export is heavy work: small requests go first between its pages.
    await yieldToSmallRequests(ticket);
    const contextValue = await newContext();
    let source = printed.get(document);
    if (!source) printed.set(document, (source = print(document)));
    // Past the answer limit the page is one error, as a client's answer would be.
    // Under the request role, in the page's own transaction, as any request (see RequestTransaction).
    await contextValue.transaction.begin();
    let executed;
    try {
      executed = await graphql({ schema, source, contextValue, variableValues: variables });
    } finally {
      // Exports run only queries (their operations are the project's own).
      await contextValue.transaction.end({ readOnly: true });
    }
    const result = limitedResult(executed, contextValue, false);
    await flushRestrictedReads(contextValue, operationName);
    const errors = result.errors ?? [];
    // Only denied fields may fail: they read as null, as they would for this viewer anywhere.
    const fatal = errors.filter((e) => !isDenial(e));
    if (!result.data || fatal.length) throw new ExportQueryError(fatal.length ? fatal : errors);
    return { data: result.data as T, errors };
  };
}
