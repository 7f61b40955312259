// The regions' names are not on the critical path (issue 12): the
// WebAssembly carries every code, so a shared link is answered, and a wrong
// code refused, before the names arrive; they are fetched once the answer
// is on screen, and the places are named when they come.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSameAsCli, answerOf, open, readAnswer, shareUrl, shot } from './lib.mjs';
import { scenarios } from './scenarios.mjs';

const NAMES = '**/regions-*.tsv';

/** Holds every request for the names until `release()` (or fails them with `fail()`). */
async function holdNames(page) {
  const held = [];
  const seen = [];
  await page.route(NAMES, async (route) => {
    // What the page showed when it asked for the names.
    seen.push(await page.evaluate(() => Boolean(document.querySelector('.answer [data-verdict]'))).catch(() => null));
    held.push(route);
  });
  return {
    seen,
    /** Waits until the page has asked for the names. */
    async asked() {
      for (let waited = 0; seen.length === 0; waited += 20) {
        if (waited > 20_000) throw new Error('the names were never asked for');
        await new Promise((ok) => setTimeout(ok, 20));
      }
    },
    release: () => Promise.all(held.splice(0).map((r) => r.continue())),
    fail: () => Promise.all(held.splice(0).map((r) => r.abort())),
  };
}

test('a shared link is answered before the place names arrive, which are asked for only after the answer and then shown', async () => {
  const s = await open();
  try {
    const names = await holdNames(s.page);
    const scenario = scenarios['yining-low-risk-pending'];
    await s.page.goto(await shareUrl(scenario));
    const answer = await answerOf(s.page);
    assertSameAsCli(answer, scenario, 'before the names');
    await names.asked();
    assert.deepEqual(names.seen, [true], 'asked for once, with the answer already on screen');
    // Meanwhile the place shows as its code, and a name is not searched yet.
    assert.match(await s.page.locator('#trip-line').innerText(), /654002/);
    await s.page.click('#trip-line'); // a link opens on the answer, the form folded
    assert.equal((await s.page.locator('#origin-picked').innerText()).trim(), '654002');
    await s.page.fill('#origin', '伊宁');
    await s.page.waitForSelector('[data-names="pending"]');
    await shot(s.page, 'places-pending');
    // A code is found at once.
    await s.page.fill('#origin', '65400');
    await s.page.waitForSelector('#origin-list [data-pick="654002"]');

    await names.release();
    await s.page.waitForFunction(() => document.querySelector('#origin-picked').innerText.includes('伊宁市'));
    await s.page.fill('#origin', '伊宁');
    await s.page.waitForSelector('#origin-list [data-pick="654002"]');
    assert.deepEqual(await s.page.evaluate(readAnswer), answer, 'the names change no answer');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('a link with an unknown code is refused before the names arrive', async () => {
  const s = await open();
  try {
    const names = await holdNames(s.page);
    const scenario = { ...scenarios['yining-low-risk-pending'], origin: { region: '659999', risk: 'low' } };
    await s.page.goto(await shareUrl(scenario));
    const banner = s.page.locator('[data-problem="link"]');
    await banner.waitFor({ timeout: 20_000 });
    assert.match(await banner.innerText(), /origin\.region/);
    assert.match(await banner.innerText(), /659999/);
  } finally {
    await s.close();
  }
});

test('when the names cannot be fetched, places show by code and the search asks for a code', async () => {
  const s = await open({ locale: 'en-US' });
  try {
    const names = await holdNames(s.page);
    const scenario = scenarios['yining-low-risk-pending'];
    await s.page.goto(await shareUrl(scenario));
    const answer = await answerOf(s.page);
    await names.asked();
    await names.fail();
    await s.page.click('#trip-line');
    await s.page.fill('#origin', 'Yining');
    const hint = s.page.locator('[data-names="pending"]');
    await s.page.waitForFunction(() => /could not load/.test(document.querySelector('[data-names="pending"]')?.innerText ?? ''));
    assert.match(await hint.innerText(), /six-digit/);
    await s.page.fill('#origin', '652302');
    await s.page.click('#origin-list [data-pick="652302"]');
    await s.page.waitForFunction(() => document.querySelector('#origin-picked')?.dataset.region === '652302');
    assert.equal((await s.page.locator('#origin-picked').innerText()).trim(), '652302');
    assert.notDeepEqual(await s.page.evaluate(readAnswer), answer, 'a trip from Fukang has its own answer');
    await shot(s.page, 'places-failed');
  } finally {
    await s.close();
  }
});

test('the names arriving move nothing on screen (layout shift), in English and Uyghur', async () => {
  for (const locale of ['en-US', 'ug']) {
    const s = await open({
      viewport: { width: 412, height: 823 }, locale, init: () => {
        window.__shift = 0;
        new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
      },
    });
    try {
      const names = await holdNames(s.page);
      await s.page.goto(await shareUrl(scenarios['hami-all-in-order']));
      await answerOf(s.page);
      await names.asked();
      await names.release();
      await s.page.waitForFunction(() => !document.querySelector('#trip-line').innerText.includes('650502'));
      await s.page.waitForTimeout(300);
      const shift = await s.page.evaluate(() => window.__shift);
      assert.ok(shift < 0.005, `${locale}: cumulative layout shift ${shift}`);
    } finally {
      await s.close();
    }
  }
});
