// The installable, offline, locked-down app: manifest and icons, the
// Content-Security-Policy and Subresource Integrity, the loader's messages
// without WebAssembly or JavaScript, the service worker (offline, updates
// that never mix two builds, old caches deleted), blocked service workers
// (mini-program webviews) and a sub-path deployment. Each test serves dist/
// itself (it needs its own address, prefix or a second build).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, open, answerOf, b64url, foreign, shot } from './lib.mjs';
import { serve, CSP } from './serve.mjs';
import { scenarios } from './scenarios.mjs';

const DIST = join(ROOT, 'dist');
const servers = [];
const temps = [];
after(() => { for (const s of servers) s.close(); for (const t of temps) rmSync(t, { recursive: true, force: true }); });

async function host(dir = DIST, prefix = '/') {
  const server = await serve(dir, 0, '127.0.0.1', { prefix });
  server.unref();
  servers.push(server);
  return { server, base: `http://127.0.0.1:${server.address().port}${prefix}` };
}
const link = (base, s = scenarios['hami-all-in-order']) => `${base}index.html#s=${b64url(JSON.stringify(s))}`;
const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;

/** Records CSP violations in the page. */
const recordViolations = () => {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
};

async function offlineReady(page) {
  await page.waitForSelector('[data-offline="ready"]', { timeout: 20_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
}

function pngSize(file) {
  const b = readFileSync(file);
  assert.equal(b.toString('latin1', 1, 4), 'PNG', `${file} is a PNG`);
  return `${b.readUInt32BE(16)}x${b.readUInt32BE(20)}`;
}

test('manifest: names in Chinese and English, icons at their sizes, standalone, relative start URL and scope', () => {
  const m = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
  assert.match(m.name, /能走吗/);
  assert.match(m.name, /CanGo/);
  assert.ok(m.short_name);
  assert.equal(m.display, 'standalone');
  assert.equal(m.start_url, './index.html');
  assert.equal(m.scope, './');
  assert.match(m.theme_color, /^#[0-9a-f]{6}$/);
  assert.ok(m.background_color);
  const sizes = m.icons.filter((i) => i.type === 'image/png').map((i) => `${i.sizes} ${i.purpose}`);
  for (const want of ['192x192 any', '512x512 any', '512x512 maskable']) assert.ok(sizes.includes(want), `icon ${want}`);
  for (const icon of m.icons) {
    assert.ok(existsSync(join(DIST, icon.src)), icon.src);
    if (icon.type === 'image/png') assert.equal(pngSize(join(DIST, icon.src)), icon.sizes, icon.src);
  }
  assert.equal(pngSize(join(DIST, 'icons/apple-touch-icon-180.png')), '180x180');
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  for (const tag of ['rel="manifest" href="manifest.webmanifest"', 'name="theme-color"', 'rel="apple-touch-icon"']) assert.ok(html.includes(tag), tag);
});

test('locked down: CSP without unsafe-inline, no inline script, SRI on scripts, stylesheet and WebAssembly', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  assert.ok(meta, 'a meta CSP');
  assert.doesNotMatch(meta, /unsafe-inline|'unsafe-eval'|\*|https?:/);
  assert.match(meta, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.match(meta, /connect-src 'self';/);
  assert.equal(`${meta}; frame-ancestors 'none'`, CSP, 'the served header is the meta policy plus frame-ancestors');
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    assert.equal(m[1].trim(), '', 'no inline script');
    const src = /src="\.\/([^"]+)"/.exec(m[0])[1];
    assert.equal(/integrity="([^"]+)"/.exec(m[0])[1], sri(readFileSync(join(DIST, src))), `integrity of ${src}`);
  }
  const files = readdirSync(DIST);
  for (const re of [/^cango-web-[0-9a-f]+\.js$/, /^app-[0-9a-f]+\.css$/]) {
    const name = files.find((f) => re.test(f));
    const tag = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`./${name}"`));
    assert.ok(tag, `${name} is linked`);
    assert.equal(/integrity="([^"]+)"/.exec(tag)[1], sri(readFileSync(join(DIST, name))), `integrity of ${name}`);
  }
  const loader = readFileSync(join(DIST, files.find((f) => /^init-[0-9a-f]+\.js$/.test(f))), 'utf8');
  const wasm = files.find((f) => f.endsWith('.wasm'));
  assert.ok(loader.includes(`integrity: '${sri(readFileSync(join(DIST, wasm)))}'`), 'the loader fetches the wasm with its hash');
  assert.doesNotMatch(html + loader, /https?:\/\/(?!www\.w3\.org)/, 'no external origin');
});

