// The size budget of the critical path: every byte the first answer needs
// (index.html, the loader, the bindings, the WebAssembly with its embedded
// rules and region codes, the stylesheet), compressed with brotli (q11) and gzip
// (-9) as a static host would serve them. Fails when a build exceeds
// budgets.json; writes the measured figures to results/sizes.json. The
// regions' names, fetched once the answer is on screen, are listed apart.
//   node tools/budget.mjs [DIST] [BUDGETS]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync, brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.argv[2] ?? join(root, 'dist');
const budgets = JSON.parse(readFileSync(process.argv[3] ?? join(root, 'budgets.json'), 'utf8'));

// The critical path, read from index.html: what it loads before the app runs.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const names = ['index.html', ...new Set([...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\.\/([\w.-]+\.(?:js|css|wasm))"/g)].map((m) => m[1]))];
for (const want of [/^init-.*\.js$/, /^cango-web-[0-9a-f]+\.js$/, /_bg\.wasm$/, /\.css$/]) {
  if (!names.some((n) => want.test(n))) throw new Error(`the critical path lacks ${want} (index.html changed?)`);
}
// The regions' names, fetched once the answer is on screen (src/places.rs).
const regions = /<meta name="cango-regions" content="\.\/([\w.-]+\.tsv)"/.exec(html)?.[1];
if (!regions) throw new Error('index.html names no regions file (tools/postbuild.mjs)');
// Static hosts serve the build's precompressed copies (tools/postbuild.mjs):
// each must be there and hold exactly its file.
for (const name of [...names, regions]) {
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
const rows = names.map(measure);
const later = [regions].map(measure);
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const pad = (s, n = 9) => String(s).padStart(n);
const line = (r) => console.log(`  ${r.file.padEnd(38)} ${pad(r.raw)} ${pad(r.gzip)} ${pad(r.brotli)}`);
console.log(`critical path ${''.padEnd(26)} ${pad('raw')} ${pad('gzip')} ${pad('brotli')}`);
rows.forEach(line);
line({ file: 'total', ...total });
const limits = budgets.critical_path;
console.log(`  ${'budget'.padEnd(38)} ${pad(limits.raw ?? '-')} ${pad(limits.gzip)} ${pad(limits.brotli)}   (goal: brotli ≤ ${budgets.goal?.brotli ?? '-'})`);
console.log('after the first answer (not in the budget)');
later.forEach(line);
mkdirSync(join(root, 'results'), { recursive: true });
writeFileSync(join(root, 'results', 'sizes.json'), `${JSON.stringify({ critical_path: { files: rows, total }, budget: limits, goal: budgets.goal, after_first_answer: later }, null, 2)}\n`);
const over = ['raw', 'gzip', 'brotli'].filter((k) => limits[k] !== undefined && total[k] > limits[k]);
if (over.length) {
  console.error(`over budget: ${over.map((k) => `${k} ${total[k]} > ${limits[k]}`).join(', ')} (budgets.json)`);
  process.exit(1);
}
console.log('within budget');
