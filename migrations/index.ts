import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128045423 } from './Migration20261128045423';
import { Migration20261128050844 } from './Migration20261128050844';
import { Migration20261128052218 } from './Migration20261128052218';
import { Migration20261128052617 } from './Migration20261128052617';
import { Migration20261128052848 } from './Migration20261128052848';
import { Migration20261128053219 } from './Migration20261128053219';
import { Migration20261128053633 } from './Migration20261128053633';
import { Migration20261128055158 } from './Migration20261128055158';
import { Migration20261128062245 } from './Migration20261128062245';
import { Migration20261128072810 } from './Migration20261128072810';
import { Migration20261128094700 } from './Migration20261128094700';
import { Migration20261129210000 } from './Migration20261129210000';
import { Migration20261129210735 } from './Migration20261129210735';
import { Migration20261129210901 } from './Migration20261129210901';
import { Migration20261129211246 } from './Migration20261129211246';
import { Migration20261130005637 } from './Migration20261130005637';
import { Migration20261130010058 } from './Migration20261130010058';
import { Migration20261130011155 } from './Migration20261130011155';
import { Migration20261130011127 } from './Migration20261130011127';
import { Migration20261130023212 } from './Migration20261130023212';

/** Applied in this order; a new migration is added here as well as in its own file. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261128045423', class: Migration20261128045423 },
  { name: 'Migration20261128050844', class: Migration20261128050844 },
  { name: 'Migration20261128052218', class: Migration20261128052218 },
  { name: 'Migration20261128052617', class: Migration20261128052617 },
  { name: 'Migration20261128052848', class: Migration20261128052848 },
  { name: 'Migration20261128053219', class: Migration20261128053219 },
  { name: 'Migration20261128053633', class: Migration20261128053633 },
  { name: 'Migration20261128055158', class: Migration20261128055158 },
  { name: 'Migration20261128062245', class: Migration20261128062245 },
  { name: 'Migration20261128072810', class: Migration20261128072810 },
  { name: 'Migration20261128094700', class: Migration20261128094700 },
  { name: 'Migration20261129210000', class: Migration20261129210000 },
  { name: 'Migration20261129210735', class: Migration20261129210735 },
  { name: 'Migration20261129210901', class: Migration20261129210901 },
  { name: 'Migration20261129211246', class: Migration20261129211246 },
  { name: 'Migration20261130005637', class: Migration20261130005637 },
  { name: 'Migration20261130010058', class: Migration20261130010058 },
  { name: 'Migration20261130011127', class: Migration20261130011127 },
  { name: 'Migration20261130011155', class: Migration20261130011155 },
  { name: 'Migration20261130023212', class: Migration20261130023212 },
];
