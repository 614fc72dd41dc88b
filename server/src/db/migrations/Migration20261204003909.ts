import { Migration } from '@mikro-orm/migrations';

export class Migration20261204003909 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "invoice_status" as enum ('DRAFT', 'FINALIZED', 'VOID');`);
    this.addSql(`create type "invoice_line_kind" as enum ('COMMITMENT', 'RESERVED', 'ON_DEMAND', 'SPOT', 'TOKENS', 'ADJUSTMENT', 'SLA_CREDIT');`);
    this.addSql(`create type "spend_cap_mode" as enum ('HARD', 'ALERT');`);
    this.addSql(`create type "usage_kind" as enum ('GPU_SECONDS', 'INPUT_TOKENS', 'OUTPUT_TOKENS');`);
    this.addSql(`create table "invoices" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" varchar(40) not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "status" "invoice_status" not null default 'DRAFT', "number" varchar(40) null, "currency" varchar(3) not null, "subtotal" bigint not null, "discounts" bigint not null, "credits" bigint not null, "total" bigint not null, "usage_total" bigint not null, "computed_at" timestamptz not null, "finalized_at" timestamptz null, "voided_at" timestamptz null, "void_reason" varchar(500) null, "replaces_id" varchar(40) null, "warnings" text[] not null, constraint "invoices_pkey" primary key ("id"));`);
    this.addSql(`create index "invoices_organization_id_index" on "invoices" ("organization_id");`);
    this.addSql(`alter table "invoices" add constraint "invoices_number_unique" unique ("number");`);
    this.addSql(`create unique index "invoices_one_live_per_month" on "invoices" ("organization_id", "period_start") where "status" <> 'VOID';`);

    this.addSql(`create table "invoice_lines" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "invoice_id" varchar(40) not null, "position" int not null, "kind" "invoice_line_kind" not null, "description" varchar(300) not null, "sku" varchar(160) null, "usage_month" timestamptz null, "quantity" bigint not null, "unit" varchar(24) not null, "unit_price" bigint null, "discount_basis_points" int not null, "list_amount" bigint not null, "discount_amount" bigint not null, "amount" bigint not null, "commitment_id" varchar(40) null, "used_quantity" bigint null, constraint "invoice_lines_pkey" primary key ("id"));`);
    this.addSql(`create index "invoice_lines_invoice_id_position_index" on "invoice_lines" ("invoice_id", "position");`);

    this.addSql(`create table "spend_alerts" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" varchar(40) not null, "month" timestamptz not null, "threshold_percent" int not null, "mode" "spend_cap_mode" not null, "spent_micros" bigint not null, "cap_micros" bigint not null, "currency" varchar(3) not null, constraint "spend_alerts_pkey" primary key ("id"));`);
    this.addSql(`alter table "spend_alerts" add constraint "spend_alerts_organization_id_month_threshold_percent_unique" unique ("organization_id", "month", "threshold_percent");`);

    this.addSql(`create table "usage_rollups" ("organization_id" varchar(40) not null, "project_id" varchar(40) not null, "sku" varchar(160) not null, "hour" timestamptz not null, "billed_month" timestamptz not null, "kind" "usage_kind" not null, "gpu_type_id" varchar(40) null, "capacity_class" "capacity_class" null, "region_id" varchar(40) null, "model_id" varchar(40) null, "quantity" bigint not null, "events" int not null, "updated_at" timestamptz not null, constraint "usage_rollups_pkey" primary key ("organization_id", "project_id", "sku", "hour", "billed_month"));`);
    this.addSql(`create index "usage_rollups_organization_id_hour_index" on "usage_rollups" ("organization_id", "hour");`);
    this.addSql(`create index "usage_rollups_organization_id_billed_month_index" on "usage_rollups" ("organization_id", "billed_month");`);
    this.addSql(`create index "usage_rollups_updated_at_index" on "usage_rollups" ("updated_at");`);

    this.addSql(`alter table "invoices" add constraint "invoices_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "invoices" add constraint "invoices_replaces_id_foreign" foreign key ("replaces_id") references "invoices" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "invoice_lines" add constraint "invoice_lines_invoice_id_foreign" foreign key ("invoice_id") references "invoices" ("id") on update cascade on delete cascade;`);

    this.addSql(`drop index "usage_events_organization_id_ended_at_index";`);

    // Existing job usage gets its SKU, quantity and months from its own columns (added nullable, filled, then required).
    this.addSql(`alter table "usage_events" add column "kind" "usage_kind" null, add column "sku" varchar(160) null, add column "quantity" bigint null, add column "occurred_at" timestamptz null, add column "billed_month" timestamptz null, add column "model_id" varchar(40) null, add column "rolled_up" boolean not null default false;`);
    this.addSql(`update "usage_events" set "kind" = 'GPU_SECONDS', "sku" = 'gpu/' || "gpu_type_id" || '/' || "capacity_class" || '/' || "region_id", "quantity" = "gpus"::bigint * "seconds", "occurred_at" = "started_at", "billed_month" = date_trunc('month', "started_at", 'UTC');`);
    this.addSql(`alter table "usage_events" alter column "kind" set not null, alter column "sku" set not null, alter column "quantity" set not null, alter column "occurred_at" set not null, alter column "billed_month" set not null;`);
    this.addSql(`create sequence "invoice_number_seq";`);
    this.addSql(`alter table "usage_events" alter column "dedup_key" type varchar(160) using ("dedup_key"::varchar(160));`);
    // Dedup keys are unique per organization: two tenants' data planes may choose the same key.
    this.addSql(`alter table "usage_events" drop constraint "usage_events_dedup_key_unique";`);
    this.addSql(`alter table "usage_events" add constraint "usage_events_organization_id_dedup_key_unique" unique ("organization_id", "dedup_key");`);
    this.addSql(`alter table "usage_events" alter column "job_id" type varchar(40) using ("job_id"::varchar(40));`);
    this.addSql(`alter table "usage_events" alter column "job_id" drop not null;`);
    this.addSql(`alter table "usage_events" alter column "attempt" type int using ("attempt"::int);`);
    this.addSql(`alter table "usage_events" alter column "attempt" drop not null;`);
    this.addSql(`alter table "usage_events" alter column "gpu_type_id" type varchar(40) using ("gpu_type_id"::varchar(40));`);
    this.addSql(`alter table "usage_events" alter column "gpu_type_id" drop not null;`);
    this.addSql(`alter table "usage_events" alter column "region_id" type varchar(40) using ("region_id"::varchar(40));`);
    this.addSql(`alter table "usage_events" alter column "region_id" drop not null;`);
    this.addSql(`alter table "usage_events" alter column "pool_id" type varchar(40) using ("pool_id"::varchar(40));`);
    this.addSql(`alter table "usage_events" alter column "pool_id" drop not null;`);
    this.addSql(`alter table "usage_events" alter column "capacity_class" type "capacity_class" using ("capacity_class"::"capacity_class");`);
    this.addSql(`alter table "usage_events" alter column "capacity_class" drop not null;`);
    this.addSql(`alter table "usage_events" alter column "gpus" type int using ("gpus"::int);`);
    this.addSql(`alter table "usage_events" alter column "gpus" drop not null;`);
    this.addSql(`alter table "usage_events" alter column "seconds" type int using ("seconds"::int);`);
    this.addSql(`alter table "usage_events" alter column "seconds" drop not null;`);
    this.addSql(`alter table "usage_events" alter column "started_at" type timestamptz using ("started_at"::timestamptz);`);
    this.addSql(`alter table "usage_events" alter column "started_at" drop not null;`);
    this.addSql(`alter table "usage_events" alter column "ended_at" type timestamptz using ("ended_at"::timestamptz);`);
    this.addSql(`alter table "usage_events" alter column "ended_at" drop not null;`);
    this.addSql(`create index "usage_events_not_rolled_up_index" on "usage_events" ("id") where not "rolled_up";`);
    // Only Headroom's own jobs' events are looked up by job (spend holds): data planes' are left out of the index.
    this.addSql(`drop index "usage_events_job_id_index";`);
    this.addSql(`create index "usage_events_job_id_index" on "usage_events" ("job_id") where "job_id" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "invoices" drop constraint "invoices_replaces_id_foreign";`);

    this.addSql(`alter table "invoice_lines" drop constraint "invoice_lines_invoice_id_foreign";`);

    this.addSql(`drop table if exists "invoices" cascade;`);

    this.addSql(`drop table if exists "invoice_lines" cascade;`);

    this.addSql(`drop table if exists "spend_alerts" cascade;`);

    this.addSql(`drop table if exists "usage_rollups" cascade;`);

    this.addSql(`drop index "usage_events_not_rolled_up_index";`);
    this.addSql(`alter table "usage_events" drop column "kind", drop column "sku", drop column "quantity", drop column "occurred_at", drop column "billed_month", drop column "model_id", drop column "rolled_up";`);

    this.addSql(`alter table "usage_events" alter column "dedup_key" type varchar(120) using ("dedup_key"::varchar(120));`);
    this.addSql(`alter table "usage_events" alter column "gpu_type_id" type varchar(40) using ("gpu_type_id"::varchar(40));`);
    this.addSql(`alter table "usage_events" alter column "gpu_type_id" set not null;`);
    this.addSql(`alter table "usage_events" alter column "region_id" type varchar(40) using ("region_id"::varchar(40));`);
    this.addSql(`alter table "usage_events" alter column "region_id" set not null;`);
    this.addSql(`alter table "usage_events" alter column "capacity_class" type "capacity_class" using ("capacity_class"::"capacity_class");`);
    this.addSql(`alter table "usage_events" alter column "capacity_class" set not null;`);
    this.addSql(`alter table "usage_events" alter column "job_id" type varchar(40) using ("job_id"::varchar(40));`);
    this.addSql(`alter table "usage_events" alter column "job_id" set not null;`);
    this.addSql(`alter table "usage_events" alter column "attempt" type int4 using ("attempt"::int4);`);
    this.addSql(`alter table "usage_events" alter column "attempt" set not null;`);
    this.addSql(`alter table "usage_events" alter column "pool_id" type varchar(40) using ("pool_id"::varchar(40));`);
    this.addSql(`alter table "usage_events" alter column "pool_id" set not null;`);
    this.addSql(`alter table "usage_events" alter column "gpus" type int4 using ("gpus"::int4);`);
    this.addSql(`alter table "usage_events" alter column "gpus" set not null;`);
    this.addSql(`alter table "usage_events" alter column "seconds" type int4 using ("seconds"::int4);`);
    this.addSql(`alter table "usage_events" alter column "seconds" set not null;`);
    this.addSql(`alter table "usage_events" alter column "started_at" type timestamptz(6) using ("started_at"::timestamptz(6));`);
    this.addSql(`alter table "usage_events" alter column "started_at" set not null;`);
    this.addSql(`alter table "usage_events" alter column "ended_at" type timestamptz(6) using ("ended_at"::timestamptz(6));`);
    this.addSql(`alter table "usage_events" alter column "ended_at" set not null;`);
    this.addSql(`create index "usage_events_organization_id_ended_at_index" on "usage_events" ("organization_id", "ended_at");`);

    this.addSql(`drop sequence if exists "invoice_number_seq";`);
    this.addSql(`drop type "invoice_status";`);
    this.addSql(`drop type "invoice_line_kind";`);
    this.addSql(`drop type "spend_cap_mode";`);
    this.addSql(`drop type "usage_kind";`);
  }

}
