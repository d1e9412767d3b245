"""Document templates for the independent blind set: layouts, issuers and label wordings chosen from the domain
notes (not from the product's own sample generator). Each template returns (pages, truth)."""
from pdfwriter import Page

FIRST = ["Mehmet", "Olena", "Katarzyna", "Ahmad", "Fatma", "Jonas", "Amira", "Dmytro", "Sabine", "Yusuf", "Ewa", "Hassan",
         "Lea", "Nikola", "Svetlana", "Omar", "Birgit", "Reza", "Aleksandra", "Tobias", "Zeynep", "Ivan", "Marta", "Karim"]
LAST = ["Yilmaz", "Kovalenko", "Nowak", "Karimi", "Öztürk", "Becker", "Saleh", "Shevchenko", "Krüger", "Aydin", "Wójcik",
        "Haddad", "Schäfer", "Petrovic", "Iwanowa", "Al-Masri", "Janßen", "Hosseini", "Lewandowska", "Meier", "Çelik", "Bondarenko"]
CITIES = [("34117", "Kassel"), ("26122", "Oldenburg"), ("30159", "Hannover"), ("37073", "Göttingen"), ("28195", "Bremen"),
          ("49074", "Osnabrück"), ("26382", "Wilhelmshaven"), ("34131", "Kassel")]
STREETS = ["Friedrich-Ebert-Straße", "Am Schlosswall", "Wilhelmshöher Allee", "Donnerschweer Str.", "Lange Geismarstraße",
           "Weg am Kanal", "Hildesheimer Straße", "Ofener Straße", "Königstor", "Auf dem Kamp"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def money(v):
    s = f"{v:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def d(y, m, day):
    return f"{day:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{day:02d}"


def iban(rng):
    digits = "".join(str(rng.randint(0, 9)) for _ in range(18))
    n = int(digits + "131400")  # "DE" = 13 14, check 00
    check = 98 - n % 97
    return f"DE{check:02d}{digits}"


def spaced(ib):
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))


def person(rng):
    return rng.choice(FIRST), rng.choice(LAST)


def addr(rng):
    plz, city = rng.choice(CITIES)
    return rng.choice(STREETS), str(rng.randint(1, 140)) + rng.choice(["", "", "", "a", "b"]), plz, city


def window(p, y, salutation, first, last, street, no, plz, city, sender=None):
    if sender:
        p.text(60, y - 14, sender, "H", 6.5)
        p.line(60, y - 10, 280, y - 10, 0.3)
    return p.lines(60, y, [salutation, f"{first} {last}", f"{street} {no}", f"{plz} {city}"], "H", 10)


def end_of_month(y, m):
    return MDAYS[m - 1] + (1 if m == 2 and y % 4 == 0 else 0)


def add_months(y, m, k):
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


# ---------------------------------------------------------------- payslips
def payslip_datev(rng):
    """Two-column DATEV-like slip: employer letterhead, window address, Lohnarten table, Vormonat/Jahressumme columns,
    net differs from payout (VWL deduction)."""
    f, l = person(rng); st, no, plz, city = addr(rng)
    employer = rng.choice(["Autohaus Brinkmann GmbH & Co. KG", "Pflegedienst Lichtblick gGmbH", "Spedition Harms GmbH", "Hotel Zur Post Betriebs-GmbH"])
    y, m = 2026, rng.randint(1, 12)
    gross = round(rng.uniform(1500, 3900), 2); prev = round(gross * rng.uniform(0.85, 0.98), 2)
    tax = round(gross * 0.11, 2); sv = round(gross * 0.205, 2); net = round(gross - tax - sv, 2); vwl = 40.0
    p = Page()
    p.text(330, 50, employer, "HB", 11); p.lines(330, 64, ["Industriestraße 12", f"{plz} {city}", "Tel. 0561 998877"], "H", 8)
    window(p, 130, "Herrn" if rng.random() < .5 else "Frau", f, l, st, no, plz, city, sender=f"{employer} · Industriestraße 12")
    p.text(330, 130, "Brutto/Netto-Abrechnung", "HB", 12)
    p.lines(330, 148, [f"Abrechnungszeitraum  {MONTHS[m-1]} {y}", f"Pers.-Nr.  {rng.randint(100,9999):05d}", "StKl  1   Ki.Frbtr.  0,0",
                       "Konf.  --   KK  AOK Niedersachsen"], "H", 9)
    p.box(50, 230, 495, 18, grey=0.9)
    for x, h in [(55, "LA"), (80, "Bezeichnung"), (300, "Vormonat"), (390, "lfd. Monat"), (470, "Jahressumme")]:
        p.text(x, 243, h, "HB", 8.5)
    rows = [("1000", "Gehalt", prev, gross - 120), ("1250", "Zuschlag Sonntag", 0, 120)]
    yy = 262
    for la, txt, a, b in rows:
        p.text(55, yy, la, "H", 9); p.text(80, yy, txt, "H", 9); p.right(360, yy, money(a) if a else "", "H", 9)
        p.right(450, yy, money(b), "H", 9); yy += 14
    p.line(50, yy, 545, yy); yy += 14
    p.text(80, yy, "Bruttobezüge", "HB", 9); p.right(360, yy, money(prev), "H", 9); p.right(450, yy, money(gross), "HB", 9)
    p.right(540, yy, money(gross * m), "H", 9); yy += 24
    for txt, v in [("Lohnsteuer", tax), ("Kirchensteuer", 0), ("Solidaritätszuschlag", 0), ("Sozialversicherung AN-Anteil", sv)]:
        p.text(80, yy, txt, "H", 9); p.right(450, yy, money(v), "H", 9); yy += 14
    yy += 8; p.text(80, yy, "Nettobezüge", "HB", 9); p.right(450, yy, money(net), "HB", 9); p.right(360, yy, money(round(prev * .68, 2)), "H", 9)
    yy += 14; p.text(80, yy, "VWL-Überweisung Bausparkasse", "H", 9); p.right(450, yy, "-" + money(vwl), "H", 9)
    yy += 24; p.box(300, yy - 12, 245, 20); p.text(310, yy + 2, "Auszahlungsbetrag", "HB", 10); p.right(530, yy + 2, money(net - vwl) + " EUR", "HB", 10)
    p.text(60, 780, f"Bankverbindung: IBAN {spaced(iban(rng))}", "H", 7.5)
    return [p], {"docType": "payslip", "employeeName": f"{f} {l}", "employerName": employer, "payPeriod": f"{y}-{m:02d}",
                 "grossPay": round(gross, 2), "netPay": net}


