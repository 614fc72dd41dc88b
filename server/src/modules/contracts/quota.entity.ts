import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node';
import { BaseEntity } from '../../db/base.entity';
import { Organization } from '../tenancy/organization.entity';
import { Project } from '../tenancy/project.entity';
import { GpuType } from '../inventory/gpu-type.entity';
import { Region } from '../inventory/region.entity';
import { Model } from '../catalog/model.entity';
import { QuotaKind } from './contracts.enums';

/**
 * A limit for an organization, or one of its projects: concurrent GPUs (per GPU type and region,
 * either may be any), queued jobs, or tokens per minute per model. Enforced at admission and at
 * the model gateway.
 */
@ObjectType({ implements: Node })
@Entity({ tableName: 'quotas' })
@Index({ properties: ['organization', 'kind'] })
export class Quota extends BaseEntity {
  @ManyToOne(() => Organization, { ref: true, deleteRule: 'cascade' })
  organization!: Ref<Organization>;

  @ManyToOne(() => Project, { ref: true, nullable: true, deleteRule: 'cascade' })
  project?: Ref<Project> | null;

  @Field(() => QuotaKind)
  @Enum({ items: () => QuotaKind, nativeEnumName: 'quota_kind' })
  kind!: QuotaKind;

  @ManyToOne(() => GpuType, { ref: true, nullable: true, deleteRule: 'restrict' })
  gpuType?: Ref<GpuType> | null;

  @ManyToOne(() => Region, { ref: true, nullable: true, deleteRule: 'restrict' })
  region?: Ref<Region> | null;

  @ManyToOne(() => Model, { ref: true, nullable: true, deleteRule: 'restrict' })
  model?: Ref<Model> | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  limit!: number;
}
