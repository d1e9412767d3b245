"""Second batch of review6 (written after the first-sight run, still before reading rules.json or the checks code
except IncomeChecks/Payslips): spelling and shape variants a caseworker meets every day. Names start with "v-"."""
from datetime import timedelta
from people import R, d, iso, shift_year, iban, break_iban, payslip, meldebescheinigung, mietvertrag, month_minus, other
import wbs_cases as W


def run(g):
    """g: the generator module (add, add_wbs, add_but, but_family, finish, set_value, value, payslip_docs)."""
    names(g)
    addresses(g)
    incomes(g)
    households(g)
    but(g)


def single(g, state="NI", gross=2150.0):
    h = W.Household(state, R.choice(W.APP_DATES))
    at = d(h.app_date)
    h.add(W.person(R.choice(W.ADULT_F), R.choice(W.FAMILIES), iso(W.birth_for_age(R.randint(25, 50), at)), "applicant",
                   [{"type": "employment", "grossMonthly": gross}], dict(W.EMPLOYEE)))
    h.payslips(0)
    return h


def rename_slips(g, h, printed):
    for doc in h.documents:
        if doc["docType"] == "payslip":
            g.set_value(doc, "employeeName", printed)


def names(g):
    variants = [  # (form first, form last, printed on the payslip, expected)
        ("Mehmet Ali", "Demir", "Mehmet Ali Demir", []),
        ("Mehmet", "Demir", "Mehmet Ali Demir", []),            # second given name only on the document
        ("Anna", "Schmidt-Weber", "Anna Schmidt-Weber", []),
        ("Anna", "Schmidt-Weber", "Anna Schmidt", []),          # one part of a double name (A7)
        ("Hiba", "Al-Hassan", "Hiba Al Hassan", []),
        ("Hiba", "Al-Hassan", "Hiba Alhassan", []),
        ("Ayşe", "Yılmaz", "Ayse Yilmaz", []),
        ("Jürgen", "Großmann", "JUERGEN GROSSMANN", []),
        ("Sabine", "Hoffmann", "Dr. Sabine Hoffmann", []),
        ("Sabine", "Hoffmann", "Frau Sabine Hoffmann", []),
        ("Sabine", "Hoffmann", "Sabine Hofmann", ["NAME_MISMATCH"]),     # one letter: the caseworker asks
        ("Sabine", "Hoffmann", "Sandra Hoffmann", ["NAME_MISMATCH"]),    # other first name: other person
        ("Katarzyna", "Wiśniewska", "Katarzyna Wisniewska", None),      # Polish diacritics dropped: open
    ]
    for k, (first, last, printed, expect) in enumerate(variants):
        h = single(g)
        h.members[0]["firstName"], h.members[0]["lastName"] = first, last
        rename_slips(g, h, printed)
        if expect is None:
            g.add_wbs("v-name-%02d-open" % k, "single_employee", h, allow=["NAME_MISMATCH", "MISSING_DOCUMENT", "INCOME_MISMATCH"])
        else:
            g.add_wbs("v-name-%02d%s" % (k, "-differs" if expect else "-clean"), "single_employee", h, expect,
                      allow=["MISSING_DOCUMENT", "INCOME_MISMATCH"] if expect else [],
                      paths=["documents[0]"] if expect else [])


