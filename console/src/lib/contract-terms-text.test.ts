import { describe, expect, it } from 'vitest';
import { changeText, residencyText, termNames, termText } from './contract-terms-text';

const names = termNames({
  gpuTypes: [{ id: 'gpuType_1', code: 'H100-80GB' }],
  regions: [
    { id: 'region_1', code: 'eu-west' },
    { id: 'region_2', code: 'uk-south' },
  ],
  models: [{ id: 'model_1', key: 'meta/llama-3.3-70b' }],
  slaPolicies: [{ id: 'sla_1', name: 'Enterprise 99.9' }],
});

describe('contract history diff', () => {
  it('shows a changed discount from → to, with GPU types by code', () => {
    expect(
      changeText(
        {
          path: 'gpuDiscounts',
          from: [{ gpuTypeId: 'gpuType_1', priceClass: 'RESERVED', percent: 15 }],
          to: [
            { gpuTypeId: 'gpuType_1', priceClass: 'RESERVED', percent: 20 },
            { gpuTypeId: 'gpuType_9', priceClass: 'ON_DEMAND', percent: 5 },
          ],
        },
        names,
        'USD',
      ),
    ).toEqual({
      path: 'gpuDiscounts',
      label: 'GPU discounts',
      from: 'H100-80GB reserved 15%',
      to: 'H100-80GB reserved 20%; gpuType_9 on demand 5%',
    });
  });

  it('reads the spend cap as versions store it (monthlyMicros) and as the API shows it (monthly)', () => {
    const change = changeText({ path: 'spendCap', from: null, to: { monthlyMicros: '25000000000', mode: 'HARD' } }, names, 'USD');
    expect(change).toMatchObject({
      label: 'Monthly spend cap',
      from: 'No cap',
      to: '$25,000.00 a month, hard: work that would pass it is refused',
    });
    expect(termText('spendCap', { monthly: '1000000', mode: 'ALERT' }, names, 'EUR')).toBe('€1.00 a month, alert only');
  });

  it('words every other term', () => {
    expect(
      termText(
        'tokenDiscounts',
        [
          { modelId: null, percent: 10 },
          { modelId: 'model_1', percent: 5 },
        ],
        names,
        'USD',
      ),
    ).toBe('Every model 10%; meta/llama-3.3-70b 5%');
    expect(termText('tokenDiscounts', [], names, 'USD')).toBe('None');
    expect(termText('allowedJurisdictions', [], names, 'USD')).toBe('Any');
    expect(termText('allowedRegionIds', ['region_1', 'region_2'], names, 'USD')).toBe('eu-west, uk-south');
    expect(termText('retentionDays', 0, names, 'USD')).toBe('Nothing kept');
    expect(termText('retentionDays', 1, names, 'USD')).toBe('1 day');
    expect(termText('noTraining', true, names, 'USD')).toBe('Yes: never used for training');
    expect(termText('slaPolicyId', 'sla_1', names, 'USD')).toBe('Enterprise 99.9');
    expect(termText('slaPolicyId', null, names, 'USD')).toBe('None');
    expect(termText('onDemandReclaimable', false, names, 'USD')).toBe('Never reclaimed');
    expect(changeText({ path: 'somethingNew', from: 1, to: { a: 2 } }, names, 'USD')).toEqual({
      path: 'somethingNew',
      label: 'Somethingnew',
      from: '1',
      to: '{"a":2}',
    });
  });

  it('says where work may run from both residency terms', () => {
    expect(residencyText([], [], names)).toBe('Anywhere');
    expect(residencyText(['EU', 'UK'], ['region_1'], names)).toBe('EU, UK; regions eu-west');
  });
});
