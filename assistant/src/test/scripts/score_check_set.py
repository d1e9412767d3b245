import json, sys, collections
spec = {c["name"]: c for c in json.load(open(sys.argv[1]))["cases"]}
tp = collections.Counter(); fn = collections.Counter(); fp = collections.Counter(); pm = collections.Counter(); sm = collections.Counter()
errors = []
detail = []
for line in open(sys.argv[2]):
    n, out = line.rstrip("\n").split("\t", 1)
    c = spec[n]
    exp, allow = set(c["expect"]), set(c.get("allow", []))
    if out.startswith("ERROR"):
        errors.append(n); 
        for k in exp: fn[k] += 1
        continue
    r = json.loads(out)
    got = {}
    for f in r["findings"]:
        got.setdefault(f["code"], []).append(f)
    for k in exp:
        if k in got: tp[k] += 1
        else: fn[k] += 1; detail.append(f"MISSED {n} {k}")
    for k in got:
        if k not in exp and k not in allow:
            fp[k] += 1; detail.append(f"FP     {n} {k} {[f['fields'] for f in got[k]]}")
    named = [p for k in exp for f in got.get(k, []) for p in f["fields"]]
    for p in c.get("paths", []):
        if not any(x == p or x.startswith(p + ".") or x.startswith(p + "[") for x in named):
            if any(k in got for k in exp):
                pm[p.split("[")[0]] += 1; detail.append(f"PATH   {n} {p} named {named}")
    for k, s in c.get("severity", {}).items():
        if k in got and any(f["severity"] != s for f in got[k]):
            sm[k] += 1; detail.append(f"SEV    {n} {k} {[f['severity'] for f in got[k]]} want {s}")
    # complete flag
    if r["complete"] != (not any(f["severity"] == "error" for f in r["findings"])):
        detail.append(f"COMPLETE {n}")
codes = sorted(set(tp) | set(fn) | set(fp))
print(f"{'code':26} {'exp':>4} {'tp':>4} {'fn':>4} {'fp':>4} {'recall':>7} {'prec':>6}")
for k in codes:
    e = tp[k] + fn[k]
    print(f"{k:26} {e:4} {tp[k]:4} {fn[k]:4} {fp[k]:4} {tp[k]/e if e else 1:7.3f} {tp[k]/(tp[k]+fp[k]) if tp[k]+fp[k] else 1:6.3f}")
T, F, P = sum(tp.values()), sum(fn.values()), sum(fp.values())
print(f"ALL recall {T/(T+F):.3f} precision {T/(T+P):.3f} tp {T} fn {F} fp {P}; path misses {sum(pm.values())} {dict(pm)}; severity mismatches {sum(sm.values())}; rejected files {errors}")
if len(sys.argv) > 3:
    print("\n".join(detail))
