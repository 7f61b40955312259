// The peer: the Xinjiang ordinary exit (2022-10-05 rules) as one JSON Logic
// rule for json-logic-js: two negative nucleic-acid tests sampled within the
// 48 h before departure on distinct CST days, the last within 24 h, a green
// health code, the commitment letter and exit certificate held, and no
// positive result in those 48 h.
//
// JSON Logic has no dates, no variables and no outer scope inside `reduce`,
// so dates become Unix seconds beforehand (as CanGo parses its scenario
// beforehand; neither parse is timed) and the accumulator carries the
// departure: [departure, last test, first CST day, last CST day,
// "ok"|"no"|"positive"].
const v = (name) => ({ var: name });
const acc = (i) => v(`accumulator.${i}`);
const at = v('current.at');
const cstDay = { '/': [{ '-': [{ '+': [at, 28800] }, { '%': [{ '+': [at, 28800] }, 86400] }] }, 86400] };
const counts = { and: [
  { '==': [v('current.kind'), 'nat'] },
  { '==': [v('current.result'), 'negative'] },
  { '<=': [{ '-': [acc(0), 172800] }, at, acc(0)] },
] };
const last = { max: [acc(1), at] };
const first = { min: [acc(2), cstDay] };
const lastDay = { max: [acc(3), cstDay] };
const positive = { and: [
  { '==': [v('current.result'), 'positive'] },
  { '<=': [{ '-': [acc(0), 172800] }, at, acc(0)] },
] };
const flag = { if: [{ and: [{ '>': [lastDay, first] }, { '>=': [last, { '-': [acc(0), 86400] }] }] }, 'ok', 'no'] };
const tests = { reduce: [
  v('tests'),
  { if: [
    { '==': [acc(4), 'positive'] }, v('accumulator'),
    positive, { merge: [acc(0), acc(1), acc(2), acc(3), 'positive'] },
    counts, { merge: [acc(0), last, first, lastDay, flag] },
    v('accumulator'),
  ] },
  { merge: [v('departure'), -1e15, 1e15, -1e15, 'no'] },
] };
export const rule = { and: [
  { '==': [v('health_code'), 'green'] },
  { in: ['commitment_letter', v('documents')] },
  { in: ['exit_certificate', v('documents')] },
  { in: ['ok', tests] },
] };

const unix = (text) => Date.parse(text) / 1000;
/** A scenario of the contract as JSON Logic data (dates parsed). */
export function data(s) {
  return {
    departure: unix(s.departure?.at),
    health_code: s.health_code ?? null,
    documents: s.documents ?? [],
    tests: (s.tests ?? []).map((t) => ({ kind: t.kind, result: t.result, at: unix(t.sampled_at) })),
  };
}

/** CanGo's own answer to the same question, from a golden file's expectation. */
export const REQUIREMENTS = ['xj-commitment-letter', 'xj-exit-certificate', 'xj-nat-2-in-48h', 'xj-green-code'];
export function cangoSays(expect) {
  const r = expect?.requirements ?? {};
  if (!REQUIREMENTS.every((id) => id in r)) return null;
  return REQUIREMENTS.every((id) => r[id] === 'met');
}
