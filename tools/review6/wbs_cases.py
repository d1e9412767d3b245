"""WBS households of the review6 set: clean files and the typical mistakes a caseworker sees."""
import copy
from datetime import timedelta
from people import (R, OLDENBURG, KASSEL, FAMILIES, ADULT_F, ADULT_M, CHILDREN, SENIORS, EMPLOYERS, d, iso, age,
                    birth_for_age, month_minus, payslip, bescheid, rentenbescheid, meldebescheinigung, mietvertrag, other)

APP_DATES = ["2026-11-25", "2026-11-03", "2026-10-14", "2026-12-07", "2027-01-19", "2027-02-02", "2026-09-21",
             "2026-06-30", "2026-05-12", "2027-03-15"]

LIMITS = {"NI": (21250, 28750, 3750, 3750), "HE": (18166, 27561, 6265, 833)}


def person(first, last, birth, relation, incomes=(), contributions=None, disabled=False, pregnant=False):
    p = {"firstName": first, "lastName": last, "birthDate": birth, "relation": relation,
         "severelyDisabled": disabled, "pregnant": pregnant, "incomes": [dict(i) for i in incomes]}
    if contributions is not None:
        p["contributions"] = contributions
    return p


EMPLOYEE = {"incomeTax": True, "healthInsurance": True, "pensionInsurance": True}
MINIJOB = {"incomeTax": False, "healthInsurance": False, "pensionInsurance": True}
PENSIONER = {"incomeTax": False, "healthInsurance": True, "pensionInsurance": False}
NONE = {"incomeTax": False, "healthInsurance": False, "pensionInsurance": False}


class Household:
    """A WBS application under construction plus what the set needs to know about it."""

    def __init__(self, state, app_date):
        self.state = state
        self.app_date = app_date
        street, plz = R.choice(OLDENBURG if state == "NI" else KASSEL)
        self.address = {"street": street, "houseNumber": R.choice(["7", "12", "3a", "45", "118", "9", "22b", "61"]),
                        "postalCode": plz, "city": "Oldenburg" if state == "NI" else "Kassel"}
        self.members = []
        self.documents = []
        self.marriage = None

    def add(self, p):
        self.members.append(p)
        return len(self.members) - 1

    def payslips(self, index, months=3, name=None, drift=0.02):
        p = self.members[index]
        gross = [i for i in p["incomes"] if i["type"] == "employment"][0]["grossMonthly"]
        employer = R.choice(EMPLOYERS)
        for back in range(1, months + 1):
            g = round(gross * R.uniform(1 - drift, 1 + drift), 2)
            self.documents.append(payslip(name or "%s %s" % (p["firstName"], p["lastName"]), employer,
                                          month_minus(d(self.app_date), back), g))

    def application(self):
        a = self.members[0]
        applicant = {"firstName": a["firstName"], "lastName": a["lastName"], "birthDate": a["birthDate"]}
        if R.random() < 0.8:
            applicant["phone"] = R.choice(["0441 %07d" % R.randint(10 ** 6, 10 ** 7 - 1), "+49 561 %06d" % R.randint(10 ** 5, 10 ** 6 - 1),
                                           "0176 %08d" % R.randint(10 ** 7, 10 ** 8 - 1)])
        if R.random() < 0.6:
            applicant["email"] = "%s.%s@%s" % (a["firstName"].lower()[:1], "x" + str(R.randint(10, 99)), R.choice(["web.de", "gmx.de", "gmail.com"]))
        if R.random() < 0.5:
            applicant["nationality"] = R.choice(["deutsch", "türkisch", "syrisch", "ukrainisch", "polnisch", "afghanisch"])
        household = {"size": len(self.members), "members": self.members}
        if self.marriage:
            household["marriageDate"] = self.marriage
        data = {"state": self.state, "kind": R.choice(["general", "general", "general", "flat_specific"]),
                "applicant": applicant, "address": self.address, "household": household,
                "housing": {"currentRent": float(R.choice([380, 455.5, 520, 610, 689, 740, 812])),
                            "livingSpace": float(R.choice([38, 45.5, 52, 61, 68.4, 74, 82])), "rooms": R.choice([1, 2, 2.5, 3, 4])},
                "consent": {"dataProcessing": True}}
        return {"form": "wbs", "applicationDate": self.app_date, "language": R.choice(["de", "de", "tr", "ar", "uk", "en"]),
                "data": data, "documents": self.documents}


