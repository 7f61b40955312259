// Trunk's post_build hook (Trunk.toml), also runnable on a built folder:
//   node tools/postbuild.mjs [DIR]   (default: $TRUNK_STAGING_DIR)
// 1. Moves Trunk's inline loader into a hashed file (www/init.js filled in)
//    loaded with Subresource Integrity, so the Content-Security-Policy needs
//    no 'unsafe-inline'; fails if any inline script, inline style or
//    external origin is left in index.html. Minifies the bindings' glue
//    (terser) and the style sheet (csso), with their new hashes. Names a
//    shared link's first answer (src/first.rs, which Trunk builds as a
//    worker, unhashed and unlinked) by its hash and preloads it in place of
//    the whole app, whose files index.html keeps in <template id="app-files">
//    for the loader to add once it wants them.
// 2. Copies www/regions.tsv (the regions' names, fetched after the first
//    answer) to a hashed file and names it in index.html.
// 3. Writes sw.js (from www/sw.js) with the build's version and every file
//    of the build with its SHA-384 hash: the service worker precaches
//    exactly this build. Re-running it on a folder rewrites sw.js and the
//    regions' file only.
// 4. Writes `.br` (brotli -q 11) and `.gz` (gzip -9) beside every text and
//    WebAssembly file, for static hosts that serve precompressed files
//    (docs/hosting.md): nothing is compressed per request.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('usage: postbuild.mjs DIR (or run as a Trunk hook)');

// The minifiers, installed with wasm-opt among the packages of tests/e2e
// (scripts/setup.sh).
const packages = createRequire(join(root, 'tests', 'e2e', 'package.json'));
const { minify: minifyJs } = packages('terser');
const { minify: minifyCss } = packages('csso');
const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;
/** `name` with a hash of `data` before its extension (and `_bg`), as Trunk names its files: `init.js` → `init-<16 hex>.js`. */
const hashed = (name, data) => name.replace(/(_bg)?(\.\w+)$/, `-${createHash('sha256').update(data).digest('hex').slice(0, 16)}$1$2`);
const die = (msg) => { console.error(`postbuild: ${msg}`); process.exit(1); };

/**
 * Writes `data` in place of the built file `from`, named by its own hash
 * (`hashed`, after any hash Trunk gave the name), and returns the new name.
 * Trunk's names hash what it built before the minifiers ran, and print the
 * hash without leading zeros: `cango-web-73c0e4600e998a1.js` had 15 digits,
 * which docs/hosting.md's cache rule (16) missed.
 */
const rehash = (from, data) => {
  if (!data?.length) die(`nothing to write for ${from}`);
  const to = hashed(from.replace(/-[0-9a-f]+((?:_bg)?\.\w+)$/, '$1'), data);
  rmSync(join(dir, from));
  writeFileSync(join(dir, to), data);
  return to;
};

