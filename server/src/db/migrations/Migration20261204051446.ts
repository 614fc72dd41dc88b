import { Migration } from '@mikro-orm/migrations';

export class Migration20261204051446 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "node_pools" add column "cpu_milli_per_node" int null, add column "memory_mib_per_node" int null;`);

    this.addSql(`alter table "cluster_nodes" add column "cpu_milli" int null, add column "allocated_cpu_milli" int not null default 0, add column "memory_mib" int null, add column "allocated_memory_mib" int not null default 0;`);

    this.addSql(`alter table "capacity_allocations" add column "cpu_milli" int not null default 0, add column "memory_mib" int not null default 0;`);

    this.addSql(`alter type "job_reason" add value if not exists 'CPU' after 'CAPACITY';`);

    this.addSql(`alter type "job_reason" add value if not exists 'MEMORY' after 'CPU';`);

    this.addSql(`alter table "jobs" add column "cpu_milli_per_node" int null, add column "memory_mib_per_node" int null;`);
    this.addSql(`create index "jobs_pool_id_admitted_at_index" on "jobs" ("pool_id", "admitted_at");`);

    this.addSql(`alter type "job_reason" add value if not exists 'CPU' after 'CAPACITY';`);

    this.addSql(`alter type "job_reason" add value if not exists 'MEMORY' after 'CPU';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "capacity_allocations" drop column "cpu_milli", drop column "memory_mib";`);

    this.addSql(`alter table "cluster_nodes" drop column "cpu_milli", drop column "allocated_cpu_milli", drop column "memory_mib", drop column "allocated_memory_mib";`);

    this.addSql(`drop index "jobs_pool_id_admitted_at_index";`);
    this.addSql(`alter table "jobs" drop column "cpu_milli_per_node", drop column "memory_mib_per_node";`);

    this.addSql(`alter table "node_pools" drop column "cpu_milli_per_node", drop column "memory_mib_per_node";`);
  }

}
