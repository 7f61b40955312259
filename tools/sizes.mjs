// Prints the raw, gzip (-9) and brotli (q11) sizes of the built files: `node tools/sizes.mjs [DIR]` (default: dist).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const rows = [];
for (const name of readdirSync(dir).sort()) {
  const path = join(dir, name);
  if (!statSync(path).isFile() || /\.(br|gz)$/.test(name)) continue;
  const data = readFileSync(path);
  rows.push([name, data.length, gzipSync(data, { level: 9 }).length,
    brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length]);
}
const total = rows.reduce((t, r) => [t[0], t[1] + r[1], t[2] + r[2], t[3] + r[3]], ['total', 0, 0, 0]);
const pad = (s, n) => String(s).padStart(n);
console.log(`${'file'.padEnd(40)} ${pad('raw', 9)} ${pad('gzip', 9)} ${pad('brotli', 9)}`);
for (const r of [...rows, total]) console.log(`${r[0].padEnd(40)} ${pad(r[1], 9)} ${pad(r[2], 9)} ${pad(r[3], 9)}`);
