/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** An amount in integer micro-units of its currency (1,000,000 = 1.00), as a string of digits. */
  Micros: { input: string; output: string; }
  /** A whole-number quantity (GPU-seconds, tokens), as a string of digits. */
  Quantity: { input: string; output: string; }
};

export type ActorType =
  | 'ANONYMOUS'
  | 'API_KEY'
  | 'SYSTEM'
  | 'USER';

export type AddCommitmentInput = {
  contractId: Scalars['ID']['input'];
  endsAt: Scalars['DateTimeISO']['input'];
  gpuTypeId: Scalars['ID']['input'];
  gpus: Scalars['Int']['input'];
  /** A named pool; otherwise one is chosen at activation. */
  poolId?: InputMaybe<Scalars['ID']['input']>;
  ratePerGpuHour: Scalars['Micros']['input'];
  /** For an ACTIVE contract: why it is amended. */
  reason?: InputMaybe<Scalars['String']['input']>;
  regionId: Scalars['ID']['input'];
  startsAt: Scalars['DateTimeISO']['input'];
};

export type AddMemberInput = {
  email: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  role: MembershipRole;
};

export type AllocatedGpus = {
  __typename?: 'AllocatedGpus';
  internal: Scalars['Int']['output'];
  onDemand: Scalars['Int']['output'];
  reserved: Scalars['Int']['output'];
  spot: Scalars['Int']['output'];
};

export type AmendContractInput = {
  /** When the new terms take over; not before the current version’s start. */
  effectiveFrom: Scalars['DateTimeISO']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  /** The complete new terms. */
  terms: ContractTermsInput;
};

export type ApiKey = Node & {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTimeISO']['output'];
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  /** The public start of the key, hrk_<prefix>.…, to tell keys apart. */
  prefix: Scalars['String']['output'];
  project: Project;
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  scopes: Array<ApiKeyScope>;
  status: ApiKeyStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of ApiKey items, newest first. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<ApiKey>;
  pageInfo: PageInfo;
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

export type ApiKeyScope =
  | 'AUDIT_READ'
  | 'BILLING_READ'
  | 'JOBS_WRITE'
  | 'PROJECTS_WRITE'
  | 'READ'
  | 'USAGE_INGEST';

export type ApiKeyStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

export type AuditEvent = Node & {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['ID']['output']>;
  actorType: ActorType;
  at: Scalars['DateTimeISO']['output'];
  details?: Maybe<Scalars['JSONObject']['output']>;
  errorCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  organizationId?: Maybe<Scalars['ID']['output']>;
  outcome: AuditOutcome;
  requestId: Scalars['String']['output'];
  targetId?: Maybe<Scalars['String']['output']>;
  targetType?: Maybe<Scalars['String']['output']>;
};

/** A page of AuditEvent items, newest first. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditOutcome =
  | 'ALLOWED'
  | 'DENIED'
  | 'FAILED';

export type CapacityAllocation = Node & {
  __typename?: 'CapacityAllocation';
  capacityClass: CapacityClass;
  createdAt: Scalars['DateTimeISO']['output'];
  gpus: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  organizationId?: Maybe<Scalars['String']['output']>;
  projectId?: Maybe<Scalars['String']['output']>;
  releasedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  source: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** Priority classes, highest first. */
export type CapacityClass =
  | 'INTERNAL'
  | 'ON_DEMAND'
  | 'RESERVED'
  | 'SPOT';

export type CapacityDay = {
  __typename?: 'CapacityDay';
  committedGpus: Scalars['Int']['output'];
  day: Scalars['DateTimeISO']['output'];
  headroomGpus: Scalars['Int']['output'];
};

/** What capacity there is, what is held back, promised and in use, and what can still be sold. */
export type CapacityFigures = {
  __typename?: 'CapacityFigures';
  allocated: AllocatedGpus;
  /** GPUs on nodes that can take work, in reachable clusters. */
  availableGpus: Scalars['Int']['output'];
  /** Reserved for contract commitments now. */
  committedGpus: Scalars['Int']['output'];
  /** Sellable now as ON_DEMAND or SPOT. */
  headroomGpus: Scalars['Int']['output'];
  internalDemandGpus: Scalars['Int']['output'];
  internalFloorGpus: Scalars['Int']['output'];
  /** Why headroom is what it is, when that needs saying. */
  notes: Array<Scalars['String']['output']>;
  /** The most reserved at any future instant. */
  peakCommittedGpus: Scalars['Int']['output'];
  /** GPUs as configured. */
  totalGpus: Scalars['Int']['output'];
};

export type CapacityForecastRow = {
  __typename?: 'CapacityForecastRow';
  days: Array<CapacityDay>;
  label: Scalars['String']['output'];
  pool: NodePool;
};

export type CapacityGrouping =
  | 'CLUSTER'
  | 'GPU_TYPE'
  | 'POOL'
  | 'REGION';

export type CapacityLedger = {
  __typename?: 'CapacityLedger';
  asOf: Scalars['DateTimeISO']['output'];
  rows: Array<CapacityLedgerRow>;
  totals: CapacityFigures;
};

export type CapacityLedgerRow = {
  __typename?: 'CapacityLedgerRow';
  cluster?: Maybe<Cluster>;
  figures: CapacityFigures;
  gpuType?: Maybe<GpuType>;
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  pool?: Maybe<NodePool>;
  region?: Maybe<Region>;
};

export type CapacityReservation = Node & {
  __typename?: 'CapacityReservation';
  createdAt: Scalars['DateTimeISO']['output'];
  endsAt: Scalars['DateTimeISO']['output'];
  gpus: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  organizationId?: Maybe<Scalars['String']['output']>;
  releasedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  source: Scalars['String']['output'];
  startsAt: Scalars['DateTimeISO']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type ChangeMemberRoleInput = {
  membershipId: Scalars['ID']['input'];
  role: MembershipRole;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type Cluster = Node & {
  __typename?: 'Cluster';
  connection: ClusterConnectionSettings;
  createdAt: Scalars['DateTimeISO']['output'];
  driver: DriverKind;
  health: ClusterHealth;
  /** What the last health check found. */
  healthMessage?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastCheckedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the cluster last answered a health check. */
  lastHeartbeatAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the inventory was last synchronised from the engine. */
  lastSyncedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  nodePools: NodePoolConnection;
  region: Region;
  status: LifecycleStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
};


export type ClusterNodePoolsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};

/** A page of Cluster items, newest first. */
export type ClusterConnection = {
  __typename?: 'ClusterConnection';
  edges: Array<ClusterEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<Cluster>;
  pageInfo: PageInfo;
};

/** How to reach the engine. SLURM: endpoint, user and token. SIMULATED: nothing (simulatedHealth rehearses failures). */
export type ClusterConnectionInput = {
  /** slurmrestd base URL, e.g. http://slurm-head:6820 */
  endpoint?: InputMaybe<Scalars['String']['input']>;
  gpuTypeMap?: InputMaybe<Array<GpuTypeMappingInput>>;
  /** Partitions to sell from (all when empty). */
  partitions?: InputMaybe<Array<Scalars['String']['input']>>;
  simulatedHealth?: InputMaybe<ClusterHealth>;
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
  /** A Slurm JWT. Stored encrypted; never returned. */
  token?: InputMaybe<Scalars['String']['input']>;
  user?: InputMaybe<Scalars['String']['input']>;
};

/** How Headroom reaches the engine. Credentials are never returned: `hasToken` says one is stored. */
export type ClusterConnectionSettings = {
  __typename?: 'ClusterConnectionSettings';
  endpoint?: Maybe<Scalars['String']['output']>;
  gpuTypeMap: Array<GpuTypeMapping>;
  hasToken: Scalars['Boolean']['output'];
  partitions: Array<Scalars['String']['output']>;
  user?: Maybe<Scalars['String']['output']>;
};

export type ClusterEdge = {
  __typename?: 'ClusterEdge';
  cursor: Scalars['String']['output'];
  node: Cluster;
};

export type ClusterHealth =
  | 'DEGRADED'
  | 'HEALTHY'
  | 'UNKNOWN'
  | 'UNREACHABLE';

export type ClusterNode = Node & {
  __typename?: 'ClusterNode';
  allocatedGpus: Scalars['Int']['output'];
  allocatedMemoryGib: Scalars['Float']['output'];
  allocatedVcpus: Scalars['Float']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  gpus: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** null: memory is not counted on this node. */
  memoryGib?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  state: NodeState;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** null: CPU is not counted on this node. */
  vcpus?: Maybe<Scalars['Float']['output']>;
};

/** A page of ClusterNode items, newest first. */
export type ClusterNodeConnection = {
  __typename?: 'ClusterNodeConnection';
  edges: Array<ClusterNodeEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<ClusterNode>;
  pageInfo: PageInfo;
};

export type ClusterNodeEdge = {
  __typename?: 'ClusterNodeEdge';
  cursor: Scalars['String']['output'];
  node: ClusterNode;
};

export type Commitment = Node & {
  __typename?: 'Commitment';
  addedInVersion: Scalars['Int']['output'];
  contract: Contract;
  createdAt: Scalars['DateTimeISO']['output'];
  endsAt: Scalars['DateTimeISO']['output'];
  gpuType: GpuType;
  gpus: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Where its GPUs are reserved. Operators and account managers only. */
  pool?: Maybe<NodePool>;
  /** Per GPU-hour, in the contract’s currency. */
  ratePerGpuHour: Scalars['Micros']['output'];
  region: Region;
  startsAt: Scalars['DateTimeISO']['output'];
  status: CommitmentStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of Commitment items, newest first. */
export type CommitmentConnection = {
  __typename?: 'CommitmentConnection';
  edges: Array<CommitmentEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<Commitment>;
  pageInfo: PageInfo;
};

export type CommitmentEdge = {
  __typename?: 'CommitmentEdge';
  cursor: Scalars['String']['output'];
  node: Commitment;
};

export type CommitmentStatus =
  | 'ACTIVE'
  | 'PENDING'
  | 'RELEASED';

export type Contract = Node & {
  __typename?: 'Contract';
  accountManager?: Maybe<User>;
  activatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  commitments: CommitmentConnection;
  createdAt: Scalars['DateTimeISO']['output'];
  /** ISO 4217 code; every amount on the contract is in it. */
  currency: Scalars['String']['output'];
  /** The number of the latest version. */
  currentVersion: Scalars['Int']['output'];
  endsAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organization: Organization;
  startsAt: Scalars['DateTimeISO']['output'];
  status: ContractStatus;
  terminatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The latest version’s terms. */
  terms: ContractTermsView;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Every version, newest first: the amendment history. */
  versions: ContractVersionConnection;
};


export type ContractCommitmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};


export type ContractVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};

/** A page of Contract items, newest first. */
export type ContractConnection = {
  __typename?: 'ContractConnection';
  edges: Array<ContractEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<Contract>;
  pageInfo: PageInfo;
};

export type ContractEdge = {
  __typename?: 'ContractEdge';
  cursor: Scalars['String']['output'];
  node: Contract;
};

export type ContractStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'EXPIRED'
  | 'TERMINATED';

/** The terms of a contract version. Left-out fields take the defaults (no discounts, no cap, anywhere, 30 days retention). */
export type ContractTermsInput = {
  allowedJurisdictions?: InputMaybe<Array<Jurisdiction>>;
  allowedRegionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  gpuDiscounts?: InputMaybe<Array<GpuDiscountInput>>;
  noTraining?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether ON_DEMAND work may be reclaimed for the owner’s internal demand. */
  onDemandReclaimable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Days prompts and logs are kept; 0 = nothing kept. */
  retentionDays?: InputMaybe<Scalars['Int']['input']>;
  slaPolicyId?: InputMaybe<Scalars['ID']['input']>;
  spendCap?: InputMaybe<SpendCapInput>;
  tokenDiscounts?: InputMaybe<Array<TokenDiscountInput>>;
};

/** What a contract version agrees: discounts, spend cap, residency, data terms, SLA. */
export type ContractTermsView = {
  __typename?: 'ContractTermsView';
  /** With allowedRegionIds: where work may run. Both empty: anywhere. */
  allowedJurisdictions: Array<Jurisdiction>;
  allowedRegionIds: Array<Scalars['ID']['output']>;
  gpuDiscounts: Array<GpuDiscount>;
  noTraining: Scalars['Boolean']['output'];
  onDemandReclaimable: Scalars['Boolean']['output'];
  retentionDays: Scalars['Int']['output'];
  /** The SLA the contract promises (readable by whoever may read the contract). */
  slaPolicy?: Maybe<SlaPolicy>;
  slaPolicyId?: Maybe<Scalars['ID']['output']>;
  spendCap?: Maybe<SpendCap>;
  tokenDiscounts: Array<TokenDiscount>;
};

export type ContractVersion = Node & {
  __typename?: 'ContractVersion';
  /** What changed from the previous version. */
  changes: Array<TermChangeView>;
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy?: Maybe<User>;
  effectiveFrom: Scalars['DateTimeISO']['output'];
  effectiveTo?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  number: Scalars['Int']['output'];
  /** Why it was amended. */
  reason?: Maybe<Scalars['String']['output']>;
  terms: ContractTermsView;
  /** The terms exactly as stored, for export. */
  termsJson: Scalars['JSONObject']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of ContractVersion items, newest first. */
export type ContractVersionConnection = {
  __typename?: 'ContractVersionConnection';
  edges: Array<ContractVersionEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<ContractVersion>;
  pageInfo: PageInfo;
};

export type ContractVersionEdge = {
  __typename?: 'ContractVersionEdge';
  cursor: Scalars['String']['output'];
  node: ContractVersion;
};

export type CreateApiKeyInput = {
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  name: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  scopes: Array<ApiKeyScope>;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey: ApiKey;
  /** The whole key. Shown once: only a hash is kept. */
  secret: Scalars['String']['output'];
};

export type CreateClusterInput = {
  connection?: InputMaybe<ClusterConnectionInput>;
  driver: DriverKind;
  name: Scalars['String']['input'];
  regionId: Scalars['ID']['input'];
};

export type CreateContractInput = {
  /** The owning account manager; defaults to you. */
  accountManagerId?: InputMaybe<Scalars['ID']['input']>;
  currency?: Scalars['String']['input'];
  endsAt: Scalars['DateTimeISO']['input'];
  name: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  startsAt: Scalars['DateTimeISO']['input'];
  terms?: InputMaybe<ContractTermsInput>;
};

export type CreateGpuTypeInput = {
  /** e.g. H100-80GB */
  code: Scalars['String']['input'];
  interconnect: Interconnect;
  memoryGb: Scalars['Int']['input'];
  vendor: GpuVendor;
};

export type CreateModelInput = {
  /** Context window served, in tokens. */
  contextWindow: Scalars['Int']['input'];
  /** e.g. llama, qwen, mistral. */
  family: Scalars['String']['input'];
  /** Unique and permanent: clients call the model by it. */
  key: Scalars['String']['input'];
  /** e.g. apache-2.0, llama3.3, mit. */
  license: Scalars['String']['input'];
  modalities: Array<Modality>;
  /** Parameters, in billions (total, for mixtures of experts). */
  parametersB: Scalars['Float']['input'];
  /** Active regions where the model is served. */
  regionIds?: Array<Scalars['ID']['input']>;
  status?: ModelStatus;
  /** Required for (and only for) a DEPRECATED model; in the future. */
  sunsetAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type CreateNodePoolInput = {
  clusterId: Scalars['ID']['input'];
  gpuTypeId: Scalars['ID']['input'];
  gpusPerNode: Scalars['Int']['input'];
  internalFloorGpus: Scalars['Int']['input'];
  /** Memory of each node in GiB (e.g. 1024); left out: memory is not counted. */
  memoryGibPerNode?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  nodeCount: Scalars['Int']['input'];
  onDemandReclaimable?: Scalars['Boolean']['input'];
  reclaimNoticeSeconds?: Scalars['Int']['input'];
  /** vCPUs of each node (e.g. 96); left out: CPU is not counted. Jobs that give none get their GPUs’ share. */
  vcpusPerNode?: InputMaybe<Scalars['Float']['input']>;
};

export type CreateOrganizationInput = {
  kind?: OrganizationKind;
  name: Scalars['String']['input'];
  /** An existing user who becomes the OWNER. */
  ownerEmail?: InputMaybe<Scalars['String']['input']>;
  slug: Scalars['String']['input'];
};

export type CreateProjectInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  slug: Scalars['String']['input'];
};

export type CreateRegionInput = {
  /** e.g. eu-west */
  code: Scalars['String']['input'];
  jurisdiction: Jurisdiction;
  name: Scalars['String']['input'];
};

export type CreateSlaPolicyInput = {
  /** Unique, ignoring case. */
  name: Scalars['String']['input'];
  /** At least one; at most one per service. */
  targets: Array<SlaTargetInput>;
};

export type DriverKind =
  | 'SIMULATED'
  | 'SLURM';

/** One environment variable. Its value is sealed at rest and never returned. */
export type EnvironmentVariableInput = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type GpuDiscount = {
  __typename?: 'GpuDiscount';
  gpuTypeId: Scalars['ID']['output'];
  percent: Scalars['Float']['output'];
  priceClass: PricedClass;
};

export type GpuDiscountInput = {
  gpuTypeId: Scalars['ID']['input'];
  /** 0 to 100, to a hundredth of a percent. */
  percent: Scalars['Float']['input'];
  priceClass: PricedClass;
};

export type GpuPrice = Node & {
  __typename?: 'GpuPrice';
  createdAt: Scalars['DateTimeISO']['output'];
  /** ISO 4217 code, e.g. USD. */
  currency: Scalars['String']['output'];
  /** When the price starts to apply (included). */
  effectiveFrom: Scalars['DateTimeISO']['output'];
  /** When it stops applying (excluded); null while open-ended. */
  effectiveTo?: Maybe<Scalars['DateTimeISO']['output']>;
  gpuType: GpuType;
  id: Scalars['ID']['output'];
  priceClass: PricedClass;
  /** Per GPU-hour. */
  pricePerGpuHour: Scalars['Micros']['output'];
  region: Region;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of GpuPrice items, newest first. */
export type GpuPriceConnection = {
  __typename?: 'GpuPriceConnection';
  edges: Array<GpuPriceEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<GpuPrice>;
  pageInfo: PageInfo;
};

export type GpuPriceEdge = {
  __typename?: 'GpuPriceEdge';
  cursor: Scalars['String']['output'];
  node: GpuPrice;
};

/** What GPU work would cost, where it would run, what covers it and what would refuse it. */
export type GpuQuote = {
  __typename?: 'GpuQuote';
  /** True when nothing in `refusals` would stop the work. */
  allowed: Scalars['Boolean']['output'];
  /** What the work would cost, after discounts; null without a price. */
  amount?: Maybe<Scalars['Micros']['output']>;
  /** The instant prices, terms and usage were read at. */
  asOf: Scalars['DateTimeISO']['output'];
  /** Every region considered, in code order. */
  candidates: Array<GpuQuoteCandidate>;
  /** The commitment RESERVED work would run in. Null without contract:read. */
  coveredBy?: Maybe<Commitment>;
  /** ISO 4217: the contract’s, else the list price’s; null without any price. */
  currency?: Maybe<Scalars['String']['output']>;
  /** The discount off list, in percent (for committed work, the committed rate’s saving). Null without contract:read. */
  discountPercent?: Maybe<Scalars['Float']['output']>;
  gpuType: GpuType;
  gpus: Scalars['Int']['output'];
  hours: Scalars['Float']['output'];
  /** The same work at list price. Null without contract:read. */
  listAmount?: Maybe<Scalars['Micros']['output']>;
  /** List price per GPU-hour in the chosen region. Null without contract:read. */
  listUnitPrice?: Maybe<Scalars['Micros']['output']>;
  nodes?: Maybe<Scalars['Int']['output']>;
  /** What the amount was computed from. Null without contract:read. */
  priceBasis?: Maybe<PriceBasis>;
  priceClass: PricedClass;
  quotas: Array<QuotaCheck>;
  refusals: Array<QuoteRefusal>;
  /** The chosen region: the cheapest one nothing refuses; null when every one is refused. */
  region?: Maybe<Region>;
  /** Null without a cap, or without contract:read. */
  spendCap?: Maybe<SpendCapCheck>;
  /** Whether month-to-date spend was known when checking the spend cap. False until metering exists: the cap is checked against this quote alone. */
  spendSoFarKnown: Scalars['Boolean']['output'];
  /** Per GPU-hour after discounts, rounded for display (the amount is not computed from it). */
  unitPrice?: Maybe<Scalars['Micros']['output']>;
  /** What would not stop the work but should be known (an ALERT spend cap, a throttling quota…). */
  warnings: Array<Scalars['String']['output']>;
};

/** One region the work could run in: its price, or why it was left out. */
export type GpuQuoteCandidate = {
  __typename?: 'GpuQuoteCandidate';
  /** What it would cost here; null without a price. */
  amount?: Maybe<Scalars['Micros']['output']>;
  /** The region the quote chose (the cheapest one nothing refuses). */
  chosen: Scalars['Boolean']['output'];
  /** Why the region was left out; empty when it is eligible. */
  exclusions: Array<QuoteRefusal>;
  /** At list price; null without contract:read. */
  listAmount?: Maybe<Scalars['Micros']['output']>;
  region: Region;
  /** Per GPU-hour, after discounts. */
  unitPrice?: Maybe<Scalars['Micros']['output']>;
};

export type GpuType = Node & {
  __typename?: 'GpuType';
  /** e.g. H100-80GB */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  interconnect: Interconnect;
  memoryGb: Scalars['Int']['output'];
  status: LifecycleStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  vendor: GpuVendor;
};

/** A page of GpuType items, newest first. */
export type GpuTypeConnection = {
  __typename?: 'GpuTypeConnection';
  edges: Array<GpuTypeEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<GpuType>;
  pageInfo: PageInfo;
};

export type GpuTypeEdge = {
  __typename?: 'GpuTypeEdge';
  cursor: Scalars['String']['output'];
  node: GpuType;
};

export type GpuTypeMapping = {
  __typename?: 'GpuTypeMapping';
  engineType: Scalars['String']['output'];
  gpuTypeCode: Scalars['String']['output'];
};

export type GpuTypeMappingInput = {
  /** The engine’s name, e.g. Slurm gres type h100. */
  engineType: Scalars['String']['input'];
  /** A Headroom GPU type code, e.g. H100-80GB. */
  gpuTypeCode: Scalars['String']['input'];
};

export type GpuVendor =
  | 'AMD'
  | 'NVIDIA';

export type IngestUsagePayload = {
  __typename?: 'IngestUsagePayload';
  /** Events stored now. */
  accepted: Scalars['Int']['output'];
  adjusted: Array<UsageAdjustmentView>;
  /** Events already stored under the same dedup key (or repeated in the batch): not counted again. */
  duplicates: Scalars['Int']['output'];
  rejected: Array<UsageRejectionView>;
};

export type Interconnect =
  | 'INFINITY_FABRIC'
  | 'NVLINK'
  | 'PCIE';

export type Invoice = Node & {
  __typename?: 'Invoice';
  /** When its lines were last computed from the roll-ups. */
  computedAt: Scalars['DateTimeISO']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** SLA credits. */
  credits: Scalars['Micros']['output'];
  currency: Scalars['String']['output'];
  /** What contract discounts and committed rates save (subtotal − discounts − credits = total). */
  discounts: Scalars['Micros']['output'];
  downloads: InvoiceDownloads;
  finalizedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** In order: commitments, RESERVED, ON_DEMAND, SPOT, tokens, adjustments. */
  lines: Array<InvoiceLine>;
  /** Given when it is finalized, e.g. HR-2026-11-000042. */
  number?: Maybe<Scalars['String']['output']>;
  organization: Organization;
  /** The next month’s first instant: the period is [start, end). */
  periodEnd: Scalars['DateTimeISO']['output'];
  /** The month’s first instant (UTC). */
  periodStart: Scalars['DateTimeISO']['output'];
  /** The voided invoice this one replaces. */
  replaces?: Maybe<Invoice>;
  status: InvoiceStatus;
  /** Every line at list price (committed amounts as agreed). */
  subtotal: Scalars['Micros']['output'];
  total: Scalars['Micros']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The total less commitment fees: usage-based spend, what spend caps measure. */
  usageTotal: Scalars['Micros']['output'];
  voidReason?: Maybe<Scalars['String']['output']>;
  voidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Usage that could not be priced (no price in force, another currency), for a person to look at. */
  warnings: Array<Scalars['String']['output']>;
};

/** A page of Invoice items, newest first. */
export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  edges: Array<InvoiceEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<Invoice>;
  pageInfo: PageInfo;
};

/** Where to download an invoice (GET, with the same credentials). */
export type InvoiceDownloads = {
  __typename?: 'InvoiceDownloads';
  csv: Scalars['String']['output'];
  json: Scalars['String']['output'];
};

export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  cursor: Scalars['String']['output'];
  node: Invoice;
};

export type InvoiceLine = {
  __typename?: 'InvoiceLine';
  amount: Scalars['Micros']['output'];
  commitmentId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  discountAmount: Scalars['Micros']['output'];
  /** The contract discount applied, in basis points (1250 = 12.5%). */
  discountBasisPoints: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: InvoiceLineKind;
  listAmount: Scalars['Micros']['output'];
  position: Scalars['Int']['output'];
  /** In `unit`. */
  quantity: Scalars['Quantity']['output'];
  sku?: Maybe<Scalars['String']['output']>;
  /** GPU_SECOND, TOKEN or COMMITTED_GPU_SECOND. */
  unit: Scalars['String']['output'];
  /** List price per GPU-hour or per million tokens (the committed rate for commitments). */
  unitPrice?: Maybe<Scalars['Micros']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** The month the usage happened in (an adjustment’s is earlier than the invoice’s). */
  usageMonth?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Commitments: RESERVED GPU-seconds used inside it this month. */
  usedQuantity?: Maybe<Scalars['Quantity']['output']>;
  /** Commitments: RESERVED use inside it as a share of what was committed, in percent. */
  utilizationPercent?: Maybe<Scalars['Float']['output']>;
};

export type InvoiceLineKind =
  | 'ADJUSTMENT'
  | 'COMMITMENT'
  | 'ON_DEMAND'
  | 'RESERVED'
  | 'SLA_CREDIT'
  | 'SPOT'
  | 'TOKENS';

export type InvoiceStatus =
  | 'DRAFT'
  | 'FINALIZED'
  | 'VOID';

export type Job = Node & {
  __typename?: 'Job';
  /** Acceptable GPU types, most preferred first. */
  acceptableGpuTypes: Array<GpuType>;
  /** Acceptable regions; empty: any the contract allows. */
  acceptableRegions: Array<Region>;
  admittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Runs so far: 1, then one more per requeue after preemption. */
  attempt: Scalars['Int']['output'];
  capacityClass: CapacityClass;
  cluster?: Maybe<Cluster>;
  command: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  currency?: Maybe<Scalars['String']['output']>;
  endedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The environment variables’ names; their values are sealed and never shown. */
  environmentNames: Array<Scalars['String']['output']>;
  /** The timeline: every transition, newest first. */
  events: JobEventConnection;
  exitCode?: Maybe<Scalars['Int']['output']>;
  /** The engine’s id for the current attempt (a Slurm job id). */
  externalId?: Maybe<Scalars['String']['output']>;
  /** The GPU type it was placed on. */
  gpuType?: Maybe<GpuType>;
  gpus: Scalars['Int']['output'];
  gpusPerNode: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  idempotencyKey?: Maybe<Scalars['String']['output']>;
  /** Container image to run (with `command` as its arguments). */
  image?: Maybe<Scalars['String']['output']>;
  listUnitPrice?: Maybe<Scalars['Micros']['output']>;
  maxDurationSeconds: Scalars['Int']['output'];
  /** Memory asked on each node, GiB; null: the pool’s share for its GPUs. */
  memoryGibPerNode?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  nodeCount: Scalars['Int']['output'];
  /** Nodes it was placed on (SIMULATED) or that the engine reports (Slurm). */
  nodeNames: Array<Scalars['String']['output']>;
  organization: Organization;
  pool?: Maybe<NodePool>;
  /** What preempted it: a job id or pool:npl_… (internal demand). */
  preemptedBy?: Maybe<Scalars['String']['output']>;
  project: Project;
  /** Why it is in this status (waiting, refused, ended, preempted). */
  reason: JobReason;
  /** Reclaim notice: the time it will be preempted for internal demand. */
  reclaimAt?: Maybe<Scalars['DateTimeISO']['output']>;
  region?: Maybe<Region>;
  requeueOnPreemption: Scalars['Boolean']['output'];
  /** The shell script run on the first node, if it runs one. */
  script?: Maybe<Scalars['String']['output']>;
  /** Held against the monthly spend cap until it ends: its price × max duration. */
  spendHoldMicros: Scalars['Micros']['output'];
  startedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: JobStatus;
  statusChangedAt: Scalars['DateTimeISO']['output'];
  /** The reason in a sentence, e.g. "waiting: project quota of 16 H100-80GB in eu-west reached, 16 in use". */
  statusMessage: Scalars['String']['output'];
  /** Who submitted it: USER:usr_… or API_KEY:key_…. */
  submittedBy: Scalars['String']['output'];
  /** Price per GPU-hour it runs at (after discounts; the committed rate for RESERVED). */
  unitPrice?: Maybe<Scalars['Micros']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** GPU time recorded for it, newest first. */
  usage: UsageEventConnection;
  /** vCPUs asked on each node; null: the pool’s share for its GPUs. */
  vcpusPerNode?: Maybe<Scalars['Float']['output']>;
};


export type JobEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};


