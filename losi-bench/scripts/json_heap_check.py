#!/usr/bin/env python3
"""Manual check of issue 15 item 20: JSON inputs inside the documented limits read at -Xmx512m.

Writes two documents just under the 256 MiB JsonLimits default into a folder and runs `losi score` on each
with -Xmx512m:

  valid.json    LOSI-2024 assessments, every indicator answered (about 250 MB): must score, exit 0;
  unknown.json  one valid assessment and an unknown field holding a 240 MB array of numbers: must exit 2
                with one problem naming the field ("huge is not a known field here"), not run out of memory.

Usage (from the repository root, after `mvn -B -o -q -pl losi-cli -am package -DskipTests`):
  python3 losi-bench/scripts/json_heap_check.py DIR "java -Xmx512m -jar losi-cli/target/losi-cli-VERSION-all.jar"
The second argument is the command that runs losi (any launcher; -Xmx512m is what is checked).
"""
import json
import shlex
import subprocess
import sys
import time
from pathlib import Path

LIMIT = 256 << 20


def codes(root):
    doc = json.loads((root / "losi-io/src/main/resources/dev/losi/io/instruments/LOSI-2024.json").read_text())
    return [i["code"] for i in doc["indicators"]]


def assessment(n, cs):
    rs = ",".join('{"indicator":%s,"answer":"%s"}' % (json.dumps(c), "PRESENT" if (n + k) % 3 else "ABSENT")
                  for k, c in enumerate(cs))
    return ('{"city":{"id":"C%07d","name":"City %d","country":"BRA"},"instrumentId":"LOSI-2024",'
            '"assessorId":"A","responses":[%s]}' % (n, n, rs))


def write_valid(path, cs, target):
    with open(path, "w") as f:
        f.write('{"schemaVersion":1,"assessments":[')
        size, n = 40, 0
        while True:
            a = assessment(n, cs)
            if size + len(a) + 1 > target:
                break
            f.write(("," if n else "") + a)
            size += len(a) + 1
            n += 1
        f.write("]}")
    return n


def write_unknown(path, cs, array_bytes):
    with open(path, "w") as f:
        f.write('{"schemaVersion":1,"huge":[0')
        chunk = ",0" * (1 << 20)
        for _ in range(array_bytes // len(chunk)):
            f.write(chunk)
        f.write('],"assessments":[%s]}' % assessment(0, cs))


def run(cmd, doc):
    start = time.time()
    p = subprocess.run(shlex.split(cmd) + ["score", "--instrument", "LOSI-2024", "--assessments", str(doc),
                                           "--format", "csv", "--out", str(doc) + ".scores.csv"],
                       capture_output=True, text=True)
    print("%s: exit %d in %.1f s; stderr: %s" % (doc.name, p.returncode, time.time() - start, p.stderr.strip()[:300]))
    return p.returncode


def main():
    out, cmd = Path(sys.argv[1]), sys.argv[2]
    out.mkdir(parents=True, exist_ok=True)
    cs = codes(Path(__file__).resolve().parents[2])
    n = write_valid(out / "valid.json", cs, 250_000_000)
    print("valid.json: %d assessments, %d bytes" % (n, (out / "valid.json").stat().st_size))
    write_unknown(out / "unknown.json", cs, 240_000_000)
    print("unknown.json: %d bytes" % (out / "unknown.json").stat().st_size)
    assert (out / "valid.json").stat().st_size < LIMIT and (out / "unknown.json").stat().st_size < LIMIT
    ok = run(cmd, out / "valid.json") == 0
    ok &= run(cmd, out / "unknown.json") == 2
    print("OK" if ok else "FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
