"""Räddningstjänstförbundet Skärvsta – direktionens protokoll 2026-03-12. PDF via reportlab (Liberation Sans).

Layout: every § is a two-column block. The § number ("§ 15") sits in a narrow left margin column on the
same line as the bold title in the wide text column; the Dnr, the text, "Beslut" with numbered points
(1., 2., 3.), reservations, a "Särskilt yttrande" and a "Protokollsanteckning" all follow in the text
column. A running header and a signature footer are drawn on every page.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from common import out_dir, register_liberation, sv_int, sv_tenths

FILE = "skarvsta_rsf_direktion_protokoll_2026-03-12.pdf"
DATE = "2026-03-12"

# --- direktionen: 7 beslutande (Skärvsta 3, Lindåsen 2, Norrgrava 2)
LEDAMOTER = [
    ("Marita Öhman", "S", "Skärvsta", "ordförande"),
    ("Jörgen Tallkvist", "M", "Lindåsen", "vice ordförande"),
    ("Roland Sköld", "SD", "Skärvsta", ""),
    ("Gun Ahlström", "M", "Skärvsta", ""),
    ("Pernilla Ask", "S", "Lindåsen", ""),
    ("Agneta Friberg", "C", "Norrgrava", ""),
    ("Sven-Olof Hedin", "KD", "Norrgrava", "tjänstgörande ersättare för Tomas Lindell (KD)"),
]
assert len(LEDAMOTER) == 7
VOTE = {"Marita Öhman": "Ja", "Gun Ahlström": "Ja", "Pernilla Ask": "Ja", "Agneta Friberg": "Ja",
        "Sven-Olof Hedin": "Ja", "Roland Sköld": "Nej", "Jörgen Tallkvist": "Nej"}
JA = sum(v == "Ja" for v in VOTE.values())
NEJ = sum(v == "Nej" for v in VOTE.values())
assert (JA, NEJ) == (5, 2) and set(VOTE) == {n for n, *_ in LEDAMOTER}

# --- årsredovisning 2025 (tkr)
MEDLEMSBIDRAG = {"Skärvsta": 51600, "Lindåsen": 26680, "Norrgrava": 20180}
MB_SUM = sum(MEDLEMSBIDRAG.values())
assert MB_SUM == 98460
RESULTAT_2025, RESULTAT_2024, BUDGET_RES = 1620, -430, 500
REAVINST = 180
BALANSKRAV = RESULTAT_2025 - REAVINST
assert BALANSKRAV == 1440

# --- insatsstatistik 2025
LARM = [("Brand i byggnad", 214), ("Brand ej i byggnad", 301), ("Trafikolycka", 388),
        ("Automatiskt brandlarm, ej brand", 611), ("Drunkning eller olycka i vatten", 27),
        ("I väntan på ambulans (IVPA)", 163), ("Övriga uppdrag", 208)]
LARM_SUM = sum(n for _, n in LARM)
LARM_KOMMUN = {"Skärvsta": 1004, "Lindåsen": 521, "Norrgrava": 387}
LARM_2024 = 1786
assert LARM_SUM == 1912 == sum(LARM_KOMMUN.values()) and LARM_SUM - LARM_2024 == 126

# --- brandstation Norrgrava (tenths of mnkr)
INVRAM = 465
DRIFT_OKNING = 29
# --- obefogade larm (kr)
AVG_GAMMAL, AVG_NY = 5900, 6800
assert round((AVG_NY - AVG_GAMMAL) * 100 / AVG_GAMMAL) == 15
# --- tillsynstaxa (kr/h)
TAXA_GAMMAL, TAXA_NY = 1240, 1310
# --- RIB
RIB_BEF, RIB_TILLSATT, RIB_TILLSATT_2024, RIB_NYA = 84, 71, 66, 9
assert RIB_BEF - RIB_TILLSATT == 13


def build():
    register_liberation()
    F, FB = "LibSans", "LibSans-Bold"
    ss = dict(
        body=ParagraphStyle("b", fontName=F, fontSize=9.5, leading=12.5, spaceAfter=4),
        title=ParagraphStyle("t", fontName=FB, fontSize=11, leading=14),
        num=ParagraphStyle("n", fontName=FB, fontSize=11, leading=14),
        dnr=ParagraphStyle("d", fontName=F, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555"),
                           spaceAfter=4),
        sub=ParagraphStyle("s", fontName=FB, fontSize=9.5, leading=12.5, spaceBefore=3, spaceAfter=2),
        big=ParagraphStyle("bg", fontName=FB, fontSize=17, leading=21),
        org=ParagraphStyle("o", fontName=FB, fontSize=10.5, leading=13),
        small=ParagraphStyle("sm", fontName=F, fontSize=8.5, leading=11),
        cell=ParagraphStyle("c", fontName=F, fontSize=8.5, leading=10.5),
        cellb=ParagraphStyle("cb", fontName=FB, fontSize=8.5, leading=10.5),
    )
    P = lambda t, s="body": Paragraph(t, ss[s])

    def numbered(items):
        return ListFlowable([ListItem(P(t), leftIndent=14, value=i + 1) for i, t in enumerate(items)],
                            bulletType="1", bulletFormat="%s.", bulletFontName=F, bulletFontSize=9.5,
                            leftIndent=14, spaceAfter=4)

    NUMW, TEXTW = 20 * mm, 150 * mm

    def paragraf(nr, title, dnr, parts):
        rows = [[P(f"§ {nr}", "num"), P(title, "title")]]
        if dnr:
            rows.append(["", P(dnr, "dnr")])
        for part in parts:
            rows.append(["", part])
        t = Table(rows, colWidths=[NUMW, TEXTW])
        t.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.HexColor("#8a1c1c")),
            ("TOPPADDING", (0, 0), (-1, 0), 5),
        ]))
        return [t, Spacer(1, 6)]

    story = []
    # ---------------- front page
    story += [P("RÄDDNINGSTJÄNSTFÖRBUNDET SKÄRVSTA", "org"),
              P("Kommunalförbund för Skärvsta, Lindåsen och Norrgrava kommuner", "small"), Spacer(1, 6),
              P("PROTOKOLL – Direktionen", "big"), Spacer(1, 4)]
    led_lines = []
    for n, p, k, roll in LEDAMOTER:
        extra = f", {roll}" if roll else ""
        led_lines.append(f"{n} ({p}), {k}{extra}")
    front = [
        ("Sammanträdesdatum", DATE),
        ("Plats och tid", "Brandstationen i Skärvsta, Verkstadsvägen 3, lektionssalen Glöden, kl. 13.00–15.50"),
        ("Beslutande", "<br/>".join(led_lines)),
        ("Ersättare", "Lisa Hammar (V), Skärvsta; Mikael Rudén (L), Lindåsen"),
        ("Övriga närvarande", "Henrik Gyllen, förbundsdirektör och räddningschef; Sara Bodin, ekonomichef; "
                              "Jonas Fält, enhetschef förebyggande; Annika Lövgren, förbundssekreterare"),
        ("Utses att justera", "Pernilla Ask (S)"),
        ("Justeringens plats och tid", "Förbundskansliet, Verkstadsvägen 3, Skärvsta, 2026-03-17 kl. 15.00"),
        ("Paragrafer", "§§ 12–19"),
        ("Underskrifter", "Sekreterare: Annika Lövgren<br/>Ordförande: Marita Öhman<br/>"
                          "Justerare: Pernilla Ask"),
    ]
    ft = Table([[P(a, "cellb"), P(b, "cell")] for a, b in front], colWidths=[42 * mm, 128 * mm])
    ft.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story += [ft, Spacer(1, 4),
              P("ANSLAG/BEVIS: Protokollet är justerat. Justeringen har tillkännagetts genom anslag på förbundets "
                "digitala anslagstavla. Anslaget sätts upp 2026-03-18 och tas ned 2026-04-09. Protokollet förvaras "
                "på förbundskansliet.", "small"),
              Spacer(1, 10)]

    # ---------------- § 12
    story += paragraf(12, "Val av justerare och godkännande av dagordning", None, [
        P("Ordföranden föreslår att Pernilla Ask (S) utses att jämte ordföranden justera protokollet. "
          "Ärendet om revidering av förbundets dokumenthanteringsplan utgår från dagordningen, eftersom "
          "remissvaret från arkivmyndigheten ännu inte har kommit in."),
        P("Beslut", "sub"),
        numbered(["Pernilla Ask (S) utses att justera protokollet.",
                  "Dagordningen godkänns med den ändringen att ärendet om dokumenthanteringsplan utgår."]),
    ])

    # ---------------- § 13
    mb = "; ".join(f"{k} {sv_int(v)} tkr" for k, v in MEDLEMSBIDRAG.items())
    story += paragraf(13, "Årsredovisning 2025 för Räddningstjänstförbundet Skärvsta", "Dnr RSF 2026/9", [
        P("Föredragande: ekonomichef Sara Bodin"),
        P("Ärendebeskrivning", "sub"),
        P(f"Förbundet redovisar för 2025 ett resultat om {sv_int(RESULTAT_2025)} tkr, att jämföra med ett "
          f"budgeterat resultat om {sv_int(BUDGET_RES)} tkr och med {sv_int(RESULTAT_2024)} tkr för 2024. "
          "Överskottet förklaras främst av vakanta tjänster inom förebyggandeenheten under första halvåret och "
          "lägre pensionskostnader än beräknat. Kostnaderna för drivmedel och fordonsunderhåll blev högre än "
          f"budgeterat. Medlemsbidragen uppgick till sammanlagt {sv_int(MB_SUM)} tkr ({mb}). "
          f"Efter avdrag för realisationsvinst vid försäljning av en äldre tankbil ({sv_int(REAVINST)} tkr) "
          f"uppgår balanskravsresultatet till {sv_int(BALANSKRAV)} tkr. Förbundet uppfyller balanskravet."),
        P("Beslut", "sub"),
        numbered(["Direktionen godkänner årsredovisning 2025 för Räddningstjänstförbundet Skärvsta.",
                  "Årsredovisningen överlämnas till förbundets revisorer och till medlemskommunernas fullmäktige "
                  "för prövning av frågan om ansvarsfrihet.",
                  f"Balanskravsresultatet om {sv_int(BALANSKRAV)} tkr förs till förbundets egna kapital."]),
    ])

    # ---------------- § 14
    lt_rows = [[P("Händelsetyp", "cellb"), P("Antal 2025", "cellb")]]
    lt_rows += [[P(a, "cell"), P(sv_int(n), "cell")] for a, n in LARM]
    lt_rows.append([P("Totalt", "cellb"), P(sv_int(LARM_SUM), "cellb")])
    lt = Table(lt_rows, colWidths=[70 * mm, 25 * mm], hAlign="LEFT")
    lt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
                            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    perk = ", ".join(f"{k} {sv_int(v)}" for k, v in LARM_KOMMUN.items())
    story += paragraf(14, "Insatsstatistik 2025", "Dnr RSF 2026/11", [
        P("Föredragande: förbundsdirektör Henrik Gyllen"),
        P(f"Förbundet hade under 2025 totalt {sv_int(LARM_SUM)} larm, vilket är {LARM_SUM - LARM_2024} fler än "
          f"2024 ({sv_int(LARM_2024)}). Fördelat på medlemskommunerna: {perk}. Ökningen beror till största delen "
          "på fler automatiska brandlarm utan brand. Den genomsnittliga insatstiden för larm med prioritet 1 var "
          "11,6 minuter (2024: 12,1 minuter)."),
        lt, Spacer(1, 3),
        P("Beslut", "sub"),
        numbered(["Direktionen lägger informationen till handlingarna."]),
    ])

    # ---------------- § 15
    story += paragraf(15, "Investeringsbeslut – ny brandstation i Norrgrava", "Dnr RSF 2025/41", [
        P("Föredragande: förbundsdirektör Henrik Gyllen"),
        P("Ärendebeskrivning", "sub"),
        P("Brandstationen i Norrgrava är byggd 1968 och uppfyller inte dagens krav på arbetsmiljö. Det saknas "
          "bland annat separata rena och smutsiga zoner, omklädningsrum för kvinnor och män samt tvätthall för "
          "kontaminerad utrustning. En förstudie har visat att en ombyggnad inte är ekonomiskt försvarbar. "
          f"Förbundsdirektören föreslår därför en ny station på tomten vid Industrigatan med en investeringsram "
          f"om {sv_tenths(INVRAM)} mnkr. Kapitalkostnader och ökad drift beräknas till {sv_tenths(DRIFT_OKNING)} mnkr "
          "per år från 2028 och fördelas på medlemskommunerna enligt förbundsordningens fördelningsnyckel. "
          "Byggstart planeras till hösten 2026 och inflyttning till 2028. Upphandling av totalentreprenad "
          "påbörjas efter direktionens beslut."),
        P("Yrkanden", "sub"),
        P("Marita Öhman (S), Agneta Friberg (C) och Sven-Olof Hedin (KD) yrkar bifall till förbundsdirektörens "
          "förslag. Jörgen Tallkvist (M) yrkar i första hand att ärendet återremitteras för att utreda en "
          "gemensam station med ambulansverksamheten, i andra hand avslag. Roland Sköld (SD) yrkar avslag."),
        P("Propositionsordning och omröstning", "sub"),
        P("Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner "
          "att det ska avgöras i dag. Därefter ställer ordföranden proposition på bifall mot avslag och finner "
          "bifall. Omröstning begärs. Ja-röst för bifall, nej-röst för avslag. Omröstningen utfaller med "
          f"{JA} ja-röster mot {NEJ} nej-röster. Ja röstar Marita Öhman (S), Gun Ahlström (M), Pernilla Ask (S), "
          "Agneta Friberg (C) och Sven-Olof Hedin (KD). Nej röstar Jörgen Tallkvist (M) och Roland Sköld (SD). "
          "Direktionen har därmed bifallit förslaget."),
        P("Beslut", "sub"),
        numbered([f"Direktionen fastställer en investeringsram om {sv_tenths(INVRAM)} mnkr för en ny brandstation i "
                  "Norrgrava.",
                  "Förbundsdirektören får i uppdrag att genomföra upphandling av totalentreprenad.",
                  "Direktionen ska informeras om upphandlingens resultat innan avtal tecknas."]),
        P("Reservationer", "sub"),
        P("Jörgen Tallkvist (M) och Roland Sköld (SD) reserverar sig mot beslutet till förmån för egna yrkanden."),
        P("Särskilt yttrande", "sub"),
        P("Agneta Friberg (C) lämnar ett särskilt yttrande: ”Centerpartiet står bakom beslutet om en ny station. "
          "Vi anser dock att fördelningsnyckeln för kapitalkostnader bör ses över inför nästa revidering av "
          "förbundsordningen, så att investeringar i en enskild medlemskommun bedöms utifrån hela förbundets "
          "behov.”"),
    ])

    # ---------------- § 16
    story += paragraf(16, "Avgift för obefogade automatiska brandlarm", "Dnr RSF 2026/3", [
        P("Föredragande: enhetschef Jonas Fält"),
        P("Ärendebeskrivning", "sub"),
        P("Enligt förbundsordningen får direktionen fastställa avgiften för obefogade automatiska brandlarm. "
          "Avgift tas ut från och med det andra obefogade larmet från samma anläggning inom en tolvmånadersperiod. "
          f"Avgiften har varit {sv_int(AVG_GAMMAL)} kr sedan 2022. Förbundet föreslår att den höjs med cirka "
          "15 procent för att motsvara den faktiska kostnaden för en utryckning med en släckenhet."),
        P("Beslut", "sub"),
        numbered([f"Avgiften för obefogat automatiskt brandlarm fastställs till {sv_int(AVG_NY)} kr per larm.",
                  "Beslutet gäller från och med 2026-04-01."]),
    ])

    # ---------------- § 17
    story += paragraf(17, "Förslag till ny taxa för tillsyn enligt LSO och tillstånd enligt LBE",
                      "Dnr RSF 2026/5", [
        P("Föredragande: enhetschef Jonas Fält"),
        P("Ärendebeskrivning", "sub"),
        P("Taxan för tillsyn enligt lagen om skydd mot olyckor (LSO) och tillståndsprövning enligt lagen om "
          "brandfarliga och explosiva varor (LBE) beslutas av respektive medlemskommuns fullmäktige. Förbundet "
          f"föreslår att timavgiften höjs från {sv_int(TAXA_GAMMAL)} kr till {sv_int(TAXA_NY)} kr. Taxan "
          "föreslås träda i kraft när samtliga tre medlemskommuners fullmäktige har antagit den."),
        P("Beslut", "sub"),
        numbered(["Direktionen föreslår fullmäktige i Skärvsta, Lindåsen och Norrgrava kommuner att anta förslaget "
                  "till taxa för tillsyn enligt LSO och tillstånd enligt LBE.",
                  "Förslaget översänds till medlemskommunerna."]),
    ])

    # ---------------- § 18
    story += paragraf(18, "Lägesrapport – rekrytering av brandpersonal i beredskap (RIB)", "Dnr RSF 2026/12", [
        P("Föredragande: förbundsdirektör Henrik Gyllen"),
        P(f"Förbundet har {RIB_BEF} befattningar för brandpersonal i beredskap. Den 31 december 2025 var "
          f"{RIB_TILLSATT} av dessa tillsatta (31 december 2024: {RIB_TILLSATT_2024}). Under året anställdes "
          f"{RIB_NYA} nya brandmän i beredskap. Svårast är rekryteringen dagtid på vardagar. Förbundet har "
          "inlett samtal med lokala arbetsgivare om avtal som gör det möjligt för anställda att gå ut på larm "
          "under arbetstid."),
        P("Beslut", "sub"),
        numbered(["Direktionen lägger lägesrapporten till handlingarna."]),
        P("Protokollsanteckning", "sub"),
        P("Ersättaren Lisa Hammar (V) får följande antecknat till protokollet: ”Förbundet bör ta fram en plan för "
          "att rekrytera fler kvinnor till beredskapsstyrkorna och redovisa den för direktionen under hösten.”"),
    ])

    # ---------------- § 19
    story += paragraf(19, "Delegationsbeslut och meddelanden", None, [
        P("Förteckning över delegationsbeslut för perioden 2026-01-15–2026-03-01 samt inkomna meddelanden, "
          "bland annat Myndigheten för samhällsskydd och beredskaps tillsynsrapport, redovisas."),
        P("Beslut", "sub"),
        numbered(["Redovisningen av delegationsbeslut och meddelanden läggs till handlingarna."]),
    ])

    def on_page(c, doc):
        c.saveState()
        c.setFont(F, 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(20 * mm, A4[1] - 12 * mm, "RÄDDNINGSTJÄNSTFÖRBUNDET SKÄRVSTA")
        c.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, f"Protokoll, direktionen {DATE}")
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, f"Sida {doc.page}")
        c.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        c.line(20 * mm, 16 * mm, A4[0] - 20 * mm, 16 * mm)
        c.drawString(20 * mm, 11 * mm, "Justerandes signatur ..................")
        c.drawRightString(A4[0] - 20 * mm, 11 * mm, "Utdragsbestyrkande ..................")
        c.restoreState()

    doc = SimpleDocTemplate(str(out_dir() / FILE), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm,
                            title="Protokoll direktionen 2026-03-12", author="Räddningstjänstförbundet Skärvsta")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


if __name__ == "__main__":
    build()
    print("wrote", out_dir() / FILE)
