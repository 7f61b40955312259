// WebKit for the browser tests, beside lib.mjs (which drives Chromium):
// WebKitGTK's MiniBrowser (the engine of every browser on iPhones, WeChat's
// WKWebView among them) driven by selenium-webdriver through Debian's
// WebKitWebDriver, under a virtual X display (`xvfb-run -a`). One driver per
// test file, started on a free port, waited for, and killed with its X server
// when the file's process exits. Never a browser download.
import { Builder, until as conditions } from 'selenium-webdriver';
import { readAnswer } from './lib.mjs';
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** What WeChat's in-app browser on an iPhone says it is (the app words its hints by `MicroMessenger`). */
export const WECHAT_IOS_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN';

function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

function portOpen(port) {
  return new Promise((ok) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); ok(true); });
    socket.once('error', () => ok(false));
  });
}

let running;
/** The driver's URL, started once for this process (xvfb-run -a WebKitWebDriver --port=N). */
async function driverUrl() {
  if (running) return running.url;
  const port = await freePort();
  // Its own process group, so that xvfb-run, Xvfb and the driver go together.
  const child = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const stop = () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ } };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => { stop(); process.exit(128 + (signal === 'SIGINT' ? 2 : 15)); });
  child.unref();
  child.stderr.unref?.();
  for (let waited = 0; !(await portOpen(port)); waited += 100) {
    if (child.exitCode !== null || waited > 20_000) {
      stop();
      throw new Error(`WebKitWebDriver did not start on port ${port}: ${stderr.trim() || `exit ${child.exitCode}`}`);
    }
    await sleep(100);
  }
  running = { url: `http://127.0.0.1:${port}`, stop };
  return running.url;
}

/** How long a new session may take: a MiniBrowser starts in about a second. */
const SESSION_TIMEOUT = 30_000;

/**
 * A new WebDriver session. WebKitWebDriver once waited forever for a
 * MiniBrowser that never came up (WebKitGTK 2.50, once in about ninety
 * sessions here), which hung the whole run: an attempt that takes too long is
 * abandoned with its driver and X server, and one more is made on new ones.
 */
async function newSession(capabilities) {
  for (let attempt = 1; ; attempt += 1) {
    const building = new Builder().usingServer(await driverUrl()).withCapabilities(capabilities).build();
    const timer = new AbortController();
    const driver = await Promise.race([
      building,
      sleep(SESSION_TIMEOUT, null, { signal: timer.signal }).catch(() => null),
    ]);
    timer.abort();
    if (driver) return driver;
    // A session that comes late is closed; its driver may be gone by then.
    building.then((late) => late.quit()).catch(() => {});
    running?.stop();
    running = undefined;
    if (attempt === 2) throw new Error(`no WebKit session in ${SESSION_TIMEOUT / 1000} s, twice, each on a new driver`);
  }
}

/**
 * A MiniBrowser window at phone width, driven over WebDriver; `userAgent`
 * replaces WebKit's own (MiniBrowser takes every WebKitSettings property as
 * an option). `resources()` lists what the current page fetched (Resource
 * Timing: WebDriver has no request log), `errors()` what it threw.
 */
export async function openWebKit({ userAgent, width = 390, height = 844 } = {}) {
  const args = ['--automation', ...(userAgent ? [`--user-agent=${userAgent}`] : [])];
  const driver = await newSession({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args } });
  await driver.manage().setTimeouts({ script: 20_000, pageLoad: 15_000 });
  await driver.manage().window().setRect({ width, height }).catch(() => {});
  return { driver, close: () => driver.quit() };
}

/**
 * Reloads the page and returns once the new document has loaded. WebKit's
 * driver may return from a refresh while the old document is still shown
 * (a test then read the old answer and looked for the form in the new,
 * not yet mounted page), so the old document is marked and the wait is
 * for a complete document without the mark. Refreshes once more where the
 * driver misses the end of the load (a timeout seen once in several runs,
 * WebKitGTK 2.50, while the service worker installed on the first load
 * takes control).
 */
export async function reload(driver) {
  await replacing(driver, async () => {
    try {
      await driver.navigate().refresh();
    } catch (e) {
      if (e.name !== 'TimeoutError') throw e;
      await driver.navigate().refresh();
    }
  });
}

/** Marks the current document, runs `navigation`, and waits for a complete document without the mark. */
async function replacing(driver, navigation) {
  await driver.executeScript('window.__replaced = true;');
  await navigation();
  await until(driver, "!window.__replaced && document.readyState === 'complete'");
}

/**
 * Opens `url` and returns once its document has loaded, as `reload` does:
 * WebKit's driver may return from `get` while the old document is still
 * shown. A refresh sent then (flows.test.mjs, after opening the page without
 * the link) once never finished, twice over, in a CI run; this lets no
 * navigation start while another is under way. A change of the fragment
 * alone keeps the document: the driver's own wait is all there is.
 */
export async function navigate(driver, url) {
  const [from, to] = [new URL(await driver.getCurrentUrl()), new URL(url)];
  from.hash = '';
  to.hash = '';
  if (from.href === to.href) {
    await driver.get(url);
    return;
  }
  await replacing(driver, () => driver.get(url));
}

/** Waits until `js` (an expression) is truthy in the page, then returns its value. */
export async function until(driver, js, { timeout = 20_000, args = [] } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await driver.executeScript(`return (${js});`, ...args).catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${js}`);
    await sleep(50);
  }
}

/**
 * What the answer view shows, read by lib.mjs's `readAnswer`, as in Chromium,
 * once the whole app shows it: a link's first answer (www/init.js) gives way
 * to it, and WebDriver, unlike Playwright, does not wait for a control to be
 * enabled before it acts.
 */
export function answerIn(driver) {
  // Read and checked in one script: between two scripts a reload may start.
  return until(driver, `!document.getElementById('first-answer') && ((answer) => answer.verdict && answer)((${readAnswer})())`);
}

/** From now on, the current page records its uncaught errors and rejections (WebDriver has no console log). */
export function watchErrors(driver) {
  return driver.executeScript("window.__errors = []; addEventListener('error', (e) => __errors.push(String(e.message))); addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));");
}

/** What the page recorded since `watchErrors`. */
export function errorsIn(driver) {
  return driver.executeScript('return window.__errors ?? null');
}

/** Every URL the current page fetched, itself included (not the blank page a session starts on). */
export function resources(driver) {
  return driver.executeScript("return [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)].filter((u) => !u.startsWith('about:'));");
}

/**
 * The element `css`, scrolled to the middle of the screen: WebDriver
 * scrolls an element only to the bottom edge, where the app's verdict in
 * brief (sticky) covers it, and a click there lands on the verdict.
 */
export async function centered(driver, css) {
  // Looked for until it is there: a re-render may replace it in between.
  const element = await driver.wait(conditions.elementLocated({ css }), 20_000);
  await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' });", element);
  return element;
}
