"""Building blocks of the review6 set: people, addresses, IBANs and extracted documents as `extract` returns them."""
import random
from datetime import date, timedelta

R = random.Random(20261125)

OLDENBURG = [("Alexanderstraße", "26121"), ("Donnerschweer Straße", "26123"), ("Nadorster Straße", "26123"),
             ("Bloherfelder Straße", "26129"), ("Cloppenburger Straße", "26133"), ("Hauptstraße", "26122"),
             ("Ammerländer Heerstraße", "26129"), ("Bremer Straße", "26135"), ("Ofener Straße", "26121"),
             ("Brandsweg", "26131"), ("Sandkruger Straße", "26133"), ("Schützenhofstraße", "26135")]
KASSEL = [("Friedrich-Ebert-Straße", "34117"), ("Wilhelmshöher Allee", "34119"), ("Holländische Straße", "34127"),
          ("Leipziger Straße", "34123"), ("Frankfurter Straße", "34121"), ("Kölnische Straße", "34117"),
          ("Ihringshäuser Straße", "34125"), ("Weserstraße", "34125"), ("Brüder-Grimm-Platz", "34117"),
          ("Am Lindenberg", "34128"), ("Ludwig-Mond-Straße", "34121"), ("Schillerstraße", "34117")]

FAMILIES = ["Müller", "Schröder", "Demir", "Yılmaz", "Kowalski", "Nowak", "Al-Hassan", "Haddad", "Petrenko", "Kovalenko",
            "Ivanova", "Schmidt", "Weber", "Meyer", "Janßen", "Gerdes", "Öztürk", "Hoffmann", "Becker", "Rahimi",
            "Bauer", "Krüger", "Lange", "Böhm", "Mahmoud", "Fischer", "Wagner", "Schulz", "Hüsing", "Oltmanns",
            "Kaya", "Wiśniewska", "Abdi", "Hamidi", "Brandt", "Vogel", "Ahrens", "Eilers", "Tebbe", "Sauer"]
ADULT_F = ["Anna", "Sabine", "Fatma", "Ayşe", "Olena", "Marta", "Katarzyna", "Leyla", "Nadia", "Julia", "Jennifer",
           "Sandra", "Maryam", "Hiba", "Tetiana", "Svetlana", "Nicole", "Monika", "Zahra", "Birgit", "Jördis"]
ADULT_M = ["Thomas", "Mehmet", "Ali", "Andriy", "Piotr", "Mohammed", "Stefan", "Jürgen", "Dirk", "Serhiy", "Ahmad",
           "Kevin", "Sven", "Tobias", "Hasan", "Omid", "Dmytro", "Frank", "Jörg", "Reza"]
CHILDREN = ["Lena", "Mia", "Emir", "Elif", "Noah", "Ben", "Sofia", "Maksym", "Lina", "Yusuf", "Amira", "Paul",
            "Emma", "Leon", "Zeynep", "Mila", "Finn", "Hannah", "Adam", "Jonas", "Sara", "Oskar", "Luca", "Ida"]
SENIORS = [("Gisela", "f"), ("Helga", "f"), ("Ursula", "f"), ("Werner", "m"), ("Horst", "m"), ("Hildegard", "f"),
           ("Gerhard", "m"), ("Renate", "f"), ("Halyna", "f"), ("Mustafa", "m")]
EMPLOYERS = ["EWE AG", "Pflegedienst Sonnenschein GmbH", "Edeka Nordwest Markt Oldenburg", "Klinikum Kassel GmbH",
             "Volkswagen AG Werk Kassel", "Reinigungsservice Blitzblank GmbH", "Bäckerei Janßen KG", "CEWE Stiftung & Co. KGaA",
             "Lidl Vertriebs-GmbH & Co. KG", "DHL Hub Kassel", "Stadtwerke Oldenburg", "Spedition Meyer GmbH",
             "Hotel Wilhelmshöhe GmbH", "Pizzeria Da Mario", "Diakonie Kassel", "Zeitarbeit Nord GmbH"]


def d(s):
    return date.fromisoformat(s)


def shift_year(x, years):
    try:
        return x.replace(year=x.year + years)
    except ValueError:   # 29 February
        return x.replace(year=x.year + years, day=28)


