import { Migration } from '@mikro-orm/migrations';

export class Migration20261126151655 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "job_status" as enum ('PENDING', 'ADMITTED', 'PROVISIONING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'PREEMPTED', 'CANCELLED', 'REJECTED');`);
    this.addSql(`create type "job_reason" as enum ('QUEUED', 'QUOTA', 'SPEND_CAP', 'COMMITMENT', 'CAPACITY', 'RESIDENCY', 'NO_PRICE', 'NO_POOL', 'CLUSTER_UNREACHABLE', 'ADMITTED', 'PLACED', 'STARTED', 'COMPLETED', 'EXIT_NONZERO', 'TIME_LIMIT', 'CANCELLED_BY_USER', 'CANCELLED_BY_ENGINE', 'PREEMPTED_FOR_INTERNAL_DEMAND', 'PREEMPTED_FOR_JOB', 'RECLAIM_NOTICE', 'REQUEUED', 'PROVISIONING_FAILED', 'ENGINE_LOST');`);
    this.addSql(`create table "simulated_runs" ("marker" varchar(80) not null, "external_id" varchar(40) not null, "cluster_id" varchar(40) not null, "started_at" timestamptz not null, "ends_at" timestamptz not null, "exit_code" int not null, "stopped_at" timestamptz null, "stop_state" varchar(20) null, "stop_reason" text null, constraint "simulated_runs_pkey" primary key ("marker"));`);
    this.addSql(`create index "simulated_runs_cluster_id_index" on "simulated_runs" ("cluster_id");`);

    this.addSql(`create table "usage_events" ("id" varchar(40) not null, "dedup_key" varchar(120) not null, "organization_id" varchar(40) not null, "project_id" varchar(40) not null, "job_id" varchar(40) not null, "attempt" int not null, "gpu_type_id" varchar(40) not null, "region_id" varchar(40) not null, "pool_id" varchar(40) not null, "capacity_class" "capacity_class" not null, "gpus" int not null, "seconds" int not null, "started_at" timestamptz not null, "ended_at" timestamptz not null, "currency" varchar(3) null, "unit_price" bigint null, "commitment_id" varchar(40) null, "recorded_at" timestamptz not null, constraint "usage_events_pkey" primary key ("id"));`);
    this.addSql(`alter table "usage_events" add constraint "usage_events_dedup_key_unique" unique ("dedup_key");`);
    this.addSql(`create index "usage_events_job_id_index" on "usage_events" ("job_id");`);
    this.addSql(`create index "usage_events_organization_id_ended_at_index" on "usage_events" ("organization_id", "ended_at");`);

    this.addSql(`create table "jobs" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" varchar(40) not null, "project_id" varchar(40) not null, "submitted_by" varchar(60) not null, "name" varchar(120) not null, "image" varchar(300) null, "command" text[] not null default '{}', "script" text null, "gpu_type_ids" text[] not null, "gpus_per_node" int not null, "node_count" int not null, "region_ids" text[] not null default '{}', "capacity_class" "capacity_class" not null, "max_duration_seconds" int not null, "environment_names" text[] not null default '{}', "environment_sealed" text null, "requeue_on_preemption" boolean not null default false, "idempotency_key" varchar(200) null, "request_hash" varchar(64) not null, "status" "job_status" not null default 'PENDING', "reason" "job_reason" not null default 'QUEUED', "status_message" text not null default '', "status_changed_at" timestamptz not null, "attempt" int not null default 1, "provision_failures" int not null default 0, "cluster_id" varchar(40) null, "pool_id" varchar(40) null, "region_id" varchar(40) null, "gpu_type_id" varchar(40) null, "node_names" text[] not null default '{}', "external_id" varchar(80) null, "placement" jsonb null, "admitted_at" timestamptz null, "started_at" timestamptz null, "ended_at" timestamptz null, "exit_code" int null, "currency" varchar(3) null, "unit_price" bigint null, "list_unit_price" bigint null, "commitment_id" varchar(40) null, "spend_hold_micros" bigint not null default 0, "usage_recorded_until" timestamptz null, "reclaim_at" timestamptz null, "preempted_by" varchar(80) null, constraint "jobs_pkey" primary key ("id"));`);
    this.addSql(`create index "jobs_project_id_index" on "jobs" ("project_id");`);
    this.addSql(`create index "jobs_pool_id_index" on "jobs" ("pool_id");`);
    this.addSql(`create index "jobs_status_id_index" on "jobs" ("status", "id");`);
    this.addSql(`create index "jobs_organization_id_id_index" on "jobs" ("organization_id", "id");`);
    this.addSql(`alter table "jobs" add constraint "jobs_organization_id_idempotency_key_unique" unique ("organization_id", "idempotency_key");`);

    this.addSql(`create table "job_events" ("id" varchar(40) not null, "job_id" varchar(40) not null, "organization_id" varchar(40) not null, "from_status" "job_status" null, "to_status" "job_status" not null, "reason" "job_reason" not null, "message" text not null, "actor" varchar(60) not null, "details" jsonb null, "at" timestamptz not null, constraint "job_events_pkey" primary key ("id"));`);
    this.addSql(`create index "job_events_job_id_id_index" on "job_events" ("job_id", "id");`);

    this.addSql(`alter table "jobs" add constraint "jobs_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "jobs" add constraint "jobs_project_id_foreign" foreign key ("project_id") references "projects" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "jobs" add constraint "jobs_cluster_id_foreign" foreign key ("cluster_id") references "clusters" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "jobs" add constraint "jobs_pool_id_foreign" foreign key ("pool_id") references "node_pools" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "jobs" add constraint "jobs_region_id_foreign" foreign key ("region_id") references "regions" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "jobs" add constraint "jobs_gpu_type_id_foreign" foreign key ("gpu_type_id") references "gpu_types" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "jobs" add constraint "jobs_commitment_id_foreign" foreign key ("commitment_id") references "commitments" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "job_events" add constraint "job_events_job_id_foreign" foreign key ("job_id") references "jobs" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "capacity_allocations" add column "job_id" varchar(40) null, add column "project_id" varchar(40) null;`);
    this.addSql(`create index "capacity_allocations_job_id_index" on "capacity_allocations" ("job_id");`);

    // Live job status (the jobEvents subscription): a notification per event row, delivered when it commits.
    this.addSql(`create function "notify_job_event"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('headroom_job_events', json_build_object(
          'id', new.id, 'jobId', new.job_id, 'organizationId', new.organization_id,
          'projectId', (select project_id from jobs where id = new.job_id))::text);
        return new;
      end $$;`);
    this.addSql(`create trigger "job_events_notify" after insert on "job_events" for each row execute function "notify_job_event"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "job_events_notify" on "job_events";`);
    this.addSql(`drop function if exists "notify_job_event"();`);
    this.addSql(`alter table "job_events" drop constraint "job_events_job_id_foreign";`);

    this.addSql(`drop table if exists "simulated_runs" cascade;`);

    this.addSql(`drop table if exists "usage_events" cascade;`);

    this.addSql(`drop table if exists "jobs" cascade;`);

    this.addSql(`drop table if exists "job_events" cascade;`);

    this.addSql(`drop index "capacity_allocations_job_id_index";`);
    this.addSql(`alter table "capacity_allocations" drop column "job_id", drop column "project_id";`);

    this.addSql(`drop type "job_status";`);
    this.addSql(`drop type "job_reason";`);
  }

}
