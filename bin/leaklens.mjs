#!/usr/bin/env node
// Entry point of `npx leaklens`: runs the CLI bundle that `npm run build` writes to dist-cli/.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist-cli/leaklens.mjs', import.meta.url));
if (!existsSync(bundle)) {
  console.error('leaklens: the CLI is not built yet. Run `npm run build` first.');
  process.exit(2);
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
