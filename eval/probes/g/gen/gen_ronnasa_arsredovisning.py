"""Rönnåsa kommun – årsredovisning 2024 (utdrag), kommunstyrelsen. PDF via reportlab.

All amounts are held as integers in tenths of mkr so that the sums are exact.
"""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether)

from common import out_dir, sv_tenths, register_fonts

FILE = "ronnasa_ks_arsredovisning_2024.pdf"

# nämnd, budget 2024, utfall 2024 (nettokostnad), avvikelse 2023  (tenths of mkr)
NAMNDER = [
    ("Kommunstyrelsen", 1184, 1129, 31),
    ("Barn- och utbildningsnämnden", 6120, 6218, -42),
    ("Socialnämnden", 2015, 2159, -60),
    ("Vård- och omsorgsnämnden", 4883, 4940, -112),
    ("Tekniska nämnden", 647, 602, 19),
    ("Kultur- och fritidsnämnden", 526, 518, -4),
    ("Miljö- och byggnadsnämnden", 189, 196, 6),
    ("Överförmyndarnämnden", 41, 46, -2),
    ("Valnämnden", 19, 14, 0),
    ("Revisionen", 26, 25, 0),
]
AVV = {n: b - u for n, b, u, _ in NAMNDER}
SUM_BUDGET = sum(b for _, b, _, _ in NAMNDER)
SUM_UTFALL = sum(u for _, _, u, _ in NAMNDER)
SUM_AVV = SUM_BUDGET - SUM_UTFALL
SUM_AVV_2023 = sum(a for *_, a in NAMNDER)
assert SUM_BUDGET == 15650 and SUM_UTFALL == 15847
assert SUM_AVV == sum(AVV.values()) == -197
assert SUM_AVV_2023 == -164
assert min(AVV, key=AVV.get) == "Socialnämnden" and AVV["Socialnämnden"] == -144
assert sorted(n for n, a in AVV.items() if a > 0) == sorted(
    ["Kommunstyrelsen", "Tekniska nämnden", "Kultur- och fritidsnämnden", "Valnämnden", "Revisionen"])

# Finansförvaltningen: avvikelser mot budget (tenths)
FINANS = [
    ("Skatteintäkter och generella statsbidrag", 186),
    ("Pensionskostnader utöver nämndernas PO-pålägg", -29),
    ("Finansnetto", 31),
    ("Övrigt, bl.a. realisationsvinster vid markförsäljning", 35),
]
FINANS_SUM = sum(a for _, a in FINANS)
assert FINANS_SUM == 223
BUDGETERAT_RESULTAT = 116
ARETS_RESULTAT = BUDGETERAT_RESULTAT + SUM_AVV + FINANS_SUM
assert ARETS_RESULTAT == 142

# Balanskravsutredning (tenths)
REAVINST = -23
OREALISERAT = -11
EFTER_JUST = ARETS_RESULTAT + REAVINST + OREALISERAT
RUR_TILL = -40
RUR_FRAN = 0
BALANSKRAV = EFTER_JUST + RUR_TILL + RUR_FRAN
assert EFTER_JUST == 108 and BALANSKRAV == 68
BALANSKRAV_2023 = 51
ARETS_RESULTAT_2023 = 96
REAVINST_2023, OREAL_2023, RUR_2023 = -15, -5, -25
assert ARETS_RESULTAT_2023 + REAVINST_2023 + OREAL_2023 + RUR_2023 == BALANSKRAV_2023
RUR_IB = 275
RUR_UB = RUR_IB - RUR_TILL
assert RUR_UB == 315

SKATT_2023, SKATT_2024 = 15712, 16310
PCT_2023 = round(ARETS_RESULTAT_2023 / SKATT_2023 * 100, 1)
PCT_2024 = round(ARETS_RESULTAT / SKATT_2024 * 100, 1)
assert (PCT_2023, PCT_2024) == (0.6, 0.9)
PCT_2024_SV = f"{PCT_2024:.1f}".replace(".", ",")