def addresses(g):
    variants = [  # (form street, form no, form plz, form city, doc street, doc no, doc plz, doc city, expected)
        ("Donnerschweer Straße", "12a", "26123", "Oldenburg", "Donnerschweer Str.", "12 a", "26123", "Oldenburg", []),
        ("Donnerschweer Straße", "12a", "26123", "Oldenburg", "Donnerschweer Strasse", "12A", "26123", "Oldenburg (Oldb)", []),
        ("Ofener Straße", "7", "26121", "Oldenburg", "Ofenerstraße", "7", "26121", "Oldenburg", []),
        ("Wilhelmshöher Allee", "118", "34119", "Kassel", "WILHELMSHOEHER ALLEE", "118", "34119", "KASSEL", []),
        ("Friedrich-Ebert-Straße", "45", "34117", "Kassel", "Friedrich Ebert Str.", "45", "34117", "Kassel", []),
        ("Bremer Straße", "22", "26135", "Oldenburg", "Bremer Heerstraße", "22", "26135", "Oldenburg", ["ADDRESS_MISMATCH"]),
        ("Bremer Straße", "22", "26135", "Oldenburg", "Bremer Straße", "27", "26135", "Oldenburg", ["ADDRESS_MISMATCH"]),
        ("Leipziger Straße", "3", "34123", "Kassel", "Leipziger Straße", "3", "34123", "Kaufungen", ["ADDRESS_MISMATCH"]),
        ("Leipziger Straße", "3", "34123", "Kassel", "Leipziger Straße", "3", "34260", "Kaufungen", ["ADDRESS_MISMATCH"]),
    ]
    for k, (st, no, plz, city, dst, dno, dplz, dcity, expect) in enumerate(variants):
        h = single(g, "NI" if city == "Oldenburg" else "HE")
        h.address = {"street": st, "houseNumber": no, "postalCode": plz, "city": city}
        a = h.members[0]
        if k % 2:
            h.documents.append(meldebescheinigung("%s %s" % (a["firstName"], a["lastName"]), a["birthDate"], dst, dno, dplz, dcity,
                                                  "2022-06-01", iso(d(h.app_date) - timedelta(days=14))))
        else:
            h.documents.append(mietvertrag("%s %s" % (a["firstName"], a["lastName"]), dst, dno, dplz, dcity, 48.5, 2, 430.0, "2020-01-01"))
        g.add_wbs("v-address-%02d%s" % (k, "-differs" if expect else "-clean"), "single_employee", h, expect,
                  {"ADDRESS_MISMATCH": "warning"} if expect else None, paths=["documents[%d]" % (len(h.documents) - 1)] if expect else [])


def incomes(g):
    # two concurrent jobs, both declared, both with payslips of the same months
    h = single(g, gross=1620.0)
    h.members[0]["incomes"].append({"type": "employment", "grossMonthly": 538.0})
    for back in (1, 2, 3):
        h.documents.append(payslip("%s %s" % (h.members[0]["firstName"], h.members[0]["lastName"]), "Reinigungsservice Blitzblank GmbH",
                                   month_minus(d(h.app_date), back), 538.0))
    g.add_wbs("v-income-two-jobs-clean", "single_employee", h)
    # payslips 4-5 months old: still within 6 months
    h = single(g)
    for i, doc in enumerate(h.documents):
        g.set_value(doc, "payPeriod", month_minus(d(h.app_date), 3 + i))
    g.add_wbs("v-income-payslips-five-months-clean", "single_employee", h)
    # November payslip with Weihnachtsgeld: one-off, the contract leaves it open
    h = single(g, gross=2400.0)
    g.set_value(h.documents[0], "grossPay", 4400.0)
    g.add_wbs("v-income-christmas-bonus-open", "single_employee", h, allow=["INCOME_MISMATCH"])
    # a job started last month: only one payslip, recent
    h = single(g)
    h.documents = h.documents[:1]
    g.add_wbs("v-income-single-recent-payslip-clean", "single_employee", h)
    # stated 12 % below every payslip
    h = single(g, gross=2000.0)
    for doc in h.documents:
        g.set_value(doc, "grossPay", 2280.0)
    g.add_wbs("v-income-12-percent-off", "single_employee", h, ["INCOME_MISMATCH"], {"INCOME_MISMATCH": "warning"},
              paths=["household.members[0]", "documents[0]"])
    # a 17-year-old apprentice with training pay and payslips: proof present, clean
    h = single(g)
    at = d(h.app_date)
    h.add(W.person(R.choice(W.CHILDREN), h.members[0]["lastName"], iso(W.birth_for_age(17, at, spread=100)), "child",
                   [{"type": "employment", "grossMonthly": 920.0}], dict(W.EMPLOYEE)))
    h.payslips(1)
    g.add_wbs("v-income-apprentice-child-clean", "single_parent", h)
    # payslips without the employee name (cut off on the photo): belong to the only earner
    h = single(g)
    for doc in h.documents:
        doc["fields"].pop("employeeName")
    g.add_wbs("v-income-payslip-without-name-clean", "single_employee", h)


