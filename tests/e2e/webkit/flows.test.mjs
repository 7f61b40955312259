// The flows that matter most, in WebKit (WebKitGTK's MiniBrowser through
// WebKitWebDriver, ../webkit.mjs): the engine of every iPhone browser and of
// WeChat there. The same comparisons as in Chromium: shared links against
// the CLI, typing into the form, storage, Uyghur right to left, the .ics
// content, and no request to another origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Key } from 'selenium-webdriver';
import { Select } from 'selenium-webdriver/lib/select.js';
import { OUTPUT, assertCalendar, assertSameAsCli, baseUrl, foreign, shareUrl } from '../lib.mjs';
import { scenarios } from '../scenarios.mjs';
import { answerIn, centered, errorsIn, navigate, openWebKit, reload, resources, until, watchErrors } from '../webkit.mjs';

/** Records what every page of a session fetched, page by page (Resource Timing is per page). */
function recorder(driver) {
  const seen = [];
  return {
    async get(url) {
      seen.push(...await resources(driver).catch(() => []));
      await navigate(driver, url);
    },
    async all() {
      return [...seen, ...await resources(driver)];
    },
  };
}

async function screenshot(driver, name) {
  writeFileSync(join(OUTPUT, `webkit-${name}.png`), await driver.takeScreenshot(), 'base64');
}

/** Types `value` (`2022-10-08T10:00`) into WebKit's datetime-local, part by part: month, day, year, hour, minute, AM/PM. */
async function typeLocalTime(element, value) {
  const [, year, month, day, hour, minute] = value.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/);
  const h = Number(hour);
  const twelve = String(h % 12 === 0 ? 12 : h % 12).padStart(2, '0');
  await element.sendKeys([month, day, year, twelve, minute, h < 12 ? 'A' : 'P'].join(Key.ARROW_RIGHT));
}

test('WebKit: shared links show the same answer as the CLI', async (t) => {
  const s = await openWebKit();
  const pages = recorder(s.driver);
  try {
    const version = await s.driver.executeScript('return navigator.userAgent');
    t.diagnostic(`WebKit: ${version}`);
    for (const [name, scenario] of Object.entries(scenarios)) {
      await t.test(name, async () => {
        await pages.get(await shareUrl(scenario));
        await reload(s.driver); // a fresh load from the link
        assertSameAsCli(await answerIn(s.driver), scenario, name);
      });
    }
    assert.deepEqual(foreign(await pages.all(), await baseUrl()), []);
  } finally {
    await s.close();
  }
});

