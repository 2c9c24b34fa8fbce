"""Ekgärde kommun – barn- och utbildningsnämnden, delårsrapport januari–augusti 2025. PDF via reportlab
with DejaVu Sans. Numbers use U+202F NARROW NO-BREAK SPACE as thousands separator and a decimal comma,
footnotes are marked with superscript digits (¹ ² ³ ⁴), and the Nyckeltal table is transposed: years as
rows, measures as columns. Amounts are held as integers in tenths of tkr."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from common import out_dir, register_dejavu, nnb_int, nnb_tenths

FILE = "ekgarde_bun_delarsrapport_aug_2025.pdf"
NN = "\u202f"

# verksamhet, budget helår, utfall jan–aug, prognos helår (tenths of tkr)
DRIFT = [
    ("Förskola", 1423600, 939124, 1409055),
    ("Grundskola F–9¹", 2685400, 1820047, 2726400),
    ("Gymnasieskola²", 1182000, 803462, 1196505),
    ("Elevhälsa", 189000, 124505, 185960),
    ("Nämnd och förvaltningsledning", 216000, 139881, 212080),
]
AVV = {r[0]: r[1] - r[3] for r in DRIFT}
T = [sum(r[i] for r in DRIFT) for i in (1, 2, 3)]
TAVV = T[0] - T[2]
assert TAVV == sum(AVV.values()) == -34000  # -3 400,0 tkr = -3,4 mnkr
assert AVV["Grundskola F–9¹"] == -41000 and AVV["Gymnasieskola²"] == -14505 and AVV["Förskola"] == 14545
assert min(AVV, key=AVV.get) == "Grundskola F–9¹"
assert T == [5696000, 3827019, 5730000]

# Nyckeltal: år -> (barn i förskola, elever F–9, kostnad per elev F–9 kr, behöriga yrkesprogram % tenths, nettokostnad mnkr tenths)
NYCKEL = [
    ("2021", 1182, 3406, 108950, 842, 5386),
    ("2022", 1164, 3452, 112300, 829, 5561),
    ("2023", 1139, 3489, 117840, 856, 5798),
    ("2024", 1121, 3511, 121460, 861, 5973),
    ("2025⁴", 1098, 3540, 124900, 837, 6034),
]
INTERNHYRA = 30400  # tkr, ingår i nettokostnad men budgeteras centralt
# nettokostnad 2025 (mnkr, tenths) = prognos helår + internhyror
assert T[2] // 10 + INTERNHYRA == NYCKEL[-1][5] * 100 == 603400


def build():
    register_dejavu()
    body = ParagraphStyle("b", fontName="DejaVu", fontSize=9.5, leading=13, spaceAfter=5)
    h1 = ParagraphStyle("h1", fontName="DejaVu-Bold", fontSize=15, leading=19, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName="DejaVu-Bold", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3)
    note = ParagraphStyle("n", fontName="DejaVu", fontSize=7.5, leading=10, spaceAfter=2)
    P = Paragraph
    s = []
    s += [P("Ekgärde kommun · Barn- och utbildningsnämnden", body),
          P("Delårsrapport januari–augusti 2025", h1),
          P("Diarienummer BUN.2025.77 · Behandlad av barn- och utbildningsnämnden 2025-09-24, § 64 · "
            "Handläggare: Anton Lövgren, controller", body)]

    s.append(P("1. Sammanfattning", h2))
    s.append(P(
        f"Barn- och utbildningsnämnden prognostiserar ett underskott för helåret 2025 om {nnb_tenths(TAVV)} tkr, "
        f"motsvarande 3,4 mnkr eller 0,6 procent av nämndens budget om {nnb_tenths(T[0])} tkr. Underskottet finns "
        "inom grundskolan och gymnasieskolan, medan förskolan, elevhälsan och förvaltningsledningen beräknas "
        "redovisa överskott. Utfallet för perioden januari–augusti uppgår till "
        f"{nnb_tenths(T[1])} tkr, vilket motsvarar 67,2 procent av budgeten. Riktvärdet efter åtta månader "
        "är 66,7 procent.", body))

    s.append(P("2. Driftredovisning per verksamhet (tkr)", h2))
    rows = [["Verksamhet", "Budget helår", "Utfall jan–aug", "Prognos helår", "Avvikelse"]]
    for n, b, u, p in DRIFT:
        rows.append([n, nnb_tenths(b), nnb_tenths(u), nnb_tenths(p), nnb_tenths(b - p)])
    rows.append(["Summa nämnden", nnb_tenths(T[0]), nnb_tenths(T[1]), nnb_tenths(T[2]), nnb_tenths(TAVV)])
    t = Table(rows, colWidths=[52 * mm, 28 * mm, 28 * mm, 28 * mm, 26 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "DejaVu", 8.5), ("FONT", (0, 0), (-1, 0), "DejaVu-Bold", 8.5),
        ("FONT", (0, -1), (-1, -1), "DejaVu-Bold", 8.5), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f1f4ef")]),
    ]))
    s.append(t)
    s.append(Spacer(1, 3))
    s.append(P("¹ Grundskolans underskott avser främst tilläggsbelopp för elever i behov av extraordinärt stöd, "
               f"där antalet beviljade ansökningar ökat från 41 till 58 jämfört med samma period 2024.", note))
    s.append(P("² Gymnasieskolans underskott beror på fler elever än budgeterat som studerar i andra kommuner "
               "och hos fristående huvudmän (interkommunal ersättning).", note))

    s.append(P("3. Kommentarer", h2))
    s.append(P(
        f"Förskolan redovisar ett överskott om {nnb_tenths(AVV['Förskola'])} tkr. Barnantalet fortsätter att "
        "minska och två avdelningar på Lärkans förskola har stängts från augusti. Grundskolans prognos har "
        f"försämrats sedan april och uppgår nu till {nnb_tenths(AVV['Grundskola F–9¹'])} tkr. "
        f"Gymnasieskolans avvikelse är {nnb_tenths(AVV['Gymnasieskola²'])} tkr. Förvaltningen har tagit fram en "
        "åtgärdsplan som innebär att vakanta tjänster i grundskolans centrala stödteam inte återbesätts under "
        "hösten och att inköp av läromedel som inte är nödvändiga senareläggs till 2026.", body))
    s.append(P(
        f"Internhyror om {nnb_int(INTERNHYRA)} tkr budgeteras centralt och ingår därför inte i driftredovisningen "
        "ovan, men ingår i nämndens nettokostnad i nyckeltalstabellen nedan.", body))

    s.append(P("4. Nyckeltal", h2))
    nk = [["År", "Barn i förskola, antal", "Elever F–9, antal", "Kostnad per elev F–9, kr",
           "Behöriga till yrkesprogram, %³", "Nettokostnad, mnkr"]]
    for y, a, b, c, d, e in NYCKEL:
        nk.append([y, nnb_int(a), nnb_int(b), nnb_int(c), nnb_tenths(d), nnb_tenths(e)])
    hs = ParagraphStyle("th", fontName="DejaVu-Bold", fontSize=8, leading=10)
    nk[0] = [P(x, hs) for x in nk[0]]
    t2 = Table(nk, colWidths=[16 * mm, 28 * mm, 28 * mm, 32 * mm, 32 * mm, 28 * mm])
    t2.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), "DejaVu", 8.5), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
    ]))
    s.append(t2)
    s.append(Spacer(1, 3))
    s.append(P("³ Andel elever i årskurs 9 som är behöriga till ett yrkesprogram i gymnasieskolan, vårterminen "
               "respektive år.", note))
    s.append(P("⁴ Antal barn och elever för 2025 avser mätningen 15 augusti; kostnad per elev och nettokostnad "
               "för 2025 avser prognos för helåret.", note))

    s.append(P("5. Måluppfyllelse", h2))
    s.append(P(
        "Nämndens mål är att andelen elever som är behöriga till ett yrkesprogram ska öka till minst 88 procent "
        "läsåret 2026/27. Utfallet vårterminen 2025 blev 83,7 procent, vilket är lägre än 2024. Målet bedöms "
        "därför som ej uppfyllt för perioden. Målet om att andelen legitimerade lärare i grundskolan ska vara "
        "minst 80 procent bedöms som delvis uppfyllt; utfallet i augusti var 76,5 procent. Målet om att "
        "minst 95 procent av barnen ska erbjudas förskoleplats på önskat placeringsdatum är uppfyllt "
        "(97,1 procent).", body))

    s.append(P("6. Investeringar", h2))
    s.append(P(
        f"Investeringsbudgeten uppgår till 14{NN}500 tkr. Utfallet per augusti är 6{NN}820,5 tkr. Ombyggnaden av "
        "skolgården vid Västra Ekgärde skola är klar, medan utbyggnaden av matsalen på Kyrkbyskolan har "
        "försenats och beräknas bli klar under våren 2026.", body))

    s.append(P("7. Förslag till beslut", h2))
    s.append(P("Barn- och utbildningsnämnden godkänner delårsrapporten för januari–augusti 2025 och överlämnar "
               "den till kommunstyrelsen. Nämnden uppdrar åt förvaltningschefen att verkställa åtgärdsplanen och "
               "redovisa effekterna i oktoberuppföljningen.", body))

    def foot(c, d):
        c.saveState()
        c.setFont("DejaVu", 7.5)
        c.drawString(20 * mm, 10 * mm, "Ekgärde kommun · Delårsrapport januari–augusti 2025 · Barn- och utbildningsnämnden")
        c.drawRightString(190 * mm, 10 * mm, f"{d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(str(out_dir() / FILE), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Delårsrapport januari–augusti 2025",
                            author="Ekgärde kommun")
    doc.build(s, onFirstPage=foot, onLaterPages=foot)


if __name__ == "__main__":
    build()
