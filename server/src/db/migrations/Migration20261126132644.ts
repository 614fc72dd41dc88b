import { Migration } from '@mikro-orm/migrations';

export class Migration20261126132644 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "quota_kind" as enum ('CONCURRENT_GPUS', 'QUEUED_JOBS', 'TOKENS_PER_MINUTE');`);
    this.addSql(`create type "contract_status" as enum ('DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED');`);
    this.addSql(`create type "commitment_status" as enum ('PENDING', 'ACTIVE', 'RELEASED');`);
    this.addSql(`create table "quotas" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" varchar(40) not null, "project_id" varchar(40) null, "kind" "quota_kind" not null, "gpu_type_id" varchar(40) null, "region_id" varchar(40) null, "model_id" varchar(40) null, "limit" int not null, constraint "quotas_pkey" primary key ("id"));`);
    this.addSql(`create index "quotas_organization_id_kind_index" on "quotas" ("organization_id", "kind");`);

    this.addSql(`create table "sla_policies" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(80) not null, "targets" jsonb not null, constraint "sla_policies_pkey" primary key ("id"));`);
    this.addSql(`alter table "sla_policies" add constraint "sla_policies_name_unique" unique ("name");`);

    this.addSql(`create table "contracts" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" varchar(40) not null, "name" varchar(120) not null, "status" "contract_status" not null default 'DRAFT', "currency" varchar(3) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "account_manager_id" varchar(40) null, "current_version" int not null default 1, "activated_at" timestamptz null, "terminated_at" timestamptz null, constraint "contracts_pkey" primary key ("id"));`);
    this.addSql(`create index "contracts_organization_id_index" on "contracts" ("organization_id");`);

    this.addSql(`create table "contract_versions" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "contract_id" varchar(40) not null, "number" int not null, "effective_from" timestamptz not null, "effective_to" timestamptz null, "terms" jsonb not null, "changes" jsonb not null, "reason" varchar(500) null, "created_by_id" varchar(40) null, constraint "contract_versions_pkey" primary key ("id"));`);
    this.addSql(`alter table "contract_versions" add constraint "contract_versions_contract_id_number_unique" unique ("contract_id", "number");`);

    this.addSql(`create table "commitments" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "contract_id" varchar(40) not null, "gpu_type_id" varchar(40) not null, "region_id" varchar(40) not null, "pool_id" varchar(40) null, "gpus" int not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "rate_per_gpu_hour" bigint not null, "status" "commitment_status" not null default 'PENDING', "added_in_version" int not null, constraint "commitments_pkey" primary key ("id"));`);
    this.addSql(`create index "commitments_contract_id_index" on "commitments" ("contract_id");`);

    this.addSql(`alter table "quotas" add constraint "quotas_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "quotas" add constraint "quotas_project_id_foreign" foreign key ("project_id") references "projects" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "quotas" add constraint "quotas_gpu_type_id_foreign" foreign key ("gpu_type_id") references "gpu_types" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "quotas" add constraint "quotas_region_id_foreign" foreign key ("region_id") references "regions" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "quotas" add constraint "quotas_model_id_foreign" foreign key ("model_id") references "models" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "contracts" add constraint "contracts_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "contracts" add constraint "contracts_account_manager_id_foreign" foreign key ("account_manager_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "contract_versions" add constraint "contract_versions_contract_id_foreign" foreign key ("contract_id") references "contracts" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "contract_versions" add constraint "contract_versions_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "commitments" add constraint "commitments_contract_id_foreign" foreign key ("contract_id") references "contracts" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "commitments" add constraint "commitments_gpu_type_id_foreign" foreign key ("gpu_type_id") references "gpu_types" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "commitments" add constraint "commitments_region_id_foreign" foreign key ("region_id") references "regions" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "commitments" add constraint "commitments_pool_id_foreign" foreign key ("pool_id") references "node_pools" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "contract_versions" drop constraint "contract_versions_contract_id_foreign";`);

    this.addSql(`alter table "commitments" drop constraint "commitments_contract_id_foreign";`);

    this.addSql(`drop table if exists "quotas" cascade;`);

    this.addSql(`drop table if exists "sla_policies" cascade;`);

    this.addSql(`drop table if exists "contracts" cascade;`);

    this.addSql(`drop table if exists "contract_versions" cascade;`);

    this.addSql(`drop table if exists "commitments" cascade;`);

    this.addSql(`drop type "quota_kind";`);
    this.addSql(`drop type "contract_status";`);
    this.addSql(`drop type "commitment_status";`);
  }

}