def households(g):
    at_date = R.choice(W.APP_DATES)
    at = d(at_date)
    # twins: same birth date, other first names
    h = W.Household("NI", at_date)
    last = R.choice(W.FAMILIES)
    h.add(W.person("Olena", last, iso(W.birth_for_age(34, at)), "applicant", [{"type": "buergergeld", "grossMonthly": 1510.0}],
                   dict(W.NONE)))
    twins = iso(W.birth_for_age(7, at))
    h.add(W.person("Maksym", last, twins, "child"))
    h.add(W.person("Mila", last, twins, "child"))
    g.add_wbs("v-household-twins-clean", "buergergeld_family", h, allow=["MISSING_DOCUMENT"])
    # father and son with the same name, other birth dates
    h = W.Household("HE", at_date)
    h.add(W.person("Mehmet", "Kaya", iso(W.birth_for_age(48, at)), "applicant", [{"type": "employment", "grossMonthly": 2310.0}],
                   dict(W.EMPLOYEE)))
    h.payslips(0)
    h.add(W.person("Mehmet", "Kaya", iso(W.birth_for_age(19, at)), "child", [{"type": "student_aid", "grossMonthly": 633.0}]))
    g.add_wbs("v-household-namesakes-clean", "couple_kids", h)
    # the same child twice, once with the umlaut written out
    h = W.Household("NI", at_date)
    h.add(W.person("Jördis", "Böhm", iso(W.birth_for_age(31, at)), "applicant", [{"type": "buergergeld", "grossMonthly": 1380.0}],
                   dict(W.NONE)))
    kid = iso(W.birth_for_age(5, at))
    h.add(W.person("Jürgen", "Böhm", kid, "child"))
    h.add(W.person("Juergen", "Boehm", kid, "child"))
    g.add_wbs("v-household-duplicate-spelled-twice", "buergergeld_family", h, ["DUPLICATE_PERSON"], {"DUPLICATE_PERSON": "error"},
              allow=["MISSING_DOCUMENT"], paths=["household.members[2]"])
    # a foster child (relation other) and a grandmother: size counts all
    h = W.Household("HE", at_date)
    h.add(W.person("Birgit", "Lange", iso(W.birth_for_age(52, at)), "applicant", [{"type": "employment", "grossMonthly": 1890.0}],
                   dict(W.EMPLOYEE)))
    h.payslips(0)
    h.add(W.person("Amira", "Haddad", iso(W.birth_for_age(11, at)), "other"))
    g.add_wbs("v-household-foster-child-clean", "single_parent", h)
    # pregnant partner, unborn counted in size
    h = W.Household("NI", at_date)
    h.add(W.person("Tobias", "Eilers", iso(W.birth_for_age(29, at)), "applicant", [{"type": "employment", "grossMonthly": 2050.0}],
                   dict(W.EMPLOYEE)))
    h.payslips(0)
    h.add(W.person("Nicole", "Eilers", iso(W.birth_for_age(27, at)), "partner", pregnant=True))
    h.documents.append(other("Mutterpass_Seite2.jpg"))
    g.add_wbs("v-household-partner-pregnant-size-3-clean", "young_couple", h)
    g.FILES["v-household-partner-pregnant-size-3-clean"]["data"]["household"]["size"] = 3
    # applicant born 1900-01-01 (placeholder typed by the helper)
    h = single(g)
    h.members[0]["birthDate"] = "1900-01-01"
    g.add_wbs("v-household-placeholder-birth-1900", "single_employee", h, ["DATE_INVALID"], {"DATE_INVALID": "error"},
              paths=["household.members[0].birthDate"])


