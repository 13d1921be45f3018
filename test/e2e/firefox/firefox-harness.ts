/**
 * Debian's firefox-esr driven over WebDriver BiDi (no Playwright build of Firefox is needed): a headless Firefox
 * with LeakLens's Firefox build (dist-firefox/, `npm run build:firefox`) installed as a temporary add-on, and the
 * listed sites' host names pointed at the local test server (network.dns.localDomains; match patterns ignore the
 * port, so the server keeps its own port).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_DIST = process.env.LEAKLENS_FIREFOX_DIST ?? fileURLToPath(new URL('../../../dist-firefox/', import.meta.url));

export interface Firefox {
  /** Opens a new tab at `url` and waits for its load. */
  open(url: string): Promise<string>;
  /** Runs `expression` in the page (or frame) `context` and returns its value. */
  evaluate<T>(context: string, expression: string): Promise<T>;
  /** The text of LeakLens's sidebar in the tab, or '' while there is none (its frame is a moz-extension page). */
  sidebarText(context: string): Promise<string>;
  closeTab(context: string): Promise<void>;
  close(): Promise<void>;
}

export async function launchFirefox(hosts: readonly string[]): Promise<Firefox> {
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: install it with \`sudo apt-get install firefox-esr\` (or set FIREFOX_PATH).`);
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) throw new Error(`${FIREFOX_DIST} holds no build: run \`npm run build:firefox\` first.`);
  const profile = mkdtempSync(join(tmpdir(), 'leaklens-ff-e2e-'));
  writeFileSync(
    join(profile, 'user.js'),
    [
      `user_pref("network.dns.localDomains", ${JSON.stringify(hosts.join(','))});`,
      // Plain http to the local server, no upgrade and no first-run pages.
      'user_pref("dom.security.https_only_mode", false);',
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
    ].join('\n') + '\n',
  );
  const port = 9300 + Math.floor(Math.random() * 600);
  const child: ChildProcess = spawn(FIREFOX, ['--headless', '--remote-debugging-port', String(port), '--no-remote', '--profile', profile], { stdio: 'ignore' });
  let ws: WebSocket | undefined;
  for (let attempt = 0; !ws; attempt++) {
    try {
      ws = await new Promise<WebSocket>((resolve, reject) => {
        const socket = new WebSocket(`ws://127.0.0.1:${port}/session`);
        socket.once('open', () => resolve(socket));
        socket.once('error', reject);
      });
    } catch (error) {
      if (attempt > 120) {
        child.kill();
        throw error;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  let nextId = 1;
  const pending = new Map<number, (m: { result?: unknown; error?: string; message?: string }) => void>();
  ws.on('message', (data) => {
    const m = JSON.parse(String(data)) as { id?: number };
    if (m.id && pending.has(m.id)) pending.get(m.id)!(m as never);
  });
  const send = <T>(method: string, params: object): Promise<T> => {
    const id = nextId++;
    ws!.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) =>
      pending.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error} ${m.message ?? ''}`)) : resolve(m.result as T))),
    );
  };
  await send('session.new', { capabilities: {} });
  await send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_DIST } });

  // The value comes back as JSON (BiDi's own serialisation of objects is a list of typed pairs).
  const evaluate = async <T>(context: string, expression: string): Promise<T> => {
    const r = await send<{ type: string; result?: { value?: string }; exceptionDetails?: { text?: string } }>('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (r.type === 'exception') throw new Error(`in the page: ${r.exceptionDetails?.text ?? 'exception'}`);
    return (r.result?.value === undefined ? undefined : JSON.parse(r.result.value)) as T;
  };
  return {
    async open(url) {
      const { context } = await send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
      return context;
    },
    evaluate,
    async sidebarText(context) {
      const tree = await send<{ contexts: Array<{ children: Array<{ context: string; url: string }> | null }> }>('browsingContext.getTree', { root: context });
      const frame = (tree.contexts[0]?.children ?? []).find((c) => c.url.startsWith('moz-extension://'));
      if (!frame) return '';
      return (await evaluate<string>(frame.context, 'document.querySelector("[data-testid=sidebar], [data-testid=sidebar-collapsed]")?.innerText ?? ""').catch(() => '')) ?? '';
    },
    async closeTab(context) {
      await send('browsingContext.close', { context }).catch(() => undefined);
    },
    async close() {
      ws!.close();
      child.kill();
      await new Promise((r) => setTimeout(r, 300));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Polls `read` until `done` holds of its value or `ms` pass; returns the last value. */
export async function pollFor<T>(read: () => Promise<T>, done: (value: T) => boolean, ms: number): Promise<T> {
  const end = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 250));
    value = await read();
  }
  return value;
}
