"""Reference values for StudyDesignTest, computed with scipy (run: python3 scipy_design.py > expected.csv).

one_per_country: Pearson and Spearman over the 12 cities (= countries), scipy.stats.pearsonr / spearmanr.
clustered: the country unit, mean and median city LOSI per country (6 countries) against OSI.
"""
import csv
import statistics
import sys
from collections import OrderedDict

import scipy
from scipy import stats

rows = list(csv.DictReader(open(__file__.replace("scipy_design.py", "cities.csv"))))
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["case", "n", "pearson_r", "pearson_p", "spearman_rho", "spearman_p", "scipy_version"])


def emit(case, x, y):
    r, p = stats.pearsonr(x, y)
    rho, q = stats.spearmanr(x, y)
    out.writerow([case, len(x), repr(float(r)), repr(float(p)), repr(float(rho)), repr(float(q)), scipy.__version__])


one = [r for r in rows if r["dataset"] == "one_per_country"]
emit("one_per_country", [float(r["osi"]) for r in one], [float(r["losi"]) for r in one])
by = OrderedDict()
for r in rows:
    if r["dataset"] == "clustered":
        by.setdefault(r["iso3"], []).append(r)
countries = sorted(by)
osi = [float(by[c][0]["osi"]) for c in countries]
emit("clustered_mean", osi, [statistics.mean(float(r["losi"]) for r in by[c]) for c in countries])
emit("clustered_median", osi, [statistics.median(float(r["losi"]) for r in by[c]) for c in countries])
