import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { DescriptionList } from '../ui/description-list';
import { residencyText, termText, type TermNames } from '../../lib/contract-terms-text';

export const ContractTermsDetails = graphql(`
  fragment ContractTermsDetails on ContractTermsView {
    gpuDiscounts {
      gpuTypeId
      priceClass
      percent
    }
    tokenDiscounts {
      modelId
      percent
    }
    spendCap {
      mode
      monthly
    }
    allowedJurisdictions
    allowedRegionIds
    retentionDays
    noTraining
    slaPolicyId
    slaPolicy {
      id
      name
      targets {
        service
        availabilityPercent
      }
    }
    onDemandReclaimable
  }
`);

export type ContractTermsRef = FragmentType<typeof ContractTermsDetails>;

/** The terms of a contract version, read-only, in words. */
export function ContractTermsList({ terms, names, currency }: { terms: ContractTermsRef; names: TermNames; currency: string }) {
  const t = getFragmentData(ContractTermsDetails, terms);
  const text = (path: string, value: unknown) => termText(path, value, names, currency);
  const sla = t.slaPolicy
    ? `${t.slaPolicy.name} (${t.slaPolicy.targets.map((x) => `${x.service === 'GPU_COMPUTE' ? 'GPU compute' : 'Model API'} ${x.availabilityPercent}%`).join(', ')})`
    : text('slaPolicyId', t.slaPolicyId);
  return (
    <DescriptionList
      items={[
        { term: 'GPU discounts', value: text('gpuDiscounts', t.gpuDiscounts) },
        { term: 'Token discounts', value: text('tokenDiscounts', t.tokenDiscounts) },
        { term: 'Monthly spend cap', value: text('spendCap', t.spendCap) },
        { term: 'Data residency', value: residencyText(t.allowedJurisdictions, t.allowedRegionIds, names) },
        { term: 'Retention', value: text('retentionDays', t.retentionDays) },
        { term: 'No training', value: text('noTraining', t.noTraining) },
        { term: 'SLA', value: sla },
        { term: 'On-demand work', value: text('onDemandReclaimable', t.onDemandReclaimable) },
      ]}
    />
  );
}