def but(g):
    lunch_or_trip = ["but-lunch", "but-trip"]
    for form in lunch_or_trip:
        short = "lunch" if form == "but-lunch" else "trip"
        import but_cases as B
        make = B.lunch if form == "but-lunch" else B.trip
        # Bescheid ends exactly on the last requested day
        f = g.but_family(form, basis="wohngeld", institution="school", age=9)
        f.attach_bescheid()
        s = make(f)
        if form == "but-lunch":
            s["period"]["to"] = iso(f.valid_to)
        else:
            s["trip"]["startDate"] = s["trip"]["endDate"] = iso(f.valid_to)
            s["trip"]["kind"] = "day_trip"
            g.set_value(f.documents[f.confirmation_index], "startDate", iso(f.valid_to))
            g.set_value(f.documents[f.confirmation_index], "endDate", iso(f.valid_to))
        g.add_but("v-%s-bescheid-ends-on-last-day-clean" % short, f, s)
        # child exactly 25 on the first requested day
        f = g.but_family(form, basis="wohngeld", institution="school", age=24)
        f, s = g.finish(f, make)
        first = s["period"]["from"] if form == "but-lunch" else s["trip"]["startDate"]
        f.child["birthDate"] = iso(shift_year(d(first), -25))
        g.add_but("v-%s-child-25-on-first-day" % short, f, s, ["CHILD_TOO_OLD"], {"CHILD_TOO_OLD": "error"},
                  allow=["BIRTHDATE_MISMATCH"], paths=["child.birthDate"])
        # child turns 25 the day after the first requested day
        f = g.but_family(form, basis="wohngeld", institution="school", age=24)
        f, s = g.finish(f, make)
        first = s["period"]["from"] if form == "but-lunch" else s["trip"]["startDate"]
        f.child["birthDate"] = iso(shift_year(d(first), -25) + timedelta(days=1))
        g.add_but("v-%s-child-25-day-after-start" % short, f, s, allow=["CHILD_TOO_OLD", "BIRTHDATE_MISMATCH"])
        # Austrian caterer / foreign school account: valid non-DE IBAN
        f = g.but_family(form, basis="kinderzuschlag")
        f, s = g.finish(f, make)
        key = "provider" if form == "but-lunch" else "payee"
        s[key]["iban"] = "AT611904300234573201"
        g.add_but("v-%s-austrian-iban-clean" % short, f, s)
        # DE IBAN one digit short
        f = g.but_family(form, basis="kinderzuschlag")
        f, s = g.finish(f, make)
        s[key]["iban"] = s[key]["iban"][:-1]
        g.add_but("v-%s-iban-one-digit-short" % short, f, s, ["IBAN_INVALID"], {"IBAN_INVALID": "error"}, paths=[key + ".iban"])
        # Bescheid names the other parent (same surname): open
        f = g.but_family(form, basis="wohngeld")
        f.attach_bescheid(name="%s %s" % (R.choice(W.ADULT_M), f.applicant["lastName"]))
        s = make(f)
        g.add_but("v-%s-bescheid-of-other-parent-open" % short, f, s, allow=["NAME_MISMATCH"])
        # Bescheid recipient printed in capitals with the umlaut written out
        f = g.but_family(form, basis="kinderzuschlag")
        f.applicant["lastName"] = "Krüger"
        f.attach_bescheid(name=("%s KRUEGER" % f.applicant["firstName"]).upper())
        s = make(f)
        g.add_but("v-%s-bescheid-name-capitals-clean" % short, f, s)
        # Bescheid field validTo not read (OCR): no finding can be decided
        f = g.but_family(form, basis="wohngeld")
        f, s = g.finish(f, make)
        f.documents[f.bescheid_index]["fields"].pop("validTo")
        g.add_but("v-%s-bescheid-end-not-read-clean" % short, f, s)
    # lunch requested from before the Bescheid starts (retroactive month): partial
    f = g.but_family("but-lunch", basis="wohngeld", institution="kita", age=4)
    f.attach_bescheid()
    s = B.lunch(f, period_from=f.valid_from - timedelta(days=31))
    g.add_but("v-lunch-starts-before-bescheid", f, s, ["BESCHEID_EXPIRED"], {"BESCHEID_EXPIRED": "warning"},
              paths=["documents[%d]" % f.bescheid_index])
    # Tagespflege child of one year, AsylbLG family with an "other" notice
    f = g.but_family("but-lunch", basis="asylbewerberleistungen", institution="tagespflege", age=1)
    f, s = g.finish(f, B.lunch)
    g.add_but("v-lunch-asylblg-tagespflege-clean", f, s)
    # class trip ending the same day it starts (one-night trip typed as class trip)
    f = g.but_family("but-trip", basis="wohngeld", institution="school", age=12)
    f.attach_bescheid()
    s = B.trip(f, kind="class_trip")
    s["trip"]["endDate"] = s["trip"]["startDate"]
    g.add_but("v-trip-class-trip-one-day-clean", f, s)
    # trip cost 0 (paid by the Förderverein) - no code applies
    f = g.but_family("but-trip", basis="kinderzuschlag", institution="kita", age=4)
    f.attach_bescheid()
    s = B.trip(f, kind="day_trip", cost=0.0)
    g.add_but("v-trip-cost-zero-clean", f, s)


