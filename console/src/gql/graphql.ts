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
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** An amount in integer micro-units of its currency (1,000,000 = 1.00), as a string of digits. */
  Micros: { input: string; output: string; }
};

export type ActorType =
  | 'ANONYMOUS'
  | 'API_KEY'
  | 'SYSTEM'
  | 'USER';

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
  | 'READ';

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
  createdAt: Scalars['DateTimeISO']['output'];
  gpus: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  state: NodeState;
  updatedAt: Scalars['DateTimeISO']['output'];
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
  name: Scalars['String']['input'];
  nodeCount: Scalars['Int']['input'];
  onDemandReclaimable?: Scalars['Boolean']['input'];
  reclaimNoticeSeconds?: Scalars['Int']['input'];
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

export type DriverKind =
  | 'SIMULATED'
  | 'SLURM';

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

export type Interconnect =
  | 'INFINITY_FABRIC'
  | 'NVLINK'
  | 'PCIE';

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
  /** Adds an existing user to the organization. */
  addMember: Membership;
  changeMemberRole: Membership;
  changePassword: Scalars['Boolean']['output'];
  /** Checks health now and, for Slurm, synchronises pools and node states. */
  checkCluster: Cluster;
  /** A new key for a project. The secret is in this answer only. */
  createApiKey: CreateApiKeyPayload;
  /** Registers a cluster. A SLURM cluster is checked and its partitions become pools at once; if it cannot be reached it is saved UNREACHABLE with the reason. */
  createCluster: Cluster;
  createGpuType: GpuType;
  /** Operators: adds a model to the catalog (it has no price until setModelPrice). */
  createModel: Model;
  /** A pool of a SIMULATED cluster, with its nodes. Slurm pools come from syncing the cluster. */
  createNodePool: NodePool;
  /** Operators and account managers: a new organization, optionally with an owner. */
  createOrganization: Organization;
  createProject: Project;
  createRegion: Region;
  /** Removes a member; returns the removed membership ID. */
  removeMember: Scalars['ID']['output'];
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
  /** Operators: new token list prices for a model from effectiveFrom on; the open-ended ones close then. */
  setModelPrice: SetModelPricePayload;
  /** Operators: suspend or reactivate an organization. Suspended members and keys lose access. */
  setOrganizationStatus: Organization;
  /** Signs in with email and password: sets the session cookie and returns a bearer token. */
  signIn: SignInPayload;
  /** Ends the current session (cookie or bearer). */
  signOut: Scalars['Boolean']['output'];
  /** Creates an account and an organization it owns, with a first project, and signs in. */
  signUp: SignInPayload;
  /** Replaces how the engine is reached, then checks it. */
  updateCluster: Cluster;
  updateGpuType: GpuType;
  /** Operators: changes a model, its status (with the sunset date) or where it is served. */
  updateModel: Model;
  /** Refused, with the numbers, when the floor and commitments would no longer fit. */
  updateNodePool: NodePool;
  updateOrganization: Organization;
  updateProject: Project;
  updateRegion: Region;
};


