import { ApiKeyScope } from '../../../server/src/modules/tenancy/tenancy.enums';
import { newId } from '../../../server/src/lib/ids';
import { Region } from '../../../server/src/modules/inventory/region.entity';
import { GpuType } from '../../../server/src/modules/inventory/gpu-type.entity';
import { GpuVendor, Interconnect, Jurisdiction, PricedClass } from '../../../server/src/modules/inventory/inventory.enums';
import { Model } from '../../../server/src/modules/catalog/model.entity';
import { GpuPrice, ModelPrice } from '../../../server/src/modules/catalog/prices.entity';
import { Modality, ModelStatus } from '../../../server/src/modules/catalog/catalog.enums';
import { OPERATORS, SIGNED_IN_READ, type Entry, type Fixtures } from './matrix';

const LAST_MONTH = () => new Date(Date.now() - 30 * 86_400_000);
const IN_A_MINUTE = () => new Date(Date.now() + 60_000).toISOString();

/** A region and a GPU type of their own, so each request prices a key nobody else touches. */
async function priceKey({ em, unique }: Fixtures, priced: boolean) {
  const fork = em();
  const tag = unique();
  const region = fork.create(Region, { id: newId('region'), code: `mx-${tag}`, name: `Matrix ${tag}`, jurisdiction: Jurisdiction.EU });
  const gpuType = fork.create(GpuType, {
    id: newId('gpuType'),
    code: `MX-${tag}`,
    vendor: GpuVendor.NVIDIA,
    memoryGb: 80,
    interconnect: Interconnect.NVLINK,
  });
  if (priced) {
    fork.create(GpuPrice, {
      id: newId('gpuPrice'),
      gpuType,
      region,
      priceClass: PricedClass.ON_DEMAND,
      currency: 'USD',
      pricePerGpuHour: 2_990_000n,
      effectiveFrom: LAST_MONTH(),
    });
  }
  await fork.flush();
  return { gpuTypeId: gpuType.id, regionId: region.id };
}

/** A model of its own (optionally with a price in force). */
async function aModel({ em, unique }: Fixtures, priced: boolean): Promise<string> {
  const fork = em();
  const model = fork.create(Model, {
    id: newId('model'),
    key: `matrix/model-${unique()}`,
    family: 'matrix',
    parametersB: 8,
    contextWindow: 8192,
    license: 'apache-2.0',
    modalities: [Modality.TEXT],
    status: ModelStatus.GA,
  });
  if (priced) {
    fork.create(ModelPrice, {
      id: newId('modelPrice'),
      model,
      currency: 'USD',
      inputPerMillionTokens: 180_000n,
      outputPerMillionTokens: 180_000n,
      effectiveFrom: LAST_MONTH(),
    });
  }
  await fork.flush();
  return model.id;
}

/** Models and the price book: everyone signed in reads (keys need READ); operators write. */
export const catalogEntries: Record<string, Entry> = {
  // ---- queries
  models: {
    request: () => ({ query: '{ models(first: 5) { nodes { id key regions { code } price { inputPerMillionTokens } } } }' }),
    scope: ApiKeyScope.READ,
    expect: SIGNED_IN_READ,
  },
  model: {
    request: async (fx) => ({
      query: 'query($id: ID!) { model(id: $id) { id key price { outputPerMillionTokens } priceHistory(first: 3) { nodes { id } } } }',
      variables: { id: await aModel(fx, true) },
    }),
    scope: ApiKeyScope.READ,
    expect: SIGNED_IN_READ,
  },
  gpuPrices: {
    request: () => ({ query: '{ gpuPrices(first: 5) { nodes { id pricePerGpuHour gpuType { code } region { code } } } }' }),
    scope: ApiKeyScope.READ,
    expect: SIGNED_IN_READ,
  },
  gpuPriceAt: {
    request: async (fx) => ({
      query: 'query($g: ID!, $r: ID!) { gpuPriceAt(gpuTypeId: $g, regionId: $r, priceClass: ON_DEMAND) { id pricePerGpuHour } }',
      variables: await priceKey(fx, true).then(({ gpuTypeId, regionId }) => ({ g: gpuTypeId, r: regionId })),
    }),
    scope: ApiKeyScope.READ,
    expect: SIGNED_IN_READ,
  },
  modelPriceAt: {
    request: async (fx) => ({
      query: 'query($m: ID!) { modelPriceAt(modelId: $m) { id inputPerMillionTokens } }',
      variables: { m: await aModel(fx, true) },
    }),
    scope: ApiKeyScope.READ,
    expect: SIGNED_IN_READ,
  },
  // ---- mutations
  createModel: {
    request: ({ unique }) => ({
      query: 'mutation($i: CreateModelInput!) { createModel(input: $i) { id } }',
      variables: {
        i: {
          key: `matrix/created-${unique()}`,
          family: 'matrix',
          parametersB: 7,
          contextWindow: 32768,
          license: 'apache-2.0',
          modalities: ['TEXT'],
        },
      },
    }),
    expect: OPERATORS,
  },
  updateModel: {
    request: async (fx) => ({
      query: 'mutation($i: UpdateModelInput!) { updateModel(input: $i) { id status } }',
      variables: { i: { id: await aModel(fx, false), status: 'GA', license: 'mit' } },
    }),
    expect: OPERATORS,
  },
  setGpuPrice: {
    request: async (fx) => ({
      query: 'mutation($i: SetGpuPriceInput!) { setGpuPrice(input: $i) { price { id } } }',
      variables: {
        i: {
          ...(await priceKey(fx, false)),
          priceClass: 'SPOT',
          currency: 'USD',
          pricePerGpuHour: '1200000',
          effectiveFrom: IN_A_MINUTE(),
        },
      },
    }),
    expect: OPERATORS,
  },
  setModelPrice: {
    request: async (fx) => ({
      query: 'mutation($i: SetModelPriceInput!) { setModelPrice(input: $i) { price { id } } }',
      variables: {
        i: {
          modelId: await aModel(fx, false),
          currency: 'USD',
          inputPerMillionTokens: '880000',
          outputPerMillionTokens: '880000',
          effectiveFrom: IN_A_MINUTE(),
        },
      },
    }),
    expect: OPERATORS,
  },
};
