import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids';
import { SlaPolicy } from '../../modules/contracts/sla-policy.entity';
import { SlaService, SlaWindow } from '../../modules/contracts/contracts.enums';
import { contractTermsSchema } from '../../modules/contracts/contract-terms';
import { activateContract, addCommitment, createContract } from '../../modules/contracts/contract.service';
import { Jurisdiction, PricedClass } from '../../modules/inventory/inventory.enums';
import type { Organization } from '../../modules/tenancy/organization.entity';
import type { User } from '../../modules/tenancy/user.entity';
import type { Region } from '../../modules/inventory/region.entity';
import type { GpuType } from '../../modules/inventory/gpu-type.entity';

/**
 * The enterprise customer's contract: a year of 128 H100s in eu-west at a committed rate, 15%
 * off list, EU-only, nothing retained, no training, a 99.9% SLA. (The pay-as-you-go customer has
 * no contract: list prices, no limits.)
 */
export async function seedContracts(
  em: EntityManager,
  props: { enterprise: Organization; accountManager: User; regions: Region[]; gpuTypes: GpuType[] },
): Promise<void> {
  const sla = em.create(SlaPolicy, {
    id: newId('slaPolicy'),
    name: 'Enterprise 99.9',
    targets: [
      {
        service: SlaService.GPU_COMPUTE,
        availabilityPercent: 99.9,
        window: SlaWindow.CALENDAR_MONTH,
        creditTiers: [
          { belowPercent: 99.9, creditPercent: 10 },
          { belowPercent: 99, creditPercent: 25 },
          { belowPercent: 95, creditPercent: 100 },
        ],
      },
      {
        service: SlaService.MODEL_API,
        availabilityPercent: 99.9,
        window: SlaWindow.CALENDAR_MONTH,
        creditTiers: [
          { belowPercent: 99.9, creditPercent: 10 },
          { belowPercent: 99, creditPercent: 25 },
          { belowPercent: 95, creditPercent: 100 },
        ],
      },
    ],
  });
  em.persist(sla);
  const h100 = props.gpuTypes.find((g) => g.code === 'H100-80GB')!;
  const euWest = props.regions.find((r) => r.code === 'eu-west')!;
  const start = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1));
  const end = new Date(Date.UTC(start.getUTCFullYear() + 1, start.getUTCMonth(), 1));
  const contract = createContract(em, {
    organization: props.enterprise,
    name: `${props.enterprise.name} enterprise agreement`,
    currency: 'USD',
    startsAt: start,
    endsAt: end,
    accountManager: props.accountManager,
    createdBy: props.accountManager,
    terms: contractTermsSchema.parse({
      gpuDiscounts: [PricedClass.ON_DEMAND, PricedClass.SPOT, PricedClass.RESERVED].map((priceClass) => ({
        gpuTypeId: h100.id,
        priceClass,
        percent: 15,
      })),
      tokenDiscounts: [{ modelId: null, percent: 15 }],
      spendCap: { monthlyMicros: String(400_000n * 1_000_000n), mode: 'ALERT' },
      allowedJurisdictions: [Jurisdiction.EU],
      retentionDays: 0,
      noTraining: true,
      slaPolicyId: sla.id,
      onDemandReclaimable: false,
    }),
  });
  await em.flush();
  await addCommitment(em, contract, {
    gpuType: h100,
    region: euWest,
    pool: null,
    gpus: 128,
    startsAt: start,
    endsAt: end,
    ratePerGpuHour: 2_100_000n,
    createdBy: props.accountManager,
  });
  await em.flush();
  await activateContract(em, contract);
}
