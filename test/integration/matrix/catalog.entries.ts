import { ApiKeyScope } from '../../../server/src/modules/tenancy/tenancy.enums';
import { OPERATORS, SIGNED_IN_READ, type Entry, type Fixtures } from './matrix';
import { makeModel, makePriceKey } from '../../support/catalog';

const IN_A_MINUTE = () => new Date(Date.now() + 60_000).toISOString();

const priceKey = (fx: Fixtures, priced: boolean) => makePriceKey(fx.em(), { priced });
const aModel = (fx: Fixtures, priced: boolean) => makeModel(fx.em(), { priced });

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
