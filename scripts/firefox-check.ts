/**
 * `npm run check:firefox`: loads the Firefox build (dist-firefox/) into Debian's firefox-esr as a temporary add-on,
 * over WebDriver BiDi, opens the seed article as a Prabhat Khabar page and prints what the sidebar shows.
 * Firefox has no --host-resolver-rules, so the page is served on 127.0.0.1:80 and the profile maps the host name
 * there (network.dns.localDomains); this needs the right to listen on port 80 (root, as on CI).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:http';
import WebSocket from 'ws';
import { newsPage, seedArticle } from '../test/e2e/pages.ts';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(FIREFOX)) {
  console.error('No Firefox found. Install it with:\n\n  sudo apt-get install firefox-esr\n');
  process.exit(3);
}
const addon = resolve('dist-firefox');
if (!existsSync(join(addon, 'manifest.json'))) {
  console.error('dist-firefox/ has no build; run `npm run build:firefox` first.');
  process.exit(2);
}

const html = newsPage(seedArticle().article, { lang: 'hi', siteName: 'Prabhat Khabar' });
const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
await new Promise<void>((done) => server.listen(80, '127.0.0.1', done));

const profile = mkdtempSync(join(tmpdir(), 'leaklens-ff-'));
writeFileSync(join(profile, 'user.js'), 'user_pref("network.dns.localDomains", "www.prabhatkhabar.com");\n');
const port = 9300 + Math.floor(Math.random() * 500);
const firefox = spawn(FIREFOX, ['--headless', '--remote-debugging-port', String(port), '--no-remote', '--profile', profile], { stdio: 'ignore' });

let ws: WebSocket | undefined;
let nextId = 1;
const pending = new Map<number, (v: { result?: unknown; error?: string; message?: string }) => void>();
function send<T>(method: string, params: object): Promise<T> {
  const id = nextId++;
  ws!.send(JSON.stringify({ id, method, params }));
  return new Promise((res, rej) =>
    pending.set(id, (m) => (m.error ? rej(new Error(`${method}: ${m.error} ${m.message ?? ''}`)) : res(m.result as T))),
  );
}

try {
  for (let attempt = 0; ; attempt++) {
    try {
      ws = await new Promise<WebSocket>((res, rej) => {
        const socket = new WebSocket(`ws://127.0.0.1:${port}/session`);
        socket.once('open', () => res(socket));
        socket.once('error', rej);
      });
      break;
    } catch (error) {
      if (attempt > 60) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  ws.on('message', (data) => {
    const m = JSON.parse(String(data));
    if (m.id && pending.has(m.id)) pending.get(m.id)!(m);
  });
  await send('session.new', { capabilities: {} });
  const installed = await send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: addon } });
  const { context } = await send<{ context: string }>('browsingContext.create', { type: 'tab' });
  const t0 = Date.now();
  await send('browsingContext.navigate', { context, url: 'http://www.prabhatkhabar.com/national/cowin-data-leak', wait: 'complete' });
  let sidebarText = '';
  for (let i = 0; i < 40 && !sidebarText; i++) {
    await new Promise((r) => setTimeout(r, 250));
    const tree = await send<{ contexts: Array<{ children: Array<{ context: string; url: string }> }> }>('browsingContext.getTree', { root: context });
    const frame = tree.contexts[0]?.children.find((c) => c.url.startsWith('moz-extension://'));
    if (!frame) continue;
    const result = await send<{ result: { value?: string } }>('script.evaluate', {
      expression: 'document.querySelector("[data-testid=sidebar]")?.innerText ?? ""',
      target: { context: frame.context },
      awaitPromise: false,
    });
    sidebarText = result.result.value ?? '';
  }
  const mismatchRows = (sidebarText.match(/आधिकारिक पक्ष:/g) ?? []).length;
  // The page must see no extension address: not in its DOM, not in its resource timing (issue 8, finding 3).
  const seen = await send<{ result: { value?: string } }>('script.evaluate', {
    expression: `JSON.stringify([document.documentElement.outerHTML, ...performance.getEntries().map((e) => e.name)].join(' ').match(/(moz|chrome)-extension:[^"' <]*/g) ?? [])`,
    target: { context },
    awaitPromise: false,
  });
  const extensionAddressesInPage = JSON.parse(seen.result.value ?? '[]') as string[];
  console.log(JSON.stringify({ browser: 'firefox-esr', addon: installed.extension, sidebarShown: !!sidebarText, mismatchRows, msAfterLoad: Date.now() - t0, extensionAddressesInPage }));
  if (!sidebarText || extensionAddressesInPage.length) process.exitCode = 1;
} finally {
  ws?.close();
  firefox.kill();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
