import { Migration } from '@mikro-orm/migrations';

export class Migration20261126125235 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "gpu_vendor" as enum ('NVIDIA', 'AMD');`);
    this.addSql(`create type "interconnect" as enum ('NVLINK', 'INFINITY_FABRIC', 'PCIE');`);
    this.addSql(`create type "lifecycle_status" as enum ('ACTIVE', 'RETIRED');`);
    this.addSql(`create type "model_status" as enum ('PREVIEW', 'GA', 'DEPRECATED');`);
    this.addSql(`create type "jurisdiction" as enum ('EU', 'US', 'UK', 'APAC');`);
    this.addSql(`create type "priced_class" as enum ('RESERVED', 'ON_DEMAND', 'SPOT');`);
    this.addSql(`create type "driver_kind" as enum ('SIMULATED', 'SLURM');`);
    this.addSql(`create type "cluster_health" as enum ('UNKNOWN', 'HEALTHY', 'DEGRADED', 'UNREACHABLE');`);
    this.addSql(`create type "node_state" as enum ('IDLE', 'MIXED', 'ALLOCATED', 'DRAINED', 'DOWN');`);
    this.addSql(`create type "capacity_class" as enum ('INTERNAL', 'RESERVED', 'ON_DEMAND', 'SPOT');`);
    this.addSql(`create table "gpu_types" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "vendor" "gpu_vendor" not null, "memory_gb" int not null, "interconnect" "interconnect" not null, "status" "lifecycle_status" not null default 'ACTIVE', constraint "gpu_types_pkey" primary key ("id"));`);
    this.addSql(`alter table "gpu_types" add constraint "gpu_types_code_unique" unique ("code");`);

    this.addSql(`create table "models" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "key" varchar(120) not null, "family" varchar(60) not null, "parameters_b" double precision not null, "context_window" int not null, "license" varchar(80) not null, "modalities" text[] not null, "status" "model_status" not null default 'PREVIEW', "sunset_at" timestamptz null, constraint "models_pkey" primary key ("id"));`);
    this.addSql(`alter table "models" add constraint "models_key_unique" unique ("key");`);

    this.addSql(`create table "model_prices" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "currency" varchar(3) not null, "effective_from" timestamptz not null, "effective_to" timestamptz null, "model_id" varchar(40) not null, "input_per_million_tokens" bigint not null, "output_per_million_tokens" bigint not null, constraint "model_prices_pkey" primary key ("id"));`);
    this.addSql(`create index "model_prices_model_id_effective_from_index" on "model_prices" ("model_id", "effective_from");`);

    this.addSql(`create table "regions" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(120) not null, "jurisdiction" "jurisdiction" not null, "status" "lifecycle_status" not null default 'ACTIVE', constraint "regions_pkey" primary key ("id"));`);
    this.addSql(`alter table "regions" add constraint "regions_code_unique" unique ("code");`);

    this.addSql(`create table "model_regions" ("model_id" varchar(40) not null, "region_id" varchar(40) not null, constraint "model_regions_pkey" primary key ("model_id", "region_id"));`);

    this.addSql(`create table "gpu_prices" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "currency" varchar(3) not null, "effective_from" timestamptz not null, "effective_to" timestamptz null, "gpu_type_id" varchar(40) not null, "region_id" varchar(40) not null, "price_class" "priced_class" not null, "price_per_gpu_hour" bigint not null, constraint "gpu_prices_pkey" primary key ("id"));`);
    this.addSql(`create index "gpu_prices_gpu_type_id_region_id_price_class_effec_34d11_index" on "gpu_prices" ("gpu_type_id", "region_id", "price_class", "effective_from");`);

    this.addSql(`create table "clusters" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "region_id" varchar(40) not null, "name" varchar(63) not null, "driver" "driver_kind" not null, "settings" jsonb not null, "secrets_ciphertext" text null, "status" "lifecycle_status" not null default 'ACTIVE', "health" "cluster_health" not null default 'UNKNOWN', "health_message" varchar(500) null, "last_heartbeat_at" timestamptz null, "last_checked_at" timestamptz null, "last_synced_at" timestamptz null, constraint "clusters_pkey" primary key ("id"));`);
    this.addSql(`create index "clusters_region_id_index" on "clusters" ("region_id");`);
    this.addSql(`alter table "clusters" add constraint "clusters_name_unique" unique ("name");`);

    this.addSql(`create table "node_pools" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "cluster_id" varchar(40) not null, "gpu_type_id" varchar(40) not null, "name" varchar(80) not null, "gpus_per_node" int not null, "node_count" int not null, "internal_floor_gpus" int not null, "internal_demand_gpus" int not null default 0, "on_demand_reclaimable" boolean not null default false, "reclaim_notice_seconds" int not null default 3600, "driver_gpu_type" varchar(40) null, "status" "lifecycle_status" not null default 'ACTIVE', constraint "node_pools_pkey" primary key ("id"));`);
    this.addSql(`create index "node_pools_cluster_id_index" on "node_pools" ("cluster_id");`);
    this.addSql(`create index "node_pools_gpu_type_id_index" on "node_pools" ("gpu_type_id");`);
    this.addSql(`alter table "node_pools" add constraint "node_pools_cluster_id_name_unique" unique ("cluster_id", "name");`);

    this.addSql(`create table "cluster_nodes" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "pool_id" varchar(40) not null, "name" varchar(120) not null, "gpus" int not null, "allocated_gpus" int not null default 0, "state" "node_state" not null default 'IDLE', constraint "cluster_nodes_pkey" primary key ("id"));`);
    this.addSql(`create index "cluster_nodes_pool_id_index" on "cluster_nodes" ("pool_id");`);
    this.addSql(`alter table "cluster_nodes" add constraint "cluster_nodes_pool_id_name_unique" unique ("pool_id", "name");`);

    this.addSql(`create table "capacity_reservations" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "pool_id" varchar(40) not null, "organization_id" varchar(40) null, "gpus" int not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "source" varchar(80) not null, "released_at" timestamptz null, constraint "capacity_reservations_pkey" primary key ("id"));`);
    this.addSql(`create index "capacity_reservations_pool_id_starts_at_ends_at_index" on "capacity_reservations" ("pool_id", "starts_at", "ends_at");`);

    this.addSql(`create table "capacity_allocations" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "pool_id" varchar(40) not null, "node_id" varchar(40) null, "capacity_class" "capacity_class" not null, "gpus" int not null, "organization_id" varchar(40) null, "source" varchar(80) not null, "released_at" timestamptz null, constraint "capacity_allocations_pkey" primary key ("id"));`);
    this.addSql(`create index "capacity_allocations_pool_id_released_at_index" on "capacity_allocations" ("pool_id", "released_at");`);

    this.addSql(`alter table "model_prices" add constraint "model_prices_model_id_foreign" foreign key ("model_id") references "models" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "model_regions" add constraint "model_regions_model_id_foreign" foreign key ("model_id") references "models" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "model_regions" add constraint "model_regions_region_id_foreign" foreign key ("region_id") references "regions" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "gpu_prices" add constraint "gpu_prices_gpu_type_id_foreign" foreign key ("gpu_type_id") references "gpu_types" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "gpu_prices" add constraint "gpu_prices_region_id_foreign" foreign key ("region_id") references "regions" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "clusters" add constraint "clusters_region_id_foreign" foreign key ("region_id") references "regions" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "node_pools" add constraint "node_pools_cluster_id_foreign" foreign key ("cluster_id") references "clusters" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "node_pools" add constraint "node_pools_gpu_type_id_foreign" foreign key ("gpu_type_id") references "gpu_types" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "cluster_nodes" add constraint "cluster_nodes_pool_id_foreign" foreign key ("pool_id") references "node_pools" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "capacity_reservations" add constraint "capacity_reservations_pool_id_foreign" foreign key ("pool_id") references "node_pools" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "capacity_allocations" add constraint "capacity_allocations_pool_id_foreign" foreign key ("pool_id") references "node_pools" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "capacity_allocations" add constraint "capacity_allocations_node_id_foreign" foreign key ("node_id") references "cluster_nodes" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "gpu_prices" drop constraint "gpu_prices_gpu_type_id_foreign";`);

    this.addSql(`alter table "node_pools" drop constraint "node_pools_gpu_type_id_foreign";`);

    this.addSql(`alter table "model_prices" drop constraint "model_prices_model_id_foreign";`);

    this.addSql(`alter table "model_regions" drop constraint "model_regions_model_id_foreign";`);

    this.addSql(`alter table "model_regions" drop constraint "model_regions_region_id_foreign";`);

    this.addSql(`alter table "gpu_prices" drop constraint "gpu_prices_region_id_foreign";`);

    this.addSql(`alter table "clusters" drop constraint "clusters_region_id_foreign";`);

    this.addSql(`alter table "node_pools" drop constraint "node_pools_cluster_id_foreign";`);

    this.addSql(`alter table "cluster_nodes" drop constraint "cluster_nodes_pool_id_foreign";`);

    this.addSql(`alter table "capacity_reservations" drop constraint "capacity_reservations_pool_id_foreign";`);

    this.addSql(`alter table "capacity_allocations" drop constraint "capacity_allocations_pool_id_foreign";`);

    this.addSql(`alter table "capacity_allocations" drop constraint "capacity_allocations_node_id_foreign";`);

    this.addSql(`drop table if exists "gpu_types" cascade;`);

    this.addSql(`drop table if exists "models" cascade;`);

    this.addSql(`drop table if exists "model_prices" cascade;`);

    this.addSql(`drop table if exists "regions" cascade;`);

    this.addSql(`drop table if exists "model_regions" cascade;`);

    this.addSql(`drop table if exists "gpu_prices" cascade;`);

    this.addSql(`drop table if exists "clusters" cascade;`);

    this.addSql(`drop table if exists "node_pools" cascade;`);

    this.addSql(`drop table if exists "cluster_nodes" cascade;`);

    this.addSql(`drop table if exists "capacity_reservations" cascade;`);

    this.addSql(`drop table if exists "capacity_allocations" cascade;`);

    this.addSql(`drop type "gpu_vendor";`);
    this.addSql(`drop type "interconnect";`);
    this.addSql(`drop type "lifecycle_status";`);
    this.addSql(`drop type "model_status";`);
    this.addSql(`drop type "jurisdiction";`);
    this.addSql(`drop type "priced_class";`);
    this.addSql(`drop type "driver_kind";`);
    this.addSql(`drop type "cluster_health";`);
    this.addSql(`drop type "node_state";`);
    this.addSql(`drop type "capacity_class";`);
  }

}