def limit_band(h):
    """(lowest, highest) plausible Gesamteinkommen vs (lowest, highest) plausible limit: the set expects
    INCOME_ABOVE_LIMIT only when every reading of wbs.md § 4-5 agrees."""
    at = d(h.app_date)
    incomes_low = incomes_high = 0.0
    for p in h.members:
        c = p.get("contributions", {})
        share = 1 - 0.1 * sum(1 for k in ("incomeTax", "healthInsurance", "pensionInsurance") if c.get(k))
        for i in p["incomes"]:
            yearly = i["grossMonthly"] * 12
            benefit = i["type"] in ("buergergeld", "sozialhilfe")
            if i["type"] == "employment":
                incomes_low += max(0, yearly - 1230) * share
                incomes_high += yearly * share
            else:
                incomes_low += 0 if benefit else max(0, yearly - 102) * share
                incomes_high += yearly
    allowances = 4000 * sum(1 for p in h.members if p.get("severelyDisabled"))
    if h.marriage and at.year - d(h.marriage).year <= 5:
        allowances += 5000
    low, high = incomes_low - allowances, incomes_high
    base, second, further, child = LIMITS[h.state]
    n = len(h.members) + sum(1 for p in h.members if p.get("pregnant"))
    kids_low = sum(1 for p in h.members if p["relation"] == "child" and age(d(p["birthDate"]), at) < 18)
    kids_high = sum(1 for p in h.members if p["relation"] == "child" and age(d(p["birthDate"]), at) < 25) + \
        sum(1 for p in h.members if p.get("pregnant"))
    limit = base if n == 1 else second + (n - 2) * further
    lim_low, lim_high = limit + kids_low * child, (limit + kids_high * child) * (1.15 if h.state == "HE" else 1.0)
    return low, high, lim_low, lim_high


def limit_expectation(h):
    low, high, lim_low, lim_high = limit_band(h)
    if low > lim_high * 1.02:
        return "expect"
    if high < lim_low * 0.98:
        return "none"
    return "allow"


def adult(first_pool, last, years, at):
    return R.choice(first_pool), last, iso(birth_for_age(years, at))


