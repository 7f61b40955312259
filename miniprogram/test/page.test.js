// The mini-program shell, without WeChat (which cannot run here): the page's
// logic as plain functions, the page wired to it through a stand-in for
// WeChat's Page(), and its JSON files against the documented fields.
//   node --test miniprogram/test/
const test = require('node:test');
const assert = require('node:assert/strict');
const { readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');
const logic = require('../pages/index/logic.js');
const { APP_URL } = require('../config.js');

const ROOT = join(__dirname, '..');
const APP = 'https://cango.example.org/cango/';
const b64url = (text) => Buffer.from(text, 'utf8').toString('base64url');
const TRIP = b64url('{"origin":{"region":"650502","risk":"none"},"destination":{"region":"310000"},"departure":{"at":"2022-10-08T10:00:00+08:00"}}');
const percentEncoded = (text) => [...text].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');
const CODE = b64url('{"region":"370700"}');

test('a shared trip in the page query opens the app on it, as the contract link #s=…', () => {
  assert.equal(logic.webViewSrc(APP, {}), APP);
  assert.equal(logic.webViewSrc(APP, { s: TRIP }), `${APP}#s=${TRIP}`);
  assert.equal(logic.webViewSrc(APP, { s: percentEncoded(TRIP) }), `${APP}#s=${TRIP}`, 'a query value still URI-encoded');
  assert.equal(logic.webViewSrc(APP, { s: TRIP, v: 'code', c: CODE }), `${APP}#s=${TRIP}&v=code&c=${CODE}`);
  // The fragment decodes to the trip's JSON, as the app reads it.
  const fragment = logic.fragmentParts(logic.webViewSrc(APP, { s: TRIP }));
  assert.equal(JSON.parse(Buffer.from(fragment.s, 'base64url').toString('utf8')).destination.region, '310000');
});

test('what is not a well-formed shared trip never reaches the app', () => {
  for (const query of [
    { s: '<script>alert(1)</script>' },
    { s: 'abc#x' },
    { s: 'a'.repeat(logic.MAX_ENCODED + 1) },
    { s: '%E0%A4%A' }, // not decodable
    { s: '' },
    { v: 'code', c: CODE }, // a view without a trip
  ]) assert.equal(logic.webViewSrc(APP, query), APP, JSON.stringify(query).slice(0, 60));
  // A view that is not the app's, or without its request, is dropped; the trip stays.
  assert.equal(logic.webViewSrc(APP, { s: TRIP, v: 'evil', c: CODE }), `${APP}#s=${TRIP}`);
  assert.equal(logic.webViewSrc(APP, { s: TRIP, v: 'care' }), `${APP}#s=${TRIP}`);
});

test('only an https:// address without a fragment is taken as the app', () => {
  for (const bad of ['http://cango.example.org/', 'https://cango.example.org', 'https://cango.example.org/#s=x', 'javascript:alert(1)', '', undefined]) {
    assert.equal(logic.checkedAppUrl(bad), null, String(bad));
    assert.equal(logic.webViewSrc(bad, { s: TRIP }), null, String(bad));
  }
  assert.equal(logic.checkedAppUrl('https://cango.example.org/index.html'), 'https://cango.example.org/index.html');
});

test('sharing sends the trip on screen (the web-view\'s address now) as a card, which opens it again', () => {
  const edited = b64url('{"origin":{"region":"652302","risk":"none"}}');
  const card = logic.shareMessage({ webViewUrl: `${APP}index.html#s=${edited}&v=care&c=${CODE}`, src: `${APP}#s=${TRIP}`, appUrl: APP });
  assert.equal(card.title, logic.SHARE_TITLE);
  assert.equal(card.path, `/pages/index/index?s=${edited}&v=care&c=${CODE}`);
  // The card's path opens the same fragment: a round trip.
  const query = Object.fromEntries(new URLSearchParams(card.path.split('?')[1]));
  assert.equal(logic.webViewSrc(APP, query), `${APP}#s=${edited}&v=care&c=${CODE}`);
  // An address off the app (or none) falls back to the trip the page opened; no trip, the bare page.
  assert.equal(logic.shareMessage({ webViewUrl: `https://elsewhere.example/#s=${edited}`, src: `${APP}#s=${TRIP}`, appUrl: APP }).path, `/pages/index/index?s=${TRIP}`);
  assert.equal(logic.shareMessage({ webViewUrl: undefined, src: `${APP}#s=${TRIP}`, appUrl: APP }).path, `/pages/index/index?s=${TRIP}`);
  assert.equal(logic.shareMessage({ webViewUrl: APP, src: APP, appUrl: APP }).path, '/pages/index/index');
});

test('the page wires WeChat\'s Page() to the logic', () => {
  let definition;
  global.Page = (d) => { definition = d; };
  try {
    require('../pages/index/index.js');
  } finally {
    delete global.Page;
  }
  const page = { data: { ...definition.data }, setData(d) { Object.assign(this.data, d); } };
  definition.onLoad.call(page, { s: TRIP });
  assert.equal(page.data.src, `${APP_URL}#s=${TRIP}`);
  const card = definition.onShareAppMessage.call(page, { from: 'menu', webViewUrl: `${APP_URL}index.html#s=${CODE}` });
  assert.equal(card.path, `/pages/index/index?s=${CODE}`);
  assert.equal(definition.onShareAppMessage.call(page, { from: 'menu' }).path, `/pages/index/index?s=${TRIP}`);
});

// The fields of app.json, its window, and a page's .json that WeChat's
// documentation lists (全局配置, 页面配置), with the values it allows.
const HEX = /^#[0-9a-fA-F]{6}$/;
const WINDOW = {
  navigationBarBackgroundColor: (v) => HEX.test(v),
  navigationBarTextStyle: (v) => v === 'black' || v === 'white',
  navigationBarTitleText: (v) => typeof v === 'string',
  navigationStyle: (v) => v === 'default' || v === 'custom',
  backgroundColor: (v) => HEX.test(v),
  backgroundTextStyle: (v) => v === 'dark' || v === 'light',
  backgroundColorTop: (v) => HEX.test(v),
  backgroundColorBottom: (v) => HEX.test(v),
  enablePullDownRefresh: (v) => typeof v === 'boolean',
  onReachBottomDistance: (v) => typeof v === 'number',
  pageOrientation: (v) => ['auto', 'portrait', 'landscape'].includes(v),
};
const APP_FIELDS = {
  pages: (v) => Array.isArray(v) && v.length > 0 && v.every((p) => typeof p === 'string' && !p.startsWith('/') && !/\.\w+$/.test(p)),
  window: (v) => Object.entries(v).every(([k, x]) => WINDOW[k]?.(x)),
  entryPagePath: (v) => typeof v === 'string',
  style: (v) => v === 'v2',
  sitemapLocation: (v) => typeof v === 'string',
  tabBar: (v) => typeof v === 'object', networkTimeout: (v) => typeof v === 'object', debug: (v) => typeof v === 'boolean',
  lazyCodeLoading: (v) => v === 'requiredComponents', usingComponents: (v) => typeof v === 'object',
};
const PAGE_FIELDS = { ...WINDOW, usingComponents: (v) => typeof v === 'object', disableScroll: (v) => typeof v === 'boolean', style: (v) => v === 'v2' };
const json = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

function checkFields(name, object, fields) {
  for (const [key, value] of Object.entries(object)) {
    assert.ok(key in fields, `${name}: "${key}" is not a documented field`);
    assert.ok(fields[key](value), `${name}: ${key} = ${JSON.stringify(value)}`);
  }
}

test('app.json, the page\'s JSON and the project hold only documented fields, and every page its four files', () => {
  const app = json('app.json');
  checkFields('app.json', app, APP_FIELDS);
  assert.ok(existsSync(join(ROOT, app.sitemapLocation)), 'the sitemap');
  assert.ok(Array.isArray(json(app.sitemapLocation).rules));
  for (const page of app.pages) {
    for (const ext of ['js', 'json', 'wxml', 'wxss']) assert.ok(existsSync(join(ROOT, `${page}.${ext}`)), `${page}.${ext}`);
    checkFields(`${page}.json`, json(`${page}.json`), PAGE_FIELDS);
  }
  assert.equal(`/${app.pages[0]}`, logic.PAGE_PATH, 'the card opens the first page');
  const project = json('project.config.json');
  assert.equal(project.compileType, 'miniprogram');
  assert.equal(typeof project.appid, 'string');
  // The page shows the app through one <web-view> bound to data.src.
  const wxml = readFileSync(join(ROOT, 'pages/index/index.wxml'), 'utf8');
  assert.equal(wxml.match(/<web-view\b/g)?.length, 1);
  assert.match(wxml, /<web-view[^>]*\bsrc="\{\{src\}\}"/);
  assert.ok(logic.checkedAppUrl(APP_URL), 'config.js names an https:// address');
});
