import { AuditEvent } from './access/audit/audit-event.entity';
import { DOMAINS } from './domains';
import { DataGeneration } from './kernel/db/data-generation.entity';
import { DatasetLoad } from './kernel/db/dataset-load.entity';
import { RateLimitWindow } from './kernel/db/rate-limit-window.entity';
import { VersionedRecord } from './kernel/db/versioned-record';

/**
 * Every entity of the hub: the kernel's and the access log's, then each domain's (src/domains/index.ts).
 * The ORM, the migration check and the CLI use this list.
 */
export const entities = [
  VersionedRecord,
  DatasetLoad,
  DataGeneration,
  RateLimitWindow,
  ...DOMAINS.flatMap((domain) => domain.entities),
  AuditEvent,
];
