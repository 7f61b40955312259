// The device's time zone changes nothing: every time is shown in CST (and
// Xinjiang time beside it), every rule is computed in CST.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerOf, cli, open, shareUrl } from './lib.mjs';
import { scenarios } from './scenarios.mjs';

const ZONES = ['Asia/Urumqi', 'Asia/Shanghai', 'America/New_York', 'UTC', 'Pacific/Kiritimati'];

test('the same answer in every device time zone', async () => {
  const picks = ['changji-quarantine', 'hami-needs-documents', 'xinjiang-time-input'];
  const seen = {};
  for (const timezoneId of ZONES) {
    const s = await open({ timezoneId, locale: 'en-US' });
    try {
      for (const name of picks) {
        await s.page.goto(await shareUrl(scenarios[name]));
        await s.page.reload();
        const answer = await answerOf(s.page);
        const text = await s.page.locator('.answer').innerText();
        const form = await s.page.evaluate(() => [...document.querySelectorAll('input[type=datetime-local]')].map((i) => i.value));
        const got = { answer, text, form };
        assert.equal(answer.verdict, cli(scenarios[name]).verdict, `${name} in ${timezoneId}`);
        if (seen[name]) assert.deepEqual(got, seen[name], `${name}: ${timezoneId} differs from ${ZONES[0]}`);
        else seen[name] = got;
      }
      assert.deepEqual(s.errors, []);
    } finally {
      await s.close();
    }
  }
  assert.match(seen['changji-quarantine'].text, /Xinjiang time/);
  assert.match(seen['changji-quarantine'].text, /CST/);
});
