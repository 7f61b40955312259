// On a phone the answer is what you see (issue 13): a shared link opens on
// the verdict with the trip folded into one line; while editing, the verdict
// in brief stays in view; a link never overwrites the trip saved here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, answerOf, baseUrl, open, shareUrl, shot } from './lib.mjs';

const require = createRequire(import.meta.url);
const golden = (name) => JSON.parse(readFileSync(join(ROOT, 'tests/golden/check', `${name}.json`), 'utf8'));
// Tianshan to Shanghai, all in order: the issue's own example.
const urumqi = golden('01-urumqi-shanghai-in-order');
const LANGS = ['zh-Hans', 'zh-Hant', 'en', 'ug'];
const SIZES = [{ width: 390, height: 844 }, { width: 320, height: 640 }];

/** Whether the element is entirely within the viewport as it is scrolled now. */
async function inView(locator) {
  const box = await locator.boundingBox();
  const { innerHeight, innerWidth } = await locator.page().evaluate(() => ({ innerHeight, innerWidth }));
  return box !== null && box.y >= 0 && box.y + box.height <= innerHeight && box.x >= 0 && box.x + box.width <= innerWidth;
}

for (const viewport of SIZES) {
  const size = `${viewport.width}x${viewport.height}`;
  test(`${size}: a shared link opens on the verdict; the trip is one line that opens the form`, async () => {
    const s = await open({ viewport });
    const { page } = s;
    try {
      await page.goto(await shareUrl(urumqi.scenario));
      assert.equal((await answerOf(page)).verdict, urumqi.expect.verdict);
      // In the first screen, without scrolling.
      assert.equal(await page.evaluate(() => window.scrollY), 0);
      const verdict = page.locator('.answer [data-verdict]');
      const box = await verdict.boundingBox();
      assert.ok(box.y < viewport.height, `the verdict's top at ${box.y} px, below the first ${viewport.height} px`);
      assert.ok(await inView(page.locator('.verdict .v-word')), 'the verdict word is on the first screen');
      // The trip folded into one line: places, departure, and "change".
      const line = page.locator('#trip-line');
      assert.ok(await inView(line));
      assert.equal(await line.getAttribute('aria-expanded'), 'false');
      assert.match(await line.innerText(), /天山区 → 上海市 · 10\/8\s10:00\s*修改/);
      assert.equal(await page.locator('#origin').isVisible(), false, 'the form is folded');
      assert.equal(await page.locator('[data-mini-verdict]').count(), 0);
      await shot(page, `phone-link-${size}-zh-Hans`);

      // Opened, the form is there, and the verdict in brief stays in view while editing.
      await line.click();
      assert.equal(await line.getAttribute('aria-expanded'), 'true');
      await page.locator('#origin').waitFor({ state: 'visible' });
      const mini = page.locator('[data-mini-verdict]');
      assert.equal(await mini.getAttribute('data-mini-verdict'), urumqi.expect.verdict);
      for (const field of ['#origin', '#code', '#add-test', '#device-clock']) {
        await page.locator(field).scrollIntoViewIfNeeded();
        assert.ok(await inView(mini), `the verdict in brief is in view beside ${field}`);
      }
      // It follows the edit…
      await page.locator('#code').selectOption('red');
      await page.waitForSelector('[data-mini-verdict="not_eligible"]');
      assert.ok(await inView(mini));
      await shot(page, `phone-editing-${size}-zh-Hans`);
      // …and takes you to the full answer.
      await page.locator('#device-clock').scrollIntoViewIfNeeded();
      await mini.click();
      await page.waitForFunction(() => document.activeElement?.id === 'answer');
      await page.waitForFunction(() => {
        const r = document.querySelector('.answer [data-verdict]').getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      });
      assert.equal(new URL(page.url()).hash.startsWith('#s='), true, 'the address still carries the trip');
      assert.deepEqual(s.errors, []);
    } finally {
      await s.close();
    }
  });
}