def more(g):
    """Third batch (still before reading rules.json): robustness and cross-document cases."""
    import but_cases as B
    # impossible calendar date typed for a child
    h = W.scenario("single_parent", "NI", R.choice(W.APP_DATES))
    child = len(h.members) - 1
    g.add_wbs("v-date-february-30", "single_parent", h, ["DATE_INVALID"], {"DATE_INVALID": "error"},
              paths=["household.members[%d].birthDate" % child])
    h.members[child]["birthDate"] = "2016-02-30"   # the file shares the member objects
    # an unreadable upload: docType null with an error, nothing else wrong
    h = single(g)
    h.documents.append({"file": "IMG_20261102_0931.jpg", "docType": None, "pages": 0, "language": None, "ocr": True,
                        "fields": {}, "error": "image too dark to read"})
    g.add_wbs("v-doc-unreadable-upload-clean", "single_employee", h)
    # Meldebescheinigung of a child with the right address, and one of the partner with her own surname
    h = W.scenario("patchwork", "HE", R.choice(W.APP_DATES))
    for i in (1, 3):
        m = h.members[i]
        h.documents.append(meldebescheinigung("%s %s" % (m["firstName"], m["lastName"]), m["birthDate"], h.address["street"],
                                              h.address["houseNumber"], h.address["postalCode"], h.address["city"], "2023-03-01",
                                              iso(d(h.app_date) - timedelta(days=9))))
    g.add_wbs("v-meldebescheinigung-partner-and-child-clean", "patchwork", h)
    # Meldebescheinigung of a child with another birth date
    h = W.scenario("single_parent", "NI", R.choice(W.APP_DATES))
    m = h.members[1]
    b = d(m["birthDate"])
    h.documents.append(meldebescheinigung("%s %s" % (m["firstName"], m["lastName"]), iso(b - timedelta(days=31)),
                                          h.address["street"], h.address["houseNumber"], h.address["postalCode"], h.address["city"],
                                          "2023-03-01", iso(d(h.app_date) - timedelta(days=9))))
    g.add_wbs("v-meldebescheinigung-child-birthdate-differs", "single_parent", h, ["BIRTHDATE_MISMATCH"],
              paths=["documents[%d]" % (len(h.documents) - 1)])
    # postal code outside both cities (moved from Dresden, not yet re-registered): valid format
    h = single(g)
    h.address = {"street": "Königsbrücker Straße", "houseNumber": "15", "postalCode": "01099", "city": "Dresden"}
    g.add_wbs("v-address-dresden-leading-zero-clean", "single_employee", h)
    # Hessen single clearly above the limit
    h = single(g, state="HE", gross=3900.0)
    g.add_wbs("v-limit-hessen-single-above", "single_employee", h, ["INCOME_ABOVE_LIMIT"], {"INCOME_ABOVE_LIMIT": "warning"},
              paths=["household"])
    # NI single with disability: the 4,000 EUR allowance matters only near the limit; well below here
    h = single(g, gross=1900.0)
    h.members[0]["severelyDisabled"] = True
    h.documents.append(other("Schwerbehindertenausweis_Vorderseite.jpg"))
    g.add_wbs("v-limit-disabled-below-clean", "single_employee", h)
    # payslip with grossPay not read (OCR): nothing to compare
    h = single(g)
    for doc in h.documents:
        doc["fields"].pop("grossPay")
    g.add_wbs("v-income-gross-not-read-clean", "single_employee", h)
    for form in ("but-lunch", "but-trip"):
        short = "lunch" if form == "but-lunch" else "trip"
        make = B.lunch if form == "but-lunch" else B.trip
        # Jobcenter route without notice, but the typed validity ended before the requested period
        f = g.but_family(form, basis="buergergeld", institution="school", age=10)
        s = make(f)
        f.entitlement["validTo"] = iso(d(f.app_date) - timedelta(days=40))
        f.entitlement["validFrom"] = iso(d(f.app_date) - timedelta(days=40 + 364))
        g.add_but("v-%s-typed-validity-expired" % short, f, s, ["BESCHEID_EXPIRED"], {"BESCHEID_EXPIRED": "error"},
                  paths=["entitlement.validTo"])
        # unreadable upload next to a complete BuT application
        f = g.but_family(form, basis="wohngeld")
        f, s = g.finish(f, make)
        f.documents.append({"file": "scan2.pdf", "docType": None, "pages": 0, "fields": {}, "error": "not a PDF"})
        g.add_but("v-%s-unreadable-upload-clean" % short, f, s)
        # Schulbescheinigung with a second given name
        f = g.but_family(form, basis="kinderzuschlag", institution="school", age=16)
        f, s = g.finish(f, make, school=True)
        g.set_value(f.documents[f.school_index], "studentName", "%s Marie %s" % (f.child["firstName"], f.child["lastName"]))
        g.add_but("v-%s-school-certificate-second-given-name-clean" % short, f, s)
        # period end / trip start missing
        f = g.but_family(form, basis="wohngeld")
        f, s = g.finish(f, make)
        if form == "but-lunch":
            del s["period"]["to"]
            g.add_but("v-lunch-period-end-missing", f, s, ["MISSING_REQUIRED_FIELD"], {"MISSING_REQUIRED_FIELD": "error"},
                      paths=["period.to"], allow=["BESCHEID_EXPIRED"])
        else:
            del s["payee"]["iban"]
            g.add_but("v-trip-payee-iban-missing", f, s, ["MISSING_REQUIRED_FIELD"], {"MISSING_REQUIRED_FIELD": "error"},
                      paths=["payee.iban"])
        # child birth date typed with day and month swapped (Schulbescheinigung right)
        f = g.but_family(form, basis="wohngeld", institution="school", age=R.randint(15, 17))
        f.child["birthDate"] = "%d-03-07" % (d(f.app_date).year - 16)
        f, s = g.finish(f, make, school=True)
        g.set_value(f.documents[f.school_index], "studentBirthDate", "%d-07-03" % (d(f.app_date).year - 16))
        g.add_but("v-%s-birthdate-day-month-swapped" % short, f, s, ["BIRTHDATE_MISMATCH"], paths=["documents[%d]" % f.school_index])
    # lunch entirely in the past (retroactive), inside the Bescheid
    f = g.but_family("but-lunch", basis="wohngeld", institution="school", age=8)
    f.valid_from = d(f.app_date).replace(day=1) - timedelta(days=120)
    f.valid_from = f.valid_from.replace(day=1)
    f.entitlement["validFrom"] = iso(f.valid_from)
    f.attach_bescheid()
    s = B.lunch(f, period_from=f.valid_from, period_to=d(f.app_date).replace(day=1) - timedelta(days=1))
    g.add_but("v-lunch-retroactive-inside-bescheid-clean", f, s)