export type JobUsageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};

/** A page of Job items, newest first. */
export type JobConnection = {
  __typename?: 'JobConnection';
  edges: Array<JobEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<Job>;
  pageInfo: PageInfo;
};

export type JobEdge = {
  __typename?: 'JobEdge';
  cursor: Scalars['String']['output'];
  node: Job;
};

export type JobEvent = Node & {
  __typename?: 'JobEvent';
  actor: Scalars['String']['output'];
  at: Scalars['DateTimeISO']['output'];
  details?: Maybe<Scalars['JSONObject']['output']>;
  fromStatus?: Maybe<JobStatus>;
  id: Scalars['ID']['output'];
  job: Job;
  message: Scalars['String']['output'];
  reason: JobReason;
  toStatus: JobStatus;
};

/** A page of JobEvent items, newest first. */
export type JobEventConnection = {
  __typename?: 'JobEventConnection';
  edges: Array<JobEventEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<JobEvent>;
  pageInfo: PageInfo;
};

export type JobEventEdge = {
  __typename?: 'JobEventEdge';
  cursor: Scalars['String']['output'];
  node: JobEvent;
};

/** Why a job is where it is: waiting, refused, ended or preempted. */
export type JobReason =
  | 'ADMITTED'
  | 'CANCELLED_BY_ENGINE'
  | 'CANCELLED_BY_USER'
  | 'CAPACITY'
  | 'CLUSTER_UNREACHABLE'
  | 'COMMITMENT'
  | 'COMPLETED'
  | 'CPU'
  | 'ENGINE_LOST'
  | 'EXIT_NONZERO'
  | 'MEMORY'
  | 'NO_POOL'
  | 'NO_PRICE'
  | 'PLACED'
  | 'PREEMPTED_FOR_INTERNAL_DEMAND'
  | 'PREEMPTED_FOR_JOB'
  | 'PROVISIONING_FAILED'
  | 'QUEUED'
  | 'QUOTA'
  | 'RECLAIM_NOTICE'
  | 'REQUEUED'
  | 'RESIDENCY'
  | 'SPEND_CAP'
  | 'STARTED'
  | 'TIME_LIMIT';

/** PENDING → ADMITTED → PROVISIONING → RUNNING → an end. */
export type JobStatus =
  | 'ADMITTED'
  | 'CANCELLED'
  | 'FAILED'
  | 'PENDING'
  | 'PREEMPTED'
  | 'PROVISIONING'
  | 'REJECTED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type Jurisdiction =
  | 'APAC'
  | 'EU'
  | 'UK'
  | 'US';

export type LifecycleStatus =
  | 'ACTIVE'
  | 'RETIRED';

export type Membership = Node & {
  __typename?: 'Membership';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  organization: Organization;
  role: MembershipRole;
  updatedAt: Scalars['DateTimeISO']['output'];
  user: User;
};

/** A page of Membership items, newest first. */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  edges: Array<MembershipEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<Membership>;
  pageInfo: PageInfo;
};

export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  cursor: Scalars['String']['output'];
  node: Membership;
};

export type MembershipRole =
  | 'ADMIN'
  | 'BILLING'
  | 'MEMBER'
  | 'OWNER'
  | 'VIEWER';

export type Modality =
  | 'AUDIO'
  | 'CODE'
  | 'IMAGE'
  | 'TEXT';

export type Model = Node & {
  __typename?: 'Model';
  /** Context window, in tokens. */
  contextWindow: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  family: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** e.g. meta-llama/Llama-3.3-70B-Instruct */
  key: Scalars['String']['output'];
  license: Scalars['String']['output'];
  modalities: Array<Modality>;
  /** Parameters, in billions. */
  parametersB: Scalars['Float']['output'];
  /** The list price in force at `at` (default: now), if any. */
  price?: Maybe<ModelPrice>;
  /** Every list price the model has had, the latest first. */
  priceHistory: ModelPriceConnection;
  /** Where the model is served, by region code. */
  regions: Array<Region>;
  status: ModelStatus;
  /** When a DEPRECATED model stops being served. */
  sunsetAt?: Maybe<Scalars['DateTimeISO']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
};


export type ModelPriceArgs = {
  at?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type ModelPriceHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};

/** A page of Model items, newest first. */
export type ModelConnection = {
  __typename?: 'ModelConnection';
  edges: Array<ModelEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<Model>;
  pageInfo: PageInfo;
};

export type ModelEdge = {
  __typename?: 'ModelEdge';
  cursor: Scalars['String']['output'];
  node: Model;
};

