/**
 * `npm run bench:page [-- --dist DIR] [--runs N] [--page NAME] [--cold-only]`: what LeakLens costs a page, in Debian's Chromium, printed as
 * JSON lines.
 *
 *   - `page`: main-thread script time and task time of a page load (the DevTools protocol's Performance metrics of
 *     the page's renderer, from navigation until the page has settled), with the extension and without it, in
 *     alternating runs in two browsers that stay open (as a reader's does); medians, the added script time
 *     (with − without) and the task ratio (with / without). Pages: a non-leak news page (the common case), a
 *     near miss (leak words, not a data leak: the prefilter lets it through and the analysis says no) and the
 *     seed (a full sidebar).
 *   - `page-own-time`: on the non-leak page, the main-thread time that is LeakLens's own, read from a DevTools trace
 *     of each load rather than from the difference of two noisy totals: creating LeakLens's isolated world
 *     (`ScriptInjection::InjectJs`) plus compiling and running its scripts and callbacks (trace events that name a
 *     `chrome-extension://` script). Beside it the floor: the same for an empty declared content script (a copy of
 *     the build whose prefilter is empty), which is what any content script costs a page. Each is also put as a
 *     task ratio over the median task time of the page without the extension.
 *   - `every-page-code`: the bytes of script every page of a listed site runs (the manifest's content scripts, and
 *     any script they load from web-accessible resources).
 *   - `cold-worker`: the service worker is stopped through the DevTools protocol, then the seed is loaded; the time
 *     from the worker's start to the end of the seed's analysis (a performance mark in the worker).
 * The extension's sidebar is a cross-origin frame in its own process, so its cost is not the page's.
 */
import { cpSync, readFileSync, statSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { NEWS_SITES } from '../src/shared/sites.ts';
import { startPageServer } from '../test/e2e/harness.ts';
import { newsPage, seedArticle } from '../test/e2e/pages.ts';
import { findChromium } from './chromium.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const DIST = resolve(option('--dist', 'dist'));
const RUNS = Number(option('--runs', '7'));
/** --cold-only: only the cold-worker measurement. */
const COLD_ONLY = args.includes('--cold-only');
/** --page TEXT: only the pages whose name contains TEXT (e.g. non-leak). */
const ONLY_PAGE = option('--page', '');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (x: number, digits = 2) => Number(x.toFixed(digits));

// ---- every-page code
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
  content_scripts?: { js?: string[] }[];
  web_accessible_resources?: { resources: string[]; use_dynamic_url?: boolean }[];
};
const declared = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
const staticScripts = (manifest.web_accessible_resources ?? []).filter((w) => !w.use_dynamic_url).flatMap((w) => w.resources).filter((r) => r.endsWith('.js'));
const bytes = (files: string[]) => files.reduce((sum, f) => sum + statSync(join(DIST, f)).size, 0);
console.log(JSON.stringify({
  bench: 'every-page-code',
  dist: DIST,
  declaredContentScripts: declared,
  declaredBytes: bytes(declared),
  webAccessibleScripts: staticScripts.length,
  webAccessibleScriptBytes: bytes(staticScripts),
}));

// ---- pages
const server = await startPageServer();
const nonLeak = newsPage(
  {
    title: 'नगर निगम ने नई बस सेवा को दी मंजूरी, शहर के 12 रूटों पर चलेंगी बसें',
    paragraphs: Array.from({ length: 60 }, (_, i) => `अनुच्छेद ${i + 1}: नगर निगम की बैठक में मंगलवार को नई बस सेवा, पार्किंग शुल्क और बारिश से पहले नालियों की सफाई पर चर्चा हुई। महापौर ने कहा कि पुराने बाजार इलाके में जाम कम करने के लिए नए रूट तय किए गए हैं।`),
  },
  { lang: 'hi', siteName: 'Prabhat Khabar' },
);
const nearMiss = newsPage(
  {
    title: 'Leaked: the price and specifications of a new budget phone ahead of its India launch',
    paragraphs: [
      'A tipster has leaked the price and full specifications of the upcoming budget phone days before its launch in India. The leaked data suggests a 6.7-inch display and a 5,000mAh battery.',
      'According to the leak, the phone will cost under Rs 15,000 and come in three colours. The company has not confirmed the details and says more will be shared at the launch event next week.',
      'Earlier leaks had pointed to a larger camera sensor, which now appears to be true, the tipster said in a post on X.',
      ...Array.from({ length: 20 }, (_, i) => `Specification ${i + 1}: the phone is expected to ship with a fast charger in the box, a side-mounted fingerprint reader and two years of software updates, according to the listing.`),
    ],
  },
  { lang: 'en', siteName: 'NDTV' },
);
const seed = seedArticle();
server.route('/city/new-bus-routes', nonLeak);
server.route('/tech/budget-phone-price-leak', nearMiss);
server.route('/national/cowin-data-leak-claim-ministry-denies', newsPage(seed.article, { lang: 'hi', siteName: 'Prabhat Khabar' }));
const PAGES = [
  { name: 'non-leak page', url: 'http://www.prabhatkhabar.com/city/new-bus-routes', settleMs: 1200 },
  { name: 'near miss (leak words, not a data leak)', url: 'http://www.ndtv.com/tech/budget-phone-price-leak', settleMs: 1500 },
  { name: 'seed (full sidebar)', url: 'http://www.prabhatkhabar.com/national/cowin-data-leak-claim-ministry-denies', settleMs: 2500 },
];

