#!/usr/bin/python3
"""Reference values from statsmodels.stats.inter_rater for StatsmodelsReferenceTest.

Run from this directory:   /usr/bin/python3 reference_statsmodels.py > reference-statsmodels.tsv

Every data set is written out here as an integer table or built by the 64-bit linear congruential
generator below (Knuth's MMIX constants), which StatsmodelsReferenceTest re-implements with Java's
wrapping long arithmetic, so the test rebuilds exactly the same data. Each data set's table is also
written to the TSV ("data" rows) and the test checks that its rebuilt table equals it.

statsmodels' weights (read in statsmodels/stats/inter_rater.py, version below): cohens_kappa(table,
wt='linear') takes category scores x = weights or arange(k) and builds *disagreement* weights
|x_k - x_l| / (x_max - x_min); wt='quadratic' (x_k - x_l)^2 / (x_max - x_min)^2. Kappa is
1 - sum(d * p_obs) / sum(d * p_exp), and the variance uses the agreement weights w = 1 - d
(Fleiss, Cohen & Everitt 1969, as SAS PROC FREQ). So 1 - d are exactly Cohen's (1968) weighted kappa
with Cicchetti-Allison (linear) and Fleiss-Cohen (quadratic) agreement weights, i.e. LOSI's
Weights.linear / Weights.quadratic on a scale whose values are x (with the default x = 0..k-1, any
equally spaced numeric scale or an ordinal scale's ranks).
"""
import sys
import platform

import numpy as np
import scipy
import statsmodels
from statsmodels.stats.inter_rater import cohens_kappa, fleiss_kappa

MASK = (1 << 64) - 1


class Lcg:
    """x <- x * 6364136223846793005 + 1442695040888963407 (mod 2^64); next(bound) = (x >>> 33) % bound."""

    def __init__(self, seed):
        self.x = seed & MASK

    def next(self, bound):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) & MASK
        return (self.x >> 33) % bound


def formula_table(q):
    """A q x q table from an integer formula: heavy diagonal, asymmetric off-diagonal, zeros included."""
    return [[(20 + 3 * i if i == j else (7 * i + 3 * j + 11 * i * j) % 9) for j in range(q)] for i in range(q)]


def generated_ratings(seed, units, raters, q, agree_pct, missing_pct, prevalence=None):
    """units x raters codes 0..q-1 (-1 missing). Per unit: a true category (PRESENT=1 with probability
    prevalence% when given, else uniform), then per rater: missing with missing_pct%, else the true
    category with agree_pct%, else a uniform category. Draw order is part of the definition."""
    g = Lcg(seed)
    out = []
    for _ in range(units):
        if prevalence is not None:
            truth = 1 if g.next(100) < prevalence else 0
        else:
            truth = g.next(q)
        row = []
        for _ in range(raters):
            if missing_pct > 0 and g.next(100) < missing_pct:
                row.append(-1)
            elif g.next(100) < agree_pct:
                row.append(truth)
            else:
                row.append(g.next(q))
        out.append(row)
    return out


def counts(ratings, q):
    """subjects x categories table of counts, as statsmodels.stats.inter_rater.aggregate_raters gives,
    but with a column for every declared category (used or not)."""
    return [[sum(1 for v in row if v == k) for k in range(q)] for row in ratings]


def two_rater_counts(table):
    """The units x categories count table of a two-rater contingency table (each unit has 2 ratings)."""
    q = len(table)
    rows = []
    for i in range(q):
        for j in range(q):
            for _ in range(table[i][j]):
                c = [0] * q
                c[i] += 1
                c[j] += 1
                rows.append(c)
    return rows


# name -> (table, category scores for statsmodels' weights (None: arange(k)))
TABLES = {
    # LOSI 2022: social media features on 86% of portals (kappa paradox: high agreement, low kappa)
    "social_media_86": ([[83, 3], [4, 10]], None),
    # e-voting on 19% of portals
    "evoting_19": ([[15, 4], [3, 78]], None),
    # docs/agreement.md worked example
    "paradox_88_5_5_2": ([[88, 5], [5, 2]], None),
    # irrCAC cont3x3abstractors
    "abstractors_3x3": ([[13, 0, 0], [0, 20, 7], [0, 4, 56]], None),
    "asymmetric_3x3": ([[22, 5, 3], [4, 17, 6], [2, 7, 34]], None),
    "ordinal_4": ([[11, 4, 1, 0], [3, 15, 5, 1], [1, 6, 19, 4], [0, 1, 5, 24]], None),
    # a category the second rater never used (zero column) and the first rarely
    "ordinal_4_empty_column": ([[9, 2, 0, 0], [1, 0, 0, 0], [2, 3, 0, 14], [0, 1, 0, 21]], None),
    "formula_5": (formula_table(5), None),
    # unequally spaced numeric scale 0, 1, 3, 7: statsmodels weights=[0, 1, 3, 7]
    "numeric_0_1_3_7": ([[12, 3, 1, 0], [2, 10, 4, 1], [1, 3, 14, 2], [0, 1, 2, 9]], [0, 1, 3, 7]),
}

