// Independent reference values for CorrelationReferenceTest.
// Run (Node v20.20.2): npm install @stdlib/stats-pcorrtest@0.2.3 @stdlib/stats-base-dists-normal-cdf@0.3.1 @stdlib/stats-base-dists-t-cdf@0.2.3
//      node reference.js > reference-values.tsv   (output committed beside this script)
// Pearson: @stdlib/stats-pcorrtest 0.2.3 (t test with n-2 df, Fisher z interval).
// Spearman: O(n^2) average ranks from the definition, then pcorrtest on the ranks (t approximation);
//           interval: Fisher z with Bonett-Wright se sqrt((1+rho^2/2)/(n-3)).
// Kendall: O(n^2) pair counting from the definition; asymptotic p from Kendall's tie-corrected variance
//          with @stdlib normal cdf; exact p from exact BigInt Mahonian numbers (inversion counts).
// Data sets are rebuilt from the same integer formulas in the Java test (ReferenceData.java).
const pcorrtest = require('@stdlib/stats-pcorrtest');
const ncdf = require('@stdlib/stats-base-dists-normal-cdf');
const tcdf = require('@stdlib/stats-base-dists-t-cdf');
// pcorrtest needs n >= 4; for n = 3 the same t test from the definition (no interval: [-1, 1]).
function corrTest(x, y) {
  if (x.length >= 4) return pcorrtest(x, y);
  const n = x.length, mx = x.reduce((a, b) => a + b) / n, my = y.reduce((a, b) => a + b) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) { sxy += (x[i] - mx) * (y[i] - my); sxx += (x[i] - mx) ** 2; syy += (y[i] - my) ** 2; }
  const r = sxy / Math.sqrt(sxx * syy), t = r * Math.sqrt((n - 2) / (1 - r * r));
  return { pcorr: r, pValue: 2 * tcdf(-Math.abs(t), n - 2), ci: [-1, 1] };
}

function datasets() {
  const d = {};
  d.hollander_wolfe = {
    x: [44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1],
    y: [2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8] };
  d.n3 = { x: [1, 2, 3], y: [1, 3, 2] };
  const tie = (n) => { const x = [], y = [];
    for (let i = 0; i < n; i++) { const u = (i * 7919) % 1009;
      x.push((u % 60 + 20) / 95); y.push(((u % 60) + (i * 31) % 37) / 96); } return { x, y }; };
  d.ties_200 = tie(200);
  d.ties_10000 = tie(10000);
  const cont = (n) => { const x = [], y = [];
    for (let i = 0; i < n; i++) { const a = (i * 7919) % 10007; x.push(a / 10007);
      y.push(a / 10007 + ((i * 104729) % 10009) / 10009); } return { x, y }; };
  d.continuous_10000 = cont(10000);
  const perm = (n, m, p) => { const x = [], y = [];
    for (let i = 0; i < n; i++) { x.push(i); y.push((i * m) % p); } return { x, y }; };
  d.noties_30 = perm(30, 7, 31);
  d.noties_50 = perm(50, 17, 53);
  d.noties_12 = { x: [1,2,3,4,5,6,7,8,9,10,11,12], y: [2,1,4,3,6,5,8,7,12,11,10,9] };
  return d;
}

function avgRanks(v) {
  const n = v.length, r = new Array(n);
  for (let i = 0; i < n; i++) { let less = 0, eq = 0;
    for (let j = 0; j < n; j++) { if (v[j] < v[i]) less++; else if (v[j] === v[i]) eq++; }
    r[i] = less + (eq + 1) / 2; }
  return r;
}

const Z975 = 1.959963984540054;
function fisher(r, se) { const z = Math.atanh(r); return [Math.tanh(z - Z975 * se), Math.tanh(z + Z975 * se)]; }

function tieGroups(v) { const m = new Map(); for (const a of v) m.set(a, (m.get(a) || 0) + 1); return [...m.values()]; }

function kendall(x, y) {
  const n = x.length; let c = 0, d = 0, tx = 0, ty = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    const a = Math.sign(x[i] - x[j]), b = Math.sign(y[i] - y[j]);
    if (a === 0 && b === 0) continue;
    if (a === 0) { tx++; continue; }
    if (b === 0) { ty++; continue; }
    if (a === b) c++; else d++;
  }
  const n0 = n * (n - 1) / 2;
  const tiedX = n0 - c - d - ty, tiedY = n0 - c - d - tx;   // pairs tied in x (incl. both), in y
  const tau = (c - d) / Math.sqrt((n0 - tiedX) * (n0 - tiedY));
  const gx = tieGroups(x), gy = tieGroups(y);
  const s1 = (g) => g.reduce((s, t) => s + t * (t - 1) * (2 * t + 5), 0);
  const s2 = (g) => g.reduce((s, t) => s + t * (t - 1), 0);
  const s3 = (g) => g.reduce((s, t) => s + t * (t - 1) * (t - 2), 0);
  const v = (n * (n - 1) * (2 * n + 5) - s1(gx) - s1(gy)) / 18 + s2(gx) * s2(gy) / (2 * n * (n - 1))
    + s3(gx) * s3(gy) / (9 * n * (n - 1) * (n - 2));
  const z = (c - d) / Math.sqrt(v);
  const pAsym = 2 * ncdf(-Math.abs(z), 0, 1);
  let pExact = NaN;
  if (tiedX === 0 && tiedY === 0 && n <= 60) {
    // Mahonian numbers: M(m, k) = number of permutations of m items with k inversions.
    let f = [1n];
    for (let m = 2; m <= n; m++) { const g = new Array(f.length + m - 1).fill(0n);
      for (let k = 0; k < f.length; k++) for (let j = 0; j < m; j++) g[k + j] += f[k]; f = g; }
    const cut = Math.min(d, n0 - d); let cum = 0n, tot = 0n;
    for (let k = 0; k < f.length; k++) { tot += f[k]; if (k <= cut) cum += f[k]; }
    // 2*cum/tot to 17 significant digits via scaled BigInt division.
    const scale = 10n ** 40n; const q = (2n * cum * scale) / tot;
    pExact = Math.min(1, Number(q) / 1e40);
  }
  return { tau, pAsym, pExact, c, d };
}

const out = ['dataset\tstatistic\testimate\tp_value\tci_lower\tci_upper\tp_exact'];
for (const [name, { x, y }] of Object.entries(datasets())) {
  const n = x.length;
  const p = corrTest(x, y);
  out.push([name, 'pearson', p.pcorr, p.pValue, p.ci[0], p.ci[1], ''].join('\t'));
  const rx = avgRanks(x), ry = avgRanks(y);
  const s = corrTest(rx, ry);
  const rho = s.pcorr;
  const ci = n > 3 ? fisher(rho, Math.sqrt((1 + rho * rho / 2) / (n - 3))) : [-1, 1];
  out.push([name, 'spearman', rho, s.pValue, ci[0], ci[1], ''].join('\t'));
  const k = kendall(x, y);
  const kci = n > 4 ? fisher(k.tau, Math.sqrt(0.437 / (n - 4))) : [-1, 1];
  out.push([name, 'kendall', k.tau, k.pAsym, kci[0], kci[1], Number.isNaN(k.pExact) ? '' : k.pExact].join('\t'));
}
console.log(out.join('\n'));
