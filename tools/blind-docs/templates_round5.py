"""Round-5 templates (written before any round-5 fix, first measured blind): new issuers and wordings, names with
letters outside German (Polish, Turkish, Spanish, French, Romanian, Czech), dot leaders in proportional type,
dates with month names, a period printed as a date range, amounts only in sentences."""
from pdfwriter import Page
from templates import money, d, iban, spaced, MONTHS, end_of_month

FIRST = ["Łukasz", "Ayşe", "Çağrı", "Małgorzata", "José", "Hélène", "Şükrü", "Zoë", "Ştefan", "Agnieszka", "İbrahim",
         "Gülşen", "Wojciech", "Renée", "Ignacio", "Dorota", "Mustafa", "Jiří", "Bożena", "Anaïs"]
LAST = ["Kołodziej", "Şahin", "Doğan", "Wójcik", "Muñoz", "Çelik", "Dąbrowski", "Lefèvre", "Yıldız", "Zieliński",
        "Gałązka", "Öztürk", "Nuñez", "Dvořák", "Kaczmarek", "Ünal", "Bălan", "Górecka", "Aksoy", "Szczęsny"]
PLACES = [("34119", "Kassel", "Kirchweg"), ("26123", "Oldenburg", "Alexanderstraße"), ("30449", "Hannover", "Limmerstraße"),
          ("37083", "Göttingen", "Reinhäuser Landstraße"), ("28217", "Bremen", "Waller Heerstraße"), ("49080", "Osnabrück", "Martinistraße")]


def person(rng):
    return rng.choice(FIRST), rng.choice(LAST)


def place(rng):
    plz, city, st = rng.choice(PLACES)
    return st, str(rng.randint(2, 98)), plz, city


def long_date(y, m, day):
    return f"{day}. {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{day:02d}"


def leader(label, value, width=58):
    """A label, dots to a fixed column and the value, as word processors print it in proportional type."""
    return label + " " + "." * max(3, width - len(label) - len(value)) + " " + value


def r_payslip_leaders(rng):
    """Helvetica slip with dot leaders between every label and amount; month as 'MM/YYYY'; payout after a deduction."""
    f, l = person(rng); st, no, plz, city = place(rng)
    employer = rng.choice(["Kaya Gebäudereinigung GmbH", "Pizzeria Bella Napoli UG", "Altenpflege Sonnenhof gGmbH"])
    m = rng.randint(1, 12); gross = round(rng.uniform(1100, 3400), 2); net = round(gross * rng.uniform(0.66, 0.78), 2)
    p = Page(); p.text(50, 50, employer, "HB", 13); p.text(50, 66, f"{st} 1 · {plz} {city}", "H", 8)
    p.lines(50, 110, [f"{f} {l}", f"{st} {no}", f"{plz} {city}"], "H", 10)
    p.text(50, 190, f"Lohnabrechnung {m:02d}/2026", "HB", 12)
    rows = [leader("Grundlohn", money(gross - 85)), leader("Zuschlag Nachtarbeit", money(85)), leader("Bruttoverdienst", money(gross)),
            leader("Lohnsteuer", money(gross * .08)), leader("Sozialversicherungsbeiträge", money(gross - net - gross * .08)),
            leader("Nettoeinkommen", money(net) + " €"), leader("Abzug Vorschuss", money(100)), leader("Auszahlungsbetrag", money(net - 100) + " €")]
    p.lines(50, 215, rows, "H", 10, 17)
    return [p], {"docType": "payslip", "employeeName": f"{f} {l}", "employerName": employer, "payPeriod": f"2026-{m:02d}",
                 "grossPay": gross, "netPay": net}


