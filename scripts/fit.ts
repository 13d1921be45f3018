/**
 * `npm run fit`: fits the leak classifier, the incident ranker and the count ranker on the labelled data and writes
 * them to src/core/model/leak.json, incident.json and count.json; then prints k-fold cross-validated figures on the
 * real-article corpora (each fold's models fitted without it).
 *
 *   npm run fit [-- --k 5] [-- CORPUS.json ...]     default corpora: ../shared/corpus/dev.json, dev2.json
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readKbDir } from '../src/cli/read-kb-dir.ts';
import { validateKbFiles } from '../src/kb/validate.ts';
import { compileKb } from '../src/core/compile-kb.ts';
import { featurise, fitModels } from '../src/cli/fit.ts';
import { corpusItems, fixtureItems, kbExampleItems } from '../src/cli/training-data.ts';
import { crossValidate } from '../src/cli/cross-validate.ts';
import type { CorpusItem } from '../src/cli/eval.ts';

const args = process.argv.slice(2);
let k = 5;
const corpora: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--k') k = Number(args[++i]);
  else corpora.push(args[i]!);
}
if (corpora.length === 0) corpora.push(...['../shared/corpus/dev.json', '../shared/corpus/dev2.json'].filter((p) => existsSync(p)));

const { entries, problems } = validateKbFiles(readKbDir('src/kb/incidents'));
const errors = problems.filter((p) => p.severity === 'error');
if (errors.length) console.warn(`warning: ${errors.length} knowledge-base problem(s); fitting on the ${entries.length} entries that validate (npx leaklens kb validate lists them)`);
const kb = compileKb(entries);
const kbIds = new Set(entries.map((e) => e.id));
const corpusData = corpora.map((file) => ({ name: basename(file), items: JSON.parse(readFileSync(file, 'utf8')) as CorpusItem[] }));
const items = [...corpusData.flatMap((c) => corpusItems(c.name, c.items, kbIds)), ...fixtureItems(kbIds), ...kbExampleItems(entries)];

const t0 = performance.now();
const data = featurise(items, kb);
const date = new Date().toISOString().slice(0, 10);
const sources = [...new Set(items.map((i) => i.source))];
const models = fitModels(data, k, { on: sources, items: items.length, date });
writeFileSync('src/core/model/leak.json', `${JSON.stringify(models.leak, null, 1)}\n`);
writeFileSync('src/core/model/incident.json', `${JSON.stringify(models.incident, null, 1)}\n`);
writeFileSync('src/core/model/count.json', `${JSON.stringify(models.count, null, 1)}\n`);
console.log(JSON.stringify({ fitted: sources, items: items.length, l2: models.l2, minProbability: models.incident.minProbability, minMargin: models.incident.minMargin }));
console.log('leak weights:', Object.entries(models.leak.weights).map(([n, w]) => `${n} ${w.toFixed(2)}`).join(', '), `bias ${models.leak.bias.toFixed(2)}`);
console.log('incident weights:', Object.entries(models.incident.weights).map(([n, w]) => `${n} ${w.toFixed(2)}`).join(', '), `bias ${models.incident.bias.toFixed(2)}`);
console.log('count weights:', Object.entries(models.count.weights).map(([n, w]) => `${n} ${w.toFixed(2)}`).join(', '), `bias ${models.count.bias.toFixed(2)}`);

const cv = crossValidate(data, corpusData, kb, kbIds, k);
console.log(`\n${k}-fold cross-validated figures on ${corpora.map((c) => basename(c)).join(' + ')} (each fold's weights fitted without it):`);
console.log(cv.text);
console.log(`(${Math.round(performance.now() - t0)} ms)`);
