import { describe, expect, it } from 'vitest';
import { idKind, isIdOf, newId } from './ids';

describe('ids', () => {
  it('are prefixed, 26 characters of lower-case Crockford base32, and name their kind', () => {
    const id = newId('organization');
    expect(id).toMatch(/^org_[0-9a-hjkmnp-tv-z]{26}$/);
    expect(idKind(id)).toBe('organization');
    expect(isIdOf('project', id)).toBe(false);
  });

  it('sort by creation time', () => {
    const ids = [3, 1, 2].map((t) => newId('project', 1_700_000_000_000 + t * 1000));
    expect([...ids].sort()).toEqual([ids[1], ids[2], ids[0]]);
  });

  it('increase strictly within a process, even within one millisecond', () => {
    const ids = Array.from({ length: 2_000 }, () => newId('jobEvent'));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are unique within a millisecond', () => {
    const now = Date.now();
    expect(new Set(Array.from({ length: 10_000 }, () => newId('job' as never, now))).size).toBe(10_000);
  });

  it('refuse what is not one of ours', () => {
    for (const bad of [
      'org_',
      'org_0123',
      'xyz_0123456789abcdefghjkmnpq',
      'ORG_0123456789ABCDEFGHJKMNPQ',
      'org_0123456789abcdefghjkmnpi',
    ]) {
      expect(idKind(bad), bad).toBeUndefined();
    }
  });
});
