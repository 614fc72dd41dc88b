import type { EntityManager } from '@mikro-orm/postgresql';
import type { GpuType } from '../inventory/gpu-type.entity';
import type { Region } from '../inventory/region.entity';
import { GpuPrice } from './prices.entity';
import { Model } from './model.entity';
import { Jurisdiction, LifecycleStatus, PricedClass } from '../inventory/inventory.enums';
import { Modality, ModelStatus } from './catalog.enums';
import { createModel } from './model.service';
import { appendGpuPrice, appendModelPrice } from './price-book.service';

const USD = 'USD';
const usd = (dollars: number): bigint => BigInt(Math.round(dollars * 1_000_000));

// On-demand list price per GPU-hour in the US, by GPU model (the first pattern that matches the
// code wins: B200 before H200 before H100, A100-80 before A100). Around late-2025 market rates.
const ON_DEMAND_USD: readonly [RegExp, bigint][] = [
  [/GB200/i, usd(6.99)],
  [/B200/i, usd(5.99)],
  [/H200/i, usd(3.79)],
  [/H100/i, usd(2.99)],
  [/MI325/i, usd(2.89)],
  [/MI300/i, usd(2.49)],
  [/A100.*80/i, usd(1.79)],
  [/A100/i, usd(1.29)],
  [/L40S/i, usd(1.09)],
  [/L40/i, usd(0.99)],
  [/A10/i, usd(0.75)],
  [/L4/i, usd(0.69)],
];

// Power, land and scarcity: the same GPU costs more outside the US.
const REGION_PERCENT: Record<Jurisdiction, bigint> = { US: 100n, EU: 112n, UK: 115n, APAC: 118n };

// RESERVED is the committed-term discount; SPOT is preemptible (DESIGN.md rule 2).
const CLASS_PERCENT: Record<PricedClass, bigint> = { ON_DEMAND: 100n, RESERVED: 70n, SPOT: 40n };

const CENT = 10_000n;

/**
 * The seeded list price of one GPU-hour, in USD micro-units, rounded to the cent: the GPU's US
 * on-demand rate (by its code; else about 3.5 cents per GB of memory), times the region's
 * jurisdiction factor, times the class factor (RESERVED 70%, SPOT 40%).
 */
export function seedGpuListPrice(
  gpuType: Pick<GpuType, 'code' | 'memoryGb'>,
  region: Pick<Region, 'jurisdiction'>,
  priceClass: PricedClass,
): bigint {
  const base = ON_DEMAND_USD.find(([pattern]) => pattern.test(gpuType.code))?.[1] ?? BigInt(Math.max(gpuType.memoryGb, 10)) * 35_000n;
  const exact = base * REGION_PERCENT[region.jurisdiction] * CLASS_PERCENT[priceClass];
  return ((exact + (10_000n * CENT) / 2n) / (10_000n * CENT)) * CENT;
}

interface SeedModel {
  key: string;
  family: string;
  parametersB: number;
  contextWindow: number;
  license: string;
  modalities: Modality[];
  status: ModelStatus;
  /** Served in regions of these jurisdictions (all when omitted). */
  servedIn?: Jurisdiction[];
  input: number;
  output: number;
  /** An earlier list price, in force for the three months before the current one. */
  previously?: { input: number; output: number };
}

const { TEXT, IMAGE, CODE } = Modality;
const { GA, PREVIEW, DEPRECATED } = ModelStatus;

/** Open-weight models with their published sizes, context windows and licenses; USD per million tokens. */
export const SEED_MODELS: readonly SeedModel[] = [
  {
    key: 'meta-llama/Llama-3.3-70B-Instruct',
    family: 'llama',
    parametersB: 70.6,
    contextWindow: 131_072,
    license: 'llama3.3',
    modalities: [TEXT, CODE],
    status: GA,
    input: 0.88,
    output: 0.88,
    previously: { input: 0.99, output: 0.99 },
  },
  {
    key: 'meta-llama/Llama-3.1-8B-Instruct',
    family: 'llama',
    parametersB: 8.03,
    contextWindow: 131_072,
    license: 'llama3.1',
    modalities: [TEXT],
    status: GA,
    input: 0.18,
    output: 0.18,
  },
  {
    key: 'meta-llama/Llama-3.1-405B-Instruct',
    family: 'llama',
    parametersB: 405.9,
    contextWindow: 131_072,
    license: 'llama3.1',
    modalities: [TEXT, CODE],
    status: GA,
    servedIn: [Jurisdiction.US, Jurisdiction.EU],
    input: 3.5,
    output: 3.5,
  },
  {
    key: 'meta-llama/Llama-4-Scout-17B-16E-Instruct',
    family: 'llama',
    parametersB: 109,
    contextWindow: 327_680,
    license: 'llama4',
    modalities: [TEXT, IMAGE],
    status: PREVIEW,
    servedIn: [Jurisdiction.US],
    input: 0.18,
    output: 0.59,
  },
  {
    key: 'mistralai/Mistral-Small-24B-Instruct-2501',
    family: 'mistral',
    parametersB: 23.6,
    contextWindow: 32_768,
    license: 'apache-2.0',
    modalities: [TEXT],
    status: GA,
    input: 0.2,
    output: 0.6,
  },
  {
    key: 'mistralai/Mistral-Nemo-Instruct-2407',
    family: 'mistral',
    parametersB: 12.2,
    contextWindow: 131_072,
    license: 'apache-2.0',
    modalities: [TEXT],
    status: GA,
    servedIn: [Jurisdiction.EU, Jurisdiction.UK],
    input: 0.15,
    output: 0.15,
  },
  {
    key: 'mistralai/Mixtral-8x22B-Instruct-v0.1',
    family: 'mistral',
    parametersB: 140.6,
    contextWindow: 65_536,
    license: 'apache-2.0',
    modalities: [TEXT, CODE],
    status: DEPRECATED,
    servedIn: [Jurisdiction.EU],
    input: 1.2,
    output: 1.2,
  },
  {
    key: 'Qwen/Qwen2.5-72B-Instruct',
    family: 'qwen',
    parametersB: 72.7,
    contextWindow: 131_072,
    license: 'qwen',
    modalities: [TEXT, CODE],
    status: GA,
    input: 1.2,
    output: 1.2,
  },
  {
    key: 'Qwen/Qwen2.5-Coder-32B-Instruct',
    family: 'qwen',
    parametersB: 32.8,
    contextWindow: 131_072,
    license: 'apache-2.0',
    modalities: [TEXT, CODE],
    status: GA,
    input: 0.8,
    output: 0.8,
  },
  {
    key: 'deepseek-ai/DeepSeek-R1-Distill-Llama-70B',
    family: 'deepseek',
    parametersB: 70.6,
    contextWindow: 131_072,
    license: 'mit',
    modalities: [TEXT, CODE],
    status: GA,
    servedIn: [Jurisdiction.US, Jurisdiction.EU, Jurisdiction.UK],
    input: 2,
    output: 2,
  },
  {
    key: 'google/gemma-2-27b-it',
    family: 'gemma',
    parametersB: 27.2,
    contextWindow: 8_192,
    license: 'gemma',
    modalities: [TEXT],
    status: GA,
    input: 0.8,
    output: 0.8,
  },
  {
    key: 'microsoft/phi-4',
    family: 'phi',
    parametersB: 14.7,
    contextWindow: 16_384,
    license: 'mit',
    modalities: [TEXT, CODE],
    status: GA,
    input: 0.14,
    output: 0.28,
  },
];

