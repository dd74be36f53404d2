#!/usr/bin/python3
"""Runs every whole-process comparison of docs/performance.md side by side and prints the table.

Each job runs `losi` and its peer alternately, --pairs times (default 5), on the same input, and reports
the median wall time and the median peak resident memory (from wait4's rusage) of each, and the ratio
losi / peer. Outputs are checked to agree where the job defines one number (Krippendorff's alpha to
1e-12, the correlation coefficients to 1e-12).

losi runs as users run the installed command: bin/losi of the distribution (losi-cli/target/losi-cli-*-dist.tar.gz,
unpacked into --work/dist), with its start-up options and its AppCDS archive (made by one untimed warm-up run, as
an installed losi makes it on its first run, in --work/cds). --launcher jar measures `java -jar losi.jar` instead.

Build first:  mvn -B -q -DskipTests package   (gives the distribution, losi-cli/target/losi.jar and losi-bench/target/benchmarks.jar)
Then:         losi-bench/scripts/compare.py [--pairs 5] [--work /tmp/losi-bench] [--jobs score,alpha,...]
Peers:        Debian python3-pandas 1.5.3, python3-scipy 1.10.1, python3-statsmodels 0.13.5, DKPro Agreement 2.2.1.
"""
import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import tarfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
LOSI_JAR = os.path.join(ROOT, "losi-cli", "target", "losi.jar")
BENCH_JAR = os.path.join(ROOT, "losi-bench", "target", "benchmarks.jar")
PY = "/usr/bin/python3"


def timed(cmd, stdout_path=None):
    """Runs cmd under /usr/bin/time-like accounting: (seconds, peak RSS MiB, stdout)."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.PIPE
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE)
    data = b""
    if not stdout_path:
        data = p.stdout.read()
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    seconds = time.perf_counter() - start
    if stdout_path:
        out.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit("failed (%d): %s\n%s" % (code, " ".join(cmd), err.decode(errors="replace")[-2000:]))
    return seconds, usage.ru_maxrss / 1024.0, data.decode()


def ensure_inputs(work, cities):
    os.makedirs(work, exist_ok=True)
    need = [os.path.join(work, "assessments-%d.csv" % c) for c in cities]
    need += [os.path.join(work, "ratings.csv"), os.path.join(work, "pairs.csv")]
    if not all(os.path.exists(f) for f in need):
        subprocess.check_call(["java", "-cp", BENCH_JAR, "dev.losi.bench.GenerateInputs", work]
                              + [str(c) for c in cities])
    ins = os.path.join(work, "instrument.csv")
    if not os.path.exists(ins):
        with open(ins, "wb") as f:
            subprocess.check_call(["java", "-jar", LOSI_JAR, "instrument", "show", "LOSI-2024", "--format", "csv"],
                                  stdout=f)
    return ins


def install(work):
    """Unpacks the distribution into work/dist (afresh) and returns its bin/losi."""
    tgz = glob.glob(os.path.join(ROOT, "losi-cli", "target", "losi-cli-*-dist.tar.gz"))[0]
    dist = os.path.join(work, "dist")
    subprocess.check_call(["rm", "-rf", dist, os.path.join(work, "cds")])
    with tarfile.open(tgz) as t:
        t.extractall(dist)
    return glob.glob(os.path.join(dist, "losi-*", "bin", "losi"))[0]


def alpha_of(losi_json):
    return json.loads(losi_json)["krippendorff_alpha"]["value"]


def jobs(work, ins, java):
    a1m = os.path.join(work, "assessments-5300.csv")
    yield ("`losi score`, 1M-row long CSV to CSV", "pandas",
           java + ["score", "--instrument", "LOSI-2024", "--assessments", a1m, "--format", "csv",
                   "--out", os.path.join(work, "scores.csv")],
           [PY, os.path.join(HERE, "pandas_score.py"), a1m, ins, os.path.join(work, "scores-pandas.csv"), "95"],
           None)
    yield ("`losi agreement --data`, 100k x 5 nominal", "DKPro Agreement 2.2.1",
           java + ["agreement", "--data", os.path.join(work, "ratings.csv"), "--level", "nominal", "--format", "json"],
           ["java", "-cp", BENCH_JAR, "dev.losi.bench.DkproAlpha", os.path.join(work, "ratings.csv")],
           lambda ours, peer: abs(alpha_of(ours) - float(peer.strip())) <= 1e-12)
    yield ("`losi agreement --assessments`, 1M rows", "pandas + statsmodels",
           java + ["agreement", "--assessments", a1m, "--format", "json"],
           [PY, os.path.join(HERE, "statsmodels_agreement.py"), a1m, ins],
           None)
    yield ("`losi correlate --data`, n = 1M", "scipy 1.10",
           java + ["correlate", "--data", os.path.join(work, "pairs.csv"), "--x", "x", "--y", "y", "--format", "json"],
           [PY, os.path.join(HERE, "scipy_correlate.py"), os.path.join(work, "pairs.csv")],
           lambda ours, peer: all(abs(json.loads(ours)[m]["estimate"] - float(v)) <= 1e-12
                                  for m, v, _ in (l.split() for l in peer.strip().splitlines())))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--work", default="/tmp/losi-bench")
    ap.add_argument("--jobs", default="", help="comma-separated substrings of job names (default: all)")
    ap.add_argument("--java-opts", default="", help="extra JVM options for losi, e.g. -Xmx512m (JAVA_OPTS of bin/losi)")
    ap.add_argument("--launcher", default="dist", choices=["dist", "jar"],
                    help="dist: bin/losi of the unpacked distribution (default, as users run it); jar: java -jar losi.jar")
    args = ap.parse_args()
    ap_launcher = args.launcher
    ins = ensure_inputs(args.work, [5300])
    if ap_launcher == "jar":
        java = ["java"] + args.java_opts.split() + ["-jar", LOSI_JAR]
    else:
        java = [install(args.work)]
        os.environ["LOSI_CDS_DIR"] = os.path.join(args.work, "cds")
        if args.java_opts:
            os.environ["JAVA_OPTS"] = args.java_opts
        timed(java + ["--version"])  # the warm-up run that makes the AppCDS archive
    print("losi runs as: %s" % " ".join(java), flush=True)
    rows = []
    for name, peer_name, ours_cmd, peer_cmd, check in jobs(args.work, ins, java):
        if args.jobs and not any(j in name for j in args.jobs.split(",")):
            continue
        o_t, o_m, p_t, p_m = [], [], [], []
        for _ in range(args.pairs):
            t, m, ours = timed(ours_cmd)
            o_t.append(t)
            o_m.append(m)
            t, m, peer = timed(peer_cmd)
            p_t.append(t)
            p_m.append(m)
        agree = "" if check is None else (" (same value)" if check(ours, peer) else " (VALUES DIFFER)")
        po, pp = statistics.median(o_t), statistics.median(p_t)
        rows.append("| %s | %s | %.2f s, %.0f MiB | %.2f s, %.0f MiB | %.2f%s |" % (
            name, peer_name, pp, statistics.median(p_m), po, statistics.median(o_m), po / pp, agree))
        print(rows[-1], flush=True)
    print()
    print("| Job | Peer | Peer (median of %d) | `losi` | Ratio |" % args.pairs)
    print("|---|---|---|---|---|")
    for r in rows:
        print(r)


if __name__ == "__main__":
    main()
