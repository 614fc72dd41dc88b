import type { ContractTerms } from '../contracts/contract-terms';
import {
  gpuDiscountBasisPoints,
  priceCommittedGpuUsage,
  priceGpuUsage,
  priceTokens,
  tokenDiscountBasisPoints,
  type PricedAmount,
} from '../contracts/pricing';
import { CapacityClass, type PricedClass } from '../inventory/inventory.enums';
import { UsageKind } from '../metering/usage.enums';
import { InvoiceLineKind } from './billing.enums';
import { monthLabel, nextMonth, overlapSeconds } from './billing-periods';

/**
 * Rating as pure functions: roll-ups (already matched in SQL with the list price and contract
 * version in force at their hour) become invoice lines through the same pricing functions as
 * `quote` (contracts/pricing.ts). Usage is summed per line first and priced once, so every line is
 * rounded once (DESIGN.md rule 4).
 */

/** Roll-ups of one SKU sharing a usage month, a list price, a contract version and a commitment. */
export interface UsageGroup {
  kind: UsageKind;
  sku: string;
  gpuTypeId: string | null;
  capacityClass: CapacityClass | null;
  regionId: string | null;
  modelId: string | null;
  usageMonth: Date;
  quantity: bigint;
  /** Per GPU-hour, or per million tokens of this group's direction; null: none in force. */
  listPrice: bigint | null;
  priceCurrency: string | null;
  /** The contract version in force at the hour; null: pay as you go. */
  versionId: string | null;
  /** RESERVED usage: the commitment covering it at the hour. */
  commitmentId: string | null;
}

/** A commitment of the organization's contract, as far as it falls in the month. */
export interface CommitmentInMonth {
  id: string;
  label: string;
  /** Its contract's currency. */
  currency: string;
  gpus: number;
  ratePerGpuHour: bigint;
  /** The RESERVED list price it is compared with; null when none is in force. */
  reservedListPrice: bigint | null;
  /** Its period, cut at the contract's termination. */
  from: Date;
  to: Date;
}

export interface RatingInput {
  month: Date;
  currency: string;
  groups: readonly UsageGroup[];
  termsByVersion: ReadonlyMap<string, ContractTerms>;
  commitments: readonly CommitmentInMonth[];
  /** A person's name for a SKU, e.g. "H100-80GB · ON_DEMAND · eu-west". */
  labelOf: (group: UsageGroup) => string;
}

export interface RatedLine extends PricedAmount {
  kind: InvoiceLineKind;
  description: string;
  sku: string | null;
  usageMonth: Date | null;
  quantity: bigint;
  unit: 'GPU_SECOND' | 'TOKEN' | 'COMMITTED_GPU_SECOND';
  unitPrice: bigint | null;
  discountBasisPoints: number;
  commitmentId: string | null;
  usedQuantity: bigint | null;
}

export interface RatedMonth {
  lines: RatedLine[];
  warnings: string[];
  subtotal: bigint;
  discounts: bigint;
  credits: bigint;
  total: bigint;
  /** The total less commitment fees: what spend caps measure. */
  usageTotal: bigint;
}

const KIND_ORDER = [
  InvoiceLineKind.COMMITMENT,
  InvoiceLineKind.RESERVED,
  InvoiceLineKind.ON_DEMAND,
  InvoiceLineKind.SPOT,
  InvoiceLineKind.TOKENS,
  InvoiceLineKind.ADJUSTMENT,
  InvoiceLineKind.SLA_CREDIT,
];

function lineKindOf(group: UsageGroup, month: Date): InvoiceLineKind {
  if (group.usageMonth.getTime() < month.getTime()) return InvoiceLineKind.ADJUSTMENT;
  if (group.kind !== UsageKind.GPU_SECONDS) return InvoiceLineKind.TOKENS;
  if (group.capacityClass === CapacityClass.SPOT) return InvoiceLineKind.SPOT;
  if (group.capacityClass === CapacityClass.RESERVED) return InvoiceLineKind.RESERVED;
  return InvoiceLineKind.ON_DEMAND;
}

function discountOf(group: UsageGroup, terms: ContractTerms | null): number {
  if (group.kind === UsageKind.GPU_SECONDS)
    return gpuDiscountBasisPoints(terms, group.gpuTypeId!, group.capacityClass as unknown as PricedClass);
  return tokenDiscountBasisPoints(terms, group.modelId!);
}

function priceGroup(group: UsageGroup, listPrice: bigint, discountBasisPoints: number, quantity: bigint): PricedAmount {
  if (group.kind === UsageKind.GPU_SECONDS)
    return priceGpuUsage({ listPricePerGpuHour: listPrice, discountBasisPoints, gpus: 1, seconds: quantity });
  const input = group.kind === UsageKind.INPUT_TOKENS;
  return priceTokens({
    inputPerMillion: input ? listPrice : 0n,
    outputPerMillion: input ? 0n : listPrice,
    inputTokens: input ? quantity : 0n,
    outputTokens: input ? 0n : quantity,
    discountBasisPoints,
  });
}

interface PendingLine {
  group: UsageGroup;
  kind: InvoiceLineKind;
  listPrice: bigint | null;
  discountBasisPoints: number;
  quantity: bigint;
}

/** What each commitment can cover this month: its GPUs × the seconds of its period inside the month. */
function committedQuantities(input: RatingInput): Map<string, bigint> {
  const monthEnd = nextMonth(input.month);
  return new Map(
    input.commitments.map((c) => [
      c.id,
      BigInt(c.gpus) * BigInt(overlapSeconds({ from: c.from, to: c.to }, { from: input.month, to: monthEnd })),
    ]),
  );
}