const DAY_MS = 86_400_000;

export interface SeedCatalogResult {
  models: number;
  modelPrices: number;
  gpuPrices: number;
}

/**
 * The demo catalog: list prices for every GPU type × region × class (see {@link seedGpuListPrice})
 * and a dozen open-weight models, served in the given regions, with token prices; one PREVIEW, one
 * DEPRECATED (sunset in 120 days), one with an earlier price in its history. Prices are in force
 * from the start of the current month. Idempotent: a model key or price key that exists is left
 * alone. Flushes; runs in a transaction of its own unless `em` is in one already.
 */
export async function seedCatalog(
  em: EntityManager,
  catalog: { regions: Region[]; gpuTypes: GpuType[] },
  now = new Date(),
): Promise<SeedCatalogResult> {
  // The given regions and GPU types may be new in this unit of work: prices reference them.
  await em.flush();
  const run = async (tx: EntityManager): Promise<SeedCatalogResult> => {
    const result: SeedCatalogResult = { models: 0, modelPrices: 0, gpuPrices: 0 };
    const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const earlier = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 3, 1));

    const priced = new Set(
      (
        await tx.find(GpuPrice, { gpuType: { $in: catalog.gpuTypes.map((g) => g.id) }, region: { $in: catalog.regions.map((r) => r.id) } })
      ).map((p) => `${p.gpuType.id}|${p.region.id}|${p.priceClass}`),
    );
    for (const gpuType of catalog.gpuTypes) {
      for (const region of catalog.regions) {
        for (const priceClass of Object.values(PricedClass)) {
          if (priced.has(`${gpuType.id}|${region.id}|${priceClass}`)) continue;
          const pricePerGpuHour = seedGpuListPrice(gpuType, region, priceClass);
          await appendGpuPrice(tx, { gpuType, region, priceClass, currency: USD, pricePerGpuHour, effectiveFrom: since });
          result.gpuPrices++;
        }
      }
    }

    const active = catalog.regions.filter((r) => r.status === LifecycleStatus.ACTIVE);
    const existing = new Set((await tx.find(Model, { key: { $in: SEED_MODELS.map((m) => m.key) } })).map((m) => m.key));
    for (const spec of SEED_MODELS) {
      if (existing.has(spec.key)) continue;
      const matching = spec.servedIn ? active.filter((r) => spec.servedIn!.includes(r.jurisdiction)) : active;
      // A model is served somewhere: with no region of its jurisdictions, everywhere.
      const regions = matching.length > 0 ? matching : active;
      const sunsetAt = spec.status === DEPRECATED ? new Date(Math.ceil(now.getTime() / DAY_MS) * DAY_MS + 120 * DAY_MS) : null;
      const model = await createModel(tx, { ...spec, sunsetAt, regions }, now);
      result.models++;
      if (spec.previously) {
        const { input, output } = spec.previously;
        await appendModelPrice(tx, {
          model,
          currency: USD,
          inputPerMillionTokens: usd(input),
          outputPerMillionTokens: usd(output),
          effectiveFrom: earlier,
        });
        // The next append must see this one to close it.
        await tx.flush();
        result.modelPrices++;
      }
      await appendModelPrice(tx, {
        model,
        currency: USD,
        inputPerMillionTokens: usd(spec.input),
        outputPerMillionTokens: usd(spec.output),
        effectiveFrom: since,
      });
      result.modelPrices++;
    }
    await tx.flush();
    return result;
  };
  return em.isInTransaction() ? run(em) : em.transactional(run);
}
