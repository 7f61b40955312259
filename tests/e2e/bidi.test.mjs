// The Uyghur page, right to left done right (issue 15): every left-to-right
// run (Latin, Chinese, codes, dates, times, addresses, ".ics") lies in an
// isolate, no rule text is left in English, and each view is photographed
// at phone size for a person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { b64url, open, shareUrl, shot } from './lib.mjs';
import { scenarios } from './scenarios.mjs';

/**
 * Text nodes with a strong left-to-right letter (any letter not of the
 * Arabic or Hebrew scripts) outside an isolate: a <bdi>, an element with
 * dir="ltr" or dir="auto", or an element whose language is not Uyghur.
 * Closed <details> are searched too: a tap opens them.
 */
async function unisolated(page) {
  return page.evaluate(() => {
    const strongLtr = /(?![\p{Script=Arabic}\p{Script=Hebrew}])\p{L}/u;
    const isolated = (el) => {
      for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
        if (e.localName === 'bdi') return true;
        const dir = e.getAttribute('dir');
        if (dir === 'ltr' || dir === 'auto') return true;
        const lang = e.getAttribute('lang');
        if (lang !== null) return !lang.startsWith('ug');
      }
      return false;
    };
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Not shown as text: scripts, styles, the SVG's tooltips.
      if (!parent || ['script', 'style', 'noscript', 'title', 'textarea'].includes(parent.localName)) continue;
      if (strongLtr.test(node.data) && !isolated(parent)) {
        out.push(`${parent.localName}.${parent.className}: ${node.data.trim().slice(0, 80)}`);
      }
    }
    return out;
  });
}

/**
 * English sentences a Uyghur reader must not meet (three Latin words in a
 * row) in the page's own words: the sources' verbatim titles and quotes,
 * marked with their language, are not the page's.
 */
async function englishSentences(page) {
  return page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('noscript')) continue;
      const own = node.parentElement?.closest('[lang]');
      if (own && !own.getAttribute('lang').startsWith('ug')) continue;
      out.push(...(node.data.match(/\b[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){2,}/g) ?? []));
    }
    return out;
  });
}

const CODE = { now: '2022-12-07T12:00:00+08:00', region: '370700', code_events: [{ category: 'close_contact', since: '2022-12-01', until: null }] };
const CARE = { now: '2022-09-10T09:00:00+08:00', region: '654002', risk: 'high', need: 'dialysis' };

/** A link to the code or care view with its request. */
async function toolUrl(view, request) {
  return `${await shareUrl(scenarios['changji-quarantine'])}&v=${view}&c=${b64url(JSON.stringify(request))}`;
}

async function check(page, view) {
  const offenders = await unisolated(page);
  assert.deepEqual(offenders, [], `${view}: left-to-right text outside an isolate`);
  assert.deepEqual(await englishSentences(page), [], `${view}: English on the Uyghur page`);
}

test('on the Uyghur page every left-to-right run is isolated, in every view', async () => {
  const s = await open({ locale: 'ug-CN' });
  const { page } = s;
  try {
    for (const [name, scenario] of Object.entries({
      'eligible-after': scenarios['changji-quarantine'],
      'needs-approval': scenarios['medical-route'],
      'not-eligible': scenarios['red-code'],
      unknown: scenarios['before-rules'],
      'to-beijing': scenarios['to-beijing'],
    })) {
      await page.goto(await shareUrl(scenario));
      await page.reload();
      await page.waitForSelector('[data-verdict]');
      assert.equal(await page.getAttribute('html', 'lang'), 'ug');
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      await check(page, name);
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, `ug-answer-${name}`);
    }
    // The last answer's parts, with sources and originals opened, and the form.
    await page.goto(await shareUrl(scenarios['changji-quarantine']));
    await page.reload();
    await page.waitForSelector('[data-verdict]');
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    await check(page, 'details opened');
    for (const part of ['.reqs', '.conflict', '.contacts', '.timeline', '#ics']) {
      await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView(), part);
      await shot(page, `ug-part-${part.replace(/[^a-z]/g, '')}`);
    }
    if (await page.locator('#trip-line[aria-expanded="false"]').count()) await page.click('#trip-line');
    await page.evaluate(() => window.scrollTo(0, 0));
    await check(page, 'form');
    await shot(page, 'ug-form');
    await page.fill('#origin', 'غۇلجا');
    await page.waitForSelector('#origin-list [data-pick="654002"]');
    await check(page, 'search');
    await shot(page, 'ug-search');
    await page.fill('#origin', '');

    await page.goto(await toolUrl('code', CODE));
    await page.reload();
    await page.waitForSelector('[data-color]', { timeout: 20_000 });
    await check(page, 'code');
    await shot(page, 'ug-code');
    await page.goto(await toolUrl('care', CARE));
    await page.reload();
    await page.waitForSelector('[data-emergency]', { timeout: 20_000 });
    await check(page, 'care');
    await shot(page, 'ug-care');
    assert.deepEqual(s.errors, []);
  } finally {
    await s.close();
  }
});

test('the care view of Ghulja shows hospitals in Uyghur, their Chinese originals a tap away', async () => {
  const s = await open({ locale: 'ug-CN' });
  const { page } = s;
  try {
    await page.goto(await toolUrl('care', CARE));
    await page.reload();
    await page.waitForSelector('[data-emergency]', { timeout: 20_000 });
    const text = await page.locator('main, body').first().innerText();
    assert.ok(text.includes('غۇلجا شەھەرلىك خەلق دوختۇرخانىسى'), text);
    assert.ok(!text.includes('Yining People'), 'no English hospital name');
    await page.locator('details.original').first().click();
    assert.ok(await page.locator('details.original[open] p[lang="zh-Hans"]').first().isVisible());
    await check(page, 'care of Ghulja');
    await page.evaluate(() => document.querySelector('details.original[open]')?.scrollIntoView());
    await shot(page, 'ug-care-original');
  } finally {
    await s.close();
  }
});