def payslip_grid(rng):
    """Slip whose totals sit in a grid: label row, value row underneath. Name printed 'Last, First'."""
    f, l = person(rng)
    employer = rng.choice(["Gebäudeservice Nord GmbH", "Bäckerei Kamps Filiale 12", "Klinikum Mitte gGmbH", "Logistikzentrum Weser AG"])
    y, m = rng.choice([2026, 2027]), rng.randint(1, 12)
    gross = round(rng.uniform(900, 3200), 2); net = round(gross * rng.uniform(0.64, 0.8), 2)
    p = Page()
    p.text(50, 50, employer, "TB", 14); p.text(50, 66, "Personalabteilung / Entgeltabrechnung", "T", 9)
    p.text(50, 110, "Entgeltabrechnung", "TB", 13)
    p.lines(50, 135, [f"Name, Vorname:  {l}, {f}", f"Monat/Jahr:  {m:02d}/{y}", f"Eintritt:  01.0{rng.randint(1,9)}.20{rng.randint(10,24)}"], "T", 10)
    p.lines(330, 135, [f"Steuer-ID:  {rng.randint(10**10, 10**11-1)}", f"SV-Nummer:  {rng.randint(10,65)} {rng.randint(100000,311299)} {l[0].upper()} {rng.randint(100,999)}", "Steuerklasse:  3"], "T", 10)
    hdr = ["Steuer-Brutto", "SV-Brutto", "Gesamt-Brutto", "Ges. Abzüge", "Netto"]
    vals = [gross, gross, gross, gross - net, net]
    x0 = 50
    p.box(x0, 220, 495, 40)
    p.line(x0, 238, x0 + 495, 238)
    for i, (h, v) in enumerate(zip(hdr, vals)):
        p.text(x0 + 6 + i * 99, 233, h, "TB", 9); p.text(x0 + 6 + i * 99, 254, money(v), "T", 10)
        if i: p.line(x0 + i * 99, 220, x0 + i * 99, 260)
    p.text(50, 300, "Kumulierte Werte laufendes Jahr", "TB", 10)
    p.box(x0, 308, 300, 40); p.line(x0, 326, x0 + 300, 326)
    for i, (h, v) in enumerate(zip(["Gesamt-Brutto", "Netto", "Lohnsteuer"], [gross * m, net * m, (gross - net) * .4 * m])):
        p.text(x0 + 6 + i * 100, 321, h, "TB", 9); p.text(x0 + 6 + i * 100, 342, money(v), "T", 10)
    p.text(50, 400, f"Der Betrag von {money(net)} EUR wird auf Ihr Konto überwiesen.", "T", 10)
    return [p], {"docType": "payslip", "employeeName": f"{f} {l}", "employerName": employer, "payPeriod": f"{y}-{m:02d}",
                 "grossPay": gross, "netPay": net}


def payslip_mono(rng):
    """Old dot-matrix style slip in Courier with dotted leaders and a previous-month line near the total."""
    f, l = person(rng); st, no, plz, city = addr(rng)
    employer = rng.choice(["Malerbetrieb Hoffmann e.K.", "Reinigungsservice Sauber & Co. KG", "Gärtnerei Grünwald GbR"])
    y, m = 2026, rng.randint(1, 12)
    gross = round(rng.uniform(520, 2600), 2); net = round(gross * rng.uniform(0.7, 0.9), 2); prevg = round(gross + rng.uniform(30, 200), 2)
    p = Page()
    rows = [employer, f"{st} {no}, {plz} {city}", "", f"Verdienstabrechnung für {MONTHS[m-1]} {y}", "",
            f"Mitarbeiter/in ....: {f} {l}", f"Personalnummer ....: {rng.randint(10,999)}", "",
            f"Stundenlohn ........: {money(rng.uniform(12.8, 18))}", f"Stunden ............: {rng.randint(40,170)}",
            f"Gesamtbrutto Vormonat ..: {money(prevg)}", f"Gesamtbrutto ...........: {money(gross)}",
            f"Lohnsteuer .............: {money(gross*0.05)}", f"SV-Beiträge AN .........: {money(gross-net-gross*0.05)}",
            f"Nettoverdienst .........: {money(net)}", f"Auszahlung ..............: {money(net)}"]
    p.lines(60, 70, rows, "C", 10, 15)
    return [p], {"docType": "payslip", "employeeName": f"{f} {l}", "employerName": employer, "payPeriod": f"{y}-{m:02d}",
                 "grossPay": gross, "netPay": net}


# ---------------------------------------------------------------- Bürgergeld
def bg_multipage(rng):
    """Jobcenter letter: BG-Nummer in the right info block, period in a sentence, total only in the annex on page 2."""
    f, l = person(rng); st, no, plz, city = addr(rng)
    jc = f"Jobcenter {rng.choice(['Stadt Kassel', 'Oldenburg', 'Region Hannover', 'Landkreis Göttingen', 'Osnabrück'])}"
    case = f"{rng.randint(10000,99999)}BG{rng.randint(0,9999999):07d}"
    y, m = 2026, rng.randint(1, 12); iy, im = add_months(y, m, -1); issue_p, issue = d(iy, im, rng.randint(2, 27))
    ty, tm = add_months(y, m, 11); fr_p, fr = d(y, m, 1); to_p, to = d(ty, tm, end_of_month(ty, tm))
    rb = 563.0; kdu = round(rng.uniform(350, 700), 2); total = round(rb + kdu + rng.choice([0, 0, 68.0]), 2)
    p1 = Page()
    p1.text(50, 45, jc, "HB", 13); p1.text(50, 60, "Team Leistung 2", "H", 9)
    window(p1, 130, "Frau" if rng.random() < .5 else "Herrn", f, l, st, no, plz, city, sender=f"{jc}, Postfach, {plz} {city}")
    p1.lines(360, 120, ["Ihr Zeichen:", "BG-Nummer:", "Bearbeitet von:", "Datum:"], "H", 8.5)
    p1.lines(440, 120, ["", case, "Frau Brandt", issue_p], "H", 8.5)
    p1.text(50, 230, "Bewilligungsbescheid", "HB", 12)
    p1.text(50, 246, "über Leistungen zur Sicherung des Lebensunterhalts nach dem Zweiten Buch Sozialgesetzbuch (SGB II)", "H", 8.5)
    p1.lines(50, 275, [f"Sehr geehrte{'r Herr' if False else ' Damen und Herren'},",
                       "auf Ihren Weiterbewilligungsantrag werden Ihnen und den mit Ihnen in Bedarfsgemeinschaft lebenden",
                       f"Personen für die Zeit vom {fr_p} bis {to_p} Leistungen bewilligt. Die Höhe der",
                       "Leistungen entnehmen Sie bitte dem beigefügten Berechnungsbogen (Anlage).",
                       "", "Bitte teilen Sie Änderungen in Ihren Verhältnissen unverzüglich mit."], "H", 10)
    p1.text(50, 780, "Seite 1 von 2", "H", 8)
    p2 = Page()
    p2.text(50, 50, f"Berechnungsbogen zum Bescheid vom {issue_p} – BG-Nummer {case}", "HB", 10)
    p2.box(50, 70, 495, 18, grey=0.9)
    for x, h in [(55, "Bedarf"), (300, "Person 1"), (420, "Summe")]:
        p2.text(x, 83, h, "HB", 9)
    yy = 104
    for txt, v in [("Regelbedarf", rb), ("Bedarfe für Unterkunft und Heizung", kdu), ("Mehrbedarf", total - rb - kdu)]:
        p2.text(55, yy, txt, "H", 9); p2.right(370, yy, money(v), "H", 9); p2.right(490, yy, money(v), "H", 9); yy += 15
    p2.line(50, yy, 545, yy); yy += 15
    p2.text(55, yy, "Gesamtbetrag monatlich", "HB", 9); p2.right(490, yy, money(total) + " €", "HB", 9)
    p2.text(50, yy + 40, "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch erhoben werden.", "H", 8)
    p2.text(50, 780, "Seite 2 von 2", "H", 8)
    return [p1, p2], {"docType": "buergergeld_bescheid", "recipientName": f"{f} {l}", "authority": jc, "caseNumber": case,
                      "issueDate": issue, "validFrom": fr, "validTo": to, "monthlyAmount": total}


