/**
 * The organizations a person can switch between. Members see their memberships (with a role);
 * operators and account managers may have none and see every organization through the
 * `organizations` connection. Pure, so the shell's choices are tested without a browser.
 */

export interface OrganizationChoice {
  id: string;
  name: string;
  /** The viewer's role, when they are a member. */
  role: string | null;
}

interface Named {
  id: string;
  name: string;
}

const byName = (a: Named, b: Named) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id);

/** Memberships first (by name), then the other visible organizations (by name); each ID once. */
export function organizationChoices(
  memberships: readonly { role: string; organization: Named }[],
  visible: readonly Named[],
): { mine: OrganizationChoice[]; others: OrganizationChoice[] } {
  const mine = memberships.map((m) => ({ id: m.organization.id, name: m.organization.name, role: m.role })).sort(byName);
  const seen = new Set(mine.map((o) => o.id));
  const others: OrganizationChoice[] = [];
  for (const org of [...visible].sort(byName)) {
    if (seen.has(org.id)) continue;
    seen.add(org.id);
    others.push({ id: org.id, name: org.name, role: null });
  }
  return { mine, others };
}

/** Where `/` goes: the organization used last if it is still visible, else the first one. */
export function defaultOrganization(
  choices: { mine: OrganizationChoice[]; others: OrganizationChoice[] },
  lastUsed: string | null,
): string | null {
  const all = [...choices.mine, ...choices.others];
  if (lastUsed && all.some((o) => o.id === lastUsed)) return lastUsed;
  return all[0]?.id ?? null;
}