export type ModelPrice = Node & {
  __typename?: 'ModelPrice';
  createdAt: Scalars['DateTimeISO']['output'];
  /** ISO 4217 code, e.g. USD. */
  currency: Scalars['String']['output'];
  /** When the price starts to apply (included). */
  effectiveFrom: Scalars['DateTimeISO']['output'];
  /** When it stops applying (excluded); null while open-ended. */
  effectiveTo?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** Per million input tokens. */
  inputPerMillionTokens: Scalars['Micros']['output'];
  model: Model;
  /** Per million output tokens. */
  outputPerMillionTokens: Scalars['Micros']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of ModelPrice items, newest first. */
export type ModelPriceConnection = {
  __typename?: 'ModelPriceConnection';
  edges: Array<ModelPriceEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<ModelPrice>;
  pageInfo: PageInfo;
};

export type ModelPriceEdge = {
  __typename?: 'ModelPriceEdge';
  cursor: Scalars['String']['output'];
  node: ModelPrice;
};

export type ModelStatus =
  | 'DEPRECATED'
  | 'GA'
  | 'PREVIEW';

export type Mutation = {
  __typename?: 'Mutation';
  /** DRAFT → ACTIVE: reserves every commitment in the capacity ledger, or refuses naming the shortfall. */
  activateContract: Contract;
  /** To a DRAFT: pending until activation. To an ACTIVE contract: an amendment that reserves its GPUs now. */
  addCommitment: Commitment;
  /** Adds an existing user to the organization. */
  addMember: Membership;
  /** A new version of an ACTIVE contract’s terms, from effectiveFrom; the history keeps what changed. */
  amendContract: ContractVersion;
  /** Cancels a job that has not ended; the cluster is told to stop it. A job that ended is a CONFLICT. */
  cancelJob: Job;
  changeMemberRole: Membership;
  changePassword: Scalars['Boolean']['output'];
  /** Checks health now and, for Slurm, synchronises pools and node states. */
  checkCluster: Cluster;
  /** A new key for a project. The secret is in this answer only. */
  createApiKey: CreateApiKeyPayload;
  /** Registers a cluster. A SLURM cluster is checked and its partitions become pools at once; if it cannot be reached it is saved UNREACHABLE with the reason. */
  createCluster: Cluster;
  /** Account managers and operators: a DRAFT contract with its first version. */
  createContract: Contract;
  createGpuType: GpuType;
  /** Operators: adds a model to the catalog (it has no price until setModelPrice). */
  createModel: Model;
  /** A pool of a SIMULATED cluster, with its nodes. Slurm pools come from syncing the cluster. */
  createNodePool: NodePool;
  /** Operators and account managers: a new organization, optionally with an owner. */
  createOrganization: Organization;
  createProject: Project;
  createRegion: Region;
  /** Operators and account managers: a new SLA policy with its targets and credit tiers. */
  createSlaPolicy: SlaPolicy;
  /** Closes a month that has ended for one organization: its invoice is rated a last time, numbered and FINALIZED (null: nothing to bill). */
  finalizeInvoice?: Maybe<Invoice>;
  /** Ingests up to 1,000 usage events idempotently (trusted data planes, with a USAGE_INGEST key of the capacity owner, or operators). Bad events are rejected one by one with their field; the rest are kept. */
  ingestUsage: IngestUsagePayload;
  /** Removes a commitment from a DRAFT; returns its ID. */
  removeCommitment: Scalars['ID']['output'];
  /** Removes a member; returns the removed membership ID. */
  removeMember: Scalars['ID']['output'];
  /** Operators and account managers: removes a quota; returns its ID. */
  removeQuota: Scalars['ID']['output'];
  /** Refused while the cluster has active pools. */
  retireCluster: Cluster;
  /** Refused while an active pool has this GPU type. */
  retireGpuType: GpuType;
  /** Refused while work runs on it or a commitment holds it. */
  retireNodePool: NodePool;
  /** Refused while an active cluster is in the region. */
  retireRegion: Region;
  /** Revokes a key: its next request is refused. */
  revokeApiKey: ApiKey;
  /** Operators: a new GPU-hour list price from effectiveFrom on; the open-ended one for the key closes then. */
  setGpuPrice: SetGpuPricePayload;
  /** Operators: the GPUs the owner’s own work wants in the pool now. Raising it above what is idle preempts SPOT work, then reclaimable ON_DEMAND after its notice. */
  setInternalDemand: NodePool;
  /** Operators: new token list prices for a model from effectiveFrom on; the open-ended ones close then. */
  setModelPrice: SetModelPricePayload;
  /** Operators: suspend or reactivate an organization. Suspended members and keys lose access. */
  setOrganizationStatus: Organization;
  /** Operators and account managers: sets the limit of one scope, replacing the limit it has (one scope, one limit). */
  setQuota: Quota;
  /** Signs in with email and password: sets the session cookie and returns a bearer token. */
  signIn: SignInPayload;
  /** Ends the current session (cookie or bearer). */
  signOut: Scalars['Boolean']['output'];
  /** Creates an account and an organization it owns, with a first project, and signs in. */
  signUp: SignInPayload;
  /** Submits GPU work: PENDING, then admitted, placed and provisioned by the workers. With an idempotency key, the same payload returns the same job. */
  submitJob: SubmitJobPayload;
  /** Submits up to 100 jobs of one organization at once (a sweep): each is checked as submitJob checks it, then all are written together — all or none; an error names its input (inputs.3.gpusPerNode). Answers in the order given. */
  submitJobs: Array<SubmitJobPayload>;
  /** ACTIVE → TERMINATED: commitments release their capacity now. */
  terminateContract: Contract;
  /** Replaces how the engine is reached, then checks it. */
  updateCluster: Cluster;
  /** Edits a DRAFT. An ACTIVE contract is refused: amend it. */
  updateDraftContract: Contract;
  updateGpuType: GpuType;
  /** Operators: changes a model, its status (with the sunset date) or where it is served. */
  updateModel: Model;
  /** Refused, with the numbers, when the floor and commitments would no longer fit. */
  updateNodePool: NodePool;
  updateOrganization: Organization;
  updateProject: Project;
  updateRegion: Region;
  /** Operators and account managers: renames a policy or replaces its targets. Every contract naming it follows. */
  updateSlaPolicy: SlaPolicy;
  /** Voids a FINALIZED invoice and issues its replacement for the same month (the only way to correct one). */
  voidAndReissueInvoice: Invoice;
};


export type MutationActivateContractArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddCommitmentArgs = {
  input: AddCommitmentInput;
};


export type MutationAddMemberArgs = {
  input: AddMemberInput;
};


export type MutationAmendContractArgs = {
  input: AmendContractInput;
};


export type MutationCancelJobArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCheckClusterArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateClusterArgs = {
  input: CreateClusterInput;
};


export type MutationCreateContractArgs = {
  input: CreateContractInput;
};


export type MutationCreateGpuTypeArgs = {
  input: CreateGpuTypeInput;
};


export type MutationCreateModelArgs = {
  input: CreateModelInput;
};


export type MutationCreateNodePoolArgs = {
  input: CreateNodePoolInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


export type MutationCreateRegionArgs = {
  input: CreateRegionInput;
};


export type MutationCreateSlaPolicyArgs = {
  input: CreateSlaPolicyInput;
};


export type MutationFinalizeInvoiceArgs = {
  month: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationIngestUsageArgs = {
  events: Array<UsageEventInput>;
};


export type MutationRemoveCommitmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveQuotaArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetireClusterArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetireGpuTypeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetireNodePoolArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetireRegionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetGpuPriceArgs = {
  input: SetGpuPriceInput;
};


export type MutationSetInternalDemandArgs = {
  input: SetInternalDemandInput;
};


export type MutationSetModelPriceArgs = {
  input: SetModelPriceInput;
};


export type MutationSetOrganizationStatusArgs = {
  input: SetOrganizationStatusInput;
};


export type MutationSetQuotaArgs = {
  input: SetQuotaInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationSubmitJobArgs = {
  input: SubmitJobInput;
};


export type MutationSubmitJobsArgs = {
  inputs: Array<SubmitJobInput>;
};


export type MutationTerminateContractArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateClusterArgs = {
  input: UpdateClusterInput;
};


export type MutationUpdateDraftContractArgs = {
  input: UpdateDraftContractInput;
};


export type MutationUpdateGpuTypeArgs = {
  input: UpdateGpuTypeInput;
};


export type MutationUpdateModelArgs = {
  input: UpdateModelInput;
};


export type MutationUpdateNodePoolArgs = {
  input: UpdateNodePoolInput;
};


export type MutationUpdateOrganizationArgs = {
  input: UpdateOrganizationInput;
};


export type MutationUpdateProjectArgs = {
  input: UpdateProjectInput;
};


export type MutationUpdateRegionArgs = {
  input: UpdateRegionInput;
};


export type MutationUpdateSlaPolicyArgs = {
  input: UpdateSlaPolicyInput;
};


export type MutationVoidAndReissueInvoiceArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** An object with a globally unique, prefixed ID (org_…, prj_…). */
export type Node = {
  id: Scalars['ID']['output'];
};

export type NodePool = Node & {
  __typename?: 'NodePool';
  /** This pool in the capacity ledger, now; null once the pool or its cluster is retired. */
  capacity?: Maybe<CapacityFigures>;
  cluster: Cluster;
  createdAt: Scalars['DateTimeISO']['output'];
  gpuType: GpuType;
  gpusPerNode: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** GPUs the owner’s own work wants now; above the floor it reclaims sellable capacity. */
  internalDemandGpus: Scalars['Int']['output'];
  /** GPUs held back for the owner’s own (INTERNAL) work. */
  internalFloorGpus: Scalars['Int']['output'];
  /** Memory of each node in GiB; null: memory is not counted. A job that gives none gets its GPUs’ share of it. */
  memoryGibPerNode?: Maybe<Scalars['Float']['output']>;
  /** Unique in its cluster; for Slurm, the partition (and GPU type when a partition mixes them). */
  name: Scalars['String']['output'];
  nodeCount: Scalars['Int']['output'];
  nodes: ClusterNodeConnection;
  /** Whether ON_DEMAND work here may be reclaimed for internal demand (SPOT always may). */
  onDemandReclaimable: Scalars['Boolean']['output'];
  /** Notice given before reclaiming ON_DEMAND work, in seconds. */
  reclaimNoticeSeconds: Scalars['Int']['output'];
  status: LifecycleStatus;
  totalGpus: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** vCPUs of each node; null: CPU is not counted. A job that gives none gets this × its GPUs per node ÷ the node’s GPUs. */
  vcpusPerNode?: Maybe<Scalars['Float']['output']>;
};


export type NodePoolNodesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};

/** A page of NodePool items, newest first. */
export type NodePoolConnection = {
  __typename?: 'NodePoolConnection';
  edges: Array<NodePoolEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<NodePool>;
  pageInfo: PageInfo;
};

export type NodePoolEdge = {
  __typename?: 'NodePoolEdge';
  cursor: Scalars['String']['output'];
  node: NodePool;
};

export type NodeState =
  | 'ALLOCATED'
  | 'DOWN'
  | 'DRAINED'
  | 'IDLE'
  | 'MIXED';

export type Organization = Node & {
  __typename?: 'Organization';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  members: MembershipConnection;
  name: Scalars['String']['output'];
  projects: ProjectConnection;
  slug: Scalars['String']['output'];
  status: OrganizationStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Your role here, if you are a member. */
  viewerRole?: Maybe<MembershipRole>;
};


export type OrganizationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};


export type OrganizationProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};

/** A page of Organization items, newest first. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<Organization>;
  pageInfo: PageInfo;
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationKind =
  | 'CUSTOMER'
  | 'INTERNAL';

export type OrganizationStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** One pool the scheduler considered, and what it concluded. */
export type PlacementCandidate = {
  __typename?: 'PlacementCandidate';
  gpuType: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** CHOSEN, REFUSED or NOT_TRIED (a cheaper or preferred pool was chosen). */
  outcome: Scalars['String']['output'];
  /** cluster/pool */
  pool: Scalars['String']['output'];
  poolId: Scalars['ID']['output'];
  reason: JobReason;
  region: Scalars['String']['output'];
  /** Per GPU-hour it would run at there. */
  unitPrice?: Maybe<Scalars['Micros']['output']>;
};

/** Why a job is placed where it is, or why it waits: the scheduler’s last look at it. */
export type PlacementExplanationView = {
  __typename?: 'PlacementExplanationView';
  candidates: Array<PlacementCandidate>;
  /** Null until the scheduler has looked at it. */
  evaluatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  jobId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  /** Jobs preempted to make room for it. */
  preempted: Array<Scalars['ID']['output']>;
  reason: JobReason;
  /** QUEUED, PLACED, WAITING or REJECTED. */
  verdict: Scalars['String']['output'];
};

export type PlatformRole =
  | 'ACCOUNT_MANAGER'
  | 'OPERATOR';

export type PriceBasis =
  | 'COMMITTED_RATE'
  | 'CONTRACT_DISCOUNT'
  | 'LIST';

export type PricedClass =
  | 'ON_DEMAND'
  | 'RESERVED'
  | 'SPOT';

export type Project = Node & {
  __typename?: 'Project';
  apiKeys: ApiKeyConnection;
  createdAt: Scalars['DateTimeISO']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organization: Organization;
  slug: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};


export type ProjectApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};

/** A page of Project items, newest first. */
export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<Project>;
  pageInfo: PageInfo;
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type Query = {
  __typename?: 'Query';
  /** An organization's audit trail (admins), or everyone's (operators, without organizationId). */
  auditEvents: AuditEventConnection;
  /** Per pool, day by day: commitments at their daily peak and what is left to sell. */
  capacityForecast: Array<CapacityForecastRow>;
  /** Per pool (or rolled up): total, floor, committed, allocated by class, headroom now. Operators and account managers. */
  capacityLedger: CapacityLedger;
  cluster: Cluster;
  /** Operators and account managers. */
  clusters: ClusterConnection;
  contract: Contract;
  /** Contracts of an organization (owners, admins, billing), or of all (account managers, operators). */
  contracts: ContractConnection;
  /** Why the job was placed where it is, or why it waits or was refused: every pool considered and what was concluded. */
  explainPlacement: PlacementExplanationView;
  /** The GPU-hour list price in force at `at` (default: now); NOT_FOUND when none is. */
  gpuPriceAt: GpuPrice;
  /** GPU-hour list prices, newest first. Anyone signed in; API keys need READ. */
  gpuPrices: GpuPriceConnection;
  gpuType: GpuType;
  gpuTypes: GpuTypeConnection;
  /** One invoice with its lines. */
  invoice: Invoice;
  /** An organization’s invoices, newest first: the open month’s DRAFT, FINALIZED and VOID ones. */
  invoices: InvoiceConnection;
  /** A job with its timeline (events), placement and price. */
  job: Job;
  /** Jobs, newest first, filtered by organization, project, status, class and region. Operators see every tenant’s. */
  jobs: JobConnection;
  model: Model;
  /** A model’s token list prices in force at `at` (default: now); NOT_FOUND when none are. */
  modelPriceAt: ModelPrice;
  /** The model catalog, newest first. Anyone signed in; API keys need READ. */
  models: ModelConnection;
  /** Any object by its global ID. */
  node: Node;
  nodePool: NodePool;
  organization: Organization;
  /** Organizations you belong to (operators and account managers: all). */
  organizations: OrganizationConnection;
  project: Project;
  /** An organization’s quotas, newest first: members and platform staff; API keys need READ (and see their project’s and the organization’s). */
  quotas: QuotaConnection;
  /** Prices GPU work for an organization: the cheapest acceptable region, list and discounted amounts, the commitment that would cover RESERVED work, and what (residency, quota, spend cap, commitment) would refuse it. Needs contract:read or jobs:write; commercial terms (list amounts, discount, commitment, spend cap) only with contract:read. */
  quoteGpu: GpuQuote;
  /** Prices model tokens for an organization: list and discounted amounts, where the model may be served under the contract, tokens-per-minute quotas, and what (residency, serving, price, spend cap) would refuse it. Same access as quoteGpu. */
  quoteTokens: TokenQuote;
  region: Region;
  regions: RegionConnection;
  /** Operators and account managers: the SLA policies contracts may name, newest first. */
  slaPolicies: SlaPolicyConnection;
  /** Operators and account managers. */
  slaPolicy: SlaPolicy;
  /** This month’s spend (rated usage plus live jobs’ holds) against the monthly cap, with the alerts raised. */
  spendStatus: SpendStatus;
  /** Usage from the hourly roll-ups per period, project and SKU; the CSV export has the same rows. */
  usage: UsageReport;
  /** The caller, or null when signed out. */
  viewer?: Maybe<Viewer>;
};


export type QueryAuditEventsArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryCapacityForecastArgs = {
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  days: Scalars['Int']['input'];
  gpuTypeId?: InputMaybe<Scalars['ID']['input']>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCapacityLedgerArgs = {
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  gpuTypeId?: InputMaybe<Scalars['ID']['input']>;
  groupBy?: CapacityGrouping;
  regionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryClusterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClustersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  regionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryContractArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContractsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ContractStatus>;
};


export type QueryExplainPlacementArgs = {
  jobId: Scalars['ID']['input'];
};


export type QueryGpuPriceAtArgs = {
  at?: InputMaybe<Scalars['DateTimeISO']['input']>;
  gpuTypeId: Scalars['ID']['input'];
  priceClass: PricedClass;
  regionId: Scalars['ID']['input'];
};


export type QueryGpuPricesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  gpuTypeId?: InputMaybe<Scalars['ID']['input']>;
  priceClass?: InputMaybe<PricedClass>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryGpuTypeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGpuTypesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  status?: InputMaybe<LifecycleStatus>;
};


export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  organizationId: Scalars['ID']['input'];
  status?: InputMaybe<InvoiceStatus>;
};


export type QueryJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  capacityClass?: InputMaybe<CapacityClass>;
  first: Scalars['Int']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<JobStatus>>;
};


export type QueryModelArgs = {
  id: Scalars['ID']['input'];
};


export type QueryModelPriceAtArgs = {
  at?: InputMaybe<Scalars['DateTimeISO']['input']>;
  modelId: Scalars['ID']['input'];
};


export type QueryModelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  regionId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ModelStatus>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodePoolArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuotasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  organizationId: Scalars['ID']['input'];
  projectId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryQuoteGpuArgs = {
  input: QuoteGpuInput;
};


