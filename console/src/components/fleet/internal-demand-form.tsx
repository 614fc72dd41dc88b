import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { formatInteger } from '../../lib/format';
import { validateInternalDemand } from '../../lib/validation';
import { PoolGpuCountForm } from './pool-gpu-count-form';

const SetInternalDemandMutation = graphql(`
  mutation SetInternalDemand($input: SetInternalDemandInput!) {
    setInternalDemand(input: $input) {
      id
      internalDemandGpus
    }
  }
`);

export interface InternalDemandFormProps {
  poolId: string;
  demand: number;
  totalGpus: number;
  floor: number;
  onDemandReclaimable: boolean;
}

/**
 * Sets how many GPUs the owner's own work wants in the pool now. Above what is idle, the scheduler
 * preempts SPOT work at once and, where the pool allows it, ON_DEMAND after notice; the page lists
 * the preemptions as they happen.
 */
export function InternalDemandForm({ poolId, demand, totalGpus, floor, onDemandReclaimable }: InternalDemandFormProps) {
  const [state, update] = useMutation(SetInternalDemandMutation);
  return (
    <PoolGpuCountForm
      title="Internal demand"
      label="Internal demand (GPUs)"
      field="gpus"
      current={demand}
      totalGpus={totalGpus}
      validate={validateInternalDemand}
      save={async (gpus) => {
        const result = await update({ input: { poolId, gpus } });
        return { saved: result.data?.setInternalDemand.internalDemandGpus, error: result.error };
      }}
      saving={state.fetching}
      submitLabel="Set demand"
      hint={`What the owner’s own work wants now, 0 to ${formatInteger(totalGpus)}. Above what is idle it preempts spot work at once${
        onDemandReclaimable ? ', then on-demand work after notice' : ''
      }; reserved work is never touched.`}
      saved={(gpus) => (
        <>
          Internal demand set to {formatInteger(gpus)} GPUs.{' '}
          {gpus > floor ? 'Work it reclaims is listed under Preemptions as it happens.' : 'Nothing above the floor is reclaimed.'}
        </>
      )}
    />
  );
}
