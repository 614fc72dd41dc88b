import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types and typed documents for the console, from the schema the server emits (schema/schema.graphql,
 * committed and drift-checked). Run `npm run codegen -w console` after changing a query, a fragment or
 * the schema; the output in src/gql/ is committed and never edited by hand.
 */
const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        gqlTagName: 'graphql',
        // Components read their own fragment's fields only: `getFragmentData(Fragment, ref)`.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        // Micros and Quantity: whole numbers as strings of digits (no precision lost in JSON).
        scalars: { DateTimeISO: 'string', JSON: 'unknown', JSONObject: 'Record<string, unknown>', Micros: 'string', Quantity: 'string' },
        skipTypename: false,
        avoidOptionals: false,
      },
    },
  },
};

export default config;
