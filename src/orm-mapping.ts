import { visibilityFilters } from './access/policy/record-scopes';
import { entities } from './entities';
import type { OrmMapping } from './kernel/domain';
import { ReadOnlyRecordGuard } from './performance/read-only-records';

/** What the hub's ORM maps: every entity, with the walls and guards the layers above the kernel add. */
export function ormMapping(): OrmMapping {
  return {
    entities,
    // The record scopes, derived from the policy table for every entity of a record-scoped type.
    filters: visibilityFilters(entities),
    // A flush that would write a record built for reading only fails (read-only-records.ts).
    subscribers: [new ReadOnlyRecordGuard()],
  };
}