def r_payslip_range(rng):
    """Period printed as a day range, employee name after 'Beschäftigte/r', totals right-aligned in a box."""
    f, l = person(rng)
    employer = rng.choice(["Stadtwerke Weserland GmbH", "Friseursalon Haarmonie Inh. Petra Lenz", "Lagertechnik Nord AG"])
    y, m = 2026, rng.randint(1, 12); last = end_of_month(y, m)
    gross = round(rng.uniform(900, 4100), 2); net = round(gross * rng.uniform(0.62, 0.8), 2)
    p = Page(); p.text(330, 50, employer, "TB", 11)
    p.text(50, 120, "Verdienstnachweis", "TB", 14)
    p.lines(50, 145, [f"Beschäftigte/r: {f} {l}", f"Zeitraum: 01.{m:02d}.{y} - {last}.{m:02d}.{y}", f"Personal-Nr.: {rng.randint(1000, 9999)}"], "T", 10.5)
    p.box(300, 230, 245, 70)
    for i, (t, v) in enumerate([("Gesamt-Brutto", gross), ("Abzüge gesamt", gross - net), ("Netto-Betrag", net)]):
        p.text(310, 248 + i * 20, t, "TB" if i != 1 else "T", 10.5); p.right(538, 248 + i * 20, money(v) + " EUR", "T", 10.5)
    return [p], {"docType": "payslip", "employeeName": f"{f} {l}", "employerName": employer, "payPeriod": f"{y}-{m:02d}",
                 "grossPay": gross, "netPay": net}


def r_bg_sentence(rng):
    """Jobcenter letter: date with a month name, case number labelled 'Nummer der Bedarfsgemeinschaft', period and
    amount only in sentences."""
    f, l = person(rng); st, no, plz, city = place(rng)
    jc = f"Jobcenter {city}"
    case = f"{rng.randint(10000, 99999)}BG{rng.randint(0, 9999999):07d}"
    y, m = 2026, rng.randint(1, 6); day = rng.randint(2, 27); issue_p, issue = long_date(y, m, day)
    sm = m + 1; to_y, to_m = (y + 1, sm - 1) if sm > 1 else (y, 12)
    amt = round(rng.uniform(450, 2100), 2)
    p = Page(); p.text(50, 45, jc, "HB", 13); p.text(50, 62, "Team Leistung 3", "H", 8.5)
    p.lines(60, 120, ["Frau" if rng.random() < .5 else "Herrn", f"{f} {l}", f"{st} {no}", f"{plz} {city}"], "H", 10)
    p.lines(360, 120, ["Nummer der Bedarfsgemeinschaft", case, "", f"{city}, {issue_p}"], "H", 9)
    p.text(60, 220, "Bescheid über Leistungen zur Sicherung des Lebensunterhalts (SGB II)", "HB", 10.5)
    p.lines(60, 245, [f"Sehr geehrte(r) {f} {l},",
                      f"für die Zeit vom 01.{sm:02d}.{y} bis {end_of_month(to_y, to_m)}.{to_m:02d}.{to_y} werden Ihnen Leistungen bewilligt.",
                      f"Sie erhalten monatlich {money(amt)} Euro.",
                      "Der Betrag wird auf das von Ihnen angegebene Konto überwiesen."], "H", 10)
    return [p], {"docType": "buergergeld_bescheid", "recipientName": f"{f} {l}", "authority": jc, "caseNumber": case, "issueDate": issue,
                 "validFrom": f"{y}-{sm:02d}-01", "validTo": f"{to_y}-{to_m:02d}-{end_of_month(to_y, to_m):02d}", "monthlyAmount": amt}


def r_wg_landkreis(rng):
    """Landkreis Wohngeldstelle with 'Wohngeld-Nr.', month-notation period and the amount in a sentence."""
    f, l = person(rng); st, no, plz, city = place(rng)
    auth = rng.choice(["Landkreis Göttingen", "Landkreis Kassel", "Region Hannover"])
    case = f"WG-{rng.randint(100, 999)}/{rng.randint(2025, 2026)}"
    issue_p, issue = d(2026, 11, rng.randint(2, 27)); amt = float(rng.randint(60, 420))
    p = Page(); p.text(50, 45, auth, "HB", 13); p.text(50, 61, "Fachdienst Wohngeld", "H", 9)
    p.lines(60, 120, [f"{f} {l}", f"{st} {no}", f"{plz} {city}"], "H", 10)
    p.lines(360, 115, [f"Wohngeld-Nr.: {case}", f"Datum: {issue_p}"], "H", 9)
    p.text(60, 200, "Wohngeldbescheid (Mietzuschuss)", "HB", 12)
    p.lines(60, 225, ["Bewilligungszeitraum: 12/2026 – 11/2027",
                      f"Das monatliche Wohngeld beträgt {money(amt)} EUR.", "Zu berücksichtigende Haushaltsmitglieder: 3"], "H", 10)
    return [p], {"docType": "wohngeld_bescheid", "recipientName": f"{f} {l}", "authority": auth, "caseNumber": case, "issueDate": issue,
                 "validFrom": "2026-12-01", "validTo": "2027-11-30", "monthlyAmount": amt}


