import { Migration } from '@mikro-orm/migrations';

/**
 * Engine stops: each attempt Headroom cancelled or preempted stays open until its engine confirms
 * it ended, so the reconciler stops it again when the stop message was lost, also after a requeue.
 * Attempts stopped in the last 15 minutes (what the reconciler used to re-check) are carried over.
 */
export class Migration20261204051432 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "engine_stops" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "job_id" varchar(40) not null, "organization_id" varchar(40) not null, "attempt" int not null, "cluster_id" varchar(40) not null, "marker" varchar(80) not null, "mode" varchar(10) not null, "reason" text not null, "requested_at" timestamptz not null, "confirmed_at" timestamptz null, "engine_state" varchar(20) null, constraint "engine_stops_pkey" primary key ("id"));`);
    this.addSql(`alter table "engine_stops" add constraint "engine_stops_marker_unique" unique ("marker");`);
    this.addSql(`create index "engine_stops_confirmed_at_index" on "engine_stops" ("confirmed_at");`);

    this.addSql(`alter table "engine_stops" add constraint "engine_stops_job_id_foreign" foreign key ("job_id") references "jobs" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "engine_stops" add constraint "engine_stops_cluster_id_foreign" foreign key ("cluster_id") references "clusters" ("id") on update cascade on delete restrict;`);

    this.addSql(`insert into "engine_stops" ("id", "created_at", "updated_at", "job_id", "organization_id", "attempt", "cluster_id", "marker", "mode", "reason", "requested_at")
      select 'stp_' || substr(j.id, 5), j.status_changed_at, now(), j.id, j.organization_id, j.attempt, j.cluster_id,
             case when j.attempt = 1 then j.id else j.id || '.' || j.attempt end,
             case when j.status = 'CANCELLED' then 'CANCEL' else 'PREEMPT' end, left(j.status_message, 500), j.status_changed_at
        from "jobs" j
       where j.status in ('CANCELLED', 'PREEMPTED') and j.cluster_id is not null and j.external_id is not null
         and j.status_changed_at > now() - interval '15 minutes';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "engine_stops" cascade;`);
  }

}
