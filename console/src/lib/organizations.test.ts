import { describe, expect, it } from 'vitest';
import { defaultOrganization, organizationChoices } from './organizations';

const org = (id: string, name: string) => ({ id, name });

describe('organizationChoices', () => {
  it('lists memberships by name with their roles, then the other visible organizations, each once', () => {
    const choices = organizationChoices(
      [
        { role: 'MEMBER', organization: org('org_b', 'beta') },
        { role: 'ADMIN', organization: org('org_a', 'Acme') },
      ],
      [org('org_z', 'Zeta'), org('org_a', 'Acme'), org('org_c', 'Cyan'), org('org_b', 'beta')],
    );
    expect(choices.mine).toEqual([
      { id: 'org_a', name: 'Acme', role: 'ADMIN' },
      { id: 'org_b', name: 'beta', role: 'MEMBER' },
    ]);
    expect(choices.others).toEqual([
      { id: 'org_c', name: 'Cyan', role: null },
      { id: 'org_z', name: 'Zeta', role: null },
    ]);
  });

  it('gives operators without memberships every visible organization', () => {
    const choices = organizationChoices([], [org('org_2', 'Two'), org('org_1', 'One')]);
    expect(choices.mine).toEqual([]);
    expect(choices.others.map((o) => o.id)).toEqual(['org_1', 'org_2']);
  });
});

describe('defaultOrganization', () => {
  const choices = organizationChoices([{ role: 'OWNER', organization: org('org_a', 'Acme') }], [org('org_b', 'Beta')]);

  it('prefers the organization used last when it is still visible', () => {
    expect(defaultOrganization(choices, 'org_b')).toBe('org_b');
  });

  it('falls back to the first choice', () => {
    expect(defaultOrganization(choices, 'org_gone')).toBe('org_a');
    expect(defaultOrganization(choices, null)).toBe('org_a');
  });

  it('is null without any organization', () => {
    expect(defaultOrganization({ mine: [], others: [] }, 'org_a')).toBeNull();
  });
});