def bg_change(rng):
    """Änderungsbescheid: case number on the line under its label, period in month notation MM/YY – MM/YY,
    month table with the total in the last column."""
    f, l = person(rng); st, no, plz, city = addr(rng)
    jc = f"Jobcenter {rng.choice(['Bremen', 'Wilhelmshaven', 'Kassel', 'Hannover'])}"
    case = f"{rng.randint(10000,99999)}BG{rng.randint(0,9999999):07d}"
    y, m = 2026, rng.randint(2, 12); ty, tm = add_months(y, m, 5)
    issue_p, issue = d(y, m - 1, rng.randint(10, 28))
    total = round(rng.uniform(700, 1900), 2)
    p = Page()
    p.text(380, 45, jc, "TB", 11); p.lines(380, 60, ["Geschäftsstelle Mitte", f"{plz} {city}"], "T", 9)
    p.lines(60, 110, ["Frau/Herrn", f"{f} {l}", f"{st} {no}", f"{plz} {city}"], "T", 10.5)
    p.lines(380, 110, ["Nummer der Bedarfsgemeinschaft", case, "", f"{city}, {issue_p}"], "T", 10)
    p.text(60, 210, "Änderungsbescheid", "TB", 13)
    p.lines(60, 230, ["Der Bescheid vom 12.01.2026 wird für den nachstehenden Zeitraum geändert.",
                      f"Bewilligungszeitraum: {m:02d}/{str(y)[2:]} – {tm:02d}/{str(ty)[2:]}"], "T", 10.5)
    p.box(60, 270, 470, 18, grey=0.88)
    for x, h in [(66, "Monat"), (160, "Regelbedarf"), (270, "Unterkunft/Heizung"), (420, "Gesamt")]:
        p.text(x, 283, h, "TB", 9.5)
    yy = 304
    for k in range(6):
        yk, mk = add_months(y, m, k)
        p.text(66, yy, f"{MONTHS[mk-1]} {yk}", "T", 9.5); p.text(160, yy, money(563), "T", 9.5)
        p.text(270, yy, money(total - 563), "T", 9.5); p.text(420, yy, money(total), "T", 9.5); yy += 15
    p.text(60, yy + 20, "Der Betrag wird monatlich im Voraus auf Ihr Konto überwiesen.", "T", 10.5)
    return [p], {"docType": "buergergeld_bescheid", "recipientName": f"{f} {l}", "authority": jc, "caseNumber": case,
                 "issueDate": issue, "validFrom": f"{y}-{m:02d}-01", "validTo": f"{ty}-{tm:02d}-{end_of_month(ty, tm):02d}",
                 "monthlyAmount": total}


# ---------------------------------------------------------------- Wohngeld
def wg_letter(rng):
    """Municipal letter: Wohngeldnummer, issue date with month name, period broken over a line, amount in a sentence."""
    f, l = person(rng); st, no, plz, city = addr(rng)
    auth = f"Stadt {city} – Wohngeldstelle"
    case = f"WG-{rng.randint(100,999)}/{rng.randint(1000,9999)}"
    y, m = 2026, rng.randint(1, 11); fr_p, fr = d(y, m + 1, 1); ty, tm = add_months(y, m + 1, 11)
    to_p, to = d(ty, tm, end_of_month(ty, tm)); day = rng.randint(3, 28)
    amount = float(rng.randint(60, 520))
    p = Page()
    p.text(50, 45, auth, "HB", 12); p.text(50, 60, "Fachbereich Soziales", "H", 9)
    window(p, 125, "Frau" if rng.random() < .5 else "Herrn", f, l, st, no, plz, city)
    p.lines(370, 125, [f"Wohngeldnummer: {case}", f"{city}, {day}. {MONTHS[m-1]} {y}"], "H", 9)
    p.text(50, 215, "Bescheid über Wohngeld (Mietzuschuss)", "HB", 12)
    p.lines(50, 240, ["Sehr geehrte Antragstellerin, sehr geehrter Antragsteller,",
                      "auf Ihren Antrag wird Ihnen für den Bewilligungszeitraum vom " + fr_p + " bis",
                      f"{to_p} Wohngeld in Höhe von {money(amount)} Euro monatlich bewilligt.",
                      "Zu berücksichtigende Haushaltsmitglieder: " + str(rng.randint(1, 5)),
                      f"Zu berücksichtigende Miete: {money(rng.uniform(400, 800))} Euro",
                      "", "Mitteilungspflichten: Änderungen des Einkommens um mehr als 15 % sind unverzüglich mitzuteilen."], "H", 10)
    return [p], {"docType": "wohngeld_bescheid", "recipientName": f"{f} {l}", "authority": auth, "caseNumber": case,
                 "issueDate": d(y, m, day)[1], "validFrom": fr, "validTo": to, "monthlyAmount": amount}


def wg_table(rng):
    """District office form: Kassenzeichen, result table with header row and the values in the row below."""
    f, l = person(rng)
    auth = f"Landkreis {rng.choice(['Osnabrück', 'Göttingen', 'Kassel', 'Oldenburg'])} – Amt für Wohnungswesen"
    case = f"{rng.randint(10,99)}.{rng.randint(100,999)}.{rng.randint(10000,99999)}"
    y, m = 2026, rng.randint(1, 9); fr_p, fr = d(y, m + 2, 1); ty, tm = add_months(y, m + 2, 17)
    to_p, to = d(ty, tm, end_of_month(ty, tm)); issue_p, issue = d(y, m, rng.randint(1, 28))
    amount = round(rng.uniform(40, 480), 2)
    p = Page()
    p.text(50, 45, auth, "TB", 12)
    p.lines(50, 90, [f"An: {f} {l}", f"Kassenzeichen: {case}", f"Bescheiddatum: {issue_p}"], "T", 10.5)
    p.text(50, 160, "Wohngeldbescheid – Bewilligung von Wohngeld (Lastenzuschuss)", "TB", 12)
    p.box(50, 180, 495, 40); p.line(50, 198, 545, 198); p.line(300, 180, 300, 220); p.line(430, 180, 430, 220)
    p.text(56, 193, "Bewilligungszeitraum", "TB", 9.5); p.text(306, 193, "Wohngeld monatlich", "TB", 9.5); p.text(436, 193, "Zahlweg", "TB", 9.5)
    p.text(56, 214, f"{fr_p} – {to_p}", "T", 10); p.text(306, 214, f"{money(amount)} €", "T", 10); p.text(436, 214, "Überweisung", "T", 10)
    p.lines(50, 250, [f"Nachzahlung für den Vormonat: {money(amount * 2)} €",
                      "Gesamteinkommen der Haushaltsmitglieder (monatlich): " + money(rng.uniform(900, 2200)) + " €"], "T", 10)
    return [p], {"docType": "wohngeld_bescheid", "recipientName": f"{f} {l}", "authority": auth, "caseNumber": case,
                 "issueDate": issue, "validFrom": fr, "validTo": to, "monthlyAmount": amount}


