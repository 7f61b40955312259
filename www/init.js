// CanGo's loader. This is the template: the build (tools/postbuild.mjs)
// writes it as init-<hash>.js in place of Trunk's inline script, so the
// Content-Security-Policy needs no 'unsafe-inline'. Each WebAssembly is
// fetched with its Subresource Integrity hash; the bindings come from
// <link rel="modulepreload" integrity>.
//
// A trip's link (the contract's index.html#s=…) starts with its first answer
// alone (src/first.rs), which index.html preloads: it is on screen before the
// whole app has arrived, which then takes its place. Any other visit (the
// traveller's own trip, a tool's link) starts the whole app.
const boot = document.getElementById('boot');
const fail = (kind) => {
  if (!boot) return;
  boot.dataset.boot = kind;
  boot.classList.add('failed');
  for (const el of boot.querySelectorAll('[data-msg]')) el.hidden = el.dataset.msg !== kind;
};
/**
 * Resolves once the first answer's verdict is on screen, so that the whole
 * app, which renders it again, starts after that paint, not before it where
 * the network is fast. Chromium says when (Element Timing, `elementtiming`
 * in src/answer.rs); elsewhere, or with no verdict to show, two frames. A
 * hidden tab paints nothing: a second is the most it waits.
 */
const painted = () => new Promise((resolve) => {
  let seen;
  const done = () => { seen?.disconnect(); resolve(); };
  if (globalThis.PerformanceObserver?.supportedEntryTypes?.includes('element') && document.querySelector('#first-answer [elementtiming]')) {
    seen = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.identifier === 'verdict')) done();
    });
    seen.observe({ type: 'element', buffered: true });
  } else {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)));
  }
  setTimeout(done, 1000);
});
/** Starts the bindings `js` with the WebAssembly that `wasm` (a fetch) brings. */
const start = async (js, wasm) => {
  const { default: init } = await import(js);
  await init({ module_or_path: wasm });
};
if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
  fail('no-wasm');
} else {
  if (/^#s=[\w-]+$/.test(location.hash)) {
    try {
      await start('./__CANGO_FIRST_JS__', fetch('./__CANGO_FIRST_WASM__', { integrity: '__CANGO_FIRST_WASM_INTEGRITY__' }));
      // Yew's server renderer writes the first answer in the microtasks
      // after its start (src/lib.rs, run): once this task is done, it is in
      // the page, and its verdict's paint can be waited for.
      await new Promise((next) => setTimeout(next));
      await painted();
    } catch (e) {
      // The whole app, next, shows the answer too.
      console.error('CanGo could not show the first answer:', e);
    }
  }
  try {
    // The whole app's preloads, with the bindings' hash (index.html).
    const files = document.getElementById('app-files');
    if (files) document.head.append(files.content);
    await start('./__CANGO_JS__', fetch('./__CANGO_WASM__', { integrity: '__CANGO_WASM_INTEGRITY__' }));
  } catch (e) {
    fail('failed');
    console.error('CanGo could not start:', e);
  }
}
