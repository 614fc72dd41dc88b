import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob } from '../../server/src/jobs/contracts';
import { defineHandler } from './handler';
import { handlerRegistry, handlers } from './registry';

const a = defineJob({ name: 'a', queue: 'maintenance', payload: z.object({}), attempts: 1, backoffMs: 1 });
const b = defineJob({ name: 'b', queue: 'maintenance', payload: z.object({}), attempts: 1, backoffMs: 1 });
const run = async () => undefined;

describe('handler registry', () => {
  it('accepts exactly one handler per contract', () => {
    expect([...handlerRegistry([defineHandler(a, run), defineHandler(b, run)], [a, b]).keys()]).toEqual(['a', 'b']);
  });

  it('refuses a contract without a handler, a duplicate and an orphan, naming each', () => {
    expect(() => handlerRegistry([defineHandler(a, run)], [a, b])).toThrow('no handler for b');
    expect(() => handlerRegistry([defineHandler(a, run), defineHandler(a, run), defineHandler(b, run)], [a, b])).toThrow(
      'two handlers for a',
    );
    expect(() => handlerRegistry([defineHandler(a, run), defineHandler(b, run)], [a])).toThrow('handler b has no job contract');
  });

  it('covers every contract the server defines', () => {
    expect(() => handlerRegistry(handlers)).not.toThrow();
  });
});
