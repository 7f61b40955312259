// The browser benchmarks of scripts/bench.sh, against dist/ (built first):
//   node tests/e2e/bench/bench.mjs [wasm] [load] [lighthouse]   (default: all)
// - wasm: µs per evaluation of the golden scenarios (tests/golden/check/*.json,
//   field "scenario") in the app's WebAssembly, with json-logic-js evaluating
//   the equivalent Xinjiang exit rule side by side in the same page and run;
//   writes results/bench-wasm.json.
// - load: navigation to the first answer of a shared link, Chromium's CPU
//   throttled 4× and DevTools' "Slow 4G" network profile (CDP), cold cache,
//   median of 5, beside the floor the network alone allows for the bytes
//   that had arrived by then and the round trips, and the time from the
//   WebAssembly's arrival to the answer; then the same for a first visit
//   without a link (the whole app at once); writes results/bench-load.json.
// - lighthouse: Lighthouse 12's mobile audit (simulated throttling) of the
//   same link against /usr/bin/chromium; writes results/bench-lighthouse.json.
// Figures are printed and saved, never asserted.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../serve.mjs';
import { rule, data, cangoSays } from './peer.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..', '..');
const DIST = join(ROOT, 'dist');
const RESULTS = join(ROOT, 'results');
mkdirSync(RESULTS, { recursive: true });
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'];
const parts = process.argv.slice(2);
const want = (p) => parts.length === 0 || parts.includes(p);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))]; };
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const save = (name, value) => {
  writeFileSync(join(RESULTS, name), `${JSON.stringify(value, null, 2)}\n`);
  console.log(`  → results/${name}`);
};
const machine = () => ({ cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, date: new Date().toISOString() });
const built = readdirSync(DIST);
const jsName = built.find((f) => /^cango-web-[0-9a-f]+\.js$/.test(f));
const wasmName = built.find((f) => /^cango-web-[0-9a-f]+_bg\.wasm$/.test(f));
if (!jsName || !wasmName) throw new Error('dist/ has no build: run scripts/bench.sh (build_app, scripts/web-env.sh)');

const golden = readdirSync(join(ROOT, 'tests/golden/check')).filter((f) => f.endsWith('.json')).sort()
  .map((f) => ({ file: f, ...JSON.parse(readFileSync(join(ROOT, 'tests/golden/check', f), 'utf8')) }));

/** Compresses every file once (the server caches it), as a host with precompressed files serves them. */
async function warm(server) {
  const base = `http://127.0.0.1:${server.address().port}/`;
  for (const f of readdirSync(DIST, { recursive: true })) {
    await fetch(base + f, { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer()).catch(() => {});
  }
}

async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

if (want('wasm')) {
  const site = mkdtempSync(join(tmpdir(), 'cango-bench-'));
  try {
    cpSync(DIST, site, { recursive: true });
    for (const f of ['page.html', 'page.js']) cpSync(join(here, f), join(site, f));
    cpSync(join(here, 'node_modules/json-logic-js/logic.js'), join(site, 'json-logic.js'));
    const input = { js: jsName, wasm: wasmName, scenarios: golden.map((g) => g.scenario), rounds: 400, warmup: 40,
      peer: { rule, data: golden.map((g) => data(g.scenario)) } };
    writeFileSync(join(site, 'bench-input.json'), JSON.stringify(input));
    // Cross-origin isolated: performance.now() is precise to 5 µs, not 100 µs.
    const server = await serve(site, 0, '127.0.0.1', { headers: { 'cross-origin-embedder-policy': 'require-corp' } });
    const browser = await launch();
    try {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`http://127.0.0.1:${server.address().port}/page.html`);
      await page.waitForFunction(() => window.__bench || document.getElementById('status').textContent !== 'running…', null, { timeout: 300_000 });
      const r = await page.evaluate(() => window.__bench);
      if (!r) throw new Error(`the benchmark page failed: ${errors.join('; ')}`);
      const agree = golden.map((g, i) => [cangoSays(g.expect), r.peer_verdicts[i]]).filter(([c]) => c !== null);
      const summary = (xs) => ({ median_us: round(median(xs), 3), p99_us: round(pct(xs, 99), 3), evaluations_per_second: Math.round(1e6 / median(xs)) });
      const cango = summary(r.cango_us);
      const peer = summary(r.peer_us);
      const out = {
        what: 'µs per evaluation, per round of every golden check scenario (median and p99 of rounds), in headless Chromium; the peer runs in the same page, rounds alternating',
        scenarios: r.scenarios, rounds: r.rounds, cross_origin_isolated: r.cross_origin_isolated,
        cango_wasm: { ...cango, note: 'the full check (every rule of the built-in ruleset, documents, deadlines, summary) on a parsed scenario, in the shipped dist/ WebAssembly' },
        json_logic_js: { ...peer, version: JSON.parse(readFileSync(join(here, 'node_modules/json-logic-js/package.json'), 'utf8')).version,
          note: 'one rule: the Xinjiang ordinary exit (2 negative NAT in 48 h on distinct CST days, last in 24 h, green code, documents held, no positive result in the 48 h) on pre-parsed dates' },
        ratio_peer_time_over_cango_time: round(median(r.peer_us) / median(r.cango_us), 3),
        peer_agrees_with_cango: { scenarios_with_the_rule: agree.length, agree: agree.filter(([a, b]) => a === b).length },
        rule, machine: machine(),
      };
      console.log(`WASM (Chromium): ${cango.median_us} µs/evaluation median, p99 ${cango.p99_us} µs → ${cango.evaluations_per_second} evaluations/s (${r.scenarios} scenarios × ${r.rounds} rounds)`);
      console.log(`json-logic-js:   ${peer.median_us} µs/evaluation median, p99 ${peer.p99_us} µs → ${peer.evaluations_per_second} evaluations/s (one rule)`);
      console.log(`ratio: json-logic-js time / CanGo time = ${out.ratio_peer_time_over_cango_time}; the peer agrees with CanGo on ${out.peer_agrees_with_cango.agree}/${out.peer_agrees_with_cango.scenarios_with_the_rule} scenarios`);
      save('bench-wasm.json', out);
    } finally { await browser.close(); server.close(); }
  } finally { rmSync(site, { recursive: true, force: true }); }
}

