import { SYSTEM } from './access/auth/viewer';
import { checkRecordScopes } from './access/policy/record-scopes';
import { checkRowSecurity } from './access/policy/row-security-check';
import { ensureAccessLogPartitions } from './access/audit/access-log-partitions';
import { entities } from './entities';
import { viewerEntityManager } from './context';
import { DOMAINS } from './domains';
import type { Seeding } from './kernel/domain';
import { ormMapping } from './orm-mapping';

/** What the database layer loads and seeds at start, from the domains' entries; written as the system. */
export const SEEDING: Seeding = {
  mapping: ormMapping,
  manager: (root) => viewerEntityManager(root, SYSTEM),
  async load(em, log) {
    let wrote = false;
    for (const domain of DOMAINS) if (domain.load && (await domain.load(em, log))) wrote = true;
    return wrote;
  },
  seeds: DOMAINS.flatMap((domain) => domain.seeds ?? []),
  checkMapping: (orm) => checkRecordScopes(orm.getMetadata(), orm.config.get('filters')),
  checkDatabase: (em) => checkRowSecurity(em, entities),
  upkeep: (em) => ensureAccessLogPartitions(em),
};
