import { buildSchema, type NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { auditMutations } from './audit-mutations';
import { NodeResolver } from './node.resolver';
import { AuthResolver } from '../modules/tenancy/auth.resolver';
import { OrganizationResolver } from '../modules/tenancy/organization.resolver';
import { ProjectResolver } from '../modules/tenancy/project.resolver';
import { MembershipResolver } from '../modules/tenancy/membership.resolver';
import { ApiKeyResolver } from '../modules/tenancy/api-key.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { RegionResolver } from '../modules/inventory/region.resolver';
import { ClusterResolver } from '../modules/inventory/cluster.resolver';
import { NodePoolResolver } from '../modules/inventory/node-pool.resolver';
import { CapacityResolver } from '../modules/inventory/capacity.resolver';
import { ModelResolver } from '../modules/catalog/model.resolver';
import { GpuPriceResolver, ModelPriceResolver } from '../modules/catalog/price-book.resolver';
import {
  CommitmentResolver,
  ContractResolver,
  ContractTermsResolver,
  ContractVersionResolver,
} from '../modules/contracts/contract.resolver';
import { SlaPolicyResolver } from '../modules/contracts/sla-policy.resolver';
import { QuotaResolver } from '../modules/contracts/quota.resolver';
import { QuoteResolver } from '../modules/contracts/quote.resolver';
import { JobEventResolver, JobResolver } from '../modules/jobs/job.resolver';
import { JobEventsSubscription } from '../modules/jobs/job-events.resolver';
import { UsageResolver } from '../modules/metering/usage.resolver';
import { InvoiceLineResolver, InvoiceResolver } from '../modules/billing/invoice.resolver';

/** Every resolver, listed explicitly. */
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  AuthResolver,
  OrganizationResolver,
  ProjectResolver,
  MembershipResolver,
  ApiKeyResolver,
  AuditResolver,
  RegionResolver,
  ClusterResolver,
  NodePoolResolver,
  CapacityResolver,
  ModelResolver,
  GpuPriceResolver,
  ModelPriceResolver,
  ContractResolver,
  ContractVersionResolver,
  CommitmentResolver,
  ContractTermsResolver,
  SlaPolicyResolver,
  QuotaResolver,
  QuoteResolver,
  JobResolver,
  JobEventResolver,
  JobEventsSubscription,
  UsageResolver,
  InvoiceResolver,
  InvoiceLineResolver,
];

// No type-graphql auth checker: it runs before global middlewares, so its refusals would escape
// the audit. Every decision is made by graphql/auth/guards.ts with the policy, inside the audit.
let built: Promise<GraphQLSchema> | undefined;

const unusedPubSub = {
  publish: () => {
    throw new Error('Headroom subscriptions do not use type-graphql topics.');
  },
  subscribe: () => {
    throw new Error('Headroom subscriptions do not use type-graphql topics.');
  },
};

/** The schema, built once per process. */
export function schema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    globalMiddlewares: [auditMutations],
    // Every subscription brings its own `subscribe` (job events come from Postgres notifications);
    // type-graphql still asks for a PubSub, which nothing publishes to.
    pubSub: unusedPubSub,
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
  });
  return built;
}
