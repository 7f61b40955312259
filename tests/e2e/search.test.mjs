// Region search as a WAI-ARIA combobox: a full name finds its county, the
// arrow keys and Enter pick the right level, Escape closes, and the focus
// stays in the field after a pick.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { baseUrl, open, shot } from './lib.mjs';

const require = createRequire(import.meta.url);

/** The codes offered under a field, in order, and the combobox's state. */
async function offered(page, id) {
  return page.evaluate((id) => {
    const input = document.getElementById(id);
    const list = document.getElementById(input.getAttribute('aria-controls'));
    return {
      codes: [...list.querySelectorAll('[role=option]')].map((o) => o.dataset.pick),
      expanded: input.getAttribute('aria-expanded'),
      listHidden: list.hidden,
      active: input.getAttribute('aria-activedescendant'),
      selected: [...list.querySelectorAll('[aria-selected=true]')].map((o) => o.id),
      focused: document.activeElement?.id,
      value: input.value,
    };
  }, id);
}

test('a full name finds its county, at the right level, and the keyboard picks it', async () => {
  const s = await open();
  const { page } = s;
  try {
    await page.goto(`${await baseUrl()}index.html`);
    await page.waitForSelector('[data-verdict]');
    assert.equal(await page.getAttribute('#origin', 'role'), 'combobox');
    assert.equal(await page.getAttribute('#origin', 'aria-expanded'), 'false');

    await page.fill('#origin', '乌鲁木齐市天山区');
    await page.waitForSelector('#origin-list [data-pick="650102"]');
    let state = await offered(page, 'origin');
    assert.equal(state.codes[0], '650102', JSON.stringify(state));
    assert.equal(state.expanded, 'true');
    assert.equal(await page.getAttribute('#origin-list', 'role'), 'listbox');
    await shot(page, 'search-full-name');

    // The city before the county of the same name, then the city's districts.
    await page.fill('#origin', '乌鲁木齐');
    await page.waitForFunction(() => document.querySelector('#origin-list [role=option]')?.dataset.pick === '650100');
    state = await offered(page, 'origin');
    assert.deepEqual(state.codes.slice(0, 3), ['650100', '650121', '650102'], JSON.stringify(state));
    assert.equal(state.active, null, 'nothing is active before an arrow key');

    await page.keyboard.press('ArrowDown');
    state = await offered(page, 'origin');
    assert.equal(state.active, 'origin-opt-650100');
    assert.deepEqual(state.selected, ['origin-opt-650100']);
    assert.equal(state.focused, 'origin', 'the focus stays in the field');
    await shot(page, 'search-active');
    // The open combobox, with an active option, passes axe too.
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const axe = await page.evaluate(() => window.axe.run(document.querySelector('.region'), { resultTypes: ['violations'] }));
    assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
    // Up from the first wraps to the last, down comes back.
    await page.keyboard.press('ArrowUp');
    assert.equal((await offered(page, 'origin')).active, `origin-opt-${state.codes.at(-1)}`);
    await page.keyboard.press('ArrowDown');
    assert.equal((await offered(page, 'origin')).active, 'origin-opt-650100');

    await page.keyboard.press('Enter');
    await page.waitForSelector('#origin-picked[data-region="650100"]');
    state = await offered(page, 'origin');
    assert.equal(state.focused, 'origin', 'the focus is back in the field after a pick');
    assert.equal(state.expanded, 'false');
    assert.equal(state.value, '');
    assert.equal(state.active, null);

    // Escape closes the list, and a second Escape clears the field.
    await page.fill('#destination', '潍坊');
    await page.waitForSelector('#destination-list [data-pick="370700"]');
    assert.deepEqual((await offered(page, 'destination')).codes.slice(0, 2), ['370700', '370772']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    state = await offered(page, 'destination');
    assert.equal(state.expanded, 'false');
    assert.equal(state.listHidden, true);
    assert.equal(state.active, null);
    assert.equal(state.value, '潍坊');
    await page.keyboard.press('Escape');
    assert.equal((await offered(page, 'destination')).value, '');

    // Pinyin and codes still match; a tap picks and keeps the focus in the field.
    await page.fill('#destination', 'weifang');
    await page.waitForSelector('#destination-list [data-pick="370700"]');
    await page.fill('#destination', '3707');
    await page.waitForSelector('#destination-list [data-pick="370700"]');
    await page.click('#destination-list [data-pick="370702"]');
    await page.waitForSelector('#destination-picked[data-region="370702"]');
    assert.equal((await offered(page, 'destination')).focused, 'destination');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('Xinjiang places are found by Uyghur, Chinese, pinyin and common Latin names', async () => {
  const s = await open({ locale: 'ug-CN' });
  const { page } = s;
  try {
    await page.goto(`${await baseUrl()}index.html`);
    await page.waitForSelector('[data-verdict]');
    for (const [query, code] of [['ئۈرۈمچى', '650100'], ['غۇلجا', '654002'], ['قۇمۇل', '650500'], ['乌鲁木齐', '650100'],
      ['wulumuqi', '650100'], ['Wulumuqi Tianshan Qu', '650102'], ['Urumqi', '650100'], ['Ghulja', '654002'], ['Kashgar', '653100']]) {
      await page.fill('#origin', query);
      await page.waitForFunction((c) => document.querySelector('#origin-list [role=option]')?.dataset.pick === c, code);
      const first = await page.locator('#origin-list [role=option]').first().innerText();
      // The Uyghur reader sees the Uyghur name, the Chinese one beside it.
      assert.match(first, /\p{Script=Arabic}/u, `${query}: ${first}`);
    }
    await shot(page, 'search-uyghur');
  } finally {
    await s.close();
  }
});
