import { ApiKeyScope } from '../../../server/src/modules/tenancy/tenancy.enums';
import { newId } from '../../../server/src/lib/ids';
import { Region } from '../../../server/src/modules/inventory/region.entity';
import { GpuType } from '../../../server/src/modules/inventory/gpu-type.entity';
import { GpuVendor, Interconnect, Jurisdiction, PricedClass } from '../../../server/src/modules/inventory/inventory.enums';
import { Model } from '../../../server/src/modules/catalog/model.entity';
import { GpuPrice, ModelPrice } from '../../../server/src/modules/catalog/prices.entity';
import { Modality, ModelStatus } from '../../../server/src/modules/catalog/catalog.enums';
import { F, N, U, row, type Entry, type Fixtures } from './matrix';

const LAST_MONTH = () => new Date(Date.now() - 30 * 86_400_000);

/**
 * Quotes: whoever may read the organization's contract (admins, operators, account managers) or
 * run work in it (members, keys with JOBS_WRITE). Viewers and keys without JOBS_WRITE are
 * FORBIDDEN; other tenants NOT_FOUND.
 */
const QUOTERS = row(U, F, 'OK', 'OK', N, 'OK', F, 'OK', 'OK');

/** A priced GPU type in a region of its own. */
async function pricedGpu({ em, unique }: Fixtures) {
  const fork = em();
  const tag = unique();
  const region = fork.create(Region, { id: newId('region'), code: `mq-${tag}`, name: `Quote ${tag}`, jurisdiction: Jurisdiction.EU });
  const gpuType = fork.create(GpuType, {
    id: newId('gpuType'),
    code: `MQ-${tag}`,
    vendor: GpuVendor.NVIDIA,
    memoryGb: 80,
    interconnect: Interconnect.NVLINK,
  });
  fork.create(GpuPrice, {
    id: newId('gpuPrice'),
    gpuType,
    region,
    priceClass: PricedClass.ON_DEMAND,
    currency: 'USD',
    pricePerGpuHour: 2_990_000n,
    effectiveFrom: LAST_MONTH(),
  });
  await fork.flush();
  return { gpuTypeId: gpuType.id, regionId: region.id };
}

/** A priced model served in a region of its own. */
async function pricedModel({ em, unique }: Fixtures): Promise<string> {
  const fork = em();
  const tag = unique();
  const region = fork.create(Region, { id: newId('region'), code: `mq-${tag}`, name: `Quote ${tag}`, jurisdiction: Jurisdiction.EU });
  const model = fork.create(Model, {
    id: newId('model'),
    key: `matrix/quote-${tag}`,
    family: 'matrix',
    parametersB: 8,
    contextWindow: 8192,
    license: 'apache-2.0',
    modalities: [Modality.TEXT],
    status: ModelStatus.GA,
  });
  model.regions.add(region);
  fork.create(ModelPrice, {
    id: newId('modelPrice'),
    model,
    currency: 'USD',
    inputPerMillionTokens: 180_000n,
    outputPerMillionTokens: 180_000n,
    effectiveFrom: LAST_MONTH(),
  });
  await fork.flush();
  return model.id;
}

export const quoteEntries: Record<string, Entry> = {
  quoteGpu: {
    request: async (fx) => {
      const { gpuTypeId, regionId } = await pricedGpu(fx);
      return {
        query: 'query($i: QuoteGpuInput!) { quoteGpu(input: $i) { amount allowed discountPercent region { code } } }',
        variables: {
          i: { organizationId: fx.world.orgA.id, gpuTypeId, regionIds: [regionId], priceClass: 'ON_DEMAND', gpus: 2, hours: 1 },
        },
      };
    },
    scope: ApiKeyScope.JOBS_WRITE,
    expect: QUOTERS,
  },
  quoteTokens: {
    request: async (fx) => ({
      query: 'query($i: QuoteTokensInput!) { quoteTokens(input: $i) { amount allowed discountPercent servedIn { code } } }',
      variables: { i: { organizationId: fx.world.orgA.id, modelId: await pricedModel(fx), inputTokens: 1000, outputTokens: 500 } },
    }),
    scope: ApiKeyScope.JOBS_WRITE,
    expect: QUOTERS,
  },
};
