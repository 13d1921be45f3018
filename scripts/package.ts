/**
 * `npm run package`: the store uploads. Builds the Chrome extension (dist/) and the Firefox one (dist-firefox/),
 * checks each (the manifest's version is package.json's; every icon the manifest names exists at its size; no
 * static web-accessible resources; the Firefox build passes `web-ext lint` without errors), and zips them into
 * artifacts/leaklens-chrome-<version>.zip and artifacts/leaklens-firefox-<version>.zip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const artifacts = join(root, 'artifacts');
mkdirSync(artifacts, { recursive: true });
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(path: string): [number, number] {
  const b = readFileSync(path);
  if (b.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${path} is not a PNG`);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

function check(dir: string): void {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    version: string;
    icons: Record<string, string>;
    action?: { default_icon?: Record<string, string> };
    web_accessible_resources?: { resources: string[]; use_dynamic_url?: boolean }[];
  };
  const problems: string[] = [];
  if (manifest.version !== version) problems.push(`manifest version ${manifest.version}, package.json says ${version}`);
  for (const icons of [manifest.icons, manifest.action?.default_icon ?? {}]) {
    for (const [size, file] of Object.entries(icons)) {
      const path = join(dir, file);
      if (!existsSync(path)) problems.push(`icon ${file} is missing`);
      else if (pngSize(path).join('x') !== `${size}x${size}`) problems.push(`icon ${file} is ${pngSize(path).join('x')}, not ${size}x${size}`);
    }
  }
  for (const size of ['16', '32', '48', '96', '128']) if (!manifest.icons[size]) problems.push(`no ${size}px icon`);
  const resources = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources);
  if (resources.some((r) => r !== 'src/sidebar/index.html')) problems.push(`web-accessible resources besides the sidebar page: ${resources.join(', ')}`);
  if (problems.length) throw new Error(`${dir}:\n  ${problems.join('\n  ')}`);
}

function zip(dir: string, name: string): string {
  const out = join(artifacts, name);
  rmSync(out, { force: true });
  // -X: no extra file attributes; -D: no directory entries. Files only, relative to the build folder.
  execFileSync('zip', ['-q', '-r', '-X', '-D', out, '.'], { cwd: dir });
  return out;
}

const builds = [
  { target: 'chrome', dir: resolve(root, 'dist'), args: ['build'] },
  { target: 'firefox', dir: resolve(root, 'dist-firefox'), args: ['build', '--mode', 'firefox'] },
];
for (const b of builds) {
  run(bin('vite'), b.args);
  check(b.dir);
}

// web-ext lint: no errors, and no warnings about our own code. One third-party file assigns innerHTML: preact's
// runtime (for dangerouslySetInnerHTML, which LeakLens never uses).
const lint = JSON.parse(run(bin('web-ext'), ['lint', '--source-dir', builds[1]!.dir, '--output', 'json'])) as {
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
};
const ours = lint.warnings.filter((w) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && /jsxRuntime-/.test(w.file ?? '')));
for (const m of [...lint.errors, ...lint.warnings]) console.log(`web-ext lint: ${m.code} ${m.file ?? ''} ${m.message}`);
if (lint.errors.length || ours.length) throw new Error(`web-ext lint: ${lint.errors.length} error(s), ${ours.length} warning(s) of ours`);

for (const b of builds) {
  const out = zip(b.dir, `leaklens-${b.target}-${version}.zip`);
  console.log(`${out.slice(root.length)}  ${(statSync(out).size / 1024).toFixed(1)} kB`);
}
