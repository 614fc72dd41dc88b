import { describe, expect, it } from 'vitest';
import { AppError } from '../../graphql/errors';
import { SlaService, SlaWindow } from './contracts.enums';
import { checkCreditTiers, checkPolicyName, checkSlaTargets, MAX_CREDIT_TIERS, type SlaTargetDraft } from './sla-policy.rules';

/** The error `fn` throws, which must be one of ours. */
function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected a refusal');
}

const tiers = (...pairs: [number, number][]) => pairs.map(([belowPercent, creditPercent]) => ({ belowPercent, creditPercent }));

function target(overrides: Partial<SlaTargetDraft> = {}): SlaTargetDraft {
  return {
    service: SlaService.GPU_COMPUTE,
    availabilityPercent: 99.9,
    window: SlaWindow.CALENDAR_MONTH,
    creditTiers: tiers([99.9, 10], [99, 25], [95, 100]),
    ...overrides,
  };
}

function refusedAt(fn: () => unknown, field: string): AppError {
  const error = refusal(fn);
  expect(error.extensions, error.message).toMatchObject({ code: 'BAD_USER_INPUT', field });
  return error;
}

describe('SLA targets', () => {
  it('keeps a 99.9% promise with three tiers, the first at the target, exactly as given', () => {
    const checked = checkSlaTargets([
      target(),
      target({ service: SlaService.MODEL_API, availabilityPercent: 99.5, creditTiers: tiers([99.5, 5]) }),
    ]);
    expect(checked).toEqual([
      {
        service: 'GPU_COMPUTE',
        availabilityPercent: 99.9,
        window: 'CALENDAR_MONTH',
        creditTiers: [
          { belowPercent: 99.9, creditPercent: 10 },
          { belowPercent: 99, creditPercent: 25 },
          { belowPercent: 95, creditPercent: 100 },
        ],
      },
      {
        service: 'MODEL_API',
        availabilityPercent: 99.5,
        window: 'CALENDAR_MONTH',
        creditTiers: [{ belowPercent: 99.5, creditPercent: 5 }],
      },
    ]);
  });

  it('stores plain objects, not the input instances', () => {
    class Tier {
      constructor(
        public belowPercent: number,
        public creditPercent: number,
      ) {}
    }
    const [checked] = checkSlaTargets([target({ creditTiers: [new Tier(99, 10)] })]);
    expect(Object.getPrototypeOf(checked!.creditTiers[0])).toBe(Object.prototype);
  });

  it('needs at least one target, and at most one per service', () => {
    refusedAt(() => checkSlaTargets([]), 'input.targets');
    const twice = refusedAt(
      () => checkSlaTargets([target(), target({ availabilityPercent: 99, creditTiers: tiers([99, 10]) })]),
      'input.targets.1.service',
    );
    expect(twice.message).toContain('GPU_COMPUTE');
    expect(twice.message).toContain('input.targets.0');
  });

  it('takes availability above 0 and at most 100', () => {
    refusedAt(() => checkSlaTargets([target({ availabilityPercent: 0 })]), 'input.targets.0.availabilityPercent');
    refusedAt(() => checkSlaTargets([target({ availabilityPercent: -1 })]), 'input.targets.0.availabilityPercent');
    refusedAt(() => checkSlaTargets([target({ availabilityPercent: 100.01 })]), 'input.targets.0.availabilityPercent');
    refusedAt(() => checkSlaTargets([target({ availabilityPercent: Number.NaN })]), 'input.targets.0.availabilityPercent');
    expect(checkSlaTargets([target({ availabilityPercent: 100, creditTiers: tiers([100, 5]) })])[0]!.availabilityPercent).toBe(100);
    expect(checkSlaTargets([target({ availabilityPercent: 0.5, creditTiers: tiers([0.5, 5]) })])[0]!.availabilityPercent).toBe(0.5);
  });

  it('names the target by its index in messages', () => {
    const second = target({ service: SlaService.MODEL_API, creditTiers: tiers([99.9, 10], [99.95, 25]) });
    refusedAt(() => checkSlaTargets([target(), second]), 'input.targets.1.creditTiers.1.belowPercent');
  });
});

describe('credit tiers', () => {
  const field = 'input.targets.0.creditTiers';

  it('needs 1 to 10 tiers', () => {
    refusedAt(() => checkCreditTiers(99.9, [], field), field);
    const many = Array.from({ length: MAX_CREDIT_TIERS + 1 }, (_, i) => ({ belowPercent: 99 - i, creditPercent: 5 + i }));
    refusedAt(() => checkCreditTiers(99.9, many, field), field);
    expect(checkCreditTiers(99.9, many.slice(0, MAX_CREDIT_TIERS), field)).toHaveLength(MAX_CREDIT_TIERS);
  });

  it('refuses a threshold above the target, and accepts one at it', () => {
    const above = refusedAt(() => checkCreditTiers(99.9, tiers([99.95, 10]), field), `${field}.0.belowPercent`);
    expect(above.message).toContain('99.9% target');
    expect(checkCreditTiers(99.9, tiers([99.9, 10]), field)).toEqual(tiers([99.9, 10]));
  });

  it('refuses thresholds that are not strictly decreasing', () => {
    refusedAt(() => checkCreditTiers(99.9, tiers([99, 10], [99, 25]), field), `${field}.1.belowPercent`);
    const rising = refusedAt(() => checkCreditTiers(99.9, tiers([95, 10], [99, 25]), field), `${field}.1.belowPercent`);
    expect(rising.message).toMatch(/strictly decreasing/);
  });

  it('refuses thresholds outside 0–100 (exclusive of 0)', () => {
    refusedAt(() => checkCreditTiers(99.9, tiers([0, 10]), field), `${field}.0.belowPercent`);
    refusedAt(() => checkCreditTiers(99.9, tiers([99, 10], [-5, 25]), field), `${field}.1.belowPercent`);
  });

  it('refuses credits that do not increase as availability falls', () => {
    refusedAt(() => checkCreditTiers(99.9, tiers([99.9, 25], [99, 25]), field), `${field}.1.creditPercent`);
    const falling = refusedAt(() => checkCreditTiers(99.9, tiers([99.9, 25], [99, 10]), field), `${field}.1.creditPercent`);
    expect(falling.message).toMatch(/increase/);
  });

  it('refuses credits outside 0–100 (exclusive of 0)', () => {
    refusedAt(() => checkCreditTiers(99.9, tiers([99.9, 0]), field), `${field}.0.creditPercent`);
    refusedAt(() => checkCreditTiers(99.9, tiers([99.9, 50], [99, 100.5]), field), `${field}.1.creditPercent`);
    expect(checkCreditTiers(99.9, tiers([99.9, 50], [99, 100]), field)).toHaveLength(2);
  });
});

describe('policy names', () => {
  it('trims a name and refuses a blank one', () => {
    expect(checkPolicyName('  Enterprise 99.9  ')).toBe('Enterprise 99.9');
    refusedAt(() => checkPolicyName('   '), 'input.name');
  });
});
