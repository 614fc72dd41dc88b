import type { CapacityClass, PricedClass, QuoteGpuInput, SubmitJobInput } from '../gql/graphql';
import type { FieldErrors } from './validation';
import { NODE_RESOURCE_LIMITS, optionalAmount, optionalAmountError } from './node-resources';

/**
 * The "Submit a job" form: its values as typed, the checks run before anything is sent (the
 * server's limits, server/src/modules/jobs/job-submit.service.ts, mirrored: the server checks
 * again and has the last word), the mutation's input, the live quotes it asks for, and where a
 * server error naming `input.…` belongs on the form. Pure.
 */

/** The server's limits (JOB_LIMITS). */
export const JOB_FORM_LIMITS = {
  name: 120,
  image: 300,
  commandArgs: 100,
  commandArg: 4_096,
  scriptBytes: 64 * 1024,
  gpuTypes: 10,
  regions: 20,
  gpusPerNode: 1_024,
  nodes: 256,
  vcpusPerNode: NODE_RESOURCE_LIMITS.vcpus,
  memoryGibPerNode: NODE_RESOURCE_LIMITS.memoryGib,
  minDurationSeconds: 60,
  maxDurationSeconds: 30 * 86_400,
  environmentVars: 64,
  environmentBytes: 64 * 1024,
} as const;

const IMAGE = /^[\w.-]+(?::\d+)?(?:\/[\w.-]+)*(?::[\w.-]{1,128})?(?:@sha256:[a-f0-9]{64})?$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
const WHOLE = /^\d+$/;
const HOURS = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

export interface EnvironmentRow {
  /** Stable across edits, for React keys; never sent. */
  key: string;
  name: string;
  /** Write-only: sent once, sealed by the server, never shown again. */
  value: string;
}

export interface JobFormValues {
  name: string;
  /** Run a container image (with its arguments) or a shell script. */
  runMode: 'image' | 'script';
  image: string;
  /** The container's command and arguments, one per line. */
  command: string;
  script: string;
  /** Acceptable GPU types, most preferred first. */
  gpuTypeIds: string[];
  gpusPerNode: string;
  nodes: string;
  /** Optional, as typed ("24", "0.5"); empty: the pool's share for the GPUs asked. */
  vcpusPerNode: string;
  /** Optional, GiB as typed; empty: the pool's share. */
  memoryGibPerNode: string;
  /** Acceptable regions; none: any the contract allows. */
  regionIds: string[];
  capacityClass: CapacityClass;
  /** Hours, as typed ("2", "0.5"). */
  maxDurationHours: string;
  environment: EnvironmentRow[];
  requeueOnPreemption: boolean;
}

export type JobField =
  | 'name'
  | 'image'
  | 'command'
  | 'script'
  | 'gpuTypeIds'
  | 'gpusPerNode'
  | 'nodes'
  | 'vcpusPerNode'
  | 'memoryGibPerNode'
  | 'regionIds'
  | 'capacityClass'
  | 'maxDuration'
  | 'environment'
  | `env.${number}.name`
  | `env.${number}.value`;

/** The order errors are focused in: the first one on the page gets the focus. */
export const JOB_FIELD_ORDER: readonly string[] = [
  'name',
  'image',
  'command',
  'script',
  'gpuTypeIds',
  'gpusPerNode',
  'nodes',
  'vcpusPerNode',
  'memoryGibPerNode',
  'regionIds',
  'capacityClass',
  'maxDuration',
  'environment',
];

export function emptyJobForm(overrides: Partial<JobFormValues> = {}): JobFormValues {
  return {
    name: '',
    runMode: 'image',
    image: '',
    command: '',
    script: '',
    gpuTypeIds: [],
    gpusPerNode: '8',
    nodes: '1',
    vcpusPerNode: '',
    memoryGibPerNode: '',
    regionIds: [],
    capacityClass: 'ON_DEMAND',
    maxDurationHours: '1',
    environment: [],
    requeueOnPreemption: false,
    ...overrides,
  };
}

