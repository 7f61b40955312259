// Four languages: a switch keeps the scenario; Uyghur is right to left;
// screenshots of the main states at phone size for a person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerOf, baseUrl, open, shareUrl, shot } from './lib.mjs';
import { scenarios } from './scenarios.mjs';

const LANGS = ['zh-Hans', 'zh-Hant', 'en', 'ug'];

test('the browser preference picks the language; Simplified Chinese by default', async () => {
  for (const [locale, tag] of [['fr-FR', 'zh-Hans'], ['zh-TW', 'zh-Hant'], ['en-GB', 'en'], ['ug-CN', 'ug'], ['zh-CN', 'zh-Hans']]) {
    const s = await open({ locale });
    try {
      await s.page.goto(`${await baseUrl()}index.html`);
      await s.page.waitForSelector('[data-verdict]');
      assert.equal(await s.page.getAttribute('html', 'lang'), tag, locale);
    } finally {
      await s.close();
    }
  }
});

test('every language shows the same scenario; Uyghur renders right to left', async () => {
  const s = await open();
  const { page } = s;
  try {
    const verdictWords = Object.fromEntries(LANGS.map((l) => [l, new Set()]));
    for (const [name, scenario] of Object.entries({ eligible_after: scenarios['changji-quarantine'], not_eligible: scenarios['red-code'], needs_approval: scenarios['medical-route'], unknown: scenarios['before-rules'], eligible: scenarios['hami-all-in-order'] })) {
      await page.goto(await shareUrl(scenario));
      await page.reload();
      for (const lang of LANGS) {
        await page.selectOption('#lang', lang);
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        const answer = await answerOf(page);
        assert.equal(answer.verdict, name, `${lang}: the scenario is kept`);
        const word = await page.locator('.v-word').innerText();
        verdictWords[lang].add(word);
        const dir = await page.evaluate(() => getComputedStyle(document.querySelector('.app')).direction);
        assert.equal(dir, lang === 'ug' ? 'rtl' : 'ltr', lang);
        assert.equal(await page.getAttribute('html', 'dir'), lang === 'ug' ? 'rtl' : 'ltr');
        if (lang !== 'zh-Hans' && lang !== 'zh-Hant') {
          // No Chinese UI words leak into English or Uyghur (place names carry their code).
          const text = await page.locator('.verdict .v-word, .verdict .v-hint, .answer h3, .answer .badge, .answer .doc-state').allInnerTexts();
          assert.ok(!/\p{Script=Han}/u.test(text.join(' ')), `${lang}: ${text.join(' | ')}`);
        }
        await page.locator('.verdict').scrollIntoViewIfNeeded();
        await page.evaluate(() => document.querySelector('.answer').scrollIntoView());
        await shot(page, `answer-${name}-${lang}`);
      }
    }
    for (const lang of LANGS) assert.equal(verdictWords[lang].size, 5, `${lang}: every verdict has its own words`);
    for (const lang of LANGS) {
      await page.selectOption('#lang', lang);
      // Opened from a link, the form is folded: open it for its screenshot.
      if (await page.locator('#trip-line[aria-expanded="false"]').count()) await page.click('#trip-line');
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, `form-${lang}`);
      await page.evaluate(() => document.querySelector('.reqs')?.scrollIntoView());
      await shot(page, `requirements-${lang}`);
      await page.evaluate(() => document.querySelector('.timeline')?.scrollIntoView());
      await shot(page, `timeline-${lang}`);
      await page.click('[data-view="code"]');
      await page.evaluate(() => document.querySelector('[data-color]')?.scrollIntoView());
      await shot(page, `code-${lang}`);
      await page.click('[data-view="care"]');
      await page.evaluate(() => document.querySelector('.places, [data-care]')?.scrollIntoView());
      await shot(page, `care-${lang}`);
      await page.click('[data-view="check"]');
    }
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});