def r_kiz_table(rng):
    """Familienkasse letter with the period and total in a small table, 'Mein Zeichen' as the case label."""
    f, l = person(rng); st, no, plz, city = place(rng)
    case = f"{rng.randint(100, 999)}FK{rng.randint(0, 999999):06d}"
    issue_p, issue = d(2026, 7, rng.randint(1, 28)); per = float(rng.choice([297, 250, 180])); n = rng.randint(1, 3)
    p = Page(); p.text(50, 45, "Familienkasse Niedersachsen-Bremen", "HB", 12)
    p.lines(60, 120, [f"{f} {l}", f"{st} {no}", f"{plz} {city}"], "H", 10)
    p.lines(370, 115, ["Mein Zeichen", case, "", "Datum", issue_p], "H", 9)
    p.text(60, 210, "Festsetzung von Kinderzuschlag", "HB", 12)
    p.box(60, 230, 470, 40); p.line(60, 248, 530, 248)
    for x, h in [(66, "Zeitraum"), (260, "Kinder"), (380, "Betrag monatlich")]:
        p.text(x, 243, h, "HB", 9)
    p.text(66, 263, "08/2026 bis 01/2027", "H", 9.5); p.text(260, 263, str(n), "H", 9.5); p.text(380, 263, money(per * n) + " €", "H", 9.5)
    return [p], {"docType": "kinderzuschlag_bescheid", "recipientName": f"{f} {l}", "caseNumber": case, "issueDate": issue,
                 "validFrom": "2026-08-01", "validTo": "2027-01-31", "monthlyAmount": per * n}


def r_rente_leaders(rng):
    """Pension award with dot leaders and 'Rentenbeginn'."""
    f, l = person(rng); st, no, plz, city = place(rng)
    vnr = f"{rng.randint(10, 65)} {rng.randint(10, 31):02d}{rng.randint(1, 12):02d}{rng.randint(40, 60)} {rng.choice('ABKMSW')} {rng.randint(0, 999):03d}"
    m = rng.randint(2, 11); issue_p, issue = d(2026, m, rng.randint(2, 25)); gross = round(rng.uniform(500, 2200), 2); net = round(gross * .8875, 2)
    p = Page(); p.text(50, 45, "Deutsche Rentenversicherung Bund", "HB", 12)
    p.lines(60, 115, [f"{f} {l}", f"{st} {no}", f"{plz} {city}"], "H", 10)
    p.lines(370, 115, [f"Versicherungsnummer: {vnr}", f"Berlin, {issue_p}"], "H", 8.5)
    p.text(60, 200, "Rentenbescheid – Rente wegen voller Erwerbsminderung", "HB", 11)
    p.lines(60, 225, [leader("Rentenbeginn", f"01.{m + 1:02d}.2026"), leader("Monatliche Rente (brutto)", money(gross) + " €"),
                      leader("Beitragsanteil Krankenversicherung", money(gross * .0875)), leader("Beitrag Pflegeversicherung", money(gross - net - gross * .0875)),
                      leader("Zahlbetrag", money(net) + " €")], "H", 10, 16)
    return [p], {"docType": "rentenbescheid", "recipientName": f"{f} {l}", "insuranceNumber": vnr, "issueDate": issue,
                 "validFrom": f"2026-{m + 1:02d}-01", "monthlyGross": gross, "monthlyAmount": net}