export type MutationAddMemberArgs = {
  input: AddMemberInput;
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


export type MutationRemoveMemberArgs = {
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


export type MutationSetModelPriceArgs = {
  input: SetModelPriceInput;
};


export type MutationSetOrganizationStatusArgs = {
  input: SetOrganizationStatusInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationUpdateClusterArgs = {
  input: UpdateClusterInput;
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

/** An object with a globally unique, prefixed ID (org_…, prj_…). */
export type Node = {
  id: Scalars['ID']['output'];
};

export type NodePool = Node & {
  __typename?: 'NodePool';
  /** This pool in the capacity ledger, now. */
  capacity: CapacityFigures;
  cluster: Cluster;
  createdAt: Scalars['DateTimeISO']['output'];
  gpuType: GpuType;
  gpusPerNode: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** GPUs the owner’s own work wants now; above the floor it reclaims sellable capacity. */
  internalDemandGpus: Scalars['Int']['output'];
  /** GPUs held back for the owner’s own (INTERNAL) work. */
  internalFloorGpus: Scalars['Int']['output'];
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

export type PlatformRole =
  | 'ACCOUNT_MANAGER'
  | 'OPERATOR';

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
  /** The GPU-hour list price in force at `at` (default: now); NOT_FOUND when none is. */
  gpuPriceAt: GpuPrice;
  /** GPU-hour list prices, newest first. Anyone signed in; API keys need READ. */
  gpuPrices: GpuPriceConnection;
  gpuType: GpuType;
  gpuTypes: GpuTypeConnection;
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
  region: Region;
  regions: RegionConnection;
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


export type QueryRegionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  status?: InputMaybe<LifecycleStatus>;
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

export type UpdateClusterInput = {
  /** Replaces the connection; a token left out keeps the stored one. */
  connection: ClusterConnectionInput;
  id: Scalars['ID']['input'];
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
  nodeCount?: InputMaybe<Scalars['Int']['input']>;
  onDemandReclaimable?: InputMaybe<Scalars['Boolean']['input']>;
  reclaimNoticeSeconds?: InputMaybe<Scalars['Int']['input']>;
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

export type OrganizationSummaryFragment = { __typename?: 'Organization', id: string, name: string, slug: string, kind: OrganizationKind, status: OrganizationStatus, viewerRole?: MembershipRole | null, createdAt: string } & { ' $fragmentName'?: 'OrganizationSummaryFragment' };

export type ProjectDetailsFragment = { __typename?: 'Project', id: string, name: string, slug: string, description?: string | null, createdAt: string, updatedAt: string, organization: { __typename?: 'Organization', id: string, name: string } } & { ' $fragmentName'?: 'ProjectDetailsFragment' };

export type ProjectSwitcherItemFragment = { __typename?: 'Project', id: string, name: string } & { ' $fragmentName'?: 'ProjectSwitcherItemFragment' };

export type ProjectTableRowFragment = { __typename?: 'Project', id: string, name: string, description?: string | null, createdAt: string } & { ' $fragmentName'?: 'ProjectTableRowFragment' };

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

export type OrganizationPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationPageQuery = { __typename?: 'Query', organization: (
    { __typename?: 'Organization', id: string, name: string, projects: { __typename?: 'ProjectConnection', nodes: Array<(
        { __typename?: 'Project', id: string }
        & { ' $fragmentRefs'?: { 'ProjectTableRowFragment': ProjectTableRowFragment } }
      )>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } }
    & { ' $fragmentRefs'?: { 'OrganizationSummaryFragment': OrganizationSummaryFragment } }
  ) };

export type ProjectPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProjectPageQuery = { __typename?: 'Query', project: (
    { __typename?: 'Project', id: string, name: string, description?: string | null, organization: { __typename?: 'Organization', id: string, name: string } }
    & { ' $fragmentRefs'?: { 'ProjectDetailsFragment': ProjectDetailsFragment } }
  ) };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'SignInPayload', expiresAt: string, user: { __typename?: 'User', id: string, name: string } } };

export const OrganizationSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OrganizationSummaryFragment, unknown>;
export const ProjectDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProjectDetailsFragment, unknown>;
export const ProjectSwitcherItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectSwitcherItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ProjectSwitcherItemFragment, unknown>;
export const ProjectTableRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectTableRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ProjectTableRowFragment, unknown>;
export const UserMenuUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserMenuUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<UserMenuUserFragment, unknown>;
export const ShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Shell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformRoles"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserMenuUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserMenuUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<ShellQuery, ShellQueryVariables>;
export const ShellProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShellProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectSwitcherItem"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectSwitcherItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ShellProjectsQuery, ShellProjectsQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const OrganizationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectTableRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectTableRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OrganizationPageQuery, OrganizationPageQueryVariables>;
export const ProjectPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectDetails"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProjectPageQuery, ProjectPageQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;