# ---------------------------------------------------------------- Kinderzuschlag
def kiz_children(rng):
    """Familienkasse: Kindergeld-Nr. top right, per-child amounts plus the total ('insgesamt')."""
    f, l = person(rng); st, no, plz, city = addr(rng)
    case = f"{rng.randint(100,999)}FK{rng.randint(0,999999):06d}"
    y, m = 2026, rng.randint(1, 7); fr_p, fr = d(y, m, 1); to_p, to = d(y, m + 5, end_of_month(y, m + 5))
    ip, issue = d(y, m, 1)[0], None
    iy, im = add_months(y, m, -1); issue_p, issue = d(iy, im, rng.randint(5, 28))
    kids = rng.randint(1, 3); per = 297.0
    p = Page()
    p.text(50, 45, f"Familienkasse {rng.choice(['Niedersachsen-Bremen', 'Hessen', 'Nord'])}", "HB", 12)
    window(p, 120, "Frau" if rng.random() < .5 else "Herrn", f, l, st, no, plz, city)
    p.lines(380, 115, [f"Kindergeld-Nr.: {case}", f"Datum: {issue_p}"], "H", 9)
    p.text(50, 200, "Festsetzung von Kinderzuschlag", "HB", 12)
    p.lines(50, 222, [f"für die Zeit von {fr_p} bis {to_p} wird Kinderzuschlag wie folgt festgesetzt:"], "H", 10)
    yy = 250
    for k in range(kids):
        p.text(70, yy, f"für das Kind {rng.choice(FIRST)} {l}", "H", 10); p.right(470, yy, f"{money(per)} EUR", "H", 10); yy += 15
    p.line(70, yy - 4, 480, yy - 4); yy += 10
    p.text(70, yy, "insgesamt monatlich", "HB", 10); p.right(470, yy, f"{money(per * kids)} EUR", "HB", 10)
    p.text(50, yy + 30, "Hinweis: Mit dem Kinderzuschlag können Sie Leistungen für Bildung und Teilhabe beantragen.", "H", 9)
    return [p], {"docType": "kinderzuschlag_bescheid", "recipientName": f"{f} {l}", "caseNumber": case, "issueDate": issue,
                 "validFrom": fr, "validTo": to, "monthlyAmount": per * kids}


def kiz_sentence(rng):
    """Short letter: everything in sentences, 'Mein Zeichen' label, month-name period."""
    f, l = person(rng); st, no, plz, city = addr(rng)
    case = f"{rng.randint(100,999)}FK{rng.randint(0,999999):06d}"
    y, m = 2027, rng.randint(1, 6); ty, tm = y, m + 5; issue_p, issue = d(y - 1 if m == 1 else y, 12 if m == 1 else m - 1, rng.randint(2, 27))
    amount = float(rng.choice([297, 594, 891, 150, 220]))
    p = Page()
    p.text(50, 45, "Bundesagentur für Arbeit – Familienkasse", "T", 12)
    p.lines(60, 110, ["Frau" if rng.random() < .5 else "Herrn", f"{f} {l}", f"{st} {no}", f"{plz} {city}"], "T", 10.5)
    p.lines(390, 110, ["Mein Zeichen", case, "", "Datum", issue_p], "T", 9.5)
    p.text(60, 210, "Bescheid über Kinderzuschlag", "TB", 12)
    p.lines(60, 232, [f"Sehr geehrte Damen und Herren,",
                      f"für die Zeit von {MONTHS[m-1]} {y} bis {MONTHS[tm-1]} {ty} wird Ihnen Kinderzuschlag in Höhe von",
                      f"monatlich {money(amount)} Euro bewilligt. Der Betrag wird zusammen mit dem Kindergeld überwiesen."], "T", 10.5)
    return [p], {"docType": "kinderzuschlag_bescheid", "recipientName": f"{f} {l}", "caseNumber": case, "issueDate": issue,
                 "validFrom": f"{y}-{m:02d}-01", "validTo": f"{ty}-{tm:02d}-{end_of_month(ty, tm):02d}", "monthlyAmount": amount}


# ---------------------------------------------------------------- Rente
def rente_adjust(rng):
    """Anpassungsmitteilung with 'bisher' and 'ab 01.07.' columns: the new column is the truth."""
    f, l = person(rng); st, no, plz, city = addr(rng)
    vnr = f"{rng.randint(10,65)} {rng.randint(10,31):02d}{rng.randint(1,12):02d}{rng.randint(40,60)} {l[0].upper() if l[0].isascii() else 'X'} {rng.randint(0,999):03d}"
    gross_old = round(rng.uniform(700, 2100), 2); gross = round(gross_old * 1.0366, 2)
    kv = round(gross * 0.0875, 2); pv = round(gross * 0.036, 2); net = round(gross - kv - pv, 2)
    issue_p, issue = d(2026, 6, rng.randint(1, 25))
    p = Page()
    p.text(50, 45, f"Deutsche Rentenversicherung {rng.choice(['Hessen', 'Oldenburg-Bremen', 'Braunschweig-Hannover', 'Bund'])}", "HB", 12)
    window(p, 120, "Herrn" if rng.random() < .5 else "Frau", f, l, st, no, plz, city)
    p.lines(370, 115, [f"Vers.-Nr. {vnr}", f"Datum {issue_p}"], "H", 9)
    p.text(50, 200, "Mitteilung über die Anpassung der Rente zum 1. Juli 2026", "HB", 11)
    p.box(50, 220, 495, 18, grey=0.9)
    p.text(56, 233, "Betrag", "HB", 9); p.text(330, 233, "bisher", "HB", 9); p.text(440, 233, "ab 01.07.2026", "HB", 9)
    yy = 255
    for txt, a, b in [("Monatliche Rente (brutto)", gross_old, gross), ("Beitragsanteil Krankenversicherung", -gross_old * .0875, -kv),
                      ("Beitrag Pflegeversicherung", -gross_old * .036, -pv), ("Zahlbetrag", gross_old * .8765, net)]:
        p.text(56, yy, txt, "HB" if txt == "Zahlbetrag" else "H", 9); p.right(390, yy, money(round(a, 2)), "H", 9); p.right(520, yy, money(b), "H", 9); yy += 16
    return [p], {"docType": "rentenbescheid", "recipientName": f"{f} {l}", "insuranceNumber": vnr, "issueDate": issue,
                 "validFrom": "2026-07-01", "monthlyGross": gross, "monthlyAmount": net}