export type QueryQuoteTokensArgs = {
  input: QuoteTokensInput;
};


export type QueryRegionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  status?: InputMaybe<LifecycleStatus>;
};


export type QuerySlaPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};


export type QuerySlaPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySpendStatusArgs = {
  organizationId: Scalars['ID']['input'];
};


export type QueryUsageArgs = {
  from: Scalars['DateTimeISO']['input'];
  granularity?: UsageGranularity;
  organizationId: Scalars['ID']['input'];
  projectId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['DateTimeISO']['input'];
};

export type Quota = Node & {
  __typename?: 'Quota';
  createdAt: Scalars['DateTimeISO']['output'];
  /** CONCURRENT_GPUS: null counts every GPU type. */
  gpuType?: Maybe<GpuType>;
  id: Scalars['ID']['output'];
  kind: QuotaKind;
  limit: Scalars['Int']['output'];
  /** TOKENS_PER_MINUTE: the model counted; null for other kinds. */
  model?: Maybe<Model>;
  organization: Organization;
  /** Null: the limit is the whole organization’s. */
  project?: Maybe<Project>;
  /** CONCURRENT_GPUS: null counts every region. */
  region?: Maybe<Region>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A quota that applies to the quoted work, with what is in use and what is asked. */
export type QuotaCheck = {
  __typename?: 'QuotaCheck';
  exceeded: Scalars['Boolean']['output'];
  /** In use now; 0 when usage is not tracked at this scope (see usageTracked). */
  inUse: Scalars['Int']['output'];
  kind: QuotaKind;
  limit: Scalars['Int']['output'];
  message: Scalars['String']['output'];
  quotaId: Scalars['ID']['output'];
  /** What the quoted work adds: GPUs, or tokens for TOKENS_PER_MINUTE. */
  requested: Scalars['Int']['output'];
  scope: QuotaScope;
  /** False where usage is not tracked yet (tokens per minute, until the model gateway): inUse is then 0. */
  usageTracked: Scalars['Boolean']['output'];
};

/** A page of Quota items, newest first. */
export type QuotaConnection = {
  __typename?: 'QuotaConnection';
  edges: Array<QuotaEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<Quota>;
  pageInfo: PageInfo;
};

export type QuotaEdge = {
  __typename?: 'QuotaEdge';
  cursor: Scalars['String']['output'];
  node: Quota;
};

export type QuotaKind =
  | 'CONCURRENT_GPUS'
  | 'QUEUED_JOBS'
  | 'TOKENS_PER_MINUTE';

export type QuotaScope =
  | 'ORGANIZATION'
  | 'PROJECT';

/** GPU work to price: a GPU type, how many, where it may run, its class and for how long. */
export type QuoteGpuInput = {
  gpuTypeId: Scalars['ID']['input'];
  gpus: Scalars['Int']['input'];
  /** How long, in hours: more than 0, at most 8760 (a year), in whole seconds. */
  hours: Scalars['Float']['input'];
  /** Nodes to spread the GPUs over; they must divide evenly. */
  nodes?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
  priceClass: PricedClass;
  /** The project it would run in (its quotas apply). API keys default to their own. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Acceptable regions; empty: any region. */
  regionIds?: Array<Scalars['ID']['input']>;
};

/** Why the work would be refused (or a candidate region left out), and which input to change. */
export type QuoteRefusal = {
  __typename?: 'QuoteRefusal';
  /** The input the refusal is about, e.g. input.regionIds or input.gpus. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  reason: QuoteRefusalReason;
};

export type QuoteRefusalReason =
  | 'COMMITMENT'
  | 'NOT_SERVED'
  | 'NO_PRICE'
  | 'QUOTA'
  | 'RESIDENCY'
  | 'SPEND_CAP';

/** Model tokens to price. */
export type QuoteTokensInput = {
  inputTokens: Scalars['Int']['input'];
  modelId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
  outputTokens: Scalars['Int']['input'];
  /** The project the calls would come from (its quotas apply). API keys default to their own. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
};

export type Region = Node & {
  __typename?: 'Region';
  /** Short stable code, e.g. eu-west. */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  jurisdiction: Jurisdiction;
  name: Scalars['String']['output'];
  status: LifecycleStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of Region items, newest first. */
export type RegionConnection = {
  __typename?: 'RegionConnection';
  edges: Array<RegionEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<Region>;
  pageInfo: PageInfo;
};

export type RegionEdge = {
  __typename?: 'RegionEdge';
  cursor: Scalars['String']['output'];
  node: Region;
};

/** A new list price for a GPU type, region and class. It closes the open-ended one at effectiveFrom. */
export type SetGpuPriceInput = {
  /** ISO 4217, e.g. USD. */
  currency: Scalars['String']['input'];
  /** Now or later: prices are never changed retroactively. */
  effectiveFrom: Scalars['DateTimeISO']['input'];
  gpuTypeId: Scalars['ID']['input'];
  priceClass: PricedClass;
  /** Per GPU-hour, in micro-units. */
  pricePerGpuHour: Scalars['Micros']['input'];
  regionId: Scalars['ID']['input'];
};

export type SetGpuPricePayload = {
  __typename?: 'SetGpuPricePayload';
  /** The price this one follows, now closed at its effectiveFrom. */
  previous?: Maybe<GpuPrice>;
  price: GpuPrice;
};

/** The owner’s own demand on a pool, set by operators. */
export type SetInternalDemandInput = {
  /** GPUs the owner’s own work wants in the pool now; above what is idle, it reclaims SPOT, then reclaimable ON_DEMAND after notice. */
  gpus: Scalars['Int']['input'];
  poolId: Scalars['ID']['input'];
};

/** New list prices for a model’s tokens. They close the open-ended ones at effectiveFrom. */
export type SetModelPriceInput = {
  /** ISO 4217, e.g. USD. */
  currency: Scalars['String']['input'];
  /** Now or later: prices are never changed retroactively. */
  effectiveFrom: Scalars['DateTimeISO']['input'];
  inputPerMillionTokens: Scalars['Micros']['input'];
  modelId: Scalars['ID']['input'];
  outputPerMillionTokens: Scalars['Micros']['input'];
};

export type SetModelPricePayload = {
  __typename?: 'SetModelPricePayload';
  /** The price this one follows, now closed at its effectiveFrom. */
  previous?: Maybe<ModelPrice>;
  price: ModelPrice;
};

export type SetOrganizationStatusInput = {
  id: Scalars['ID']['input'];
  status: OrganizationStatus;
};

/** A limit for one scope: an organization, or one of its projects, and the kind with its dimensions. Setting a scope that has a limit replaces it. */
export type SetQuotaInput = {
  /** CONCURRENT_GPUS only; left out: every GPU type. */
  gpuTypeId?: InputMaybe<Scalars['ID']['input']>;
  kind: QuotaKind;
  /** GPUs, jobs or tokens per minute; 0 allows nothing in the scope. */
  limit: Scalars['Int']['input'];
  /** Required for TOKENS_PER_MINUTE, and only there. */
  modelId?: InputMaybe<Scalars['ID']['input']>;
  organizationId: Scalars['ID']['input'];
  /** A project of the organization; left out: the whole organization. */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** CONCURRENT_GPUS only; left out: every region. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SignInPayload = {
  __typename?: 'SignInPayload';
  expiresAt: Scalars['DateTimeISO']['output'];
  /** A bearer token for scripts. The console uses the HTTP-only cookie set alongside. */
  token: Scalars['String']['output'];
  user: User;
};

export type SignUpInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** The organization to create, owned by the new user. */
  organizationName: Scalars['String']['input'];
  organizationSlug: Scalars['String']['input'];
  /** At least 12 characters, mixed, not a common password. */
  password: Scalars['String']['input'];
};

/** Availability below `belowPercent` earns `creditPercent` of the affected monthly charge. */
export type SlaCreditTier = {
  __typename?: 'SlaCreditTier';
  belowPercent: Scalars['Float']['output'];
  creditPercent: Scalars['Float']['output'];
};

/** Availability below `belowPercent` earns `creditPercent` of the affected monthly charge. */
export type SlaCreditTierInput = {
  /** Above 0, not above the target; strictly decreasing from tier to tier. */
  belowPercent: Scalars['Float']['input'];
  /** Above 0, at most 100; strictly increasing from tier to tier. */
  creditPercent: Scalars['Float']['input'];
};

export type SlaPolicy = Node & {
  __typename?: 'SlaPolicy';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** At most one per service. */
  targets: Array<SlaTarget>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A page of SlaPolicy items, newest first. */
export type SlaPolicyConnection = {
  __typename?: 'SlaPolicyConnection';
  edges: Array<SlaPolicyEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<SlaPolicy>;
  pageInfo: PageInfo;
};

export type SlaPolicyEdge = {
  __typename?: 'SlaPolicyEdge';
  cursor: Scalars['String']['output'];
  node: SlaPolicy;
};

export type SlaService =
  | 'GPU_COMPUTE'
  | 'MODEL_API';

/** One service’s availability promise and the credits owed when it is missed. */
export type SlaTarget = {
  __typename?: 'SlaTarget';
  availabilityPercent: Scalars['Float']['output'];
  /** Highest threshold first; the lowest threshold crossed decides the credit. */
  creditTiers: Array<SlaCreditTier>;
  service: SlaService;
  window: SlaWindow;
};

/** One service’s promise and the credits owed when it is missed. */
export type SlaTargetInput = {
  /** The availability promised, e.g. 99.9: above 0, at most 100. */
  availabilityPercent: Scalars['Float']['input'];
  /** Highest threshold first; 1 to 10. */
  creditTiers: Array<SlaCreditTierInput>;
  service: SlaService;
  /** Over what availability is measured. */
  window?: SlaWindow;
};

export type SlaWindow =
  | 'CALENDAR_MONTH';

/** A spend-cap threshold crossed this month. */
export type SpendAlert = {
  __typename?: 'SpendAlert';
  capMicros: Scalars['Micros']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mode: SpendCapMode;
  month: Scalars['DateTimeISO']['output'];
  /** Rated usage plus live jobs’ holds when it was crossed. */
  spentMicros: Scalars['Micros']['output'];
  thresholdPercent: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type SpendCap = {
  __typename?: 'SpendCap';
  mode: SpendCapMode;
  monthly: Scalars['Micros']['output'];
};

/** The contract’s monthly spend cap against this quote. Only for callers who may read the contract. */
export type SpendCapCheck = {
  __typename?: 'SpendCapCheck';
  mode: SpendCapMode;
  monthlyCap: Scalars['Micros']['output'];
  /** monthlyCap − spentSoFar (never below 0). */
  remaining: Scalars['Micros']['output'];
  /** False until metering reports month-to-date spend: the cap is then checked against this quote alone. */
  spendSoFarKnown: Scalars['Boolean']['output'];
  /** Month-to-date spend used; 0 while spendSoFarKnown is false. */
  spentSoFar: Scalars['Micros']['output'];
  wouldExceed: Scalars['Boolean']['output'];
};

export type SpendCapInput = {
  mode: SpendCapMode;
  /** Per calendar month, in the contract’s currency. */
  monthly: Scalars['Micros']['input'];
};

export type SpendCapMode =
  | 'ALERT'
  | 'HARD';

/** This month’s spend against the contract’s monthly cap. */
export type SpendStatus = {
  __typename?: 'SpendStatus';
  /** Thresholds (50, 80, 100%) crossed this month: the console shows them as notices. */
  alerts: Array<SpendAlert>;
  /** null: no cap. */
  cap?: Maybe<Scalars['Micros']['output']>;
  currency: Scalars['String']['output'];
  /** What live jobs still hold: price × max duration each, less what they have used. */
  held: Scalars['Micros']['output'];
  mode?: Maybe<SpendCapMode>;
  /** spent / cap in percent, two decimals; null without a cap. */
  percent?: Maybe<Scalars['Float']['output']>;
  /** Rated usage this month: the open invoice’s usage total. */
  rated: Scalars['Micros']['output'];
  /** rated + held: the running total a HARD cap is checked against. */
  spent: Scalars['Micros']['output'];
};

/** GPU work to run. Give a container image (and its command) or a script. */
export type SubmitJobInput = {
  /** RESERVED (inside a commitment), ON_DEMAND, SPOT; INTERNAL for the owner only. */
  capacityClass: CapacityClass;
  /** The container’s command and arguments. */
  command?: InputMaybe<Array<Scalars['String']['input']>>;
  environment?: InputMaybe<Array<EnvironmentVariableInput>>;
  /** Acceptable GPU types, most preferred first. */
  gpuTypeIds: Array<Scalars['ID']['input']>;
  gpusPerNode: Scalars['Int']['input'];
  /** The same key with the same payload returns the same job; with another payload it is a CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Container image, e.g. registry.example/team/train:1.4. */
  image?: InputMaybe<Scalars['String']['input']>;
  /** Stopped when it runs longer; also what the spend cap holds for it. */
  maxDurationSeconds: Scalars['Int']['input'];
  /** Memory on each node, GiB; left out: the pool’s share for its GPUs. */
  memoryGibPerNode?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  /** Nodes: all GPUs of a multi-node job start together or not at all. */
  nodes?: Scalars['Int']['input'];
  projectId: Scalars['ID']['input'];
  /** Acceptable regions; left out: any the contract allows. */
  regionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** When preempted, go back to PENDING as a new attempt. */
  requeueOnPreemption?: InputMaybe<Scalars['Boolean']['input']>;
  /** A shell script (at most 64 KiB). */
  script?: InputMaybe<Scalars['String']['input']>;
  /** vCPUs on each node (e.g. 24); left out: the pool’s share for its GPUs (vCPUs per node × GPUs asked ÷ GPUs per node). */
  vcpusPerNode?: InputMaybe<Scalars['Float']['input']>;
};

export type SubmitJobPayload = {
  __typename?: 'SubmitJobPayload';
  /** False when the idempotency key returned a job submitted before. */
  created: Scalars['Boolean']['output'];
  job: Job;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Job events as they happen (graphql-ws): of one job, a project, an organization, or everything the caller may read. Each event names its job, with its current status. */
  jobEvents: JobEvent;
};


export type SubscriptionJobEventsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  jobId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
};

/** One field that changed between two versions. */
export type TermChangeView = {
  __typename?: 'TermChangeView';
  from?: Maybe<Scalars['JSON']['output']>;
  path: Scalars['String']['output'];
  to?: Maybe<Scalars['JSON']['output']>;
};

export type TokenDiscount = {
  __typename?: 'TokenDiscount';
  /** Null: every model. */
  modelId?: Maybe<Scalars['ID']['output']>;
  percent: Scalars['Float']['output'];
};

export type TokenDiscountInput = {
  /** Null: every model. */
  modelId?: InputMaybe<Scalars['ID']['input']>;
  /** 0 to 100, to a hundredth of a percent. */
  percent: Scalars['Float']['input'];
};

/** What model tokens would cost, and what would refuse them. */
export type TokenQuote = {
  __typename?: 'TokenQuote';
  /** True when nothing in `refusals` would stop the work. */
  allowed: Scalars['Boolean']['output'];
  /** What the work would cost, after discounts; null without a price. */
  amount?: Maybe<Scalars['Micros']['output']>;
  /** The instant prices, terms and usage were read at. */
  asOf: Scalars['DateTimeISO']['output'];
  /** ISO 4217: the contract’s, else the list price’s; null without any price. */
  currency?: Maybe<Scalars['String']['output']>;
  /** The discount off list, in percent (for committed work, the committed rate’s saving). Null without contract:read. */
  discountPercent?: Maybe<Scalars['Float']['output']>;
  /** Per million input tokens after discounts, rounded for display. */
  inputPerMillion?: Maybe<Scalars['Micros']['output']>;
  inputTokens: Scalars['Int']['output'];
  /** The same work at list price. Null without contract:read. */
  listAmount?: Maybe<Scalars['Micros']['output']>;
  /** List price per million input tokens. Null without contract:read. */
  listInputPerMillion?: Maybe<Scalars['Micros']['output']>;
  /** List price per million output tokens. Null without contract:read. */
  listOutputPerMillion?: Maybe<Scalars['Micros']['output']>;
  model: Model;
  /** Per million output tokens after discounts, rounded for display. */
  outputPerMillion?: Maybe<Scalars['Micros']['output']>;
  outputTokens: Scalars['Int']['output'];
  /** What the amount was computed from. Null without contract:read. */
  priceBasis?: Maybe<PriceBasis>;
  quotas: Array<QuotaCheck>;
  refusals: Array<QuoteRefusal>;
  /** Where the model is served and residency allows it to run. */
  servedIn: Array<Region>;
  /** Null without a cap, or without contract:read. */
  spendCap?: Maybe<SpendCapCheck>;
  /** Whether month-to-date spend was known when checking the spend cap. False until metering exists: the cap is checked against this quote alone. */
  spendSoFarKnown: Scalars['Boolean']['output'];
  /** What would not stop the work but should be known (an ALERT spend cap, a throttling quota…). */
  warnings: Array<Scalars['String']['output']>;
};

export type UpdateClusterInput = {
  /** Replaces the connection; a token left out keeps the stored one. */
  connection: ClusterConnectionInput;
  id: Scalars['ID']['input'];
};

export type UpdateDraftContractInput = {
  endsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  startsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Replaces the draft’s terms. */
  terms?: InputMaybe<ContractTermsInput>;
};

export type UpdateGpuTypeInput = {
  id: Scalars['ID']['input'];
  interconnect?: InputMaybe<Interconnect>;
  memoryGb?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a model; omitted fields stay. The key never changes. */
export type UpdateModelInput = {
  contextWindow?: InputMaybe<Scalars['Int']['input']>;
  family?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  license?: InputMaybe<Scalars['String']['input']>;
  modalities?: InputMaybe<Array<Modality>>;
  parametersB?: InputMaybe<Scalars['Float']['input']>;
  /** Replaces the regions where the model is served. */
  regionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** DEPRECATED needs a future sunsetAt; GA and PREVIEW clear it. */
  status?: InputMaybe<ModelStatus>;
  sunsetAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

export type UpdateNodePoolInput = {
  id: Scalars['ID']['input'];
  internalFloorGpus?: InputMaybe<Scalars['Int']['input']>;
  /** Memory of each node in GiB; left out: unchanged; null: no longer counted. */
  memoryGibPerNode?: InputMaybe<Scalars['Float']['input']>;
  nodeCount?: InputMaybe<Scalars['Int']['input']>;
  onDemandReclaimable?: InputMaybe<Scalars['Boolean']['input']>;
  reclaimNoticeSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** vCPUs of each node; left out: unchanged; null: CPU is no longer counted. */
  vcpusPerNode?: InputMaybe<Scalars['Float']['input']>;
};

export type UpdateOrganizationInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type UpdateProjectInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateRegionInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

/** Changes to an SLA policy; omitted fields stay. */
export type UpdateSlaPolicyInput = {
  id: Scalars['ID']['input'];
  /** Unique, ignoring case. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces every target. */
  targets?: InputMaybe<Array<SlaTargetInput>>;
};

/** An event dated in a finalized month: kept, and billed on a later invoice as an adjustment. */
export type UsageAdjustmentView = {
  __typename?: 'UsageAdjustmentView';
  /** The month whose invoice bills it. */
  billedMonth: Scalars['DateTimeISO']['output'];
  dedupKey: Scalars['String']['output'];
  index: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type UsageEvent = Node & {
  __typename?: 'UsageEvent';
  attempt?: Maybe<Scalars['Int']['output']>;
  /** The first day of the month whose invoice bills it: its own month, or the next open one when that was already finalized. */
  billedMonth: Scalars['DateTimeISO']['output'];
  capacityClass?: Maybe<CapacityClass>;
  commitmentId?: Maybe<Scalars['ID']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  /** Unique within the organization. */
  dedupKey: Scalars['String']['output'];
  endedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  gpuTypeId?: Maybe<Scalars['ID']['output']>;
  gpus?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  jobId?: Maybe<Scalars['ID']['output']>;
  kind: UsageKind;
  modelId?: Maybe<Scalars['ID']['output']>;
  /** When the usage happened: it counts in this hour. */
  occurredAt: Scalars['DateTimeISO']['output'];
  organizationId: Scalars['ID']['output'];
  poolId?: Maybe<Scalars['ID']['output']>;
  projectId: Scalars['ID']['output'];
  /** GPU-seconds or tokens. */
  quantity: Scalars['Quantity']['output'];
  recordedAt: Scalars['DateTimeISO']['output'];
  regionId?: Maybe<Scalars['ID']['output']>;
  /** Whole seconds of a job interval; GPU-seconds = gpus × seconds. */
  seconds?: Maybe<Scalars['Int']['output']>;
  /** gpu/<GPU type>/<class>/<region> or tokens/<model>/<input|output>. */
  sku: Scalars['String']['output'];
  startedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** A job’s price per GPU-hour when it was placed (after discounts), for its spend hold; invoices rate with the prices in force at the hour. */
  unitPrice?: Maybe<Scalars['Micros']['output']>;
};

/** A page of UsageEvent items, newest first. */
export type UsageEventConnection = {
  __typename?: 'UsageEventConnection';
  edges: Array<UsageEventEdge>;
  /** The nodes of `edges`, for convenience. */
  nodes: Array<UsageEvent>;
  pageInfo: PageInfo;
};

export type UsageEventEdge = {
  __typename?: 'UsageEventEdge';
  cursor: Scalars['String']['output'];
  node: UsageEvent;
};

/** One usage event from a trusted data plane. GPU usage names a GPU type, class and region; tokens a model. */
export type UsageEventInput = {
  capacityClass?: InputMaybe<CapacityClass>;
  /** Unique per event, chosen by the sender (≤ 160 printable characters): sending it again changes nothing. */
  dedupKey: Scalars['String']['input'];
  gpuTypeId?: InputMaybe<Scalars['ID']['input']>;
  kind: UsageKind;
  modelId?: InputMaybe<Scalars['ID']['input']>;
  /** When it happened: it counts in this hour (UTC). */
  occurredAt: Scalars['DateTimeISO']['input'];
  organizationId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
  /** GPU-seconds (GPUs × seconds) or tokens; never negative. */
  quantity: Scalars['Quantity']['input'];
  regionId?: InputMaybe<Scalars['ID']['input']>;
};

export type UsageGranularity =
  | 'DAY'
  | 'HOUR'
  | 'MONTH';

/** What a usage quantity counts. */
export type UsageKind =
  | 'GPU_SECONDS'
  | 'INPUT_TOKENS'
  | 'OUTPUT_TOKENS';

/** An event refused, with the field at fault and why; the rest of the batch was kept. */
export type UsageRejectionView = {
  __typename?: 'UsageRejectionView';
  dedupKey: Scalars['String']['output'];
  /** e.g. events.3.quantity */
  field: Scalars['String']['output'];
  index: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type UsageReport = {
  __typename?: 'UsageReport';
  /** The same report as CSV (GET, with the same credentials). */
  csvUrl: Scalars['String']['output'];
  rows: Array<UsageReportRowView>;
};

/** Usage of one SKU by one project in one period. */
export type UsageReportRowView = {
  __typename?: 'UsageReportRowView';
  capacityClass?: Maybe<CapacityClass>;
  events: Scalars['Int']['output'];
  gpuTypeId?: Maybe<Scalars['ID']['output']>;
  kind: UsageKind;
  modelId?: Maybe<Scalars['ID']['output']>;
  periodStart: Scalars['DateTimeISO']['output'];
  projectId: Scalars['ID']['output'];
  /** GPU-seconds or tokens. */
  quantity: Scalars['Quantity']['output'];
  regionId?: Maybe<Scalars['ID']['output']>;
  sku: Scalars['String']['output'];
};

export type User = Node & {
  __typename?: 'User';
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  platformRoles: Array<PlatformRole>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** Who is calling: a person (with memberships and platform roles) or an API key. */
export type Viewer = {
  __typename?: 'Viewer';
  apiKey?: Maybe<ApiKey>;
  memberships: Array<Membership>;
  platformRoles: Array<PlatformRole>;
  user?: Maybe<User>;
};

export type ApiKeyRowFragment = { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, status: ApiKeyStatus, expiresAt?: string | null, lastUsedAt?: string | null, createdAt: string, revokedAt?: string | null } & { ' $fragmentName'?: 'ApiKeyRowFragment' };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', secret: string, apiKey: (
      { __typename?: 'ApiKey', id: string, name: string }
      & { ' $fragmentRefs'?: { 'ApiKeyRowFragment': ApiKeyRowFragment } }
    ) } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: (
    { __typename?: 'ApiKey', id: string }
    & { ' $fragmentRefs'?: { 'ApiKeyRowFragment': ApiKeyRowFragment } }
  ) };

export type AuditEventRowFragment = { __typename?: 'AuditEvent', id: string, at: string, actorType: ActorType, actorId?: string | null, action: string, targetType?: string | null, targetId?: string | null, outcome: AuditOutcome, errorCode?: string | null, requestId: string } & { ' $fragmentName'?: 'AuditEventRowFragment' };

export type InvoiceLinesFragment = { __typename?: 'Invoice', currency: string, periodStart: string, subtotal: string, discounts: string, credits: string, total: string, lines: Array<{ __typename?: 'InvoiceLine', position: number, kind: InvoiceLineKind, description: string, usageMonth?: string | null, quantity: string, unit: string, unitPrice?: string | null, discountBasisPoints: number, listAmount: string, discountAmount: string, amount: string, usedQuantity?: string | null, utilizationPercent?: number | null }> } & { ' $fragmentName'?: 'InvoiceLinesFragment' };

export type InvoiceRowFragment = { __typename?: 'Invoice', id: string, number?: string | null, status: InvoiceStatus, periodStart: string, currency: string, total: string, usageTotal: string, finalizedAt?: string | null } & { ' $fragmentName'?: 'InvoiceRowFragment' };

export type SpendNoticeQueryVariables = Exact<{
  org: Scalars['ID']['input'];
}>;


export type SpendNoticeQuery = { __typename?: 'Query', spendStatus: { __typename?: 'SpendStatus', currency: string, cap?: string | null, mode?: SpendCapMode | null, spent: string, percent?: number | null, alerts: Array<{ __typename?: 'SpendAlert', thresholdPercent: number, createdAt: string }> } };

export type VoidAndReissueInvoiceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type VoidAndReissueInvoiceMutation = { __typename?: 'Mutation', voidAndReissueInvoice: { __typename?: 'Invoice', id: string, number?: string | null } };

export type CapacityBarFiguresFragment = { __typename?: 'CapacityFigures', totalGpus: number, availableGpus: number, internalFloorGpus: number, internalDemandGpus: number, committedGpus: number, peakCommittedGpus: number, headroomGpus: number, notes: Array<string>, allocated: { __typename?: 'AllocatedGpus', internal: number, reserved: number, onDemand: number, spot: number } } & { ' $fragmentName'?: 'CapacityBarFiguresFragment' };

export type GpuPriceEntryFragment = { __typename?: 'GpuPrice', id: string, priceClass: PricedClass, currency: string, pricePerGpuHour: string, effectiveFrom: string, effectiveTo?: string | null, gpuType: { __typename?: 'GpuType', id: string, code: string, vendor: GpuVendor, memoryGb: number, interconnect: Interconnect }, region: { __typename?: 'Region', id: string, code: string, name: string } } & { ' $fragmentName'?: 'GpuPriceEntryFragment' };

export type ModelRowFragment = { __typename?: 'Model', id: string, key: string, family: string, parametersB: number, contextWindow: number, license: string, modalities: Array<Modality>, status: ModelStatus, sunsetAt?: string | null, regions: Array<{ __typename?: 'Region', id: string, code: string, name: string }>, price?: { __typename?: 'ModelPrice', id: string, inputPerMillionTokens: string, outputPerMillionTokens: string, currency: string } | null } & { ' $fragmentName'?: 'ModelRowFragment' };

export type AddCommitmentMutationVariables = Exact<{
  input: AddCommitmentInput;
}>;


export type AddCommitmentMutation = { __typename?: 'Mutation', addCommitment: { __typename?: 'Commitment', id: string, gpus: number, status: CommitmentStatus } };

export type CommitmentRowFragment = { __typename?: 'Commitment', id: string, gpus: number, startsAt: string, endsAt: string, ratePerGpuHour: string, status: CommitmentStatus, addedInVersion: number, gpuType: { __typename?: 'GpuType', id: string, code: string }, region: { __typename?: 'Region', id: string, code: string }, pool?: { __typename?: 'NodePool', id: string, name: string } | null } & { ' $fragmentName'?: 'CommitmentRowFragment' };

export type RemoveCommitmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveCommitmentMutation = { __typename?: 'Mutation', removeCommitment: string };

export type ContractHistoryVersionFragment = { __typename?: 'ContractVersion', id: string, number: number, effectiveFrom: string, effectiveTo?: string | null, reason?: string | null, createdAt: string, createdBy?: { __typename?: 'User', id: string, name: string, email: string } | null, changes: Array<{ __typename?: 'TermChangeView', path: string, from?: unknown | null, to?: unknown | null }> } & { ' $fragmentName'?: 'ContractHistoryVersionFragment' };

export type ActivateContractMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivateContractMutation = { __typename?: 'Mutation', activateContract: { __typename?: 'Contract', id: string, status: ContractStatus, activatedAt?: string | null } };

export type TerminateContractMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TerminateContractMutation = { __typename?: 'Mutation', terminateContract: { __typename?: 'Contract', id: string, status: ContractStatus, terminatedAt?: string | null } };

export type ContractRowFragment = { __typename?: 'Contract', id: string, name: string, status: ContractStatus, currency: string, startsAt: string, endsAt: string, currentVersion: number } & { ' $fragmentName'?: 'ContractRowFragment' };

export type ContractTermsDetailsFragment = { __typename?: 'ContractTermsView', allowedJurisdictions: Array<Jurisdiction>, allowedRegionIds: Array<string>, retentionDays: number, noTraining: boolean, slaPolicyId?: string | null, onDemandReclaimable: boolean, gpuDiscounts: Array<{ __typename?: 'GpuDiscount', gpuTypeId: string, priceClass: PricedClass, percent: number }>, tokenDiscounts: Array<{ __typename?: 'TokenDiscount', modelId?: string | null, percent: number }>, spendCap?: { __typename?: 'SpendCap', mode: SpendCapMode, monthly: string } | null, slaPolicy?: { __typename?: 'SlaPolicy', id: string, name: string, targets: Array<{ __typename?: 'SlaTarget', service: SlaService, availabilityPercent: number }> } | null } & { ' $fragmentName'?: 'ContractTermsDetailsFragment' };

export type ContractTermChoicesFragment = { __typename?: 'Query', gpuTypes: { __typename?: 'GpuTypeConnection', nodes: Array<{ __typename?: 'GpuType', id: string, code: string, status: LifecycleStatus }> }, regions: { __typename?: 'RegionConnection', nodes: Array<{ __typename?: 'Region', id: string, code: string, name: string, jurisdiction: Jurisdiction, status: LifecycleStatus }> }, models: { __typename?: 'ModelConnection', nodes: Array<{ __typename?: 'Model', id: string, key: string }> }, slaPolicies?: { __typename?: 'SlaPolicyConnection', nodes: Array<{ __typename?: 'SlaPolicy', id: string, name: string }> } } & { ' $fragmentName'?: 'ContractTermChoicesFragment' };

export type ClusterSummaryFragment = { __typename?: 'Cluster', id: string, name: string, driver: DriverKind, status: LifecycleStatus, health: ClusterHealth, healthMessage?: string | null, lastHeartbeatAt?: string | null, region: { __typename?: 'Region', id: string, code: string }, nodePools: { __typename?: 'NodePoolConnection', nodes: Array<{ __typename?: 'NodePool', id: string, name: string, status: LifecycleStatus, totalGpus: number, internalFloorGpus: number, gpuType: { __typename?: 'GpuType', id: string, code: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } } & { ' $fragmentName'?: 'ClusterSummaryFragment' };

export type UpdatePoolFloorMutationVariables = Exact<{
  input: UpdateNodePoolInput;
}>;


export type UpdatePoolFloorMutation = { __typename?: 'Mutation', updateNodePool: { __typename?: 'NodePool', id: string, internalFloorGpus: number } };

export type SetInternalDemandMutationVariables = Exact<{
  input: SetInternalDemandInput;
}>;


export type SetInternalDemandMutation = { __typename?: 'Mutation', setInternalDemand: { __typename?: 'NodePool', id: string, internalDemandGpus: number } };

export type UpdatePoolNodeSizeMutationVariables = Exact<{
  input: UpdateNodePoolInput;
}>;


export type UpdatePoolNodeSizeMutation = { __typename?: 'Mutation', updateNodePool: { __typename?: 'NodePool', id: string, vcpusPerNode?: number | null, memoryGibPerNode?: number | null } };

export type CancelJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type CancelJobMutation = { __typename?: 'Mutation', cancelJob: (
    { __typename?: 'Job', id: string, status: JobStatus, updatedAt: string }
    & { ' $fragmentRefs'?: { 'JobDetailsFragment': JobDetailsFragment } }
  ) };

export type JobDetailsFragment = { __typename?: 'Job', id: string, name: string, status: JobStatus, reason: JobReason, statusMessage: string, statusChangedAt: string, capacityClass: CapacityClass, gpus: number, gpusPerNode: number, nodeCount: number, vcpusPerNode?: number | null, memoryGibPerNode?: number | null, attempt: number, maxDurationSeconds: number, requeueOnPreemption: boolean, createdAt: string, admittedAt?: string | null, startedAt?: string | null, endedAt?: string | null, exitCode?: number | null, reclaimAt?: string | null, preemptedBy?: string | null, currency?: string | null, unitPrice?: string | null, spendHoldMicros: string, nodeNames: Array<string>, externalId?: string | null, submittedBy: string, idempotencyKey?: string | null, image?: string | null, command: Array<string>, script?: string | null, environmentNames: Array<string>, gpuType?: { __typename?: 'GpuType', id: string, code: string } | null, region?: { __typename?: 'Region', id: string, code: string, name: string } | null, cluster?: { __typename?: 'Cluster', id: string, name: string } | null, pool?: { __typename?: 'NodePool', id: string, name: string } | null, acceptableGpuTypes: Array<{ __typename?: 'GpuType', id: string, code: string }>, acceptableRegions: Array<{ __typename?: 'Region', id: string, code: string }> } & { ' $fragmentName'?: 'JobDetailsFragment' };

export type JobFeedEventFragment = { __typename?: 'JobEvent', id: string, at: string, fromStatus?: JobStatus | null, toStatus: JobStatus, reason: JobReason, message: string, job: { __typename?: 'Job', id: string, name: string, organization: { __typename?: 'Organization', id: string, name: string } } } & { ' $fragmentName'?: 'JobFeedEventFragment' };

export type JobRowFragment = { __typename?: 'Job', id: string, name: string, status: JobStatus, reason: JobReason, statusMessage: string, capacityClass: CapacityClass, gpusPerNode: number, nodeCount: number, attempt: number, createdAt: string, project: { __typename?: 'Project', id: string, name: string }, organization: { __typename?: 'Organization', id: string, name: string }, gpuType?: { __typename?: 'GpuType', id: string, code: string } | null, acceptableGpuTypes: Array<{ __typename?: 'GpuType', id: string, code: string }>, region?: { __typename?: 'Region', id: string, code: string } | null } & { ' $fragmentName'?: 'JobRowFragment' };

export type JobTimelineEventFragment = { __typename?: 'JobEvent', id: string, at: string, fromStatus?: JobStatus | null, toStatus: JobStatus, reason: JobReason, message: string, actor: string } & { ' $fragmentName'?: 'JobTimelineEventFragment' };

export type PlacementExplanationFragment = { __typename?: 'PlacementExplanationView', jobId: string, verdict: string, reason: JobReason, message: string, evaluatedAt?: string | null, preempted: Array<string>, candidates: Array<{ __typename?: 'PlacementCandidate', poolId: string, pool: string, region: string, gpuType: string, outcome: string, reason: JobReason, message: string, unitPrice?: string | null }> } & { ' $fragmentName'?: 'PlacementExplanationFragment' };

export type GpuQuotePreviewFragment = { __typename?: 'GpuQuote', allowed: boolean, amount?: string | null, currency?: string | null, unitPrice?: string | null, hours: number, gpus: number, asOf: string, warnings: Array<string>, gpuType: { __typename?: 'GpuType', id: string, code: string }, region?: { __typename?: 'Region', id: string, code: string, name: string } | null, refusals: Array<{ __typename?: 'QuoteRefusal', reason: QuoteRefusalReason, field?: string | null, message: string }>, quotas: Array<{ __typename?: 'QuotaCheck', quotaId: string, exceeded: boolean, message: string }>, candidates: Array<{ __typename?: 'GpuQuoteCandidate', chosen: boolean, unitPrice?: string | null, region: { __typename?: 'Region', id: string, code: string }, exclusions: Array<{ __typename?: 'QuoteRefusal', reason: QuoteRefusalReason, message: string }> }> } & { ' $fragmentName'?: 'GpuQuotePreviewFragment' };

export type SubmitJobMutationVariables = Exact<{
  input: SubmitJobInput;
}>;


export type SubmitJobMutation = { __typename?: 'Mutation', submitJob: { __typename?: 'SubmitJobPayload', created: boolean, job: { __typename?: 'Job', id: string, name: string, status: JobStatus } } };

export type OrganizationSummaryFragment = { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, status: OrganizationStatus, viewerRole?: MembershipRole | null, createdAt: string } & { ' $fragmentName'?: 'OrganizationSummaryFragment' };

export type ProjectDetailsFragment = { __typename?: 'Project', id: string, name: string, slug: string, description?: string | null, createdAt: string, updatedAt: string, organization: { __typename?: 'Organization', id: string, name: string } } & { ' $fragmentName'?: 'ProjectDetailsFragment' };

export type ProjectSwitcherItemFragment = { __typename?: 'Project', id: string, name: string } & { ' $fragmentName'?: 'ProjectSwitcherItemFragment' };

export type ProjectTableRowFragment = { __typename?: 'Project', id: string, name: string, description?: string | null, createdAt: string } & { ' $fragmentName'?: 'ProjectTableRowFragment' };

export type QuotaRowFragment = { __typename?: 'Quota', id: string, kind: QuotaKind, limit: number, project?: { __typename?: 'Project', id: string, name: string } | null, gpuType?: { __typename?: 'GpuType', id: string, code: string } | null, region?: { __typename?: 'Region', id: string, code: string } | null, model?: { __typename?: 'Model', id: string, key: string } | null } & { ' $fragmentName'?: 'QuotaRowFragment' };

export type RemoveQuotaMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveQuotaMutation = { __typename?: 'Mutation', removeQuota: string };

export type SetQuotaMutationVariables = Exact<{
  input: SetQuotaInput;
}>;


export type SetQuotaMutation = { __typename?: 'Mutation', setQuota: { __typename?: 'Quota', id: string, kind: QuotaKind, limit: number, gpuType?: { __typename?: 'GpuType', code: string } | null, region?: { __typename?: 'Region', code: string } | null, model?: { __typename?: 'Model', key: string } | null } };

export type GpuQuoteDetailsFragment = { __typename?: 'GpuQuote', allowed: boolean, amount?: string | null, listAmount?: string | null, unitPrice?: string | null, listUnitPrice?: string | null, discountPercent?: number | null, priceBasis?: PriceBasis | null, currency?: string | null, gpus: number, hours: number, priceClass: PricedClass, asOf: string, warnings: Array<string>, gpuType: { __typename?: 'GpuType', id: string, code: string }, region?: { __typename?: 'Region', id: string, code: string, name: string } | null, coveredBy?: { __typename?: 'Commitment', id: string, gpus: number, ratePerGpuHour: string, region: { __typename?: 'Region', code: string } } | null, candidates: Array<{ __typename?: 'GpuQuoteCandidate', chosen: boolean, amount?: string | null, listAmount?: string | null, unitPrice?: string | null, region: { __typename?: 'Region', id: string, code: string, name: string }, exclusions: Array<{ __typename?: 'QuoteRefusal', reason: QuoteRefusalReason, message: string }> }>, refusals: Array<(
    { __typename?: 'QuoteRefusal' }
    & { ' $fragmentRefs'?: { 'QuoteRefusalItemFragment': QuoteRefusalItemFragment } }
  )>, quotas: Array<(
    { __typename?: 'QuotaCheck' }
    & { ' $fragmentRefs'?: { 'QuotaCheckItemFragment': QuotaCheckItemFragment } }
  )>, spendCap?: (
    { __typename?: 'SpendCapCheck' }
    & { ' $fragmentRefs'?: { 'SpendCapCheckItemFragment': SpendCapCheckItemFragment } }
  ) | null } & { ' $fragmentName'?: 'GpuQuoteDetailsFragment' };

export type QuoteRefusalItemFragment = { __typename?: 'QuoteRefusal', reason: QuoteRefusalReason, field?: string | null, message: string } & { ' $fragmentName'?: 'QuoteRefusalItemFragment' };

export type QuotaCheckItemFragment = { __typename?: 'QuotaCheck', quotaId: string, kind: QuotaKind, scope: QuotaScope, limit: number, inUse: number, requested: number, exceeded: boolean, usageTracked: boolean, message: string } & { ' $fragmentName'?: 'QuotaCheckItemFragment' };

export type SpendCapCheckItemFragment = { __typename?: 'SpendCapCheck', mode: SpendCapMode, monthlyCap: string, spentSoFar: string, remaining: string, wouldExceed: boolean, spendSoFarKnown: boolean } & { ' $fragmentName'?: 'SpendCapCheckItemFragment' };

export type TokenQuoteDetailsFragment = { __typename?: 'TokenQuote', allowed: boolean, amount?: string | null, listAmount?: string | null, discountPercent?: number | null, priceBasis?: PriceBasis | null, currency?: string | null, inputTokens: number, outputTokens: number, inputPerMillion?: string | null, outputPerMillion?: string | null, listInputPerMillion?: string | null, listOutputPerMillion?: string | null, asOf: string, warnings: Array<string>, model: { __typename?: 'Model', id: string, key: string }, servedIn: Array<{ __typename?: 'Region', id: string, code: string }>, refusals: Array<(
    { __typename?: 'QuoteRefusal' }
    & { ' $fragmentRefs'?: { 'QuoteRefusalItemFragment': QuoteRefusalItemFragment } }
  )>, quotas: Array<(
    { __typename?: 'QuotaCheck' }
    & { ' $fragmentRefs'?: { 'QuotaCheckItemFragment': QuotaCheckItemFragment } }
  )>, spendCap?: (
    { __typename?: 'SpendCapCheck' }
    & { ' $fragmentRefs'?: { 'SpendCapCheckItemFragment': SpendCapCheckItemFragment } }
  ) | null } & { ' $fragmentName'?: 'TokenQuoteDetailsFragment' };

export type ShellQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellQuery = { __typename?: 'Query', viewer?: { __typename?: 'Viewer', platformRoles: Array<PlatformRole>, user?: (
      { __typename?: 'User', id: string }
      & { ' $fragmentRefs'?: { 'UserMenuUserFragment': UserMenuUserFragment } }
    ) | null, memberships: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, organization: { __typename?: 'Organization', id: string, name: string } }> } | null, organizations: { __typename?: 'OrganizationConnection', nodes: Array<{ __typename?: 'Organization', id: string, name: string }> } };

export type ShellProjectsQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type ShellProjectsQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, projects: { __typename?: 'ProjectConnection', nodes: Array<(
        { __typename?: 'Project', id: string }
        & { ' $fragmentRefs'?: { 'ProjectSwitcherItemFragment': ProjectSwitcherItemFragment } }
      )> } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type UserMenuUserFragment = { __typename?: 'User', id: string, name: string, email: string } & { ' $fragmentName'?: 'UserMenuUserFragment' };

export type ApiKeysPageQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type ApiKeysPageQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, name: string, organization: { __typename?: 'Organization', id: string, name: string, viewerRole?: MembershipRole | null }, apiKeys: { __typename?: 'ApiKeyConnection', nodes: Array<(
        { __typename?: 'ApiKey', id: string }
        & { ' $fragmentRefs'?: { 'ApiKeyRowFragment': ApiKeyRowFragment } }
      )>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } } };

export type AuditLogPageQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogPageQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string }, auditEvents: { __typename?: 'AuditEventConnection', nodes: Array<(
      { __typename?: 'AuditEvent', id: string }
      & { ' $fragmentRefs'?: { 'AuditEventRowFragment': AuditEventRowFragment } }
    )>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CapacityPageQueryVariables = Exact<{ [key: string]: never; }>;


export type CapacityPageQuery = { __typename?: 'Query', capacityLedger: { __typename?: 'CapacityLedger', asOf: string, totals: (
      { __typename?: 'CapacityFigures' }
      & { ' $fragmentRefs'?: { 'CapacityBarFiguresFragment': CapacityBarFiguresFragment } }
    ), rows: Array<{ __typename?: 'CapacityLedgerRow', key: string, label: string, pool?: { __typename?: 'NodePool', id: string, name: string } | null, cluster?: { __typename?: 'Cluster', id: string, name: string, health: ClusterHealth } | null, region?: { __typename?: 'Region', id: string, code: string } | null, gpuType?: { __typename?: 'GpuType', id: string, code: string } | null, figures: (
        { __typename?: 'CapacityFigures', totalGpus: number, headroomGpus: number }
        & { ' $fragmentRefs'?: { 'CapacityBarFiguresFragment': CapacityBarFiguresFragment } }
      ) }> }, capacityForecast: Array<{ __typename?: 'CapacityForecastRow', label: string, pool: { __typename?: 'NodePool', id: string, totalGpus: number, internalFloorGpus: number }, days: Array<{ __typename?: 'CapacityDay', day: string, committedGpus: number, headroomGpus: number }> }> };

export type ClusterPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClusterPageQuery = { __typename?: 'Query', cluster: { __typename?: 'Cluster', id: string, name: string, driver: DriverKind, status: LifecycleStatus, health: ClusterHealth, healthMessage?: string | null, lastHeartbeatAt?: string | null, lastCheckedAt?: string | null, lastSyncedAt?: string | null, createdAt: string, region: { __typename?: 'Region', id: string, code: string, name: string }, connection: { __typename?: 'ClusterConnectionSettings', endpoint?: string | null, user?: string | null, partitions: Array<string>, hasToken: boolean }, nodePools: { __typename?: 'NodePoolConnection', nodes: Array<{ __typename?: 'NodePool', id: string, name: string, status: LifecycleStatus, totalGpus: number, nodeCount: number, gpusPerNode: number, internalFloorGpus: number, onDemandReclaimable: boolean, gpuType: { __typename?: 'GpuType', id: string, code: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } } };

export type CheckClusterMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CheckClusterMutation = { __typename?: 'Mutation', checkCluster: { __typename?: 'Cluster', id: string, health: ClusterHealth, healthMessage?: string | null, lastHeartbeatAt?: string | null, lastCheckedAt?: string | null, lastSyncedAt?: string | null } };

export type ContractTermsPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  staff: Scalars['Boolean']['input'];
}>;


export type ContractTermsPageQuery = (
  { __typename?: 'Query', contract: { __typename?: 'Contract', id: string, name: string, status: ContractStatus, currency: string, startsAt: string, endsAt: string, organization: { __typename?: 'Organization', id: string, name: string }, terms: (
      { __typename?: 'ContractTermsView' }
      & { ' $fragmentRefs'?: { 'ContractTermsDetailsFragment': ContractTermsDetailsFragment } }
    ), versions: { __typename?: 'ContractVersionConnection', nodes: Array<{ __typename?: 'ContractVersion', id: string, effectiveFrom: string }> } } }
  & { ' $fragmentRefs'?: { 'ContractTermChoicesFragment': ContractTermChoicesFragment } }
);

export type UpdateDraftContractMutationVariables = Exact<{
  input: UpdateDraftContractInput;
}>;


export type UpdateDraftContractMutation = { __typename?: 'Mutation', updateDraftContract: { __typename?: 'Contract', id: string } };

export type AmendContractMutationVariables = Exact<{
  input: AmendContractInput;
}>;


export type AmendContractMutation = { __typename?: 'Mutation', amendContract: { __typename?: 'ContractVersion', id: string, number: number } };

export type ContractPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  staff: Scalars['Boolean']['input'];
}>;


export type ContractPageQuery = (
  { __typename?: 'Query', contract: { __typename?: 'Contract', id: string, name: string, status: ContractStatus, currency: string, startsAt: string, endsAt: string, activatedAt?: string | null, terminatedAt?: string | null, currentVersion: number, createdAt: string, organization: { __typename?: 'Organization', id: string, name: string }, accountManager?: { __typename?: 'User', id: string, name: string, email: string } | null, terms: (
      { __typename?: 'ContractTermsView' }
      & { ' $fragmentRefs'?: { 'ContractTermsDetailsFragment': ContractTermsDetailsFragment } }
    ), commitments: { __typename?: 'CommitmentConnection', nodes: Array<(
        { __typename?: 'Commitment', id: string }
        & { ' $fragmentRefs'?: { 'CommitmentRowFragment': CommitmentRowFragment } }
      )>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } }, versions: { __typename?: 'ContractVersionConnection', nodes: Array<(
        { __typename?: 'ContractVersion', id: string, number: number, effectiveFrom: string }
        & { ' $fragmentRefs'?: { 'ContractHistoryVersionFragment': ContractHistoryVersionFragment } }
      )>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } } }
  & { ' $fragmentRefs'?: { 'ContractTermChoicesFragment': ContractTermChoicesFragment } }
);

export type FleetPageQueryVariables = Exact<{ [key: string]: never; }>;


export type FleetPageQuery = { __typename?: 'Query', regions: { __typename?: 'RegionConnection', nodes: Array<{ __typename?: 'Region', id: string, code: string, name: string, jurisdiction: Jurisdiction, status: LifecycleStatus }> }, gpuTypes: { __typename?: 'GpuTypeConnection', nodes: Array<{ __typename?: 'GpuType', id: string, code: string, vendor: GpuVendor, memoryGb: number, interconnect: Interconnect, status: LifecycleStatus }> }, clusters: { __typename?: 'ClusterConnection', nodes: Array<(
      { __typename?: 'Cluster', id: string }
      & { ' $fragmentRefs'?: { 'ClusterSummaryFragment': ClusterSummaryFragment } }
    )>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type GpuPricesPageQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GpuPricesPageQuery = { __typename?: 'Query', gpuPrices: { __typename?: 'GpuPriceConnection', nodes: Array<(
      { __typename?: 'GpuPrice', id: string }
      & { ' $fragmentRefs'?: { 'GpuPriceEntryFragment': GpuPriceEntryFragment } }
    )>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type InvoicePageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvoicePageQuery = { __typename?: 'Query', invoice: (
    { __typename?: 'Invoice', id: string, number?: string | null, status: InvoiceStatus, periodStart: string, currency: string, total: string, usageTotal: string, computedAt: string, finalizedAt?: string | null, voidedAt?: string | null, voidReason?: string | null, warnings: Array<string>, organization: { __typename?: 'Organization', id: string, name: string }, replaces?: { __typename?: 'Invoice', id: string, number?: string | null } | null, downloads: { __typename?: 'InvoiceDownloads', json: string, csv: string } }
    & { ' $fragmentRefs'?: { 'InvoiceLinesFragment': InvoiceLinesFragment } }
  ) };

export type InvoicesPageQueryVariables = Exact<{
  org: Scalars['ID']['input'];
}>;


export type InvoicesPageQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string }, invoices: { __typename?: 'InvoiceConnection', nodes: Array<(
      { __typename?: 'Invoice', id: string }
      & { ' $fragmentRefs'?: { 'InvoiceRowFragment': InvoiceRowFragment } }
    )>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type JobPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JobPageQuery = { __typename?: 'Query', job: (
    { __typename?: 'Job', id: string, name: string, status: JobStatus, updatedAt: string, currency?: string | null, organization: { __typename?: 'Organization', id: string, name: string, viewerRole?: MembershipRole | null }, project: { __typename?: 'Project', id: string, name: string }, events: { __typename?: 'JobEventConnection', nodes: Array<(
        { __typename?: 'JobEvent', id: string, at: string }
        & { ' $fragmentRefs'?: { 'JobTimelineEventFragment': JobTimelineEventFragment } }
      )>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } }
    & { ' $fragmentRefs'?: { 'JobDetailsFragment': JobDetailsFragment } }
  ), explainPlacement: (
    { __typename?: 'PlacementExplanationView' }
    & { ' $fragmentRefs'?: { 'PlacementExplanationFragment': PlacementExplanationFragment } }
  ) };

export type JobPageEventsSubscriptionVariables = Exact<{
  jobId: Scalars['ID']['input'];
}>;


export type JobPageEventsSubscription = { __typename?: 'Subscription', jobEvents: (
    { __typename?: 'JobEvent', id: string, at: string, job: (
      { __typename?: 'Job', id: string, name: string, status: JobStatus, updatedAt: string, currency?: string | null }
      & { ' $fragmentRefs'?: { 'JobDetailsFragment': JobDetailsFragment } }
    ) }
    & { ' $fragmentRefs'?: { 'JobTimelineEventFragment': JobTimelineEventFragment } }
  ) };

export type JobsPageQueryVariables = Exact<{
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<JobStatus> | JobStatus>;
  capacityClass?: InputMaybe<CapacityClass>;
  after?: InputMaybe<Scalars['String']['input']>;
  inProject: Scalars['Boolean']['input'];
  inOrganization: Scalars['Boolean']['input'];
  scopeProjectId: Scalars['ID']['input'];
  scopeOrganizationId: Scalars['ID']['input'];
}>;


export type JobsPageQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, name: string, organization: { __typename?: 'Organization', id: string, name: string, viewerRole?: MembershipRole | null } }, organization?: { __typename?: 'Organization', id: string, name: string, viewerRole?: MembershipRole | null }, jobs: { __typename?: 'JobConnection', nodes: Array<(
      { __typename?: 'Job', id: string, createdAt: string, updatedAt: string, status: JobStatus, capacityClass: CapacityClass }
      & { ' $fragmentRefs'?: { 'JobRowFragment': JobRowFragment } }
    )>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type JobsPageEventsSubscriptionVariables = Exact<{
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  projectId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type JobsPageEventsSubscription = { __typename?: 'Subscription', jobEvents: { __typename?: 'JobEvent', id: string, job: (
      { __typename?: 'Job', id: string, createdAt: string, updatedAt: string, status: JobStatus, capacityClass: CapacityClass }
      & { ' $fragmentRefs'?: { 'JobRowFragment': JobRowFragment } }
    ) } };

export type ModelPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ModelPageQuery = { __typename?: 'Query', model: { __typename?: 'Model', id: string, key: string, family: string, parametersB: number, contextWindow: number, license: string, modalities: Array<Modality>, status: ModelStatus, sunsetAt?: string | null, createdAt: string, regions: Array<{ __typename?: 'Region', id: string, code: string, name: string }>, price?: { __typename?: 'ModelPrice', id: string, inputPerMillionTokens: string, outputPerMillionTokens: string, currency: string, effectiveFrom: string, effectiveTo?: string | null } | null, priceHistory: { __typename?: 'ModelPriceConnection', nodes: Array<{ __typename?: 'ModelPrice', id: string, inputPerMillionTokens: string, outputPerMillionTokens: string, currency: string, effectiveFrom: string, effectiveTo?: string | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } } };

export type ModelsPageQueryVariables = Exact<{
  status?: InputMaybe<ModelStatus>;
}>;


export type ModelsPageQuery = { __typename?: 'Query', models: { __typename?: 'ModelConnection', nodes: Array<(
      { __typename?: 'Model', id: string }
      & { ' $fragmentRefs'?: { 'ModelRowFragment': ModelRowFragment } }
    )>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type NewContractPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  staff: Scalars['Boolean']['input'];
}>;


export type NewContractPageQuery = (
  { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string } }
  & { ' $fragmentRefs'?: { 'ContractTermChoicesFragment': ContractTermChoicesFragment } }
);

export type CreateContractMutationVariables = Exact<{
  input: CreateContractInput;
}>;


export type CreateContractMutation = { __typename?: 'Mutation', createContract: { __typename?: 'Contract', id: string } };

export type OrganizationContractsPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  staff: Scalars['Boolean']['input'];
}>;


export type OrganizationContractsPageQuery = (
  { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string, viewerRole?: MembershipRole | null, projects: { __typename?: 'ProjectConnection', nodes: Array<{ __typename?: 'Project', id: string, name: string }> } } }
  & { ' $fragmentRefs'?: { 'ContractTermChoicesFragment': ContractTermChoicesFragment } }
);

export type OrganizationContractsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationContractsQuery = { __typename?: 'Query', contracts: { __typename?: 'ContractConnection', nodes: Array<(
      { __typename?: 'Contract', id: string }
      & { ' $fragmentRefs'?: { 'ContractRowFragment': ContractRowFragment } }
    )>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type OrganizationQuotasQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationQuotasQuery = { __typename?: 'Query', quotas: { __typename?: 'QuotaConnection', nodes: Array<(
      { __typename?: 'Quota', id: string }
      & { ' $fragmentRefs'?: { 'QuotaRowFragment': QuotaRowFragment } }
    )> } };

export type OrganizationPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationPageQuery = { __typename?: 'Query', organization: (
    { __typename?: 'Organization', id: string, name: string, viewerRole?: MembershipRole | null, projects: { __typename?: 'ProjectConnection', nodes: Array<(
        { __typename?: 'Project', id: string }
        & { ' $fragmentRefs'?: { 'ProjectTableRowFragment': ProjectTableRowFragment } }
      )>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } }
    & { ' $fragmentRefs'?: { 'OrganizationSummaryFragment': OrganizationSummaryFragment } }
  ) };

export type OrganizationsPageQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganizationsPageQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', nodes: Array<{ __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, status: OrganizationStatus }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type PoolPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PoolPageQuery = { __typename?: 'Query', nodePool: { __typename?: 'NodePool', id: string, name: string, status: LifecycleStatus, totalGpus: number, nodeCount: number, gpusPerNode: number, vcpusPerNode?: number | null, memoryGibPerNode?: number | null, internalFloorGpus: number, internalDemandGpus: number, onDemandReclaimable: boolean, reclaimNoticeSeconds: number, cluster: { __typename?: 'Cluster', id: string, name: string, health: ClusterHealth, region: { __typename?: 'Region', id: string, code: string } }, gpuType: { __typename?: 'GpuType', id: string, code: string }, capacity?: (
      { __typename?: 'CapacityFigures' }
      & { ' $fragmentRefs'?: { 'CapacityBarFiguresFragment': CapacityBarFiguresFragment } }
    ) | null, nodes: { __typename?: 'ClusterNodeConnection', nodes: Array<{ __typename?: 'ClusterNode', id: string, name: string, gpus: number, allocatedGpus: number, vcpus?: number | null, allocatedVcpus: number, memoryGib?: number | null, allocatedMemoryGib: number, state: NodeState }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } } };

export type PoolPreemptionsQueryVariables = Exact<{
  regionId: Scalars['ID']['input'];
}>;


export type PoolPreemptionsQuery = { __typename?: 'Query', jobs: { __typename?: 'JobConnection', nodes: Array<(
      { __typename?: 'Job', id: string, createdAt: string, updatedAt: string, status: JobStatus, capacityClass: CapacityClass, preemptedBy?: string | null, pool?: { __typename?: 'NodePool', id: string } | null }
      & { ' $fragmentRefs'?: { 'JobRowFragment': JobRowFragment } }
    )> } };

export type PoolJobEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PoolJobEventsSubscription = { __typename?: 'Subscription', jobEvents: (
    { __typename?: 'JobEvent', id: string, at: string, reason: JobReason, toStatus: JobStatus, details?: Record<string, unknown> | null, job: (
      { __typename?: 'Job', id: string, createdAt: string, updatedAt: string, status: JobStatus, capacityClass: CapacityClass, preemptedBy?: string | null, pool?: { __typename?: 'NodePool', id: string } | null }
      & { ' $fragmentRefs'?: { 'JobRowFragment': JobRowFragment } }
    ) }
    & { ' $fragmentRefs'?: { 'JobFeedEventFragment': JobFeedEventFragment } }
  ) };

export type ProjectPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectPageQuery = { __typename?: 'Query', project: (
    { __typename?: 'Project', id: string, name: string, description?: string | null, organization: { __typename?: 'Organization', id: string, name: string, viewerRole?: MembershipRole | null } }
    & { ' $fragmentRefs'?: { 'ProjectDetailsFragment': ProjectDetailsFragment } }
  ) };

export type QuoteOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type QuoteOrganizationsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', nodes: Array<{ __typename?: 'Organization', id: string, name: string }> } };

export type QuoteChoicesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  staff: Scalars['Boolean']['input'];
}>;


export type QuoteChoicesQuery = (
  { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string, projects: { __typename?: 'ProjectConnection', nodes: Array<{ __typename?: 'Project', id: string, name: string }> } } }
  & { ' $fragmentRefs'?: { 'ContractTermChoicesFragment': ContractTermChoicesFragment } }
);

export type QuoteGpuQueryVariables = Exact<{
  input: QuoteGpuInput;
}>;


export type QuoteGpuQuery = { __typename?: 'Query', quoteGpu: (
    { __typename?: 'GpuQuote' }
    & { ' $fragmentRefs'?: { 'GpuQuoteDetailsFragment': GpuQuoteDetailsFragment } }
  ) };

export type QuoteTokensQueryVariables = Exact<{
  input: QuoteTokensInput;
}>;


export type QuoteTokensQuery = { __typename?: 'Query', quoteTokens: (
    { __typename?: 'TokenQuote' }
    & { ' $fragmentRefs'?: { 'TokenQuoteDetailsFragment': TokenQuoteDetailsFragment } }
  ) };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'SignInPayload', expiresAt: string, user: { __typename?: 'User', id: string, name: string } } };

export type SubmitJobPageQueryVariables = Exact<{
  projectId: Scalars['ID']['input'];
}>;


export type SubmitJobPageQuery = { __typename?: 'Query', project: { __typename?: 'Project', id: string, name: string, organization: { __typename?: 'Organization', id: string, name: string, kind: OrganizationKind, viewerRole?: MembershipRole | null } }, gpuTypes: { __typename?: 'GpuTypeConnection', nodes: Array<{ __typename?: 'GpuType', id: string, code: string, vendor: GpuVendor, memoryGb: number }> }, regions: { __typename?: 'RegionConnection', nodes: Array<{ __typename?: 'Region', id: string, code: string, name: string, jurisdiction: Jurisdiction }> } };

export type SubmitJobQuoteQueryVariables = Exact<{
  input: QuoteGpuInput;
}>;


export type SubmitJobQuoteQuery = { __typename?: 'Query', quoteGpu: (
    { __typename?: 'GpuQuote' }
    & { ' $fragmentRefs'?: { 'GpuQuotePreviewFragment': GpuQuotePreviewFragment } }
  ) };

export type UsagePageQueryVariables = Exact<{
  org: Scalars['ID']['input'];
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
}>;


export type UsagePageQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string, viewerRole?: MembershipRole | null }, usage: { __typename?: 'UsageReport', csvUrl: string, rows: Array<{ __typename?: 'UsageReportRowView', periodStart: string, kind: UsageKind, sku: string, gpuTypeId?: string | null, capacityClass?: CapacityClass | null, modelId?: string | null, quantity: string }> }, gpuTypes: { __typename?: 'GpuTypeConnection', nodes: Array<{ __typename?: 'GpuType', id: string, code: string }> }, models: { __typename?: 'ModelConnection', nodes: Array<{ __typename?: 'Model', id: string, key: string }> } };

export const ApiKeyRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeyRowFragment, unknown>;
export const AuditEventRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]} as unknown as DocumentNode<AuditEventRowFragment, unknown>;
export const InvoiceLinesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceLines"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"discounts"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"usageMonth"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discountBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"usedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"utilizationPercent"}}]}}]}}]} as unknown as DocumentNode<InvoiceLinesFragment, unknown>;
export const InvoiceRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"usageTotal"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedAt"}}]}}]} as unknown as DocumentNode<InvoiceRowFragment, unknown>;
export const CapacityBarFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityBarFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalGpus"}},{"kind":"Field","name":{"kind":"Name","value":"availableGpus"}},{"kind":"Field","name":{"kind":"Name","value":"internalFloorGpus"}},{"kind":"Field","name":{"kind":"Name","value":"internalDemandGpus"}},{"kind":"Field","name":{"kind":"Name","value":"committedGpus"}},{"kind":"Field","name":{"kind":"Name","value":"peakCommittedGpus"}},{"kind":"Field","name":{"kind":"Name","value":"headroomGpus"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"onDemand"}},{"kind":"Field","name":{"kind":"Name","value":"spot"}}]}}]}}]} as unknown as DocumentNode<CapacityBarFiguresFragment, unknown>;
export const GpuPriceEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GpuPriceEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GpuPrice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceClass"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerGpuHour"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"interconnect"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GpuPriceEntryFragment, unknown>;
export const ModelRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"parametersB"}},{"kind":"Field","name":{"kind":"Name","value":"contextWindow"}},{"kind":"Field","name":{"kind":"Name","value":"license"}},{"kind":"Field","name":{"kind":"Name","value":"modalities"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sunsetAt"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inputPerMillionTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputPerMillionTokens"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<ModelRowFragment, unknown>;
export const CommitmentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gpus"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerGpuHour"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"addedInVersion"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CommitmentRowFragment, unknown>;
export const ContractHistoryVersionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractHistoryVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<ContractHistoryVersionFragment, unknown>;
export const ContractRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<ContractRowFragment, unknown>;
export const ContractTermsDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTermsDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractTermsView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gpuDiscounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gpuTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"priceClass"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenDiscounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedJurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"allowedRegionIds"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"noTraining"}},{"kind":"Field","name":{"kind":"Name","value":"slaPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"slaPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"availabilityPercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"onDemandReclaimable"}}]}}]} as unknown as DocumentNode<ContractTermsDetailsFragment, unknown>;
export const ContractTermChoicesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTermChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gpuTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staff"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ContractTermChoicesFragment, unknown>;
export const ClusterSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"healthMessage"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodePools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalGpus"}},{"kind":"Field","name":{"kind":"Name","value":"internalFloorGpus"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ClusterSummaryFragment, unknown>;
export const JobDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacityClass"}},{"kind":"Field","name":{"kind":"Name","value":"gpus"}},{"kind":"Field","name":{"kind":"Name","value":"gpusPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"vcpusPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGibPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"requeueOnPreemption"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitCode"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimAt"}},{"kind":"Field","name":{"kind":"Name","value":"preemptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"spendHoldMicros"}},{"kind":"Field","name":{"kind":"Name","value":"nodeNames"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"command"}},{"kind":"Field","name":{"kind":"Name","value":"script"}},{"kind":"Field","name":{"kind":"Name","value":"environmentNames"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptableGpuTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<JobDetailsFragment, unknown>;
export const JobFeedEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFeedEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<JobFeedEventFragment, unknown>;
export const JobRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}},{"kind":"Field","name":{"kind":"Name","value":"capacityClass"}},{"kind":"Field","name":{"kind":"Name","value":"gpusPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptableGpuTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<JobRowFragment, unknown>;
export const JobTimelineEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobTimelineEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}}]} as unknown as DocumentNode<JobTimelineEventFragment, unknown>;
export const PlacementExplanationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementExplanation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementExplanationView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"preempted"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poolId"}},{"kind":"Field","name":{"kind":"Name","value":"pool"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}}]}}]}}]} as unknown as DocumentNode<PlacementExplanationFragment, unknown>;
export const GpuQuotePreviewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GpuQuotePreview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GpuQuote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"gpus"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"exceeded"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chosen"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclusions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GpuQuotePreviewFragment, unknown>;
export const OrganizationSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OrganizationSummaryFragment, unknown>;
export const ProjectDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProjectDetailsFragment, unknown>;
export const ProjectSwitcherItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectSwitcherItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ProjectSwitcherItemFragment, unknown>;
export const ProjectTableRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectTableRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ProjectTableRowFragment, unknown>;
export const QuotaRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<QuotaRowFragment, unknown>;
export const QuoteRefusalItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteRefusalItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteRefusal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<QuoteRefusalItemFragment, unknown>;
export const QuotaCheckItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaCheckItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"inUse"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"exceeded"}},{"kind":"Field","name":{"kind":"Name","value":"usageTracked"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<QuotaCheckItemFragment, unknown>;
export const SpendCapCheckItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpendCapCheckItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpendCapCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCap"}},{"kind":"Field","name":{"kind":"Name","value":"spentSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"wouldExceed"}},{"kind":"Field","name":{"kind":"Name","value":"spendSoFarKnown"}}]}}]} as unknown as DocumentNode<SpendCapCheckItemFragment, unknown>;
export const GpuQuoteDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GpuQuoteDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GpuQuote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"listUnitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"priceBasis"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"gpus"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"priceClass"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gpus"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerGpuHour"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chosen"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclusions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteRefusalItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaCheckItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpendCapCheckItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteRefusalItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteRefusal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaCheckItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"inUse"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"exceeded"}},{"kind":"Field","name":{"kind":"Name","value":"usageTracked"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpendCapCheckItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpendCapCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCap"}},{"kind":"Field","name":{"kind":"Name","value":"spentSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"wouldExceed"}},{"kind":"Field","name":{"kind":"Name","value":"spendSoFarKnown"}}]}}]} as unknown as DocumentNode<GpuQuoteDetailsFragment, unknown>;
export const TokenQuoteDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenQuoteDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenQuote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"priceBasis"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"inputPerMillion"}},{"kind":"Field","name":{"kind":"Name","value":"outputPerMillion"}},{"kind":"Field","name":{"kind":"Name","value":"listInputPerMillion"}},{"kind":"Field","name":{"kind":"Name","value":"listOutputPerMillion"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteRefusalItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaCheckItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpendCapCheckItem"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteRefusalItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteRefusal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaCheckItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"inUse"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"exceeded"}},{"kind":"Field","name":{"kind":"Name","value":"usageTracked"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpendCapCheckItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpendCapCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCap"}},{"kind":"Field","name":{"kind":"Name","value":"spentSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"wouldExceed"}},{"kind":"Field","name":{"kind":"Name","value":"spendSoFarKnown"}}]}}]} as unknown as DocumentNode<TokenQuoteDetailsFragment, unknown>;
export const UserMenuUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserMenuUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<UserMenuUserFragment, unknown>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const SpendNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpendNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spendStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thresholdPercent"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<SpendNoticeQuery, SpendNoticeQueryVariables>;
export const VoidAndReissueInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoidAndReissueInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidAndReissueInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<VoidAndReissueInvoiceMutation, VoidAndReissueInvoiceMutationVariables>;
export const AddCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gpus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AddCommitmentMutation, AddCommitmentMutationVariables>;
export const RemoveCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveCommitmentMutation, RemoveCommitmentMutationVariables>;
export const ActivateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}}]}}]}}]} as unknown as DocumentNode<ActivateContractMutation, ActivateContractMutationVariables>;
export const TerminateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminateContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedAt"}}]}}]}}]} as unknown as DocumentNode<TerminateContractMutation, TerminateContractMutationVariables>;
export const UpdatePoolFloorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePoolFloor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNodePoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNodePool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"internalFloorGpus"}}]}}]}}]} as unknown as DocumentNode<UpdatePoolFloorMutation, UpdatePoolFloorMutationVariables>;
export const SetInternalDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetInternalDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetInternalDemandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setInternalDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"internalDemandGpus"}}]}}]}}]} as unknown as DocumentNode<SetInternalDemandMutation, SetInternalDemandMutationVariables>;
export const UpdatePoolNodeSizeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePoolNodeSize"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNodePoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNodePool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vcpusPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGibPerNode"}}]}}]}}]} as unknown as DocumentNode<UpdatePoolNodeSizeMutation, UpdatePoolNodeSizeMutationVariables>;
export const CancelJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacityClass"}},{"kind":"Field","name":{"kind":"Name","value":"gpus"}},{"kind":"Field","name":{"kind":"Name","value":"gpusPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"vcpusPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGibPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"requeueOnPreemption"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitCode"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimAt"}},{"kind":"Field","name":{"kind":"Name","value":"preemptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"spendHoldMicros"}},{"kind":"Field","name":{"kind":"Name","value":"nodeNames"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"command"}},{"kind":"Field","name":{"kind":"Name","value":"script"}},{"kind":"Field","name":{"kind":"Name","value":"environmentNames"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptableGpuTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CancelJobMutation, CancelJobMutationVariables>;
export const SubmitJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitJobMutation, SubmitJobMutationVariables>;
export const RemoveQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveQuotaMutation, RemoveQuotaMutationVariables>;
export const SetQuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetQuota"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetQuotaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<SetQuotaMutation, SetQuotaMutationVariables>;
export const ShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Shell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformRoles"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserMenuUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserMenuUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<ShellQuery, ShellQueryVariables>;
export const ShellProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShellProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectSwitcherItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectSwitcherItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ShellProjectsQuery, ShellProjectsQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ApiKeysPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeysPageQuery, ApiKeysPageQueryVariables>;
export const AuditLogPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"actorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]} as unknown as DocumentNode<AuditLogPageQuery, AuditLogPageQueryVariables>;
export const CapacityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CapacityPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacityLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"POOL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapacityBarFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"pool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"health"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalGpus"}},{"kind":"Field","name":{"kind":"Name","value":"headroomGpus"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapacityBarFigures"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacityForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"14"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"pool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalGpus"}},{"kind":"Field","name":{"kind":"Name","value":"internalFloorGpus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"committedGpus"}},{"kind":"Field","name":{"kind":"Name","value":"headroomGpus"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityBarFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalGpus"}},{"kind":"Field","name":{"kind":"Name","value":"availableGpus"}},{"kind":"Field","name":{"kind":"Name","value":"internalFloorGpus"}},{"kind":"Field","name":{"kind":"Name","value":"internalDemandGpus"}},{"kind":"Field","name":{"kind":"Name","value":"committedGpus"}},{"kind":"Field","name":{"kind":"Name","value":"peakCommittedGpus"}},{"kind":"Field","name":{"kind":"Name","value":"headroomGpus"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"onDemand"}},{"kind":"Field","name":{"kind":"Name","value":"spot"}}]}}]}}]} as unknown as DocumentNode<CapacityPageQuery, CapacityPageQueryVariables>;
export const ClusterPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"healthMessage"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"connection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"user"}},{"kind":"Field","name":{"kind":"Name","value":"partitions"}},{"kind":"Field","name":{"kind":"Name","value":"hasToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodePools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalGpus"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"gpusPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"internalFloorGpus"}},{"kind":"Field","name":{"kind":"Name","value":"onDemandReclaimable"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClusterPageQuery, ClusterPageQueryVariables>;
export const CheckClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"healthMessage"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}}]}}]}}]} as unknown as DocumentNode<CheckClusterMutation, CheckClusterMutationVariables>;
export const ContractTermsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractTermsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staff"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractTermsDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractTermChoices"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTermsDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractTermsView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gpuDiscounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gpuTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"priceClass"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenDiscounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedJurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"allowedRegionIds"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"noTraining"}},{"kind":"Field","name":{"kind":"Name","value":"slaPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"slaPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"availabilityPercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"onDemandReclaimable"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTermChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gpuTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staff"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ContractTermsPageQuery, ContractTermsPageQueryVariables>;
export const UpdateDraftContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDraftContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDraftContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDraftContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateDraftContractMutation, UpdateDraftContractMutationVariables>;
export const AmendContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<AmendContractMutation, AmendContractMutationVariables>;
export const ContractPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staff"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractTermsDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitmentRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractHistoryVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractTermChoices"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTermsDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractTermsView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gpuDiscounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gpuTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"priceClass"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokenDiscounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedJurisdictions"}},{"kind":"Field","name":{"kind":"Name","value":"allowedRegionIds"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"noTraining"}},{"kind":"Field","name":{"kind":"Name","value":"slaPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"slaPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"availabilityPercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"onDemandReclaimable"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gpus"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerGpuHour"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"addedInVersion"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractHistoryVersion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContractVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTermChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gpuTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staff"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ContractPageQuery, ContractPageQueryVariables>;
export const FleetPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gpuTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"interconnect"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"healthMessage"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodePools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalGpus"}},{"kind":"Field","name":{"kind":"Name","value":"internalFloorGpus"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<FleetPageQuery, FleetPageQueryVariables>;
export const GpuPricesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GpuPricesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gpuPrices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GpuPriceEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GpuPriceEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GpuPrice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceClass"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerGpuHour"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}},{"kind":"Field","name":{"kind":"Name","value":"interconnect"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GpuPricesPageQuery, GpuPricesPageQueryVariables>;
export const InvoicePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"usageTotal"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"downloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"csv"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceLines"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceLines"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"discounts"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"usageMonth"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discountBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountAmount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"usedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"utilizationPercent"}}]}}]}}]} as unknown as DocumentNode<InvoicePageQuery, InvoicePageQueryVariables>;
export const InvoicesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"usageTotal"}},{"kind":"Field","name":{"kind":"Name","value":"finalizedAt"}}]}}]} as unknown as DocumentNode<InvoicesPageQuery, InvoicesPageQueryVariables>;
export const JobPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobDetails"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobTimelineEvent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"explainPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementExplanation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacityClass"}},{"kind":"Field","name":{"kind":"Name","value":"gpus"}},{"kind":"Field","name":{"kind":"Name","value":"gpusPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"vcpusPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGibPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"requeueOnPreemption"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitCode"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimAt"}},{"kind":"Field","name":{"kind":"Name","value":"preemptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"spendHoldMicros"}},{"kind":"Field","name":{"kind":"Name","value":"nodeNames"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"command"}},{"kind":"Field","name":{"kind":"Name","value":"script"}},{"kind":"Field","name":{"kind":"Name","value":"environmentNames"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptableGpuTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobTimelineEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementExplanation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementExplanationView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"preempted"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poolId"}},{"kind":"Field","name":{"kind":"Name","value":"pool"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}}]}}]}}]} as unknown as DocumentNode<JobPageQuery, JobPageQueryVariables>;
export const JobPageEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"JobPageEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobTimelineEvent"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobDetails"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobTimelineEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacityClass"}},{"kind":"Field","name":{"kind":"Name","value":"gpus"}},{"kind":"Field","name":{"kind":"Name","value":"gpusPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"vcpusPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGibPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"requeueOnPreemption"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exitCode"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimAt"}},{"kind":"Field","name":{"kind":"Name","value":"preemptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"spendHoldMicros"}},{"kind":"Field","name":{"kind":"Name","value":"nodeNames"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"command"}},{"kind":"Field","name":{"kind":"Name","value":"script"}},{"kind":"Field","name":{"kind":"Name","value":"environmentNames"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptableGpuTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptableRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<JobPageEventsSubscription, JobPageEventsSubscriptionVariables>;
export const JobsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capacityClass"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityClass"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inProject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inOrganization"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeProjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopeOrganizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeProjectId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inProject"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopeOrganizationId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inOrganization"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"capacityClass"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capacityClass"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacityClass"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}},{"kind":"Field","name":{"kind":"Name","value":"capacityClass"}},{"kind":"Field","name":{"kind":"Name","value":"gpusPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptableGpuTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<JobsPageQuery, JobsPageQueryVariables>;
export const JobsPageEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"JobsPageEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacityClass"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}},{"kind":"Field","name":{"kind":"Name","value":"capacityClass"}},{"kind":"Field","name":{"kind":"Name","value":"gpusPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptableGpuTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<JobsPageEventsSubscription, JobsPageEventsSubscriptionVariables>;
export const ModelPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"parametersB"}},{"kind":"Field","name":{"kind":"Name","value":"contextWindow"}},{"kind":"Field","name":{"kind":"Name","value":"license"}},{"kind":"Field","name":{"kind":"Name","value":"modalities"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sunsetAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inputPerMillionTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputPerMillionTokens"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inputPerMillionTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputPerMillionTokens"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ModelPageQuery, ModelPageQueryVariables>;
export const ModelsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Model"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"parametersB"}},{"kind":"Field","name":{"kind":"Name","value":"contextWindow"}},{"kind":"Field","name":{"kind":"Name","value":"license"}},{"kind":"Field","name":{"kind":"Name","value":"modalities"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sunsetAt"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inputPerMillionTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputPerMillionTokens"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<ModelsPageQuery, ModelsPageQueryVariables>;
export const NewContractPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewContractPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staff"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractTermChoices"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTermChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gpuTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staff"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NewContractPageQuery, NewContractPageQueryVariables>;
export const CreateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateContractMutation, CreateContractMutationVariables>;
export const OrganizationContractsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationContractsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staff"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractTermChoices"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTermChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gpuTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staff"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationContractsPageQuery, OrganizationContractsPageQueryVariables>;
export const OrganizationContractsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationContracts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]} as unknown as DocumentNode<OrganizationContractsQuery, OrganizationContractsQueryVariables>;
export const OrganizationQuotasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationQuotas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<OrganizationQuotasQuery, OrganizationQuotasQueryVariables>;
export const OrganizationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectTableRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectTableRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OrganizationPageQuery, OrganizationPageQueryVariables>;
export const OrganizationsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationsPageQuery, OrganizationsPageQueryVariables>;
export const PoolPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PoolPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodePool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalGpus"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"gpusPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"vcpusPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGibPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"internalFloorGpus"}},{"kind":"Field","name":{"kind":"Name","value":"internalDemandGpus"}},{"kind":"Field","name":{"kind":"Name","value":"onDemandReclaimable"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimNoticeSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapacityBarFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gpus"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedGpus"}},{"kind":"Field","name":{"kind":"Name","value":"vcpus"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedVcpus"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGib"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedMemoryGib"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapacityBarFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalGpus"}},{"kind":"Field","name":{"kind":"Name","value":"availableGpus"}},{"kind":"Field","name":{"kind":"Name","value":"internalFloorGpus"}},{"kind":"Field","name":{"kind":"Name","value":"internalDemandGpus"}},{"kind":"Field","name":{"kind":"Name","value":"committedGpus"}},{"kind":"Field","name":{"kind":"Name","value":"peakCommittedGpus"}},{"kind":"Field","name":{"kind":"Name","value":"headroomGpus"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"onDemand"}},{"kind":"Field","name":{"kind":"Name","value":"spot"}}]}}]}}]} as unknown as DocumentNode<PoolPageQuery, PoolPageQueryVariables>;
export const PoolPreemptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PoolPreemptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PREEMPTED"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacityClass"}},{"kind":"Field","name":{"kind":"Name","value":"preemptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"pool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}},{"kind":"Field","name":{"kind":"Name","value":"capacityClass"}},{"kind":"Field","name":{"kind":"Name","value":"gpusPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptableGpuTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PoolPreemptionsQuery, PoolPreemptionsQueryVariables>;
export const PoolJobEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PoolJobEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobFeedEvent"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacityClass"}},{"kind":"Field","name":{"kind":"Name","value":"preemptedBy"}},{"kind":"Field","name":{"kind":"Name","value":"pool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobFeedEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}},{"kind":"Field","name":{"kind":"Name","value":"capacityClass"}},{"kind":"Field","name":{"kind":"Name","value":"gpusPerNode"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptableGpuTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PoolJobEventsSubscription, PoolJobEventsSubscriptionVariables>;
export const ProjectPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProjectPageQuery, ProjectPageQueryVariables>;
export const QuoteOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuoteOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<QuoteOrganizationsQuery, QuoteOrganizationsQueryVariables>;
export const QuoteChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuoteChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staff"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractTermChoices"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTermChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Query"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gpuTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staff"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<QuoteChoicesQuery, QuoteChoicesQueryVariables>;
export const QuoteGpuDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuoteGpu"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteGpuInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteGpu"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GpuQuoteDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteRefusalItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteRefusal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaCheckItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"inUse"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"exceeded"}},{"kind":"Field","name":{"kind":"Name","value":"usageTracked"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpendCapCheckItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpendCapCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCap"}},{"kind":"Field","name":{"kind":"Name","value":"spentSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"wouldExceed"}},{"kind":"Field","name":{"kind":"Name","value":"spendSoFarKnown"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GpuQuoteDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GpuQuote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"listUnitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"priceBasis"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"gpus"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"priceClass"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gpus"}},{"kind":"Field","name":{"kind":"Name","value":"ratePerGpuHour"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chosen"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclusions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteRefusalItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaCheckItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpendCapCheckItem"}}]}}]}}]} as unknown as DocumentNode<QuoteGpuQuery, QuoteGpuQueryVariables>;
export const QuoteTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuoteTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteTokensInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TokenQuoteDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuoteRefusalItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteRefusal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotaCheckItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"inUse"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"exceeded"}},{"kind":"Field","name":{"kind":"Name","value":"usageTracked"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpendCapCheckItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpendCapCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCap"}},{"kind":"Field","name":{"kind":"Name","value":"spentSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"wouldExceed"}},{"kind":"Field","name":{"kind":"Name","value":"spendSoFarKnown"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TokenQuoteDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TokenQuote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"listAmount"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}},{"kind":"Field","name":{"kind":"Name","value":"priceBasis"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"inputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"outputTokens"}},{"kind":"Field","name":{"kind":"Name","value":"inputPerMillion"}},{"kind":"Field","name":{"kind":"Name","value":"outputPerMillion"}},{"kind":"Field","name":{"kind":"Name","value":"listInputPerMillion"}},{"kind":"Field","name":{"kind":"Name","value":"listOutputPerMillion"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuoteRefusalItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotaCheckItem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spendCap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpendCapCheckItem"}}]}}]}}]} as unknown as DocumentNode<QuoteTokensQuery, QuoteTokensQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SubmitJobPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubmitJobPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gpuTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"memoryGb"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitJobPageQuery, SubmitJobPageQueryVariables>;
export const SubmitJobQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubmitJobQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteGpuInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteGpu"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GpuQuotePreview"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GpuQuotePreview"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GpuQuote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"gpus"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"gpuType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"quotas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quotaId"}},{"kind":"Field","name":{"kind":"Name","value":"exceeded"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chosen"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exclusions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitJobQuoteQuery, SubmitJobQuoteQueryVariables>;
export const UsagePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsagePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"DAY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csvUrl"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"gpuTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"capacityClass"}},{"kind":"Field","name":{"kind":"Name","value":"modelId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"gpuTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<UsagePageQuery, UsagePageQueryVariables>;