test('the app runs under the served CSP with no violation and no request off the origin', async () => {
  const { base } = await host();
  const s = await open({ init: recordViolations, serviceWorkers: 'allow' });
  try {
    const response = await s.page.goto(link(base));
    assert.equal(response.headers()['content-security-policy'], CSP);
    assert.equal((await answerOf(s.page)).verdict, 'eligible');
    await offlineReady(s.page);
    await s.page.click('#copy-link').catch(() => {});
    assert.deepEqual(await s.page.evaluate(() => window.__csp), []);
    assert.deepEqual(foreign(s.requests, base), []);
    assert.deepEqual(s.errors, []);
  } finally { await s.close(); }
});

test('a WebAssembly file that does not match its hash is refused, and the page says the app could not load', async () => {
  const { base } = await host();
  const s = await open();
  try {
    await s.page.route('**/*.wasm', async (route) => {
      const res = await route.fetch();
      const body = Buffer.from(await res.body());
      body[body.length - 1] ^= 1;
      await route.fulfill({ response: res, body });
    });
    await s.page.goto(link(base));
    await s.page.waitForSelector('#boot[data-boot="failed"]', { timeout: 20_000 });
    assert.match(await s.page.locator('#boot').innerText(), /could not load/);
    assert.equal(await s.page.locator('[data-verdict]').count(), 0);
  } finally { await s.close(); }
});

test('without WebAssembly the page says what is needed', async () => {
  const { base } = await host();
  const s = await open({ init: () => { delete window.WebAssembly; } });
  try {
    await s.page.goto(link(base));
    await s.page.waitForSelector('#boot[data-boot="no-wasm"]', { timeout: 20_000 });
    const text = await s.page.locator('#boot').innerText();
    assert.match(text, /WebAssembly/);
    assert.match(text, /不支持 WebAssembly/);
    assert.doesNotMatch(text, /loading/, 'the loading text is hidden');
    await shot(s.page, 'pwa-no-wasm');
  } finally { await s.close(); }
});

test('with JavaScript disabled the page says what is needed', async () => {
  const { base } = await host();
  const s = await open({ javaScriptEnabled: false });
  try {
    await s.page.goto(link(base));
    const text = await s.page.locator('body').innerText();
    assert.match(text, /needs JavaScript and WebAssembly/);
    assert.match(text, /需要 JavaScript 和 WebAssembly/);
  } finally { await s.close(); }
});

test('with service workers blocked (mini-program webviews) the app works online and says offline use is unavailable', async () => {
  const { base } = await host();
  const s = await open({ serviceWorkers: 'block', locale: 'en-US' });
  try {
    await s.page.goto(link(base));
    assert.equal((await answerOf(s.page)).verdict, 'eligible');
    const note = s.page.locator('[data-offline="unavailable"]');
    await note.waitFor({ timeout: 10_000 });
    assert.match(await note.innerText(), /Offline use is unavailable/);
    await shot(s.page, 'pwa-sw-blocked');
  } finally { await s.close(); }
});

test('offline: load once, go offline, reload, and the answer still works (served under a sub-path)', async () => {
  const { base } = await host(DIST, '/some/dir/');
  const s = await open({ serviceWorkers: 'allow', locale: 'en-US' });
  try {
    await s.page.goto(link(base));
    assert.equal((await answerOf(s.page)).verdict, 'eligible');
    await offlineReady(s.page);
    assert.match(await s.page.locator('[data-offline]').innerText(), /offline/);
    const scope = await s.page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
    assert.equal(scope, base);
    // The cache holds exactly this build: every file of dist/ but sw.js.
    const cached = await s.page.evaluate(async () => {
      const keys = await caches.keys();
      const c = await caches.open(keys[0]);
      return { keys, urls: (await c.keys()).map((r) => r.url) };
    });
    assert.equal(cached.keys.length, 1);
    const built = [];
    const walk = (d, rel = '') => { for (const f of readdirSync(d, { withFileTypes: true })) f.isDirectory() ? walk(join(d, f.name), `${rel}${f.name}/`) : built.push(`${rel}${f.name}`); };
    walk(DIST);
    assert.deepEqual(cached.urls.map((u) => u.slice(base.length)).sort(), built.filter((f) => f !== 'sw.js' && !/\.(br|gz)$/.test(f)).sort());

    await s.context.setOffline(true);
    const before = s.requests.length;
    await s.page.reload();
    assert.equal((await answerOf(s.page)).verdict, 'eligible');
    // Still computing offline: drop a document and the answer changes.
    await s.page.click('.answer [data-doc="exit_certificate"]');
    await s.page.waitForFunction(() => document.querySelector('.answer [data-verdict]')?.dataset.verdict !== 'eligible');
    // A fresh page of the app, opened offline, works too.
    const page2 = await s.context.newPage();
    await page2.goto(`${base}index.html#s=${b64url(JSON.stringify(scenarios['red-code']))}`);
    assert.equal((await answerOf(page2)).verdict, 'not_eligible');
    await page2.goto(base);
    await page2.waitForSelector('[data-verdict]', { timeout: 20_000 });
    assert.ok(s.requests.length > before);
    await shot(s.page, 'pwa-offline');
    assert.deepEqual(foreign(s.requests, base), []);
    assert.deepEqual(s.errors, []);
  } finally { await s.close(); }
});

