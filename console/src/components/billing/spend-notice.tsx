import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { Alert } from '../ui/alert';
import { formatMicros } from '../../lib/money';

const SpendNoticeQuery = graphql(`
  query SpendNotice($org: ID!) {
    spendStatus(organizationId: $org) {
      currency
      cap
      mode
      spent
      percent
      alerts {
        thresholdPercent
        createdAt
      }
    }
  }
`);

/**
 * The notice a spend-cap alert raises: shown once this month's spend (rated usage plus what
 * running jobs hold) has crossed 50, 80 or 100% of the contract's monthly cap. Nothing otherwise.
 */
export function SpendNotice({ organizationId }: { organizationId: string }) {
  const [{ data }] = useQuery({ query: SpendNoticeQuery, variables: { org: organizationId } });
  const status = data?.spendStatus;
  const top = status?.alerts[0];
  if (!status || !top || !status.cap) return null;
  const hard = status.mode === 'HARD';
  return (
    <Alert
      tone={top.thresholdPercent >= 100 || (hard && top.thresholdPercent >= 80) ? 'danger' : 'warning'}
      title={`Spend cap: ${top.thresholdPercent}% reached`}
    >
      {formatMicros(status.spent, status.currency)} spent or held this month of a {formatMicros(status.cap, status.currency)} monthly cap
      {status.percent !== null && ` (${status.percent}%)`}.{' '}
      {hard ? 'Work that would pass the cap waits until next month or a higher cap.' : 'The cap only alerts: work is not stopped.'}
    </Alert>
  );
}
