import { describe, expect, it } from 'vitest';
import { discountLabel, lineKindLabel, lineQuantity, monthLabelOf } from './invoices';

describe('invoice display', () => {
  it('names the month in UTC', () => {
    expect(monthLabelOf('2026-11-01T00:00:00.000Z')).toBe('November 2026');
  });

  it('shows GPU time in GPU-hours with two decimals, exactly from GPU-seconds, and tokens as counts', () => {
    expect(lineQuantity('5400', 'GPU_SECOND')).toBe('1.50 GPU-hours');
    expect(lineQuantity('342835200', 'COMMITTED_GPU_SECOND')).toBe('95,232.00 GPU-hours committed');
    expect(lineQuantity('9007199254740993', 'TOKEN')).toBe('9,007,199,254,740,993 tokens');
  });

  it('labels kinds and discounts', () => {
    expect(lineKindLabel('ADJUSTMENT')).toBe('Late usage');
    expect(lineKindLabel('NEW_KIND')).toBe('NEW_KIND');
    expect(discountLabel(1250)).toBe('12.5%');
    expect(discountLabel(0)).toBe('');
  });
});