# name -> (seed, units, raters, q, agree_pct, missing_pct, prevalence)
RATINGS = {
    "fleiss_binary_86_u30_r3": (86, 30, 3, 2, 80, 0, 86),
    "fleiss_q4_u50_r5": (2024, 50, 5, 4, 60, 0, None),
    # six declared categories, the generator draws from 0..5; Randolph's kappa uses 1/q = 1/6
    "fleiss_q6_u40_r6": (7, 40, 6, 6, 50, 0, None),
    "fleiss_q3_u200_r4": (123456789, 200, 4, 3, 70, 0, None),
    # missing ratings: units have unequal rater counts; statsmodels' fleiss_kappa requires equal counts
    "fleiss_missing_q3_u25_r4": (99, 25, 4, 3, 70, 15, None),
}


def fmt(x):
    return repr(float(x))


def main(out):
    w = out.write
    w("# reference values for dev.losi.stats.agreement.StatsmodelsReferenceTest, written by reference_statsmodels.py\n")
    w("# python\t%s\n" % platform.python_version())
    w("# numpy\t%s\n" % np.__version__)
    w("# scipy\t%s\n" % scipy.__version__)
    w("# statsmodels\t%s\n" % statsmodels.__version__)
    w("# calls: r = cohens_kappa(table); r = cohens_kappa(table, wt='linear'); r = cohens_kappa(table, wt='quadratic')"
      " (with weights=SCORES where given); quantities r['kappa'], r['std_kappa'], r['kappa_low'], r['kappa_upp'],"
      " r['std_kappa0'], r['z_value'], r['pvalue_two_sided'] (alpha 0.025 per side: 95% interval);"
      " fleiss_kappa(counts, method='fleiss'), fleiss_kappa(counts, method='randolph') on the subjects x categories"
      " count table with a column for every declared category\n")
    w("# values are repr() of the Python float: 17 significant digits, exact round trip\n")
    w("dataset\tcall\tquantity\tvalue\n")
    keys = ["kappa", "std_kappa", "kappa_low", "kappa_upp", "std_kappa0", "z_value", "pvalue_two_sided"]
    for name, (table, scores) in TABLES.items():
        w("%s\tdata\ttable\t%s\n" % (name, ";".join(",".join(str(v) for v in row) for row in table)))
        if scores is not None:
            w("%s\tdata\tscores\t%s\n" % (name, ",".join(str(v) for v in scores)))
        for call, kw in (("cohens_kappa", {}), ("cohens_kappa_linear", {"wt": "linear"}),
                         ("cohens_kappa_quadratic", {"wt": "quadratic"})):
            if kw and scores is not None:
                kw = dict(kw, weights=scores)
            r = cohens_kappa(np.array(table), **kw)
            for k in keys:
                w("%s\t%s\t%s\t%s\n" % (name, call, k, fmt(r[k])))
        cnt = np.array(two_rater_counts(table))
        for method in ("fleiss", "randolph"):
            w("%s\tfleiss_kappa_%s\tkappa\t%s\n" % (name, method, fmt(fleiss_kappa(cnt, method=method))))
    for name, (seed, units, raters, q, agree, missing, prev) in RATINGS.items():
        ratings = generated_ratings(seed, units, raters, q, agree, missing, prev)
        w("%s\tdata\tratings\t%s\n" % (name, ";".join(",".join(str(v) for v in row) for row in ratings)))
        cnt = np.array(counts(ratings, q))
        for method in ("fleiss", "randolph"):
            try:
                value = fmt(fleiss_kappa(cnt, method=method))
            except AssertionError:
                value = "error: AssertionError (unequal number of ratings per subject)"
            w("%s\tfleiss_kappa_%s\tkappa\t%s\n" % (name, method, value))


if __name__ == "__main__":
    main(sys.stdout)
