// Scenarios opened as shareable links and compared with the CLI's answer.
const base = {
  now: '2022-10-07T20:00:00+08:00',
  origin: { region: '650502', risk: 'none' },
  destination: { region: '310000' },
  departure: { at: '2022-10-08T10:00:00+08:00', mode: 'air' },
  purpose: 'ordinary',
  health_code: 'green',
  tests: [{ kind: 'nat', sampled_at: '2022-10-06T20:00:00+08:00', result: 'negative' }],
};
const twoNats = [
  { kind: 'nat', sampled_at: '2022-10-06T12:00:00+08:00', result: 'negative' },
  { kind: 'nat', sampled_at: '2022-10-07T12:00:00+08:00', result: 'negative' },
];
export const scenarios = {
  'hami-needs-documents': base,
  'hami-all-in-order': { ...base, tests: twoNats, documents: ['commitment_letter', 'exit_certificate'] },
  'medical-route': { ...base, purpose: 'medical' },
  'red-code': { ...base, health_code: 'red' },
  'origin-high-risk': { ...base, origin: { region: '650502', risk: 'high' } },
  'before-rules': { ...base, now: '2022-09-01T12:00:00+08:00', departure: { at: '2022-09-02T10:00:00+08:00', mode: 'air' }, tests: [] },
  'changji-quarantine': { ...base, origin: { region: '652302', risk: 'none' } },
  'to-beijing': { ...base, destination: { region: '110000' } },
  'positive-test': { ...base, tests: [{ kind: 'nat', sampled_at: '2022-10-07T08:00:00+08:00', result: 'positive' }] },
  'recent-risk-stay': { ...base, travel_history: [{ region: '654002', risk: 'medium', until: '2022-10-05T18:00:00+08:00' }] },
  'xinjiang-time-input': { ...base, departure: { at: '2022-10-08T08:00:00+06:00', mode: 'rail' }, health_code: undefined, tests: twoNats, documents: ['commitment_letter'] },
  'yining-low-risk-pending': { ...base, origin: { region: '654002', risk: 'low' }, tests: [{ kind: 'nat', sampled_at: '2022-10-07T09:00:00+08:00', result: 'pending' }] },
};
