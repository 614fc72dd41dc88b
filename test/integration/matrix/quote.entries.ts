import { ApiKeyScope } from '../../../server/src/modules/tenancy/tenancy.enums';
import { newId } from '../../../server/src/lib/ids';
import { Region } from '../../../server/src/modules/inventory/region.entity';
import { Jurisdiction } from '../../../server/src/modules/inventory/inventory.enums';
import { F, N, U, row, type Entry, type Fixtures } from './matrix';
import { makeModel, makePriceKey } from '../../support/catalog';

/**
 * Quotes: whoever may read the organization's contract (admins, operators, account managers) or
 * run work in it (members, keys with JOBS_WRITE). Viewers and keys without JOBS_WRITE are
 * FORBIDDEN; other tenants NOT_FOUND.
 */
const QUOTERS = row(U, F, 'OK', 'OK', N, 'OK', F, 'OK', 'OK');

const pricedGpu = (fx: Fixtures) => makePriceKey(fx.em(), { priced: true });

/** A priced model served in a region of its own. */
async function pricedModel(fx: Fixtures): Promise<string> {
  const em = fx.em();
  const region = em.create(Region, { id: newId('region'), code: `mq-${fx.unique()}`, name: 'Quote', jurisdiction: Jurisdiction.EU });
  return makeModel(em, { priced: true, servedIn: region });
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