def r_miete_paragraphs(rng):
    """Contract of a housing company: parties in sentences, object and rent in § paragraphs."""
    tf, tl = person(rng); st, no, plz, city = place(rng)
    landlord = rng.choice(["GWG Gemeinnützige Wohnungsbaugesellschaft mbH", "Baugenossenschaft Freie Scholle eG", "Vonovia SE"])
    space = round(rng.uniform(38, 92) * 2) / 2; rooms = rng.choice([1, 2, 2.5, 3, 4])
    base = float(round(rng.uniform(310, 880))); nk = float(round(rng.uniform(90, 230)))
    sy, sm = 2026, rng.randint(1, 12); start_p, start = long_date(sy, sm, 1)
    p = Page(); p.text(50, 50, "Mietvertrag", "HB", 16)
    p.lines(50, 85, [f"Zwischen der {landlord} (Vermieterin)", f"und Frau/Herrn {tf} {tl} (Mieter)", "wird folgender Vertrag geschlossen:"], "H", 10)
    p.text(50, 140, "§ 1 Mietsache", "HB", 11)
    p.lines(50, 158, [f"Vermietet wird die Wohnung {st} {no}, {plz} {city}, 1. Obergeschoss links,",
                      f"bestehend aus {str(rooms).replace('.', ',')} Zimmern, Küche, Bad; Wohnfläche {str(space).replace('.', ',')} m²."], "H", 10)
    p.text(50, 200, "§ 2 Mietzeit", "HB", 11)
    p.lines(50, 218, [f"Das Mietverhältnis beginnt am {start_p} und läuft auf unbestimmte Zeit."], "H", 10)
    p.text(50, 245, "§ 3 Miete", "HB", 11)
    p.lines(50, 263, [leader("Grundmiete", money(base) + " €", 50), leader("Vorauszahlung Betriebskosten", money(nk) + " €", 50),
                      leader("Gesamtmiete", money(base + nk) + " €", 50)], "H", 10, 15)
    rooms_v = int(rooms) if rooms == int(rooms) else rooms
    space_v = int(space) if space == int(space) else space
    return [p], {"docType": "mietvertrag", "tenantName": f"{tf} {tl}", "landlordName": landlord, "street": st, "houseNumber": no,
                 "postalCode": plz, "city": city, "livingSpace": space_v, "rooms": rooms_v, "baseRent": base, "utilities": nk, "startDate": start}


def r_school_igs(rng):
    """School certificate of an IGS: name 'Last, First', birth date with month name, year written '2026/27'."""
    f, l = person(rng)
    school = rng.choice(["IGS Kassel-Waldau", "Oberschule Alexanderfeld", "Berufsbildende Schulen Haarentor", "Grundschule Am Lindenhof"])
    by = rng.randint(2008, 2019); bm = rng.randint(1, 12); bd = rng.randint(1, 28); birth_p, birth = long_date(by, bm, bd)
    issue_p, issue = d(2026, 9, rng.randint(1, 30))
    p = Page(); p.text(50, 45, school, "HB", 13); p.text(50, 61, "- Sekretariat -", "H", 8.5)
    p.text(50, 120, "Schulbescheinigung", "HB", 14)
    p.lines(50, 150, [f"Schülerin/Schüler: {l}, {f}", f"geboren am {birth_p}",
                      "besucht im Schuljahr 2026/27 unsere Schule (Vollzeit), Jahrgang 7.", "", f"Ausgestellt am {issue_p}"], "H", 10.5)
    return [p], {"docType": "schulbescheinigung", "studentName": f"{f} {l}", "studentBirthDate": birth, "schoolName": school,
                 "schoolYear": "2026/2027", "issueDate": issue}


def r_lunch_kita(rng):
    """Kita provider's annex: 'Essengeld je Mahlzeit', 'Kontoinhaber', start 'angemeldet ab'."""
    f, l = person(rng); ib = iban(rng)
    kita = rng.choice(["Kita Regenbogen", "Kindertagesstätte Pusteblume", "Ev. Kita St. Johannis"])
    prov = rng.choice(["AWO Kreisverband Kassel e.V.", "Menü-Manufaktur Hoffmann GmbH", "apetito catering B.V. & Co. KG"])
    price = rng.choice([2.9, 3.2, 3.45, 4.1]); sm = rng.randint(1, 12)
    p = Page(); p.text(50, 45, prov, "HB", 12)
    p.text(50, 100, "Anlage 3 – Bestätigung über die Teilnahme an der gemeinschaftlichen Mittagsverpflegung", "HB", 10)
    p.lines(50, 125, [leader("Name des Kindes", f"{f} {l}", 60), leader("Einrichtung", kita, 60), leader("Essengeld je Mahlzeit", money(price) + " €", 60),
                      leader("angemeldet ab", f"01.{sm:02d}.2026", 60), f"Kontoinhaber: {prov}", f"IBAN: {spaced(ib)}"], "H", 10, 16)
    return [p], {"docType": "mittagessen_bestaetigung", "childName": f"{f} {l}", "institutionName": kita, "providerName": prov,
                 "providerIban": ib, "pricePerMeal": price, "startDate": f"2026-{sm:02d}-01"}


