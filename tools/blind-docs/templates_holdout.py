"""Held-out templates written after the extraction fixes, only measured (never tuned on): new wordings per type."""
from pdfwriter import Page
from templates import person, addr, money, d, iban, spaced, MONTHS, SCHOOLS, BANKS


def h_payslip(rng):
    f, l = person(rng); st, no, plz, city = addr(rng); m = rng.randint(1, 12)
    gross = round(rng.uniform(1200, 3500), 2); net = round(gross * 0.69, 2)
    p = Page(); p.text(50, 45, "Tischlerei Vogt GmbH", "HB", 12)
    p.lines(50, 100, ["Herrn/Frau", f"{f} {l}", f"{st} {no}", f"{plz} {city}"], "H", 10)
    p.text(50, 190, f"Abrechnung der Brutto/Netto-Bezüge für {MONTHS[m-1]} 2026", "HB", 11)
    p.lines(50, 215, [f"Bruttoentgelt            {money(gross)}", f"Steuerrechtliche Abzüge   {money(gross*0.1)}",
                      f"SV-rechtliche Abzüge      {money(gross*0.21)}", f"Gesetzliches Netto        {money(net)}",
                      f"Überweisungsbetrag        {money(net)}", "", "Jahreswerte kumuliert",
                      f"Bruttoentgelt            {money(gross*m)}", f"Gesetzliches Netto        {money(net*m)}"], "C", 10)
    return [p], {"docType": "payslip", "employeeName": f"{f} {l}", "employerName": "Tischlerei Vogt GmbH", "payPeriod": f"2026-{m:02d}", "grossPay": gross, "netPay": net}


def h_bg(rng):
    f, l = person(rng); case = f"{rng.randint(10000,99999)}BG{rng.randint(0,9999999):07d}"; amt = round(rng.uniform(600, 1800), 2)
    p = Page(); p.text(50, 45, "Jobcenter Landkreis Osnabrück", "TB", 12)
    p.lines(50, 100, [f"Frau {f} {l}", "Am Markt 3", "49074 Osnabrück"], "T", 10.5)
    p.lines(50, 170, ["Weiterbewilligungsbescheid", f"Aktenzeichen: {case}", "Datum des Bescheides: 14.04.2026",
                      "Leistungszeitraum: 01.05.2026 – 30.04.2027", f"Gesamtanspruch monatlich: {money(amt)} €",
                      "davon Regelbedarf: 563,00 €"], "T", 10.5)
    return [p], {"docType": "buergergeld_bescheid", "recipientName": f"{f} {l}", "authority": "Jobcenter Landkreis Osnabrück", "caseNumber": case,
                 "issueDate": "2026-04-14", "validFrom": "2026-05-01", "validTo": "2027-04-30", "monthlyAmount": amt}


def h_wg(rng):
    f, l = person(rng); amt = float(rng.randint(80, 400))
    p = Page(); p.text(50, 45, "Stadt Wilhelmshaven", "HB", 12); p.text(50, 60, "Fachbereich Soziales - Wohngeld", "H", 9)
    p.lines(50, 100, ["Herrn", f"{f} {l}", "Marktstraße 4", "26382 Wilhelmshaven"], "H", 10)
    p.lines(50, 180, ["Az.: 50.3-WG-1234", "Wilhelmshaven, 02.09.2026", "", "Bewilligung von Wohngeld",
                      f"Höhe des Wohngeldes: {money(amt)} € monatlich", "Zeitraum: vom 01.10.2026 bis zum 30.09.2027"], "H", 10)
    return [p], {"docType": "wohngeld_bescheid", "recipientName": f"{f} {l}", "authority": "Stadt Wilhelmshaven", "caseNumber": "50.3-WG-1234",
                 "issueDate": "2026-09-02", "validFrom": "2026-10-01", "validTo": "2027-09-30", "monthlyAmount": amt}


def h_kiz(rng):
    f, l = person(rng); case = f"{rng.randint(100,999)}FK{rng.randint(0,999999):06d}"
    p = Page(); p.text(50, 45, "Familienkasse Hessen", "HB", 12)
    p.lines(50, 100, ["Frau", f"{f} {l}", "Lindenweg 2", "34117 Kassel"], "H", 10)
    p.lines(360, 100, ["Kindergeldnummer", case, "Datum 20.10.2026"], "H", 9)
    p.lines(50, 200, ["Bescheid über Kinderzuschlag", "Festsetzungszeitraum: 01.11.2026 - 30.04.2027",
                      "Kinderzuschlag je Kind: 297,00 EUR", "Kinderzuschlag insgesamt: 891,00 EUR"], "H", 10)
    return [p], {"docType": "kinderzuschlag_bescheid", "recipientName": f"{f} {l}", "caseNumber": case, "issueDate": "2026-10-20",
                 "validFrom": "2026-11-01", "validTo": "2027-04-30", "monthlyAmount": 891.0}


