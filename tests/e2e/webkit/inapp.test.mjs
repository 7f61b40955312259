// WeChat's in-app browser on an iPhone, emulated in WebKit: WeChat's user
// agent (a MiniBrowser option), and the app served from a plain-http address
// that is not loopback, so that WebKit gives it what WeChat gives many pages:
// no service worker and no Clipboard API (both need a secure context). The
// old copy command is then refused in the page, as WeChat refuses it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { ROOT, b64url, foreign } from '../lib.mjs';
import { scenarios } from '../scenarios.mjs';
import { serve } from '../serve.mjs';
import { WECHAT_IOS_UA, answerIn, centered, errorsIn, openWebKit, resources, until, watchErrors } from '../webkit.mjs';

/** This machine's first IPv4 address that is not loopback (an insecure origin), if it has one. */
function lanAddress() {
  return Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
}

test('WebKit as WeChat on an iPhone: no service worker, no clipboard, downloads unknown', async (t) => {
  const address = lanAddress();
  if (!address) {
    t.skip('no address but loopback on this machine: every origin here is a secure context');
    return;
  }
  const server = await serve(join(ROOT, 'dist'), 0, address);
  const base = `http://${address}:${server.address().port}/`;
  const s = await openWebKit({ userAgent: WECHAT_IOS_UA });
  const { driver } = s;
  try {
    const scenario = scenarios['changji-quarantine'];
    await driver.get(`${base}index.html#s=${b64url(JSON.stringify(scenario))}`);
    assert.equal((await answerIn(driver)).verdict, 'eligible_after');
    await watchErrors(driver);
    const found = await driver.executeScript("return { secure: isSecureContext, sw: 'serviceWorker' in navigator, clipboard: !!navigator.clipboard, share: typeof navigator.share, ua: navigator.userAgent }");
    t.diagnostic(`WebKit here: ${JSON.stringify(found)}`);
    assert.equal(found.secure, false);
    assert.equal(found.clipboard, false);
    assert.match(found.ua, /MicroMessenger/);
    // WeChat's way out is said; the offline notice names WeChat's browser.
    assert.match(await driver.executeScript("return document.querySelector('[data-host-hint=\"wechat\"]').innerText"), /复制链接.*在浏览器打开/);
    const offline = await until(driver, "document.querySelector('[data-offline=\"unavailable\"]')?.innerText");
    assert.match(offline, /微信内置浏览器/);
    assert.doesNotMatch(offline, /小程序/);
    // Copying: WebKit's own answer to the old copy command, then WeChat's refusal.
    await (await centered(driver, '#copy-link')).click();
    const copied = await until(driver, "document.querySelector('.share [data-copied]')?.dataset.copied");
    t.diagnostic(`execCommand("copy") without the Clipboard API copied: ${copied}`);
    await driver.executeScript('Document.prototype.execCommand = () => false; document.activeElement?.blur(); getSelection().removeAllRanges();');
    await (await centered(driver, '#copy-link')).click();
    await until(driver, "document.querySelector('.share [data-copied=\"false\"]')");
    assert.ok(await driver.executeScript("const f = document.querySelector('#share-url'); return document.activeElement === f && f.selectionStart === 0 && f.selectionEnd === f.value.length;"), 'the link is selected');
    // The calendar: the file is handed over, and its events offered as text with WeChat's way to a browser.
    await (await centered(driver, '#ics')).click();
    const note = await until(driver, "document.querySelector('[data-calendar]')?.innerText");
    assert.match(note, /在浏览器打开/);
    const text = await driver.executeScript("return document.querySelector('#ics-text').value");
    assert.ok(text.split('\n\n').length >= 3 && text.endsWith(await driver.executeScript("return document.querySelector('#share-url').value")));
    assert.deepEqual(await errorsIn(driver), [], 'nothing thrown');
    assert.deepEqual(foreign(await resources(driver), base), []);
  } finally {
    await s.close();
    server.close();
  }
});
