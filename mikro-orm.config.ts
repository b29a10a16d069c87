import { withMigrations } from './src/kernel/db/migrator';
import { ormOptions } from './src/kernel/db/orm';
import { ormMapping } from './src/orm-mapping';

/** For the MikroORM CLI (`npx mikro-orm migration:create`): DATABASE_URL must name a server. */
export default withMigrations(ormOptions({ clientUrl: process.env.DATABASE_URL, poolMax: 2 }, ormMapping()));
