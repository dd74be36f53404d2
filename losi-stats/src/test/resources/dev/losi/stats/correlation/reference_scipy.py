#!/usr/bin/python3
"""Reference values from scipy for ScipyAndRReferenceTest (run by hand; tests only read the output).

Run:  /usr/bin/python3 reference_scipy.py      (writes reference-scipy.tsv beside this script)
Made with scipy 1.10.1, numpy 1.24.2, Python 3.11.2 (Debian 12 packages python3-scipy, python3-numpy);
the versions actually used are written into the header of the output.

The data sets are rebuilt from the same integer formulas as reference.js and ReferenceData.java
(every value is an integer divided by an integer, so the doubles are identical on all three sides).

Calls, for each data set (x, y):
  pearsonr:            r = scipy.stats.pearsonr(x, y); r.statistic, r.pvalue (two-sided),
                       r.confidence_interval(confidence_level=0.95) (Fisher z, se 1/sqrt(n-3))
  spearmanr:           s = scipy.stats.spearmanr(x, y); s.correlation, s.pvalue (t approximation)
  kendalltau_asymptotic: scipy.stats.kendalltau(x, y, variant='b', method='asymptotic')
                       (tie-corrected variance of S, normal approximation)
  kendalltau_exact:    scipy.stats.kendalltau(x, y, variant='b', method='exact'), only for data without ties
                       and n <= 50
  data:                math.fsum(x), math.fsum(y) (correctly rounded sums: a fingerprint of the data set)
scipy 1.10 gives no interval for Spearman or Kendall: those columns stay empty.
Floats are written with repr() (shortest string that round-trips to the same double).
"""
import math
import os
import sys
import warnings

import numpy
import scipy
from scipy import stats


def ties(n):
    x, y = [], []
    for i in range(n):
        u = (i * 7919) % 1009
        x.append((u % 60 + 20) / 95)
        y.append(((u % 60) + (i * 31) % 37) / 96)
    return x, y


def continuous(n):
    x, y = [], []
    for i in range(n):
        a = (i * 7919) % 10007
        x.append(a / 10007)
        y.append(a / 10007 + ((i * 104729) % 10009) / 10009)
    return x, y


def perm(n, m, p):
    return [float(i) for i in range(n)], [float((i * m) % p) for i in range(n)]


def datasets():
    return {
        # Hollander and Wolfe (1973), p. 187: the example data of R's cor.test help page.
        "hollander_wolfe": ([44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1],
                            [2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8]),
        "n3": ([1.0, 2.0, 3.0], [1.0, 3.0, 2.0]),
        "ties_200": ties(200),
        "ties_10000": ties(10000),
        "continuous_10000": continuous(10000),
        "noties_30": perm(30, 7, 31),
        "noties_50": perm(50, 17, 53),
        "noties_12": ([float(v) for v in range(1, 13)],
                      [2.0, 1.0, 4.0, 3.0, 6.0, 5.0, 8.0, 7.0, 12.0, 11.0, 10.0, 9.0]),
    }


def fmt(v):
    if v is None:
        return ""
    return repr(float(v))


def main():
    out = [
        "# scipy %s, numpy %s, Python %s" % (scipy.__version__, numpy.__version__, sys.version.split()[0]),
        "# pearsonr: r = scipy.stats.pearsonr(x, y); estimate r.statistic, p r.pvalue, "
        "ci r.confidence_interval(confidence_level=0.95)",
        "# spearmanr: s = scipy.stats.spearmanr(x, y); estimate s.correlation, p s.pvalue",
        "# kendalltau_asymptotic: scipy.stats.kendalltau(x, y, variant='b', method='asymptotic')",
        "# kendalltau_exact: scipy.stats.kendalltau(x, y, variant='b', method='exact') (data without ties, n <= 50)",
        "# data: math.fsum(x) in the estimate column, math.fsum(y) in the p_value column (correctly rounded sums, "
        "to check that the data sets are rebuilt identically)",
        "# data sets: reference.js / ReferenceData.java; written by reference_scipy.py; empty = not given by scipy",
        "dataset\tn\tcall\testimate\tp_value\tci_lower\tci_upper\twarnings",
    ]
    for name, (x, y) in datasets().items():
        n = len(x)
        xa, ya = numpy.array(x, dtype=float), numpy.array(y, dtype=float)
        rows = [("data", math.fsum(x), math.fsum(y), None, None)]
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            r = stats.pearsonr(xa, ya)
            ci = r.confidence_interval(confidence_level=0.95)
            rows.append(("pearsonr", r.statistic, r.pvalue, ci.low, ci.high))
            s = stats.spearmanr(xa, ya)
            rows.append(("spearmanr", s.correlation, s.pvalue, None, None))
            k = stats.kendalltau(xa, ya, variant="b", method="asymptotic")
            rows.append(("kendalltau_asymptotic", k.correlation, k.pvalue, None, None))
            if len(set(x)) == n and len(set(y)) == n and n <= 50:   # continuous_10000 has no ties either,
                # but scipy's exact method for n >= 171 is a slow float recursion; our AUTO uses exact up to 50
                k = stats.kendalltau(xa, ya, variant="b", method="exact")
                rows.append(("kendalltau_exact", k.correlation, k.pvalue, None, None))
        note = "; ".join(sorted({str(w.message).replace("\t", " ").replace("\n", " ") for w in caught}))
        for call, est, p, lo, hi in rows:
            out.append("\t".join([name, str(n), call, fmt(est), fmt(p), fmt(lo), fmt(hi), note]))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference-scipy.tsv")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print("wrote", path)


if __name__ == "__main__":
    main()