/** `rehash`, and index.html's tag for `from` pointed, with its integrity, at the new name. */
const publish = (html, from, data) => {
  const tag = new RegExp(`<link\\b[^>]*\\shref="\\./${from.replace(/[.-]/g, '\\$&')}"[^>]*>`).exec(html)?.[0];
  if (!tag || !/\sintegrity="/.test(tag)) die(`index.html loads ${from} without integrity`);
  const to = rehash(from, data);
  return [html.replace(tag, tag.replace(`./${from}"`, `./${to}"`).replace(/(\sintegrity=")[^"]+"/, `$1${sri(data)}"`)), to];
};

const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// 1. The loader.
const inline = /<script type="module">([\s\S]*?)<\/script>/.exec(html);
if (inline) {
  let js = /from '\.\/([\w.-]+\.js)'/.exec(inline[1])?.[1];
  let wasm = /module_or_path: '\.\/([\w.-]+\.wasm)'/.exec(inline[1])?.[1];
  if (!js || !wasm) die(`cannot read Trunk's loader:\n${inline[1]}`);
  // The bindings' glue and the style sheet, minified: both are on the
  // critical path, and wasm-bindgen writes the glue for reading, with
  // comments and long names (terser: 1.7 KB brotli less; csso: 0.57 KB).
  let css = /<link rel="stylesheet" href="\.\/([\w.-]+\.css)"/.exec(html)?.[1];
  if (!css) die('index.html lacks its style sheet');
  const minify = async (name) => (await minifyJs(readFileSync(join(dir, name), 'utf8'), { module: true, compress: true, mangle: true })).code;
  [html, js] = publish(html, js, await minify(js));
  [html, wasm] = publish(html, wasm, readFileSync(join(dir, wasm)));
  // csso without restructuring: rules are never merged or moved, so the
  // cascade is the one written (and brotli finds the result smaller).
  [html, css] = publish(html, css, minifyCss(readFileSync(join(dir, css), 'utf8'), { restructure: false }).css);
  // The first answer: its files named by their hashes (the bindings name the
  // WebAssembly they load by default), preloaded where Trunk preloaded the
  // whole app's, which wait in a template.
  const firstWasmData = readFileSync(join(dir, 'cango-first_bg.wasm'));
  const firstWasm = rehash('cango-first_bg.wasm', firstWasmData);
  const firstJsText = (await minify('cango-first.js')).replaceAll('cango-first_bg.wasm', firstWasm);
  const firstJs = rehash('cango-first.js', firstJsText);
  const appFiles = [...html.matchAll(/<link rel="(?:modulepreload|preload)" href="\.\/cango-web-[^>]+>\n?/g)].map((m) => m[0]);
  if (appFiles.length !== 2) die(`expected Trunk's two preloads of the whole app, found ${appFiles.length}`);
  const firstFiles = `<link rel="modulepreload" href="./${firstJs}" crossorigin="anonymous" integrity="${sri(firstJsText)}">\n`
    + `<link rel="preload" href="./${firstWasm}" crossorigin="anonymous" as="fetch" type="application/wasm">\n`;
  html = html.replace(appFiles[1], '').replace(appFiles[0], `${firstFiles}<template id="app-files">${appFiles.join('')}</template>\n`);
  const loader = readFileSync(join(root, 'www', 'init.js'), 'utf8')
    .replace('__CANGO_FIRST_JS__', firstJs)
    .replace('__CANGO_FIRST_WASM__', firstWasm)
    .replace('__CANGO_FIRST_WASM_INTEGRITY__', sri(firstWasmData))
    .replace('__CANGO_JS__', js)
    .replace('__CANGO_WASM__', wasm)
    .replace('__CANGO_WASM_INTEGRITY__', sri(readFileSync(join(dir, wasm))));
  const name = hashed('init.js', loader);
  writeFileSync(join(dir, name), loader);
  html = html.replace(inline[0], `<script type="module" src="./${name}" integrity="${sri(loader)}" crossorigin="anonymous"></script>`);
  // Chromium ignores (and warns about) integrity on <link rel=preload as=fetch>;
  // the loader's fetch() carries the WebAssembly's hash instead.
  html = html.replace(/(<link rel="preload" href="\.\/[\w.-]+\.wasm" crossorigin="anonymous") integrity="[^"]+"/, '$1');
  writeFileSync(indexPath, html);
}
for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
  if (!/\ssrc=/.test(m[0]) || m[1].trim()) die(`inline script left in index.html: ${m[0].slice(0, 120)}`);
  if (!/\sintegrity="sha384-/.test(m[0])) die(`script without integrity: ${m[0]}`);
}
if (/<style\b|\sstyle=/.test(html)) die('inline style in index.html');
if (/'unsafe-inline'|'unsafe-eval'/.test(html)) die("'unsafe-inline' or 'unsafe-eval' in index.html");
if (/(?:src|href)="(?:https?:)?\/\//.test(html)) die('an external origin in index.html');

// 2. The regions' names: www/regions.tsv as a hashed file, which the app
//    fetches after the first answer (src/places.rs), named in index.html.
const regions = readFileSync(join(root, 'www', 'regions.tsv'));
const regionsFile = hashed('regions.tsv', regions);
for (const f of readdirSync(dir)) if (/^regions-[0-9a-f]+\.tsv/.test(f)) rmSync(join(dir, f));
writeFileSync(join(dir, regionsFile), regions);
const named = html.replace(/(<meta name="cango-regions" content=")[^"]*"/, `$1./${regionsFile}"`);
if (named === html && !html.includes(regionsFile)) die('index.html lacks <meta name="cango-regions">');
html = named;
writeFileSync(indexPath, html);

// 3. The service worker.
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(relative(dir, p).split(sep).join('/'));
  }
};
walk(dir);
const PRECOMPRESSED = /\.(br|gz)$/;
const precache = files.filter((f) => f !== 'sw.js' && !f.endsWith('.map') && !PRECOMPRESSED.test(f)).map((f) => [f, sri(readFileSync(join(dir, f)))]);
const version = createHash('sha256').update(precache.map((p) => p.join(' ')).join('\n')).digest('hex').slice(0, 16);
const template = readFileSync(join(root, 'www', 'sw.js'), 'utf8');
if (!template.includes('__CANGO_VERSION__') || !template.includes('/* __CANGO_FILES__ */ []')) die('www/sw.js lacks its placeholders');
const sw = template
  .replace('__CANGO_VERSION__', version)
  .replace('/* __CANGO_FILES__ */ []', JSON.stringify(precache, null, 1).replace(/\n\s*/g, ' '));
writeFileSync(join(dir, 'sw.js'), sw);

// 4. Precompressed copies.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.wasm', '.json', '.svg', '.webmanifest', '.txt', '.tsv']);
let packed = 0;
for (const f of [...precache.map(([f]) => f), 'sw.js']) {
  if (!COMPRESSIBLE.has(extname(f))) continue;
  const data = readFileSync(join(dir, f));
  writeFileSync(join(dir, `${f}.br`), brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
  writeFileSync(join(dir, `${f}.gz`), gzipSync(data, { level: 9 }));
  packed += 1;
}
console.log(`postbuild: ${dir}: version ${version}, ${precache.length} files precached, ${packed} precompressed`);
