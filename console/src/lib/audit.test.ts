import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_ACTIONS,
  auditSearch,
  auditVariables,
  hasAuditFilters,
  localDateTimeToIso,
  NO_AUDIT_FILTERS,
  parseAuditSearch,
  validateAuditFilters,
} from './audit';

const filters = (over: Partial<typeof NO_AUDIT_FILTERS>) => ({ ...NO_AUDIT_FILTERS, ...over });

describe('audit filters in the URL', () => {
  it('round-trips through the search string, leaving out what is empty', () => {
    const f = filters({ action: 'createApiKey', actorId: 'usr_06h1g288qe8mb0e8', from: '2025-11-01T00:00' });
    const search = auditSearch(f);
    expect(search).toBe('?action=createApiKey&actor=usr_06h1g288qe8mb0e8&from=2025-11-01T00%3A00');
    expect(parseAuditSearch(search)).toEqual(f);
    expect(auditSearch(NO_AUDIT_FILTERS)).toBe('');
    expect(parseAuditSearch('')).toEqual(NO_AUDIT_FILTERS);
    expect(hasAuditFilters(NO_AUDIT_FILTERS)).toBe(false);
    expect(hasAuditFilters(f)).toBe(true);
  });
});

describe('localDateTimeToIso', () => {
  it("reads the browser's local time", () => {
    expect(localDateTimeToIso('2025-11-26T09:30')).toBe(new Date(2025, 10, 26, 9, 30).toISOString());
    expect(localDateTimeToIso('2025-11-26T09:30:15')).toBe(new Date(2025, 10, 26, 9, 30, 15).toISOString());
  });

  it('refuses what is not a real date and time', () => {
    expect(localDateTimeToIso('2025-02-31T10:00')).toBeUndefined();
    expect(localDateTimeToIso('yesterday')).toBeUndefined();
    expect(localDateTimeToIso('')).toBeUndefined();
  });
});

describe('validateAuditFilters', () => {
  it('accepts no filters and good ones', () => {
    expect(validateAuditFilters(NO_AUDIT_FILTERS)).toEqual({});
    expect(validateAuditFilters(filters({ action: 'revokeApiKey', actorId: 'key_06h1g288qe8mb0e8zns7h2d71m' }))).toEqual({});
  });

  it('names each bad field', () => {
    expect(validateAuditFilters(filters({ actorId: 'org_06h1g288qe8mb0e8' })).actorId).toMatch(/usr_/);
    expect(validateAuditFilters(filters({ action: 'create api key' })).action).toMatch(/operation name/);
    expect(validateAuditFilters(filters({ from: '2025-11-26T10:00', to: '2025-11-26T09:00' })).to).toBe('The end must be after the start.');
    expect(validateAuditFilters(filters({ from: '2025-13-01T10:00' })).from).toBe('Enter a date and time.');
  });
});

describe('auditVariables', () => {
  it('sends only what is set, times as ISO instants', () => {
    expect(auditVariables(NO_AUDIT_FILTERS)).toEqual({});
    expect(auditVariables(filters({ action: ' signIn ', to: '2025-11-26T09:30' }))).toEqual({
      action: 'signIn',
      to: new Date(2025, 10, 26, 9, 30).toISOString(),
    });
  });
});

describe('AUDIT_ACTIONS', () => {
  it('lists each action once, sorted', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    expect([...AUDIT_ACTIONS].sort()).toEqual([...AUDIT_ACTIONS]);
  });

  it('suggests every mutation of the schema (add new ones to AUDIT_ACTIONS)', () => {
    const schema = buildSchema(readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8'));
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
    expect(mutations.filter((m) => !(AUDIT_ACTIONS as readonly string[]).includes(m))).toEqual([]);
  });
});
