#!/usr/bin/env python3
"""Per-code recall / precision / path misses of one whole-file set from `./buki bench check` stderr.
Usage: python3 tools/review6/figures.py review6 < bench.err"""
import json
import os
import sys
from collections import Counter

SET = sys.argv[1] if len(sys.argv) > 1 else "review6"
cases = json.load(open(os.path.join(os.path.dirname(__file__), "../../assistant/src/main/resources/bench/check/%s.json" % SET)))["cases"]
expected = Counter(code for c in cases for code in c["expect"])
missed, unexpected, paths, severity = Counter(), Counter(), Counter(), Counter()
for line in sys.stdin:
    parts = line.split()
    if len(parts) < 3 or not parts[1].startswith(SET + ":"):
        continue
    kind, code = parts[0], parts[2]
    {"MISSED": missed, "UNEXPECTED": unexpected, "SEVERITY": severity}.get(kind, Counter())[code] += 1
    if kind == "PATH":
        paths[parts[1]] += 1
print("%-24s %5s %5s %5s %7s %9s %4s" % ("code", "exp", "hit", "FP", "recall", "precision", "sev"))
for code in sorted(set(expected) | set(unexpected)):
    hit = expected[code] - missed[code]
    prec = hit / (hit + unexpected[code]) if hit + unexpected[code] else 0
    print("%-24s %5d %5d %5d %7.3f %9.3f %4d" % (code, expected[code], hit, unexpected[code],
                                               hit / expected[code] if expected[code] else 0, prec, severity[code]))
hits = sum(expected.values()) - sum(missed.values())
print("cases %d (clean %d): recall %.3f (%d/%d), precision %.3f, false positives %d, path misses %d, severity mismatches %d"
      % (len(cases), sum(1 for c in cases if not c["expect"]), hits / sum(expected.values()), hits, sum(expected.values()),
         hits / (hits + sum(unexpected.values())), sum(unexpected.values()), sum(paths.values()), sum(severity.values())))
