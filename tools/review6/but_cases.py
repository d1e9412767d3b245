"""BuT lunch and trip applications of the review6 set."""
from datetime import timedelta
from people import (R, OLDENBURG, KASSEL, FAMILIES, ADULT_F, ADULT_M, CHILDREN, d, iso, birth_for_age, iban, bescheid,
                    schulbescheinigung, mittagessen, fahrt, kontoauszug, other)

SCHOOLS = {"Oldenburg": ["Grundschule Bürgeresch", "IGS Flötenteich", "Grundschule Kreyenbrück", "Oberschule Ofenerdiek",
                         "Gymnasium Eversten", "BBS Wechloy", "Helene-Lange-Schule", "Grundschule Haarentor"],
           "Kassel": ["Carl-Schomburg-Schule", "Herderschule", "Grundschule Am Wall", "Offene Schule Waldau",
                      "Wilhelmsgymnasium", "Oskar-von-Miller-Schule", "Georg-Christoph-Lichtenberg-Schule", "Heinrich-Schütz-Schule"]}
KITAS = {"Oldenburg": ["Kita Regenbogen", "Ev. Kindergarten St. Lamberti", "Kita Bloherfelde"],
         "Kassel": ["Kita Wirbelwind", "Kindertagesstätte Rothenditmold", "AWO Kita Nordstadt"]}
CATERERS = ["apetito catering", "Mensaverein der IGS e.V.", "Förderverein Grundschule e.V.", "Sodexo Services GmbH",
            "Küche & Co. Schulverpflegung", "Stadtkasse Kassel", "Kita-Träger AWO Nordhessen"]
AUTHORITY = {"wohngeld_bescheid": "Stadt {city} – Wohngeldstelle", "buergergeld_bescheid": "Jobcenter {city}",
             "kinderzuschlag_bescheid": "Familienkasse Niedersachsen-Bremen"}
DOC_OF = {"buergergeld": "buergergeld_bescheid", "wohngeld": "wohngeld_bescheid", "kinderzuschlag": "kinderzuschlag_bescheid"}


def case_number(basis, city):
    if basis == "buergergeld":
        return "%05dBG%07d" % (26101 if city == "Oldenburg" else 34101, R.randint(10 ** 6, 10 ** 7 - 1))
    if basis == "kinderzuschlag":
        return "%03dFK%06d" % (R.choice([515, 235, 145]), R.randint(10 ** 5, 10 ** 6 - 1))
    if basis == "wohngeld":
        return R.choice(["WG-", "50.2-", "Az. 64-"]) + "%06d" % R.randint(10 ** 5, 10 ** 6 - 1)
    return R.choice(["SH-", "AsylbLG ", "50.1/"]) + "%05d" % R.randint(10 ** 4, 10 ** 5 - 1)


