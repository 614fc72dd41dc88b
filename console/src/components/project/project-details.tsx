import { Link } from 'wouter';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { DescriptionList } from '../ui/description-list';
import { Mono } from '../ui/mono';
import { formatDateTime } from '../../lib/format';
import { organizationPath } from '../../lib/paths';

export const ProjectDetailsFragment = graphql(`
  fragment ProjectDetails on Project {
    id
    name
    slug
    description
    createdAt
    updatedAt
    organization {
      id
      name
    }
  }
`);

export function ProjectDetails({ project }: { project: FragmentType<typeof ProjectDetailsFragment> }) {
  const p = getFragmentData(ProjectDetailsFragment, project);
  return (
    <DescriptionList
      items={[
        { term: 'Name', value: p.name },
        { term: 'ID', value: <Mono>{p.id}</Mono> },
        { term: 'Slug', value: <Mono>{p.slug}</Mono> },
        { term: 'Organization', value: <Link href={organizationPath(p.organization.id)}>{p.organization.name}</Link> },
        { term: 'Description', value: p.description || <span className="muted">No description</span> },
        { term: 'Created', value: formatDateTime(p.createdAt) },
        { term: 'Updated', value: formatDateTime(p.updatedAt) },
      ]}
    />
  );
}
