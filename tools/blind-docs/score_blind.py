#!/usr/bin/env python3
"""Scores `buki extract` on a blind set made by gen_blind_docs.py, per rendering: docType accuracy, fields correct /
wrong / missing (wrong = a value that differs from the truth, the worse error), precision and recall.
usage: score_blind.py SETDIR RENDERING [--java CMD] [--reuse]   (extract output is kept in SETDIR/out-RENDERING.json)"""
import argparse, json, os, subprocess, sys, time


def same(got, want, field=None):
    if field == "authority" and isinstance(got, str) and isinstance(want, str):
        # the issuing body's name; a department after a dash ("Stadt Kassel – Wohngeldstelle") may be left off
        return got == want or want.startswith(got + " – ") or got.startswith(want + " – ")
    if isinstance(want, (int, float)) and not isinstance(want, bool):
        try:
            return abs(float(got) - float(want)) < 0.005
        except (TypeError, ValueError):
            return False
    return str(got) == str(want)


CLASSES = {"name": ["employeeName", "recipientName", "tenantName", "studentName", "childName", "personName", "accountHolder"],
           "org": ["employerName", "authority", "landlordName", "schoolName", "institutionName", "providerName", "bankName", "destination"],
           "date": ["issueDate", "validFrom", "validTo", "startDate", "endDate", "studentBirthDate", "birthDate", "moveInDate",
                    "statementDate", "payPeriod", "schoolYear"],
           "money": ["grossPay", "netPay", "monthlyAmount", "monthlyGross", "baseRent", "utilities", "pricePerMeal", "cost"],
           "id": ["caseNumber", "insuranceNumber", "iban", "providerIban"],
           "address": ["street", "houseNumber", "postalCode", "city", "livingSpace", "rooms"]}


def field_class(k):
    return next((c for c, ks in CLASSES.items() if k in ks), "other")


def f1(ok, wrong, miss):
    p = ok / (ok + wrong) if ok + wrong else 1.0
    rc = ok / (ok + wrong + miss) if ok + wrong + miss else 1.0
    return 2 * p * rc / (p + rc) if p + rc else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("set"); ap.add_argument("rendering"); ap.add_argument("--reuse", action="store_true")
    ap.add_argument("--only", default=None, help="comma-separated file names")
    a = ap.parse_args()
    truth = {k.split("/", 1)[1]: v for k, v in json.load(open(f"{a.set}/truth.json")).items() if k.startswith(a.rendering + "/")}
    if a.only:
        truth = {k: v for k, v in truth.items() if k in a.only.split(",")}
    out_file = f"{a.set}/out-{a.rendering}.json"
    if not a.reuse:
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        java = os.environ.get("JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64") + "/bin/java"
        cp = os.environ.get("BLIND_CP_PREFIX", "") + f"{root}/assistant/target/classes:{root}/assistant/target/lib/*"
        files = [f"{a.set}/{a.rendering}/{n}" for n in sorted(truth)]
        t0 = time.time()
        r = subprocess.run([java, "--enable-native-access=ALL-UNNAMED", "-cp", cp, "de.buki.assistant.cli.BukiCli", "extract", *files],
                           capture_output=True, text=True, env=dict(os.environ, OMP_THREAD_LIMIT="1"))
        secs = time.time() - t0
        if r.returncode != 0:
            sys.exit("extract failed: " + r.stderr[-2000:])
        open(out_file, "w").write(r.stdout)
        print(f"extract took {secs:.0f} s for {len(files)} files", file=sys.stderr)
    got = {d["file"]: d for d in json.load(open(out_file))["documents"]}
    docs = type_ok = ok = wrong = miss = 0
    per = {c: [0, 0, 0] for c in list(CLASSES) + ["other"]}
    lines = []
    for name, t in sorted(truth.items()):
        g = got.get(name)
        docs += 1
        if g is None or g.get("error"):
            lines.append(f"{name} {t['template']}{'+' + '+'.join(t['conditions']) if t.get('conditions') else ''}: ERROR {g and g.get('error')}")
            miss += sum(1 for k in t if k not in ("docType", "template", "pages", "conditions"))
            continue
        if g["docType"] != t["docType"]:
            lines.append(f"{name} {t['template']}{'+' + '+'.join(t['conditions']) if t.get('conditions') else ''}: DOCTYPE {g['docType']} != {t['docType']}")
            wrong += len(g.get("fields", {}))
            miss += sum(1 for k in t if k not in ("docType", "template", "pages", "conditions"))
            continue
        type_ok += 1
        f = {k: v["value"] for k, v in g.get("fields", {}).items()}
        for k, v in t.items():
            if k in ("docType", "template", "pages", "conditions"):
                continue
            per[field_class(k)][0 if k in f and same(f[k], v, k) else 1 if k in f else 2] += 1
            if k not in f:
                miss += 1; lines.append(f"{name} {t['template']}{'+' + '+'.join(t['conditions']) if t.get('conditions') else ''}: MISS {k} want {v!r}")
            elif not same(f[k], v, k):
                wrong += 1; lines.append(f"{name} {t['template']}{'+' + '+'.join(t['conditions']) if t.get('conditions') else ''}: WRONG {k} got {f[k]!r} want {v!r}")
            else:
                ok += 1
        if t["docType"] == "other":
            wrong += len(f)
    print("\n".join(lines))
    p = ok / (ok + wrong) if ok + wrong else 1.0
    rc = ok / (ok + wrong + miss) if ok + wrong + miss else 1.0
    f1v = f1(ok, wrong, miss)
    print(f"{a.rendering}: docs={docs} docType={type_ok}/{docs} fields correct={ok} wrong={wrong} missing={miss} "
          f"precision={p:.3f} recall={rc:.3f} f1={f1v:.3f}")
    print("per field class (correct/wrong/missing f1): " + "  ".join(
        f"{c} {v[0]}/{v[1]}/{v[2]} {f1(*v):.3f}" for c, v in per.items() if sum(v)))


if __name__ == "__main__":
    main()
