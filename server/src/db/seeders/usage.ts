import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../../modules/tenancy/organization.entity';
import { Project } from '../../modules/tenancy/project.entity';
import { GpuType } from '../../modules/inventory/gpu-type.entity';
import { Region } from '../../modules/inventory/region.entity';
import { Model } from '../../modules/catalog/model.entity';
import { CapacityClass } from '../../modules/inventory/inventory.enums';
import { monthStart } from '../../modules/contracts/pricing';
import { UsageKind } from '../../modules/metering/usage.enums';
import type { UsageEventDraft } from '../../modules/metering/usage-ingest.rules';
import { ingestUsage } from '../../modules/metering/usage-ingest.service';
import { rollUpUsage } from '../../modules/metering/usage-rollup.service';
import { refreshDraft } from '../../modules/billing/invoice.service';

const HOUR = 3_600_000;

/**
 * This month's usage so far, hour by hour, so the usage charts and the open invoices have
 * something to show: Acme's on-demand H100s and Llama tokens, Globex's spot H200s. Ingested,
 * rolled up and rated through the same path as a data plane's events.
 */
export async function seedUsage(em: EntityManager, now = new Date()): Promise<void> {
  const acme = await em.findOneOrFail(Organization, { slug: 'acme' });
  const globex = await em.findOneOrFail(Organization, { slug: 'globex' });
  const tuning = await em.findOneOrFail(Project, { slug: 'fine-tuning', organization: acme });
  const protein = await em.findOneOrFail(Project, { slug: 'protein-folding', organization: globex });
  const h100 = await em.findOneOrFail(GpuType, { code: 'H100-80GB' });
  const h200 = await em.findOneOrFail(GpuType, { code: 'H200-141GB' });
  const euWest = await em.findOneOrFail(Region, { code: 'eu-west' });
  const usEast = await em.findOneOrFail(Region, { code: 'us-east' });
  const llama = await em.findOneOrFail(Model, { key: 'meta-llama/Llama-3.3-70B-Instruct' });

  const events: UsageEventDraft[] = [];
  for (let t = monthStart(now).getTime(), i = 0; t + HOUR <= now.getTime(); t += HOUR, i++) {
    const at = new Date(t);
    const wave = 1 + (i % 24 < 12 ? 1 : 0); // busier by day
    const base = { occurredAt: at, capacityClass: null, gpuTypeId: null, regionId: null, modelId: null };
    events.push(
      {
        ...base,
        dedupKey: `demo:${t}:acme-gpu`,
        organizationId: acme.id,
        projectId: tuning.id,
        kind: UsageKind.GPU_SECONDS,
        quantity: BigInt(8 * wave * 3_600),
        gpuTypeId: h100.id,
        capacityClass: CapacityClass.ON_DEMAND,
        regionId: euWest.id,
      },
      {
        ...base,
        dedupKey: `demo:${t}:acme-in`,
        organizationId: acme.id,
        projectId: tuning.id,
        kind: UsageKind.INPUT_TOKENS,
        quantity: BigInt(1_500_000 * wave),
        modelId: llama.id,
      },
      {
        ...base,
        dedupKey: `demo:${t}:acme-out`,
        organizationId: acme.id,
        projectId: tuning.id,
        kind: UsageKind.OUTPUT_TOKENS,
        quantity: BigInt(400_000 * wave),
        modelId: llama.id,
      },
      {
        ...base,
        dedupKey: `demo:${t}:globex-gpu`,
        organizationId: globex.id,
        projectId: protein.id,
        kind: UsageKind.GPU_SECONDS,
        quantity: BigInt(16 * 3_600),
        gpuTypeId: h200.id,
        capacityClass: CapacityClass.SPOT,
        regionId: usEast.id,
      },
    );
  }
  for (let i = 0; i < events.length; i += 1_000) await ingestUsage(em, events.slice(i, i + 1_000), now);
  await em.flush();
  await rollUpUsage(em);
  for (const org of [acme, globex]) await refreshDraft(em, org.id, monthStart(now), now);
}
