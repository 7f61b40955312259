// A small static server for dist/ (no dependencies):
//   node serve.mjs DIR PORT [PREFIX]     e.g. node serve.mjs dist 8080 /some/dir/
// Serves only files under DIR, on 127.0.0.1, under PREFIX (default "/"), with
// the right MIME types (application/wasm for streaming compilation), the
// response headers of docs/hosting.md (Content-Security-Policy and friends,
// immutable caching for hashed files, no-cache for the rest) and brotli or
// gzip when the browser accepts it: the build's precompressed `.br`/`.gz`
// beside a file (tools/postbuild.mjs), as a static host serves them, else
// compressed here. Prints the URL when ready. `server.setRoot(dir)` switches
// the served build (the update tests deploy a second build that way).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.webmanifest', '.txt', '.tsv']);

/** The policy of docs/hosting.md (the meta tag of index.html, plus what only a header can say). */
export const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
export const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};
/** The build's hashed names (name-<16 hex>.ext, tools/postbuild.mjs) never change content. */
const HASHED = /-[0-9a-f]{16}(?:_bg)?\.[a-z]+$/;

export function serve(dir, port = 0, host = '127.0.0.1', { prefix = '/', headers = {}, compress = true } = {}) {
  let root = resolve(dir);
  const packed = new Map();
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!path.startsWith(prefix)) {
        if (path === prefix.replace(/\/$/, '')) { res.writeHead(301, { location: prefix }).end(); return; }
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      let file = normalize(join(root, path.slice(prefix.length - 1)));
      if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
      const st = await stat(file).catch(() => null);
      if (st?.isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const ext = extname(file);
      const head = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...SECURITY_HEADERS, ...headers,
      };
      const accept = String(req.headers['accept-encoding'] ?? '');
      const encoding = !compress || !COMPRESSIBLE.has(ext) ? null : /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
      if (encoding) {
        const key = `${encoding} ${file} ${body.length} ${(await stat(file)).mtimeMs}`;
        const beside = await readFile(`${file}.${encoding === 'br' ? 'br' : 'gz'}`).catch(() => null);
        if (beside) packed.set(key, beside);
        if (!packed.has(key)) {
          packed.set(key, encoding === 'br'
            ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
            : gzipSync(body, { level: 9 }));
        }
        body = packed.get(key);
        head['content-encoding'] = encoding;
        head.vary = 'accept-encoding';
      }
      res.writeHead(200, head);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  server.setRoot = (d) => { root = resolve(d); };
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '8080', prefix = '/'] = process.argv.slice(2);
  const server = await serve(dir, Number(port), '127.0.0.1', { prefix });
  console.log(`serving ${resolve(dir)} at http://127.0.0.1:${server.address().port}${prefix}`);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
}
