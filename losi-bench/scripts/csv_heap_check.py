#!/usr/bin/env python3
"""Manual check of issue 15 item 20: a 40 MB long-layout CSV of 10^6 one-row cities scores at -Xmx512m, to CSV or JSON.

Writes `cities.csv` into a folder: 10^6 cities, each with one row (one LOSI-2024 indicator answered, the others
left to `--missing absent`), about 40 MB; then runs `losi score --missing absent --format FORMAT` (csv, the
default, or json) on it under the given command, and prints the exit code, the wall time and the peak resident set size of the process tree
(`/usr/bin/time -v` when present, else the maximum RSS of the children from `resource.getrusage`).

Usage (from the repository root, after `mvn -B -o -q -pl losi-cli -am package -DskipTests`):
  python3 losi-bench/scripts/csv_heap_check.py DIR "java -Xmx512m -jar losi-cli/target/losi.jar" [CITIES [FORMAT]]
The second argument is the command that runs losi (any launcher; -Xmx512m is what is checked).
"""
import json
import resource
import shlex
import subprocess
import sys
import time
from pathlib import Path

COUNTRIES = ["BRA", "TUN", "KOR", "DNK", "JOR", "PSE", "ARG", "KEN"]


def codes(root):
    doc = json.loads((root / "losi-io/src/main/resources/dev/losi/io/instruments/LOSI-2024.json").read_text())
    return [i["code"] for i in doc["indicators"]]


def write(path, cs, cities):
    with open(path, "w", newline="") as f:
        f.write("city_id,city_name,country,assessor,indicator,value,evidence_channel,evidence_url,note\n")
        lines = []
        for n in range(cities):
            lines.append("C%07d,City no %d,%s,A,%s,%d,,,\n" % (n, n, COUNTRIES[n % len(COUNTRIES)], cs[n % len(cs)],
                                                          (n // 7) % 2))
            if len(lines) == 10000:
                f.write("".join(lines))
                lines = []
        f.write("".join(lines))


def main():
    out, cmd = Path(sys.argv[1]), sys.argv[2]
    cities = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
    fmt = sys.argv[4] if len(sys.argv) > 4 else "csv"
    out.mkdir(parents=True, exist_ok=True)
    csv = out / "cities.csv"
    write(csv, codes(Path(__file__).resolve().parents[2]), cities)
    print("cities.csv: %d cities, %d bytes" % (cities, csv.stat().st_size))
    args = shlex.split(cmd) + ["score", "--instrument", "LOSI-2024", "--assessments", str(csv), "--missing", "absent",
                               "--format", fmt, "--out", str(out / ("scores." + fmt))]
    timer = Path("/usr/bin/time")
    if timer.exists():
        args = [str(timer), "-v"] + args
    start = time.time()
    p = subprocess.run(args, capture_output=True, text=True)
    wall = time.time() - start
    rss = None
    for line in p.stderr.splitlines():
        if "Maximum resident set size" in line:
            rss = int(line.split(":")[1]) // 1024
    if rss is None:
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    err = "\n".join(l for l in p.stderr.splitlines() if not l.startswith("\t"))
    print("exit %d in %.1f s, peak RSS %d MiB; stderr: %s" % (p.returncode, wall, rss, err.strip()[:300]))
    if p.returncode == 0:
        with open(out / ("scores." + fmt)) as f:
            if fmt == "csv":
                rows = sum(1 for _ in f) - 1
            else:  # one result per '    "city" : {' line of the pretty-printed results array
                rows = sum(1 for line in f if line.startswith('    "city" : {'))
        print("scores.%s: %d results" % (fmt, rows))
        ok = rows == cities
    else:
        ok = False
    print("OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
