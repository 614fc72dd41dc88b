import { describe, expect, it } from 'vitest';
import { GresParseError, UNTYPED_GPU, allocatedGpusByType, gpusByType, parseGres } from './slurm-gres';

describe('parseGres', () => {
  it.each([
    ['gpu:h100:8', [{ name: 'gpu', type: 'h100', count: 8 }]],
    ['gpu:h100:3(IDX:0-2)', [{ name: 'gpu', type: 'h100', count: 3 }]],
    ['gpu:h100:0(IDX:N/A)', [{ name: 'gpu', type: 'h100', count: 0 }]],
    ['gpu:8', [{ name: 'gpu', type: null, count: 8 }]],
    ['gpu:h100:8(S:0-1)', [{ name: 'gpu', type: 'h100', count: 8 }]],
    ['gpu', [{ name: 'gpu', type: null, count: 1 }]],
    ['gpu:h100', [{ name: 'gpu', type: 'h100', count: 1 }]],
    ['gpu:nvidia_h100_80gb_hbm3:4', [{ name: 'gpu', type: 'nvidia_h100_80gb_hbm3', count: 4 }]],
    ['gpu:h100:no_consume:2', [{ name: 'gpu', type: 'h100', count: 2 }]],
    ['mps:1K', [{ name: 'mps', type: null, count: 1024 }]],
  ])('%s', (input, expected) => {
    expect(parseGres(input)).toEqual(expected);
  });

  it('reads several comma-separated entries, commas inside annotations included', () => {
    expect(parseGres('gpu:a100:2(IDX:0,3),gpu:h100:4(S:0-1),mps:200')).toEqual([
      { name: 'gpu', type: 'a100', count: 2 },
      { name: 'gpu', type: 'h100', count: 4 },
      { name: 'mps', type: null, count: 200 },
    ]);
  });

  it.each(['N/A', '(null)', '', '   ', null, undefined])('reads %j as no gres', (input) => {
    expect(parseGres(input)).toEqual([]);
  });

  it.each(['gpu:h100:8(IDX:0-2', 'gpu:h100:8)', ':8', 'gpu:a:b:8', 'gpu:h100:8,,gpu:1', '8'])('refuses %j', (input) => {
    expect(() => parseGres(input)).toThrow(GresParseError);
  });
});

describe('gpusByType', () => {
  it('counts gpu entries per type, ignoring other gres', () => {
    expect(gpusByType('gpu:h100:4(S:0),gpu:h100:4(S:1),gpu:a100:2,mps:400')).toEqual(
      new Map([
        ['h100', 8],
        ['a100', 2],
      ]),
    );
  });

  it('puts GPUs without a type under UNTYPED_GPU', () => {
    expect(gpusByType('gpu:8')).toEqual(new Map([[UNTYPED_GPU, 8]]));
  });

  it('is empty for a node without GPUs', () => {
    expect(gpusByType('N/A')).toEqual(new Map());
    expect(gpusByType('mps:100')).toEqual(new Map());
  });
});

describe('allocatedGpusByType', () => {
  it('reads gres_used per type', () => {
    expect(allocatedGpusByType('gpu:h100:8', 'gpu:h100:3(IDX:0-2)')).toEqual(new Map([['h100', 3]]));
    expect(allocatedGpusByType('gpu:h100:8', 'gpu:h100:0(IDX:N/A)')).toEqual(new Map([['h100', 0]]));
  });

  it('is zero for every type when nothing is used', () => {
    expect(allocatedGpusByType('gpu:h100:4,gpu:a100:2', 'N/A')).toEqual(
      new Map([
        ['h100', 0],
        ['a100', 0],
      ]),
    );
  });

  it('keeps types apart on a mixed node', () => {
    expect(allocatedGpusByType('gpu:h100:4,gpu:a100:2', 'gpu:h100:1(IDX:0),gpu:a100:2(IDX:0-1)')).toEqual(
      new Map([
        ['h100', 1],
        ['a100', 2],
      ]),
    );
  });

  it('charges an untyped use to every type, capped at what the type has (never undercounts)', () => {
    expect(allocatedGpusByType('gpu:h100:4,gpu:a100:2', 'gpu:3')).toEqual(
      new Map([
        ['h100', 3],
        ['a100', 2],
      ]),
    );
  });

  it('handles untyped GPUs on both sides', () => {
    expect(allocatedGpusByType('gpu:8', 'gpu:5(IDX:0-4)')).toEqual(new Map([[UNTYPED_GPU, 5]]));
  });

  it('never reports more in use than the node has', () => {
    expect(allocatedGpusByType('gpu:h100:2', 'gpu:h100:3')).toEqual(new Map([['h100', 2]]));
  });
});
