/* eslint-disable */
import * as types from './graphql.js';
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
    "\n  fragment OrganizationSummary on Organization {\n    id\n    name\n    slug\n    kind\n    status\n    viewerRole\n    createdAt\n  }\n": typeof types.OrganizationSummaryFragmentDoc,
    "\n  fragment ProjectDetails on Project {\n    id\n    name\n    slug\n    description\n    createdAt\n    updatedAt\n    organization {\n      id\n      name\n    }\n  }\n": typeof types.ProjectDetailsFragmentDoc,
    "\n  fragment ProjectSwitcherItem on Project {\n    id\n    name\n  }\n": typeof types.ProjectSwitcherItemFragmentDoc,
    "\n  fragment ProjectTableRow on Project {\n    id\n    name\n    description\n    createdAt\n  }\n": typeof types.ProjectTableRowFragmentDoc,
    "\n  query Shell {\n    viewer {\n      platformRoles\n      user {\n        id\n        ...UserMenuUser\n      }\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n    organizations(first: 50) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ShellDocument,
    "\n  query ShellProjects($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      projects(first: 100) {\n        nodes {\n          id\n          ...ProjectSwitcherItem\n        }\n      }\n    }\n  }\n": typeof types.ShellProjectsDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  fragment UserMenuUser on User {\n    id\n    name\n    email\n  }\n": typeof types.UserMenuUserFragmentDoc,
    "\n  query OrganizationPage($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      ...OrganizationSummary\n      projects(first: 100) {\n        nodes {\n          id\n          ...ProjectTableRow\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.OrganizationPageDocument,
    "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      description\n      organization {\n        id\n        name\n      }\n      ...ProjectDetails\n    }\n  }\n": typeof types.ProjectPageDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignInDocument,
};
const documents: Documents = {
    "\n  fragment OrganizationSummary on Organization {\n    id\n    name\n    slug\n    kind\n    status\n    viewerRole\n    createdAt\n  }\n": types.OrganizationSummaryFragmentDoc,
    "\n  fragment ProjectDetails on Project {\n    id\n    name\n    slug\n    description\n    createdAt\n    updatedAt\n    organization {\n      id\n      name\n    }\n  }\n": types.ProjectDetailsFragmentDoc,
    "\n  fragment ProjectSwitcherItem on Project {\n    id\n    name\n  }\n": types.ProjectSwitcherItemFragmentDoc,
    "\n  fragment ProjectTableRow on Project {\n    id\n    name\n    description\n    createdAt\n  }\n": types.ProjectTableRowFragmentDoc,
    "\n  query Shell {\n    viewer {\n      platformRoles\n      user {\n        id\n        ...UserMenuUser\n      }\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n    organizations(first: 50) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.ShellDocument,
    "\n  query ShellProjects($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      projects(first: 100) {\n        nodes {\n          id\n          ...ProjectSwitcherItem\n        }\n      }\n    }\n  }\n": types.ShellProjectsDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  fragment UserMenuUser on User {\n    id\n    name\n    email\n  }\n": types.UserMenuUserFragmentDoc,
    "\n  query OrganizationPage($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      ...OrganizationSummary\n      projects(first: 100) {\n        nodes {\n          id\n          ...ProjectTableRow\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.OrganizationPageDocument,
    "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      description\n      organization {\n        id\n        name\n      }\n      ...ProjectDetails\n    }\n  }\n": types.ProjectPageDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.SignInDocument,
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
export function graphql(source: "\n  fragment OrganizationSummary on Organization {\n    id\n    name\n    slug\n    kind\n    status\n    viewerRole\n    createdAt\n  }\n"): (typeof documents)["\n  fragment OrganizationSummary on Organization {\n    id\n    name\n    slug\n    kind\n    status\n    viewerRole\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectDetails on Project {\n    id\n    name\n    slug\n    description\n    createdAt\n    updatedAt\n    organization {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectDetails on Project {\n    id\n    name\n    slug\n    description\n    createdAt\n    updatedAt\n    organization {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectSwitcherItem on Project {\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment ProjectSwitcherItem on Project {\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectTableRow on Project {\n    id\n    name\n    description\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ProjectTableRow on Project {\n    id\n    name\n    description\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Shell {\n    viewer {\n      platformRoles\n      user {\n        id\n        ...UserMenuUser\n      }\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n    organizations(first: 50) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Shell {\n    viewer {\n      platformRoles\n      user {\n        id\n        ...UserMenuUser\n      }\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n    organizations(first: 50) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShellProjects($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      projects(first: 100) {\n        nodes {\n          id\n          ...ProjectSwitcherItem\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShellProjects($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      projects(first: 100) {\n        nodes {\n          id\n          ...ProjectSwitcherItem\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserMenuUser on User {\n    id\n    name\n    email\n  }\n"): (typeof documents)["\n  fragment UserMenuUser on User {\n    id\n    name\n    email\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPage($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      ...OrganizationSummary\n      projects(first: 100) {\n        nodes {\n          id\n          ...ProjectTableRow\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationPage($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      ...OrganizationSummary\n      projects(first: 100) {\n        nodes {\n          id\n          ...ProjectTableRow\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      description\n      organization {\n        id\n        name\n      }\n      ...ProjectDetails\n    }\n  }\n"): (typeof documents)["\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      description\n      organization {\n        id\n        name\n      }\n      ...ProjectDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      user {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;