import { Select } from '../ui/select';
import type { OrganizationChoice } from '../../lib/organizations';

export interface OrganizationSwitcherProps {
  /** From `organizationChoices()`: the viewer's memberships, then what staff may also see. */
  choices: { mine: OrganizationChoice[]; others: OrganizationChoice[] };
  currentId: string | null;
  onChange(id: string): void;
}

/**
 * Picks the current organization. The shell's query owns the data (it also decides where `/`
 * goes), so this takes the computed choices rather than a fragment.
 */
export function OrganizationSwitcher({ choices: { mine, others }, currentId, onChange }: OrganizationSwitcherProps) {
  const total = mine.length + others.length;
  const known = [...mine, ...others].some((o) => o.id === currentId);
  const options = (list: OrganizationChoice[]) =>
    list.map((o) => (
      <option key={o.id} value={o.id}>
        {o.name}
      </option>
    ));

  return (
    <Select
      label="Organization"
      hideLabel
      className="switcher"
      value={known && currentId ? currentId : ''}
      onChange={(e) => e.target.value && onChange(e.target.value)}
      disabled={total === 0}
    >
      {!known && <option value="">{total === 0 ? 'No organizations' : 'Choose an organization…'}</option>}
      {mine.length > 0 && others.length > 0 ? (
        <>
          <optgroup label="Your organizations">{options(mine)}</optgroup>
          <optgroup label="All organizations">{options(others)}</optgroup>
        </>
      ) : (
        options([...mine, ...others])
      )}
    </Select>
  );
}
