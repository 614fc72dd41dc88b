import { describe, expect, it } from 'vitest';
import { capacityRefusalOf } from './capacity-refusal';

describe('capacityRefusalOf', () => {
  it('reads the pool, GPUs missing and when from the server’s refusal', () => {
    const refusal = capacityRefusalOf({
      graphQLErrors: [
        {
          message: 'Commitment commitment_1 does not fit: Pool p-1 cannot reserve 40 GPUs …: 16 GPUs missing on 2027-01-01T00:00:00.000Z.',
          extensions: {
            code: 'CAPACITY_UNAVAILABLE',
            poolId: 'pool_1',
            gpus: 40,
            shortfallGpus: 16,
            at: '2027-01-01T00:00:00.000Z',
            commitmentId: 'commitment_1',
            requestId: 'req_1',
          },
        },
      ],
    });
    expect(refusal).toEqual({
      message: 'Commitment commitment_1 does not fit: Pool p-1 cannot reserve 40 GPUs …: 16 GPUs missing on 2027-01-01T00:00:00.000Z.',
      poolId: 'pool_1',
      gpus: 40,
      shortfallGpus: 16,
      at: '2027-01-01T00:00:00.000Z',
      commitmentId: 'commitment_1',
    });
  });

  it('takes the request id from the response header, and keeps only what the server sent', () => {
    const headers = new Headers({ 'x-request-id': 'req_9' });
    expect(
      capacityRefusalOf({
        graphQLErrors: [{ message: 'No pool has H100 GPUs in eu-west.', extensions: { code: 'CAPACITY_UNAVAILABLE' } }],
        response: { headers },
      }),
    ).toEqual({ message: 'No pool has H100 GPUs in eu-west.', requestId: 'req_9' });
  });

  it('is null for every other failure', () => {
    expect(capacityRefusalOf(null)).toBeNull();
    expect(capacityRefusalOf({ graphQLErrors: [{ message: 'x', extensions: { code: 'CONFLICT' } }] })).toBeNull();
    expect(capacityRefusalOf({ networkError: { message: 'down' } })).toBeNull();
  });
});
