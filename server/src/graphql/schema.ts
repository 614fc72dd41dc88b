import { buildSchema, type AuthChecker, type NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context';
import { auditMutations } from './audit-mutations';
import { NodeResolver } from './node.resolver';
import { AuthResolver } from '../modules/tenancy/auth.resolver';
import { OrganizationResolver } from '../modules/tenancy/organization.resolver';
import { ProjectResolver } from '../modules/tenancy/project.resolver';
import { MembershipResolver } from '../modules/tenancy/membership.resolver';
import { ApiKeyResolver } from '../modules/tenancy/api-key.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { unauthenticated } from './errors';

/** Every resolver, listed explicitly. */
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  AuthResolver,
  OrganizationResolver,
  ProjectResolver,
  MembershipResolver,
  ApiKeyResolver,
  AuditResolver,
];

/**
 * `@Authorized()` means "signed in or holding an API key". Finer decisions (which organization,
 * which permission) are made by the guards with the policy, where the target is known.
 */
const authChecker: AuthChecker<Context> = ({ context }) => {
  if (context.principal.kind === 'anonymous') throw unauthenticated();
  return true;
};

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process. */
export function schema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker,
    globalMiddlewares: [auditMutations],
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
  });
  return built;
}
