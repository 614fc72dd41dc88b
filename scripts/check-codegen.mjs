// Fails when the console's generated GraphQL types do not match schema/schema.graphql and the
// console's documents: regenerates them and compares before/after.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../console/src/gql/', import.meta.url).pathname;
const digest = () => {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex');
};

const before = digest();
execSync('npm run codegen -w console', { stdio: ['ignore', 'ignore', 'inherit'] });
if (digest() !== before) {
  console.error('console/src/gql was stale; it has been regenerated: review and commit it.');
  process.exit(1);
}
console.log('console types: no drift');
