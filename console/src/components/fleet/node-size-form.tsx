import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { Alert } from '../ui/alert';
import { Button } from '../ui/button';
import { ErrorAlert } from '../ui/error-alert';
import { TextField } from '../ui/text-field';
import { describeError, type ErrorInfo } from '../../lib/errors';
import { amountText, NODE_RESOURCE_LIMITS, optionalAmount, optionalAmountError } from '../../lib/node-resources';

const UpdatePoolNodeSizeMutation = graphql(`
  mutation UpdatePoolNodeSize($input: UpdateNodePoolInput!) {
    updateNodePool(input: $input) {
      id
      vcpusPerNode
      memoryGibPerNode
    }
  }
`);

export interface NodeSizeFormProps {
  poolId: string;
  gpusPerNode: number;
  vcpusPerNode: number | null;
  memoryGibPerNode: number | null;
}

type Field = 'vcpusPerNode' | 'memoryGibPerNode';

/**
 * The CPU and memory of each of a pool's nodes, set by operators: the scheduler then places work
 * only where its CPU and memory are free too, and a job that gives none gets its GPUs' share.
 * Empty: not counted. The server refuses a size smaller than what work on a node already holds.
 */
export function NodeSizeForm({ poolId, gpusPerNode, vcpusPerNode, memoryGibPerNode }: NodeSizeFormProps) {
  const [state, update] = useMutation(UpdatePoolNodeSizeMutation);
  const [values, setValues] = useState({ vcpusPerNode: amountText(vcpusPerNode), memoryGibPerNode: amountText(memoryGibPerNode) });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<ErrorInfo | null>(null);
  const [saved, setSaved] = useState(false);

  const check = (v: typeof values) => ({
    vcpusPerNode: optionalAmountError(v.vcpusPerNode, NODE_RESOURCE_LIMITS.vcpus, 'vCPUs', 'not counted'),
    memoryGibPerNode: optionalAmountError(v.memoryGibPerNode, NODE_RESOURCE_LIMITS.memoryGib, 'GiB', 'not counted'),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (state.fetching) return;
    setFormError(null);
    setSaved(false);
    const problems = check(values);
    setErrors(problems);
    if (problems.vcpusPerNode || problems.memoryGibPerNode) return;
    const result = await update({
      input: { id: poolId, vcpusPerNode: optionalAmount(values.vcpusPerNode), memoryGibPerNode: optionalAmount(values.memoryGibPerNode) },
    });
    if (result.error || !result.data) {
      const info = describeError(result.error ?? { graphQLErrors: [] });
      const field = info.field?.replace(/^input\./, '');
      if (info.code === 'BAD_USER_INPUT' && (field === 'vcpusPerNode' || field === 'memoryGibPerNode'))
        setErrors({ [field]: info.message });
      else setFormError(info);
      return;
    }
    setSaved(true);
  }

  const field = (name: Field, label: string, unit: string) => (
    <TextField
      label={label}
      name={name}
      inputMode="decimal"
      autoComplete="off"
      value={values[name]}
      onChange={(e) => {
        const next = { ...values, [name]: e.target.value };
        setValues(next);
        setSaved(false);
        if (errors[name]) setErrors(check(next));
      }}
      error={errors[name]}
      hint={`Empty: not counted. A job that gives none gets ${unit} ÷ ${gpusPerNode} per GPU it asks.`}
    />
  );

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Node size">
      {formError && <ErrorAlert error={formError} />}
      {saved && <Alert tone="success">Node size saved.</Alert>}
      {field('vcpusPerNode', 'vCPUs per node', 'the vCPUs')}
      {field('memoryGibPerNode', 'Memory per node (GiB)', 'the memory')}
      <div className="form__actions form__actions--start">
        <Button type="submit" variant="primary" loading={state.fetching}>
          {state.fetching ? 'Saving…' : 'Save node size'}
        </Button>
      </div>
    </form>
  );
}