// A shared link (the hami scenario of the e2e tests, all in order).
const shared = {
  now: '2022-10-07T20:00:00+08:00', origin: { region: '650502', risk: 'none' }, destination: { region: '310000' },
  departure: { at: '2022-10-08T10:00:00+08:00', mode: 'air' }, purpose: 'ordinary', health_code: 'green',
  tests: [{ kind: 'nat', sampled_at: '2022-10-06T12:00:00+08:00', result: 'negative' }, { kind: 'nat', sampled_at: '2022-10-07T12:00:00+08:00', result: 'negative' }],
  documents: ['commitment_letter', 'exit_certificate'],
};
const linkPath = `index.html#s=${Buffer.from(JSON.stringify(shared)).toString('base64url')}`;
// DevTools' "Slow 4G" preset (as Lighthouse's mobile profile): 150 ms RTT × 3.75, 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up.
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.6e6 * 0.9) / 8, uploadThroughput: (750e3 * 0.9) / 8 };

/**
 * Five cold loads of `path` with the profile above: when the first answer
 * was in the DOM, the bytes and requests that had arrived by then, and when
 * the first WebAssembly (the first answer's, for a link) had arrived.
 */
async function loads(server, path) {
  const url = `http://127.0.0.1:${server.address().port}/${path}`;
  const browser = await launch();
  const runs = [];
  try {
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
      await context.addInitScript(() => {
        new MutationObserver((_, obs) => {
          if (document.querySelector('[data-verdict]')) { window.__answerAt = performance.now(); obs.disconnect(); }
        }).observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__answerAt !== undefined, null, { timeout: 120_000, polling: 50 });
      const t = await page.evaluate(() => {
        // What had arrived by the answer: for a link, the whole app comes after.
        const resources = performance.getEntriesByType('resource').filter((e) => e.responseEnd <= window.__answerAt);
        const wasm = resources.find((e) => e.name.endsWith('.wasm'));
        return { answer: window.__answerAt, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
          bytes: resources.reduce((s, e) => s + e.transferSize, 0) + (performance.getEntriesByType('navigation')[0]?.transferSize ?? 0),
          requests: resources.length + 1, wasmArrived: wasm?.responseEnd ?? null };
      });
      runs.push(t);
      console.log(`  load ${i + 1}: first answer at ${Math.round(t.answer)} ms (${t.bytes} bytes in ${t.requests} requests; WebAssembly arrived at ${Math.round(t.wasmArrived)} ms)`);
      await context.close();
    }
  } finally { await browser.close(); }
  const ms = runs.map((r) => r.answer);
  // What the network alone allows: the document, then everything it
  // preloads in parallel (two round trips of the profile's latency), and
  // every byte at the profile's throughput.
  const bytes = runs[0]?.bytes ?? 0;
  const floor = { round_trips: 2, latency_ms: SLOW_4G.latency, bytes, throughput_bytes_per_s: SLOW_4G.downloadThroughput };
  floor.ms = Math.round(floor.round_trips * floor.latency_ms + (bytes / floor.throughput_bytes_per_s) * 1000);
  return {
    median_ms: Math.round(median(ms)), runs_ms: ms.map((x) => Math.round(x)),
    network_floor: floor,
    wasm_arrived_to_answer_median_ms: Math.round(median(runs.map((r) => r.answer - r.wasmArrived))),
    first_contentful_paint_ms: runs.map((r) => r.fcp && Math.round(r.fcp)), transferred_bytes: runs[0]?.bytes,
  };
}

