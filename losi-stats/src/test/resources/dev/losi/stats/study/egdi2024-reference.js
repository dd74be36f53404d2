// Reference correlations of the real 2024 OSI with EGDI and HCI (193 countries) for EgdiRealDataTest.
// Run (Node v20.20.2) from a folder with reference.js's packages installed (see ../correlation/reference.js):
//   node egdi2024-reference.js /work/shared/data/egdi_2024_countries.csv /work/shared/data/losi_2024_cities_partial.csv
const fs = require('fs');
const pcorrtest = require('@stdlib/stats-pcorrtest');
const ncdf = require('@stdlib/stats-base-dists-normal-cdf');
const tcdf = require('@stdlib/stats-base-dists-t-cdf');
// pcorrtest's p-value underflows to 0 here; the tail 2 tcdf(-|t|, n-2) keeps its digits.
const tp = (r, n) => 2 * tcdf(-Math.abs(r * Math.sqrt((n - 2) / (1 - r * r))), n - 2);
const lines = fs.readFileSync(process.argv[2], 'utf8').trim().split('\n');
const head = lines[0].split(',');
const col = (name) => lines.slice(1).map(l => Number(l.split(',')[head.indexOf(name)]));
function avgRanks(v) { return v.map(a => v.filter(b => b < a).length + (v.filter(b => b === a).length + 1) / 2); }
function kendall(x, y) {
  const n = x.length; let s = 0, tx = 0, ty = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    const a = Math.sign(x[i] - x[j]), b = Math.sign(y[i] - y[j]);
    if (a === 0) tx++; if (b === 0) ty++; s += a * b; }
  const n0 = n * (n - 1) / 2, tau = s / Math.sqrt((n0 - tx) * (n0 - ty));
  const groups = (v) => { const m = new Map(); v.forEach(a => m.set(a, (m.get(a) || 0) + 1)); return [...m.values()]; };
  const gx = groups(x), gy = groups(y);
  const f = (g, h) => g.reduce((acc, t) => acc + h(t), 0);
  const v = (n * (n - 1) * (2 * n + 5) - f(gx, t => t * (t - 1) * (2 * t + 5)) - f(gy, t => t * (t - 1) * (2 * t + 5))) / 18
    + f(gx, t => t * (t - 1)) * f(gy, t => t * (t - 1)) / (2 * n * (n - 1))
    + f(gx, t => t * (t - 1) * (t - 2)) * f(gy, t => t * (t - 1) * (t - 2)) / (9 * n * (n - 1) * (n - 2));
  return [tau, 2 * ncdf(-Math.abs(s / Math.sqrt(v)), 0, 1)];
}
const osi = col('osi');
console.log('pair\tstatistic\testimate\tp_value');
for (const other of ['egdi', 'hci']) {
  const y = col(other);
  const p = pcorrtest(osi, y);
  console.log(['osi_' + other, 'pearson', p.pcorr, tp(p.pcorr, osi.length)].join('\t'));
  const s = pcorrtest(avgRanks(osi), avgRanks(y));
  console.log(['osi_' + other, 'spearman', s.pcorr, tp(s.pcorr, osi.length)].join('\t'));
  const k = kendall(osi, y);
  console.log(['osi_' + other, 'kendall', k[0], k[1]].join('\t'));
}
// Second section (when a second argument is given): the 13 cities of losi_2024_cities_partial.csv joined
// by exact country name to their 2024 OSI, and the least-squares line of LOSI on OSI (closed form).
if (process.argv[3]) {
  const cl = fs.readFileSync(process.argv[3], 'utf8').trim().split('\n').slice(1).map(l => l.split(','));
  const names = lines.slice(1).map(l => l.split(',')[head.indexOf('country')]);
  const x = cl.map(c => osi[names.indexOf(c[1])]), y = cl.map(c => Number(c[2]));
  const p = pcorrtest(x, y);
  console.log(['cities13', 'pearson', p.pcorr, tp(p.pcorr, x.length)].join('\t'));
  const s = pcorrtest(avgRanks(x), avgRanks(y));
  console.log(['cities13', 'spearman', s.pcorr, tp(s.pcorr, x.length)].join('\t'));
  const k = kendall(x, y);
  console.log(['cities13', 'kendall', k[0], k[1]].join('\t'));
  const n = x.length, mx = x.reduce((a, b) => a + b) / n, my = y.reduce((a, b) => a + b) / n;
  let sxx = 0, sxy = 0; for (let i = 0; i < n; i++) { sxx += (x[i] - mx) ** 2; sxy += (x[i] - mx) * (y[i] - my); }
  const b = sxy / sxx;
  console.log(['cities13', 'slope', b, ''].join('\t'));
  console.log(['cities13', 'intercept', my - b * mx, ''].join('\t'));
}
