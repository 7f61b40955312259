// Offline use in WebKit: the service worker installs on a first visit, and
// that first install is never offered as "a new version is ready".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl } from '../lib.mjs';
import { answerIn, openWebKit, until } from '../webkit.mjs';

test('WebKit: a first visit is never offered as an update, even with the page busy while the service worker installs', async () => {
  const s = await openWebKit();
  const { driver } = s;
  try {
    await driver.get(`${await baseUrl()}index.html`);
    // While the worker installs, the page is busy (as a phone is, compiling
    // the WebAssembly): WebKit then hands it the worker's "installed" state
    // only once the worker already controls it.
    await until(driver, '(async () => !!(await navigator.serviceWorker.getRegistration()))()');
    await driver.executeScript('const end = Date.now() + 3000; while (Date.now() < end) {}');
    await answerIn(driver);
    await until(driver, "document.querySelector('[data-offline=\"ready\"]')");
    await until(driver, '!!navigator.serviceWorker.controller');
    await driver.sleep(1000);
    assert.equal(await driver.executeScript("return document.querySelectorAll('[data-update]').length"), 0, 'no update prompt on a first visit');
  } finally {
    await s.close();
  }
});
