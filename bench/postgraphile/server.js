'use strict';
/**
 * PostGraphile v4 on the hub's database, as a library: the comparison server of the benchmark.
 *
 * Everything PostGraphile derives from the tables, foreign keys and the STABLE function
 * participation_as_of(date) comes as it is (allStates, stateByIso3, priorityAssessmentsByStateIso3,
 * nationalProcessByStateIso3, participationAsOf, createActivity…). The few relations the hub
 * computes and that no foreign key gives are added with makeExtendSchemaPlugin and `@pgQuery`,
 * which PostGraphile compiles into its one SQL statement per request, as it does its own relations:
 *   State.status       the status today, from participation_as_of
 *   State.activities   activities whose target_states contain the state, newest first
 *   State.projects     assistance projects of one mechanism for the state (beneficiary_states holds it)
 *   State.coordinators the CSP Vice-Presidents of the state's region holding office today
 *   State.champions    the regional champions of the state's region holding office today
 * Nothing is added to the database.
 *
 * Environment: DATABASE_URL (required), PORT (default 0: a free one), HOST (default 127.0.0.1),
 * DB_POOL_MAX (default 8, the hub's default).
 */
const http = require('node:http');
const { Pool } = require('pg');
const { postgraphile } = require('postgraphile');
const { makeExtendSchemaPlugin, gql, embed } = require('graphile-utils');

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is required');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 0);
const host = process.env.HOST || '127.0.0.1';
const poolMax = Number(process.env.DB_POOL_MAX ?? 8);

/** Offices held on the day the statement runs, as the hub's `heldOn(today)`. */
const heldToday = (sql, alias) => sql.fragment`
  (${alias}.valid_from is null or ${alias}.valid_from <= current_date)
  and (${alias}.valid_to is null or ${alias}.valid_to >= current_date)`;

const BenchRelationsPlugin = makeExtendSchemaPlugin((build) => {
  const { pgSql: sql } = build;
  const parentAlias = (qb) => qb.parentQueryBuilder.getTableAlias();
  return {
    typeDefs: gql`
      enum BenchClassification { PUBLIC PARTNER TREATY_BODY RESTRICTED }

      extend type State {
        """Status today, from participation_as_of(current_date); null when the data cannot decide."""
        status: String
          @pgQuery(
            fragment: ${embed(
              (qb) => sql.fragment`(select p.status from public.participation_as_of(current_date) p where p.iso3 = ${qb.getTableAlias()}.iso3)`,
            )}
          )

        """
        Activities aimed at the state, newest first. With publishedUpTo: only published ones of those
        classifications (what a viewer of that level sees).
        """
        activities(first: Int = 20, publishedUpTo: [BenchClassification!]): [Activity!]!
          @pgQuery(
            source: ${embed(sql.fragment`public.activity`)}
            withQueryBuilder: ${embed((qb, args) => {
              const a = qb.getTableAlias();
              qb.where(sql.fragment`${a}.target_states @> array[${parentAlias(qb)}.iso3]::text[]`);
              if (args.publishedUpTo) {
                qb.where(sql.fragment`${a}.status = 'PUBLISHED'`);
                qb.where(sql.fragment`${a}.classification = any(${sql.value(args.publishedUpTo)}::text[])`);
              }
              qb.orderBy(sql.fragment`${a}.start_date`, false, false);
              qb.orderBy(sql.fragment`${a}.created_at`, false);
              qb.limit(Math.min(Math.max(args.first ?? 20, 0), 50));
            })}
          )

        """
        The state's projects of one funding mechanism whose start is known, newest first, as the hub's
        deprecated vtfProjects and sponsorshipAwards list them. With publishedUpTo: only published ones
        of those classifications.
        """
        projects(mechanism: String!, publishedUpTo: [BenchClassification!]): [AssistanceProject!]!
          @pgQuery(
            source: ${embed(sql.fragment`public.assistance_project`)}
            withQueryBuilder: ${embed((qb, args) => {
              const p = qb.getTableAlias();
              qb.where(sql.fragment`${p}.beneficiary_states @> array[${parentAlias(qb)}.iso3]::text[]`);
              qb.where(sql.fragment`${p}.mechanism = ${sql.value(args.mechanism)} and ${p}.period_from is not null`);
              if (args.publishedUpTo) {
                qb.where(sql.fragment`${p}.moderation = 'PUBLISHED'`);
                qb.where(sql.fragment`${p}.classification = any(${sql.value(args.publishedUpTo)}::text[])`);
              }
              qb.orderBy(sql.fragment`${p}.starts`, false, false);
              qb.orderBy(sql.fragment`${p}.created_at`, false);
            })}
          )

        """The CSP Vice-President(s) coordinating the state's region today."""
        coordinators: [OfficeHolding!]!
          @pgQuery(
            source: ${embed(sql.fragment`public.office_holding`)}
            withQueryBuilder: ${embed((qb) => {
              const o = qb.getTableAlias();
              qb.where(sql.fragment`${o}.office = 'VICE_PRESIDENT' and ${o}.body = 'CSP'`);
              qb.where(sql.fragment`${o}.region = ${parentAlias(qb)}.region`);
              qb.where(heldToday(sql, o));
              qb.orderBy(sql.fragment`${o}.valid_from`, true);
            })}
          )

        """The regional champions of the state's region today."""
        champions: [OfficeHolding!]!
          @pgQuery(
            source: ${embed(sql.fragment`public.office_holding`)}
            withQueryBuilder: ${embed((qb) => {
              const o = qb.getTableAlias();
              qb.where(sql.fragment`${o}.office = 'REGIONAL_CHAMPION'`);
              qb.where(sql.fragment`${o}.region = ${parentAlias(qb)}.region`);
              qb.where(heldToday(sql, o));
              qb.orderBy(sql.fragment`${o}.valid_from`, true);
            })}
          )
      }
    `,
  };
});

const pool = new Pool({ connectionString: databaseUrl, max: poolMax });
pool.on('error', (error) => console.error('PostgreSQL pool error:', error.message));

const middleware = postgraphile(pool, 'public', {
  appendPlugins: [BenchRelationsPlugin],
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  legacyRelations: 'omit',
  disableQueryLog: true,
  graphiql: false,
  enableQueryBatching: false,
  retryOnInitFail: false,
  // Fail the start, rather than serving a schema without the relations the workloads need.
  handleErrors: undefined,
});

const server = http.createServer(middleware);
let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  console.log(`PostGraphile stopping (${signal})`);
  server.close();
  server.closeAllConnections?.();
  Promise.resolve(middleware.release?.())
    .catch(() => undefined)
    .then(() => pool.end())
    .finally(() => process.exit(0));
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));

// Build the schema before listening, so "ready" means ready (and a broken schema fails the start).
middleware
  .getGraphQLSchema()
  .then(() => {
    server.listen(port, host, () => {
      const address = server.address();
      console.log(`PostGraphile ready at http://${host}:${address.port}/graphql`);
    });
  })
  .catch((error) => {
    console.error('PostGraphile could not build its schema:', error && error.message ? error.message : error);
    process.exit(1);
  });
