#!/usr/bin/env python3
"""Writes the review6 check set (assistant/src/main/resources/bench/check/review6/ + review6.json).

Written from the contracts and domain notes only, before reading buki's rules or checks code. Each case is a realistic
application file with the mistakes caseworkers see; expectations follow findings.json / plausibility.md, judgement calls
are in docs/checks-review6.md. Deterministic (fixed seed). Usage: python3 tools/review6/gen_review6.py
"""
import json
import os
import sys
from datetime import timedelta

sys.path.insert(0, os.path.dirname(__file__))
from people import R, d, iso, shift_year, printed, month_minus, payslip, meldebescheinigung, mietvertrag, break_iban, birth_for_age  # noqa: E402
import wbs_cases as W  # noqa: E402
import but_cases as B  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "../../assistant/src/main/resources/bench/check")
CASES = []
FILES = {}


def add(name, app, expect=(), severity=None, allow=(), paths=()):
    assert name not in FILES, name
    FILES[name] = app
    case = {"name": name, "expect": sorted(set(expect))}
    if severity:
        case["severity"] = severity
    if allow:
        case["allow"] = sorted(set(allow) - set(expect))
    if paths:
        case["paths"] = list(paths)
    CASES.append(case)


def wbs_app_date():
    return R.choice(W.APP_DATES)


def household(kinds=None):
    kind = R.choice(kinds or W.KINDS)
    return kind, W.scenario(kind, R.choice(["NI", "NI", "HE"]), wbs_app_date())


