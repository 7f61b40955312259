// The size budgets. The critical path: every byte a shared link's first
// answer needs (index.html, the loader, the stylesheet, and the first
// answer's bindings and WebAssembly with its embedded rules and region
// codes). The whole app: what a visit without a link starts with (the same,
// with the whole app's files, which index.html keeps in <template
// id="app-files"> for the loader, in place of the first answer's). Both
// compressed with brotli (q11) and gzip (-9) as a static host would serve
// them. Fails when a build exceeds budgets.json; writes the measured figures
// to results/sizes.json. What comes after the first answer (the whole app,
// the regions' names) is listed apart.
//   node tools/budget.mjs [DIST] [BUDGETS]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync, brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.argv[2] ?? join(root, 'dist');
const budgets = JSON.parse(readFileSync(process.argv[3] ?? join(root, 'budgets.json'), 'utf8'));

// The critical path, read from index.html: what it loads before the app
// runs, and the whole app's files that it keeps for the loader.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const linked = (text) => [...new Set([...text.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\.\/([\w.-]+\.(?:js|css|wasm))"/g)].map((m) => m[1]))];
const template = /<template id="app-files">([\s\S]*?)<\/template>/.exec(html);
if (!template) throw new Error('index.html keeps no <template id="app-files"> (tools/postbuild.mjs)');
const names = ['index.html', ...linked(html.replace(template[0], ''))];
const appFiles = linked(template[1]);
for (const [list, wants] of [[names, [/^init-.*\.js$/, /^cango-first-[0-9a-f]+\.js$/, /^cango-first-[0-9a-f]+_bg\.wasm$/, /\.css$/]], [appFiles, [/^cango-web-[0-9a-f]+\.js$/, /^cango-web-[0-9a-f]+_bg\.wasm$/]]]) {
  for (const want of wants) if (!list.some((n) => want.test(n))) throw new Error(`index.html does not load ${want} (tools/postbuild.mjs changed?)`);
}
const first = /^cango-first-/;
const wholeApp = [...names.filter((n) => !first.test(n)), ...appFiles];
// The regions' names, fetched once the answer is on screen (src/places.rs).
const regions = /<meta name="cango-regions" content="\.\/([\w.-]+\.tsv)"/.exec(html)?.[1];
if (!regions) throw new Error('index.html names no regions file (tools/postbuild.mjs)');
// Static hosts serve the build's precompressed copies (tools/postbuild.mjs):
// each must be there and hold exactly its file.
for (const name of [...names, ...appFiles, regions]) {
  const data = readFileSync(join(dist, name));
  const copies = [['br', brotliDecompressSync], ['gz', gunzipSync]];
  for (const [ext, unpack] of copies) {
    let copy;
    try { copy = readFileSync(join(dist, `${name}.${ext}`)); } catch { throw new Error(`${name}.${ext} is missing (tools/postbuild.mjs)`); }
    if (!unpack(copy).equals(data)) throw new Error(`${name}.${ext} does not hold ${name}`);
  }
}
const measure = (name) => {
  const data = readFileSync(join(dist, name));
  return { file: name, raw: data.length, gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
};
const sum = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const pad = (s, n = 9) => String(s).padStart(n);
const line = (r) => console.log(`  ${r.file.padEnd(38)} ${pad(r.raw)} ${pad(r.gzip)} ${pad(r.brotli)}`);
const over = [];
/** Prints `files` measured, with their total against `limits`, and notes what exceeds it. */
const report = (title, files, limits, goal) => {
  const rows = files.map(measure);
  const total = sum(rows);
  console.log(`${title.padEnd(40)} ${pad('raw')} ${pad('gzip')} ${pad('brotli')}`);
  rows.forEach(line);
  line({ file: 'total', ...total });
  console.log(`  ${'budget'.padEnd(38)} ${pad(limits.raw ?? '-')} ${pad(limits.gzip)} ${pad(limits.brotli)}${goal ? `   (goal: brotli ≤ ${goal})` : ''}`);
  for (const k of ['raw', 'gzip', 'brotli']) if (limits[k] !== undefined && total[k] > limits[k]) over.push(`${title}: ${k} ${total[k]} > ${limits[k]}`);
  return { files: rows, total };
};
const criticalPath = report("critical path (a shared link's first answer)", names, budgets.critical_path, budgets.goal?.brotli);
const whole = report('whole app (a visit without a link)', wholeApp, budgets.whole_app);
console.log('after the first answer (not in the budget)');
const later = [...appFiles, regions].map(measure);
later.forEach(line);
mkdirSync(join(root, 'results'), { recursive: true });
writeFileSync(join(root, 'results', 'sizes.json'), `${JSON.stringify({ critical_path: criticalPath, budget: budgets.critical_path, goal: budgets.goal, whole_app: { ...whole, budget: budgets.whole_app }, after_first_answer: later }, null, 2)}\n`);
if (over.length) {
  console.error(`over budget: ${over.join(', ')} (budgets.json)`);
  process.exit(1);
}
console.log('within budget');