test('opening a link leaves the saved trip alone until it is kept; "back to my trip" is one tap', async () => {
  const s = await open();
  const { page } = s;
  const stored = () => page.evaluate(() => localStorage.getItem('cango.trip'));
  try {
    // My trip: the example with a red code, saved as I edit it.
    await page.goto(`${await baseUrl()}index.html`);
    await page.locator('#code').selectOption('red');
    await page.waitForSelector('.answer [data-verdict="not_eligible"]');
    await page.waitForFunction(() => /"health_code":"red"/.test(localStorage.getItem('cango.trip') ?? ''));
    const mine = await stored();

    // Someone's link, opened in a fresh page.
    await page.goto('about:blank');
    await page.goto(await shareUrl(urumqi.scenario));
    assert.equal((await answerOf(page)).verdict, 'eligible');
    assert.equal(await stored(), mine, 'opening the link saved nothing');
    assert.ok(await page.locator('[data-link-trip]').isVisible());
    // Editing it is allowed, and still saves nothing.
    await page.click('#trip-line');
    await page.locator('#purpose').selectOption('medical');
    await page.waitForSelector('.answer [data-verdict="needs_approval"]');
    assert.equal(await stored(), mine, 'an edit is not a keep');
    assert.match(page.url(), /#s=/, 'the address follows the trip shown');
    const edited = page.url();

    // One tap back to my trip.
    await page.click('#own-trip');
    await page.waitForSelector('.answer [data-verdict="not_eligible"]');
    assert.equal(await page.locator('[data-link-trip]').count(), 0);
    assert.equal(await stored(), mine);
    assert.notEqual(page.url(), edited, 'the address follows my trip again');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'trip-line');

    // The link again, kept this time: now it is my trip.
    await page.goto('about:blank');
    await page.goto(await shareUrl(urumqi.scenario));
    await page.waitForSelector('.answer [data-verdict="eligible"]');
    assert.equal(await stored(), mine);
    await page.click('#keep-trip');
    await page.waitForFunction((mine) => localStorage.getItem('cango.trip') !== mine, mine);
    const kept = JSON.parse(await stored());
    assert.equal(kept.scenario.origin.region, urumqi.scenario.origin.region);
    assert.equal(kept.scenario.health_code, 'green');
    assert.equal(await page.locator('[data-link-trip]').count(), 0);
    // A reload opens on it as my own trip, not as a link.
    await page.reload();
    await page.waitForSelector('.answer [data-verdict="eligible"]');
    assert.equal(await page.locator('[data-link-trip]').count(), 0);
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('a link opened with nothing saved offers to keep it, with nowhere to go back to', async () => {
  const s = await open();
  try {
    await s.page.goto(await shareUrl(urumqi.scenario));
    await answerOf(s.page);
    assert.equal(await s.page.evaluate(() => localStorage.getItem('cango.trip')), null);
    assert.ok(await s.page.locator('#keep-trip').isVisible());
    assert.equal(await s.page.locator('#own-trip').count(), 0);
  } finally {
    await s.close();
  }
});

test('screenshots of a link opened, in every language; axe finds nothing folded or editing', async () => {
  const axe = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  for (const viewport of SIZES) {
    const s = await open({ viewport });
    const { page } = s;
    try {
      // Something saved, so that "back to my trip" shows too.
      await page.goto(`${await baseUrl()}index.html`);
      await page.waitForSelector('[data-verdict]');
      for (const lang of LANGS) {
        await page.goto('about:blank');
        await page.goto(await shareUrl(urumqi.scenario));
        await page.waitForSelector('[data-link-trip]');
        await page.selectOption('#lang', lang);
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        await page.evaluate(() => window.scrollTo(0, 0));
        const box = await page.locator('.answer [data-verdict]').boundingBox();
        assert.ok(box.y < viewport.height, `${lang}: the verdict's top at ${box.y} px`);
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${lang}: no sideways scrolling`);
        await shot(page, `phone-link-${viewport.width}x${viewport.height}-${lang}`);
        await page.evaluate(axe);
        for (const state of ['folded', 'editing']) {
          if (state === 'editing') {
            await page.click('#trip-line');
            await page.evaluate(() => window.scrollTo(0, 0));
            await shot(page, `phone-editing-${viewport.width}x${viewport.height}-${lang}`);
          }
          const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
          const summary = result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
          assert.deepEqual(summary, [], `${lang}/${state}`);
        }
      }
      assert.deepEqual(s.errors, []);
    } finally {
      await s.close();
    }
  }
});
