import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../server/src/lib/ids';
import { Contract } from '../../server/src/modules/contracts/contract.entity';
import { ContractVersion } from '../../server/src/modules/contracts/contract-version.entity';
import { ContractStatus } from '../../server/src/modules/contracts/contracts.enums';
import { contractTermsSchema } from '../../server/src/modules/contracts/contract-terms';
import { CapacityClass } from '../../server/src/modules/inventory/inventory.enums';
import { UsageKind } from '../../server/src/modules/metering/usage.enums';
import { monthStart } from '../../server/src/modules/contracts/pricing';
import { nextMonth } from '../../server/src/modules/billing/billing-periods';

/** The previous and the current calendar month (UTC), and a time inside the current one that is not in the future. */
export function months(now = new Date()) {
  const current = monthStart(now);
  const previous = new Date(Date.UTC(current.getUTCFullYear(), current.getUTCMonth() - 1, 1));
  const label = (m: Date) => m.toISOString().slice(0, 7);
  return {
    previous,
    current,
    next: nextMonth(current),
    previousLabel: label(previous),
    currentLabel: label(current),
    /** Seconds in the previous month. */
    previousSeconds: (current.getTime() - previous.getTime()) / 1000,
    /** A moment of the current month that has passed: a minute ago, or the month's first instant. */
    nowish: () => new Date(Math.max(current.getTime(), Date.now() - 60_000)),
  };
}

/** An ACTIVE contract with a version per entry (each in force from its date until the next), flushed. */
export async function activeContract(
  em: EntityManager,
  organizationId: string,
  period: { startsAt: Date; endsAt: Date },
  versions: { from: Date; terms: Record<string, unknown> }[],
): Promise<Contract> {
  const contract = em.create(Contract, {
    id: newId('contract'),
    organization: organizationId,
    name: 'Enterprise',
    currency: 'USD',
    startsAt: period.startsAt,
    endsAt: period.endsAt,
    status: ContractStatus.ACTIVE,
    activatedAt: period.startsAt,
    currentVersion: versions.length,
  });
  versions.forEach((v, i) =>
    em.create(ContractVersion, {
      id: newId('contractVersion'),
      contract,
      number: i + 1,
      effectiveFrom: v.from,
      effectiveTo: versions[i + 1]?.from ?? null,
      terms: contractTermsSchema.parse(v.terms),
    }),
  );
  await em.flush();
  return contract;
}

/** A GPU usage event for the ingestion API (GraphQL variables shape). */
export function gpuEvent(
  dedupKey: string,
  where: { organizationId: string; projectId: string; gpuTypeId: string; regionId: string },
  capacityClass: CapacityClass,
  quantity: bigint | number,
  occurredAt: Date,
) {
  return {
    dedupKey,
    ...where,
    kind: UsageKind.GPU_SECONDS,
    capacityClass,
    quantity: String(quantity),
    occurredAt: occurredAt.toISOString(),
  };
}