def rente_award(rng):
    """Rentenbescheid over two pages: start and gross in sentences on page 1, Zahlbetrag on page 2."""
    f, l = person(rng); st, no, plz, city = addr(rng)
    vnr = f"{rng.randint(10,65)}{rng.randint(10,31):02d}{rng.randint(1,12):02d}{rng.randint(40,60)}{'K'}{rng.randint(0,999):03d}"
    y, m = 2026, rng.randint(2, 12); start_p, start = d(y, m, 1); issue_p, issue = d(y, m - 1, rng.randint(1, 27))
    gross = round(rng.uniform(600, 2300), 2); net = round(gross * 0.8865, 2)
    p1 = Page()
    p1.text(50, 45, "Deutsche Rentenversicherung Knappschaft-Bahn-See", "TB", 12)
    p1.lines(60, 110, ["Herrn" if rng.random() < .5 else "Frau", f"{f} {l}", f"{st} {no}", f"{plz} {city}"], "T", 10.5)
    p1.lines(380, 110, ["Versicherungsnummer", vnr, "", f"{city}, {issue_p}"], "T", 9.5)
    p1.text(60, 205, "Rentenbescheid – Altersrente für langjährig Versicherte", "TB", 12)
    p1.lines(60, 228, ["Sehr geehrte Damen und Herren,",
                       f"auf Ihren Antrag erhalten Sie Altersrente. Die Rente beginnt am {start_p}.",
                       f"Die monatliche Rente beträgt {money(gross)} Euro (brutto).",
                       "Von der Rente sind Beiträge zur Kranken- und Pflegeversicherung einzubehalten.",
                       "Die Berechnung der Rente finden Sie in Anlage 1."], "T", 10.5)
    p2 = Page()
    p2.text(60, 60, "Anlage 1 – Berechnung der Rente", "TB", 11)
    p2.lines(60, 90, [f"Entgeltpunkte: {rng.uniform(20, 50):.4f}".replace(".", ","), "Aktueller Rentenwert: 40,79"], "T", 10)
    yy = 140
    for txt, v in [("Monatliche Rente", gross), ("abzüglich Beitragsanteil Krankenversicherung", -(gross * .0815)),
                   ("abzüglich Beitrag Pflegeversicherung", -(gross - net - gross * .0815)), ("Zahlbetrag", net)]:
        p2.text(60, yy, txt, "T", 10.5); p2.right(500, yy, money(round(v, 2)) + " EUR", "T", 10.5); yy += 16
    return [p1, p2], {"docType": "rentenbescheid", "recipientName": f"{f} {l}", "insuranceNumber": vnr, "issueDate": issue,
                      "validFrom": start, "monthlyGross": gross, "monthlyAmount": net}


# ---------------------------------------------------------------- Mietvertrag
def miete_form(rng):
    """Two-page form contract: parties side by side (label row, name row), rent table on page 2."""
    tf, tl = person(rng); lf, ll = person(rng); st, no, plz, city = addr(rng)
    landlord = rng.choice([f"{lf} {ll}", "Wohnungsbau GmbH Weserbogen", "Hausverwaltung Schmidt & Partner GbR"])
    space = round(rng.uniform(35, 95) * 2) / 2; rooms = rng.randint(1, 4)
    base = round(rng.uniform(300, 900)); nk = round(rng.uniform(80, 220)); hk = round(rng.uniform(40, 120))
    sy, sm = rng.choice([2025, 2026]), rng.randint(1, 12); start_p, start = d(sy, sm, 1)
    p1 = Page()
    p1.text(50, 50, "Wohnraummietvertrag", "HB", 16); p1.text(50, 68, "(Mustervertrag Haus & Grund)", "H", 8)
    p1.text(50, 100, "§ 1 Vertragsparteien", "HB", 11)
    p1.text(50, 120, "Vermieter", "HB", 9); p1.text(300, 120, "Mieter", "HB", 9)
    p1.text(50, 136, landlord, "H", 10); p1.text(300, 136, f"{tf} {tl}", "H", 10)
    p1.text(50, 150, "Marktstraße 3, " + f"{plz} {city}", "H", 9); p1.text(300, 150, "bisher wohnhaft: Lindenweg 4", "H", 9)
    p1.text(50, 185, "§ 2 Mietsache", "HB", 11)
    p1.lines(50, 203, ["Vermietet wird die Wohnung im 2. Obergeschoss links des Hauses",
                       f"{st} {no}, {plz} {city},",
                       f"bestehend aus {rooms} Zimmer{'n' if rooms > 1 else ''}, Küche, Diele, Bad/WC.",
                       f"Die Wohnfläche beträgt {str(space).replace('.', ',').replace(',0', '')} m²."], "H", 10)
    p1.text(50, 275, "§ 3 Mietzeit", "HB", 11)
    p1.lines(50, 293, [f"Das Mietverhältnis beginnt am {start_p} und läuft auf unbestimmte Zeit."], "H", 10)
    p1.text(50, 780, "Seite 1/2", "H", 8)
    p2 = Page()
    p2.text(50, 50, "§ 4 Miete und Nebenkosten", "HB", 11)
    yy = 75
    for txt, v in [("Nettokaltmiete", base), ("Vorauszahlung Betriebskosten", nk), ("Vorauszahlung Heizkosten", hk), ("Gesamtmiete monatlich", base + nk + hk)]:
        p2.text(70, yy, txt, "H", 10); p2.right(420, yy, money(v) + " EUR", "H", 10); yy += 16
    p2.text(50, yy + 20, "§ 5 Kaution: Die Kaution beträgt drei Nettokaltmieten (" + money(base * 3) + " EUR).", "H", 10)
    p2.text(50, yy + 80, f"{city}, den ____________          Vermieter ____________          Mieter ____________", "H", 9)
    return [p1, p2], {"docType": "mietvertrag", "tenantName": f"{tf} {tl}", "landlordName": landlord, "street": st, "houseNumber": no,
                      "postalCode": plz, "city": city, "livingSpace": space, "rooms": rooms, "baseRent": float(base), "startDate": start}


def miete_short(rng):
    """One-page contract with split address fields and a single Nebenkosten line (heating included)."""
    tf, tl = person(rng); lf, ll = person(rng); st, no, plz, city = addr(rng)
    space = round(rng.uniform(30, 80), 2); rooms = rng.randint(1, 4)
    base = round(rng.uniform(280, 750), 2); nk = round(rng.uniform(90, 260), 2)
    sy, sm = 2026, rng.randint(1, 12); start_p, start = d(sy, sm, rng.choice([1, 1, 15]))
    p = Page()
    p.text(50, 50, "MIETVERTRAG", "TB", 15)
    p.lines(50, 85, [f"Vermieter: Herr {lf} {ll}", f"Mieter: Frau {tf} {tl}"], "T", 11)
    p.lines(50, 130, [f"Straße, Hausnummer:  {st} {no}", f"PLZ, Ort:  {plz} {city}", f"Wohnfläche (ca.):  {str(space).replace('.', ',')} qm",
                      f"Anzahl der Zimmer:  {rooms}", f"Mietbeginn:  {start_p}"], "T", 11)
    p.lines(50, 220, [f"Grundmiete:  {money(base)} €", f"Nebenkosten inkl. Heizung:  {money(nk)} €", f"Gesamt:  {money(base + nk)} €"], "T", 11)
    return [p], {"docType": "mietvertrag", "tenantName": f"{tf} {tl}", "landlordName": f"{lf} {ll}", "street": st, "houseNumber": no,
                 "postalCode": plz, "city": city, "livingSpace": space, "rooms": rooms, "baseRent": base, "utilities": nk, "startDate": start}


