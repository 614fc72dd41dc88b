import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(`\s*(query|mutation|subscription|fragment)\s+([A-Za-z0-9_]+)[^`]*`\)/g;
const GENERATED = /^export const ([A-Za-z0-9_]+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

/**
 * Build-time twin of graphql-codegen's client-preset Babel plugin (Vite 8's React plugin runs no
 * Babel): each `graphql(\`query Name …\`)` in the console's code becomes the document codegen made
 * for it (src/gql/graphql.ts), inlined where it is used. The lookup table of every page's
 * documents then drops out of the first bundle, and each document ships with the page that uses
 * it. Types are unchanged: `graphql()` is typed to return that same generated document.
 */
export function graphqlDocuments(generatedFile: string): Plugin {
  let documents: Map<string, string> | undefined;
  const load = () => (documents ??= new Map([...readFileSync(generatedFile, 'utf8').matchAll(GENERATED)].map((m) => [m[1]!, m[2]!])));
  return {
    name: 'headroom-graphql-documents',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      documents = undefined;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const out = code.replace(CALL, (call, kind: string, name: string) => {
        const document = load().get(kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`);
        if (!document) this.error(`No generated document for ${kind} ${name} in ${generatedFile}: run \`npm run codegen\`.`);
        return `(${document})`;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}