const rules = NEWS_SITES.flatMap((s) => s.hosts.flatMap((h) => [`MAP ${h} 127.0.0.1:${server.port}`, `MAP *.${h} 127.0.0.1:${server.port}`])).join(',');
const baseArgs = [`--host-resolver-rules=${rules}`, '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function measure(context: BrowserContext, url: string, settleMs: number): Promise<{ scriptMs: number; taskMs: number }> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await cdp.send('Performance.getMetrics');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const after = await cdp.send('Performance.getMetrics');
  const metric = (m: typeof after, name: string) => m.metrics.find((x) => x.name === name)?.value ?? 0;
  const result = {
    scriptMs: (metric(after, 'ScriptDuration') - metric(before, 'ScriptDuration')) * 1000,
    taskMs: (metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000,
  };
  await page.close();
  return result;
}

/** The floor: the same build with an empty every-page script. */
const FLOOR_DIST = mkdtempSync(join(tmpdir(), 'leaklens-floor-'));
cpSync(DIST, FLOOR_DIST, { recursive: true });
for (const file of declared) writeFileSync(join(FLOOR_DIST, file), ';\n');

async function launch(withExtension: boolean, dist = DIST): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'leaklens-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: withExtension ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...baseArgs] : baseArgs,
  });
  if (withExtension) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, close: async () => (await context.close(), rmSync(profile, { recursive: true, force: true })) };
}

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, unknown> }

/**
 * One traced load: the main-thread time of the extension's own work in the page (isolated-world creation, its
 * scripts' compile and run, its callbacks), as the union of those events' intervals (nested ones count once).
 */
async function ownTime(context: BrowserContext, url: string, settleMs: number): Promise<{ ownMs: number; injectMs: number; scriptMs: number }> {
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'extensions'] }, transferMode: 'ReportEvents' } as never);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const isInject = (e: TraceEvent) => e.name === 'ScriptInjection::InjectJs';
  const isOwnScript = (e: TraceEvent) => ['EvaluateScript', 'FunctionCall', 'TimerFire', 'v8.compile', 'v8.run', 'v8.callFunction'].includes(e.name) && JSON.stringify(e.args ?? {}).includes('chrome-extension://');
  const own = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number' && (isInject(e) || isOwnScript(e)));
  const union = (list: TraceEvent[]) => {
    let total = 0;
    let end = -Infinity;
    for (const e of [...list].sort((a, b) => a.ts - b.ts)) {
      const stop = e.ts + e.dur!;
      if (stop <= end) continue;
      total += stop - Math.max(e.ts, end);
      end = stop;
    }
    return total / 1000;
  };
  return { ownMs: union(own), injectMs: union(own.filter(isInject)), scriptMs: union(own.filter((e) => !isInject(e))) };
}

