"""Hjälmtorps kommun – krisledningsnämndens protokoll 2026-01-22 (extra sammanträde). PDF via reportlab.

Layout ("scanned-like" paper protokoll): 3 pages with an off-white page tint and grey speckles; every page has
the municipality name at top left and a **ruled box at top right** with "PROTOKOLL", "Sammanträdesdatum",
the date and "Sida N (3)". Exactly **two §§ per page**; each § opens with a bold line "§ N" + title, the dnr on
its own line, text, "Beslut", and ends with an **"Expedieras till:" list** (one receiver per line, indented).
At the foot of every page a row of three signature boxes ("Ordf. sign", "Just. sign", "Utdragsbestyrkande")
with handwritten-looking initials. Page 1 starts with a compact label/value grid (plats och tid, beslutande,
övriga, justering).
"""
import random

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

from common import out_dir, register_liberation, sv_int

FILE = "hjalmtorp_kln_protokoll_2026-01-22.pdf"
DATE = "2026-01-22"
N_PAGES = 3

MEMBERS = [("Ingela Holmér", "S", "ordförande"), ("Rolf Bergkvist", "M", "vice ordförande"),
           ("Anna Kjell", "S", ""), ("Bo Lindell", "C", ""), ("Göran Tall", "SD", "")]
NEJ = ["Göran Tall"]
JA = [m[0] for m in MEMBERS if m[0] not in NEJ]
assert (len(JA), len(NEJ)) == (4, 1)

HUSHALL, INVANARE = 4_300, 9_600
TAPPAR = 3
NEDSATTNING = 50
BORTFALL = "1,9"
UV = 2_350_000

register_liberation()
F, FB, FI = "LibSans", "LibSans-Bold", "LibSans-Italic"
S_BODY = ParagraphStyle("b", fontName=F, fontSize=9.6, leading=12.6, spaceAfter=4)
S_PAR = ParagraphStyle("par", fontName=FB, fontSize=11, leading=14, spaceBefore=6, spaceAfter=2)
S_DNR = ParagraphStyle("dnr", fontName=F, fontSize=9, leading=11.5, spaceAfter=4)
S_LBL = ParagraphStyle("lbl", fontName=FB, fontSize=9.6, leading=12.6, spaceBefore=2, spaceAfter=1)
S_EXP = ParagraphStyle("exp", fontName=F, fontSize=9, leading=11.2, leftIndent=14)


def paragraph_block(nr, title, dnr, parts, exp):
    fl = [Paragraph(f"§ {nr} {title}", S_PAR), Paragraph(f"Dnr {dnr}", S_DNR)]
    for kind, text in parts:
        fl.append(Paragraph(text, S_LBL if kind == "h" else S_BODY))
    fl.append(Paragraph("Expedieras till:", S_LBL))
    fl += [Paragraph(x, S_EXP) for x in exp]
    fl.append(Spacer(1, 6))
    return KeepTogether(fl)


