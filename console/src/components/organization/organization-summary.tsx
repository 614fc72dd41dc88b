import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Badge } from '../ui/badge';
import { DescriptionList } from '../ui/description-list';
import { Mono } from '../ui/mono';
import { formatDateTime, humanize } from '../../lib/format';

export const OrganizationSummaryFragment = graphql(`
  fragment OrganizationSummary on Organization {
    id
    name
    slug
    kind
    status
    viewerRole
    createdAt
  }
`);

type Ref = FragmentType<typeof OrganizationSummaryFragment>;

/** Kind, status and the viewer's role as badges: the line under the organization's name. */
export function OrganizationBadges({ organization }: { organization: Ref }) {
  const org = getFragmentData(OrganizationSummaryFragment, organization);
  return (
    <>
      <Badge tone={org.status === 'ACTIVE' ? 'success' : 'danger'}>{humanize(org.status)}</Badge>
      <Badge tone={org.kind === 'INTERNAL' ? 'info' : 'neutral'}>{humanize(org.kind)}</Badge>
      {org.viewerRole && <Badge>Your role: {humanize(org.viewerRole)}</Badge>}
    </>
  );
}

/** The organization's details. */
export function OrganizationSummary({ organization }: { organization: Ref }) {
  const org = getFragmentData(OrganizationSummaryFragment, organization);
  return (
    <DescriptionList
      items={[
        { term: 'Name', value: org.name },
        { term: 'ID', value: <Mono>{org.id}</Mono> },
        { term: 'Slug', value: <Mono>{org.slug}</Mono> },
        { term: 'Kind', value: humanize(org.kind) },
        { term: 'Status', value: humanize(org.status) },
        { term: 'Your role', value: org.viewerRole ? humanize(org.viewerRole) : 'Not a member (platform access)' },
        { term: 'Created', value: formatDateTime(org.createdAt) },
      ]}
    />
  );
}
