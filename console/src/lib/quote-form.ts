import type { PricedClass, QuoteGpuInput, QuoteTokensInput } from '../gql/graphql';
import type { FieldErrors } from './validation';

/**
 * The quote tool's form: GPU work (a type, GPUs, hours, class, regions) or model tokens (a model,
 * input and output tokens) for an organization, checked before asking (the server's limits of
 * server/src/modules/contracts/quote.inputs.ts) and turned into `quoteGpu` / `quoteTokens` input. Pure.
 */

export type QuoteKind = 'gpu' | 'tokens';

export interface QuoteFormValues {
  kind: QuoteKind;
  /** '' for the organization as a whole (its quotas, not a project's). */
  projectId: string;
  gpuTypeId: string;
  gpus: string;
  hours: string;
  priceClass: PricedClass;
  /** None: any region the contract allows. */
  regionIds: string[];
  modelId: string;
  inputTokens: string;
  outputTokens: string;
}

export type QuoteField = Exclude<keyof QuoteFormValues, 'kind'>;

export const emptyQuoteForm = (): QuoteFormValues => ({
  kind: 'gpu',
  projectId: '',
  gpuTypeId: '',
  gpus: '8',
  hours: '24',
  priceClass: 'ON_DEMAND',
  regionIds: [],
  modelId: '',
  inputTokens: '1000000',
  outputTokens: '1000000',
});

const MAX_HOURS = 8760;
const MAX_TOKENS = 2_000_000_000;

function whole(text: string, min: number, max: number, what: string): string | undefined {
  const t = text.trim();
  if (!t) return `Enter the number of ${what}.`;
  if (!/^\d+$/.test(t) || Number(t) < min || Number(t) > max)
    return `A whole number of ${what} from ${min} to ${max.toLocaleString('en-US')}.`;
  return undefined;
}

export function validateQuoteForm(values: QuoteFormValues): FieldErrors<QuoteField> {
  const errors: FieldErrors<QuoteField> = {};
  if (values.kind === 'gpu') {
    if (!values.gpuTypeId) errors.gpuTypeId = 'Choose a GPU type.';
    const gpus = whole(values.gpus, 1, 100_000, 'GPUs');
    if (gpus) errors.gpus = gpus;
    const hours = values.hours.trim();
    const n = Number(hours);
    if (!hours) errors.hours = 'Enter how many hours.';
    else if (!/^(\d+(\.\d*)?|\.\d+)$/.test(hours) || !(n > 0) || n > MAX_HOURS)
      errors.hours = 'More than 0 and at most 8,760 hours (a year).';
  } else {
    if (!values.modelId) errors.modelId = 'Choose a model.';
    const input = whole(values.inputTokens, 0, MAX_TOKENS, 'input tokens');
    if (input) errors.inputTokens = input;
    const output = whole(values.outputTokens, 0, MAX_TOKENS, 'output tokens');
    if (output) errors.outputTokens = output;
  }
  return errors;
}

export function quoteGpuInput(values: QuoteFormValues, organizationId: string): QuoteGpuInput {
  return {
    organizationId,
    projectId: values.projectId || null,
    gpuTypeId: values.gpuTypeId,
    gpus: Number(values.gpus.trim()),
    // Whole seconds, as the server takes them.
    hours: Math.round(Number(values.hours.trim()) * 3600) / 3600,
    priceClass: values.priceClass,
    regionIds: values.regionIds,
  };
}

export function quoteTokensInput(values: QuoteFormValues, organizationId: string): QuoteTokensInput {
  return {
    organizationId,
    projectId: values.projectId || null,
    modelId: values.modelId,
    inputTokens: Number(values.inputTokens.trim()),
    outputTokens: Number(values.outputTokens.trim()),
  };
}

/** `input.gpus` → gpus; undefined for what is not on the form. */
export function quoteFieldOf(path: string | null | undefined): QuoteField | undefined {
  const name = path?.startsWith('input.') ? path.slice('input.'.length).split('.')[0] : undefined;
  const fields: readonly string[] = [
    'projectId',
    'gpuTypeId',
    'gpus',
    'hours',
    'priceClass',
    'regionIds',
    'modelId',
    'inputTokens',
    'outputTokens',
  ];
  return name && fields.includes(name) ? (name as QuoteField) : undefined;
}
