import type { EntityManager, MikroORM, Options } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

/** An entity or resolver class, as MikroORM and type-graphql take them. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type Class = Function;

/** Records a domain writes at start: idempotent, run again only when something they read changed. */
export interface Seed {
  name: string;
  /** Demo records: written only with DEMO_PRINCIPALS, after every other seed. */
  demo?: boolean;
  run(em: EntityManager): Promise<void>;
}

/**
 * One area of the hub (src/domains/index.ts lists them): a new domain is one entry there, not
 * edits to the entity list, the schema, and the database layer (ARCHITECTURE.md, "Layout").
 */
export interface Domain {
  name: string;
  entities: readonly Class[];
  resolvers: readonly Class[];
  /** Shipped data reloaded at every start when it changed; resolves true when it wrote. */
  load?(em: EntityManager, log: Logger): Promise<boolean>;
  seeds?: readonly Seed[];
}

/**
 * What the ORM maps, handed in by the wiring (src/orm-mapping.ts) as the seeds are: the kernel
 * knows no domain, no policy and no cache (ARCHITECTURE.md, "Dependency rules").
 */
export interface OrmMapping {
  entities: readonly Class[];
  filters?: Options['filters'];
  subscribers?: Options['subscribers'];
}

/** What the database layer runs once migrations are applied; built from the domains (src/seeds.ts). */
export interface Seeding {
  /** The hub's ORM mapping (entities, record filters, subscribers). */
  mapping(): OrmMapping;
  /** The EntityManager the loads and seeds write through. */
  manager(root: EntityManager): EntityManager;
  /** Every domain's load, in order; true when any wrote. */
  load(em: EntityManager, log: Logger): Promise<boolean>;
  /** Every domain's seeds, in order (demo seeds run last, and only with DEMO_PRINCIPALS). */
  seeds: readonly Seed[];
  /**
   * The access walls' start checks, which the database layer runs without knowing them: on the
   * mapped entities before migrations (every record-scoped entity filtered), and on the migrated
   * database (its row-level security is what the policy table renders). Either stops the start.
   */
  checkMapping(orm: MikroORM): void;
  checkDatabase(em: EntityManager): Promise<void>;
  /**
   * Upkeep of the schema that time calls for (the coming months' partitions of the audit trail),
   * run as the owner at start and then daily; resolves with what it created.
   */
  upkeep?(em: EntityManager): Promise<string[]>;
}