def scenario(kind, state, app_date):
    """Builds a clean household of the given kind; returns (Household, notes)."""
    h = Household(state, app_date)
    at = d(app_date)
    last = R.choice(FAMILIES)
    if kind == "single_employee":
        f, l, b = adult(ADULT_F + ADULT_M, last, R.randint(22, 58), at)
        h.add(person(f, l, b, "applicant", [{"type": "employment", "grossMonthly": float(R.choice([1850, 2140.5, 2310, 2480, 1620]))}], EMPLOYEE))
        h.payslips(0)
    elif kind == "single_parent":
        f, l, b = adult(ADULT_F, last, R.randint(26, 44), at)
        h.add(person(f, l, b, "applicant", [{"type": "employment", "grossMonthly": float(R.choice([1280, 1450.75, 1690, 980]))},
                                            {"type": "maintenance", "grossMonthly": float(R.choice([312, 355, 480]))}], EMPLOYEE))
        h.payslips(0)
        for _ in range(R.randint(1, 3)):
            h.add(person(R.choice(CHILDREN), l, iso(birth_for_age(R.randint(1, 15), at)), "child"))
    elif kind == "couple_kids":
        f, l, b = adult(ADULT_M, last, R.randint(30, 48), at)
        h.add(person(f, l, b, "applicant", [{"type": "employment", "grossMonthly": float(R.choice([2650, 2890.4, 3010, 2420]))}], EMPLOYEE))
        h.payslips(0)
        h.add(person(R.choice(ADULT_F), l, iso(birth_for_age(R.randint(28, 45), at)), "partner",
                     [{"type": "employment", "grossMonthly": 538.0}], MINIJOB))
        h.payslips(1, months=R.randint(1, 3), drift=0)
        for _ in range(R.randint(1, 3)):
            h.add(person(R.choice(CHILDREN), l, iso(birth_for_age(R.randint(0, 16), at)), "child"))
    elif kind == "pensioner":
        first, _ = R.choice(SENIORS)
        h.add(person(first, last, iso(birth_for_age(R.randint(67, 88), at)), "applicant",
                     [{"type": "pension", "grossMonthly": float(R.choice([1120.3, 1245, 1389.9, 980.5]))}], PENSIONER))
        h.documents.append(rentenbescheid("%s %s" % (first, last), "%d-07-0%d" % (at.year if at.month > 7 else at.year - 1, R.randint(1, 9)),
                                          "%d-07-01" % (at.year if at.month > 7 else at.year - 1), h.members[0]["incomes"][0]["grossMonthly"]))
        if R.random() < 0.5:
            (first2, _) = R.choice(SENIORS)
            h.add(person(first2, last, iso(birth_for_age(R.randint(66, 85), at)), "partner",
                         [{"type": "pension", "grossMonthly": float(R.choice([640.1, 712, 820]))}], PENSIONER))
            h.documents.append(rentenbescheid("%s %s" % (first2, last), h.documents[0]["fields"]["issueDate"]
                                              if not isinstance(h.documents[0]["fields"]["issueDate"], dict)
                                              else h.documents[0]["fields"]["issueDate"]["value"],
                                              "%d-07-01" % (at.year if at.month > 7 else at.year - 1), h.members[1]["incomes"][0]["grossMonthly"]))
    elif kind == "buergergeld_family":
        f, l, b = adult(ADULT_F + ADULT_M, last, R.randint(25, 50), at)
        h.add(person(f, l, b, "applicant", [{"type": "buergergeld", "grossMonthly": float(R.choice([1420, 1655.2, 1890]))}], NONE))
        start = at - timedelta(days=R.randint(30, 200))
        h.documents.append(bescheid("buergergeld_bescheid", "%s %s" % (f, l), "%05dBG%07d" % (R.choice([26101, 34101]), R.randint(10 ** 6, 10 ** 7 - 1)),
                                    iso(start - timedelta(days=12)), iso(start.replace(day=1)), iso((start.replace(day=1) + timedelta(days=366)).replace(day=1) - timedelta(days=1)),
                                    h.members[0]["incomes"][0]["grossMonthly"], "Jobcenter " + h.address["city"]))
        for _ in range(R.randint(1, 4)):
            h.add(person(R.choice(CHILDREN), l, iso(birth_for_age(R.randint(0, 16), at)), "child"))
    elif kind == "student":
        f, l, b = adult(ADULT_F + ADULT_M, last, R.randint(19, 27), at)
        h.add(person(f, l, b, "applicant", [{"type": "student_aid", "grossMonthly": 855.0},
                                            {"type": "employment", "grossMonthly": 520.0}], NONE))
        h.payslips(0, months=2, drift=0)
    elif kind == "disabled_pension":
        f, l, b = adult(ADULT_F + ADULT_M, last, R.randint(40, 62), at)
        h.add(person(f, l, b, "applicant", [{"type": "pension", "grossMonthly": float(R.choice([1010.44, 1180, 1312.6]))}], PENSIONER, disabled=True))
        h.documents.append(rentenbescheid("%s %s" % (f, l), iso(at - timedelta(days=R.randint(20, 150))),
                                          iso(at - timedelta(days=R.randint(200, 900))), h.members[0]["incomes"][0]["grossMonthly"]))
        h.documents.append(other("Schwerbehindertenausweis.jpg"))
    elif kind == "patchwork":
        f, l, b = adult(ADULT_F, last, R.randint(30, 44), at)
        h.add(person(f, l, b, "applicant", [{"type": "employment", "grossMonthly": float(R.choice([1720, 1905.3, 2050]))}], EMPLOYEE))
        h.payslips(0)
        partner_last = R.choice([x for x in FAMILIES if x != l])
        h.add(person(R.choice(ADULT_M), partner_last, iso(birth_for_age(R.randint(32, 50), at)), "partner",
                     [{"type": "employment", "grossMonthly": float(R.choice([2210, 2380.5, 1990]))}], EMPLOYEE))
        h.payslips(1)
        h.add(person(R.choice(CHILDREN), l, iso(birth_for_age(R.randint(6, 15), at)), "child"))
        h.add(person(R.choice(CHILDREN), partner_last, iso(birth_for_age(R.randint(3, 14), at)), "child"))
        h.add(person(R.choice(CHILDREN), partner_last, iso(birth_for_age(R.randint(0, 2), at)), "child"))
    elif kind == "young_couple":
        f, l, b = adult(ADULT_F, last, R.randint(23, 33), at)
        h.add(person(f, l, b, "applicant", [{"type": "employment", "grossMonthly": float(R.choice([1980, 2100, 2230.8]))}], EMPLOYEE))
        h.payslips(0)
        h.add(person(R.choice(ADULT_M), l, iso(birth_for_age(R.randint(24, 35), at)), "partner",
                     [{"type": "employment", "grossMonthly": float(R.choice([1450, 1620.2]))}], EMPLOYEE))
        h.payslips(1)
        h.marriage = iso(at - timedelta(days=R.randint(200, 1200)))
    elif kind == "pregnant_single":
        f, l, b = adult(ADULT_F, last, R.randint(21, 36), at)
        h.add(person(f, l, b, "applicant", [{"type": "employment", "grossMonthly": float(R.choice([1540, 1725.5]))}], EMPLOYEE, pregnant=True))
        h.payslips(0)
        h.documents.append(other("Mutterpass.jpg"))
    elif kind == "three_generations":
        f, l, b = adult(ADULT_F + ADULT_M, last, R.randint(35, 50), at)
        h.add(person(f, l, b, "applicant", [{"type": "employment", "grossMonthly": float(R.choice([2310, 2575]))}], EMPLOYEE))
        h.payslips(0)
        first, _ = R.choice(SENIORS)
        h.add(person(first, l, iso(birth_for_age(R.randint(68, 84), at)), "relative",
                     [{"type": "pension", "grossMonthly": float(R.choice([820.6, 905]))}], PENSIONER))
        h.documents.append(rentenbescheid("%s %s" % (first, l), iso(at - timedelta(days=R.randint(15, 160))), "2019-04-01",
                                          h.members[1]["incomes"][0]["grossMonthly"]))
        h.add(person(R.choice(CHILDREN), l, iso(birth_for_age(R.randint(4, 12), at)), "child"))
    elif kind == "sozialhilfe_senior":
        first, _ = R.choice(SENIORS)
        h.add(person(first, last, iso(birth_for_age(R.randint(66, 80), at)), "applicant",
                     [{"type": "pension", "grossMonthly": 412.5}, {"type": "sozialhilfe", "grossMonthly": 690.0}], PENSIONER))
        h.documents.append(rentenbescheid("%s %s" % (first, last), iso(at - timedelta(days=R.randint(15, 160))), "2021-09-01", 412.5))
        h.documents.append(other("Bescheid_Grundsicherung.pdf"))
    elif kind == "self_employed":
        f, l, b = adult(ADULT_M + ADULT_F, last, R.randint(30, 55), at)
        h.add(person(f, l, b, "applicant", [{"type": "self_employment", "grossMonthly": float(R.choice([1400, 1650]))}],
                     {"incomeTax": True, "healthInsurance": True, "pensionInsurance": False}))
        h.documents.append(other("Einkommensteuerbescheid_2025.pdf"))
    elif kind == "unemployed":
        f, l, b = adult(ADULT_M + ADULT_F, last, R.randint(30, 60), at)
        h.add(person(f, l, b, "applicant", [{"type": "unemployment_benefit", "grossMonthly": 1215.0}], NONE))
        h.documents.append(other("Bescheid_Arbeitslosengeld.pdf"))
    else:
        raise ValueError(kind)
    return h


