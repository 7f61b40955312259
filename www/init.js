// CanGo's loader. This is the template: the build (tools/postbuild.mjs)
// writes it as init-<hash>.js in place of Trunk's inline script, so the
// Content-Security-Policy needs no 'unsafe-inline'. The WebAssembly is
// fetched with its Subresource Integrity hash; the bindings come from the
// <link rel="modulepreload" integrity> that Trunk writes.
const boot = document.getElementById('boot');
const fail = (kind) => {
  if (!boot) return;
  boot.dataset.boot = kind;
  boot.classList.add('failed');
  for (const el of boot.querySelectorAll('[data-msg]')) el.hidden = el.dataset.msg !== kind;
};
if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
  fail('no-wasm');
} else {
  try {
    const { default: init } = await import('./__CANGO_JS__');
    await init({ module_or_path: fetch('./__CANGO_WASM__', { integrity: '__CANGO_WASM_INTEGRITY__' }) });
  } catch (e) {
    fail('failed');
    console.error('CanGo could not start:', e);
  }
}