def iso(x):
    return x.isoformat()


def age(birth, at):
    return at.year - birth.year - ((at.month, at.day) < (birth.month, birth.day))


def birth_for_age(years, at, spread=300):
    return at - timedelta(days=int(years * 365.25) + R.randint(10, spread))


def month_minus(day, months):
    y, m = day.year, day.month - months
    while m <= 0:
        m += 12
        y -= 1
    return "%04d-%02d" % (y, m)


def iban(blz=None, account=None):
    blz = blz or R.choice(["28050100", "28020050", "52050353", "52040021", "28090045", "50010517", "10010010"])
    account = account or "%010d" % R.randint(10 ** 7, 10 ** 10 - 1)
    bban = blz + account
    number = int(bban + "131400")  # D=13 E=14 + 00
    return "DE%02d%s" % (98 - number % 97, bban)


def break_iban(good):
    digits = list(good)
    i = R.randint(6, len(digits) - 1)
    digits[i] = str((int(digits[i]) + R.randint(1, 8)) % 10)
    return "".join(digits)


def money_de(x):
    s = "%.2f" % x
    whole, cents = s.split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ".".join(groups) + "," + cents


def date_de(s):
    y, m, dd = s.split("-")
    return "%s.%s.%s" % (dd, m, y)


def field(value, text, rich):
    """A field as extract writes it: sometimes a bare value, mostly with confidence and evidence."""
    if not rich:
        return value
    bbox = None if rich == "digital" else [R.randint(80, 1400), R.randint(120, 3000), R.randint(200, 900), R.randint(30, 60)]
    return {"value": value, "confidence": round(R.uniform(0.81, 0.99), 2),
            "evidence": {"page": 1, "text": text, "bbox": bbox}}


def printed(v):
    """How a value looks on paper: 09.06.2026, 2.345,67."""
    if isinstance(v, float):
        return money_de(v)
    if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-":
        return date_de(v)
    if isinstance(v, str) and len(v) == 7 and v[4] == "-":
        return v[5:] + "/" + v[:4]
    return str(v)


def document(file, doc_type, values, labels, pages=1):
    rich = R.choice(["digital", "scan", "photo", None])
    fields = {k: field(v, (labels.get(k, k) + " " + printed(v)).strip(), rich) for k, v in values.items() if v is not None}
    doc = {"file": file, "docType": doc_type, "fields": fields}
    if rich is not None:
        doc.update({"pages": pages, "language": "de", "ocr": rich != "digital", "error": None})
    return doc


def payslip(name, employer, period, gross, net=None):
    net = round(gross * R.uniform(0.62, 0.8), 2) if net is None else net
    return document("Gehaltsabrechnung_%s.pdf" % period, "payslip",
                    {"employeeName": name, "employerName": employer, "payPeriod": period, "grossPay": gross, "netPay": net},
                    {"employeeName": "Herrn/Frau", "employerName": "Arbeitgeber:", "payPeriod": "Abrechnung für",
                     "grossPay": "Gesamtbrutto", "netPay": "Auszahlungsbetrag"})


def bescheid(doc_type, name, case_number, issue, valid_from, valid_to, amount, authority):
    values = {"recipientName": name, "caseNumber": case_number, "issueDate": issue, "validFrom": valid_from,
              "validTo": valid_to, "monthlyAmount": amount}
    if doc_type != "kinderzuschlag_bescheid":
        values["authority"] = authority
    return document("Bescheid_%s.pdf" % doc_type.split("_")[0], doc_type, values,
                    {"recipientName": "Frau/Herrn", "caseNumber": "Aktenzeichen", "issueDate": "Datum",
                     "validFrom": "Bewilligungszeitraum vom", "validTo": "bis", "monthlyAmount": "monatlich"}, pages=3)


