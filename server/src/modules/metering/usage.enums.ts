import { registerEnumType } from 'type-graphql';

/** What a usage event measures; its quantity is in this unit. */
export enum UsageKind {
  /** GPU-seconds (GPUs × seconds) of a GPU type, class and region. */
  GPU_SECONDS = 'GPU_SECONDS',
  /** Input (prompt) tokens of a model. */
  INPUT_TOKENS = 'INPUT_TOKENS',
  /** Output (completion) tokens of a model. */
  OUTPUT_TOKENS = 'OUTPUT_TOKENS',
}

registerEnumType(UsageKind, { name: 'UsageKind', description: 'What a usage quantity counts.' });
