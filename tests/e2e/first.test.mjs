// A shared link's first answer comes alone (issue 12): the loader starts the
// first answer (src/first.rs) and only then the whole app, which takes its
// place with the same answer. Any other visit starts the whole app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSameAsCli, baseUrl, open, readAnswer, shareUrl, shot } from './lib.mjs';
import { scenarios } from './scenarios.mjs';

const WHOLE_APP = /\/cango-web-[0-9a-f]+(_bg\.wasm|\.js)$/;
const FIRST_ANSWER = /\/cango-first-[0-9a-f]+(_bg\.wasm|\.js)$/;

/** Records, in the page, whether a first answer (`#first-answer`) was ever shown. */
function watchFirstAnswer() {
  window.__firstAnswerShown = false;
  new MutationObserver(() => {
    if (document.getElementById('first-answer')?.querySelector('[data-verdict]')) window.__firstAnswerShown = true;
  }).observe(document, { childList: true, subtree: true });
}

test("a link's first answer is on screen before the whole app is fetched, which then takes its place", async () => {
  const s = await open({ init: watchFirstAnswer });
  try {
    const held = [];
    await s.page.route(WHOLE_APP, (route) => { held.push(route); });
    const scenario = scenarios['changji-quarantine'];
    await s.page.goto(await shareUrl(scenario));
    await s.page.waitForSelector('#first-answer [data-verdict]');
    const first = await s.page.evaluate(readAnswer);
    assertSameAsCli(first, scenario, 'the first answer');
    // Nothing there reacts before the whole app is there to act.
    assert.deepEqual(await s.page.evaluate(() => {
      const box = document.getElementById('first-answer');
      return { disabled: box.disabled, inert: box.hasAttribute('inert'), tripLine: document.getElementById('trip-line').matches(':disabled') };
    }), { disabled: true, inert: true, tripLine: true });
    assert.equal(await s.page.$('#ics'), null, 'the calendar comes with the whole app');
    await shot(s.page, 'first-answer');
    // The whole app was asked for only once the first answer was there.
    const asked = s.requests.filter((u) => WHOLE_APP.test(u) || FIRST_ANSWER.test(u)).map((u) => (FIRST_ANSWER.test(u) ? 'first' : 'whole'));
    assert.equal(asked.indexOf('whole') > asked.lastIndexOf('first'), true, `requests in order: ${asked}`);

    await Promise.all(held.splice(0).map((r) => r.continue()));
    await s.page.waitForSelector('#ics');
    assert.equal(await s.page.$('#first-answer'), null, 'the first answer gave way');
    assert.equal(await s.page.locator('[data-verdict]').count(), 1);
    assert.deepEqual(await s.page.evaluate(readAnswer), first, 'the same answer');
    await s.page.click('#trip-line');
    assert.equal(await s.page.isVisible('#trip-form'), true, 'the whole app acts');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test("a visit without a link, a reload of the traveller's own trip, and a tool's link, start the whole app", async () => {
  const s = await open({ init: watchFirstAnswer });
  try {
    await s.page.goto(`${await baseUrl()}index.html`);
    await s.page.waitForSelector('[data-verdict]');
    assert.equal(await s.page.evaluate(() => window.__firstAnswerShown), false, 'without a link');
    // The address carries the traveller's own trip, so a reload opens on
    // `#s=`: with its form, which the first answer lacks.
    await s.page.waitForFunction(() => /^#s=[\w-]+$/.test(location.hash));
    await s.page.reload();
    await s.page.waitForSelector('#trip-form:not([hidden]) #origin');
    assert.equal(await s.page.evaluate(() => window.__firstAnswerShown), false, "a reload of the traveller's own trip");
    await s.page.click('[data-view="care"]');
    await s.page.waitForFunction(() => /^#s=[\w-]+&v=care&c=/.test(location.hash));
    await s.page.reload();
    await s.page.waitForSelector('#care-need');
    assert.equal(await s.page.evaluate(() => window.__firstAnswerShown), false, "a tool's link");
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