def r_melde_fields(rng):
    """Bürgeramt certificate with separate Familienname / Vornamen lines and 'Einzugsdatum'."""
    f, l = person(rng); st, no, plz, city = place(rng)
    birth_p, birth = d(rng.randint(1960, 2005), rng.randint(1, 12), rng.randint(1, 28))
    move_p, move = d(rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28)); issue_p, issue = d(2026, 10, rng.randint(1, 30))
    p = Page(); p.text(50, 45, f"Stadt {city} – Bürgeramt", "HB", 12)
    p.text(50, 100, "Meldebescheinigung (einfache Meldebescheinigung nach § 18 BMG)", "HB", 11)
    p.lines(50, 130, [f"Familienname:  {l}", f"Vornamen:  {f}", f"Geburtsdatum:  {birth_p}", f"Anschrift:  {st} {no}, {plz} {city}",
                      "Wohnungsstatus:  alleinige Wohnung", f"Einzugsdatum:  {move_p}", "", f"{city}, den {issue_p}"], "H", 10.5)
    return [p], {"docType": "meldebescheinigung", "personName": f"{f} {l}", "birthDate": birth, "street": st, "houseNumber": no,
                 "postalCode": plz, "city": city, "moveInDate": move, "issueDate": issue}


def r_konto_sparkasse(rng):
    """Savings-bank statement: holder only in the address window, IBAN and BIC in one line, date 'erstellt am'."""
    f, l = person(rng); st, no, plz, city = place(rng); ib = iban(rng)
    bank = rng.choice(["Kasseler Sparkasse", "Landessparkasse zu Oldenburg", "Volksbank Göttingen eG"])
    sd = rng.randint(1, 28); sm = rng.randint(1, 12)
    p = Page(); p.text(330, 45, bank, "HB", 12)
    p.lines(60, 110, [f"{f} {l}", f"{st} {no}", f"{plz} {city}"], "H", 10)
    p.lines(330, 110, [f"Kontoauszug {sm}/2026", f"erstellt am {sd:02d}.{sm:02d}.2026", f"IBAN {spaced(ib)}   BIC NOLADE21KS1"], "H", 8.5)
    p.lines(60, 200, ["Bu.-Tag  Wert  Vorgang                              Betrag EUR", f"02.{sm:02d}.  02.{sm:02d}.  Lastschrift Stadtwerke  -84,00",
                      f"05.{sm:02d}.  05.{sm:02d}.  Gutschrift Familienkasse  +255,00", "Neuer Kontostand  1.204,17 H"], "C", 9)
    return [p], {"docType": "kontoauszug", "accountHolder": f"{f} {l}", "iban": ib, "bankName": bank, "statementDate": f"2026-{sm:02d}-{sd:02d}"}


def r_trip_elternbrief(rng):
    """Parents' letter: 'Zielort', 'Reisezeitraum' with month names, cost 'pro Schülerin/Schüler'."""
    f, l = person(rng)
    school = rng.choice(["Herderschule Kassel", "Gymnasium Ulricianum", "Realschule Am Schloss", "Gesamtschule Osterholz"])
    dest = rng.choice(["Juist", "Berlin", "Hamburg", "Harz (Jugendherberge Torfhaus)", "Wangerooge"])
    sd = rng.randint(3, 20); cost = float(rng.choice([189, 245, 312.5, 96]))
    p = Page(); p.text(50, 45, school, "HB", 13)
    p.text(50, 100, "Elternbrief Klassenfahrt der 8b", "HB", 12)
    p.lines(50, 125, [f"Teilnehmer/in: {f} {l}", f"Zielort: {dest}", f"Reisezeitraum: {sd}. bis {sd + 4}. Juni 2027",
                      f"Kosten pro Schülerin/Schüler: {money(cost)} €", "Bitte bis 15.03.2027 überweisen."], "H", 10.5)
    return [p], {"docType": "fahrt_bestaetigung", "childName": f"{f} {l}", "schoolName": school, "destination": dest,
                 "startDate": f"2027-06-{sd:02d}", "endDate": f"2027-06-{sd + 4:02d}", "cost": cost}


TEMPLATES = [r_payslip_leaders, r_payslip_range, r_bg_sentence, r_wg_landkreis, r_kiz_table, r_rente_leaders, r_miete_paragraphs,
             r_school_igs, r_lunch_kita, r_melde_fields, r_konto_sparkasse, r_trip_elternbrief]
