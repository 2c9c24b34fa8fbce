"""AB Tunavikshem (helägt av Tunaviks kommun) – excerpt from the årsredovisning 2025. PDF via reportlab
(DejaVu Sans).

- Page 1: förvaltningsberättelse (utdrag) and the first half of the resultaträkning (amounts in kkr, a Not
  column and the periods "2025-01-01 – 2025-12-31" / "2024-01-01 – 2024-12-31" as column headers).
- Page 2: the resultaträkning continues ("Resultaträkning (forts.)") with the column header repeated, down to
  Årets resultat; then "Fem år i sammandrag" with the years 2025 … 2021 as columns.
- Page 3: förslag till vinstdisposition (a proposed utdelning, in kronor) and signatures.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import out_dir, register_dejavu, sv_int, sv_tenths, sv_hundredths

FILE = "tunavik_bostads_ab_arsredovisning_2025.pdf"

# ---- resultaträkning (kkr); (label, not, 2025, 2024)
INTAKTER = [("Nettoomsättning", "2", 186420, 178950), ("Övriga rörelseintäkter", "", 1310, 2040)]
KOSTNADER = [("Driftkostnader", "3", -71860, -69420), ("Underhållskostnader", "", -18240, -21530),
             ("Fastighetsskatt och fastighetsavgift", "", -4870, -4690),
             ("Övriga externa kostnader", "", -9350, -8910), ("Personalkostnader", "4", -22460, -21180),
             ("Av- och nedskrivningar av materiella anläggningstillgångar", "5", -31720, -29860)]
FIN = [("Ränteintäkter och liknande resultatposter", "", 1180, 940),
       ("Räntekostnader och liknande resultatposter", "6", -19640, -15330)]
DISP = [("Förändring av periodiseringsfond", "", -2400, -1500), ("Lämnat koncernbidrag", "", -3000, -2500)]
SKATT = ("Skatt på årets resultat", "7", -1340, -920)


def col(rows, k):
    return sum(r[k] for r in rows)


SUM_INT = (col(INTAKTER, 2), col(INTAKTER, 3))
SUM_KOST = (col(KOSTNADER, 2), col(KOSTNADER, 3))
RORELSE = (SUM_INT[0] + SUM_KOST[0], SUM_INT[1] + SUM_KOST[1])
SUM_FIN = (col(FIN, 2), col(FIN, 3))
REFP = (RORELSE[0] + SUM_FIN[0], RORELSE[1] + SUM_FIN[1])
SUM_DISP = (col(DISP, 2), col(DISP, 3))
FORE_SKATT = (REFP[0] + SUM_DISP[0], REFP[1] + SUM_DISP[1])
ARETS = (FORE_SKATT[0] + SKATT[2], FORE_SKATT[1] + SKATT[3])
assert SUM_INT == (187730, 180990) and SUM_KOST == (-158500, -155590)
assert RORELSE == (29230, 25400) and REFP == (10770, 11010) and ARETS == (4030, 6090)
RANTE_OKNING = FIN[1][3] - FIN[1][2]
assert RANTE_OKNING == 4310

# ---- fem år i sammandrag (years as columns, newest first)
YEARS = [2025, 2024, 2023, 2022, 2021]
FEM = {
    "Nettoomsättning, kkr": [186420, 178950, 169300, 161870, 157240],
    "Rörelseresultat, kkr": [29230, 25400, 27880, 30150, 28610],
    "Resultat efter finansiella poster, kkr": [10770, 11010, 17420, 23960, 22480],
    "Balansomslutning, kkr": [1284600, 1236900, 1171300, 1098700, 1062400],
    "Soliditet, %": [148, 149, 153, 156, 152],                 # tenths
    "Antal lägenheter": [2486, 2438, 2438, 2391, 2274],
    "Uthyrningsgrad, %": [986, 991, 994, 992, 989],            # tenths
    "Genomsnittlig låneränta, %": [261, 224, 171, 98, 87],     # hundredths
    "Genomsnittlig hyra, kr/kvm": [1382, 1318, 1254, 1197, 1172],
}
TENTHS = {"Soliditet, %", "Uthyrningsgrad, %"}
HUNDREDTHS = {"Genomsnittlig låneränta, %"}
assert FEM["Nettoomsättning, kkr"][:2] == [INTAKTER[0][2], INTAKTER[0][3]]
assert FEM["Rörelseresultat, kkr"][:2] == list(RORELSE) and FEM["Resultat efter finansiella poster, kkr"][:2] == list(REFP)
LGH_OKNING = FEM["Antal lägenheter"][0] - FEM["Antal lägenheter"][-1]
assert LGH_OKNING == 212
SADESARLAN = 48
assert FEM["Antal lägenheter"][0] - FEM["Antal lägenheter"][1] == SADESARLAN

# ---- vinstdisposition (kr)
BALANSERAT, ARETS_KR = 71254318, 4030412
assert round(ARETS_KR / 1000) == ARETS[0]
TILL_FORFOGANDE = BALANSERAT + ARETS_KR
UTDELNING = 1500000
NY_RAKNING = TILL_FORFOGANDE - UTDELNING
assert TILL_FORFOGANDE == 75284730 and NY_RAKNING == 73784730


def fmt(label, v):
    if label in TENTHS:
        return sv_tenths(v)
    if label in HUNDREDTHS:
        return sv_hundredths(v)
    return sv_int(v)


def build():
    register_dejavu()
    F, FB = "DejaVu", "DejaVu-Bold"
    ss = dict(
        body=ParagraphStyle("b", fontName=F, fontSize=9, leading=12.5, spaceAfter=5),
        h1=ParagraphStyle("h1", fontName=FB, fontSize=14, leading=18, spaceAfter=6),
        h2=ParagraphStyle("h2", fontName=FB, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3),
        small=ParagraphStyle("s", fontName=F, fontSize=7.5, leading=10),
        c=ParagraphStyle("c", fontName=F, fontSize=8, leading=10),
        cb=ParagraphStyle("cb", fontName=FB, fontSize=8, leading=10),
    )
    P = lambda t, s="body": Paragraph(t, ss[s])
    story = []

    story += [P("AB Tunavikshem", "h1"),
              P("Årsredovisning för räkenskapsåret 2025 (utdrag). Bolaget ägs till 100 procent av Tunaviks kommun "
                "och ingår i Tunavik Stadshus AB-koncernen. Belopp i kkr om inte annat anges."),
              P("Förvaltningsberättelse (utdrag)", "h2"),
              P("Verksamheten", "cb"),
              P("AB Tunavikshem äger och förvaltar hyresbostäder och lokaler i Tunaviks kommun. Bolagets uppdrag "
                "enligt ägardirektivet är att främja bostadsförsörjningen i kommunen och erbjuda trygga boenden med "
                "god service till rimliga hyror."),
              P("Väsentliga händelser under räkenskapsåret", "cb"),
              P(f"I oktober 2025 flyttade de första hyresgästerna in i kv. Sädesärlan, {SADESARLAN} nyproducerade "
                f"lägenheter vid Strandängen. Sedan 2021 har beståndet ökat med {LGH_OKNING} lägenheter. "
                "Hyresförhandlingen med Hyresgästföreningen gav en höjning med 4,9 procent från 1 januari 2025. "
                "För 2026 är hyrorna höjda med 3,8 procent från 1 april 2026. Uthyrningsgraden sjönk något till "
                "98,6 procent, främst på grund av uthyrningsperioden i kv. Sädesärlan."),
              P("Resultat och ekonomisk ställning", "cb"),
              P(f"Rörelseresultatet förbättrades till {sv_int(RORELSE[0])} kkr ({sv_int(RORELSE[1])}), bland annat "
                "tack vare lägre underhållskostnader än året innan. Räntekostnaderna ökade med "
                f"{sv_int(RANTE_OKNING)} kkr jämfört med 2024 till följd av högre marknadsräntor och nya lån för "
                "nyproduktionen. Resultat efter finansiella poster blev därmed något lägre än föregående år. "
                "Ägarens avkastningskrav enligt ägardirektivet, att resultat efter finansiella poster ska uppgå till "
                "minst 5 procent av nettoomsättningen, uppfylldes med 5,8 procent."),
              Spacer(1, 4)]
    assert abs(REFP[0] * 1000 / INTAKTER[0][2] - 57.8) < 0.5   # 5,8 %

    hdr = [P("Belopp i kkr", "cb"), P("Not", "cb"), P("2025-01-01 –<br/>2025-12-31", "cb"),
           P("2024-01-01 –<br/>2024-12-31", "cb")]
    W = [95 * mm, 12 * mm, 31 * mm, 31 * mm]

    def r(label, note, a, b, bold=False):
        s = "cb" if bold else "c"
        return [P(label, s), P(note, "c"), P(sv_int(a), s), P(sv_int(b), s)]

    def sect(label):
        return [P(label, "cb"), "", "", ""]

    def rt_table(rows, sum_rows):
        t = Table([hdr] + rows, colWidths=W, repeatRows=1)
        style = [("ALIGN", (2, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                 ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                 ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
        for i in sum_rows:
            style.append(("LINEABOVE", (2, i), (-1, i), 0.5, colors.black))
        t.setStyle(TableStyle(style))
        return t

    rows1 = [sect("Rörelsens intäkter")] + [r(*x) for x in INTAKTER] + \
            [r("Summa rörelsens intäkter", "", *SUM_INT, bold=True), sect("Rörelsens kostnader")] + \
            [r(*x) for x in KOSTNADER] + \
            [r("Summa rörelsens kostnader", "", *SUM_KOST, bold=True), r("Rörelseresultat", "", *RORELSE, bold=True)]
    story += [P("Resultaträkning", "h2"), rt_table(rows1, [4, 12, 13]),
              Spacer(1, 6), P("Resultaträkningen fortsätter på nästa sida.", "small"), PageBreak()]

    rows2 = [sect("Finansiella poster")] + [r(*x) for x in FIN] + \
            [r("Summa finansiella poster", "", *SUM_FIN, bold=True),
             r("Resultat efter finansiella poster", "", *REFP, bold=True), sect("Bokslutsdispositioner")] + \
            [r(*x) for x in DISP] + \
            [r("Summa bokslutsdispositioner", "", *SUM_DISP, bold=True),
             r("Resultat före skatt", "", *FORE_SKATT, bold=True), r(*SKATT),
             r("Årets resultat", "", *ARETS, bold=True)]
    story += [P("Resultaträkning (forts.)", "h2"), rt_table(rows2, [4, 5, 9, 10, 12]), Spacer(1, 10)]

    fem_hdr = [P("", "cb")] + [P(str(y), "cb") for y in YEARS]
    fem_rows = [fem_hdr] + [[P(k, "c")] + [P(fmt(k, v), "c") for v in vals] for k, vals in FEM.items()]
    ft = Table(fem_rows, colWidths=[64 * mm] + [21 * mm] * 5)
    ft.setStyle(TableStyle([("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef2f6")]),
                            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story += [P("Fem år i sammandrag", "h2"), ft, Spacer(1, 3),
              P("Soliditet: justerat eget kapital i procent av balansomslutningen. Uthyrningsgrad: uthyrda "
                "lägenheter i procent av totalt antal lägenheter vid årets slut.", "small"),
              PageBreak()]

    disp = [["Till årsstämmans förfogande står följande medel (kronor):", ""],
            ["Balanserade vinstmedel", sv_int(BALANSERAT)], ["Årets resultat", sv_int(ARETS_KR)],
            ["Summa", sv_int(TILL_FORFOGANDE)], ["", ""],
            ["Styrelsen föreslår att medlen disponeras så att:", ""],
            ["till aktieägaren Tunavik Stadshus AB utdelas", sv_int(UTDELNING)],
            ["i ny räkning överförs", sv_int(NY_RAKNING)], ["Summa", sv_int(TILL_FORFOGANDE)]]
    dt = Table([[P(a, "c"), P(b, "c")] for a, b in disp], colWidths=[110 * mm, 35 * mm], hAlign="LEFT")
    dt.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"),
                            ("LINEABOVE", (1, 3), (1, 3), 0.5, colors.black),
                            ("LINEABOVE", (1, 8), (1, 8), 0.5, colors.black)]))
    story += [P("Förslag till vinstdisposition", "h2"), dt, Spacer(1, 6),
              P("Styrelsens förslag till utdelning ska prövas av årsstämman. Enligt ägardirektivet får utdelning "
                "lämnas med högst ett belopp som motsvarar en räntesats enligt 3 § lagen om allmännyttiga "
                "kommunala bostadsaktiebolag på det kapital som ägaren har tillskjutit. Årsstämman hålls i april 2026."),
              P("Underskrifter", "h2"),
              P("Tunavik den 12 mars 2026"),
              P("Bengt-Åke Norling, ordförande · Linnéa Strömkvist, vice ordförande · Rafael Ortiz · "
                "Eivor Sandahl · Hannes Björklid<br/>Maria Kronlund, verkställande direktör"),
              P("Vår revisionsberättelse har lämnats den 19 mars 2026. Pia Wennerholm, auktoriserad revisor.", "small")]

    def on_page(c, doc):
        c.saveState()
        c.setFont(F, 7.5)
        c.setFillColor(colors.HexColor("#3b5a78"))
        c.drawString(20 * mm, A4[1] - 12 * mm, "AB Tunavikshem · Årsredovisning 2025")
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, f"{doc.page + 6} (18)")
        c.restoreState()

    doc = SimpleDocTemplate(str(out_dir() / FILE), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title="AB Tunavikshem årsredovisning 2025",
                            author="AB Tunavikshem")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


if __name__ == "__main__":
    build()
    print("wrote", out_dir() / FILE)