def h_melde(rng):
    f, l = person(rng)
    p = Page(); p.text(50, 45, "Stadt Göttingen - Bürgerdienste", "TB", 12)
    p.lines(50, 100, ["Meldebescheinigung", f"Name, Vorname: {l}, {f}", "Tag der Geburt: 12.12.1979",
                      "gemeldet in: Weender Landstraße 61, 37075 Göttingen", "wohnhaft seit: 15.03.2019", "Göttingen, den 08.10.2026"], "T", 11)
    return [p], {"docType": "meldebescheinigung", "personName": f"{f} {l}", "birthDate": "1979-12-12", "street": "Weender Landstraße", "houseNumber": "61",
                 "postalCode": "37075", "city": "Göttingen", "moveInDate": "2019-03-15", "issueDate": "2026-10-08"}


def h_konto(rng):
    f, l = person(rng); ib = iban(rng); bank = rng.choice(BANKS)
    p = Page(); p.text(50, 45, bank, "HB", 12)
    p.lines(50, 90, [f"Auszug 7 vom 31.07.2026", f"Kontoinhaber/in: {f} {l}", f"Konto-Nr./IBAN: {spaced(ib)}",
                     "Buchung  Valuta  Vorgang  Betrag", "03.07. 03.07. Gehalt Juli 1.820,00", "05.07. 05.07. Miete Juli -610,00"], "H", 10)
    return [p], {"docType": "kontoauszug", "accountHolder": f"{f} {l}", "iban": ib, "bankName": bank, "statementDate": "2026-07-31"}


def h_trip(rng):
    f, l = person(rng); school = rng.choice(SCHOOLS)
    p = Page(); p.text(50, 45, school, "HB", 12)
    p.lines(50, 100, ["Schulfahrt nach Bremerhaven vom 12. bis 14. Mai 2027", f"Name des Schülers/der Schülerin: {f} {l}",
                      "Kostenbeitrag: 95,00 EUR", "Taschengeld: höchstens 20,00 EUR"], "H", 10)
    return [p], {"docType": "fahrt_bestaetigung", "childName": f"{f} {l}", "schoolName": school, "destination": "Bremerhaven",
                 "startDate": "2027-05-12", "endDate": "2027-05-14", "cost": 95.0}


def h_mensa(rng):
    f, l = person(rng); ib = iban(rng)
    p = Page(); p.text(50, 45, "Frischküche Nord GmbH", "HB", 12)
    p.lines(50, 100, ["Verpflegungsvertrag Schulmittagessen", f"Kind: {f} {l}", "Schule: Oberschule Ofenerdiek",
                      "Einzelpreis pro Mittagessen: 3,65 €", "Vertragsbeginn: 01.02.2027", f"IBAN des Caterers: {spaced(ib)}"], "H", 10)
    return [p], {"docType": "mittagessen_bestaetigung", "childName": f"{f} {l}", "institutionName": "Oberschule Ofenerdiek",
                 "providerName": "Frischküche Nord GmbH", "providerIban": ib, "pricePerMeal": 3.65, "startDate": "2027-02-01"}


def h_school(rng):
    f, l = person(rng)
    p = Page(); p.text(50, 45, "Gymnasium Eversten", "TB", 12)
    p.lines(50, 100, ["Bescheinigung über den Schulbesuch", f"Vor- und Zuname: {f} {l}", "geb. am 03.03.2012",
                      "besucht im Schuljahr 2026/2027 die Klasse 9c.", "Oldenburg, 01.09.2026"], "T", 11)
    return [p], {"docType": "schulbescheinigung", "studentName": f"{f} {l}", "studentBirthDate": "2012-03-03", "schoolName": "Gymnasium Eversten",
                 "schoolYear": "2026/2027", "issueDate": "2026-09-01"}


def h_miete(rng):
    tf, tl = person(rng); lf, ll = person(rng)
    p = Page(); p.text(50, 45, "Mietvertrag über Wohnraum", "HB", 13)
    p.lines(50, 90, [f"Vermieter: {lf} {ll}", f"Mieterin: {tf} {tl}", "Mietobjekt: Ofener Straße 17, 26121 Oldenburg",
                     "Fläche ca. 54 m², Zimmeranzahl: 2", "Nettokaltmiete monatlich: 455,00 EUR", "Betriebskosten: 120,00 EUR",
                     "Mietbeginn: 15.01.2027"], "H", 10)
    return [p], {"docType": "mietvertrag", "tenantName": f"{tf} {tl}", "landlordName": f"{lf} {ll}", "street": "Ofener Straße", "houseNumber": "17",
                 "postalCode": "26121", "city": "Oldenburg", "livingSpace": 54, "rooms": 2, "baseRent": 455.0, "utilities": 120.0, "startDate": "2027-01-15"}


TEMPLATES = [h_payslip, h_bg, h_wg, h_kiz, h_melde, h_konto, h_trip, h_mensa, h_school, h_miete]