# ---------------------------------------------------------------- Schule
SCHOOLS = ["Grundschule am Wasserturm", "IGS Flötenteich", "Gymnasium Eversten", "Albert-Schweitzer-Schule", "BBS II Göttingen",
           "Oberschule Ofenerdiek", "Lessing-Gymnasium", "Grundschule Hasenheide"]


def school_twocol(rng):
    """Schülerbescheinigung with 'Geb.-Dat.' on the same line as the name and a short school year '2026/27'."""
    f, l = person(rng); school = rng.choice(SCHOOLS); plz, city = rng.choice(CITIES)
    by = rng.randint(2008, 2019); bd_p, bd = d(by, rng.randint(1, 12), rng.randint(1, 28)); y = rng.choice([2026, 2027])
    issue_p, issue = d(y, rng.choice([8, 9, 10]), rng.randint(1, 28))
    p = Page()
    p.text(50, 45, school, "HB", 13); p.text(50, 60, f"Schulstraße 1 · {plz} {city} · Schulnummer {rng.randint(10000,99999)}", "H", 8)
    p.text(50, 130, "Schülerbescheinigung", "HB", 14)
    p.text(50, 165, f"Name: {f} {l}", "H", 10.5); p.text(320, 165, f"Geb.-Dat.: {bd_p}", "H", 10.5)
    p.text(50, 183, f"Klasse: {rng.randint(1,12)}{rng.choice('abcd')}", "H", 10.5); p.text(320, 183, f"Schuljahr: {y}/{str(y+1)[2:]}", "H", 10.5)
    p.lines(50, 215, ["ist Schüler/in unserer Schule (Vollzeitschulform).", "Die Bescheinigung wird zur Vorlage beim Leistungsträger ausgestellt."], "H", 10)
    p.text(50, 280, f"{city}, {issue_p}", "H", 10); p.text(300, 280, "i. A. Sekretariat", "H", 10)
    return [p], {"docType": "schulbescheinigung", "studentName": f"{f} {l}", "studentBirthDate": bd, "schoolName": school,
                 "schoolYear": f"{y}/{y+1}", "issueDate": issue}


def school_sentence(rng):
    """Letter: pupil name and birth date only in a sentence ('geb.'), issue date labelled 'Datum'."""
    f, l = person(rng); school = rng.choice(SCHOOLS); plz, city = rng.choice(CITIES)
    by = rng.randint(2008, 2019); bm, bdy = rng.randint(1, 12), rng.randint(1, 28); y = 2026
    issue_p, issue = d(y, 9, rng.randint(1, 28))
    p = Page()
    p.text(300, 45, school, "TB", 12); p.text(300, 60, f"{plz} {city}", "T", 9)
    p.text(300, 90, f"Datum: {issue_p}", "T", 10)
    p.text(60, 140, "Schulbescheinigung", "TB", 13)
    p.lines(60, 170, ["Hiermit wird bestätigt, dass",
                      f"{'der Schüler' if rng.random() < .5 else 'die Schülerin'} {f} {l}, geb. {bdy}. {MONTHS[bm-1]} {by},",
                      f"im Schuljahr {y}/{y+1} die Jahrgangsstufe {rng.randint(1,12)} unserer Schule besucht.",
                      "Der Schulbesuch endet voraussichtlich mit Ablauf des Schuljahres " + f"{y+2}/{y+3}."], "T", 11)
    p.text(60, 260, "Schulleitung", "T", 10)
    return [p], {"docType": "schulbescheinigung", "studentName": f"{f} {l}", "studentBirthDate": f"{by}-{bm:02d}-{bdy:02d}",
                 "schoolName": school, "schoolYear": f"{y}/{y+1}", "issueDate": issue}


# ---------------------------------------------------------------- Mittagessen
CATERERS = ["apetito catering B.V. & Co. KG", "Schulverpflegung Weserland GmbH", "Förderverein der Grundschule Hasenheide e.V.", "Mensa-Team Lindenhof gGmbH"]


def lunch_annex(rng):
    """BuT 'Anlage 3' filled by the provider: child grid (label row, value row), IBAN with spaces, monthly flat rate distractor."""
    f, l = person(rng); school = rng.choice(SCHOOLS); prov = rng.choice(CATERERS); ib = iban(rng)
    price = round(rng.choice([3.2, 3.5, 3.8, 3.95, 4.1, 4.5]), 2); sp, s = d(2026, rng.choice([8, 9, 10]), rng.randint(1, 28))
    p = Page()
    p.text(50, 45, "Anlage 3 zum Antrag auf Leistungen für Bildung und Teilhabe", "HB", 10)
    p.text(50, 62, "Bestätigung über die Teilnahme an der gemeinschaftlichen Mittagsverpflegung", "HB", 11)
    p.box(50, 80, 495, 40); p.line(50, 98, 545, 98); p.line(300, 80, 300, 120); p.line(430, 80, 430, 120)
    p.text(56, 93, "Name, Vorname des Kindes", "H", 8.5); p.text(306, 93, "Geburtsdatum", "H", 8.5); p.text(436, 93, "Klasse/Gruppe", "H", 8.5)
    p.text(56, 114, f"{l}, {f}", "H", 10); p.text(306, 114, d(rng.randint(2012, 2020), rng.randint(1, 12), rng.randint(1, 28))[0], "H", 10)
    p.text(436, 114, f"{rng.randint(1,4)}{rng.choice('abc')}", "H", 10)
    p.lines(50, 145, [f"Schule/Einrichtung: {school}", f"Essensanbieter: {prov}", "Mittagessen an den Tagen: Mo – Fr",
                      f"Preis pro Essen: {money(price)} €", f"(entspricht einer monatlichen Pauschale von {money(price * 20)} €)",
                      f"Teilnahme ab: {sp}", "", "Bankverbindung des Anbieters:", f"Kontoinhaber: {prov}",
                      f"IBAN: {spaced(ib)}", "BIC: NOLADE21XXX", f"Verwendungszweck: Kd.-Nr. {rng.randint(1000,9999)}"], "H", 10)
    p.text(50, 400, "Ort, Datum, Stempel und Unterschrift des Anbieters", "H", 8)
    return [p], {"docType": "mittagessen_bestaetigung", "childName": f"{f} {l}", "institutionName": school, "providerName": prov,
                 "providerIban": ib, "pricePerMeal": price, "startDate": s}


