import { Migration } from '@mikro-orm/migrations';

export class Migration20261126123502 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "actor_type" as enum ('USER', 'API_KEY', 'SYSTEM', 'ANONYMOUS');`);
    this.addSql(`create type "audit_outcome" as enum ('ALLOWED', 'DENIED', 'FAILED');`);
    this.addSql(`create type "organization_kind" as enum ('CUSTOMER', 'INTERNAL');`);
    this.addSql(`create type "organization_status" as enum ('ACTIVE', 'SUSPENDED');`);
    this.addSql(`create type "membership_role" as enum ('OWNER', 'ADMIN', 'MEMBER', 'VIEWER', 'BILLING');`);
    this.addSql(`create table "audit_events" ("id" varchar(40) not null, "organization_id" varchar(40) null, "actor_type" "actor_type" not null, "actor_id" varchar(40) null, "action" varchar(80) not null, "target_type" varchar(40) null, "target_id" varchar(80) null, "request_id" varchar(40) not null, "outcome" "audit_outcome" not null, "error_code" varchar(40) null, "details" jsonb null, "at" timestamptz not null, constraint "audit_events_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_events_at_index" on "audit_events" ("at");`);
    this.addSql(`create index "audit_events_action_id_index" on "audit_events" ("action", "id");`);
    this.addSql(`create index "audit_events_actor_id_id_index" on "audit_events" ("actor_id", "id");`);
    this.addSql(`create index "audit_events_organization_id_id_index" on "audit_events" ("organization_id", "id");`);

    this.addSql(`create table "organizations" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(120) not null, "slug" varchar(63) not null, "kind" "organization_kind" not null default 'CUSTOMER', "status" "organization_status" not null default 'ACTIVE', constraint "organizations_pkey" primary key ("id"));`);
    this.addSql(`alter table "organizations" add constraint "organizations_slug_unique" unique ("slug");`);

    this.addSql(`create table "outbox" ("id" varchar(40) not null, "job_name" varchar(80) not null, "payload" jsonb not null, "created_at" timestamptz not null, "dispatched_at" timestamptz null, constraint "outbox_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_dispatched_at_id_index" on "outbox" ("dispatched_at", "id");`);

    this.addSql(`create table "projects" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" varchar(40) not null, "name" varchar(120) not null, "slug" varchar(63) not null, "description" varchar(1000) null, constraint "projects_pkey" primary key ("id"));`);
    this.addSql(`create index "projects_organization_id_index" on "projects" ("organization_id");`);
    this.addSql(`alter table "projects" add constraint "projects_organization_id_slug_unique" unique ("organization_id", "slug");`);

    this.addSql(`create table "users" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(254) not null, "name" varchar(120) not null, "password_hash" varchar(200) not null, "platform_roles" text[] not null default '{}', constraint "users_pkey" primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);

    this.addSql(`create table "sessions" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" varchar(40) not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip" varchar(64) null, "user_agent" varchar(300) null, constraint "sessions_pkey" primary key ("id"));`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);
    this.addSql(`alter table "sessions" add constraint "sessions_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "sessions_expires_at_index" on "sessions" ("expires_at");`);

    this.addSql(`create table "memberships" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" varchar(40) not null, "user_id" varchar(40) not null, "role" "membership_role" not null, constraint "memberships_pkey" primary key ("id"));`);
    this.addSql(`create index "memberships_user_id_index" on "memberships" ("user_id");`);
    this.addSql(`alter table "memberships" add constraint "memberships_organization_id_user_id_unique" unique ("organization_id", "user_id");`);

    this.addSql(`create table "api_keys" ("id" varchar(40) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "organization_id" varchar(40) not null, "project_id" varchar(40) not null, "name" varchar(120) not null, "prefix" varchar(16) not null, "secret_hash" varchar(64) not null, "scopes" text[] not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, "created_by_id" varchar(40) null, constraint "api_keys_pkey" primary key ("id"));`);
    this.addSql(`create index "api_keys_organization_id_index" on "api_keys" ("organization_id");`);
    this.addSql(`create index "api_keys_project_id_index" on "api_keys" ("project_id");`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_prefix_unique" unique ("prefix");`);

    this.addSql(`alter table "projects" add constraint "projects_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "memberships" add constraint "memberships_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "memberships" add constraint "memberships_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_keys" add constraint "api_keys_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_project_id_foreign" foreign key ("project_id") references "projects" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "projects" drop constraint "projects_organization_id_foreign";`);

    this.addSql(`alter table "memberships" drop constraint "memberships_organization_id_foreign";`);

    this.addSql(`alter table "api_keys" drop constraint "api_keys_organization_id_foreign";`);

    this.addSql(`alter table "api_keys" drop constraint "api_keys_project_id_foreign";`);

    this.addSql(`alter table "sessions" drop constraint "sessions_user_id_foreign";`);

    this.addSql(`alter table "memberships" drop constraint "memberships_user_id_foreign";`);

    this.addSql(`alter table "api_keys" drop constraint "api_keys_created_by_id_foreign";`);

    this.addSql(`drop table if exists "audit_events" cascade;`);

    this.addSql(`drop table if exists "organizations" cascade;`);

    this.addSql(`drop table if exists "outbox" cascade;`);

    this.addSql(`drop table if exists "projects" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop table if exists "sessions" cascade;`);

    this.addSql(`drop table if exists "memberships" cascade;`);

    this.addSql(`drop table if exists "api_keys" cascade;`);

    this.addSql(`drop type "actor_type";`);
    this.addSql(`drop type "audit_outcome";`);
    this.addSql(`drop type "organization_kind";`);
    this.addSql(`drop type "organization_status";`);
    this.addSql(`drop type "membership_role";`);
  }

}
