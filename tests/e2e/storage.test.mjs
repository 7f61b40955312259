// Nothing lost: unreadable stored data is shown and kept; a full or missing
// storage is reported and the app keeps working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerOf, baseUrl, open, shot } from './lib.mjs';

for (const [name, raw, pattern] of [
  ['corrupt', '{"schema":1,"scenario":{"origin":', /not valid JSON/],
  ['newer-schema', '{"schema":2,"scenario":{"future":true}}', /2/],
  ['invalid-scenario', '{"schema":1,"scenario":{"origin":{"region":"659999","risk":"none"}}}', /origin\.region/],
]) {
  test(`stored data that cannot be read (${name}) is shown, kept and offered for export`, async () => {
    const s = await open({ locale: 'en-US' });
    const { page } = s;
    try {
      await page.goto(`${await baseUrl()}index.html`);
      await page.evaluate((raw) => localStorage.setItem('cango.trip', raw), raw);
      await page.goto(`${await baseUrl()}index.html`); // no link: the stored trip is what would load
      await page.reload();
      const banner = page.locator('[data-problem="stored"]');
      await banner.waitFor();
      assert.equal(await page.locator('#stored-raw').inputValue(), raw);
      assert.match(await banner.innerText(), pattern);
      if (name === 'corrupt') await shot(page, 'stored-problem-en');
      // The app still answers, and does not overwrite the stored data. (The
      // address may already hold the trip the app wrote into it, which
      // then opens as a link's, folded: open the form.)
      if (await page.getAttribute('#trip-line', 'aria-expanded') === 'false') await page.click('#trip-line');
      await page.selectOption('#code', 'red');
      await page.waitForSelector('[data-verdict="not_eligible"]');
      assert.equal(await page.evaluate(() => localStorage.getItem('cango.trip')), raw);
      const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Download the data' }).click()]);
      assert.ok(download.suggestedFilename().endsWith('.json'));
      // Discarding it (a choice, never silent) resumes saving.
      await banner.getByRole('button', { name: /Discard/ }).click();
      await page.waitForFunction((raw) => localStorage.getItem('cango.trip') !== raw, raw);
      assert.match(await page.evaluate(() => localStorage.getItem('cango.trip')), /"schema":1/);
    } finally {
      await s.close();
    }
  });
}

test('full storage is reported and the app keeps working', async () => {
  const s = await open({
    locale: 'en-US',
    init: () => {
      Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
    },
  });
  try {
    await s.page.goto(`${await baseUrl()}index.html`);
    await s.page.waitForSelector('[data-problem="storage-full"]');
    await s.page.selectOption('#code', 'red');
    await s.page.waitForSelector('[data-verdict="not_eligible"]');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('unavailable storage (private mode) is reported and the app keeps working', async () => {
  const s = await open({ locale: 'en-US', storage: false });
  try {
    await s.page.goto(`${await baseUrl()}index.html`);
    await s.page.waitForSelector('[data-problem="storage-unavailable"]');
    assert.equal((await answerOf(s.page)).verdict, 'eligible_after');
    await s.page.selectOption('#code', 'red');
    await s.page.waitForSelector('[data-verdict="not_eligible"]');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
