// `npm run sizes` (after `npm run build`): every file of the built extension in dist/, raw and gzipped bytes,
// and what runs on every page of a listed site (the content-script loader and its first chunk).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
};
walk(dist);
const rows = files
  .map((path) => {
    const data = readFileSync(path);
    return { file: relative(dist, path), raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
  })
  .sort((a, b) => b.raw - a.raw);
const width = Math.max(...rows.map((r) => r.file.length));
for (const r of rows) console.log(`${r.file.padEnd(width)}  ${String(r.raw).padStart(8)} B  ${String(r.gzip).padStart(7)} B gzip`);
const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip }), { raw: 0, gzip: 0 });
console.log(`${'total'.padEnd(width)}  ${String(total.raw).padStart(8)} B  ${String(total.gzip).padStart(7)} B gzip`);

const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
const loader = manifest.content_scripts[0].js[0];
const loaderText = readFileSync(join(dist, loader), 'utf8');
const first = loaderText.match(/getURL\("([^"]+)"\)/)?.[1];
const everyPage = [loader, first].filter(Boolean).map((f) => rows.find((r) => r.file === f));
console.log(`every matched page loads: ${everyPage.map((r) => `${r.file} (${r.raw} B, ${r.gzip} B gzip)`).join(' + ')}`);
