import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Select } from '../ui/select';

export const ProjectSwitcherItem = graphql(`
  fragment ProjectSwitcherItem on Project {
    id
    name
  }
`);

export interface ProjectSwitcherProps {
  /** Null while the organization's projects load. */
  projects: readonly FragmentType<typeof ProjectSwitcherItem>[] | null;
  currentId: string | null;
  onChange(id: string): void;
}

/** Jumps to a project of the current organization. */
export function ProjectSwitcher(props: ProjectSwitcherProps) {
  const projects = props.projects ? getFragmentData(ProjectSwitcherItem, props.projects) : null;
  const sorted = projects ? [...projects].sort((a, b) => a.name.localeCompare(b.name)) : [];
  const known = sorted.some((p) => p.id === props.currentId);
  const placeholder = projects === null ? 'Loading projects…' : sorted.length === 0 ? 'No projects' : 'Select a project';
  return (
    <Select
      label="Project"
      hideLabel
      className="switcher"
      value={known && props.currentId ? props.currentId : ''}
      onChange={(e) => e.target.value && props.onChange(e.target.value)}
      disabled={!projects || sorted.length === 0}
    >
      <option value="">{placeholder}</option>
      {sorted.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </Select>
  );
}
