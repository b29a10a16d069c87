/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ParticipationExportPage($first: Int!, $after: String, $asOf: Date!, $withTier: Boolean!) {\n    states(first: $first, after: $after, orderBy: { field: CODE, direction: ASC }) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          iso3\n          iso2\n          region\n          unMember\n          en: name(lang: EN)\n          fr: name(lang: FR)\n          es: name(lang: ES)\n          ru: name(lang: RU)\n          zh: name(lang: ZH)\n          ar: name(lang: AR)\n          status(asOf: $asOf)\n          possibleStatuses(asOf: $asOf)\n          inForce(asOf: $asOf)\n          currentPriority @include(if: $withTier) {\n            tier\n          }\n          actions {\n            kind\n            instrument\n            basis\n            date {\n              precision\n              date\n              year\n              earliest\n              latest\n            }\n            sources {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ParticipationExportPageDocument,
    "\n  query ActivitiesExportPage($first: Int!, $after: String, $status: ActivityStatus) {\n    activities(first: $first, after: $after, filter: { status: $status }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          description\n          startDate\n          endDate\n          place\n          organiserName\n          organiserState {\n            iso3\n          }\n          targetStates {\n            iso3\n          }\n          targetRegions\n          languages\n          outcome\n          classification\n          status\n          source\n          demo\n        }\n      }\n    }\n  }\n": typeof types.ActivitiesExportPageDocument,
    "\n  query ProjectsIatiExport($filter: ProjectFilter) {\n    projectsIati(filter: $filter)\n  }\n": typeof types.ProjectsIatiExportDocument,
};
const documents: Documents = {
    "\n  query ParticipationExportPage($first: Int!, $after: String, $asOf: Date!, $withTier: Boolean!) {\n    states(first: $first, after: $after, orderBy: { field: CODE, direction: ASC }) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          iso3\n          iso2\n          region\n          unMember\n          en: name(lang: EN)\n          fr: name(lang: FR)\n          es: name(lang: ES)\n          ru: name(lang: RU)\n          zh: name(lang: ZH)\n          ar: name(lang: AR)\n          status(asOf: $asOf)\n          possibleStatuses(asOf: $asOf)\n          inForce(asOf: $asOf)\n          currentPriority @include(if: $withTier) {\n            tier\n          }\n          actions {\n            kind\n            instrument\n            basis\n            date {\n              precision\n              date\n              year\n              earliest\n              latest\n            }\n            sources {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ParticipationExportPageDocument,
    "\n  query ActivitiesExportPage($first: Int!, $after: String, $status: ActivityStatus) {\n    activities(first: $first, after: $after, filter: { status: $status }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          description\n          startDate\n          endDate\n          place\n          organiserName\n          organiserState {\n            iso3\n          }\n          targetStates {\n            iso3\n          }\n          targetRegions\n          languages\n          outcome\n          classification\n          status\n          source\n          demo\n        }\n      }\n    }\n  }\n": types.ActivitiesExportPageDocument,
    "\n  query ProjectsIatiExport($filter: ProjectFilter) {\n    projectsIati(filter: $filter)\n  }\n": types.ProjectsIatiExportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipationExportPage($first: Int!, $after: String, $asOf: Date!, $withTier: Boolean!) {\n    states(first: $first, after: $after, orderBy: { field: CODE, direction: ASC }) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          iso3\n          iso2\n          region\n          unMember\n          en: name(lang: EN)\n          fr: name(lang: FR)\n          es: name(lang: ES)\n          ru: name(lang: RU)\n          zh: name(lang: ZH)\n          ar: name(lang: AR)\n          status(asOf: $asOf)\n          possibleStatuses(asOf: $asOf)\n          inForce(asOf: $asOf)\n          currentPriority @include(if: $withTier) {\n            tier\n          }\n          actions {\n            kind\n            instrument\n            basis\n            date {\n              precision\n              date\n              year\n              earliest\n              latest\n            }\n            sources {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParticipationExportPage($first: Int!, $after: String, $asOf: Date!, $withTier: Boolean!) {\n    states(first: $first, after: $after, orderBy: { field: CODE, direction: ASC }) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          iso3\n          iso2\n          region\n          unMember\n          en: name(lang: EN)\n          fr: name(lang: FR)\n          es: name(lang: ES)\n          ru: name(lang: RU)\n          zh: name(lang: ZH)\n          ar: name(lang: AR)\n          status(asOf: $asOf)\n          possibleStatuses(asOf: $asOf)\n          inForce(asOf: $asOf)\n          currentPriority @include(if: $withTier) {\n            tier\n          }\n          actions {\n            kind\n            instrument\n            basis\n            date {\n              precision\n              date\n              year\n              earliest\n              latest\n            }\n            sources {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitiesExportPage($first: Int!, $after: String, $status: ActivityStatus) {\n    activities(first: $first, after: $after, filter: { status: $status }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          description\n          startDate\n          endDate\n          place\n          organiserName\n          organiserState {\n            iso3\n          }\n          targetStates {\n            iso3\n          }\n          targetRegions\n          languages\n          outcome\n          classification\n          status\n          source\n          demo\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivitiesExportPage($first: Int!, $after: String, $status: ActivityStatus) {\n    activities(first: $first, after: $after, filter: { status: $status }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          description\n          startDate\n          endDate\n          place\n          organiserName\n          organiserState {\n            iso3\n          }\n          targetStates {\n            iso3\n          }\n          targetRegions\n          languages\n          outcome\n          classification\n          status\n          source\n          demo\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectsIatiExport($filter: ProjectFilter) {\n    projectsIati(filter: $filter)\n  }\n"): (typeof documents)["\n  query ProjectsIatiExport($filter: ProjectFilter) {\n    projectsIati(filter: $filter)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;