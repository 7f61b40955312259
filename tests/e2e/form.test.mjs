// The live form: the answer follows every change, with no submit button;
// a reload keeps the scenario.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerOf, baseUrl, foreign, open, shot } from './lib.mjs';

test('filling the form changes the verdict live, and a reload keeps it', async () => {
  const s = await open({ locale: 'en-US' });
  const { page } = s;
  try {
    await page.goto(`${await baseUrl()}index.html`);
    assert.equal(await page.locator('button[type=submit], input[type=submit]').count(), 0, 'no submit button');
    assert.equal((await answerOf(page)).verdict, 'eligible_after');
    await page.selectOption('#code', 'red');
    await page.waitForSelector('[data-verdict="not_eligible"]');
    await page.selectOption('#code', 'green');
    await page.waitForSelector('[data-verdict="eligible_after"]');
    await page.selectOption('#purpose', 'medical');
    await page.waitForSelector('[data-verdict="needs_approval"]');
    await page.selectOption('#purpose', 'ordinary');

    // Origin by pinyin, then by code; Xinjiang time is shown beside CST.
    await page.fill('#origin', 'fukang');
    await page.click('[data-pick="652302"]');
    await page.waitForSelector('.region [data-region="652302"]');
    assert.ok(await page.locator('[data-xj]').first().isVisible());
    await page.waitForSelector('.answer [data-conflict]');
    await page.fill('#origin', '650502');
    await page.click('[data-pick="650502"]');
    await page.fill('#destination', '上海');
    await page.click('[data-pick="310000"]');

    // Tests: two negative NATs on distinct days, then the documents: eligible.
    await page.fill('#now', '2022-10-07T20:00');
    await page.fill('#departure', '2022-10-08T10:00');
    await page.fill('#test-at-0', '2022-10-06T12:00');
    await page.click('#add-test');
    await page.fill('#test-at-1', '2022-10-07T12:00');
    const before = await answerOf(page);
    assert.equal(before.documents.find((d) => d.id === 'nat_reports')?.held, true);
    await page.click('[data-doc="commitment_letter"]');
    await page.waitForSelector('[data-doc="commitment_letter"][data-held="true"]');
    await page.click('[data-doc="exit_certificate"]');
    await page.waitForSelector('[data-verdict="eligible"]');
    await shot(page, 'form-eligible-en');

    // A test sampled in the future is flagged, not silently used.
    await page.fill('#test-at-1', '2022-10-09T12:00');
    await page.waitForSelector('.test.bad [role=alert]');
    await page.fill('#test-at-1', '2022-10-07T12:00');
    await page.waitForSelector('[data-verdict="eligible"]');

    const url = page.url();
    assert.match(url, /#s=/);
    await page.reload();
    assert.equal((await answerOf(page)).verdict, 'eligible');
    assert.equal(await page.locator('#test-at-1').inputValue(), '2022-10-07T12:00');
    // Without the link, localStorage restores the trip.
    await page.goto(`${await baseUrl()}index.html`);
    await page.reload();
    assert.equal((await answerOf(page)).verdict, 'eligible');
    assert.equal(page.url(), url, 'the address carries the restored scenario');
    assert.deepEqual(s.errors, []);
    assert.deepEqual(foreign(s.requests, await baseUrl()), []);
  } finally {
    await s.close();
  }
});

test('the health-code calculator and the care finder are views of the same app', async () => {
  const s = await open({ locale: 'en-US' });
  const { page } = s;
  try {
    await page.goto(`${await baseUrl()}index.html`);
    await page.click('[data-view="code"]');
    // Shandong, close contact since 2022-12-01, at 2022-12-07 12:00: the CLI says which colour.
    const color = await page.locator('[data-color]').getAttribute('data-color');
    assert.ok(['green', 'yellow', 'red'].includes(color), color);
    await page.fill('#code-now', '2022-12-04T12:00');
    await page.waitForSelector('[data-color="red"]');
    await page.fill('#code-region', '650102');
    await page.click('[data-pick="650102"]');
    await page.waitForSelector('[data-color="unknown"]');
    await page.click('[data-view="care"]');
    await page.waitForSelector('[data-place="yining-peoples-hospital"]');
    assert.equal(await page.locator('[data-emergency="120"]').count(), 1);
    await page.click('[data-view="check"]');
    await page.waitForSelector('[data-verdict]');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
