// On a phone: no sideways scrolling at 320 and 390 px in any language or
// view, and every control a finger can hit is at least 44 × 44 px. The
// check view opens a shared Fukang trip, whose answer has a conflict with
// its complaint channels (long web addresses) and contacts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { OUTPUT, baseUrl, foreign, open, shareUrl } from './lib.mjs';
import { scenarios } from './scenarios.mjs';

const LANGS = ['zh-Hans', 'zh-Hant', 'en', 'ug'];
const SIZES = [{ width: 320, height: 640 }, { width: 390, height: 844 }];
const VIEWS = ['check', 'code', 'care'];
const TARGET = 44;

/** Sideways overflow and the controls smaller than a finger, on this page. */
function measure(target) {
  const controls = 'a[href], button, select, input, textarea, summary, [role=option]';
  const small = [...document.querySelectorAll(controls)]
    .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
    .map((e) => ({ e, box: e.getBoundingClientRect() }))
    // Half a pixel for subpixel layout.
    .filter(({ box }) => box.width < target - 0.5 || box.height < target - 0.5)
    .map(({ e, box }) => `${e.outerHTML.slice(0, 90)} ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);
  const wide = [...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
    .map((e) => e.outerHTML.slice(0, 90));
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, small, wide: wide.slice(0, 5) };
}

test('no sideways scrolling and 44 px targets at 320 and 390 px, in every language and view', async () => {
  const s = await open();
  const { page } = s;
  try {
    const link = await shareUrl(scenarios['changji-quarantine']);
    const problems = [];
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const lang of LANGS) {
        for (const view of VIEWS) {
          // From a blank page: the same link again would only change the hash.
          await page.goto('about:blank');
          await page.goto(link);
          await page.waitForSelector('[data-verdict]');
          await page.selectOption('#lang', lang);
          await page.waitForFunction((l) => document.documentElement.lang === l, lang);
          await page.click(`[data-view="${view}"]`);
          if (view === 'check') {
            await page.waitForSelector('.answer [data-conflict] .contacts a.url');
            // A link opens with its trip folded: open the form, and a search
            // in it, so that the form and the options are measured too.
            await page.click('#trip-line');
            await page.fill('#destination', '乌鲁木齐');
            await page.waitForSelector('#destination-list [role=option]');
          }
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
          const m = await page.evaluate(measure, TARGET);
          const where = `${size.width}×${size.height} ${lang} ${view}`;
          if (m.scrollWidth > m.innerWidth) problems.push(`${where}: scrollWidth ${m.scrollWidth} > ${m.innerWidth}: ${m.wide.join(' | ')}`);
          for (const small of m.small) problems.push(`${where}: ${small}`);
          if (size.width === 320) await screenshots(page, `phone-320-${lang}-${view}`, view);
        }
      }
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(s.errors, []);
    // The complaint channels' addresses are links: rendering them fetched nothing.
    assert.deepEqual(foreign(s.requests, await baseUrl()), []);
  } finally {
    await s.close();
  }
});

/** Screens of a view at the places worth looking at, for a person to check. */
async function screenshots(page, name, view) {
  const places = {
    check: ['header', '#origin', '.answer .verdict', '.answer [data-conflict]', '.answer > .contacts', '.reqs details.sources'],
    code: ['header', '.tool .verdict', '.tool .contacts'],
    care: ['header', '.places', '.tool .contacts'],
  }[view];
  for (const [i, selector] of places.entries()) {
    const found = await page.evaluate((sel) => {
      const e = document.querySelector(sel);
      if (!e) return false;
      e.scrollIntoView({ block: 'start' });
      return true;
    }, selector);
    if (found) await page.screenshot({ path: join(OUTPUT, `${name}-${i}.png`) });
  }
}