def rentenbescheid(name, issue, valid_from, gross):
    return document("Rentenanpassung.pdf", "rentenbescheid",
                    {"recipientName": name, "insuranceNumber": "%02d%06d%s%03d" % (R.randint(10, 65), R.randint(10 ** 5, 10 ** 6 - 1),
                                                                                   R.choice("ABKMSW"), R.randint(100, 999)),
                     "issueDate": issue, "validFrom": valid_from, "monthlyGross": gross,
                     "monthlyAmount": round(gross * 0.885, 2)},
                    {"recipientName": "Herrn/Frau", "insuranceNumber": "Versicherungsnummer", "issueDate": "Datum",
                     "validFrom": "ab", "monthlyGross": "Monatliche Rente (brutto)", "monthlyAmount": "Zahlbetrag"})


def meldebescheinigung(name, birth, street, number, plz, city, move_in, issue):
    return document("Meldebescheinigung.pdf", "meldebescheinigung",
                    {"personName": name, "birthDate": birth, "street": street, "houseNumber": number, "postalCode": plz,
                     "city": city, "moveInDate": move_in, "issueDate": issue},
                    {"personName": "Name", "birthDate": "Geburtsdatum", "street": "Anschrift", "houseNumber": "",
                     "postalCode": "", "city": "", "moveInDate": "eingezogen am", "issueDate": "Ausstellungsdatum"})


def mietvertrag(tenant, street, number, plz, city, space, rooms, rent, start):
    return document("Mietvertrag.pdf", "mietvertrag",
                    {"tenantName": tenant, "landlordName": R.choice(["GSG Oldenburg", "GWG der Stadt Kassel", "Vonovia SE",
                                                                      "Hausverwaltung Tebbe", "Herr Klaus Ahlers"]),
                     "street": street, "houseNumber": number, "postalCode": plz, "city": city, "livingSpace": space,
                     "rooms": rooms, "baseRent": rent, "utilities": round(rent * 0.3, 2), "startDate": start},
                    {"tenantName": "Mieter", "landlordName": "Vermieter", "street": "Wohnung in", "livingSpace": "Wohnfläche",
                     "rooms": "Zimmer", "baseRent": "Grundmiete", "utilities": "Nebenkosten", "startDate": "Mietbeginn"},
                    pages=8)


def schulbescheinigung(name, birth, school, year, issue):
    return document("Schulbescheinigung.pdf", "schulbescheinigung",
                    {"studentName": name, "studentBirthDate": birth, "schoolName": school, "schoolYear": year,
                     "issueDate": issue},
                    {"studentName": "Schüler/in", "studentBirthDate": "geboren am", "schoolName": "",
                     "schoolYear": "besucht im Schuljahr", "issueDate": "Datum"})


def mittagessen(child, institution, provider, provider_iban, price, start):
    return document("Anmeldung_Mittagessen.pdf", "mittagessen_bestaetigung",
                    {"childName": child, "institutionName": institution, "providerName": provider,
                     "providerIban": provider_iban, "pricePerMeal": price, "startDate": start},
                    {"childName": "Name des Kindes", "institutionName": "Schule/Kita", "providerName": "Essensanbieter",
                     "providerIban": "IBAN", "pricePerMeal": "Preis pro Essen", "startDate": "angemeldet ab"})


def fahrt(child, school, destination, start, end, cost):
    return document("Elternbrief_Klassenfahrt.pdf", "fahrt_bestaetigung",
                    {"childName": child, "schoolName": school, "destination": destination, "startDate": start,
                     "endDate": end, "cost": cost},
                    {"childName": "Schüler/in", "schoolName": "", "destination": "Ziel", "startDate": "vom",
                     "endDate": "bis", "cost": "Kosten pro Schüler/in"})


def kontoauszug(holder, account_iban, statement):
    return document("Kontoauszug.pdf", "kontoauszug",
                    {"accountHolder": holder, "iban": account_iban, "bankName": R.choice(["Landessparkasse zu Oldenburg",
                                                                                           "Kasseler Sparkasse", "Volksbank Kassel Göttingen", "Postbank"]),
                     "statementDate": statement},
                    {"accountHolder": "Kontoinhaber", "iban": "IBAN", "bankName": "", "statementDate": "Auszug vom"})


def other(file, error=None):
    doc = {"file": file, "docType": "other", "fields": {}}
    if error is not None or R.random() < 0.5:
        doc.update({"pages": 1, "language": "de", "ocr": True, "error": error})
    return doc
