#!/usr/bin/env python3
"""Generates the independent check review set (bench/check/review3).

Written from the contracts only (applications.md, findings.json, documents.json) and the domain facts
(wbs.md income limits and computation, but-lunch.md, but-trip.md), without looking at the other bench files.
Each case: an application file plus the finding codes the contract demands (`expect`), codes the contract leaves
open (`allow`, not counted either way) and the data paths a finding should name (`paths`).
Deterministic (seeded); run from the repository root:
    python3 assistant/src/test/scripts/gen_check_review.py
"""
import copy
import datetime as dt
import json
import os
import random

OUT = "assistant/src/main/resources/bench/check/review3"
R = random.Random(20261125)
D = dt.date.fromisoformat

# --- helpers -----------------------------------------------------------------------------------------------------

def iso(d):
    return d.isoformat()


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


def month_end(d):
    return add_months(d.replace(day=1), 1) - dt.timedelta(days=1)


def age(birth, on):
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def birth_for_age(years, on, extra_days=None):
    """A birth date so that the person is `years` old on `on` (random day within that year of life)."""
    latest = on.replace(year=on.year - years) if not (on.month == 2 and on.day == 29) else dt.date(on.year - years, 2, 28)
    back = R.randint(0, 360) if extra_days is None else extra_days
    return latest - dt.timedelta(days=back)