const withExt = await launch(true);
const without = await launch(false);
const floor = await launch(true, FLOOR_DIST);
try {
  // One warm-up load of each page in each browser (the first load pays for compiling the browser's own code).
  const pages = COLD_ONLY ? [] : PAGES.filter((p) => p.name.includes(ONLY_PAGE));
  for (const p of pages) {
    await measure(withExt.context, p.url, 300);
    await measure(without.context, p.url, 300);
  }
  for (const p of pages) {
    const runs: { with: { scriptMs: number; taskMs: number }[]; without: { scriptMs: number; taskMs: number }[] } = { with: [], without: [] };
    for (let r = 0; r < RUNS; r++) {
      // Alternate which goes first, so a burst of load from elsewhere hits both alike.
      if (r % 2 === 0) {
        runs.with.push(await measure(withExt.context, p.url, p.settleMs));
        runs.without.push(await measure(without.context, p.url, p.settleMs));
      } else {
        runs.without.push(await measure(without.context, p.url, p.settleMs));
        runs.with.push(await measure(withExt.context, p.url, p.settleMs));
      }
    }
    const scriptWith = median(runs.with.map((x) => x.scriptMs));
    const scriptWithout = median(runs.without.map((x) => x.scriptMs));
    const taskWith = median(runs.with.map((x) => x.taskMs));
    const taskWithout = median(runs.without.map((x) => x.taskMs));
    // The task ratio is the median of per-run ratios (run r with the extension against run r without).
    const ratios = runs.with.map((x, i) => x.taskMs / runs.without[i]!.taskMs);
    console.log(JSON.stringify({
      bench: 'page',
      page: p.name,
      runs: RUNS,
      scriptMsWith: round(scriptWith),
      scriptMsWithout: round(scriptWithout),
      addedScriptMs: round(scriptWith - scriptWithout),
      taskMsWith: round(taskWith),
      taskMsWithout: round(taskWithout),
      taskRatio: round(median(ratios), 3),
    }));

    if (p === PAGES[0]) {
      // LeakLens's own share of this page's main thread, and the floor beside it, from traces.
      const own: Awaited<ReturnType<typeof ownTime>>[] = [];
      const floorOwn: Awaited<ReturnType<typeof ownTime>>[] = [];
      await ownTime(floor.context, p.url, 300);
      for (let r = 0; r < RUNS; r++) {
        own.push(await ownTime(withExt.context, p.url, p.settleMs));
        floorOwn.push(await ownTime(floor.context, p.url, p.settleMs));
      }
      const ownMs = median(own.map((x) => x.ownMs));
      const floorMs = median(floorOwn.map((x) => x.ownMs));
      console.log(JSON.stringify({
        bench: 'page-own-time',
        page: p.name,
        runs: RUNS,
        // LeakLens: isolated world + its scripts; the same for an empty declared content script (the floor).
        ownMainThreadMs: round(ownMs),
        ownWorldCreationMs: round(median(own.map((x) => x.injectMs))),
        ownScriptMs: round(median(own.map((x) => x.scriptMs))),
        floorMainThreadMs: round(floorMs),
        floorWorldCreationMs: round(median(floorOwn.map((x) => x.injectMs))),
        aboveFloorMs: round(ownMs - floorMs),
        // (task time without the extension + the extension's own time) / task time without the extension.
        ownTaskRatio: round((taskWithout + ownMs) / taskWithout, 3),
        floorTaskRatio: round((taskWithout + floorMs) / taskWithout, 3),
      }));
    }
  }

  // ---- cold worker
  const seedUrl = PAGES[2]!.url;
  const coldRuns: { ready: number; kbLoadMs: number; analysisStart: number; analysisMs: number }[] = [];
  for (let r = 0; r < Math.max(3, Math.ceil(RUNS / 2)); r++) {
    const blank = await withExt.context.newPage();
    const cdp = await withExt.context.newCDPSession(blank);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await blank.waitForTimeout(300);
    const page = await withExt.context.newPage();
    await page.goto(seedUrl, { waitUntil: 'load' });
    // Playwright keeps the worker's handle across the restart; evaluate waits until it runs again.
    const worker = withExt.context.serviceWorkers()[0]!;
    const timing = await worker.evaluate(async () => {
      for (let i = 0; i < 100; i++) {
        const analysis = performance.getEntriesByName('leaklens:analysis')[0];
        const ready = performance.getEntriesByName('leaklens:worker-ready')[0];
        const kb = performance.getEntriesByName('leaklens:kb-load')[0];
        if (analysis) return { ready: ready?.startTime ?? -1, kbLoadMs: kb?.duration ?? 0, analysisStart: analysis.startTime, analysisMs: analysis.duration };
        await new Promise((r) => setTimeout(r, 50));
      }
      return null;
    });
    if (!timing) throw new Error('the restarted worker analysed nothing');
    coldRuns.push(timing);
    await page.close();
    await blank.close();
  }
  console.log(JSON.stringify({
    bench: 'cold-worker',
    page: 'seed',
    runs: coldRuns.length,
    // From the worker's start until its code is loaded and listening.
    msWorkerStartToReady: round(median(coldRuns.map((x) => x.ready)), 1),
    // Reviving the precompiled knowledge base (the worker does it while the page extracts its article).
    msKbLoad: round(median(coldRuns.map((x) => x.kbLoadMs)), 1),
    // The seed's analysis, the first in the fresh worker (with the knowledge-base load if that was not done yet).
    msSeedAnalysisInColdWorker: round(median(coldRuns.map((x) => x.analysisMs)), 1),
    // From the worker's start to the end of that analysis; the rest of the wait is the page: the prefilter's
    // message, injecting the page side, extracting the article.
    msWorkerStartToSeedAnalysisDone: round(median(coldRuns.map((x) => x.analysisStart + x.analysisMs)), 1),
  }));
} finally {
  await withExt.close();
  await without.close();
  await floor.close();
  rmSync(FLOOR_DIST, { recursive: true, force: true });
  await server.close();
}
