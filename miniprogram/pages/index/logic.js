// The page's logic, as plain functions (tested with Node: miniprogram/test).
// A trip shared as a mini-program card travels in the page's query
// (`?s=…`, and `&v=…&c=…` for the code and care views) and becomes the web
// app's fragment (`#s=…&v=…&c=…`, CONTRACT.md); sharing reads the fragment of
// the page on screen back into a query. Only well-formed values pass: the
// app reads the trip itself and reports what it cannot read.

/** The title of the mini-program card a trip is shared as. */
const SHARE_TITLE = '能走吗：这趟行程能走吗？';
const PAGE_PATH = '/pages/index/index';
/** The fragment's parts, in the app's order. */
const PARTS = ['s', 'v', 'c'];
const VIEWS = ['code', 'care'];
const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** The app's own limit on an encoded part (src/share.rs: 65,536 bytes of JSON). */
const MAX_ENCODED = Math.floor(65536 / 3) * 4 + 8;

/** The app's address from config.js, where it is https:// without a fragment; else null. */
function checkedAppUrl(appUrl) {
  if (typeof appUrl !== 'string' || !/^https:\/\/[^/?#\s]+\/[^#\s]*$/.test(appUrl)) return null;
  return appUrl;
}

function decoded(value) {
  if (typeof value !== 'string') return null;
  try {
    return decodeURIComponent(value);
  } catch (e) {
    return null;
  }
}

/** The well-formed parts of a shared trip in `source` (a page query, or a fragment read by `fragmentParts`). */
function sharedParts(source) {
  const parts = {};
  const s = decoded(source && source.s);
  if (!s || s.length > MAX_ENCODED || !BASE64URL.test(s)) return parts;
  parts.s = s;
  const v = decoded(source.v);
  const c = decoded(source.c);
  if (VIEWS.indexOf(v) >= 0 && c && c.length <= MAX_ENCODED && BASE64URL.test(c)) {
    parts.v = v;
    parts.c = c;
  }
  return parts;
}

function joined(parts, separator) {
  return PARTS.filter((key) => parts[key]).map((key) => `${key}=${encodeURIComponent(parts[key])}`).join(separator);
}

/** The parts of a URL's fragment (`#s=…&v=…`). */
function fragmentParts(url) {
  const parts = {};
  const hash = typeof url === 'string' ? url.indexOf('#') : -1;
  if (hash < 0) return parts;
  for (const part of url.slice(hash + 1).split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) parts[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return parts;
}

/** What the <web-view> opens for a page query: the app, on the shared trip if the query holds one; null where config.js is wrong. */
function webViewSrc(appUrl, query) {
  const base = checkedAppUrl(appUrl);
  if (!base) return null;
  const parts = sharedParts(query);
  return parts.s ? `${base}#${joined(parts, '&')}` : base;
}

/**
 * The card for onShareAppMessage: the trip on screen, read from the
 * web-view's current address (`webViewUrl`: the app keeps the trip in its
 * fragment as it changes), else from the address the page opened.
 */
function shareMessage({ webViewUrl, src, appUrl }) {
  const base = checkedAppUrl(appUrl);
  const ours = [webViewUrl, src].filter((url) => base && typeof url === 'string' && url.indexOf(base) === 0);
  const parts = ours.map((url) => sharedParts(fragmentParts(url))).find((p) => p.s) || {};
  const query = joined(parts, '&');
  return { title: SHARE_TITLE, path: query ? `${PAGE_PATH}?${query}` : PAGE_PATH };
}

module.exports = { SHARE_TITLE, PAGE_PATH, MAX_ENCODED, checkedAppUrl, fragmentParts, sharedParts, webViewSrc, shareMessage };
