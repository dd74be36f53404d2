#!/usr/bin/python3
"""Peer of `losi agreement --assessments` in the whole-process comparison (docs/performance.md).

Reads a long assessments CSV with two assessors per city, codes each answer as scored (1 when it
counts for the LOSI, else 0, as `losi agreement` does by default), and computes Cohen's kappa and percent
agreement pooled over all items and per indicator (statsmodels' cohens_kappa on the 2x2 table), plus the
cities whose disagreement exceeds 5%. Prints a short summary.

Usage: statsmodels_agreement.py ASSESSMENTS.csv INSTRUMENT.csv
Versions used for docs/performance.md: Debian python3-pandas 1.5.3, python3-statsmodels 0.13.5.
"""
import sys

import numpy as np
import pandas as pd
from statsmodels.stats.inter_rater import cohens_kappa


def table(x, y):
    t = np.zeros((2, 2))
    np.add.at(t, (x, y), 1)
    return t


def main(assessments, instrument):
    ins = pd.read_csv(instrument, dtype=str, keep_default_na=False)
    ins = ins[ins["code"] != ""]
    mgp = ins.set_index("code")["channel_scope"].eq("MGP_SPECIFIC")
    a = pd.read_csv(assessments, dtype={"value": str, "evidence_channel": str}, keep_default_na=False,
                    usecols=["city_id", "assessor", "indicator", "value", "evidence_channel"])
    ch = a["evidence_channel"]
    on_mgp = ch.eq("") | ch.str.contains("MGP", regex=False)
    a["scored"] = (a["value"].eq("1") & (~a["indicator"].map(mgp).astype(bool) | on_mgp)).astype(int)
    w = a.pivot_table(index=["city_id", "indicator"], columns="assessor", values="scored", aggfunc="first")
    w = w.dropna()
    x = w.iloc[:, 0].to_numpy(dtype=int)
    y = w.iloc[:, 1].to_numpy(dtype=int)
    pooled = cohens_kappa(table(x, y))
    print("pooled kappa %.17g se %.17g agreement %.17g" % (pooled.kappa, pooled.std_kappa, np.mean(x == y)))
    per = []
    for ind, g in w.groupby(level="indicator"):
        gx = g.iloc[:, 0].to_numpy(dtype=int)
        gy = g.iloc[:, 1].to_numpy(dtype=int)
        t = table(gx, gy)
        k = cohens_kappa(t).kappa if (t.sum(axis=0) > 0).all() or (t.sum(axis=1) > 0).all() else float("nan")
        per.append((ind, k, np.mean(gx == gy)))
    print("indicators", len(per))
    dis = (w.iloc[:, 0] != w.iloc[:, 1]).groupby(level="city_id").mean()
    print("flagged cities", int((dis > 0.05).sum()))


if __name__ == "__main__":
    main(*sys.argv[1:])
