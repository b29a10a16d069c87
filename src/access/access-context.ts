import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { RequestIds } from '../kernel/http/request-context';
import type { Viewer } from './auth/viewer';

/**
 * What the access layer reads of a request's context. The hub's full context (src/context.ts)
 * extends it with every domain's loaders; access/ never imports that one, so no import cycle
 * runs through the context (ARCHITECTURE.md, "Dependency rules").
 */
export interface AccessContext extends RequestIds {
  viewer: Viewer;
  /** Forked per request, with the viewer's record scopes set as filter parameters. */
  em: EntityManager;
  log: Logger;
  /** The request's "today", fixed once so one answer never straddles midnight. */
  today: string;
  /** RESTRICTED fields read in this request, by record; written to the audit trail at the end. */
  restrictedReads: Map<string, { recordType: string; recordId: string; fields: Set<string> }>;
  /**
   * Loads the record a reference holding only its key points to, through the request's batched
   * loaders: how a record's scope follows its paths (scope-of.ts) without knowing any domain.
   */
  loadReference: LoadReference;
}

/** Loads a record from a reference holding only its key; null if the viewer may not see it. */
export type LoadReference = (reference: object) => Promise<object | null>;
