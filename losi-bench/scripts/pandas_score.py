#!/usr/bin/python3
"""Peer of `losi score --format csv` in the whole-process comparison (docs/performance.md).

Reads a long assessments CSV and the instrument table (`losi instrument show LOSI-2024 --format csv`),
counts an indicator when it is answered 1 and, if MGP-specific, its evidence channel is blank, MGP or
MGP_LINKED_SITE; sums points per city x assessor x criterion; LOSI = points / maximum; the level (0.75,
0.50, 0.25); the competition rank (ties share the best rank); writes a CSV.

Usage: pandas_score.py ASSESSMENTS.csv INSTRUMENT.csv OUT.csv [MAXIMUM]
Versions used for docs/performance.md: Debian python3-pandas 1.5.3 (numpy 1.24.2).
"""
import sys

import numpy as np
import pandas as pd


def main(assessments, instrument, out, maximum=None):
    ins = pd.read_csv(instrument, dtype=str, keep_default_na=False)
    ins = ins[ins["code"] != ""]
    weight = ins.set_index("code")["weight"].astype(float)
    crit = ins.set_index("code")["criterion"]
    mgp = ins.set_index("code")["channel_scope"].eq("MGP_SPECIFIC")
    maximum = float(maximum) if maximum else weight.sum()

    a = pd.read_csv(assessments, dtype={"value": str, "evidence_channel": str}, keep_default_na=False,
                    usecols=["city_id", "country", "assessor", "indicator", "value", "evidence_channel"])
    ch = a["evidence_channel"]
    on_mgp = ch.eq("") | ch.str.contains("MGP", regex=False)
    counts = a["value"].eq("1") & (~a["indicator"].map(mgp).astype(bool) | on_mgp)
    a["points"] = np.where(counts, a["indicator"].map(weight), 0.0)
    a["criterion"] = a["indicator"].map(crit)

    by = a.groupby(["city_id", "assessor", "criterion"], sort=True)["points"].sum().unstack(fill_value=0.0)
    crit_max = weight.groupby(crit).sum()
    sub = by / crit_max[by.columns]
    res = pd.DataFrame(index=by.index)
    res["points"] = by.sum(axis=1)
    res["losi"] = res["points"] / maximum
    res["level"] = np.select([res["losi"] >= 0.75, res["losi"] >= 0.5, res["losi"] >= 0.25],
                             ["VERY_HIGH", "HIGH", "MIDDLE"], "LOW")
    res["rank"] = res["losi"].rank(method="min", ascending=False).astype(int)
    for c in sub.columns:
        res["sub_" + c] = sub[c]
    res.reset_index().to_csv(out, index=False, float_format="%.17g")


if __name__ == "__main__":
    main(*sys.argv[1:])
