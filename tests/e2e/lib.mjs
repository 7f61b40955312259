// Shared helpers for the browser tests: the server, Debian's Chromium through
// playwright-core (never a browser download), the CLI, and request recording.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
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
    if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/index.html is missing: run scripts/serve-web.sh or scripts/test-web.sh first (build_app, scripts/web-env.sh)');
    server = await serve(dist, 0);
    server.unref();
  }
  return `http://127.0.0.1:${server.address().port}/`;
}

/**
 * A phone-sized page (390×844 unless `viewport`); every request (the service
 * worker's too) is recorded in `requests`. `userAgent` and `acceptDownloads:
 * false` (downloads cancelled) emulate in-app browsers.
 */
export async function open({ viewport = PHONE, timezoneId = 'Asia/Shanghai', locale = 'zh-CN', storage = true, init, serviceWorkers = 'block', javaScriptEnabled = true, userAgent, acceptDownloads = true } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, isMobile: true, hasTouch: true, timezoneId, locale, acceptDownloads, serviceWorkers, javaScriptEnabled, userAgent });
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

/**
 * What the answer view shows: verdict, documents, earliest departure,
 * requirements and the number of conflicts. Runs in the page (Playwright's
 * `evaluate`, WebDriver's `executeScript`), so both engines read it alike.
 */
export function readAnswer() {
  return {
    verdict: document.querySelector('.answer [data-verdict]')?.dataset.verdict,
    documents: [...document.querySelectorAll('.answer [data-doc]')].map((e) => ({ id: e.dataset.doc, held: e.dataset.held === 'true' })),
    earliest: document.querySelector('.answer [data-earliest]')?.dataset.earliest ?? null,
    requirements: [...document.querySelectorAll('.answer [data-req]')].map((e) => ({ id: e.dataset.req, met: e.dataset.met === 'true' })),
    conflicts: document.querySelectorAll('.answer [data-conflict]').length,
  };
}

/**
 * `readAnswer` once the whole app shows the answer: a link's first answer
 * (www/init.js) gives way to it, and tests go on to act and measure.
 */
export async function answerOf(page) {
  await page.waitForFunction(() => document.querySelector('[data-verdict]') && !document.getElementById('first-answer'), null, { timeout: 20_000, polling: 50 });
  return page.evaluate(readAnswer);
}

/** Asserts that the answer shown (`readAnswer`) is the CLI's for `scenario`. */
export function assertSameAsCli(got, scenario, name) {
  const expected = cli(scenario);
  assert.equal(got.verdict, expected.verdict, `${name}: verdict`);
  assert.deepEqual(got.documents, expected.documents.map((d) => ({ id: d.id, held: d.held })), `${name}: documents`);
  assert.equal(got.earliest, expected.earliest_departure ?? null, `${name}: earliest departure`);
  const byId = (a, b) => a.id.localeCompare(b.id);
  assert.deepEqual([...got.requirements].sort(byId), expected.requirements.map((r) => ({ id: r.id, met: r.met })).sort(byId), `${name}: requirements`);
  assert.equal(got.conflicts, expected.conflicts.length, `${name}: conflicts`);
}

/**
 * Asserts that an .ics file's text holds the CLI's departure, earliest
 * departure and every deadline of `scenario`, in CST, folded at 75 octets,
 * each event with a reminder and `link` back to the trip.
 */
export function assertCalendar(text, scenario, link) {
  assert.ok(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'lines folded at 75 octets');
  const cal = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.register(cal.getFirstSubcomponent('vtimezone'));
  const vevents = cal.getAllSubcomponents('vevent');
  const events = vevents.map((v) => new ICAL.Event(v));
  const expected = cli(scenario);
  const starts = events.map((e) => e.startDate.toUnixTime());
  assert.ok(starts.includes(Date.parse(expected.departure) / 1000), 'the departure');
  if (expected.earliest_departure) assert.ok(starts.includes(Date.parse(expected.earliest_departure) / 1000), 'the earliest departure');
  for (const r of expected.requirements.filter((r) => r.deadline)) {
    assert.ok(starts.includes(Date.parse(r.deadline.from) / 1000), `deadline of ${r.id}`);
  }
  assert.ok(events.every((e) => e.startDate.zone.tzid === 'Asia/Shanghai'));
  assert.ok(events.every((e) => e.uid && e.summary));
  assert.ok(vevents.every((v) => v.getFirstSubcomponent('valarm')), 'a reminder on every event');
  assert.ok(vevents.every((v) => v.getFirstPropertyValue('url') === link), 'the link back to the trip');
  return events;
}

/** Requests that left the app's origin (blob: and data: stay on the device). */
export function foreign(requests, base) {
  const origin = new URL(base).origin;
  return requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:') && new URL(u).origin !== origin);
}

export async function shot(page, name) {
  await page.screenshot({ path: join(OUTPUT, `${name}.png`), fullPage: false });
}
