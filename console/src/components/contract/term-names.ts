import { useMemo } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { termNames, type TermNames } from '../../lib/contract-terms-text';

/**
 * What contract pages need to name the IDs in terms (GPU types, regions, models, SLA policies)
 * and to offer them in the editor. Spread into a page query that declares `$staff: Boolean!`:
 * SLA policies are listed for platform staff only.
 */
export const ContractTermChoices = graphql(`
  fragment ContractTermChoices on Query {
    gpuTypes(first: 100) {
      nodes {
        id
        code
        status
      }
    }
    regions(first: 100) {
      nodes {
        id
        code
        name
        jurisdiction
        status
      }
    }
    models(first: 100) {
      nodes {
        id
        key
      }
    }
    slaPolicies(first: 100) @include(if: $staff) {
      nodes {
        id
        name
      }
    }
  }
`);

export type TermChoicesRef = FragmentType<typeof ContractTermChoices>;

export interface TermChoices {
  names: TermNames;
  gpuTypes: { id: string; code: string }[];
  regions: { id: string; code: string; name: string; jurisdiction: string }[];
  models: { id: string; key: string }[];
  slaPolicies: { id: string; name: string }[];
}

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code, 'en', { numeric: true });

/** The choices, sorted (retired GPU types and regions left out of what can be chosen), and the names. */
export function useTermChoices(
  ref: TermChoicesRef | null | undefined,
  extraNames: { slaPolicies?: { id: string; name: string }[] } = {},
): TermChoices {
  const data = ref ? getFragmentData(ContractTermChoices, ref) : null;
  const extra = extraNames.slaPolicies;
  return useMemo(() => {
    const gpuTypes = [...(data?.gpuTypes.nodes ?? [])].sort(byCode);
    const regions = [...(data?.regions.nodes ?? [])].sort(byCode);
    const models = [...(data?.models.nodes ?? [])].sort((a, b) => a.key.localeCompare(b.key));
    const slaPolicies = [...(data?.slaPolicies?.nodes ?? [])];
    return {
      names: termNames({ gpuTypes, regions, models, slaPolicies: [...slaPolicies, ...(extra ?? [])] }),
      gpuTypes: gpuTypes.filter((t) => t.status === 'ACTIVE'),
      regions: regions.filter((r) => r.status === 'ACTIVE'),
      models,
      slaPolicies,
    };
  }, [data, extra]);
}