test('WebKit: typing into the form changes the answer, and storage keeps the trip', async () => {
  const s = await openWebKit();
  const { driver } = s;
  const pages = recorder(driver);
  try {
    const index = `${await baseUrl()}index.html`;
    await pages.get(index);
    await driver.executeScript('localStorage.clear()');
    await pages.get(index);
    await reload(driver);
    assert.equal((await answerIn(driver)).verdict, 'eligible_after');
    await watchErrors(driver);
    await new Select(await centered(driver, '#code')).selectByValue('red');
    await until(driver, "document.querySelector('.answer [data-verdict=\"not_eligible\"]')");
    await new Select(await centered(driver, '#code')).selectByValue('green');
    await until(driver, "document.querySelector('.answer [data-verdict=\"eligible_after\"]')");
    // The origin by pinyin: Fukang, with its conflict and Xinjiang time.
    await (await centered(driver, '#origin')).sendKeys('fukang');
    await until(driver, "document.querySelector('[data-pick=\"652302\"]')");
    await (await centered(driver, '[data-pick="652302"]')).click();
    await until(driver, "document.querySelector('.region [data-region=\"652302\"]') && document.querySelector('.answer [data-conflict]')");
    // A departure a year later, typed into WebKit's field part by part:
    // the answer follows, and never reads the partial years on the way.
    await driver.executeScript("window.__departures = []; document.querySelector('#departure').addEventListener('input', () => setTimeout(() => __departures.push(JSON.parse(atob(location.hash.slice(3).replace(/-/g, '+').replace(/_/g, '/'))).departure.at)))");
    await typeLocalTime(await centered(driver, '#departure'), '2023-10-08T10:00');
    await until(driver, "document.querySelector('#departure').value === '2023-10-08T10:00' && document.querySelector('.answer [data-verdict=\"unknown\"]')");
    const departures = await until(driver, 'window.__departures.length >= 4 && window.__departures');
    assert.ok(departures.every((at) => at.startsWith('2022-') || at.startsWith('2023-')), `the link only ever held real years: ${departures}`);
    await typeLocalTime(await centered(driver, '#departure'), '2022-10-08T10:00');
    await until(driver, "document.querySelector('.answer [data-verdict=\"eligible_after\"]')");
    const shown = await answerIn(driver);
    assert.deepEqual(await errorsIn(driver), [], 'nothing thrown while typing');
    const link = await driver.executeScript('return location.href');
    // A reload keeps it (the address), and so does localStorage without the link.
    await reload(driver);
    assert.deepEqual(await answerIn(driver), shown);
    await pages.get(index);
    await reload(driver);
    assert.deepEqual(await answerIn(driver), shown);
    assert.equal(await driver.executeScript('return location.href'), link, 'the address carries the restored trip');
    const stored = JSON.parse(await driver.executeScript("return localStorage.getItem('cango.trip')"));
    assert.equal(stored.schema, 1);
    assert.equal(stored.scenario.origin.region, '652302');
    assert.deepEqual(foreign(await pages.all(), await baseUrl()), []);
  } finally {
    await s.close();
  }
});

test('WebKit: Uyghur renders right to left, the scenario kept', async () => {
  const s = await openWebKit();
  const { driver } = s;
  try {
    await driver.get(await shareUrl(scenarios['changji-quarantine']));
    const before = await answerIn(driver);
    await new Select(await centered(driver, '#lang')).selectByValue('ug');
    await until(driver, "document.documentElement.lang === 'ug'");
    assert.equal(await driver.executeScript("return document.documentElement.dir"), 'rtl');
    assert.equal(await driver.executeScript("return getComputedStyle(document.querySelector('.app')).direction"), 'rtl');
    assert.deepEqual(await answerIn(driver), before);
    const words = await driver.executeScript("return [...document.querySelectorAll('.verdict .v-word, .verdict .v-hint, .answer h3, .answer .badge, .answer .doc-state')].map((e) => e.innerText).join(' ')");
    assert.ok(!/\p{Script=Han}/u.test(words), words);
    // Right to left: the verdict's icon is at the right of its box.
    const [icon, box] = await driver.executeScript("return [document.querySelector('.verdict .v-icon').getBoundingClientRect().right, document.querySelector('.verdict').getBoundingClientRect().right]");
    assert.ok(box - icon < 40, `icon at the right: ${icon} of ${box}`);
    await screenshot(driver, 'answer-ug');
  } finally {
    await s.close();
  }
});

test('WebKit: the .ics file holds the departure and deadlines in CST, with the link back', async () => {
  const s = await openWebKit();
  const { driver } = s;
  try {
    const scenario = scenarios['changji-quarantine'];
    await driver.get(await shareUrl(scenario));
    await answerIn(driver);
    // The file as the app hands it to WebKit (a blob: URL), read back in the page.
    await driver.executeScript("window.__blobs = []; const make = URL.createObjectURL; URL.createObjectURL = (blob) => { __blobs.push(blob); return make.call(URL, blob); };");
    await (await centered(driver, '#ics')).click();
    const text = await driver.executeAsyncScript('const done = arguments[arguments.length - 1]; window.__blobs[0].text().then(done, (e) => done(String(e)));');
    assertCalendar(text, scenario, await driver.executeScript("return document.querySelector('#share-url').value"));
    assert.equal(await driver.executeScript("return document.querySelector('[data-calendar]')?.dataset.calendar"), 'made');
  } finally {
    await s.close();
  }
});
