// What the answer rests on, and what is shown is what is used (issue 13).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerOf, baseUrl, cli, open, PHONE, shareUrl } from './lib.mjs';
import { scenarios } from './scenarios.mjs';

for (const size of [PHONE, { width: 320, height: 640 }]) test(`a verdict that rests on a reported, disputed rule says so, with the answer under the published rules alone (${size.width}×${size.height})`, async () => {
  const s = await open({ locale: 'en-US' });
  try {
    const scenario = scenarios['changji-quarantine'];
    await s.page.setViewportSize(size);
    await s.page.goto(await shareUrl(scenario));
    await answerOf(s.page);
    const expected = cli(scenario).published_only;
    assert.ok(expected, 'the CLI gives the published-only answer for this trip');
    const doubt = s.page.locator('[data-published-only]');
    assert.equal(await doubt.getAttribute('data-published-only'), expected.verdict);
    // Inside the verdict box, beside the verdict, and readable there.
    assert.equal(await s.page.locator('[data-verdict] [data-published-only]').count(), 1);
    assert.ok(await doubt.isVisible());
    // Each source shows what it said, without the file's hash.
    await s.page.locator('details.sources summary').first().click();
    assert.ok(await s.page.locator('details.sources[open] .quote').count() > 0, 'quoted sentences');
    assert.equal(await s.page.locator('.sources .file', { hasText: '.txt' }).count(), 0);
  } finally {
    await s.close();
  }
});

test('a cleared time field shows again the time the answer uses', async () => {
  const s = await open({ locale: 'en-US' });
  try {
    await s.page.goto(`${await baseUrl()}index.html`);
    await s.page.click('[data-view="code"]');
    const since = s.page.locator('#since-0');
    const before = await since.inputValue();
    assert.ok(before, 'the example event has a start');
    await since.fill('');
    await since.blur();
    assert.equal(await since.inputValue(), before);
  } finally {
    await s.close();
  }
});

test('the code and care views are in the address, so they can be shared', async () => {
  const s = await open({ locale: 'en-US' });
  try {
    await s.page.goto(`${await baseUrl()}index.html`);
    await s.page.click('[data-view="care"]');
    await s.page.selectOption('#care-need', 'fever');
    await s.page.waitForFunction(() => location.hash.includes('&v=care&c='));
    const link = await s.page.evaluate(() => location.href);
    const other = await open({ locale: 'en-US' });
    try {
      await other.page.goto(link);
      await other.page.waitForSelector('#care-need');
      assert.equal(await other.page.inputValue('#care-need'), 'fever');
      assert.equal(await other.page.getAttribute('[data-view="care"]', 'aria-current'), 'page');
      assert.deepEqual(other.errors, []);
    } finally {
      await other.close();
    }
  } finally {
    await s.close();
  }
});

test('a tap shows the QR code as large as the screen allows', async () => {
  const s = await open({ locale: 'en-US' });
  try {
    await s.page.setViewportSize(PHONE);
    await s.page.goto(await shareUrl(scenarios['changji-quarantine']));
    await answerOf(s.page);
    const qr = s.page.locator('svg.qr');
    const small = await qr.boundingBox();
    await s.page.click('.qr-zoom');
    const large = await s.page.locator('svg.qr.large').boundingBox();
    assert.ok(large.width > small.width * 1.5, `${small.width} → ${large.width}`);
    assert.equal(await s.page.getAttribute('.qr-zoom', 'aria-expanded'), 'true');
  } finally {
    await s.close();
  }
});