def build(path):
    register_fonts()
    base = ParagraphStyle("base", fontName="LibSans", fontSize=10, leading=13.5, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=base, fontName="LibSans-Bold", fontSize=17, leading=21, spaceAfter=10,
                        textColor=colors.HexColor("#1f4e5a"))
    h2 = ParagraphStyle("h2", parent=base, fontName="LibSans-Bold", fontSize=12.5, leading=16, spaceBefore=10,
                        textColor=colors.HexColor("#1f4e5a"))
    h3 = ParagraphStyle("h3", parent=base, fontName="LibSans-Bold", fontSize=10.5, spaceBefore=6, spaceAfter=3)
    small = ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#444444"))
    cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=11, spaceAfter=0)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="LibSans-Bold")

    def header_footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("LibSans", 8)
        canvas.setFillColor(colors.HexColor("#1f4e5a"))
        canvas.drawString(20 * mm, A4[1] - 12 * mm, "Rönnåsa kommun · Årsredovisning 2024")
        canvas.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, "Förvaltningsberättelse (utdrag)")
        canvas.setStrokeColor(colors.HexColor("#1f4e5a"))
        canvas.line(20 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, f"{doc.page + 11}")
        canvas.restoreState()

    def tbl(rows, widths, bold_rows=(), num_from=1):
        data = [[Paragraph(str(c), cellb if (r == 0 or r in bold_rows) else cell) if i < num_from else str(c)
                 for i, c in enumerate(row)] for r, row in enumerate(rows)]
        t = Table(data, colWidths=widths, repeatRows=1)
        style = [
            ("FONT", (0, 0), (-1, -1), "LibSans", 9),
            ("FONT", (0, 0), (-1, 0), "LibSans-Bold", 9),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce9ec")),
            ("ALIGN", (num_from, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#1f4e5a")),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#b8c9cd")),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        for r in bold_rows:
            style += [("FONT", (0, r), (-1, r), "LibSans-Bold", 9),
                      ("LINEABOVE", (0, r), (-1, r), 0.8, colors.black)]
        t.setStyle(TableStyle(style))
        return t

    s = []
    s.append(Paragraph("Årsredovisning 2024 – utdrag ur förvaltningsberättelsen", h1))
    s.append(Paragraph(
        "Utdraget omfattar avsnitten om kommunens resultat, nämndernas budgetavvikelser och balanskravet. "
        "Årsredovisningen behandlades av kommunstyrelsen 2025-03-25, § 41 (Dnr KS 2025/0094-042), som "
        "överlämnar den till kommunfullmäktige för godkännande. Belopp anges i miljoner kronor (mkr) om inget "
        "annat sägs. Positiv avvikelse innebär att nämnden har förbrukat mindre än sin budgetram (överskott), "
        "negativ avvikelse att nämnden har överskridit ramen (underskott).", base))

    s.append(Paragraph("Översikt över verksamhetens utveckling", h2))
    s.append(Paragraph("Fem år i sammandrag är ersatt av ett tvåårsperspektiv i detta utdrag.", small))
    kpi = [
        ["Nyckeltal", "2023", "2024"],
        ["Skatteintäkter och generella statsbidrag, mkr", sv_tenths(SKATT_2023), sv_tenths(SKATT_2024)],
        ["Årets resultat, mkr", sv_tenths(ARETS_RESULTAT_2023), sv_tenths(ARETS_RESULTAT)],
        ["Resultat i procent av skatteintäkter och generella statsbidrag",
         f"{PCT_2023:.1f}".replace(".", ","), f"{PCT_2024:.1f}".replace(".", ",")],
        ["Balanskravsresultat, mkr", sv_tenths(BALANSKRAV_2023), sv_tenths(BALANSKRAV)],
        ["Nämndernas samlade budgetavvikelse, mkr", sv_tenths(SUM_AVV_2023), sv_tenths(SUM_AVV)],
        ["Nettoinvesteringar, mkr", "142,6", "168,3"],
        ["Soliditet inkl. samtliga pensionsförpliktelser, %", "21,4", "22,0"],
        ["Antal invånare 31 december", "24 518", "24 611"],
    ]
    s.append(tbl(kpi, [110 * mm, 28 * mm, 28 * mm]))

    s.append(Paragraph("Kommunens resultat", h2))
    s.append(Paragraph(
        f"Årets resultat för Rönnåsa kommun uppgick till {sv_tenths(ARETS_RESULTAT)} mkr. Det är "
        f"{sv_tenths(ARETS_RESULTAT - BUDGETERAT_RESULTAT)} mkr bättre än det budgeterade resultatet på "
        f"{sv_tenths(BUDGETERAT_RESULTAT)} mkr och {sv_tenths(ARETS_RESULTAT - ARETS_RESULTAT_2023)} mkr högre "
        f"än föregående år. Resultatet motsvarar {PCT_2024_SV} procent av skatteintäkter och generella "
        "statsbidrag, vilket understiger kommunfullmäktiges finansiella mål om minst 1,5 procent över en "
        "rullande treårsperiod.", base))
    s.append(Paragraph(
        f"Nämnderna redovisar sammantaget ett underskott mot budget på {sv_tenths(-SUM_AVV)} mkr, att jämföra "
        f"med ett underskott på {sv_tenths(-SUM_AVV_2023)} mkr år 2023. Underskottet har vägts upp av "
        f"finansförvaltningen, som redovisar en positiv avvikelse på {sv_tenths(FINANS_SUM)} mkr. Den största "
        "förklaringen är att skatteintäkterna och de generella statsbidragen blev högre än i budgeten, som "
        "byggde på Sveriges Kommuner och Regioners skatteunderlagsprognos från augusti 2023.", base))

    s.append(Paragraph("Resultat per ansvarsområde", h3))
    res = [["Ansvarsområde", "Avvikelse mot budget 2024"],
           ["Budgeterat resultat", sv_tenths(BUDGETERAT_RESULTAT)],
           ["Nämnderna totalt", sv_tenths(SUM_AVV)]]
    res += [["Finansförvaltningen totalt", sv_tenths(FINANS_SUM)]]
    res += [[f"– varav {n[0].lower() + n[1:]}", sv_tenths(a)] for n, a in FINANS]
    res += [["Årets resultat", sv_tenths(ARETS_RESULTAT)]]
    s.append(tbl(res, [120 * mm, 46 * mm], bold_rows=(len(res) - 1,)))

    s.append(PageBreak())
    s.append(Paragraph("Nämndernas ekonomiska utfall 2024", h2))
    s.append(Paragraph(
        "Tabellen visar nämndernas nettokostnader. Budget avser kommunfullmäktiges ram inklusive beslutade "
        "tilläggsanslag under året. Avvikelse 2023 är hämtad ur årsredovisningen för 2023.", base))
    rows = [["Nämnd", "Budget 2024", "Utfall 2024", "Avvikelse 2024", "Avvikelse 2023"]]
    for n, b, u, a23 in NAMNDER:
        rows.append([n, sv_tenths(b), sv_tenths(u), sv_tenths(b - u), sv_tenths(a23)])
    rows.append(["Summa nämnder", sv_tenths(SUM_BUDGET), sv_tenths(SUM_UTFALL), sv_tenths(SUM_AVV),
                 sv_tenths(SUM_AVV_2023)])
    s.append(tbl(rows, [62 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm], bold_rows=(len(rows) - 1,)))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Belopp i mkr. Negativt tecken anger underskott.", small))

    s.append(Paragraph("Kommentarer till de största avvikelserna", h3))
    s.append(Paragraph(
        f"<b>Socialnämnden</b> redovisar årets största negativa avvikelse, {sv_tenths(AVV['Socialnämnden'])} mkr. "
        "Underskottet förklaras främst av fler externa placeringar av barn och unga på hem för vård eller "
        "boende (HVB) och i konsulentstödda familjehem, där antalet vårddygn ökade kraftigt under andra "
        "halvåret. Också kostnaderna för ekonomiskt bistånd blev högre än budgeterat, eftersom fler hushåll "
        "har haft ett långvarigt behov av bistånd. Nämnden har under hösten tagit fram en handlingsplan med "
        "fokus på öppenvård och hemmaplanslösningar.", base))
    s.append(Paragraph(
        f"<b>Barn- och utbildningsnämnden</b> visar en negativ avvikelse på "
        f"{sv_tenths(AVV['Barn- och utbildningsnämnden'])} mkr. Kostnaderna för tilläggsbelopp till barn och "
        "elever i behov av särskilt stöd samt de interkommunala ersättningarna för gymnasieelever som studerar "
        "i andra kommuner blev högre än beräknat. Samtidigt minskade de riktade statsbidragen till "
        "grundskolan jämfört med 2023.", base))
    s.append(Paragraph(
        f"<b>Vård- och omsorgsnämnden</b> har en negativ avvikelse på "
        f"{sv_tenths(AVV['Vård- och omsorgsnämnden'])} mkr, vilket är en förbättring jämfört med 2023. "
        "Antalet beviljade hemtjänsttimmar ökade med 6 procent och kostnaderna för inhyrda sjuksköterskor var "
        "fortsatt höga, men den nya bemanningsplaneringen på de särskilda boendena har gett effekt under "
        "året.", base))
    s.append(Paragraph(
        f"<b>Kommunstyrelsen</b> redovisar ett överskott på {sv_tenths(AVV['Kommunstyrelsen'])} mkr, främst "
        "till följd av vakanta tjänster inom kommunledningsförvaltningen och lägre kostnader för IT-licenser "
        "än planerat.", base))
    s.append(Paragraph(
        f"<b>Tekniska nämnden</b> redovisar ett överskott på {sv_tenths(AVV['Tekniska nämnden'])} mkr. "
        "Den milda och snöfattiga vintern gav betydligt lägre kostnader för vinterväghållning än budgeterat, "
        "och några planerade beläggningsarbeten fick skjutas till 2025 på grund av entreprenörens "
        "kapacitetsbrist.", base))
    s.append(Paragraph(
        "Övriga nämnder har mindre avvikelser. Överförmyndarnämndens underskott beror på fler ärenden med "
        "arvoderade ställföreträdare, och Miljö- och byggnadsnämnden fick lägre intäkter från bygglovsavgifter "
        "än beräknat när bostadsbyggandet bromsade in.", base))

    s.append(Paragraph("Balanskravsresultat", h2))
    s.append(Paragraph(
        "Enligt kommunallagen ska intäkterna överstiga kostnaderna (balanskravet). Balanskravsresultatet "
        "beräknas genom att årets resultat justeras för realisationsvinster och för orealiserade vinster och "
        "förluster i värdepapper samt för avsättning till och disposition av resultatutjämningsreserven (RUR).",
        base))
    bk = [["Balanskravsutredning, mkr", "2023", "2024"],
          ["Årets resultat enligt resultaträkningen", sv_tenths(ARETS_RESULTAT_2023), sv_tenths(ARETS_RESULTAT)],
          ["Avgår: samtliga realisationsvinster", sv_tenths(REAVINST_2023), sv_tenths(REAVINST)],
          ["Justering för orealiserade vinster i värdepapper", sv_tenths(OREAL_2023), sv_tenths(OREALISERAT)],
          ["Årets resultat efter balanskravsjusteringar", sv_tenths(ARETS_RESULTAT_2023 + REAVINST_2023 + OREAL_2023),
           sv_tenths(EFTER_JUST)],
          ["Medel till resultatutjämningsreserv", sv_tenths(RUR_2023), sv_tenths(RUR_TILL)],
          ["Medel från resultatutjämningsreserv", "0,0", sv_tenths(RUR_FRAN)],
          ["Balanskravsresultat", sv_tenths(BALANSKRAV_2023), sv_tenths(BALANSKRAV)]]
    s.append(tbl(bk, [110 * mm, 28 * mm, 28 * mm], bold_rows=(4, 7)))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph(
        f"Balanskravsresultatet för 2024 är positivt, {sv_tenths(BALANSKRAV)} mkr, och kommunen har inga "
        "negativa balanskravsresultat från tidigare år att återställa. I enlighet med kommunens riktlinjer för "
        f"god ekonomisk hushållning och resultatutjämningsreserv reserveras {sv_tenths(-RUR_TILL)} mkr till "
        f"RUR. Efter reserveringen uppgår reserven till {sv_tenths(RUR_UB)} mkr.", base))
    s.append(Paragraph("God ekonomisk hushållning", h3))
    s.append(Paragraph(
        "Av kommunfullmäktiges fyra finansiella mål har två uppnåtts 2024: nettoinvesteringarna har till "
        "100 procent finansierats med egna medel och soliditeten har förbättrats. Resultatmålet och målet om "
        "att nämnderna ska bedriva sin verksamhet inom tilldelad ram har inte uppnåtts. Kommunstyrelsens "
        "samlade bedömning är att kommunen delvis har uppfyllt kraven på god ekonomisk hushållning.", base))

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm,
                            title="Rönnåsa kommun – Årsredovisning 2024 (utdrag)", author="Rönnåsa kommun",
                            subject="Förvaltningsberättelse, nämndernas utfall och balanskravsresultat")
    doc.build(s, onFirstPage=header_footer, onLaterPages=header_footer)


if __name__ == "__main__":
    p = out_dir() / FILE
    build(p)
    print("wrote", p)