def lunch_letter(rng):
    """Caterer letter: the child in a sentence, IBAN on the line below 'Bankverbindung', price as 'Essensgeld je Mahlzeit'."""
    f, l = person(rng); school = rng.choice(SCHOOLS); prov = rng.choice(CATERERS[:2] + ["Kantine Frischekiste GmbH"]); ib = iban(rng)
    price = round(rng.choice([2.9, 3.4, 3.75, 4.0, 4.25]), 2); sp, s = d(2026, rng.choice([9, 10, 11]), 1)
    p = Page()
    p.text(50, 45, prov, "TB", 13); p.text(50, 60, "Schul- und Kitaverpflegung", "T", 9)
    p.text(50, 130, "Bestätigung der Anmeldung zum Mittagessen", "TB", 12)
    p.lines(50, 155, ["Sehr geehrte Eltern,",
                      f"hiermit bestätigen wir, dass Ihr Kind {f} {l} ab dem {sp} am Mittagessen",
                      f"in der {school} teilnimmt. Das Essensgeld je Mahlzeit beträgt {money(price)} Euro.",
                      "", "Bitte überweisen Sie das Essensgeld monatlich im Voraus.", "Bankverbindung:", spaced(ib),
                      "Sparkasse Oldenburg"], "T", 11)
    return [p], {"docType": "mittagessen_bestaetigung", "childName": f"{f} {l}", "institutionName": school, "providerName": prov,
                 "providerIban": ib, "pricePerMeal": price, "startDate": s}


# ---------------------------------------------------------------- Meldebescheinigung
def melde_grid(rng):
    """Form with label row and value row, address split over two lines, issue date at the bottom."""
    f, l = person(rng); st, no, plz, city = addr(rng)
    bd_p, bd = d(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)); mv_p, mv = d(rng.randint(2010, 2026), rng.randint(1, 12), rng.randint(1, 28))
    is_p, iss = d(2026, rng.randint(1, 11), rng.randint(1, 28))
    p = Page()
    p.text(50, 45, f"Stadt {city}", "HB", 13); p.text(50, 60, "Bürgerbüro – Meldebehörde", "H", 9)
    p.text(50, 110, "Meldebescheinigung (einfache)", "HB", 13)
    p.box(50, 130, 495, 40); p.line(50, 148, 545, 148); p.line(300, 130, 300, 170)
    p.text(56, 143, "Familienname", "H", 8.5); p.text(306, 143, "Vornamen", "H", 8.5)
    p.text(56, 164, l, "H", 10.5); p.text(306, 164, f, "H", 10.5)
    p.box(50, 170, 495, 40); p.line(50, 188, 545, 188); p.line(300, 170, 300, 210)
    p.text(56, 183, "Geburtsdatum", "H", 8.5); p.text(306, 183, "Geburtsort", "H", 8.5)
    p.text(56, 204, bd_p, "H", 10.5); p.text(306, 204, rng.choice(["Kiew", "Ankara", "Danzig", "Bremen", "Aleppo"]), "H", 10.5)
    p.lines(50, 240, ["Anschrift (alleinige Wohnung):", f"{st} {no}", f"{plz} {city}", "", f"Einzugsdatum: {mv_p}"], "H", 10.5)
    p.text(50, 400, f"{city}, den {is_p}", "H", 10); p.text(330, 400, "Im Auftrag", "H", 10)
    return [p], {"docType": "meldebescheinigung", "personName": f"{f} {l}", "birthDate": bd, "street": st, "houseNumber": no,
                 "postalCode": plz, "city": city, "moveInDate": mv, "issueDate": iss}


def melde_ext(rng):
    """Erweiterte Meldebescheinigung in two columns with 'Tag des Einzugs' and 'Ausstellungsdatum' top right."""
    f, l = person(rng); st, no, plz, city = addr(rng)
    bd_p, bd = d(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)); mv_p, mv = d(rng.randint(2010, 2026), rng.randint(1, 12), rng.randint(1, 28))
    is_p, iss = d(2026, rng.randint(1, 11), rng.randint(1, 28))
    p = Page()
    p.text(50, 45, f"{city} – Einwohnermeldeamt", "TB", 12); p.text(380, 45, f"Ausstellungsdatum: {is_p}", "T", 9.5)
    p.text(50, 100, "Erweiterte Meldebescheinigung", "TB", 14)
    left = [("Familienname", l), ("Geburtsname", l), ("Vornamen", f), ("Geburtsdatum", bd_p), ("Staatsangehörigkeit", "deutsch")]
    right = [("Straße/Hausnr.", f"{st} {no}"), ("PLZ/Ort", f"{plz} {city}"), ("Wohnungsstatus", "Hauptwohnung"),
             ("Tag des Einzugs", mv_p), ("Familienstand", "ledig")]
    for i, (k, v) in enumerate(left):
        p.text(50, 135 + i * 18, k + ":", "T", 10); p.text(160, 135 + i * 18, v, "T", 10)
    for i, (k, v) in enumerate(right):
        p.text(310, 135 + i * 18, k + ":", "T", 10); p.text(410, 135 + i * 18, v, "T", 10)
    return [p], {"docType": "meldebescheinigung", "personName": f"{f} {l}", "birthDate": bd, "street": st, "houseNumber": no,
                 "postalCode": plz, "city": city, "moveInDate": mv, "issueDate": iss}


# ---------------------------------------------------------------- Kontoauszug
BANKS = ["Sparkasse Göttingen", "Oldenburgische Landesbank AG", "Kasseler Sparkasse", "Volksbank Weser-Ems eG", "Deutsche Bank AG", "Postbank"]


def konto_table(rng):
    """Statement with header block, bookings carrying other IBANs, holder in the address window."""
    f, l = person(rng); st, no, plz, city = addr(rng); ib = iban(rng); bank = rng.choice(BANKS)
    m = rng.randint(1, 12); y = 2026; sd_p, sd = d(y, m, end_of_month(y, m))
    p = Page()
    p.text(50, 45, bank, "HB", 13)
    window(p, 110, "Frau" if rng.random() < .5 else "Herrn", f, l, st, no, plz, city)
    p.lines(360, 105, [f"Kontoauszug {m}/{y}   Blatt 1/1", f"IBAN {spaced(ib)}", "BIC  " + rng.choice(["NOLADE21GOE", "OLBODEH2XXX", "HELADEF1KAS"]),
                       f"Erstellt am {sd_p}"], "H", 9)
    p.box(50, 200, 495, 16, grey=0.9)
    for x, h in [(55, "Bu-Tag"), (105, "Wert"), (155, "Vorgang / Verwendungszweck"), (470, "Betrag EUR")]:
        p.text(x, 212, h, "HB", 8.5)
    yy = 232
    for txt, amt in [("Gutschrift Lohn/Gehalt " + MONTHS[m - 1], rng.uniform(900, 2500)), ("Lastschrift Miete, IBAN " + spaced(iban(rng)), -rng.uniform(400, 800)),
                     ("Kindergeld KG " + f"{rng.randint(100,999)}FK{rng.randint(0,999999):06d}", 255.0), ("Kartenzahlung REWE", -rng.uniform(10, 90))]:
        p.text(55, yy, f"{rng.randint(1,28):02d}.{m:02d}.", "H", 8.5); p.text(105, yy, f"{rng.randint(1,28):02d}.{m:02d}.", "H", 8.5)
        p.text(155, yy, txt, "H", 8.5); p.right(535, yy, ("+" if amt > 0 else "") + money(amt), "H", 8.5); yy += 14
    p.lines(300, yy + 15, [f"Alter Kontostand  {money(rng.uniform(0, 900))} EUR", f"Neuer Kontostand  {money(rng.uniform(0, 900))} EUR"], "HB", 9)
    return [p], {"docType": "kontoauszug", "accountHolder": f"{f} {l}", "iban": ib, "bankName": bank, "statementDate": sd}


