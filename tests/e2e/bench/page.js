// The browser benchmark page (scripts/bench.sh): the app's own WebAssembly
// (dist/) and json-logic-js, side by side in the same page and run, on the
// golden scenarios. Rounds alternate between the two engines; each round
// evaluates every scenario once and is timed with performance.now()
// (precise to 5 µs: the page is cross-origin isolated).
const input = await (await fetch('./bench-input.json')).json();
const { default: init, bench_load, bench_round } = await import(`./${input.js}`);
await init({ module_or_path: `./${input.wasm}` });
const n = bench_load(input.scenarios.map((s) => JSON.stringify(s)).join('\n'));
const logic = window.jsonLogic;
const { rule, data } = input.peer;
let sink = 0;
const cangoRound = () => { sink += bench_round(); };
const peerRound = () => { for (const d of data) sink += logic.apply(rule, d) ? 1 : 0; };
for (let i = 0; i < input.warmup; i++) { cangoRound(); peerRound(); }
const cango = [];
const peer = [];
for (let r = 0; r < input.rounds; r++) {
  let t0 = performance.now();
  cangoRound();
  cango.push(((performance.now() - t0) * 1000) / n);
  t0 = performance.now();
  peerRound();
  peer.push(((performance.now() - t0) * 1000) / data.length);
}
window.__bench = {
  scenarios: n, peer_inputs: data.length, rounds: input.rounds, sink,
  cross_origin_isolated: self.crossOriginIsolated,
  cango_us: cango, peer_us: peer,
  peer_verdicts: data.map((d) => logic.apply(rule, d)),
};
document.getElementById('status').textContent = 'done';