/** Lines of the command box, trimmed, blank lines dropped. */
export function commandArgs(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Whole seconds for the hours typed, or undefined when they are not a number. */
export function durationSeconds(hours: string): number | undefined {
  const text = hours.trim();
  if (!HOURS.test(text)) return undefined;
  const seconds = Math.round(Number(text) * 3600);
  return Number.isFinite(seconds) ? seconds : undefined;
}

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** Rows with a name or a value; entirely empty rows are left out (not sent, not flagged). */
export function filledEnvironmentRows(rows: readonly EnvironmentRow[]): number[] {
  return rows.flatMap((row, i) => (row.name.trim() || row.value ? [i] : []));
}

function wholeError(text: string, min: number, max: number, what: string): string | undefined {
  const t = text.trim();
  if (!t) return `Enter the number of ${what}.`;
  if (!WHOLE.test(t)) return `Enter a whole number of ${what}.`;
  const n = Number(t);
  if (n < min || n > max) return `From ${min} to ${max.toLocaleString('en-US')} ${what}.`;
  return undefined;
}

export function validateJobForm(values: JobFormValues): FieldErrors<JobField> {
  const errors: FieldErrors<JobField> = {};
  const L = JOB_FORM_LIMITS;

  const name = values.name.trim();
  if (!name) errors.name = 'Name the job, e.g. “finetune-llama-70b”.';
  else if (name.length > L.name) errors.name = `Use at most ${L.name} characters.`;

  if (values.runMode === 'image') {
    const image = values.image.trim();
    if (!image) errors.image = 'Enter the container image to run.';
    else if (image.length > L.image || !IMAGE.test(image)) errors.image = 'Enter an image reference like registry.example/team/train:1.4.';
    const args = commandArgs(values.command);
    if (args.length > L.commandArgs) errors.command = `At most ${L.commandArgs} arguments (one per line).`;
    else if (args.some((a) => a.length > L.commandArg))
      errors.command = `An argument is at most ${L.commandArg.toLocaleString('en-US')} characters.`;
  } else {
    if (!values.script.trim()) errors.script = 'Enter the script to run.';
    else if (bytes(values.script) > L.scriptBytes)
      errors.script = `The script is ${bytes(values.script).toLocaleString('en-US')} bytes; at most 65,536 are accepted.`;
  }

  if (values.gpuTypeIds.length === 0) errors.gpuTypeIds = 'Choose at least one GPU type.';
  else if (values.gpuTypeIds.length > L.gpuTypes) errors.gpuTypeIds = `Choose at most ${L.gpuTypes} GPU types.`;
  if (values.regionIds.length > L.regions) errors.regionIds = `Choose at most ${L.regions} regions, or none for any.`;

  const perNode = wholeError(values.gpusPerNode, 1, L.gpusPerNode, 'GPUs per node');
  if (perNode) errors.gpusPerNode = perNode;
  const nodes = wholeError(values.nodes, 1, L.nodes, 'nodes');
  if (nodes) errors.nodes = nodes;
  const vcpus = optionalAmountError(values.vcpusPerNode, L.vcpusPerNode, 'vCPUs', 'the pool’s share');
  if (vcpus) errors.vcpusPerNode = vcpus;
  const memory = optionalAmountError(values.memoryGibPerNode, L.memoryGibPerNode, 'GiB', 'the pool’s share');
  if (memory) errors.memoryGibPerNode = memory;

  const seconds = durationSeconds(values.maxDurationHours);
  if (!values.maxDurationHours.trim()) errors.maxDuration = 'Enter how long the job may run, in hours.';
  else if (seconds === undefined) errors.maxDuration = 'Enter a number of hours, e.g. 2 or 0.5.';
  else if (seconds < L.minDurationSeconds) errors.maxDuration = 'At least one minute (0.02 hours).';
  else if (seconds > L.maxDurationSeconds) errors.maxDuration = 'At most 720 hours (30 days).';

  const filled = filledEnvironmentRows(values.environment);
  if (filled.length > L.environmentVars) errors.environment = `At most ${L.environmentVars} variables.`;
  const seen = new Set<string>();
  let size = 0;
  for (const i of filled) {
    const row = values.environment[i]!;
    const varName = row.name.trim();
    if (!varName) errors[`env.${i}.name`] = 'Name the variable.';
    else if (!ENV_NAME.test(varName)) errors[`env.${i}.name`] = 'Letters, digits and _, not starting with a digit.';
    else if (seen.has(varName)) errors[`env.${i}.name`] = `${varName} is already set above.`;
    seen.add(varName);
    size += bytes(varName) + bytes(row.value);
  }
  if (!errors.environment && size > L.environmentBytes)
    errors.environment = `The variables take ${size.toLocaleString('en-US')} bytes; at most 65,536 are accepted.`;
  return errors;
}

/** The mutation's input for valid values (validate first). */
export function submitJobInput(values: JobFormValues, projectId: string, idempotencyKey: string): SubmitJobInput {
  const image = values.runMode === 'image';
  const args = commandArgs(values.command);
  const environment = filledEnvironmentRows(values.environment).map((i) => ({
    name: values.environment[i]!.name.trim(),
    value: values.environment[i]!.value,
  }));
  return {
    projectId,
    name: values.name.trim(),
    image: image ? values.image.trim() : null,
    command: image && args.length ? args : null,
    script: image ? null : values.script,
    gpuTypeIds: values.gpuTypeIds,
    gpusPerNode: Number(values.gpusPerNode.trim()),
    nodes: Number(values.nodes.trim()),
    vcpusPerNode: optionalAmount(values.vcpusPerNode),
    memoryGibPerNode: optionalAmount(values.memoryGibPerNode),
    regionIds: values.regionIds.length ? values.regionIds : null,
    capacityClass: values.capacityClass,
    maxDurationSeconds: durationSeconds(values.maxDurationHours) ?? 0,
    environment: environment.length ? environment : null,
    requeueOnPreemption: values.requeueOnPreemption,
    idempotencyKey,
  };
}

export type QuotePlan =
  /** Not enough is filled in (or valid) to price the work yet: `missing` says what. */
  | { kind: 'incomplete'; missing: string }
  /** The owner's own work has no price. */
  | { kind: 'internal' }
  /** One quote per acceptable GPU type, in the order of preference. */
  | { kind: 'ready'; inputs: QuoteGpuInput[] };

/** What to price, from the values as they are now (before the whole form is valid). */
export function quotePlan(values: JobFormValues, organizationId: string, projectId: string): QuotePlan {
  if (values.capacityClass === 'INTERNAL') return { kind: 'internal' };
  const errors = validateJobForm(values);
  if (values.gpuTypeIds.length === 0 || errors.gpuTypeIds) return { kind: 'incomplete', missing: 'a GPU type' };
  if (errors.gpusPerNode || errors.nodes) return { kind: 'incomplete', missing: 'the number of GPUs and nodes' };
  if (errors.maxDuration) return { kind: 'incomplete', missing: 'a maximum duration' };
  if (errors.regionIds) return { kind: 'incomplete', missing: 'at most 20 regions' };
  const perNode = Number(values.gpusPerNode.trim());
  const nodes = Number(values.nodes.trim());
  const hours = durationSeconds(values.maxDurationHours)! / 3600;
  return {
    kind: 'ready',
    inputs: values.gpuTypeIds.map((gpuTypeId) => ({
      organizationId,
      projectId,
      gpuTypeId,
      gpus: perNode * nodes,
      nodes,
      regionIds: values.regionIds,
      priceClass: values.capacityClass as PricedClass,
      hours,
    })),
  };
}

/**
 * Where a server error about `input.<path>` goes on the form: `input.gpusPerNode` → gpusPerNode,
 * `input.maxDurationSeconds` → maxDuration, `input.environment.2.name` → the name of the form row
 * that was sent third. Undefined for anything that is not a field of the form (the project, the
 * idempotency key): those are shown above the form.
 */
export function formFieldOf(path: string | undefined, values: JobFormValues): JobField | undefined {
  if (!path) return undefined;
  const parts = (path.startsWith('input.') ? path.slice('input.'.length) : path).split('.');
  const [head, index, leaf] = parts;
  switch (head) {
    case 'name':
    case 'image':
    case 'script':
    case 'gpusPerNode':
    case 'nodes':
    case 'vcpusPerNode':
    case 'memoryGibPerNode':
    case 'capacityClass':
      return head;
    case 'command':
      return values.runMode === 'image' ? 'command' : 'script';
    case 'gpuTypeIds':
      return 'gpuTypeIds';
    case 'regionIds':
      return 'regionIds';
    case 'maxDurationSeconds':
      return 'maxDuration';
    case 'environment': {
      if (index === undefined) return 'environment';
      const row = filledEnvironmentRows(values.environment)[Number(index)];
      if (row === undefined) return 'environment';
      return leaf === 'value' ? `env.${row}.value` : `env.${row}.name`;
    }
    default:
      return undefined;
  }
}

/**
 * A fresh idempotency key for one form: sending the same form twice (a double click, a retry after
 * the connection dropped) returns the job the first attempt created instead of a second one.
 * `getRandomValues` works outside secure contexts too, unlike `randomUUID`.
 */
export function newIdempotencyKey(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const hex = Array.from(random(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  return `console-${hex}`;
}
