import { badInput } from '../../graphql/errors';
import type { SlaService, SlaWindow } from './contracts.enums';
import { slaTargetSchema, type SlaTarget } from './sla-policy.terms';

/**
 * An SLA policy's rules as pure functions over plain data: what a target and its credit tiers
 * must look like before they are stored. Services load and write; these decide. Refusals are
 * BAD_USER_INPUT naming the input field by its dot path (`input.targets.0.creditTiers.1.belowPercent`,
 * the same paths input validation reports).
 */

/** The most credit tiers one target may have (the stored schema's limit). */
export const MAX_CREDIT_TIERS = 10;

export interface CreditTierDraft {
  belowPercent: number;
  creditPercent: number;
}

export interface SlaTargetDraft {
  service: SlaService;
  availabilityPercent: number;
  window: SlaWindow;
  creditTiers: readonly CreditTierDraft[];
}

const percent = (value: number) => `${value}%`;

/** True for a percentage above 0 and at most 100. */
function inPercentRange(value: number): boolean {
  return Number.isFinite(value) && value > 0 && value <= 100;
}

/**
 * Checks one credit-tier ladder against its target and returns it as stored. Tiers are listed
 * highest threshold first: availability below `belowPercent` earns `creditPercent` of the affected
 * monthly charge, the lowest threshold crossed deciding. So thresholds are above 0, not above the
 * target (the first may equal it: "below 99.9% → 10%" under a 99.9% promise), and strictly
 * decreasing; credits are above 0, at most 100, and strictly increasing as availability falls.
 */
export function checkCreditTiers(availabilityPercent: number, tiers: readonly CreditTierDraft[], field: string): CreditTierDraft[] {
  if (tiers.length === 0) throw badInput(field, 'A target needs at least one credit tier: what is owed when it is missed.');
  if (tiers.length > MAX_CREDIT_TIERS) {
    throw badInput(field, `A target has at most ${MAX_CREDIT_TIERS} credit tiers (got ${tiers.length}).`);
  }
  return tiers.map((tier, i) => {
    const at = `${field}.${i}`;
    const previous = i > 0 ? tiers[i - 1] : undefined;
    if (!inPercentRange(tier.belowPercent)) {
      throw badInput(`${at}.belowPercent`, `A credit threshold is a percentage above 0 and at most 100 (got ${tier.belowPercent}).`);
    }
    if (tier.belowPercent > availabilityPercent) {
      throw badInput(
        `${at}.belowPercent`,
        `A credit threshold cannot be above the ${percent(availabilityPercent)} target: availability between the two meets the promise ` +
          `and earns no credit (got ${percent(tier.belowPercent)}).`,
      );
    }
    if (previous && tier.belowPercent >= previous.belowPercent) {
      throw badInput(
        `${at}.belowPercent`,
        `Credit thresholds must be strictly decreasing, highest first: ${percent(tier.belowPercent)} follows ${percent(previous.belowPercent)}.`,
      );
    }
    if (!inPercentRange(tier.creditPercent)) {
      throw badInput(
        `${at}.creditPercent`,
        `A credit is a percentage of the affected monthly charge above 0 and at most 100 (got ${tier.creditPercent}).`,
      );
    }
    if (previous && tier.creditPercent <= previous.creditPercent) {
      throw badInput(
        `${at}.creditPercent`,
        `Credits must increase as availability falls: below ${percent(tier.belowPercent)} earns ${percent(tier.creditPercent)}, ` +
          `no more than below ${percent(previous.belowPercent)} (${percent(previous.creditPercent)}).`,
      );
    }
    return { belowPercent: tier.belowPercent, creditPercent: tier.creditPercent };
  });
}

/**
 * Checks an SLA policy's targets and returns them exactly as they are stored (plain objects, in
 * the order given). At least one target; at most one per service; availability above 0 and at
 * most 100; credit tiers as {@link checkCreditTiers}. `field` is the path of the list.
 */
export function checkSlaTargets(targets: readonly SlaTargetDraft[], field = 'input.targets'): SlaTarget[] {
  if (targets.length === 0) throw badInput(field, 'An SLA policy needs at least one target: a service and the availability promised.');
  const seen = new Map<SlaService, number>();
  const checked = targets.map((target, i) => {
    const at = `${field}.${i}`;
    const first = seen.get(target.service);
    if (first !== undefined) {
      throw badInput(`${at}.service`, `${target.service} already has a target (${field}.${first}): a policy has one target per service.`);
    }
    seen.set(target.service, i);
    if (!inPercentRange(target.availabilityPercent)) {
      throw badInput(
        `${at}.availabilityPercent`,
        `The availability target is a percentage above 0 and at most 100 (got ${target.availabilityPercent}).`,
      );
    }
    return {
      service: target.service,
      availabilityPercent: target.availabilityPercent,
      window: target.window,
      creditTiers: checkCreditTiers(target.availabilityPercent, target.creditTiers, `${at}.creditTiers`),
    };
  });
  // The stored shape's own schema: passing the rules above always satisfies it, so a failure
  // here is a bug, not bad input.
  return slaTargetSchema.array().parse(checked);
}

/** A policy name as stored: trimmed; BAD_USER_INPUT on `field` when nothing is left. */
export function checkPolicyName(name: string, field = 'input.name'): string {
  const trimmed = name.trim();
  if (!trimmed) throw badInput(field, 'An SLA policy needs a name.');
  return trimmed;
}