def on_page(c, doc):
    w, h = A4
    rnd = random.Random(doc.page * 7919)
    c.saveState()
    c.setFillColor(colors.Color(0.975, 0.968, 0.945))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColor(colors.Color(0.55, 0.55, 0.55))
    for _ in range(260):  # scanner speckles
        c.circle(rnd.uniform(5, w - 5), rnd.uniform(5, h - 5), rnd.uniform(0.15, 0.55), stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont(FB, 13)
    c.drawString(20 * mm, h - 20 * mm, "Hjälmtorps kommun")
    c.setFont(F, 10)
    c.drawString(20 * mm, h - 25 * mm, "Krisledningsnämnden")
    bx, by, bw, bh = w - 78 * mm, h - 33 * mm, 58 * mm, 22 * mm
    c.setLineWidth(0.8)
    c.rect(bx, by, bw, bh)
    c.line(bx, by + bh - 8 * mm, bx + bw, by + bh - 8 * mm)
    c.setFont(FB, 12)
    c.drawString(bx + 3 * mm, by + bh - 6 * mm, "PROTOKOLL")
    c.setFont(F, 8)
    c.drawString(bx + 3 * mm, by + bh - 12 * mm, "Sammanträdesdatum")
    c.drawString(bx + 36 * mm, by + bh - 12 * mm, "Sida")
    c.setFont(F, 10)
    c.drawString(bx + 3 * mm, by + 3 * mm, DATE)
    c.drawString(bx + 36 * mm, by + 3 * mm, f"{doc.page} ({N_PAGES})")
    # signature boxes
    y0 = 12 * mm
    for i, (lbl, ini) in enumerate((("Ordf. sign", "IH"), ("Just. sign", "RB"), ("Utdragsbestyrkande", ""))):
        x0 = 20 * mm + i * 58 * mm
        c.rect(x0, y0, 52 * mm, 14 * mm)
        c.setFont(F, 7)
        c.drawString(x0 + 2 * mm, y0 + 10.5 * mm, lbl)
        if ini:
            c.setFont(FI, 14)
            c.drawString(x0 + 18 * mm, y0 + 3 * mm, ini)
    c.restoreState()


def build():
    doc = BaseDocTemplate(str(out_dir() / FILE), pagesize=A4, title="Krisledningsnämnden protokoll 2026-01-22",
                          author="Hjälmtorps kommun")
    w, h = A4
    doc.addPageTemplates([PageTemplate("p", [Frame(20 * mm, 30 * mm, w - 40 * mm, h - 68 * mm)], onPage=on_page)])
    s = []
    grid = [["Plats och tid", "Kommunhuset, krisledningsrummet, torsdagen den 22 januari 2026 kl. 07.30–09.15 "
                              "(extra sammanträde)"],
            ["Beslutande", "; ".join(f"{n} ({p})" + (f", {r}" if r else "") for n, p, r in MEMBERS)],
            ["Övriga", "Mats Hedin, kommundirektör; Sara Nyholm, VA-chef; Erik Dahl, säkerhetssamordnare; "
                       "Ylva Ros, sekreterare"],
            ["Justerare", "Rolf Bergkvist (M)"],
            ["Justering", "Omedelbar justering i anslutning till sammanträdet, 2026-01-22. Paragrafer § 1–6"]]
    t = Table([[Paragraph(a, S_LBL), Paragraph(b, S_BODY)] for a, b in grid], colWidths=[32 * mm, w - 72 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(Spacer(1, 6))

    s.append(paragraph_block(1, "Extraordinär händelse – krisledningsnämnden träder i funktion", "2026/12-169", [
        ("p", "Vid provtagning den 19 januari 2026 påvisades E. coli i ledningsnätet som försörjs från "
              "Bruksbyns vattenverk. Samma kväll kl. 18.40 bedömde ordföranden att händelsen är en "
              "extraordinär händelse enligt lagen om kommuners och regioners åtgärder inför och vid "
              "extraordinära händelser och beslutade att krisledningsnämnden träder i funktion."),
        ("h", "Beslut"),
        ("p", "Krisledningsnämnden bekräftar ordförandens beslut och övertar de verksamhetsområden från "
              "tekniska nämnden som behövs för att hantera händelsen."),
    ], ["Kommunfullmäktiges presidium", "Kommunstyrelsen", "Tekniska nämnden", "Länsstyrelsen"]))
    s.append(paragraph_block(2, "Lägesbild dricksvatten", "2026/12-169", [
        ("p", f"VA-chefen redovisar att {sv_int(HUSHALL)} hushåll i Bruksbyn och Östanå, cirka "
              f"{sv_int(INVANARE)} invånare, har en kokningsrekommendation sedan den 19 januari. Nödvatten "
              f"delas ut vid {TAPPAR} tappställen: Bruksbyns skola, Östanå idrottsplats och livsmedelsbutiken i "
              "Bruksbyn. Två av de fem senaste proverna har varit utan anmärkning. Var föroreningen kommer "
              "ifrån är ännu inte klarlagt; en extern utredare har anlitats."),
        ("h", "Beslut"),
        ("p", "Krisledningsnämnden noterar lägesbilden."),
    ], ["VA-avdelningen", "Kommunikationsenheten"]))
    s.append(PageBreak())

    s.append(paragraph_block(3, "Nedsättning av brukningsavgift för vatten", "2026/14-346", [
        ("p", f"Förvaltningen föreslår att den rörliga brukningsavgiften för vatten sätts ned med "
              f"{NEDSATTNING} procent för januari och februari 2026 för de hushåll som omfattas av "
              f"kokningsrekommendationen. Intäktsbortfallet beräknas till cirka {BORTFALL} mnkr och belastar "
              "VA-kollektivets resultatfond."),
        ("h", "Yrkanden"),
        ("p", "Ingela Holmér (S) yrkar bifall till förvaltningens förslag. Göran Tall (SD) yrkar att "
              "avgiften för de berörda hushållen helt ska efterges för januari och februari."),
        ("h", "Beslutsgång"),
        ("p", f"Ordföranden ställer proposition på de två förslagen och finner att nämnden bifaller "
              f"förvaltningens förslag. Votering begärs. Ja-röst för förvaltningens förslag, nej-röst för "
              f"Göran Talls yrkande. Voteringen utfaller med {len(JA)} ja-röster ({', '.join(JA)}) mot "
              f"{len(NEJ)} nej-röst (Göran Tall)."),
        ("h", "Beslut"),
        ("p", f"Krisledningsnämnden beslutar att sätta ned den rörliga brukningsavgiften för vatten med "
              f"{NEDSATTNING} procent för januari och februari 2026 för hushåll som omfattas av "
              "kokningsrekommendationen."),
        ("h", "Reservation"),
        ("p", "Göran Tall (SD) reserverar sig mot beslutet till förmån för eget yrkande."),
    ], ["VA-avdelningen", "Ekonomienheten", "Kundtjänst"]))
    s.append(paragraph_block(4, "Direktupphandling av UV-aggregat till Bruksbyns vattenverk", "2026/15-058", [
        ("p", "För att kunna häva kokningsrekommendationen behöver vattenverket ett extra desinfektionssteg. "
              "På grund av synnerlig brådska föreslås en direktupphandling."),
        ("h", "Beslut"),
        ("p", f"Krisledningsnämnden beslutar att köpa två UV-aggregat av Aqualin Vattenteknik AB för "
              f"{sv_int(UV)} kronor genom direktupphandling. Kostnaden finansieras inom VA-verksamhetens "
              "investeringsbudget för 2026. Beslutet är enhälligt."),
    ], ["Upphandlingsenheten", "VA-avdelningen", "Ekonomienheten"]))
    s.append(PageBreak())

    s.append(paragraph_block(5, "Tillfällig stängning av Östanå simhall", "2026/16-821", [
        ("p", "Simhallen i Östanå är ansluten till det berörda ledningsnätet. Förvaltningen bedömer att "
              "verksamheten inte kan bedrivas säkert under kokningsrekommendationen. Förskolor och skolor i "
              "området serverar dricksvatten på flaska."),
        ("h", "Beslut"),
        ("p", "Krisledningsnämnden beslutar att Östanå simhall hålls stängd från och med den 23 januari 2026 "
              "tills vidare. Simskolan flyttas till simhallen i centralorten under stängningen."),
    ], ["Kultur- och fritidsförvaltningen", "Barn- och utbildningsförvaltningen"]))
    s.append(paragraph_block(6, "Anmälan till kommunfullmäktige och nästa sammanträde", "2026/12-169", [
        ("p", "Krisledningsnämndens beslut ska anmälas vid nästa sammanträde med kommunfullmäktige, som äger "
              "rum 2026-02-16."),
        ("h", "Beslut"),
        ("p", "Krisledningsnämnden beslutar att besluten i §§ 1–5 anmäls till kommunfullmäktige och att "
              "nämnden sammanträder nästa gång den 29 januari 2026 kl. 07.30."),
    ], ["Kommunfullmäktige", "Kommunstyrelsens kansli"]))
    doc.build(s)


if __name__ == "__main__":
    build()
