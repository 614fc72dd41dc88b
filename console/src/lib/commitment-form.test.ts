import { describe, expect, it } from 'vitest';
import { addCommitmentInput, commitmentFieldOf, emptyCommitmentForm, validateCommitmentForm } from './commitment-form';

const period = { startsAt: '2027-01-01T00:00:00.000Z', endsAt: '2028-01-01T00:00:00.000Z' };

describe('the commitment form', () => {
  it('covers the whole contract by default', () => {
    expect(emptyCommitmentForm(period)).toMatchObject({ startsOn: '2027-01-01', endsOn: '2028-01-01' });
  });

  it('sends GPUs, UTC days and the rate in micro-units', () => {
    const values = { ...emptyCommitmentForm(period), gpuTypeId: 'gpuType_1', regionId: 'region_1', gpus: '16', rate: '2.10', reason: ' ' };
    expect(validateCommitmentForm(values, period)).toEqual({});
    expect(addCommitmentInput(values, 'contract_1')).toEqual({
      contractId: 'contract_1',
      gpuTypeId: 'gpuType_1',
      regionId: 'region_1',
      gpus: 16,
      startsAt: '2027-01-01T00:00:00.000Z',
      endsAt: '2028-01-01T00:00:00.000Z',
      ratePerGpuHour: '2100000',
      reason: null,
    });
  });

  it('keeps a commitment inside its contract and checks every field', () => {
    expect(
      validateCommitmentForm(
        { gpuTypeId: '', regionId: '', gpus: '0', startsOn: '2026-12-31', endsOn: '2028-01-02', rate: 'cheap', reason: '' },
        period,
      ),
    ).toEqual({
      gpuTypeId: 'Choose a GPU type.',
      regionId: 'Choose a region.',
      gpus: 'A whole number from 1 to 100,000.',
      startsOn: 'A commitment starts within its contract.',
      endsOn: 'A commitment ends within its contract.',
      rate: 'Enter an amount like 2.10 (at most six decimals).',
    });
  });

  it('maps the server’s field errors', () => {
    expect(commitmentFieldOf('input.ratePerGpuHour')).toBe('rate');
    expect(commitmentFieldOf('input.startsAt')).toBe('startsOn');
    expect(commitmentFieldOf('input.contractId')).toBeUndefined();
  });
});
