import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { formatInteger } from '../../lib/format';
import { validateFloor } from '../../lib/validation';
import { PoolGpuCountForm } from './pool-gpu-count-form';

const UpdatePoolFloorMutation = graphql(`
  mutation UpdatePoolFloor($input: UpdateNodePoolInput!) {
    updateNodePool(input: $input) {
      id
      internalFloorGpus
    }
  }
`);

export interface FloorFormProps {
  poolId: string;
  floor: number;
  totalGpus: number;
  /** The most GPUs committed at any instant ahead: the floor must fit beside it. */
  peakCommittedGpus: number;
}

/**
 * Changes how many GPUs the owner's own work keeps. The server refuses (CONFLICT, with the
 * numbers) a floor that no longer fits beside the commitments; the form shows that as it is.
 */
export function FloorForm({ poolId, floor, totalGpus, peakCommittedGpus }: FloorFormProps) {
  const [state, update] = useMutation(UpdatePoolFloorMutation);
  return (
    <PoolGpuCountForm
      title="Internal floor"
      label="Internal floor (GPUs)"
      field="internalFloorGpus"
      current={floor}
      totalGpus={totalGpus}
      validate={validateFloor}
      save={async (gpus) => {
        const result = await update({ input: { id: poolId, internalFloorGpus: gpus } });
        return { saved: result.data?.updateNodePool.internalFloorGpus, error: result.error };
      }}
      saving={state.fetching}
      submitLabel="Save floor"
      conflictTitle="The floor does not fit beside the commitments"
      hint={`Held back for the owner’s own work, from 0 to ${formatInteger(totalGpus)}. Commitments peak at ${formatInteger(peakCommittedGpus)} GPUs, so at most ${formatInteger(Math.max(0, totalGpus - peakCommittedGpus))} fits beside them.`}
      saved={(gpus) => `Floor set to ${formatInteger(gpus)} GPUs.`}
    />
  );
}
