// In-app browsers, WeChat's above all, emulated in Chromium: its user agent,
// no service worker, no Clipboard API (or one that refuses), downloads
// cancelled. The app finds what the browser can do by trying, and words its
// hints by the user agent (tests/e2e/webkit/ does the same in WebKit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerOf, baseUrl, foreign, open, shareUrl, shot } from './lib.mjs';
import { scenarios } from './scenarios.mjs';
import { WECHAT_IOS_UA } from './webkit.mjs';

const WECHAT_ANDROID_UA = 'Mozilla/5.0 (Linux; Android 13; M2012K11AC Build/TKQ1.220829.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/1110005 MMWEBSDK/20230805 MMWEBID/1 MicroMessenger/8.0.42.2460(0x28002A58) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';
const MINI_PROGRAM_UA = `${WECHAT_ANDROID_UA} miniProgram/wx0123456789abcdef`;

/** As WeChat refuses: no Clipboard API, and the old execCommand("copy") refused. */
function refuseClipboard() {
  Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
  Document.prototype.execCommand = () => false;
}

/** Whether the share field holds the focus with its whole link selected. */
function linkSelected() {
  const field = document.querySelector('#share-url');
  return document.activeElement === field && field.selectionStart === 0 && field.selectionEnd === field.value.length && field.value.length > 0;
}

for (const [label, userAgent] of [['iPhone', WECHAT_IOS_UA], ['Android', WECHAT_ANDROID_UA]]) {
  test(`WeChat's in-app browser (${label}): copying selects the link, WeChat's own way is said, the calendar is offered as text`, async () => {
    const s = await open({ userAgent, serviceWorkers: 'block', acceptDownloads: false, init: refuseClipboard });
    const { page } = s;
    try {
      const scenario = scenarios['changji-quarantine'];
      await page.goto(await shareUrl(scenario));
      assert.equal((await answerOf(page)).verdict, 'eligible_after');
      const hint = page.locator('[data-host-hint="wechat"]');
      assert.match(await hint.innerText(), /复制链接.*在浏览器打开/);
      // Copying is refused: the link is selected, with how to copy it by hand.
      await page.click('#copy-link');
      const status = page.locator('.share [data-copied]');
      assert.equal(await status.getAttribute('data-copied'), 'false');
      assert.match(await status.innerText(), /已为你选中/);
      assert.ok(await page.evaluate(linkSelected), 'the link is selected');
      // The offline notice names WeChat's browser, not a mini-program.
      const offline = page.locator('[data-offline="unavailable"]');
      await offline.waitFor();
      assert.match(await offline.innerText(), /微信内置浏览器/);
      assert.doesNotMatch(await offline.innerText(), /小程序/);
      // The calendar: feedback, how to export from a browser, and the events as text.
      await page.click('#ics');
      const calendar = page.locator('[data-calendar]');
      assert.match(await calendar.innerText(), /在浏览器打开/);
      assert.doesNotMatch(await calendar.innerText(), /已生成/, 'no "file made" where WeChat drops the download');
      const text = await page.inputValue('#ics-text');
      const events = await page.evaluate(() => document.querySelector('#ics-text').value.split('\n\n').length);
      assert.ok(events >= 3, `the departure, the earliest departure and the deadlines: ${events}`);
      assert.match(text, /2022年10月14日 周五 20:00 北京时间/, 'the earliest departure, in CST');
      assert.ok(text.endsWith(await page.inputValue('#share-url')), 'the link back to the trip');
      await page.click('#copy-events');
      assert.equal(await page.locator('[data-calendar] [data-copied]').getAttribute('data-copied'), 'false');
      assert.ok(await page.evaluate(() => document.activeElement?.id === 'ics-text' && document.activeElement.selectionEnd === document.activeElement.value.length));
      await shot(page, `inapp-wechat-${label.toLowerCase()}`);
      assert.deepEqual(s.errors, []);
      assert.deepEqual(foreign(s.requests, await baseUrl()), []);
    } finally {
      await s.close();
    }
  });
}

test('a mini-program\'s web-view: its own hint and offline notice', async () => {
  const s = await open({ userAgent: MINI_PROGRAM_UA, serviceWorkers: 'block', acceptDownloads: false, init: refuseClipboard, locale: 'en-US' });
  try {
    await s.page.goto(await shareUrl(scenarios['hami-needs-documents']));
    await answerOf(s.page);
    await s.page.selectOption('#lang', 'en');
    assert.match(await s.page.locator('[data-host-hint="miniprogram"]').innerText(), /Forward/);
    await s.page.locator('[data-offline="unavailable"]').waitFor();
    assert.match(await s.page.locator('[data-offline]').innerText(), /inside the mini-program/);
    await s.page.click('#ics');
    assert.match(await s.page.locator('[data-calendar]').innerText(), /mini-program does not download/);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('in a browser: no WeChat hint; without the Clipboard API the old copy command still copies', async () => {
  const s = await open({
    locale: 'en-US',
    init: () => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
      window.__copied = [];
      Document.prototype.execCommand = function (command) { window.__copied.push([command, String(getSelection()) || document.activeElement?.value]); return true; };
    },
  });
  try {
    await s.page.goto(await shareUrl(scenarios['hami-needs-documents']));
    await answerOf(s.page);
    assert.equal(await s.page.locator('[data-host-hint]').count(), 0);
    await Promise.all([s.page.waitForEvent('download'), s.page.click('#ics')]);
    assert.match(await s.page.locator('[data-calendar="made"]').innerText(), /cango-trip\.ics is made[^]*open this page in a browser/);
    assert.equal(await s.page.locator('#share-sheet').count(), 0, 'no share sheet in headless Chromium');
    await s.page.click('#copy-link');
    assert.equal(await s.page.locator('.share [data-copied]').getAttribute('data-copied'), 'true');
    assert.deepEqual(await s.page.evaluate(() => window.__copied), [['copy', await s.page.inputValue('#share-url')]]);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('where the browser has a share sheet, it shares the link; if it fails, the link is selected', async () => {
  const s = await open({
    locale: 'en-US',
    init: () => {
      window.__shared = [];
      Navigator.prototype.share = function (data) {
        window.__shared.push(data);
        return window.__shared.length === 1 ? Promise.resolve() : Promise.reject(new DOMException('refused', 'NotAllowedError'));
      };
    },
  });
  try {
    await s.page.goto(await shareUrl(scenarios['hami-needs-documents']));
    await answerOf(s.page);
    const link = await s.page.inputValue('#share-url');
    await s.page.click('#share-sheet');
    await s.page.waitForFunction(() => window.__shared.length === 1);
    assert.deepEqual(await s.page.evaluate(() => window.__shared), [{ title: 'CanGo', url: link }]);
    await s.page.click('#share-sheet');
    await s.page.waitForFunction(linkSelected);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
