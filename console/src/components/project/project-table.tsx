import { Link } from 'wouter';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Mono } from '../ui/mono';
import { formatDateTime } from '../../lib/format';
import { projectPath } from '../../lib/paths';

export const ProjectTableRow = graphql(`
  fragment ProjectTableRow on Project {
    id
    name
    description
    createdAt
  }
`);

/** An organization's projects, each linking to its page. The caller shows the empty state. */
export function ProjectTable({ projects }: { projects: readonly FragmentType<typeof ProjectTableRow>[] }) {
  const rows = getFragmentData(ProjectTableRow, projects);
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col" className="hide-narrow">
              ID
            </th>
            <th scope="col" className="hide-narrow">
              Created
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id}>
              <td>
                <Link href={projectPath(p.id)} className="table__primary">
                  {p.name}
                </Link>
                {p.description && <div className="table__secondary">{p.description}</div>}
              </td>
              <td className="hide-narrow nowrap">
                <Mono>{p.id}</Mono>
              </td>
              <td className="hide-narrow nowrap">{formatDateTime(p.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