def iban(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(digits) % 97
    return f"{country}{check:02d}{bban}"


def de_iban():
    return iban("DE", f"{R.randint(10000000, 89999999)}{R.randint(0, 9999999999):010d}")


def bad_checksum(i):
    check = int(i[2:4])
    return i[:2] + f"{(check + 7) % 97 + 2:02d}" + i[4:]

# --- people and places --------------------------------------------------------------------------------------------

FIRST = ["Anna", "Jürgen", "Zoë", "Ayşe", "Mehmet", "Olena", "Łukasz", "Fatma", "Renée", "Hans-Peter", "Marie-Luise",
         "Mohammad", "Aleksandra", "Björn", "Sören", "Dilara", "Kevin", "Chantal", "Đorđe", "Anh", "Grete", "Jonas",
         "Emir", "Lea", "Yusuf", "Mia", "Noah", "Paulina", "Karl-Heinz", "Inès"]
LAST = ["Müller", "von der Heide", "Yılmaz", "Öztürk", "Kowalenko", "Wójcik", "Schröder", "Al-Hassan", "de la Cruz",
        "van den Berg", "Weißmann", "Nguyễn", "Petrović", "O'Connor", "Müller-Lüdenscheidt", "Großkopf", "zu Putlitz",
        "Hoffmann", "Kaya", "Schulze", "Becker", "Ahmadi", "Kühn", "Jäger"]
STREETS = {
    "NI": ["Alexanderstraße", "Donnerschweer Straße", "Nadorster Straße", "Bremer Heerstraße", "Ammerländer Heerstraße",
           "Cloppenburger Straße", "Am Schlossgarten", "Hauptstraße", "Friedrich-August-Platz"],
    "HE": ["Friedrich-Ebert-Straße", "Wilhelmshöher Allee", "Holländische Straße", "Kölnische Straße",
           "Frankfurter Straße", "Leipziger Straße", "Am Weinberg", "Untere Königsstraße"],
}
CITY = {"NI": "Oldenburg", "HE": "Kassel"}
PLZ = {"NI": (26121, 26135), "HE": (34117, 34134)}
HOUSE_NO = ["12", "12a", "7 b", "103", "4-6", "15 Haus 3", "1", "88c", "23A", "2/1"]


def person_name():
    return R.choice(FIRST), R.choice(LAST)


def address(state):
    return {"street": R.choice(STREETS[state]), "houseNumber": R.choice(HOUSE_NO),
            "postalCode": str(R.randint(*PLZ[state])), "city": CITY[state]}


def phone():
    return R.choice(["0441 ", "+49 441 ", "0561 ", "+49 561 ", "0151 "]) + str(R.randint(100000, 99999999))


def email(first, last):
    base = "".join(c for c in (first + "." + last).lower() if c.isascii() and (c.isalnum() or c == "."))
    return (base or "post") + R.choice(["@example.de", "@posteo.de", "@mail.example"])


FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def printed(first, last, style):
    """How a document prints a stated name (documents.json: first name then last name)."""
    if style == "fold":
        return f"{first} {last}".translate(FOLD)
    if style == "upper":
        return f"{first} {last}".upper()
    if style == "ascii":
        import unicodedata
        s = f"{first} {last}".translate(FOLD).replace("ı", "i").replace("Đ", "D").replace("đ", "d").replace("Ł", "L").replace("ł", "l")
        return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return f"{first} {last}"


def street_variant(street, style):
    if style == "abbr" and street.endswith("straße"):
        return street[: -len("straße")] + "str."
    if style == "abbr" and street.endswith("Straße"):
        return street[: -len("Straße")] + "Str."
    if style == "fold":
        return street.translate(FOLD)
    return street


def house_variant(no, style):
    if style == "space" and no[-1:].isalpha() and no[:-1].isdigit():
        return no[:-1] + " " + no[-1]
    if style == "upper":
        return no.upper()
    return no

# --- WBS ----------------------------------------------------------------------------------------------------------

LIMITS = {
    "NI": [(D("2025-03-01"), D("9999-12-31"), 21250, 28750, 3750, 3750, 4000, 5000),
           (D("2010-01-01"), D("2025-02-28"), 17000, 23000, 3000, 3000, 4000, 5000)],
    "HE": [(D("2023-01-01"), D("9999-12-31"), 18166, 27561, 6265, 833, 4000, 0)],
}


def limit_for(state, on, persons, children):
    for start, end, one, two, further, per_child, _, _ in LIMITS[state]:
        if start <= on <= end:
            base = one if persons == 1 else two + further * (persons - 2)
            return base + per_child * children
    raise ValueError("no limit")


def allowances(state, on):
    for start, end, *_, disabled, young in LIMITS[state]:
        if start <= on <= end:
            return disabled, young


def income_range(app):
    """(lowest, highest) Gesamteinkommen over the readings the domain text leaves open."""
    data = app["data"]
    on = D(app["applicationDate"])
    disabled, young = allowances(data["state"], on)
    low = high = 0.0
    for m in data["household"]["members"]:
        emp = sum(i["grossMonthly"] * 12 for i in m.get("incomes") or [] if i["type"] == "employment")
        social = sum(i["grossMonthly"] * 12 for i in m.get("incomes") or [] if i["type"] in ("buergergeld", "sozialhilfe"))
        other = sum(i["grossMonthly"] * 12 for i in m.get("incomes") or [] if i["type"] not in ("employment", "buergergeld", "sozialhilfe"))
        c = m.get("contributions") or {}
        rate = 1 - 0.1 * sum(1 for k in ("incomeTax", "healthInsurance", "pensionInsurance") if c.get(k))
        emp_net = max(0.0, emp - 1230) if emp else 0.0
        high += (emp_net + social + other) * rate
        low += (emp_net + max(0.0, other - 102)) * rate
        if m.get("severelyDisabled"):
            low -= disabled
    if data["household"].get("marriageDate"):
        low -= young
    members = data["household"]["members"]
    pregnant = any(m.get("pregnant") for m in members)
    kids18 = sum(1 for m in members if m["relation"] == "child" and age(D(m["birthDate"]), on) < 18)
    kids25 = sum(1 for m in members if m["relation"] == "child" and age(D(m["birthDate"]), on) < 25)
    n = len(members)
    lim_low = limit_for(data["state"], on, n, kids18)
    lim_high = limit_for(data["state"], on, n + (1 if pregnant else 0), kids25 + (1 if pregnant else 0))
    return max(low, 0), high, lim_low, lim_high


def payslips(member_first, member_last, gross, on, months=3, employer="Muster GmbH", style="plain"):
    docs = []
    latest = add_months(on.replace(day=1), -1)
    for k in range(months):
        month = add_months(latest, -k)
        docs.append({"file": f"lohn-{month:%Y-%m}-{R.randint(1, 999)}.pdf", "docType": "payslip",
                     "fields": {"employeeName": {"value": printed(member_first, member_last, style), "confidence": 0.93},
                                "employerName": {"value": employer},
                                "payPeriod": {"value": f"{month:%Y-%m}"},
                                "grossPay": {"value": round(gross * R.uniform(0.985, 1.015), 2)},
                                "netPay": {"value": round(gross * 0.66, 2)}}})
    return docs


def rentenbescheid(first, last, gross, on):
    issue = add_months(on, -R.randint(1, 4))
    return {"file": "rentenanpassung.pdf", "docType": "rentenbescheid",
            "fields": {"recipientName": printed(first, last, "plain"), "insuranceNumber": "12 150455 M 012",
                       "issueDate": iso(issue), "validFrom": iso(issue.replace(day=1)),
                       "monthlyGross": round(gross, 2), "monthlyAmount": round(gross * 0.89, 2)}}


def bg_bescheid(first, last, amount, on, case="26101BG0012345"):
    start = add_months(on.replace(day=1), -R.randint(1, 4))
    return {"file": "bg-bescheid.pdf", "docType": "buergergeld_bescheid",
            "fields": {"recipientName": {"value": printed(first, last, "plain")}, "authority": {"value": "Jobcenter"},
                       "caseNumber": {"value": case}, "issueDate": {"value": iso(start - dt.timedelta(days=12))},
                       "validFrom": {"value": iso(start)}, "validTo": {"value": iso(add_months(start, 12) - dt.timedelta(days=1))},
                       "monthlyAmount": {"value": amount}}}


def wbs_member(first, last, birth, relation, incomes=(), contributions=None, disabled=None, pregnant=None):
    m = {"firstName": first, "lastName": last, "birthDate": iso(birth), "relation": relation}
    if disabled is not None:
        m["severelyDisabled"] = disabled
    if pregnant is not None:
        m["pregnant"] = pregnant
    m["incomes"] = [{"type": t, "grossMonthly": g} for t, g in incomes]
    if contributions is not None:
        m["contributions"] = dict(zip(("incomeTax", "healthInsurance", "pensionInsurance"), contributions))
    return m


def proofs_for(member, on, style="plain"):
    docs = []
    for inc in member["incomes"]:
        if inc["type"] == "employment":
            docs += payslips(member["firstName"], member["lastName"], inc["grossMonthly"], on, months=R.choice([1, 3]),
                             employer=R.choice(["Pflegedienst Sonnenschein gGmbH", "Edeka Nord", "VW Werk Kassel",
                                                "Stadtwerke", "Bäckerei Möller"]), style=style)
        elif inc["type"] == "pension":
            docs.append(rentenbescheid(member["firstName"], member["lastName"], inc["grossMonthly"], on))
        elif inc["type"] == "buergergeld":
            docs.append(bg_bescheid(member["firstName"], member["lastName"], inc["grossMonthly"], on))
        else:
            docs.append({"file": f"nachweis-{inc['type']}.pdf", "docType": "other", "fields": {}})
    return docs


def wbs_household(kind, state, on):
    """Random realistic household of a given shape. Returns (data, documents)."""
    a_first, last = person_name()
    members = []
    marriage = None
    if kind == "single_employee":
        members.append(wbs_member(a_first, last, birth_for_age(R.randint(20, 60), on), "applicant",
                                  [("employment", round(R.uniform(1400, 2100), 2))], (True, True, True)))
    elif kind == "pensioner":
        members.append(wbs_member(a_first, last, birth_for_age(R.randint(66, 92), on), "applicant",
                                  [("pension", round(R.uniform(850, 1500), 2))], (False, True, False),
                                  disabled=R.choice([True, False, None])))
    elif kind == "pensioner_couple":
        members.append(wbs_member(a_first, last, birth_for_age(R.randint(66, 85), on), "applicant",
                                  [("pension", round(R.uniform(900, 1300), 2))], (False, True, False)))
        members.append(wbs_member(R.choice(FIRST), last, birth_for_age(R.randint(64, 85), on), "partner",
                                  [("pension", round(R.uniform(400, 800), 2)), ("employment", 520.0)], (False, True, False)))
    elif kind == "student":
        members.append(wbs_member(a_first, last, birth_for_age(R.randint(19, 27), on), "applicant",
                                  [("student_aid", 855.0), ("employment", round(R.uniform(300, 556), 2))], (False, False, False)))
    elif kind == "single_parent":
        members.append(wbs_member(a_first, last, birth_for_age(R.randint(24, 45), on), "applicant",
                                  [("employment", round(R.uniform(1100, 1900), 2)), ("maintenance", 350.0)], (True, True, True)))
        for _ in range(R.randint(1, 3)):
            members.append(wbs_member(R.choice(FIRST), last, birth_for_age(R.randint(0, 16), on), "child"))
    elif kind == "large_family":
        members.append(wbs_member(a_first, last, birth_for_age(R.randint(30, 50), on), "applicant",
                                  [("employment", round(R.uniform(2200, 3000), 2))], (True, True, True)))
        members.append(wbs_member(R.choice(FIRST), R.choice([last, R.choice(LAST)]), birth_for_age(R.randint(28, 48), on),
                                  "partner", [("employment", round(R.uniform(450, 556), 2))], (False, False, False)))
        for _ in range(R.randint(3, 6)):
            members.append(wbs_member(R.choice(FIRST), last, birth_for_age(R.randint(0, 17), on), "child",
                                      disabled=R.choice([None, False])))
    elif kind == "buergergeld_family":
        members.append(wbs_member(a_first, last, birth_for_age(R.randint(25, 50), on), "applicant",
                                  [("buergergeld", round(R.uniform(900, 1600), 2))], (False, False, False)))
        members.append(wbs_member(R.choice(FIRST), last, birth_for_age(R.randint(25, 50), on), "partner", []))
        for _ in range(R.randint(1, 4)):
            members.append(wbs_member(R.choice(FIRST), last, birth_for_age(R.randint(1, 15), on), "child"))
    elif kind == "young_couple":
        members.append(wbs_member(a_first, last, birth_for_age(R.randint(24, 34), on), "applicant",
                                  [("employment", round(R.uniform(1500, 2000), 2))], (True, True, True)))
        members.append(wbs_member(R.choice(FIRST), last, birth_for_age(R.randint(24, 34), on), "partner",
                                  [("employment", round(R.uniform(600, 1100), 2))], (True, True, True), pregnant=True))
        marriage = iso(add_months(on, -R.randint(6, 40)))
    elif kind == "multigeneration":
        members.append(wbs_member(a_first, last, birth_for_age(R.randint(35, 50), on), "applicant",
                                  [("employment", round(R.uniform(1800, 2400), 2)), ("self_employment", 250.0)], (True, True, True)))
        members.append(wbs_member(R.choice(FIRST), R.choice(LAST), birth_for_age(R.randint(70, 88), on), "relative",
                                  [("pension", round(R.uniform(700, 1000), 2)), ("sozialhilfe", 180.0)], (False, True, False),
                                  disabled=True))
        # child who turns 18 exactly on the application date, with a mini job and no payslip needed? (adult: needs one)
        members.append(wbs_member(R.choice(FIRST), last, birth_for_age(R.randint(5, 15), on), "child"))
        members.append(wbs_member(R.choice(FIRST), last, birth_for_age(R.randint(19, 24), on), "child",
                                  [("student_aid", 600.0)], (False, False, False)))
    elif kind == "unemployed":
        members.append(wbs_member(a_first, last, birth_for_age(R.randint(40, 63), on), "applicant",
                                  [("unemployment_benefit", round(R.uniform(900, 1500), 2))], (False, False, False)))
        members.append(wbs_member(R.choice(FIRST), last, birth_for_age(R.randint(40, 63), on), "partner",
                                  [("employment", round(R.uniform(900, 1500), 2))], (True, True, True)))
    seen = set()
    for m in members:  # two members with the same full name make every document ambiguous: keep them apart
        while (m["firstName"], m["lastName"]) in seen:
            m["firstName"] = R.choice(FIRST)
        seen.add((m["firstName"], m["lastName"]))
    applicant = members[0]
    data = {"state": state, "kind": R.choice(["general", "general", "flat_specific"]),
            "applicant": {"firstName": applicant["firstName"], "lastName": applicant["lastName"],
                          "birthDate": applicant["birthDate"], "phone": phone(),
                          "email": email(applicant["firstName"], applicant["lastName"])},
            "address": address(state),
            "household": {"size": len(members), "members": members},
            "housing": {"currentRent": round(R.uniform(380, 980), 2), "livingSpace": R.choice([38, 45.5, 58, 64, 72.3, 85, 96]),
                        "rooms": R.choice([1, 1.5, 2, 3, 3.5, 4, 5])},
            "consent": {"dataProcessing": True}}
    r = R.random()
    if r < 0.3:
        data["applicant"]["nationality"] = R.choice(["deutsch", "türkisch", "ukrainisch", "syrisch", "polnisch"])
        data["applicant"]["maritalStatus"] = R.choice(["ledig", "verheiratet", "verwitwet", "geschieden"])
    elif r < 0.5:
        data["applicant"]["nationality"] = None
        data["applicant"]["maritalStatus"] = None
    if marriage:
        data["household"]["marriageDate"] = marriage
    elif R.random() < 0.2:
        data["household"]["marriageDate"] = None
    if any(m.get("pregnant") for m in members):
        data["household"]["size"] = len(members) + 1
    docs = []
    for m in members:
        if age(D(m["birthDate"]), on) >= 18 or m["incomes"]:
            docs += proofs_for(m, on, style=R.choice(["plain", "plain", "fold", "upper"]))
    if R.random() < 0.5:
        a = data["address"]
        docs.append({"file": "mietvertrag.pdf", "docType": "mietvertrag",
                     "fields": {"tenantName": printed(applicant["firstName"], applicant["lastName"], "plain"),
                                "landlordName": "GSG Oldenburg Bau- und Wohnungsgesellschaft mbH" if state == "NI" else "GWG Kassel",
                                "street": street_variant(a["street"], R.choice(["plain", "abbr"])),
                                "houseNumber": house_variant(a["houseNumber"], R.choice(["plain", "space", "upper"])),
                                "postalCode": a["postalCode"], "city": a["city"],
                                "livingSpace": data["housing"]["livingSpace"], "rooms": data["housing"]["rooms"],
                                "baseRent": round(data["housing"]["currentRent"] * 0.8, 2), "utilities": 150.0,
                                "startDate": "2019-04-01"}})
    if R.random() < 0.4:
        a = data["address"]
        docs.append(melde(applicant, a, on))
    return data, docs


def melde(person, a, on, street_style=None):
    return {"file": "meldebescheinigung.pdf", "docType": "meldebescheinigung",
            "fields": {"personName": {"value": printed(person["firstName"], person["lastName"], R.choice(["plain", "fold"]))},
                       "birthDate": {"value": person["birthDate"]},
                       "street": {"value": street_variant(a["street"], street_style or R.choice(["plain", "abbr"]))},
                       "houseNumber": {"value": house_variant(a["houseNumber"], R.choice(["plain", "space"]))},
                       "postalCode": {"value": a["postalCode"]}, "city": {"value": a["city"]},
                       "moveInDate": {"value": "2021-08-15"}, "issueDate": {"value": iso(on - dt.timedelta(days=R.randint(3, 60)))}}}


def wbs_app(kind, state, on):
    data, docs = wbs_household(kind, state, on)
    return {"form": "wbs", "applicationDate": iso(on), "language": R.choice(["de", "de", "tr", "uk", "ar", "en"]),
            "data": data, "documents": docs}

# --- BuT ----------------------------------------------------------------------------------------------------------

BESCHEID_TYPE = {"buergergeld": "buergergeld_bescheid", "wohngeld": "wohngeld_bescheid",
                 "kinderzuschlag": "kinderzuschlag_bescheid", "sozialhilfe": "other", "asylbewerberleistungen": "other"}
PERIOD_MONTHS = {"buergergeld": 12, "wohngeld": 18, "kinderzuschlag": 6, "sozialhilfe": 12, "asylbewerberleistungen": 6}
CASE_NO = {"buergergeld": "34101BG0{:06d}", "wohngeld": "WG-2026-{:05d}", "kinderzuschlag": "515FK{:06d}",
           "sozialhilfe": "50.2-{:06d}", "asylbewerberleistungen": "AsylbLG-{:05d}"}


def but_base(form, on, basis, inst_type, child_age, state=None):
    state = state or R.choice(["NI", "HE"])
    a_first, last = person_name()
    parent_age = R.randint(58, 75) if basis == "sozialhilfe" else R.randint(22, 52)
    child_last = R.choice([last, last, R.choice(LAST)])
    child_birth = birth_for_age(child_age, on)
    months = PERIOD_MONTHS[basis]
    valid_from = add_months(on.replace(day=1), -R.randint(0, min(3, months - 4)))
    valid_to = add_months(valid_from, months) - dt.timedelta(days=1)
    data = {"applicant": {"firstName": a_first, "lastName": last, "birthDate": iso(birth_for_age(parent_age, on)),
                          "phone": phone(), "email": email(a_first, last)},
            "address": address(state),
            "child": {"firstName": R.choice(FIRST), "lastName": child_last, "birthDate": iso(child_birth)},
            "institution": {"type": inst_type,
                            "name": {"school": R.choice(["Herderschule", "IGS Kreyenbrück", "Grundschule Bürgeresch",
                                                         "BBS Haarentor", "Wilhelmsgymnasium", "Offene Schule Waldau"]),
                                     "kita": R.choice(["Kita Regenbogen", "Städtische Kita Am Weinberg", "Kita St. Marien"]),
                                     "hort": "Hort an der Grundschule Kreyenbrück",
                                     "tagespflege": "Kindertagespflege Sonnenkäfer"}[inst_type],
                            "city": CITY[state]},
            "entitlement": {"basis": basis, "caseNumber": CASE_NO[basis].format(R.randint(1, 99999)),
                            "validFrom": iso(valid_from), "validTo": iso(valid_to)},
            "consent": {"dataProcessing": True}}
    docs = [bescheid_doc(data, on)]
    return {"form": form, "applicationDate": iso(on), "language": R.choice(["de", "de", "ar", "fa", "ru", "pl"]),
            "data": data, "documents": docs}


def bescheid_doc(data, on, style=None):
    e = data["entitlement"]
    a = data["applicant"]
    t = BESCHEID_TYPE[e["basis"]]
    if t == "other":
        return {"file": f"bescheid-{e['basis']}.pdf", "docType": "other", "fields": {}}
    fields = {"recipientName": {"value": printed(a["firstName"], a["lastName"], style or R.choice(["plain", "plain", "upper", "fold"]))},
              "caseNumber": {"value": e["caseNumber"]},
              "issueDate": {"value": iso(D(e["validFrom"]) - dt.timedelta(days=R.randint(5, 40)))},
              "validFrom": {"value": e["validFrom"]}, "validTo": {"value": e["validTo"]},
              "monthlyAmount": {"value": round(R.uniform(80, 1400), 2)}}
    if t != "kinderzuschlag_bescheid":
        fields["authority"] = {"value": "Jobcenter Oldenburg" if t == "buergergeld_bescheid" else "Stadt Kassel – Wohngeldstelle"}
    return {"file": f"{t}.pdf", "docType": t, "fields": fields}


def lunch_app(on, basis, inst_type="school", child_age=None, period=None):
    child_age = child_age if child_age is not None else {"school": R.randint(6, 17), "kita": R.randint(1, 5),
                                                         "hort": R.randint(6, 10), "tagespflege": R.randint(1, 2)}[inst_type]
    app = but_base("but-lunch", on, basis, inst_type, child_age)
    d = app["data"]
    e_from, e_to = D(d["entitlement"]["validFrom"]), D(d["entitlement"]["validTo"])
    start = period[0] if period else max(e_from, add_months(on.replace(day=1), 1))
    end = period[1] if period else min(e_to, add_months(start, R.randint(3, 8)) - dt.timedelta(days=1))
    d["provider"] = {"name": R.choice(["Förderverein der Herderschule e.V.", "apetito catering GmbH", "Mensa-Verein IGS",
                                       "Stadt Kassel – Kita-Verpflegung", "Sodexo Schulverpflegung"]),
                     "iban": de_iban(), "customerNumber": f"K-{R.randint(1000, 99999)}"}
    d["period"] = {"from": iso(start), "to": iso(end)}
    c = d["child"]
    app["documents"].append({"file": "anmeldung-mensa.pdf", "docType": "mittagessen_bestaetigung",
                             "fields": {"childName": {"value": printed(c["firstName"], c["lastName"], "plain")},
                                        "institutionName": {"value": d["institution"]["name"]},
                                        "providerName": {"value": d["provider"]["name"]},
                                        "providerIban": {"value": d["provider"]["iban"]},
                                        "pricePerMeal": {"value": round(R.uniform(2.9, 4.8), 2)},
                                        "startDate": {"value": iso(start)}}})
    if inst_type == "school" and child_age >= 15:
        app["documents"].append(schul(c, d["institution"]["name"], on))
    return app


def schul(c, school, on):
    return {"file": "schulbescheinigung.pdf", "docType": "schulbescheinigung",
            "fields": {"studentName": {"value": printed(c["firstName"], c["lastName"], R.choice(["plain", "fold"]))},
                       "studentBirthDate": {"value": c["birthDate"]}, "schoolName": {"value": school},
                       "schoolYear": {"value": "2026/2027"}, "issueDate": {"value": iso(on - dt.timedelta(days=R.randint(5, 60)))}}}


DEST = [("Jugendherberge Bremen", False), ("Klimahaus Bremerhaven", False), ("Wangerooge", False), ("Berlin", False),
        ("Amsterdam", True), ("Edersee", False), ("Straßburg", True), ("Tierpark Sababurg", False), ("Kraków", True)]


def trip_app(on, basis, kind="class_trip", child_age=None, start=None, end_days=None, omit_end=False):
    inst = "school" if kind == "class_trip" else R.choice(["school", "school", "kita"])
    child_age = child_age if child_age is not None else (R.randint(8, 18) if inst == "school" else R.randint(3, 5))
    app = but_base("but-trip", on, basis, inst, child_age)
    d = app["data"]
    e_from, e_to = D(d["entitlement"]["validFrom"]), D(d["entitlement"]["validTo"])
    start = start or min(e_to, on + dt.timedelta(days=R.randint(14, 120)))
    days = end_days if end_days is not None else (R.randint(2, 5) if kind == "class_trip" else 0)
    end = start + dt.timedelta(days=days)
    if end > e_to:
        start, end = e_to - dt.timedelta(days=days), e_to
    dest, abroad = R.choice(DEST)
    state = "NI" if d["address"]["city"] == "Oldenburg" else "HE"
    cost = round(R.uniform(8, 35), 2) if kind == "day_trip" else round(R.uniform(120, 280 if state == "HE" else 420), 2)
    d["trip"] = {"kind": kind, "destination": dest, "startDate": iso(start), "endDate": iso(end), "cost": cost}
    if omit_end:
        del d["trip"]["endDate"]
    d["payee"] = {"name": d["institution"]["name"] + (" – Klassenkasse" if R.random() < 0.3 else ""),
                  "iban": R.choice([de_iban(), de_iban(), iban("AT", f"{R.randint(10000, 99999)}{R.randint(0, 10**11 - 1):011d}")])}
    c = d["child"]
    app["documents"].append({"file": "elternbrief.pdf", "docType": "fahrt_bestaetigung",
                             "fields": {"childName": {"value": printed(c["firstName"], c["lastName"], "plain")},
                                        "schoolName": {"value": d["institution"]["name"]},
                                        "destination": {"value": dest}, "startDate": {"value": iso(start)},
                                        "endDate": {"value": iso(end)}, "cost": {"value": cost}}})
    if inst == "school" and child_age >= 15:
        app["documents"].append(schul(c, d["institution"]["name"], on))
    return app

# --- case list ----------------------------------------------------------------------------------------------------

CASES = []
# Severities plausibility.md states without condition (A2-A4, B1, B6, C10, D1, D7, E1-E2; C10: never hard-reject).
SEVERITY = {"INCOME_ABOVE_LIMIT": "warning", "MISSING_REQUIRED_FIELD": "error", "POSTAL_CODE_INVALID": "error",
            "IBAN_INVALID": "error", "DATE_INVALID": "error", "HOUSEHOLD_SIZE_MISMATCH": "error",
            "DUPLICATE_PERSON": "error", "NO_ENTITLEMENT_BASIS": "error", "CHILD_TOO_OLD": "error"}


def add(name, app, expect=(), allow=(), paths=(), note=None):
    CASES.append({"name": name, "app": app, "expect": sorted(set(expect)), "allow": sorted(set(allow)),
                  "paths": list(paths), "note": note})


def app_dates():
    return [D("2026-11-25"), D("2026-07-31"), D("2026-01-02"), D("2026-03-15"), D("2025-12-31"), D("2026-09-01")]


WBS_KINDS = ["single_employee", "pensioner", "pensioner_couple", "student", "single_parent", "large_family",
             "buergergeld_family", "young_couple", "multigeneration", "unemployed"]
BASES = ["buergergeld", "wohngeld", "kinderzuschlag", "sozialhilfe", "asylbewerberleistungen"]


def clean_wbs(kind, state, on, tries=60):
    """A WBS application that stays clearly inside the income limit under every reading of the domain text."""
    for _ in range(tries):
        app = wbs_app(kind, state, on)
        low, high, lim_low, lim_high = income_range(app)
        if high <= lim_low * 0.97:
            return app
    raise RuntimeError(f"cannot make a clean {kind}")


def build():
    n = 0
    # clean WBS
    for state in ("NI", "HE"):
        for kind in WBS_KINDS:
            for on in R.sample(app_dates(), 3):
                n += 1
                add(f"clean-wbs-{state}-{kind}-{n}", clean_wbs(kind, state, on))
    # clean BuT
    for basis in BASES:
        for inst in ("school", "kita", "hort", "tagespflege"):
            n += 1
            add(f"clean-lunch-{basis}-{inst}-{n}", lunch_app(R.choice(app_dates()), basis, inst))
        for kind in ("class_trip", "day_trip"):
            for _ in range(2):
                n += 1
                add(f"clean-trip-{basis}-{kind}-{n}", trip_app(R.choice(app_dates()), basis, kind,
                                                             omit_end=(kind == "day_trip" and R.random() < 0.5)))
    edge_cases()
    defect_cases()
    stress_cases()


def edge_cases():
    on = D("2026-11-25")
    # child who is 24 the day before the period starts its 25th birthday: still eligible (25 at start? no)
    app = lunch_app(on, "buergergeld", "school", child_age=24)
    start = D(app["data"]["period"]["from"])
    app["data"]["child"]["birthDate"] = iso(start.replace(year=start.year - 25) + dt.timedelta(days=1))
    fix_schul(app)
    add("edge-lunch-child-turns-25-day-after-start", app, note="24 on the first day of the period")
    # child turning 25 during the period: contract says 'at the start' -> no finding (plausibility D7 says every day)
    app = lunch_app(on, "wohngeld", "school", child_age=24)
    start, end = D(app["data"]["period"]["from"]), D(app["data"]["period"]["to"])
    mid = start + (end - start) / 2
    app["data"]["child"]["birthDate"] = iso(mid.replace(year=mid.year - 25))
    fix_schul(app)
    add("edge-lunch-child-turns-25-mid-period", app,
        note="findings.json: 25 or older at the start of the period; domain D7 says every day (ambiguous, contract wins)")
    # trip without endDate (day trip) on the last valid day of the entitlement
    app = trip_app(on, "kinderzuschlag", "day_trip", omit_end=True)
    app["data"]["trip"]["startDate"] = app["data"]["entitlement"]["validTo"]
    app["documents"][1]["fields"]["startDate"]["value"] = app["data"]["trip"]["startDate"]
    app["documents"][1]["fields"]["endDate"]["value"] = app["data"]["trip"]["startDate"]
    add("edge-trip-day-trip-on-last-valid-day", app)
    # lunch period exactly the entitlement period
    app = lunch_app(on, "buergergeld", "school")
    app["data"]["period"] = {"from": app["data"]["entitlement"]["validFrom"], "to": app["data"]["entitlement"]["validTo"]}
    add("edge-lunch-period-equals-bewilligungszeitraum", app)
    # Wohngeld Bescheid issued long ago (24 months) is no income proof: not DOCUMENT_TOO_OLD
    app = lunch_app(on, "wohngeld", "kita")
    e = app["data"]["entitlement"]
    e["validFrom"], e["validTo"] = "2025-06-01", "2027-05-31"
    app["data"]["period"] = {"from": "2026-12-01", "to": "2027-05-31"}
    app["documents"][0] = bescheid_doc(app["data"], on)
    app["documents"][1]["fields"]["startDate"]["value"] = "2026-12-01"
    add("edge-lunch-wohngeld-24-months-issued-long-ago", app)
    # WBS: twins (same last name and birth date, different first names) are not duplicates
    app = clean_wbs("single_parent", "NI", on)
    kid = app["data"]["household"]["members"][-1]
    twin = copy.deepcopy(kid)
    twin["firstName"] = "Zwilling-" + kid["firstName"] if False else ("Lena" if kid["firstName"] != "Lena" else "Lina")
    app["data"]["household"]["members"].append(twin)
    app["data"]["household"]["size"] += 1
    if high_of(app) <= lim_of(app) * 0.97:
        add("edge-wbs-twins-not-duplicate", app)
    # WBS: 17-year-old with a mini job and no payslip (not an adult)
    app = clean_wbs("single_parent", "HE", on)
    kid = app["data"]["household"]["members"][1]
    kid["birthDate"] = iso(birth_for_age(17, on))
    kid["incomes"] = [{"type": "employment", "grossMonthly": 250.0}]
    if high_of(app) <= lim_of(app) * 0.97:
        add("edge-wbs-minor-with-minijob-no-payslip", app, allow=["MISSING_DOCUMENT"],
            note="findings.json names adult earners, plausibility C1 and wbs.md 7 every member with income: open")
    # WBS: applicant with two jobs, a payslip for each (several incomes per person)
    app = clean_wbs("single_employee", "NI", on)
    m = app["data"]["household"]["members"][0]
    m["incomes"] = [{"type": "employment", "grossMonthly": 1300.0}, {"type": "employment", "grossMonthly": 450.0}]
    app["documents"] = payslips(m["firstName"], m["lastName"], 1300.0, on, 2, "Pflegeheim Haarentor") + \
        payslips(m["firstName"], m["lastName"], 450.0, on, 2, "Kiosk am Pferdemarkt")
    add("edge-wbs-two-jobs-two-payslips", app, note="each payslip matches one of the two stated employment incomes")
    # WBS NI: old limits before 1 March 2025 vs new limits from then (same single employee, 2,100 EUR/month, 30 %)
    for date, expect in (("2025-02-27", ["INCOME_ABOVE_LIMIT"]), ("2025-03-03", [])):
        d = D(date)
        app = wbs_app("single_employee", "NI", d)
        m = app["data"]["household"]["members"][0]
        m["incomes"] = [{"type": "employment", "grossMonthly": 2550.0}]
        m["contributions"] = {"incomeTax": True, "healthInsurance": True, "pensionInsurance": True}
        app["documents"] = payslips(m["firstName"], m["lastName"], 2550.0, d, 3, "Edeka Nord")
        # (30600 - 1230) * 0.7 = 20559: above 17000 (old), below 21250 (new)
        add(f"limit-ni-{date}", app, expect, paths=["household"] if expect else [],
            note="NI limit changed on 2025-03-01 (17,000 -> 21,250 for one person)")
    # worked example of wbs.md: 28,000/yr with 30 % -> 18,739 <= 21,250; same income without any contribution -> 26,770
    for flags, expect in (((True, True, True), []), ((False, False, False), ["INCOME_ABOVE_LIMIT"])):
        app = wbs_app("single_employee", "NI", on)
        m = app["data"]["household"]["members"][0]
        m["incomes"] = [{"type": "employment", "grossMonthly": 2333.33}]
        m["contributions"] = dict(zip(("incomeTax", "healthInsurance", "pensionInsurance"), flags))
        app["documents"] = payslips(m["firstName"], m["lastName"], 2333.33, on, 3, "Stadtwerke")
        add(f"limit-worked-example-flags-{'all' if flags[0] else 'none'}", app, expect,
            note="wbs.md worked example; deduction driven by contributions")
    # HE: 2 adults + 2 children, limit 41,757; both employed with 30 %: choose 4,600 + 1,000
    app = wbs_app("large_family", "HE", on)
    mem = app["data"]["household"]["members"]
    del mem[4:]
    for k in (2, 3):
        mem[k]["birthDate"] = iso(birth_for_age(R.randint(3, 12), on))
    mem[0]["incomes"] = [{"type": "employment", "grossMonthly": 5600.0}]
    mem[1]["incomes"] = [{"type": "employment", "grossMonthly": 1500.0}]
    mem[1]["contributions"] = {"incomeTax": True, "healthInsurance": True, "pensionInsurance": True}
    app["data"]["household"]["size"] = 4
    app["documents"] = payslips(mem[0]["firstName"], mem[0]["lastName"], 5600.0, on, 3) + \
        payslips(mem[1]["firstName"], mem[1]["lastName"], 1500.0, on, 3)
    # (67200-1230)*0.7 + (18000-1230)*0.7 = 46179 + 11739 = 57918 > 41757
    add("limit-he-family-of-four-above", app, ["INCOME_ABOVE_LIMIT"])


def high_of(app):
    return income_range(app)[1]


def lim_of(app):
    return income_range(app)[2]


def fix_schul(app):
    for doc in app["documents"]:
        if doc["docType"] == "schulbescheinigung":
            doc["fields"]["studentBirthDate"]["value"] = app["data"]["child"]["birthDate"]


def any_lunch(on=None, basis=None, inst=None):
    return lunch_app(on or R.choice(app_dates()), basis or R.choice(BASES[:3]), inst or "school")


def any_trip(on=None, basis=None):
    return trip_app(on or R.choice(app_dates()), basis or R.choice(BASES[:3]), R.choice(["class_trip", "day_trip"]))


def any_wbs(state=None, kind=None, on=None):
    return clean_wbs(kind or R.choice(["single_employee", "single_parent", "pensioner_couple", "unemployed"]),
                     state or R.choice(["NI", "HE"]), on or R.choice(app_dates()))


def doc_index(app, doc_type):
    return next(i for i, d in enumerate(app["documents"]) if d["docType"] == doc_type)


def defect_cases():
    on = D("2026-11-25")
    # MISSING_REQUIRED_FIELD ----------------------------------------------------------------------------------
    blanks = [("wbs", "applicant.lastName", ""), ("wbs", "address.city", None), ("wbs", "address.street", "DEL"),
              ("wbs", "household.members[1].birthDate", "DEL"), ("wbs", "consent.dataProcessing", False),
              ("wbs", "applicant.phone", "DEL"), ("wbs", "housing.livingSpace", None),
              ("but-lunch", "child.firstName", ""), ("but-lunch", "provider.iban", None), ("but-lunch", "period.to", "DEL"),
              ("but-lunch", "entitlement.caseNumber", "  "), ("but-lunch", "institution.name", "DEL"),
              ("but-lunch", "applicant.email", "DEL"),
              ("but-trip", "trip.destination", ""), ("but-trip", "trip.cost", None), ("but-trip", "payee.name", "DEL"),
              ("but-trip", "address.houseNumber", ""), ("but-trip", "consent.dataProcessing", None)]
    for form, path, value in blanks:
        app = any_wbs(kind="single_parent") if form == "wbs" else any_lunch() if form == "but-lunch" else any_trip()
        set_path(app["data"], path, value)
        allow = []
        note = None
        if path == "consent.dataProcessing" and value is False:
            note = "applications.md: must be true to submit; the only fitting code is MISSING_REQUIRED_FIELD"
        expect = ["MISSING_REQUIRED_FIELD"]
        if path in ("applicant.phone", "applicant.email", "housing.livingSpace"):
            expect = []
            note = ("applications.md lists it without '(optional)', but the contract authors' own sample application "
                    "(contract-check) has no phone, email or customerNumber: optional")
        if path == "entitlement.caseNumber":
            note = "whitespace only counts as empty"
        add(f"missing-{form}-{path.replace('[', '').replace(']', '').replace('.', '-')}", app,
            expect, allow, [path] if expect else [], note)
    # MISSING_DOCUMENT ----------------------------------------------------------------------------------------
    for state in ("NI", "HE"):
        app = any_wbs(state, "single_employee")
        app["documents"] = [d for d in app["documents"] if d["docType"] != "payslip"]
        add(f"missing-doc-wbs-payslip-{state}", app, ["MISSING_DOCUMENT"], paths=["household.members[0]"])
    app = any_wbs("NI", "unemployed")
    mem = app["data"]["household"]["members"]
    app["documents"] = [d for d in app["documents"] if not (d["docType"] == "payslip")]
    add("missing-doc-wbs-partner-payslip", app, ["MISSING_DOCUMENT"], paths=["household.members[1]"])
    for basis in ("buergergeld", "wohngeld", "kinderzuschlag"):
        app = any_lunch(basis=basis)
        app["documents"] = [d for d in app["documents"] if not d["docType"].endswith("_bescheid")]
        # Jobcenter route: "Proof of basis: none extra (Jobcenter has the file)" (but-lunch.md section 6)
        codes = [] if basis == "buergergeld" else ["MISSING_DOCUMENT"]
        add(f"missing-doc-lunch-{basis}-bescheid", app, codes)
        app = any_trip(basis=basis)
        app["documents"] = [d for d in app["documents"] if not d["docType"].endswith("_bescheid")]
        add(f"missing-doc-trip-{basis}-bescheid", app, codes)
    app = any_lunch(basis="wohngeld")
    app["documents"] = []
    add("missing-doc-lunch-no-documents-at-all", app, ["MISSING_DOCUMENT"])
    # a Wohngeld basis with only a Kinderzuschlag Bescheid: the notice of the selected basis is absent
    app = any_lunch(basis="wohngeld")
    i = doc_index(app, "wohngeld_bescheid")
    app["documents"][i]["docType"] = "kinderzuschlag_bescheid"
    add("missing-doc-lunch-wrong-bescheid-type", app, ["MISSING_DOCUMENT"],
        note="plausibility D3: notice type must match the basis; findings.json has no separate code")
    # NAME_MISMATCH -------------------------------------------------------------------------------------------
    for k in range(3):
        app = any_wbs(kind=R.choice(["single_employee", "unemployed"]))
        i = doc_index(app, "payslip")
        for d in app["documents"]:
            if d["docType"] == "payslip":
                d["fields"]["employeeName"]["value"] = "Thomas Brinkmann"
        add(f"name-wbs-payslip-other-person-{k}", app, ["NAME_MISMATCH"], paths=[f"documents[{i}]"])
    app = any_lunch(basis="buergergeld")
    app["documents"][0]["fields"]["recipientName"]["value"] = "Sabine Lorenz"
    add("name-lunch-bescheid-other-person", app, ["NAME_MISMATCH"], paths=["documents[0]"],
        note="recipient of the notice is neither applicant nor child")
    app = any_lunch()
    i = doc_index(app, "mittagessen_bestaetigung")
    app["documents"][i]["fields"]["childName"]["value"] = "Maximilian Krause"
    add("name-lunch-provider-confirmation-other-child", app, ["NAME_MISMATCH"], paths=[f"documents[{i}]"])
    app = any_trip(basis="kinderzuschlag")
    i = doc_index(app, "fahrt_bestaetigung")
    app["documents"][i]["fields"]["childName"]["value"] = "Leonie Hartmann"
    add("name-trip-school-letter-other-child", app, ["NAME_MISMATCH"], paths=[f"documents[{i}]"])
    # BIRTHDATE_MISMATCH --------------------------------------------------------------------------------------
    app = lunch_app(on, "wohngeld", "school", child_age=16)
    i = doc_index(app, "schulbescheinigung")
    b = D(app["data"]["child"]["birthDate"])
    app["documents"][i]["fields"]["studentBirthDate"]["value"] = iso(b.replace(year=b.year - 1))
    add("birthdate-lunch-schulbescheinigung", app, ["BIRTHDATE_MISMATCH"], paths=["child.birthDate"])
    app = trip_app(on, "buergergeld", "class_trip", child_age=15)
    i = doc_index(app, "schulbescheinigung")
    b = D(app["data"]["child"]["birthDate"])
    app["documents"][i]["fields"]["studentBirthDate"]["value"] = iso(b + dt.timedelta(days=31))
    add("birthdate-trip-schulbescheinigung", app, ["BIRTHDATE_MISMATCH"], paths=["child.birthDate"])
    for state in ("NI", "HE"):
        app = any_wbs(state)
        a = app["data"]["applicant"]
        m = melde(app["data"]["household"]["members"][0], app["data"]["address"], D(app["applicationDate"]))
        b = D(a["birthDate"])
        m["fields"]["birthDate"]["value"] = iso(b.replace(day=1) if b.day != 1 else b.replace(day=2))
        app["documents"] = [d for d in app["documents"] if d["docType"] != "meldebescheinigung"] + [m]
        add(f"birthdate-wbs-meldebescheinigung-{state}", app, ["BIRTHDATE_MISMATCH"], paths=["applicant.birthDate"])
    # ADDRESS_MISMATCH ----------------------------------------------------------------------------------------
    for k, change in enumerate(["street", "houseNumber", "postalCode", "city"]):
        app = any_wbs()
        a = app["data"]["address"]
        m = melde(app["data"]["household"]["members"][0], a, D(app["applicationDate"]), "plain")
        m["fields"][change]["value"] = {"street": "Lindenallee", "houseNumber": "99", "postalCode":
                                        ("26129" if a["postalCode"] != "26129" else "26131") if a["city"] == "Oldenburg"
                                        else ("34119" if a["postalCode"] != "34119" else "34121"),
                                        "city": "Bad Zwischenahn" if a["city"] == "Oldenburg" else "Vellmar"}[change]
        app["documents"] = [d for d in app["documents"] if d["docType"] != "meldebescheinigung"] + [m]
        add(f"address-wbs-melde-{change}", app, ["ADDRESS_MISMATCH"], paths=["address"])
    app = any_wbs("HE")
    a = app["data"]["address"]
    app["documents"] = [d for d in app["documents"] if d["docType"] != "mietvertrag"]
    app["documents"].append({"file": "mietvertrag.pdf", "docType": "mietvertrag",
                             "fields": {"tenantName": app["data"]["applicant"]["firstName"] + " " + app["data"]["applicant"]["lastName"],
                                        "street": "Goethestraße", "houseNumber": "5", "postalCode": a["postalCode"],
                                        "city": a["city"], "livingSpace": 55, "rooms": 2, "baseRent": 400.0}})
    add("address-wbs-mietvertrag-other-flat", app, ["ADDRESS_MISMATCH"], paths=["address"],
        note="flat_specific WBS could list the new flat's lease; kind set to general")
    app["data"]["kind"] = "general"
    # DATE_INVALID --------------------------------------------------------------------------------------------
    app = any_lunch(on=on)
    app["data"]["child"]["birthDate"] = "2027-03-01"
    fix_schul(app)
    add("date-lunch-child-born-in-future", app, ["DATE_INVALID"], paths=["child.birthDate"])
    app = any_wbs(on=on)
    app["data"]["applicant"]["birthDate"] = app["data"]["household"]["members"][0]["birthDate"] = "1899-06-01"
    add("date-wbs-applicant-older-than-120", app, ["DATE_INVALID"], paths=["applicant.birthDate"])
    app = any_wbs(kind="single_parent", on=on)
    app["data"]["household"]["members"][1]["birthDate"] = "2028-01-15"
    add("date-wbs-member-born-in-future", app, ["DATE_INVALID"], paths=["household.members[1].birthDate"])
    app = any_lunch(on=on)
    p = app["data"]["period"]
    p["from"], p["to"] = p["to"], p["from"]
    for doc in app["documents"]:
        if doc["docType"] == "mittagessen_bestaetigung":
            doc["fields"]["startDate"]["value"] = p["to"]
    add("date-lunch-period-end-before-start", app, ["DATE_INVALID"], paths=["period.to"])
    app = trip_app(on, "wohngeld", "class_trip")
    t = app["data"]["trip"]
    t["startDate"], t["endDate"] = t["endDate"], t["startDate"]
    add("date-trip-end-before-start", app, ["DATE_INVALID"], paths=["trip.endDate"])
    app = any_lunch(on=on)
    app["data"]["child"]["birthDate"] = "2015-02-30"
    fix_schul(app)
    add("date-lunch-impossible-calendar-date", app, ["DATE_INVALID"], paths=["child.birthDate"],
        note="not a calendar date: a finding, not a rejected file (ambiguous)")
    # POSTAL_CODE_INVALID -------------------------------------------------------------------------------------
    for k, plz in enumerate(["2612", "261355", "26l22", "D-34117", "341 17"]):
        app = any_wbs() if k % 3 == 0 else any_lunch() if k % 3 == 1 else any_trip()
        app["data"]["address"]["postalCode"] = plz
        add(f"plz-{app['form']}-{k}", app, ["POSTAL_CODE_INVALID"], paths=["address.postalCode"],
            allow=["ADDRESS_MISMATCH"], note="a Meldebescheinigung/Mietvertrag still shows the right code")
    # IBAN_INVALID --------------------------------------------------------------------------------------------
    for k in range(3):
        app = any_lunch()
        app["data"]["provider"]["iban"] = bad_checksum(app["data"]["provider"]["iban"])
        app["documents"][doc_index(app, "mittagessen_bestaetigung")]["fields"]["providerIban"]["value"] = app["data"]["provider"]["iban"]
        add(f"iban-lunch-checksum-{k}", app, ["IBAN_INVALID"], paths=["provider.iban"])
    app = any_trip()
    app["data"]["payee"]["iban"] = de_iban()[:-1]
    add("iban-trip-de-too-short", app, ["IBAN_INVALID"], paths=["payee.iban"])
    app = any_trip()
    app["data"]["payee"]["iban"] = iban("AT", f"{R.randint(10000, 99999)}{R.randint(0, 10**11 - 1):011d}") + "0"
    add("iban-trip-at-too-long", app, ["IBAN_INVALID"], paths=["payee.iban"],
        note="AT IBAN is 20 characters; 21 fails the length for its country")
    app = any_trip()
    app["data"]["payee"]["iban"] = bad_checksum(app["data"]["payee"]["iban"])
    add("iban-trip-checksum", app, ["IBAN_INVALID"], paths=["payee.iban"])
    # HOUSEHOLD_SIZE_MISMATCH ---------------------------------------------------------------------------------
    for k, delta in enumerate([1, -1, 2]):
        app = any_wbs(kind=R.choice(["single_parent", "pensioner_couple", "unemployed"]))
        app["data"]["household"]["size"] += delta
        add(f"size-wbs-{k}", app, ["HOUSEHOLD_SIZE_MISMATCH"], paths=["household.size"],
            allow=["INCOME_ABOVE_LIMIT"] if delta < 0 else [])
    app = any_wbs(kind="single_employee")
    app["data"]["household"]["size"] = 3
    add("size-wbs-single-says-three", app, ["HOUSEHOLD_SIZE_MISMATCH"], paths=["household.size"])
    # INCOME_MISMATCH -----------------------------------------------------------------------------------------
    for k, factor in enumerate([1.25, 0.8, 1.5]):
        app = any_wbs(kind="single_employee")
        m = app["data"]["household"]["members"][0]
        for d in app["documents"]:
            if d["docType"] == "payslip":
                d["fields"]["grossPay"]["value"] = round(m["incomes"][0]["grossMonthly"] * factor, 2)
        add(f"income-mismatch-{k}", app, ["INCOME_MISMATCH"], paths=["household.members[0].incomes[0].grossMonthly"],
            allow=["INCOME_ABOVE_LIMIT"] if factor > 1 else [])
    app = any_wbs(kind="single_employee")
    m = app["data"]["household"]["members"][0]
    for d in app["documents"]:
        if d["docType"] == "payslip":
            d["fields"]["grossPay"]["value"] = round(m["incomes"][0]["grossMonthly"] * 1.08, 2)
    add("income-within-10-percent", app, [], note="8 % above the stated gross: inside the tolerance")
    # INCOME_ABOVE_LIMIT --------------------------------------------------------------------------------------
    for state in ("NI", "HE"):
        app = any_wbs(state, "single_employee", on)
        m = app["data"]["household"]["members"][0]
        m["incomes"][0]["grossMonthly"] = 4300.0
        app["documents"] = payslips(m["firstName"], m["lastName"], 4300.0, on, 3)
        add(f"limit-{state}-single-high-earner", app, ["INCOME_ABOVE_LIMIT"])
    app = any_wbs("NI", "pensioner_couple", on)
    mem = app["data"]["household"]["members"]
    mem[0]["incomes"] = [{"type": "pension", "grossMonthly": 2900.0}]
    mem[1]["incomes"] = [{"type": "pension", "grossMonthly": 1600.0}]
    app["documents"] = proofs_for(mem[0], on) + proofs_for(mem[1], on)
    # 12*4500*0.9 = 48600 > 28750
    add("limit-ni-pensioner-couple-above", app, ["INCOME_ABOVE_LIMIT"])
    # DOCUMENT_TOO_OLD ----------------------------------------------------------------------------------------
    for k in range(3):
        app = any_wbs(kind="single_employee")
        app_on = D(app["applicationDate"])
        for d in app["documents"]:
            if d["docType"] == "payslip":
                d["fields"]["payPeriod"]["value"] = f"{add_months(app_on, -R.randint(8, 14)):%Y-%m}"
        add(f"too-old-payslip-{k}", app, ["DOCUMENT_TOO_OLD"])
    app = any_wbs(kind="pensioner")
    for d in app["documents"]:
        if d["docType"] == "rentenbescheid":
            d["fields"]["issueDate"] = iso(add_months(D(app["applicationDate"]), -20))
            d["fields"]["validFrom"] = iso(add_months(D(app["applicationDate"]), -20).replace(day=1))
    add("too-old-rentenbescheid", app, ["DOCUMENT_TOO_OLD"], note="a Rentenbescheid is an income proof; 20 months old")
    # BESCHEID_EXPIRED ----------------------------------------------------------------------------------------
    app = any_lunch(on=on, basis="buergergeld")
    e = app["data"]["entitlement"]
    app["data"]["period"]["to"] = iso(D(e["validTo"]) + dt.timedelta(days=45))
    add("expired-lunch-period-runs-past-validto", app, ["BESCHEID_EXPIRED"], paths=["entitlement.validTo"])
    app = any_lunch(on=on, basis="kinderzuschlag")
    e = app["data"]["entitlement"]
    start = D(e["validTo"]) + dt.timedelta(days=1)
    app["data"]["period"] = {"from": iso(start), "to": iso(add_months(start, 5))}
    add("expired-lunch-period-after-validto", app, ["BESCHEID_EXPIRED"], paths=["entitlement.validTo"])
    app = any_lunch(on=on, basis="wohngeld")
    e = app["data"]["entitlement"]
    app["data"]["period"]["from"] = iso(D(e["validFrom"]) - dt.timedelta(days=30))
    add("expired-lunch-period-starts-before-validfrom", app, ["BESCHEID_EXPIRED"], paths=["entitlement.validFrom"])
    app = trip_app(on, "kinderzuschlag", "class_trip")
    e = app["data"]["entitlement"]
    t = app["data"]["trip"]
    t["startDate"] = iso(D(e["validTo"]) + dt.timedelta(days=10))
    t["endDate"] = iso(D(e["validTo"]) + dt.timedelta(days=14))
    add("expired-trip-after-validto", app, ["BESCHEID_EXPIRED"], paths=["entitlement.validTo"])
    app = trip_app(on, "wohngeld", "class_trip")
    e = app["data"]["entitlement"]
    t = app["data"]["trip"]
    t["startDate"] = iso(D(e["validTo"]) - dt.timedelta(days=1))
    t["endDate"] = iso(D(e["validTo"]) + dt.timedelta(days=3))
    add("expired-trip-runs-past-validto", app, ["BESCHEID_EXPIRED"], paths=["entitlement.validTo"])
    # the notice document ends earlier than the stated entitlement
    app = any_lunch(on=on, basis="buergergeld")
    i = doc_index(app, "buergergeld_bescheid")
    app["documents"][i]["fields"]["validTo"]["value"] = iso(D(app["data"]["period"]["from"]) + dt.timedelta(days=20))
    add("expired-lunch-document-ends-early", app, ["BESCHEID_EXPIRED"], paths=[f"documents[{i}]"],
        note="stated validTo covers the period but the notice itself does not")
    # NO_ENTITLEMENT_BASIS ------------------------------------------------------------------------------------
    for k, basis in enumerate(["kindergeld", "none", "unterhaltsvorschuss"]):
        app = any_lunch() if k % 2 == 0 else any_trip()
        app["data"]["entitlement"]["basis"] = basis
        app["documents"] = [d for d in app["documents"] if not d["docType"].endswith("_bescheid")]
        add(f"no-basis-{app['form']}-{basis}", app, ["NO_ENTITLEMENT_BASIS"], paths=["entitlement.basis"],
            allow=["MISSING_DOCUMENT"], note="basis outside the enum: finding, not rejected input")
    app = any_trip()
    del app["data"]["entitlement"]["basis"]
    add("no-basis-trip-absent", app, ["NO_ENTITLEMENT_BASIS"], paths=["entitlement.basis"],
        allow=["MISSING_REQUIRED_FIELD", "MISSING_DOCUMENT"], note="absent basis: also a missing required field (ambiguous)")
    # CHILD_TOO_OLD -------------------------------------------------------------------------------------------
    app = lunch_app(on, "buergergeld", "school", child_age=24)
    start = D(app["data"]["period"]["from"])
    app["data"]["child"]["birthDate"] = iso(start.replace(year=start.year - 25))
    fix_schul(app)
    add("too-old-lunch-25th-birthday-on-start", app, ["CHILD_TOO_OLD"], paths=["child.birthDate"])
    app = lunch_app(on, "wohngeld", "school", child_age=26)
    fix_schul(app)
    add("too-old-lunch-26", app, ["CHILD_TOO_OLD"], paths=["child.birthDate"])
    app = trip_app(on, "sozialhilfe", "class_trip", child_age=25)
    fix_schul(app)
    add("too-old-trip-25", app, ["CHILD_TOO_OLD"], paths=["child.birthDate"])
    # DUPLICATE_PERSON ----------------------------------------------------------------------------------------
    for k in range(3):
        app = any_wbs(kind=R.choice(["single_parent", "large_family", "buergergeld_family"]), on=on)
        mem = app["data"]["household"]["members"]
        dup = copy.deepcopy(mem[-1])
        mem.append(dup)
        app["data"]["household"]["size"] = app["data"]["household"]["size"] + 1
        add(f"duplicate-wbs-{k}", app, ["DUPLICATE_PERSON"], paths=[f"household.members[{len(mem) - 1}]"],
            allow=["INCOME_ABOVE_LIMIT"])
    # two defects -----------------------------------------------------------------------------------------------
    app = any_lunch(on=on)
    app["data"]["address"]["postalCode"] = "2613"
    app["data"]["provider"]["iban"] = bad_checksum(app["data"]["provider"]["iban"])
    add("two-lunch-plz-and-iban", app, ["POSTAL_CODE_INVALID", "IBAN_INVALID"])
    app = any_wbs(kind="single_parent", on=on)
    app["data"]["household"]["size"] += 1
    for d in app["documents"]:
        if d["docType"] == "payslip":
            d["fields"]["payPeriod"]["value"] = "2025-09"
    add("two-wbs-size-and-old-payslip", app, ["HOUSEHOLD_SIZE_MISMATCH", "DOCUMENT_TOO_OLD"])
    app = trip_app(on, "kinderzuschlag", "class_trip", child_age=26)
    app["data"]["payee"]["iban"] = bad_checksum(app["data"]["payee"]["iban"])
    add("two-trip-too-old-and-iban", app, ["CHILD_TOO_OLD", "IBAN_INVALID"])
    app = any_wbs(kind="single_employee", on=on)
    app["data"]["applicant"]["lastName"] = ""
    app["data"]["address"]["postalCode"] = "3411"
    add("two-wbs-missing-name-and-plz", app, ["MISSING_REQUIRED_FIELD", "POSTAL_CODE_INVALID"],
        allow=["NAME_MISMATCH"], note="applicant.lastName blank but members[0] still has the name")


def rename_applicant_documents(app, old_names):
    """Marks the documents that name the applicant (before the applicant is renamed)."""
    for d in app["documents"]:
        for f in ("employeeName", "recipientName", "personName", "tenantName"):
            v = d["fields"].get(f)
            v = v.get("value") if isinstance(v, dict) else v
            if v in old_names:
                d["applicantDoc"] = True


def bare(doc):
    """The extract output may carry a field as a bare value (applications.md)."""
    doc["fields"] = {k: (v["value"] if isinstance(v, dict) and "value" in v else v) for k, v in doc["fields"].items()}
    return doc


def stress_cases():
    """Clean files with the variety real uploads bring: spellings, bare values, boundary dates, other members' papers."""
    for k in range(4):
        on = R.choice(app_dates())
        app = clean_wbs(R.choice(["large_family", "multigeneration", "pensioner_couple"]), R.choice(["NI", "HE"]), on)
        for d in app["documents"]:
            if R.random() < 0.5:
                bare(d)
        add(f"stress-wbs-bare-field-values-{k}", app)
    for k, style in enumerate(["ascii", "fold", "upper", "ascii"]):
        app = clean_wbs(R.choice(["single_parent", "unemployed"]), R.choice(["NI", "HE"]), R.choice(app_dates()))
        m0 = app["data"]["household"]["members"][0]
        rename_applicant_documents(app, {printed(m0["firstName"], m0["lastName"], st) for st in ("plain", "fold", "upper")})
        app["data"]["applicant"]["firstName"] = app["data"]["household"]["members"][0]["firstName"] = R.choice(["Ayşe", "Jürgen", "Đorđe", "Łukasz", "Zoë"])
        app["data"]["applicant"]["lastName"] = app["data"]["household"]["members"][0]["lastName"] = R.choice(["Yılmaz", "Großkopf", "Petrović", "Wójcik", "Müller-Lüdenscheidt"])
        m = app["data"]["household"]["members"][0]
        for d in app["documents"]:
            for f in ("employeeName", "recipientName", "personName", "tenantName"):
                if f in d["fields"] and d.get("applicantDoc"):
                    v = d["fields"][f]
                    text = printed(m["firstName"], m["lastName"], style)
                    if isinstance(v, dict):
                        v["value"] = text
                    else:
                        d["fields"][f] = text
        for d in app["documents"]:
            d.pop("applicantDoc", None)
        add(f"stress-wbs-name-spelling-{style}-{k}", app, note="transliterated/upper-case spellings of the same name")
    # hyphenated first name printed with a space; particle surname
    app = clean_wbs("single_employee", "NI", D("2026-11-25"))
    m = app["data"]["household"]["members"][0]
    m["firstName"] = app["data"]["applicant"]["firstName"] = "Hans-Peter"
    m["lastName"] = app["data"]["applicant"]["lastName"] = "von der Heide"
    for d in app["documents"]:
        for f in ("employeeName", "personName", "tenantName"):
            if f in d["fields"]:
                d["fields"][f] = "Hans Peter von der Heide"
    add("stress-wbs-hyphen-first-name-printed-with-space", app)
    # a Meldebescheinigung of the partner (not the applicant), street written 'Strasse'
    app = clean_wbs("unemployed", "HE", D("2026-11-25"))
    partner = app["data"]["household"]["members"][1]
    m = melde(partner, app["data"]["address"], D("2026-11-25"), "plain")
    m["fields"]["street"]["value"] = app["data"]["address"]["street"].replace("ß", "ss")
    app["documents"] = [d for d in app["documents"] if d["docType"] != "meldebescheinigung"] + [m]
    add("stress-wbs-meldebescheinigung-of-partner", app)
    # payslip of the application month itself
    on = D("2026-11-25")
    app = clean_wbs("single_employee", "NI", on)
    m = app["data"]["household"]["members"][0]
    app["documents"] = payslips(m["firstName"], m["lastName"], m["incomes"][0]["grossMonthly"], add_months(on, 1), 2)
    add("stress-wbs-payslip-of-application-month", app)
    # leap-day births, applications on 28 Feb / 1 Mar
    for date in ("2026-02-28", "2026-03-01"):
        on = D(date)
        app = clean_wbs("single_parent", "NI", on)
        app["data"]["household"]["members"][1]["birthDate"] = "2008-02-29"  # turns 18 on 2026-03-01 (or 28 Feb)
        app["data"]["household"]["members"][1]["incomes"] = []
        add(f"stress-wbs-leap-day-child-{date}", app)
        lapp = lunch_app(on, "wohngeld", "tagespflege", child_age=0)
        lapp["data"]["child"]["birthDate"] = "2025-12-29"
        add(f"stress-lunch-baby-in-tagespflege-{date}", lapp)
    # entitlement starts on the application date, lunch period starts the same day
    on = D("2026-09-01")
    app = lunch_app(on, "kinderzuschlag", "school")
    e = app["data"]["entitlement"]
    e["validFrom"], e["validTo"] = "2026-09-01", "2027-02-28"
    app["data"]["period"] = {"from": "2026-09-01", "to": "2027-02-28"}
    app["documents"][0] = bescheid_doc(app["data"], on)
    app["documents"][1]["fields"]["startDate"]["value"] = "2026-09-01"
    add("stress-lunch-everything-starts-on-application-day", app)
    # BuT with a Bescheid addressed to the other parent sharing the family name
    app = lunch_app(D("2026-11-25"), "buergergeld", "kita")
    app["data"]["child"]["lastName"] = app["data"]["applicant"]["lastName"]
    app["documents"][1]["fields"]["childName"]["value"] = printed(app["data"]["child"]["firstName"], app["data"]["child"]["lastName"], "plain")
    app["documents"][0]["fields"]["recipientName"]["value"] = "Ahmad " + app["data"]["applicant"]["lastName"]
    add("stress-lunch-bescheid-names-other-parent-same-family-name", app)
    # trip: Kita outing, payee Kita operator, AT IBAN of a travel operator, child 3
    app = trip_app(D("2026-07-31"), "asylbewerberleistungen", "day_trip", child_age=3)
    add("stress-trip-kita-outing-asylblg", app)
    # WBS with every member's documents also a Kontoauszug of the applicant
    app = clean_wbs("pensioner", "HE", D("2026-11-25"))
    m = app["data"]["household"]["members"][0]
    app["documents"].append(bare({"file": "konto.pdf", "docType": "kontoauszug", "fields": {
        "accountHolder": {"value": printed(m["firstName"], m["lastName"], "upper")}, "iban": {"value": de_iban()},
        "bankName": {"value": "Kasseler Sparkasse"}, "statementDate": {"value": "2026-10-31"}}}))
    add("stress-wbs-pensioner-with-kontoauszug", app)
    # defects on other members / document kinds
    on = D("2026-11-25")
    app = clean_wbs("unemployed", "NI", on)
    for d in app["documents"]:
        if d["docType"] == "payslip":
            d["fields"]["grossPay"]["value"] = round(d["fields"]["grossPay"]["value"] * 1.3, 2)
    add("income-mismatch-partner", app, ["INCOME_MISMATCH"], paths=["household.members[1]"], allow=["INCOME_ABOVE_LIMIT"])
    app = clean_wbs("pensioner", "NI", on)
    for d in app["documents"]:
        if d["docType"] == "rentenbescheid":
            d["fields"]["recipientName"] = "Gerhard Tiedemann"
    add("name-wbs-rentenbescheid-other-person", app, ["NAME_MISMATCH"])
    app = clean_wbs("buergergeld_family", "HE", on)
    for d in app["documents"]:
        if d["docType"] == "buergergeld_bescheid":
            d["fields"]["validFrom"]["value"], d["fields"]["validTo"]["value"] = "2024-10-01", "2025-09-30"
            d["fields"]["issueDate"]["value"] = "2024-09-12"
    add("too-old-wbs-buergergeld-bescheid", app, ["DOCUMENT_TOO_OLD"], note="Bescheid ended a year before the application")
    app = clean_wbs("single_parent", "HE", on)
    app["data"]["household"]["members"][1]["birthDate"] = "1890-01-01"
    add("date-wbs-member-older-than-120", app, ["DATE_INVALID"], paths=["household.members[1].birthDate"],
        allow=["INCOME_ABOVE_LIMIT"])
    trip = any_trip(on=on)
    trip["data"]["entitlement"]["validTo"] = iso(D(trip["data"]["entitlement"]["validFrom"]) - dt.timedelta(days=30))
    app = trip_app(on, "wohngeld", "class_trip")
    del app["data"]["trip"]["endDate"]
    add("missing-but-trip-class-trip-endDate", app, ["MISSING_REQUIRED_FIELD"], paths=["trip.endDate"],
        note="a class trip lasts several days: its end date is needed (a day trip may leave it out)")
    app = lunch_app(on, "kinderzuschlag", "school")
    a = app["data"]["address"]
    person = {"firstName": app["data"]["applicant"]["firstName"], "lastName": app["data"]["applicant"]["lastName"],
              "birthDate": app["data"]["applicant"]["birthDate"]}
    m = melde(person, a, on, "plain")
    m["fields"]["street"]["value"] = "Lindenallee"
    app["documents"].append(m)
    add("address-lunch-melde-other-street", app, ["ADDRESS_MISMATCH"], paths=["address"])
    add("date-trip-entitlement-ends-before-it-starts", trip, ["DATE_INVALID"], allow=["BESCHEID_EXPIRED"],
        note="an impossible Bewilligungszeitraum cannot cover the trip either: BESCHEID_EXPIRED left open")


def set_path(data, path, value):
    parts = path.replace("]", "").replace("[", ".").split(".")
    node = data
    for p in parts[:-1]:
        node = node[int(p)] if p.isdigit() else node[p]
    last = parts[-1]
    if value == "DEL":
        del node[last]
    else:
        node[last] = value


def main():
    build()
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    index = []
    for c in CASES:
        with open(os.path.join(OUT, c["name"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(c["app"], f, ensure_ascii=False, indent=1)
        entry = {"name": c["name"], "expect": c["expect"]}
        severity = {code: SEVERITY[code] for code in c["expect"] if code in SEVERITY}
        if severity:
            entry["severity"] = severity
        for k in ("allow", "paths"):
            if c[k]:
                entry[k] = c[k]
        if c["note"]:
            entry["note"] = c["note"]
        index.append(entry)
    with open(OUT + ".json", "w", encoding="utf-8") as f:
        json.dump({"about": "Independent review set written from the contracts only (see "
                            "assistant/src/test/scripts/gen_check_review.py). expect = codes the contract demands; "
                            "allow = codes the contract leaves open (not counted); paths = data paths a finding names; "
                            "severity = the severity plausibility.md states for the code.",
                   "cases": index}, f, ensure_ascii=False, indent=1)
    clean = sum(1 for c in CASES if not c["expect"])
    print(f"{len(CASES)} cases ({clean} clean)")


if __name__ == "__main__":
    main()
