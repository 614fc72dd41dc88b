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

  // What each hour holds: who used what, and how much in a quiet (night) hour; busy hours double unless steady.
  const gpu = (gpuTypeId: string, capacityClass: CapacityClass, regionId: string) => ({
    kind: UsageKind.GPU_SECONDS,
    gpuTypeId,
    capacityClass,
    regionId,
  });
  const tokens = (kind: UsageKind, modelId: string) => ({ kind, modelId });
  const hourly = [
    {
      name: 'acme-gpu',
      organizationId: acme.id,
      projectId: tuning.id,
      perHour: 8 * 3_600,
      sku: gpu(h100.id, CapacityClass.ON_DEMAND, euWest.id),
    },
    { name: 'acme-in', organizationId: acme.id, projectId: tuning.id, perHour: 1_500_000, sku: tokens(UsageKind.INPUT_TOKENS, llama.id) },
    { name: 'acme-out', organizationId: acme.id, projectId: tuning.id, perHour: 400_000, sku: tokens(UsageKind.OUTPUT_TOKENS, llama.id) },
    {
      name: 'globex-gpu',
      organizationId: globex.id,
      projectId: protein.id,
      perHour: 8 * 3_600,
      sku: gpu(h200.id, CapacityClass.SPOT, usEast.id),
    },
  ];
  const events: UsageEventDraft[] = [];
  for (let t = monthStart(now).getTime(), i = 0; t + HOUR <= now.getTime(); t += HOUR, i++) {
    const wave = i % 24 < 12 ? 2 : 1; // busier by day
    for (const u of hourly) {
      events.push({
        dedupKey: `demo:${t}:${u.name}`,
        organizationId: u.organizationId,
        projectId: u.projectId,
        occurredAt: new Date(t),
        quantity: BigInt(u.perHour * ('steady' in u ? 1 : wave)),
        ...u.sku,
      });
    }
  }
  for (let i = 0; i < events.length; i += 1_000) await ingestUsage(em, events.slice(i, i + 1_000), now);
  await em.flush();
  await rollUpUsage(em);
  for (const org of [acme, globex]) await refreshDraft(em, org.id, monthStart(now), now);
}