KINDS = ["single_employee", "single_parent", "couple_kids", "pensioner", "buergergeld_family", "student",
         "disabled_pension", "patchwork", "young_couple", "pregnant_single", "three_generations",
         "sozialhilfe_senior", "self_employed", "unemployed"]

# kinds whose every earner has a typed income proof (payslip / rentenbescheid / buergergeld_bescheid)
FULLY_PROVEN = {"single_employee", "single_parent", "couple_kids", "pensioner", "buergergeld_family", "student",
                "disabled_pension", "patchwork", "young_couple", "pregnant_single", "three_generations"}


def with_extras(h):
    """Realistic extras on clean files: an ID copy, a matching Meldebescheinigung or Mietvertrag."""
    a = h.members[0]
    roll = R.random()
    if roll < 0.3:
        street = h.address["street"]
        if R.random() < 0.5 and street.endswith("straße"):
            street = street[:-6] + "str."
        h.documents.append(meldebescheinigung(("%s %s" % (a["firstName"], a["lastName"])).upper() if R.random() < 0.3 else
                                              "%s %s" % (a["firstName"], a["lastName"]), a["birthDate"], street,
                                              h.address["houseNumber"].upper(), h.address["postalCode"], h.address["city"],
                                              "2021-04-01", iso(d(h.app_date) - timedelta(days=R.randint(3, 60)))))
    elif roll < 0.5:
        h.documents.append(mietvertrag("%s %s" % (a["firstName"], a["lastName"]), h.address["street"], h.address["houseNumber"],
                                       h.address["postalCode"], h.address["city"], 61.0, 2, 455.5, "2019-03-01"))
    if R.random() < 0.3:
        h.documents.append(other("Personalausweis.jpg"))
    return h


def clean_expectation(h):
    allow = []
    lim = limit_expectation(h)
    expect = ["INCOME_ABOVE_LIMIT"] if lim == "expect" else []
    if lim == "allow":
        allow.append("INCOME_ABOVE_LIMIT")
    return expect, allow


def copy_household(h):
    return copy.deepcopy(h)
