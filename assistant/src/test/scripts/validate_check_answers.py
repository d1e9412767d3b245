#!/usr/bin/env python3
"""Does every check answer of a run (RunCheckSet.java output) have the cli.md shape?
{form (= the file's form), complete (boolean, = no error finding), findings[{code of findings.json, severity error|warning,
fields [strings], message {all 9 languages, non-empty}}]}; reports keys beyond cli.md separately.
    python3 assistant/src/test/scripts/validate_check_answers.py SETDIR run.tsv [findings.json]"""
import json, os, sys
CODES = set(json.load(open(sys.argv[3] if len(sys.argv) > 3 else "../shared/contracts/findings.json"))["codes"])
LANGS = {"de", "en", "tr", "ar", "uk", "ru", "fa", "pl", "de-LS"}
bad, n, beyond = 0, 0, {}
for line in open(sys.argv[2]):
    name, out = line.rstrip("\n").split("\t", 1)
    r = json.loads(out)
    n += 1
    app = json.load(open(os.path.join(sys.argv[1], name + ".json")))
    for k in set(r) - {"form", "complete", "findings"}:
        beyond[k] = beyond.get(k, 0) + 1
    ok = {"form", "complete", "findings"} <= set(r) and r["form"] == app["form"] and isinstance(r["complete"], bool)
    ok = ok and r["complete"] == (not any(f["severity"] == "error" for f in r["findings"]))
    for f in r["findings"]:
        ok = ok and set(f) == {"code", "severity", "fields", "message"} and f["code"] in CODES
        ok = ok and f["severity"] in ("error", "warning") and all(isinstance(x, str) and x for x in f["fields"])
        ok = ok and set(f["message"]) == LANGS and all(isinstance(v, str) and v.strip() for v in f["message"].values())
    if not ok:
        bad += 1
        print("BAD", name)
print(f"{n} answers, {bad} not in the cli.md shape; keys beyond cli.md: {beyond}")
