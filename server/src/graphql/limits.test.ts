import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from 'graphql';
import { queryLimitsRule } from './limits';

const schema = buildSchema(`
  type Item { id: ID! children(first: Int): [Item!]! }
  type Query { items(first: Int): [Item!]! item: Item }
`);
const check = (query: string, limits = { maxDepth: 4, maxAliases: 2, maxCost: 100 }) =>
  validate(schema, parse(query), [queryLimitsRule(limits)]).map((e) => e.extensions['limit']);

describe('query limits rule', () => {
  it('counts depth through fragments', () => {
    expect(check('{ item { children { children { id } } } }')).toEqual([]);
    expect(check('{ item { ...F } } fragment F on Item { children { children { children { id } } } }')).toEqual(['depth']);
  });

  it('counts aliases', () => {
    expect(check('{ a: item { id } b: item { id } }')).toEqual([]);
    expect(check('{ a: item { id } b: item { id } c: item { x: id } }')).toEqual(['aliases']);
  });

  it('multiplies the cost of a list by its page size, and assumes the largest page for variables', () => {
    expect(check('{ items(first: 10) { id } }')).toEqual([]); // 1 + 10 × 1
    expect(check('{ items(first: 10) { children(first: 10) { id } } }')).toEqual(['cost']); // 1 + 10 × (1 + 10)
    expect(check('query($n: Int) { items(first: $n) { id } }')).toEqual(['cost']); // 1 + 100 × 1
  });

  it('survives fragment cycles (graphql reports them itself)', () => {
    expect(() =>
      check('{ item { ...A } } fragment A on Item { children { ...B } } fragment B on Item { children { ...A } }'),
    ).not.toThrow();
  });
});
