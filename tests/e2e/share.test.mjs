// Shareable links: the app shows the CLI's answer for the same scenario.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerOf, assertSameAsCli, foreign, open, shareUrl, baseUrl } from './lib.mjs';
import { scenarios } from './scenarios.mjs';

test('shareable links show the same answer as the CLI', async (t) => {
  const s = await open();
  try {
    assert.ok(Object.keys(scenarios).length >= 8);
    for (const [name, scenario] of Object.entries(scenarios)) {
      await t.test(name, async () => {
        await s.page.goto(await shareUrl(scenario));
        await s.page.reload(); // a fresh load from the link, not an in-page hash change
        assertSameAsCli(await answerOf(s.page), scenario, name);
      });
    }
    assert.deepEqual(s.errors, []);
    assert.deepEqual(foreign(s.requests, await baseUrl()), []);
  } finally {
    await s.close();
  }
});

test('a link pasted into the open tab loads at once', async () => {
  const s = await open();
  try {
    await s.page.goto(await shareUrl(scenarios['hami-needs-documents']));
    assert.equal((await answerOf(s.page)).verdict, 'eligible_after');
    await s.page.goto(await shareUrl(scenarios['red-code']));
    await s.page.waitForSelector('[data-verdict="not_eligible"]');
  } finally {
    await s.close();
  }
});

test('a broken link is shown, not ignored', async () => {
  const s = await open();
  try {
    await s.page.goto(`${await baseUrl()}index.html#s=${Buffer.from('{"origin":{"region":"659999"}}').toString('base64url')}`);
    const banner = s.page.locator('[data-problem="link"]');
    await banner.waitFor();
    assert.match(await banner.innerText(), /origin\.region/);
  } finally {
    await s.close();
  }
});
