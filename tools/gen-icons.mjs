// Generates the app's PNG icons in www/icons/ from the committed SVGs with
// @resvg/resvg-js (npm; no font or network needed: the SVGs are shapes only).
// Run: (cd tools && npm ci) once, then node tools/gen-icons.mjs   (the PNGs
// are committed)
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'www', 'icons');
const outputs = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['maskable.svg', 'maskable-512.png', 512],
  // iOS draws its own rounded corners over an opaque square.
  ['maskable.svg', 'apple-touch-icon-180.png', 180],
];
for (const [svg, png, size] of outputs) {
  const r = new Resvg(readFileSync(join(dir, svg), 'utf8'), { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } });
  const data = r.render().asPng();
  writeFileSync(join(dir, png), data);
  console.log(`${png}: ${size}×${size}, ${data.length} bytes`);
}