class Family:
    """A BuT application under construction; `bescheid_index` etc. remember where documents sit."""

    def __init__(self, form, app_date, basis, child_age, institution):
        self.form = form
        self.app_date = app_date
        at = d(app_date)
        self.city = R.choice(["Oldenburg", "Kassel"])
        street, plz = R.choice(OLDENBURG if self.city == "Oldenburg" else KASSEL)
        last = R.choice(FAMILIES)
        parent_first = R.choice(ADULT_F + ADULT_M)
        self.applicant = {"firstName": parent_first, "lastName": last, "birthDate": iso(birth_for_age(R.randint(24, 52), at))}
        if R.random() < 0.8:
            self.applicant["phone"] = "0%s %07d" % ("441" if self.city == "Oldenburg" else "561", R.randint(10 ** 6, 10 ** 7 - 1))
        if R.random() < 0.5:
            self.applicant["email"] = "familie.%s@web.de" % R.randint(100, 999)
        self.address = {"street": street, "houseNumber": R.choice(["4", "17", "2c", "88", "31", "6"]), "postalCode": plz,
                        "city": self.city}
        child_last = last if R.random() < 0.8 else R.choice(FAMILIES)
        self.child = {"firstName": R.choice(CHILDREN), "lastName": child_last, "birthDate": iso(birth_for_age(child_age, at))}
        names = SCHOOLS[self.city] if institution in ("school", "hort") else KITAS[self.city]
        self.institution = {"type": institution, "name": R.choice(names) + (" – Hort" if institution == "hort" else ""),
                            "city": self.city}
        if institution == "tagespflege":
            self.institution["name"] = "Kindertagespflege " + R.choice(["Sonnenblume", "Frau Ahrens", "Kleine Strolche"])
        self.basis = basis
        self.valid_from = at.replace(day=1) - timedelta(days=R.choice([0, 31, 62, 92]))
        self.valid_from = self.valid_from.replace(day=1)
        months = 6 if basis == "kinderzuschlag" else 12
        end_month = self.valid_from.month + months
        year = self.valid_from.year + (end_month - 1) // 12
        self.valid_to = self.valid_from.replace(year=year, month=(end_month - 1) % 12 + 1) - timedelta(days=1)
        self.entitlement = {"basis": basis, "caseNumber": case_number(basis, self.city), "validFrom": iso(self.valid_from),
                            "validTo": iso(self.valid_to)}
        self.documents = []
        self.bescheid_index = None
        self.confirmation_index = None
        self.school_index = None
        self.data_extra = {}

    def parent_name(self):
        return "%s %s" % (self.applicant["firstName"], self.applicant["lastName"])

    def child_name(self):
        return "%s %s" % (self.child["firstName"], self.child["lastName"])

    def attach_bescheid(self, doc_type=None, valid_from=None, valid_to=None, name=None):
        doc_type = doc_type or DOC_OF.get(self.basis)
        if doc_type is None:   # Sozialhilfe / AsylbLG notices have no docType of their own
            self.documents.append(other("Bescheid_%s.pdf" % self.basis))
            return
        self.bescheid_index = len(self.documents)
        vf = valid_from or self.valid_from
        self.documents.append(bescheid(doc_type, name or self.parent_name(), self.entitlement["caseNumber"],
                                       iso(vf - timedelta(days=R.randint(5, 25))), iso(vf), iso(valid_to or self.valid_to),
                                       float(R.choice([245, 412.5, 1380.2, 292, 610])), AUTHORITY.get(doc_type, "").format(city=self.city)))

    def attach_school(self, year=None, name=None, birth=None):
        at = d(self.app_date)
        start_year = at.year if at.month >= 8 else at.year - 1
        self.school_index = len(self.documents)
        self.documents.append(schulbescheinigung(name or self.child_name(), birth or self.child["birthDate"],
                                                 self.institution["name"], year or "%d/%d" % (start_year, start_year + 1),
                                                 iso(at - timedelta(days=R.randint(5, 50)))))

    def application(self, specific):
        data = {"applicant": self.applicant, "address": self.address, "child": self.child, "institution": self.institution,
                "entitlement": self.entitlement}
        data.update(specific)
        data["consent"] = {"dataProcessing": True}
        return {"form": self.form, "applicationDate": self.app_date, "language": R.choice(["de", "de", "ar", "uk", "tr", "fa", "ru"]),
                "data": data, "documents": self.documents}


def lunch(family, period_from=None, period_to=None, provider_iban=None):
    at = d(family.app_date)
    pf = period_from or max(family.valid_from, (at + timedelta(days=R.randint(5, 30))).replace(day=1))
    pt = period_to or family.valid_to
    good_iban = iban()
    provider = {"name": R.choice(CATERERS), "iban": provider_iban or good_iban}
    if R.random() < 0.6:
        provider["customerNumber"] = "K-%05d" % R.randint(10 ** 4, 10 ** 5 - 1)
    family.confirmation_index = len(family.documents)
    family.documents.append(mittagessen(family.child_name(), family.institution["name"], provider["name"], good_iban,
                                        float(R.choice([3.2, 3.5, 3.9, 4.1, 4.5, 2.8])), iso(pf)))
    return {"provider": provider, "period": {"from": iso(pf), "to": iso(pt)}}


def trip(family, start=None, end=None, cost=None, kind=None, reimbursement=False):
    at = d(family.app_date)
    kind = kind or R.choice(["day_trip", "class_trip"])
    start = start or at + timedelta(days=R.randint(10, 120))
    if start > family.valid_to:
        start = family.valid_to - timedelta(days=10)
    if end is None:
        end = start if kind == "day_trip" else start + timedelta(days=R.randint(2, 4))
    cost = cost if cost is not None else (float(R.choice([12, 18.5, 25, 9.9])) if kind == "day_trip" else float(R.choice([189, 245.5, 312, 278, 420])))
    destination = R.choice(["Wangerooge", "Jugendherberge Bremen", "Zoo Osnabrück", "Berlin", "Harz (Torfhaus)",
                            "Edersee", "Jugendherberge Kassel", "Amsterdam", "Frankfurt Senckenberg-Museum", "Wilhelmshaven"])
    school_iban = iban()
    if reimbursement:
        payee = {"name": family.parent_name(), "iban": iban()}
        family.documents.append(kontoauszug(family.parent_name(), payee["iban"], iso(at - timedelta(days=3))))
        family.documents.append(other("Quittung_Schule.jpg"))
    else:
        payee = {"name": "Förderverein " + family.institution["name"] if R.random() < 0.5 else family.institution["name"],
                 "iban": school_iban}
    data_trip = {"kind": kind, "destination": destination, "startDate": iso(start), "cost": cost}
    if kind == "class_trip" or R.random() < 0.5:
        data_trip["endDate"] = iso(end)
    family.confirmation_index = len(family.documents)
    family.documents.append(fahrt(family.child_name(), family.institution["name"], destination, iso(start),
                                  iso(end), cost))
    return {"trip": data_trip, "payee": payee}