/** Prices a month's usage and commitments into invoice lines and totals. */
export function rateMonth(input: RatingInput): RatedMonth {
  const warnings: string[] = [];
  const pending = new Map<string, PendingLine>();
  const usedByCommitment = new Map<string, bigint>();
  const room = committedQuantities(input);
  const add = (group: UsageGroup, kind: InvoiceLineKind, listPrice: bigint | null, discountBasisPoints: number, quantity: bigint) => {
    const key = [
      kind,
      group.sku,
      group.usageMonth.getTime(),
      listPrice,
      discountBasisPoints,
      listPrice === null ? group.commitmentId : '',
    ].join('|');
    const line = pending.get(key) ?? { group, kind, listPrice, discountBasisPoints, quantity: 0n };
    line.quantity += quantity;
    pending.set(key, line);
  };
  for (const group of input.groups) {
    if (group.quantity === 0n || group.capacityClass === CapacityClass.INTERNAL) continue;
    const kind = lineKindOf(group, input.month);
    let quantity = group.quantity;
    // RESERVED use inside a commitment is paid by its fee, up to what it commits this month; late
    // use of an earlier month was covered by that month's fee. Beyond it, RESERVED list price.
    if (group.capacityClass === CapacityClass.RESERVED && group.commitmentId !== null) {
      const late = group.usageMonth.getTime() < input.month.getTime();
      const left = room.get(group.commitmentId) ?? 0n;
      const covered = late ? quantity : quantity < left ? quantity : left;
      if (!late) {
        room.set(group.commitmentId, left - covered);
        usedByCommitment.set(group.commitmentId, (usedByCommitment.get(group.commitmentId) ?? 0n) + covered);
      }
      if (covered > 0n) add(group, kind, null, 0, covered);
      quantity -= covered;
      if (quantity === 0n) continue;
    }
    if (group.listPrice === null) {
      warnings.push(`No list price in force for ${input.labelOf(group)} in ${monthLabel(group.usageMonth)}: ${quantity} not billed.`);
      continue;
    }
    if (group.priceCurrency !== input.currency) {
      warnings.push(
        `${input.labelOf(group)} is priced in ${group.priceCurrency}, the invoice is in ${input.currency}: ${quantity} not billed.`,
      );
      continue;
    }
    const terms = group.versionId ? (input.termsByVersion.get(group.versionId) ?? null) : null;
    add(group, kind, group.listPrice, discountOf(group, terms), quantity);
  }

  const lines: RatedLine[] = [];
  const monthEnd = nextMonth(input.month);
  for (const c of input.commitments) {
    const seconds = overlapSeconds({ from: c.from, to: c.to }, { from: input.month, to: monthEnd });
    if (seconds === 0) continue;
    if (c.currency !== input.currency) {
      warnings.push(`Commitment ${c.label} is in ${c.currency}, the invoice is in ${input.currency}: its fee is not billed here.`);
      continue;
    }
    lines.push({
      ...priceCommittedGpuUsage({ ratePerGpuHour: c.ratePerGpuHour, listPricePerGpuHour: c.reservedListPrice, gpus: c.gpus, seconds }),
      kind: InvoiceLineKind.COMMITMENT,
      description: `Commitment: ${c.label}, ${c.gpus} GPUs`,
      sku: null,
      usageMonth: input.month,
      quantity: BigInt(c.gpus) * BigInt(seconds),
      unit: 'COMMITTED_GPU_SECOND',
      unitPrice: c.ratePerGpuHour,
      discountBasisPoints: 0,
      commitmentId: c.id,
      usedQuantity: usedByCommitment.get(c.id) ?? 0n,
    });
  }
  for (const p of pending.values()) {
    const covered = p.listPrice === null;
    const priced = covered
      ? { listAmount: 0n, discountAmount: 0n, amount: 0n }
      : priceGroup(p.group, p.listPrice!, p.discountBasisPoints, p.quantity);
    const label = input.labelOf(p.group);
    const late = p.kind === InvoiceLineKind.ADJUSTMENT ? `Late usage from ${monthLabel(p.group.usageMonth)}: ` : '';
    lines.push({
      ...priced,
      kind: p.kind,
      description: `${late}${label}${covered ? ` (inside commitment ${p.group.commitmentId})` : p.kind === InvoiceLineKind.RESERVED ? ' (beyond any commitment)' : ''}`,
      sku: p.group.sku,
      usageMonth: p.group.usageMonth,
      quantity: p.quantity,
      unit: p.group.kind === UsageKind.GPU_SECONDS ? 'GPU_SECOND' : 'TOKEN',
      unitPrice: p.listPrice,
      discountBasisPoints: p.discountBasisPoints,
      commitmentId: covered ? p.group.commitmentId : null,
      usedQuantity: null,
    });
  }
  lines.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (a.usageMonth?.getTime() ?? 0) - (b.usageMonth?.getTime() ?? 0) ||
      (a.sku ?? a.description).localeCompare(b.sku ?? b.description) ||
      Number((a.unitPrice ?? 0n) - (b.unitPrice ?? 0n)) ||
      a.discountBasisPoints - b.discountBasisPoints,
  );
  const sum = (pick: (l: RatedLine) => bigint, only?: (l: RatedLine) => boolean) =>
    lines.filter(only ?? (() => true)).reduce((total, l) => total + pick(l), 0n);
  const total = sum((l) => l.amount);
  return {
    lines,
    warnings,
    subtotal: sum((l) => l.listAmount),
    discounts: sum((l) => l.discountAmount),
    credits: 0n,
    total,
    usageTotal:
      total -
      sum(
        (l) => l.amount,
        (l) => l.kind === InvoiceLineKind.COMMITMENT,
      ),
  };
}