def add_wbs(name, kind, h, expect=(), severity=None, allow=(), paths=()):
    lim = W.limit_expectation(h)
    expect, allow = list(expect), list(allow)
    if lim == "expect":
        expect.append("INCOME_ABOVE_LIMIT")
        severity = dict(severity or {}, INCOME_ABOVE_LIMIT="warning")
    elif lim == "allow":
        allow.append("INCOME_ABOVE_LIMIT")
    if kind not in W.FULLY_PROVEN:
        allow.append("MISSING_DOCUMENT")
    at = d(h.app_date)
    six = at.year * 12 + at.month - 1 - 6
    cutoff = d("%04d-%02d-%02d" % (six // 12, six % 12 + 1, min(at.day, 28)))
    for doc in h.documents:   # findings.json: an income proof older than 6 months (a pension notice too)
        if doc["docType"] == "rentenbescheid" and d(value(doc, "issueDate")) < cutoff and "DOCUMENT_TOO_OLD" not in expect:
            expect.append("DOCUMENT_TOO_OLD")
            severity = dict(severity or {}, DOCUMENT_TOO_OLD="warning")
            name = name.replace("-clean-", "-old-pension-notice-")
    add(name, h.application(), expect, severity, allow, paths)


def payslip_docs(h, index):
    p = h.members[index]
    want = "%s %s" % (p["firstName"], p["lastName"])
    return [i for i, doc in enumerate(h.documents) if doc["docType"] == "payslip" and value(doc, "employeeName") == want]


def value(doc, key):
    v = doc["fields"].get(key)
    return v["value"] if isinstance(v, dict) else v


def set_value(doc, key, new):
    if isinstance(doc["fields"].get(key), dict):
        ev = doc["fields"][key]["evidence"]
        ev["text"] = ev["text"].replace(printed(doc["fields"][key]["value"]), printed(new))
        doc["fields"][key]["value"] = new
    else:
        doc["fields"][key] = new


def earners(h, kind="employment"):
    return [i for i, p in enumerate(h.members) if any(x["type"] == kind for x in p["incomes"])]


EMPLOYED = ["single_employee", "single_parent", "couple_kids", "patchwork", "young_couple", "pregnant_single", "three_generations"]


def wbs():
    n = 0
    for kind in W.KINDS:                                   # clean households, 3 per kind
        for _ in range(3):
            n += 1
            h = W.with_extras(W.scenario(kind, R.choice(["NI", "NI", "HE"]), wbs_app_date()))
            add_wbs("wbs-clean-%s-%02d" % (kind.replace("_", "-"), n), kind, h)
    for k in range(5):
        kind, h = household(EMPLOYED)
        h.members[0]["pregnant"] = False
        h.extra_size = 1
        app_size = len(h.members) + 1
        add_wbs("wbs-size-too-big-%d" % k, kind, h, ["HOUSEHOLD_SIZE_MISMATCH"], {"HOUSEHOLD_SIZE_MISMATCH": "error"},
                paths=["household.size"])
        FILES["wbs-size-too-big-%d" % k]["data"]["household"]["size"] = app_size
    for k in range(4):
        kind, h = household(["single_parent", "couple_kids", "patchwork", "buergergeld_family"])
        name = "wbs-size-forgot-child-%d" % k
        add_wbs(name, kind, h, ["HOUSEHOLD_SIZE_MISMATCH"], {"HOUSEHOLD_SIZE_MISMATCH": "error"}, paths=["household.size"])
        FILES[name]["data"]["household"]["size"] = len(h.members) - 1
    for k in range(4):
        kind, h = household(["single_parent", "couple_kids", "patchwork", "buergergeld_family"])
        child = [i for i, p in enumerate(h.members) if p["relation"] == "child"][0]
        h.members.append(dict(h.members[child], incomes=[]))
        add_wbs("wbs-child-listed-twice-%d" % k, kind, h, ["DUPLICATE_PERSON"], {"DUPLICATE_PERSON": "error"},
                paths=["household.members[%d]" % (len(h.members) - 1)])
    for k in range(6):
        kind, h = household(EMPLOYED)
        who = R.choice(earners(h))
        h.documents = [doc for i, doc in enumerate(h.documents) if i not in payslip_docs(h, who)]
        add_wbs("wbs-payslip-missing-%d" % k, kind, h, ["MISSING_DOCUMENT"], {"MISSING_DOCUMENT": "error"},
                paths=["household.members[%d]" % who])
    for k in range(5):
        kind, h = household(["pensioner", "disabled_pension", "three_generations", "buergergeld_family"])
        doc_types = {"pensioner": "rentenbescheid", "disabled_pension": "rentenbescheid", "three_generations": "rentenbescheid",
                     "buergergeld_family": "buergergeld_bescheid"}
        who = 1 if kind == "three_generations" else 0
        target = "%s %s" % (h.members[who]["firstName"], h.members[who]["lastName"])
        h.documents = [doc for doc in h.documents if not (doc["docType"] == doc_types[kind] and value(doc, "recipientName") == target)]
        add_wbs("wbs-%s-proof-missing-%d" % (doc_types[kind].split("_")[0], k), kind, h, ["MISSING_DOCUMENT"],
                {"MISSING_DOCUMENT": "error"}, paths=["household.members[%d]" % who])
    for k in range(6):
        kind, h = household(EMPLOYED)
        who = R.choice(earners(h))
        slips = payslip_docs(h, who)
        inc = h.members[who]["incomes"][0]
        real = value(h.documents[slips[0]], "grossPay")
        inc["grossMonthly"] = float(round(real * R.choice([0.62, 0.7, 0.78, 1.25, 1.4]) / 10) * 10)  # rounded, remembered wrong
        add_wbs("wbs-income-stated-wrong-%d" % k, kind, h, ["INCOME_MISMATCH"], {"INCOME_MISMATCH": "warning"},
                paths=["household.members[%d]" % who, "documents[%d]" % slips[0]])
    for k in range(4):
        kind, h = household(EMPLOYED)
        who = R.choice(earners(h))
        inc = h.members[who]["incomes"][0]
        inc["grossMonthly"] = float(round(inc["grossMonthly"] * R.choice([0.94, 0.95, 1.05, 1.06])))   # stated from memory, close
        add_wbs("wbs-clean-income-roughly-right-%d" % k, kind, h)
    for k in range(4):
        kind, h = household(EMPLOYED)
        who = R.choice(earners(h))
        slips = payslip_docs(h, who)
        for j, i in enumerate(slips):
            set_value(h.documents[i], "payPeriod", month_minus(d(h.app_date), 8 + j))
        add_wbs("wbs-payslips-too-old-%d" % k, kind, h, ["DOCUMENT_TOO_OLD"], {"DOCUMENT_TOO_OLD": "warning"},
                paths=["documents[%d]" % slips[0]])
    for k in range(2):
        kind, h = household(EMPLOYED)
        who = R.choice(earners(h))
        slips = payslip_docs(h, who)
        set_value(h.documents[slips[-1]], "payPeriod", month_minus(d(h.app_date), 9))
        add_wbs("wbs-one-payslip-too-old-%d" % k, kind, h, ["DOCUMENT_TOO_OLD"], {"DOCUMENT_TOO_OLD": "warning"},
                paths=["documents[%d]" % slips[-1]])
    for k in range(3):
        kind, h = household(EMPLOYED)
        who = R.choice(earners(h))
        slips = payslip_docs(h, who)
        for i in slips:
            set_value(h.documents[i], "employeeName", R.choice(["Thomas Berger", "Olga Schäfer", "Marco Rossi"]))
        add_wbs("wbs-payslips-of-someone-else-%d" % k, kind, h, ["NAME_MISMATCH"], allow=["MISSING_DOCUMENT", "INCOME_MISMATCH"],
                paths=["documents[%d]" % slips[0]])
    for k in range(4):
        kind, h = household(EMPLOYED)
        who = R.choice(earners(h))
        p = h.members[who]
        typo = {"Meyer": "Meier", "Schmidt": "Schmitt", "Janßen": "Jansen", "Kowalski": "Kowalsky", "Demir": "Demirel",
                "Weber": "Webers", "Krüger": "Kröger", "Gerdes": "Gerds", "Kaya": "Kaja", "Lange": "Lang"}
        p["lastName"] = R.choice(list(typo))
        if who == 0:
            pass
        slips = payslip_docs(h, who) or []
        for doc in h.documents:
            if doc["docType"] == "payslip" and value(doc, "employeeName").split(" ")[0] == p["firstName"]:
                set_value(doc, "employeeName", "%s %s" % (p["firstName"], typo[p["lastName"]]))
                slips.append(h.documents.index(doc))
        for m in h.members:
            if m is not p and m["relation"] in ("applicant", "partner", "child") and k % 2 == 0:
                pass
        add_wbs("wbs-payslip-name-differs-%d" % k, kind, h, ["NAME_MISMATCH"], allow=["MISSING_DOCUMENT", "INCOME_MISMATCH"],
                paths=["documents[%d]" % slips[0]] if slips else [])
    for k, (form_name, slip_name) in enumerate([("Müller", "MUELLER"), ("Janßen", "Janssen"), ("Böhm", "Boehm"),
                                                 ("Öztürk", "Oeztuerk")]):
        kind, h = household(["single_employee", "single_parent"])
        p = h.members[0]
        p["lastName"] = form_name
        for doc in h.documents:
            if doc["docType"] == "payslip":
                set_value(doc, "employeeName", "%s %s" % (p["firstName"] if k else p["firstName"].upper(), slip_name))
        add_wbs("wbs-clean-umlaut-spelling-%d" % k, kind, h)
    for k in range(4):
        kind, h = household()
        h.address["postalCode"] = R.choice(["2612", "261211", "3411", "26l21"])
        add_wbs("wbs-postal-code-invalid-%d" % k, kind, h, ["POSTAL_CODE_INVALID"], {"POSTAL_CODE_INVALID": "error"},
                paths=["address.postalCode"])
    for k in range(2):
        kind, h = household(["single_parent", "couple_kids", "buergergeld_family"])
        child = [i for i, p in enumerate(h.members) if p["relation"] == "child"][-1]
        at = d(h.app_date)
        h.members[child]["birthDate"] = iso(at.replace(year=at.year + 1) + timedelta(days=40))
        add_wbs("wbs-child-born-in-future-%d" % k, kind, h, ["DATE_INVALID"], {"DATE_INVALID": "error"},
                allow=["INCOME_ABOVE_LIMIT"], paths=["household.members[%d].birthDate" % child])
    for k in range(2):
        kind, h = household(["pensioner"])
        h.members[0]["birthDate"] = "18" + h.members[0]["birthDate"][2:]
        add_wbs("wbs-birth-year-typo-%d" % k, kind, h, ["DATE_INVALID"], {"DATE_INVALID": "error"},
                paths=["household.members[0].birthDate"])
    for k in range(3):
        kind, h = household()
        a = h.members[0]
        h.documents.append(meldebescheinigung("%s %s" % (a["firstName"], a["lastName"]), a["birthDate"], "Bahnhofstraße", "3",
                                              "26122" if h.state == "NI" else "34117", h.address["city"], "2024-02-01",
                                              iso(d(h.app_date) - timedelta(days=20))))
        add_wbs("wbs-meldebescheinigung-other-address-%d" % k, kind, h, ["ADDRESS_MISMATCH"], {"ADDRESS_MISMATCH": "warning"},
                paths=["documents[%d]" % (len(h.documents) - 1)])
    for k in range(3):
        kind, h = household()
        a = h.members[0]
        b = d(a["birthDate"])
        wrong = iso(b.replace(day=min(28, b.day + 3)) if b.day < 25 else b.replace(day=b.day - 10))
        h.documents.append(meldebescheinigung("%s %s" % (a["firstName"], a["lastName"]), wrong, h.address["street"],
                                              h.address["houseNumber"], h.address["postalCode"], h.address["city"], "2020-10-01",
                                              iso(d(h.app_date) - timedelta(days=10))))
        add_wbs("wbs-meldebescheinigung-birthdate-differs-%d" % k, kind, h, ["BIRTHDATE_MISMATCH"],
                paths=["documents[%d]" % (len(h.documents) - 1)])
    for k in range(2):
        kind, h = household(EMPLOYED)
        a = h.members[0]
        h.documents.append(mietvertrag("%s %s" % (a["firstName"], a["lastName"]), "Lindenallee", "14",
                                       h.address["postalCode"], h.address["city"], 54.0, 2, 480.0, "2017-05-01"))
        add_wbs("wbs-mietvertrag-other-address-%d" % k, kind, h, ["ADDRESS_MISMATCH"], {"ADDRESS_MISMATCH": "warning"},
                paths=["documents[%d]" % (len(h.documents) - 1)])
    for k in range(2):
        kind, h = household(EMPLOYED)
        name = "wbs-consent-refused-%d" % k
        add_wbs(name, kind, h, ["MISSING_REQUIRED_FIELD"], {"MISSING_REQUIRED_FIELD": "error"}, paths=["consent.dataProcessing"])
        FILES[name]["data"]["consent"]["dataProcessing"] = False
    for k in range(2):
        kind, h = household()
        name = "wbs-street-missing-%d" % k
        add_wbs(name, kind, h, ["MISSING_REQUIRED_FIELD"], {"MISSING_REQUIRED_FIELD": "error"}, paths=["address.street"])
        del FILES[name]["data"]["address"]["street"]
    kind, h = household(["couple_kids"])
    add_wbs("wbs-partner-birthdate-missing", kind, h, ["MISSING_REQUIRED_FIELD"], {"MISSING_REQUIRED_FIELD": "error"},
            paths=["household.members[1].birthDate"])
    del FILES["wbs-partner-birthdate-missing"]["data"]["household"]["members"][1]["birthDate"]
    for k in range(5):
        h = W.scenario("couple_kids", R.choice(["NI", "HE"]), wbs_app_date())
        for i in (0, 1):
            h.members[i]["incomes"] = [{"type": "employment", "grossMonthly": float(R.choice([4850, 5120.5, 4420]))}]
            h.members[i]["contributions"] = dict(W.EMPLOYEE)
        h.documents = []
        h.payslips(0)
        h.payslips(1)
        add_wbs("wbs-income-above-limit-%d" % k, "couple_kids", h, ["INCOME_ABOVE_LIMIT"], {"INCOME_ABOVE_LIMIT": "warning"},
                paths=["household"])
    for k in range(2):
        h = W.scenario("single_employee", "NI", wbs_app_date())
        h.members[0]["pregnant"] = True
        h.members[0]["birthDate"] = iso(birth_for_age(29, d(h.app_date)))
        h.documents.append({"file": "Mutterpass.jpg", "docType": "other", "fields": {}})
        name = "wbs-clean-pregnant-unborn-counted-%d" % k
        add_wbs(name, "single_employee", h)
        FILES[name]["data"]["household"]["size"] = 2
        FILES[name]["data"]["applicant"]["birthDate"] = h.members[0]["birthDate"]


def but_family(form, basis=None, age=None, institution=None):
    basis = basis or R.choice(["buergergeld", "wohngeld", "wohngeld", "kinderzuschlag", "kinderzuschlag", "sozialhilfe",
                               "asylbewerberleistungen"])
    institution = institution or R.choice(["school", "school", "school", "kita", "hort", "tagespflege"])
    if age is None:
        age = {"school": R.randint(6, 17), "hort": R.randint(6, 10), "kita": R.randint(1, 5), "tagespflege": R.randint(1, 2)}[institution]
    return B.Family(form, R.choice(["2026-11-25", "2026-10-06", "2026-12-14", "2027-01-11", "2026-08-24", "2026-09-02",
                                    "2027-02-22", "2026-04-20"]), basis, age, institution)


def finish(f, specific_fn, with_bescheid=True, school=None):
    if with_bescheid:
        f.attach_bescheid()
    if school or (school is None and f.institution["type"] == "school" and
                  (d(f.app_date) - d(f.child["birthDate"])).days > 15 * 365.25):
        f.attach_school()
    specific = specific_fn(f)
    return f, specific


def base_allow(f):
    allow = []
    if f.basis in ("sozialhilfe", "asylbewerberleistungen"):
        allow.append("MISSING_DOCUMENT")   # their notices have no docType: only an "other" document can be attached
    older = (d(f.app_date) - d(f.child["birthDate"])).days > 15 * 365.25
    if older and not any(doc["docType"] == "schulbescheinigung" for doc in f.documents):
        allow.append("MISSING_DOCUMENT")   # Schulbescheinigung for pupils >= 15 is a WARN practice (D10), not a contract code
    return allow


def add_but(name, f, specific, expect=(), severity=None, allow=(), paths=()):
    allow = list(allow) + base_allow(f)
    if f.basis == "buergergeld" and f.bescheid_index is None:
        allow.append("MISSING_DOCUMENT")   # Jobcenter route: the BG-Nummer suffices (but-lunch.md § 6)
    add(name, f.application(specific), expect, severity, allow, paths)


def but(form):
    short = "lunch" if form == "but-lunch" else "trip"
    make = B.lunch if form == "but-lunch" else B.trip
    target = "period" if form == "but-lunch" else "trip"
    for k in range(28 if form == "but-lunch" else 22):
        f = but_family(form)
        f, s = finish(f, make, with_bescheid=not (f.basis == "buergergeld" and k % 3 == 0))
        add_but("%s-clean-%s-%s-%02d" % (short, f.basis, f.institution["type"], k), f, s)
    for k, (first, last, printed) in enumerate([("Jördis", "Müller", "Joerdis Mueller"), ("Ayşe", "Öztürk", "AYSE OEZTUERK"),
                                                 ("Lena", "Janßen", "Lena Janssen")]):
        f = but_family(form, basis=R.choice(["wohngeld", "kinderzuschlag"]))
        f.child["firstName"], f.child["lastName"] = first, last
        f, s = finish(f, make)
        set_value(f.documents[f.confirmation_index], "childName", printed)
        add_but("%s-clean-child-name-transliterated-%d" % (short, k), f, s)
    # partial or no coverage by the Bescheid
    for k in range(4):
        f = but_family(form, basis=R.choice(["wohngeld", "kinderzuschlag"]))
        f.attach_bescheid(valid_from=f.valid_from - timedelta(days=365), valid_to=f.valid_from - timedelta(days=1))
        if k % 2:
            f.entitlement["validFrom"] = iso(f.valid_from - timedelta(days=365))
            f.entitlement["validTo"] = iso(f.valid_from - timedelta(days=1))
        s = make(f)
        add_but("%s-old-bescheid-attached-%d" % (short, k), f, s, ["BESCHEID_EXPIRED"], {"BESCHEID_EXPIRED": "error"},
                paths=["documents[%d]" % f.bescheid_index])
    if form == "but-lunch":
        for k in range(4):
            f = but_family(form, basis="kinderzuschlag", institution="school", age=R.randint(6, 14))
            f.attach_bescheid()
            at = d(f.app_date)
            year = at.year if at.month >= 8 else at.year - 1
            s = B.lunch(f, period_from=max(f.valid_from, at.replace(day=1)), period_to=d("%d-07-31" % (year + 1)))
            if d(s["period"]["to"]) <= f.valid_to:
                s["period"]["to"] = iso(f.valid_to + timedelta(days=120))
            add_but("lunch-school-year-beyond-kiz-bescheid-%d" % k, f, s, ["BESCHEID_EXPIRED"], {"BESCHEID_EXPIRED": "warning"},
                    paths=["documents[%d]" % f.bescheid_index])
    else:
        for k in range(4):
            f = but_family(form, basis=R.choice(["wohngeld", "kinderzuschlag", "buergergeld"]), institution="school", age=R.randint(9, 16))
            f.attach_bescheid()
            start = f.valid_to + timedelta(days=R.randint(20, 80))
            s = B.trip(f, start=start, kind="class_trip")
            s["trip"]["startDate"] = iso(start)
            s["trip"]["endDate"] = iso(start + timedelta(days=4))
            set_value(f.documents[f.confirmation_index], "startDate", iso(start))
            set_value(f.documents[f.confirmation_index], "endDate", iso(start + timedelta(days=4)))
            add_but("trip-after-bescheid-ends-%d" % k, f, s, ["BESCHEID_EXPIRED"], {"BESCHEID_EXPIRED": "error"},
                    paths=["documents[%d]" % f.bescheid_index])
    for k in range(4):
        f = but_family(form, basis=R.choice(["wohngeld", "kinderzuschlag"]))
        f, s = finish(f, make, with_bescheid=False)
        add_but("%s-bescheid-missing-%s-%d" % (short, f.basis, k), f, s, ["MISSING_DOCUMENT"], {"MISSING_DOCUMENT": "error"},
                paths=["entitlement"])
    for k in range(2):
        f = but_family(form, basis="wohngeld")
        f.attach_bescheid(doc_type="kinderzuschlag_bescheid")
        s = make(f)
        add_but("%s-bescheid-of-other-benefit-%d" % (short, k), f, s, ["MISSING_DOCUMENT"], {"MISSING_DOCUMENT": "error"},
                allow=["BESCHEID_EXPIRED", "NO_ENTITLEMENT_BASIS"])
    for k in range(3):
        f = but_family(form, basis=R.choice(["wohngeld", "kinderzuschlag", "buergergeld"]))
        f, s = finish(f, make)
        del f.documents[f.confirmation_index]
        if f.school_index and f.school_index > f.confirmation_index:
            f.school_index -= 1
        add_but("%s-confirmation-missing-%d" % (short, k), f, s, allow=["MISSING_DOCUMENT"])   # judgement call 3
    for k in range(3 if form == "but-lunch" else 2):
        f = but_family(form, basis=R.choice(["wohngeld", "buergergeld", "sozialhilfe"]), institution="school", age=R.randint(25, 27))
        f, s = finish(f, make)
        add_but("%s-child-too-old-%d" % (short, k), f, s, ["CHILD_TOO_OLD"], {"CHILD_TOO_OLD": "error"}, paths=["child.birthDate"])
    f = but_family(form, basis="wohngeld", institution="school", age=24)
    f.child["birthDate"] = iso(shift_year(d(f.app_date), -25) + timedelta(days=60 if form == "but-lunch" else 150))
    f, s = finish(f, make)
    add_but("%s-clean-child-turns-25-during-period" % short, f, s, allow=["CHILD_TOO_OLD"])
    for k in range(4 if form == "but-lunch" else 3):
        f = but_family(form, basis=R.choice(["wohngeld", "kinderzuschlag"]))
        f, s = finish(f, make)
        key = "provider" if form == "but-lunch" else "payee"
        s[key]["iban"] = break_iban(s[key]["iban"])
        add_but("%s-iban-typo-%d" % (short, k), f, s, ["IBAN_INVALID"], {"IBAN_INVALID": "error"}, paths=[key + ".iban"])
    for k in range(2 if form == "but-lunch" else 3):
        f = but_family(form, basis=R.choice(["wohngeld", "kinderzuschlag", "buergergeld"]))
        f, s = finish(f, make)
        if form == "but-lunch":
            s["period"]["from"], s["period"]["to"] = s["period"]["to"], s["period"]["from"]
        else:
            s["trip"]["kind"] = "class_trip"
            s["trip"]["endDate"] = iso(d(s["trip"]["startDate"]) - timedelta(days=R.randint(1, 30)))
        add_but("%s-end-before-start-%d" % (short, k), f, s, ["DATE_INVALID"], {"DATE_INVALID": "error"}, paths=[target],
                allow=["BESCHEID_EXPIRED"])
    for k in range(3 if form == "but-lunch" else 2):
        f = but_family(form, basis=R.choice(["wohngeld", "kinderzuschlag"]))
        f, s = finish(f, make)
        typo = {"Lena": "Lea", "Mia": "Maja", "Emir": "Emre", "Elif": "Elin", "Noah": "Noa", "Ben": "Benno"}
        first = f.child["firstName"]
        wrong = typo.get(first, first[:-1] + ("a" if first[-1] != "a" else "e"))
        set_value(f.documents[f.confirmation_index], "childName", "%s %s" % (wrong, f.child["lastName"]))
        add_but("%s-child-name-differs-on-confirmation-%d" % (short, k), f, s, ["NAME_MISMATCH"],
                paths=["documents[%d]" % f.confirmation_index])
    for k in range(2):
        f = but_family(form, basis=R.choice(["wohngeld", "kinderzuschlag"]), institution="school", age=R.randint(15, 19))
        f, s = finish(f, make, school=True)
        b = d(f.child["birthDate"])
        set_value(f.documents[f.school_index], "studentBirthDate", iso(shift_year(b, 1)))
        add_but("%s-school-certificate-birthdate-differs-%d" % (short, k), f, s, ["BIRTHDATE_MISMATCH"],
                paths=["documents[%d]" % f.school_index])
    for k in range(2):
        f = but_family(form, basis=R.choice(["wohngeld", "kinderzuschlag"]))
        f.attach_bescheid(name=R.choice(["Heinz Oltmanns", "Familie Petrow", "Gabriele Sommer"]))
        s = make(f)
        add_but("%s-bescheid-for-other-person-%d" % (short, k), f, s, ["NAME_MISMATCH"],
                paths=["documents[%d]" % f.bescheid_index])
    f = but_family(form, basis="wohngeld")
    f, s = finish(f, make)
    del f.entitlement["basis"]
    add_but("%s-no-basis-ticked" % short, f, s, ["NO_ENTITLEMENT_BASIS"], {"NO_ENTITLEMENT_BASIS": "error"},
            allow=["MISSING_REQUIRED_FIELD", "MISSING_DOCUMENT"], paths=["entitlement.basis"])
    for k in range(2):
        f = but_family(form, basis=R.choice(["wohngeld", "kinderzuschlag"]))
        f, s = finish(f, make)
        del f.entitlement["caseNumber"]
        add_but("%s-case-number-missing-%d" % (short, k), f, s, ["MISSING_REQUIRED_FIELD"], {"MISSING_REQUIRED_FIELD": "error"},
                paths=["entitlement.caseNumber"])
    for k in range(2):
        f = but_family(form)
        f, s = finish(f, make)
        f.address["postalCode"] = R.choice(["3412", "2613"])
        add_but("%s-postal-code-invalid-%d" % (short, k), f, s, ["POSTAL_CODE_INVALID"], {"POSTAL_CODE_INVALID": "error"},
                paths=["address.postalCode"])
    f = but_family(form, basis="kinderzuschlag")
    f, s = finish(f, make)
    app = f.application(s)
    app["data"]["consent"]["dataProcessing"] = False
    add("%s-consent-refused" % short, app, ["MISSING_REQUIRED_FIELD"], {"MISSING_REQUIRED_FIELD": "error"},
        paths=["consent.dataProcessing"])
    f = but_family(form, basis="wohngeld", institution="kita", age=3)
    f, s = finish(f, make)
    f.child["birthDate"] = iso(shift_year(d(f.child["birthDate"]), d(f.app_date).year + 4 - d(f.child["birthDate"]).year))
    add_but("%s-child-birthdate-in-future" % short, f, s, ["DATE_INVALID"], {"DATE_INVALID": "error"}, paths=["child.birthDate"])
    for k in range(2):
        f = but_family(form, basis=R.choice(["wohngeld", "kinderzuschlag"]), institution="school", age=R.randint(15, 18))
        f, s = finish(f, make, school=False)
        f.attach_school(year="2023/2024")
        add_but("%s-school-certificate-old-school-year-%d" % (short, k), f, s, allow=["DOCUMENT_TOO_OLD"])
    if form == "but-trip":
        for k in range(3):
            f = but_family(form, basis=R.choice(["wohngeld", "kinderzuschlag", "buergergeld"]), institution="school")
            f, s = finish(f, make)
            del s["trip"]["startDate"]
            s["trip"].pop("endDate", None)
            add_but("trip-cost-without-date-%d" % k, f, s, ["MISSING_REQUIRED_FIELD"], {"MISSING_REQUIRED_FIELD": "error"},
                    paths=["trip.startDate"])
        f = but_family(form, basis="wohngeld", institution="school")
        f, s = finish(f, make)
        del s["trip"]["destination"]
        add_but("trip-destination-missing", f, s, ["MISSING_REQUIRED_FIELD"], {"MISSING_REQUIRED_FIELD": "error"},
                paths=["trip.destination"])
        for k in range(3):
            f = but_family(form, basis=R.choice(["wohngeld", "kinderzuschlag", "buergergeld"]), institution="school", age=R.randint(8, 16))
            f.attach_bescheid()
            s = B.trip(f, reimbursement=True)
            add_but("trip-clean-reimbursement-to-parent-%d" % k, f, s)
        for k in range(2):
            f = but_family(form, basis="wohngeld", institution="school", age=R.randint(12, 16))
            f.city = "Kassel"
            f.attach_bescheid()
            s = B.trip(f, kind="class_trip", cost=float(R.choice([385.0, 412.9])))
            add_but("trip-clean-class-trip-above-hessen-cap-%d" % k, f, s)


def main():
    wbs()
    but("but-lunch")
    but("but-trip")
    import hard_cases
    hard_cases.run(sys.modules[__name__])
    hard_cases.more(sys.modules[__name__])
    hard_cases.concurrent(sys.modules[__name__])
    out = os.path.join(ROOT, "review6")
    os.makedirs(out, exist_ok=True)
    for name, app in FILES.items():
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(app, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    about = ("review6: realistic application files written from the contracts and domain notes only, before reading "
             "buki's rules or checks code (tools/review6/gen_review6.py, judgement calls in docs/checks-review6.md). "
             "expect = codes that must be found, allow = codes the contracts leave open, paths = what a finding must name.")
    with open(os.path.join(ROOT, "review6.json"), "w", encoding="utf-8") as fh:
        json.dump({"about": about, "cases": CASES}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    clean = sum(1 for c in CASES if not c["expect"])
    print("%d cases, %d clean (%.0f %%)" % (len(CASES), clean, 100.0 * clean / len(CASES)), file=sys.stderr)


if __name__ == "__main__":
    main()