def konto_online(rng):
    """Online banking print-out: 'Umsatzübersicht', Kontoinhaber label, period vom … bis …, statement date = 'bis' date."""
    f, l = person(rng); ib = iban(rng); bank = rng.choice(BANKS)
    m = rng.randint(2, 12); y = 2026; fr_p = d(y, m, 1)[0]; to_p, to = d(y, m, end_of_month(y, m))
    p = Page()
    p.text(50, 45, bank + " – Online-Banking", "C", 11)
    p.lines(50, 80, [f"Kontoauszug Nr. {m:03d} vom {to_p}", f"Kontoinhaber: {f} {l}", f"IBAN: {ib}", f"Zeitraum: {fr_p} - {to_p}"], "C", 10, 15)
    yy = 170
    for k in range(6):
        p.text(50, yy, f"{k*4+2:02d}.{m:02d}.{y}  {'Überweisung' if k % 2 else 'Lastschrift'} {rng.choice(['Stadtwerke', 'Telekom', 'Lidl', 'Jobcenter', 'Miete'])}", "C", 9)
        p.right(540, yy, money(rng.uniform(-300, 300)), "C", 9); yy += 13
    return [p], {"docType": "kontoauszug", "accountHolder": f"{f} {l}", "iban": ib, "bankName": bank, "statementDate": to}


# ---------------------------------------------------------------- Klassenfahrt
def trip_letter(rng):
    """Elternbrief: destination and dates in a sentence, deposit amount near the total, child on the reply slip."""
    f, l = person(rng); school = rng.choice(SCHOOLS); dest = rng.choice(["Borkum", "Berlin", "Hamburg", "Harz", "Prag", "Wangerooge"])
    y, m = 2027, rng.randint(3, 7); s = rng.randint(1, 20); e = s + rng.randint(2, 4)
    cost = round(rng.uniform(120, 420)); dep = 50
    p = Page()
    p.text(50, 45, school, "HB", 12)
    p.text(50, 100, "Elternbrief – Klassenfahrt", "HB", 12)
    p.lines(50, 125, ["Liebe Eltern,",
                      f"unsere Klasse {rng.randint(5,10)}{rng.choice('abc')} fährt vom {d(y,m,s)[0]} bis {d(y,m,e)[0]} nach {dest}.",
                      f"Die Kosten für Fahrt, Unterkunft und Verpflegung betragen insgesamt {money(cost)} € pro Kind.",
                      f"Bitte überweisen Sie eine Anzahlung von {money(dep)} € bis zum 15.01.{y}.",
                      "", "Mit freundlichen Grüßen, die Klassenleitung"], "H", 10)
    p.line(50, 240, 545, 240)
    p.text(50, 260, "Rückmeldung (bitte abtrennen)", "HB", 10)
    p.lines(50, 280, [f"Name des Kindes: {f} {l}", "Mein Kind nimmt an der Klassenfahrt teil."], "H", 10)
    return [p], {"docType": "fahrt_bestaetigung", "childName": f"{f} {l}", "schoolName": school, "destination": dest,
                 "startDate": d(y, m, s)[1], "endDate": d(y, m, e)[1], "cost": float(cost)}


def trip_form(rng):
    """School confirmation form with a compressed date range '02.–06.03.2027' and 'Gesamtkosten je Teilnehmer'."""
    f, l = person(rng); school = rng.choice(SCHOOLS); dest = rng.choice(["Jugendherberge Bremen", "Lüneburg", "Köln", "Sylt", "Dresden"])
    y, m = 2027, rng.randint(2, 10); s = rng.randint(1, 9); e = s + rng.randint(2, 5)
    cost = round(rng.uniform(90, 480), 2)
    p = Page()
    p.text(50, 45, school, "TB", 12)
    p.text(50, 90, "Bestätigung der Schule über eine mehrtägige Klassenfahrt", "TB", 12)
    p.lines(50, 120, [f"Schüler/in: {f} {l}", f"Klasse: {rng.randint(3,12)}{rng.choice('abcd')}", f"Ziel der Fahrt: {dest}",
                      f"Reisezeitraum: {s:02d}.–{e:02d}.{m:02d}.{y}", f"Gesamtkosten je Teilnehmer: {money(cost)} EUR",
                      f"davon bereits gezahlt: {money(50)} EUR"], "T", 11)
    p.text(50, 230, "Stempel der Schule / Unterschrift Klassenleitung", "T", 9)
    return [p], {"docType": "fahrt_bestaetigung", "childName": f"{f} {l}", "schoolName": school, "destination": dest,
                 "startDate": d(y, m, s)[1], "endDate": d(y, m, e)[1], "cost": cost}


# ---------------------------------------------------------------- other
def other_invoice(rng):
    p = Page()
    p.text(50, 45, "Elektro Brandes GmbH", "HB", 12)
    p.lines(50, 100, ["Rechnung Nr. 2026-1187", "Rechnungsdatum: 12.10.2026", "Kunde: " + " ".join(person(rng)),
                      "Austausch Steckdosen, Arbeitszeit 2,5 Std.", "Nettobetrag 210,00 EUR", "MwSt. 19 % 39,90 EUR", "Gesamtbetrag 249,90 EUR",
                      "Zahlbar innerhalb von 14 Tagen auf IBAN " + spaced(iban(rng))], "H", 10)
    return [p], {"docType": "other"}


def other_doctor(rng):
    p = Page()
    p.text(50, 45, "Praxis Dr. med. Winter – Kinderheilkunde", "TB", 12)
    p.lines(50, 100, ["Ärztliche Bescheinigung", "Patient: " + " ".join(person(rng)) + ", geb. 04.05.2016",
                      "Das Kind war vom 02.11.2026 bis 06.11.2026 krankheitsbedingt nicht schulfähig.", "Oldenburg, 06.11.2026"], "T", 11)
    return [p], {"docType": "other"}


TEMPLATES = [payslip_datev, payslip_grid, payslip_mono, bg_multipage, bg_change, wg_letter, wg_table, kiz_children, kiz_sentence,
             rente_adjust, rente_award, miete_form, miete_short, school_twocol, school_sentence, lunch_annex, lunch_letter,
             melde_grid, melde_ext, konto_table, konto_online, trip_letter, trip_form, other_invoice, other_doctor]
