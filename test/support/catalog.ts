import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../server/src/lib/ids';
import { Region } from '../../server/src/modules/inventory/region.entity';
import { GpuType } from '../../server/src/modules/inventory/gpu-type.entity';
import { GpuVendor, Interconnect, Jurisdiction, PricedClass } from '../../server/src/modules/inventory/inventory.enums';
import { Model } from '../../server/src/modules/catalog/model.entity';
import { GpuPrice, ModelPrice } from '../../server/src/modules/catalog/prices.entity';
import { Modality, ModelStatus } from '../../server/src/modules/catalog/catalog.enums';

const LAST_MONTH = () => new Date(Date.now() - 30 * 86_400_000);
const tag = () => randomBytes(4).toString('hex');

/**
 * A region and a GPU type nobody else uses, optionally with an ON_DEMAND list price of $2.99/GPU-hour
 * in force since last month. Flushed.
 */
export async function makePriceKey(em: EntityManager, options: { priced: boolean }): Promise<{ gpuTypeId: string; regionId: string }> {
  const t = tag();
  const region = em.create(Region, { id: newId('region'), code: `px-${t}`, name: `Priced ${t}`, jurisdiction: Jurisdiction.EU });
  const gpuType = em.create(GpuType, {
    id: newId('gpuType'),
    code: `PX-${t.toUpperCase()}`,
    vendor: GpuVendor.NVIDIA,
    memoryGb: 80,
    interconnect: Interconnect.NVLINK,
  });
  if (options.priced) {
    em.create(GpuPrice, {
      id: newId('gpuPrice'),
      gpuType,
      region,
      priceClass: PricedClass.ON_DEMAND,
      currency: 'USD',
      pricePerGpuHour: 2_990_000n,
      effectiveFrom: LAST_MONTH(),
    });
  }
  await em.flush();
  return { gpuTypeId: gpuType.id, regionId: region.id };
}

/** Token list prices per million: $0.18 each way from last month, unless told. */
export interface ModelPricing {
  input?: bigint;
  output?: bigint;
  since?: Date;
}

/** A GA model of its own, optionally priced (see {@link ModelPricing}) and served in a region. Flushed. */
export async function makeModel(em: EntityManager, options: { priced: boolean | ModelPricing; servedIn?: Region }): Promise<string> {
  const model = em.create(Model, {
    id: newId('model'),
    key: `test/model-${tag()}`,
    family: 'test',
    parametersB: 8,
    contextWindow: 8192,
    license: 'apache-2.0',
    modalities: [Modality.TEXT],
    status: ModelStatus.GA,
  });
  if (options.servedIn) model.regions.add(options.servedIn);
  if (options.priced) {
    const pricing: ModelPricing = options.priced === true ? {} : options.priced;
    em.create(ModelPrice, {
      id: newId('modelPrice'),
      model,
      currency: 'USD',
      inputPerMillionTokens: pricing.input ?? 180_000n,
      outputPerMillionTokens: pricing.output ?? 180_000n,
      effectiveFrom: pricing.since ?? LAST_MONTH(),
    });
  }
  await em.flush();
  return model.id;
}