def concurrent(g):
    """Written after the two-jobs disagreement: how several payslips of one month must be read."""
    import copy
    # the same payslip uploaded twice (PDF and photo): one job, nothing to report
    h = single(g)
    h.documents.append(copy.deepcopy(h.documents[0]))
    h.documents[-1]["file"] = "IMG_payslip.jpg"
    g.add_wbs("v-income-same-payslip-uploaded-twice-clean", "single_employee", h)
    # main job and Minijob at two employers, both declared
    h = single(g, gross=1980.0)
    h.members[0]["incomes"].append({"type": "employment", "grossMonthly": 450.0})
    for back in (1, 2):
        h.documents.append(payslip("%s %s" % (h.members[0]["firstName"], h.members[0]["lastName"]), "Pizzeria Da Mario",
                                   month_minus(d(h.app_date), back), 450.0))
    g.add_wbs("v-income-main-job-and-minijob-clean", "single_employee", h)
    # two contracts with one employer (e.g. hospital: nursing + on-call service), both declared
    h = single(g, gross=1340.0)
    employer = g.value(h.documents[0], "employerName")
    h.members[0]["incomes"].append({"type": "employment", "grossMonthly": 610.0})
    for back in (1, 2, 3):
        h.documents.append(payslip("%s %s" % (h.members[0]["firstName"], h.members[0]["lastName"]), employer,
                                   month_minus(d(h.app_date), back), 610.0))
    g.add_wbs("v-income-two-contracts-one-employer-clean", "single_employee", h)
    # two jobs declared, only the main job's payslips attached: proof present, amount open
    h = single(g, gross=2010.0)
    h.members[0]["incomes"].append({"type": "employment", "grossMonthly": 520.0})
    g.add_wbs("v-income-second-job-payslip-missing-open", "single_employee", h, allow=["INCOME_MISMATCH", "MISSING_DOCUMENT"])
