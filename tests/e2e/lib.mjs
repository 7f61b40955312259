// Shared helpers for the browser tests: the server, Debian's Chromium through
// playwright-core (never a browser download), the CLI, and request recording.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUTPUT = join(ROOT, 'tests', 'e2e', 'output');
mkdirSync(OUTPUT, { recursive: true });

export const PHONE = { width: 390, height: 844 };
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'];

let server;
/** The app's base URL (ends with '/'): CANGO_URL, or dist/ served here. */
export async function baseUrl() {
  if (process.env.CANGO_URL) return process.env.CANGO_URL.replace(/\/?$/, '/');
  if (!server) {
    const dist = join(ROOT, 'dist');
    if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/index.html is missing: run trunk build --release first');
    server = await serve(dist, 0);
    server.unref();
  }
  return `http://127.0.0.1:${server.address().port}/`;
}

/** A phone-sized page (390×844 unless `viewport`); every request (the service worker's too) is recorded in `requests`. */
export async function open({ viewport = PHONE, timezoneId = 'Asia/Shanghai', locale = 'zh-CN', storage = true, init, serviceWorkers = 'block', javaScriptEnabled = true } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, isMobile: true, hasTouch: true, timezoneId, locale, acceptDownloads: true, serviceWorkers, javaScriptEnabled });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  if (!storage) {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
  }
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { browser, context, page, requests, errors, close: () => browser.close() };
}

export function b64url(text) {
  return Buffer.from(text, 'utf8').toString('base64url');
}

export async function shareUrl(scenario) {
  return `${await baseUrl()}index.html#s=${b64url(JSON.stringify(scenario))}`;
}

/** The CLI's answer for a scenario (the app and the CLI must agree). */
export function cli(scenario, command = 'check') {
  const input = JSON.stringify(scenario);
  const candidates = [process.env.CANGO_BIN, join(ROOT, 'target/web/debug/cango'), join(ROOT, 'target/debug/cango')].filter(Boolean);
  const bin = candidates.find((p) => existsSync(p));
  const out = bin
    ? execFileSync(bin, [command, '-'], { input })
    : execFileSync('cargo', ['run', '-q', '--bin', 'cango', '--', command, '-'], { input, cwd: ROOT, env: { ...process.env, CARGO_TARGET_DIR: process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target/web') } });
  return JSON.parse(out.toString());
}

/** What the answer view shows: verdict, documents and earliest departure. */
export async function answerOf(page) {
  await page.waitForSelector('[data-verdict]', { timeout: 20_000 });
  return page.evaluate(() => ({
    verdict: document.querySelector('.answer [data-verdict]')?.dataset.verdict,
    documents: [...document.querySelectorAll('.answer [data-doc]')].map((e) => ({ id: e.dataset.doc, held: e.dataset.held === 'true' })),
    earliest: document.querySelector('.answer [data-earliest]')?.dataset.earliest ?? null,
    requirements: [...document.querySelectorAll('.answer [data-req]')].map((e) => ({ id: e.dataset.req, met: e.dataset.met === 'true' })),
  }));
}

/** Requests that left the app's origin (blob: and data: stay on the device). */
export function foreign(requests, base) {
  const origin = new URL(base).origin;
  return requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:') && new URL(u).origin !== origin);
}

export async function shot(page, name) {
  await page.screenshot({ path: join(OUTPUT, `${name}.png`), fullPage: false });
}
