// Generates client/src/schema.d.ts from openapi.json with openapi-typescript. `--check` fails when the committed file
// differs, so the typed client cannot drift from the API's contract.
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';

const root = new URL('../', import.meta.url);
const target = new URL('client/src/schema.d.ts', root);
const HEADER =
  '// Generated from openapi.json by scripts/generate-client.mjs (openapi-typescript). Do not edit:\n' +
  '// run `npm run client:generate` after changing the API.\n\n';

const document = JSON.parse(await readFile(new URL('openapi.json', root), 'utf8'));
const generated = HEADER + astToString(await openapiTS(document, { alphabetize: true }));

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error('client/src/schema.d.ts is stale: run `npm run client:generate` and commit the result.');
    process.exit(1);
  }
  console.log('client/src/schema.d.ts matches openapi.json');
} else {
  await writeFile(target, generated);
  console.log(`wrote ${target.pathname}`);
}