const printLoad = (what, r) => {
  console.log(`${what} (4× CPU, Slow 4G): median ${r.median_ms} ms of 5 (${r.runs_ms.join(', ')})`);
  const f = r.network_floor;
  console.log(`  network floor: ${f.ms} ms (${f.round_trips} round trips × ${f.latency_ms} ms + ${f.bytes} bytes ÷ ${f.throughput_bytes_per_s} B/s)`);
  console.log(`  WebAssembly arrived → first answer (compile, instantiate, first render; 4× CPU): median ${r.wasm_arrived_to_answer_median_ms} ms`);
};

if (want('load')) {
  const server = await serve(DIST, 0);
  await warm(server);
  let link, own;
  try {
    console.log('a shared link (the first answer alone, then the whole app):');
    link = await loads(server, linkPath);
    // The first visit without a link: the whole app, with the example trip.
    console.log('a visit without a link (the whole app):');
    own = await loads(server, 'index.html');
  } finally { server.close(); }
  const out = {
    what: 'time from navigation start to the first answer ([data-verdict] in the DOM) for a shared link; cold cache; brotli as served by tests/e2e/serve.mjs',
    profile: { cpu_slowdown: 4, network: 'DevTools Slow 4G', ...SLOW_4G },
    ...link,
    without_link: { what: 'the same for a first visit without a link (the example trip)', ...own },
    machine: machine(),
  };
  printLoad('load to first answer, shared link', link);
  printLoad('load to first answer, no link', own);
  save('bench-load.json', out);
}

function run(cmd, args, env) {
  return new Promise((ok, fail) => {
    const p = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
    p.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`${cmd} exited with ${code}`))));
  });
}

if (want('lighthouse')) {
  const server = await serve(DIST, 0);
  await warm(server);
  const url = `http://127.0.0.1:${server.address().port}/${linkPath}`;
  const report = join(mkdtempSync(join(tmpdir(), 'cango-lh-')), 'report.json');
  try {
    await run(join(here, 'node_modules/.bin/lighthouse'), [url, '--quiet', '--output=json', `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices', '--form-factor=mobile',
      // chrome-launcher adds its own defaults (no background networking, component
      // updates, sync or first-run UI); with all of ours Lighthouse fails (NO_NAVSTART).
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'], { CHROME_PATH: CHROMIUM });
  } finally { server.close(); }
  const lh = JSON.parse(readFileSync(report, 'utf8'));
  rmSync(dirname(report), { recursive: true, force: true });
  const score = (c) => Math.round((lh.categories[c]?.score ?? 0) * 100);
  const metric = (a) => lh.audits[a]?.numericValue !== undefined ? Math.round(lh.audits[a].numericValue) : null;
  const failing = Object.values(lh.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
    .map((a) => ({ id: a.id, score: a.score, value: a.displayValue ?? null }));
  const out = {
    lighthouse: lh.lighthouseVersion, user_agent: lh.environment?.hostUserAgent, form_factor: lh.configSettings.formFactor, throttling: lh.configSettings.throttlingMethod,
    scores: { performance: score('performance'), accessibility: score('accessibility'), best_practices: score('best-practices') },
    metrics_ms: { first_contentful_paint: metric('first-contentful-paint'), largest_contentful_paint: metric('largest-contentful-paint'),
      speed_index: metric('speed-index'), total_blocking_time: metric('total-blocking-time'), interactive: metric('interactive') },
    cumulative_layout_shift: lh.audits['cumulative-layout-shift']?.numericValue ?? null,
    audits_below_90: failing, machine: machine(),
  };
  console.log(`Lighthouse ${out.lighthouse} (mobile): performance ${out.scores.performance}, accessibility ${out.scores.accessibility}, best practices ${out.scores.best_practices}`);
  console.log(`  FCP ${out.metrics_ms.first_contentful_paint} ms, LCP ${out.metrics_ms.largest_contentful_paint} ms, TBT ${out.metrics_ms.total_blocking_time} ms, CLS ${out.cumulative_layout_shift}`);
  save('bench-lighthouse.json', out);
}
