// Calendar export, the QR code, privacy and accessibility.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { answerOf, assertCalendar, baseUrl, foreign, open, shareUrl } from './lib.mjs';
import { scenarios } from './scenarios.mjs';

const require = createRequire(import.meta.url);

test('the .ics download parses, with the departure and deadlines in CST', async () => {
  const s = await open({ timezoneId: 'America/New_York', locale: 'en-US' });
  try {
    const scenario = scenarios['changji-quarantine'];
    await s.page.goto(await shareUrl(scenario));
    await answerOf(s.page);
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('#ics')]);
    assert.equal(download.suggestedFilename(), 'cango-trip.ics');
    const text = readFileSync(await download.path(), 'utf8');
    assertCalendar(text, scenario, await s.page.inputValue('#share-url'));
  } finally {
    await s.close();
  }
});

test('the QR code encodes the shareable link', async () => {
  const s = await open();
  try {
    await s.page.goto(await shareUrl(scenarios['hami-needs-documents']));
    await answerOf(s.page);
    const link = await s.page.locator('#share-url').inputValue();
    assert.match(link, /index\.html#s=/);
    // Decoded in a blank page: the app's CSP (img-src 'self') rightly refuses blob: images.
    const svgText = await s.page.locator('svg.qr').evaluate((svg) => new XMLSerializer().serializeToString(svg));
    const blank = await s.context.newPage();
    await blank.evaluate(readFileSync(require.resolve('jsqr/dist/jsQR.js'), 'utf8'));
    const decoded = await blank.evaluate(async (svgText) => {
      const img = new Image();
      const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
      await new Promise((ok, fail) => { img.onload = ok; img.onerror = fail; img.src = url; });
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 600;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0, 600, 600);
      const data = ctx.getImageData(0, 0, 600, 600);
      return window.jsQR(data.data, 600, 600)?.data ?? null;
    }, svgText);
    await blank.close();
    assert.equal(decoded, link);
    // The copy button copies the same link.
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(await baseUrl()).origin });
    await s.page.click('#copy-link');
    await s.page.waitForSelector('.share [role=status]');
    assert.equal(await s.page.evaluate(() => navigator.clipboard.readText()), link);
  } finally {
    await s.close();
  }
});

test('no request leaves the origin, whatever the traveller does', async () => {
  const s = await open();
  try {
    const base = await baseUrl();
    await s.page.goto(await shareUrl(scenarios['changji-quarantine']));
    await answerOf(s.page);
    for (const lang of ['en', 'ug', 'zh-Hant']) await s.page.selectOption('#lang', lang);
    await s.page.click('#trip-line'); // a link opens on the answer, the form folded
    await s.page.fill('#origin', 'yining');
    await s.page.locator('[data-pick]').first().click();
    for (const v of ['code', 'care', 'check']) await s.page.click(`[data-view="${v}"]`);
    await Promise.all([s.page.waitForEvent('download'), s.page.click('#ics')]);
    await s.page.locator('details.sources summary').first().click();
    assert.ok(s.requests.length >= 3, 'requests were recorded');
    assert.deepEqual(foreign(s.requests, base), []);
  } finally {
    await s.close();
  }
});

test('axe-core finds no accessibility violations', async () => {
  const s = await open();
  const axe = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  try {
    const pages = [['check', scenarios['changji-quarantine']], ['check', scenarios['red-code']], ['code', null], ['care', null]];
    for (const lang of ['zh-Hans', 'ug', 'en']) {
      for (const [view, scenario] of pages) {
        await s.page.goto(scenario ? await shareUrl(scenario) : `${await baseUrl()}index.html`);
        await s.page.waitForSelector('[data-view]');
        await s.page.selectOption('#lang', lang);
        await s.page.click(`[data-view="${view}"]`);
        await s.page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
        await s.page.evaluate(axe);
        const result = await s.page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
        const summary = result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        assert.deepEqual(summary, [], `${lang}/${view}`);
      }
    }
  } finally {
    await s.close();
  }
});

test('load time to the first answer (reported, on a throttled phone profile too)', async (t) => {
  for (const [label, throttle] of [['local', null], ['4x CPU, 1.6 Mbit/s, 150 ms RTT', { cpu: 4, down: 1.6e6 / 8, up: 750e3 / 8, latency: 150 }]]) {
    const s = await open();
    try {
      if (throttle) {
        const cdp = await s.context.newCDPSession(s.page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpu });
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: throttle.latency, downloadThroughput: throttle.down, uploadThroughput: throttle.up });
      }
      const start = Date.now();
      await s.page.goto(await shareUrl(scenarios['changji-quarantine']));
      await s.page.waitForSelector('[data-verdict]', { timeout: 60_000 });
      const ms = Date.now() - start;
      t.diagnostic(`time to the verdict (${label}): ${ms} ms`);
      assert.ok(ms < 30_000);
    } finally {
      await s.close();
    }
  }
});