/** A second build: the stylesheet changes (a new hashed name), index.html and sw.js follow. */
function secondBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'cango-build2-'));
  temps.push(dir);
  cpSync(DIST, dir, { recursive: true });
  const old = readdirSync(dir).find((f) => /^app-[0-9a-f]+\.css$/.test(f));
  const css = `${readFileSync(join(dir, old), 'utf8')}\n/* build 2 */\n`;
  const name = `app-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  rmSync(join(dir, old));
  writeFileSync(join(dir, name), css);
  let html = readFileSync(join(dir, 'index.html'), 'utf8');
  html = html.replace(new RegExp(`\\./${old}" integrity="[^"]+"`), `./${name}" integrity="${sri(css)}"`);
  writeFileSync(join(dir, 'index.html'), html);
  execFileSync(process.execPath, [join(ROOT, 'tools/postbuild.mjs'), dir]);
  return { dir, oldCss: old, newCss: name };
}

test('update: a new build is cached whole, the traveller is asked, the page reloads only when they agree, old caches go', async () => {
  const { server, base } = await host(DIST);
  const build2 = secondBuild();
  const s = await open({ serviceWorkers: 'allow', locale: 'en-US' });
  const css = () => s.page.evaluate(() => document.querySelector('link[rel=stylesheet]').getAttribute('href'));
  const cacheNames = () => s.page.evaluate(() => caches.keys());
  try {
    await s.page.goto(link(base));
    await answerOf(s.page);
    await offlineReady(s.page);
    const [firstCache] = await cacheNames();
    assert.equal(await css(), `./${build2.oldCss}`);

    server.setRoot(build2.dir); // deploy
    await s.page.reload();      // the browser checks sw.js on navigation
    await answerOf(s.page);
    const prompt = s.page.locator('[data-update="ready"]');
    await prompt.waitFor({ timeout: 20_000 });
    assert.match(await prompt.innerText(), /new version is ready/);
    // Not agreed yet: the page is still entirely the first build.
    assert.equal(await css(), `./${build2.oldCss}`);
    await s.page.reload();
    await answerOf(s.page);
    assert.equal(await css(), `./${build2.oldCss}`, 'a reload alone does not switch builds');
    await prompt.waitFor({ timeout: 20_000 });
    await shot(s.page, 'pwa-update-ready');
    // "Later" hides the prompt, and nothing reloads.
    await s.page.click('#update-later');
    assert.equal(await prompt.count(), 0);
    await s.page.reload();
    await prompt.waitFor({ timeout: 20_000 });
    // Agreed: the new version takes over, then the page reloads once.
    await Promise.all([s.page.waitForNavigation({ timeout: 20_000 }), s.page.click('#update-reload')]);
    await answerOf(s.page);
    assert.equal(await css(), `./${build2.newCss}`);
    assert.equal(await prompt.count(), 0);
    await s.page.waitForFunction((first) => caches.keys().then((k) => k.length === 1 && k[0] !== first), firstCache, { timeout: 10_000 });
    // And the second build works offline too.
    await s.context.setOffline(true);
    await s.page.reload();
    await answerOf(s.page);
    assert.equal(await css(), `./${build2.newCss}`);
    assert.deepEqual(foreign(s.requests, base), []);
    assert.deepEqual(s.errors, []);
  } finally { await s.close(); }
});

test('an install that meets a file of another build fails and the old version stays', async () => {
  const { server, base } = await host(DIST);
  const build2 = secondBuild();
  // A half-finished deploy: the new sw.js is live, but index.html is still the old one.
  const mixed = mkdtempSync(join(tmpdir(), 'cango-mixed-'));
  temps.push(mixed);
  cpSync(build2.dir, mixed, { recursive: true });
  // The old index.html as the host serves it: with its precompressed copies.
  for (const f of ['index.html', 'index.html.br', 'index.html.gz']) cpSync(join(DIST, f), join(mixed, f));
  const s = await open({ serviceWorkers: 'allow' });
  try {
    await s.page.goto(link(base));
    await offlineReady(s.page);
    const [firstCache] = await s.page.evaluate(() => caches.keys());
    server.setRoot(mixed);
    const state = await s.page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg.update().catch(() => {});
      const w = reg.installing;
      if (w) await new Promise((ok) => { w.addEventListener('statechange', () => { if (w.state === 'redundant' || w.state === 'installed') ok(); }); });
      return { waiting: reg.waiting !== null, installing: reg.installing !== null };
    });
    assert.deepEqual(state, { waiting: false, installing: false });
    assert.deepEqual(await s.page.evaluate(() => caches.keys()), [firstCache]);
    assert.equal(await s.page.locator('[data-update]').count(), 0);
  } finally { await s.close(); }
});
