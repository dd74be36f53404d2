#!/usr/bin/python3
"""Peer of `losi correlate --data pairs.csv --x x --y y` in the whole-process comparison.

Pearson, Spearman and Kendall tau-b with their p-values (scipy.stats), printed with 17 digits.

Usage: scipy_correlate.py PAIRS.csv
Versions used for docs/performance.md: Debian python3-scipy 1.10.1, python3-pandas 1.5.3.
"""
import sys

import pandas as pd
from scipy import stats


def main(pairs):
    d = pd.read_csv(pairs, usecols=["x", "y"])
    x = d["x"].to_numpy()
    y = d["y"].to_numpy()
    for name, f in (("pearson", stats.pearsonr), ("spearman", stats.spearmanr), ("kendall", stats.kendalltau)):
        r = f(x, y)
        print("%s %.17g %.17g" % (name, r[0], r[1]))


if __name__ == "__main__":
    main(*sys.argv[1:])
