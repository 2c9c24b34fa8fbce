"""Enebacka kommun – tekniska nämndens årsbokslut 2025 (excerpt). PDF via reportlab (DejaVu Sans).

Layout: 3 pages; page 1 portrait (summary, "Väsentliga händelser" as bullets, resultaträkning i sammandrag),
page 2 **A4 landscape** (driftredovisning per verksamhet and the taxe-financed business), page 3 portrait
(investeringar, verksamhetsmått, framtid). Both economic tables are **multi-level**: sub-items are indented
by left padding only (no numbering), "varav" rows are indented further and set in italics, group rows and
"Summa"/"Nettokostnad" totals are bold. Two year columns (2025, 2024), amounts in mnkr with decimal comma,
negatives with a hyphen-minus.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

from common import out_dir, register_dejavu, sv_tenths

FILE = "enebacka_tn_arsbokslut_2025.pdf"
DNR = "Dnr 2026/19-042"

# resultaträkning in tenths of mnkr: (label, level, 2025, 2024, kind)  kind: g=group/total, s=sub, v=varav
RR = [("Verksamhetens intäkter", 0, 1486, 1392, "g"),
      ("varav taxor och avgifter", 2, 964, 901, "v"),
      ("varav hyror och arrenden", 2, 387, 365, "v"),
      ("varav bidrag", 2, 135, 126, "v"),
      ("Verksamhetens kostnader", 0, -2913, -2768, "g"),
      ("Personalkostnader", 1, -982, -935, "s"),
      ("Köpta tjänster och entreprenader", 1, -1217, -1140, "s"),
      ("varav vinterväghållning", 2, -149, -112, "v"),
      ("Material, varor och livsmedel", 1, -386, -379, "s"),
      ("Övriga kostnader", 1, -328, -314, "s"),
      ("Avskrivningar", 0, -412, -389, "g"),
      ("Nettokostnad", 0, -1839, -1765, "g"),
      ("Kommunbidrag", 0, 1812, 1773, "g"),
      ("Årets resultat", 0, -27, 8, "g")]
R = {r[0]: r for r in RR}
for y in (2, 3):
    assert sum(R[k][y] for k in ("varav taxor och avgifter", "varav hyror och arrenden", "varav bidrag")) == \
        R["Verksamhetens intäkter"][y]
    assert sum(R[k][y] for k in ("Personalkostnader", "Köpta tjänster och entreprenader",
                                 "Material, varor och livsmedel", "Övriga kostnader")) == R["Verksamhetens kostnader"][y]
    assert R["Verksamhetens intäkter"][y] + R["Verksamhetens kostnader"][y] + R["Avskrivningar"][y] == \
        R["Nettokostnad"][y]
    assert R["Kommunbidrag"][y] + R["Nettokostnad"][y] == R["Årets resultat"][y]

# driftredovisning, nettokostnad in tenths of mnkr: (label, level, budget 2025, utfall 2025, utfall 2024, kind)
DR = [("Gata och trafik", 0, 355, 380, 352, "g"),
      ("Vinterväghållning", 1, 118, 149, 112, "s"),
      ("Beläggning och underhåll", 1, 164, 158, 171, "s"),
      ("Gatubelysning", 1, 52, 55, 49, "s"),
      ("Trafiksäkerhet och parkering", 1, 21, 18, 20, "s"),
      ("Park och natur", 0, 142, 139, 136, "g"),
      ("Fastighet", 0, 1038, 1039, 999, "g"),
      ("Verksamhetslokaler", 1, 862, 858, 829, "s"),
      ("varav skollokaler", 2, 511, 507, 488, "v"),
      ("varav äldreboenden", 2, 204, 209, 197, "v"),
      ("Lokalvård", 1, 176, 181, 170, "s"),
      ("Måltidsservice", 0, 241, 248, 240, "g"),
      ("Nämnd och administration", 0, 36, 33, 38, "g")]
D = {r[0]: r for r in DR}
TOT = tuple(sum(r[c] for r in DR if r[1] == 0) for c in (2, 3, 4))
assert TOT == (1812, 1839, 1765)
assert TOT[0] == R["Kommunbidrag"][2] and -TOT[1] == R["Nettokostnad"][2] and -TOT[2] == R["Nettokostnad"][3]
assert TOT[0] - TOT[1] == R["Årets resultat"][2] == -27
for grp, subs in (("Gata och trafik", ("Vinterväghållning", "Beläggning och underhåll", "Gatubelysning",
                                       "Trafiksäkerhet och parkering")),
                  ("Fastighet", ("Verksamhetslokaler", "Lokalvård"))):
    for c in (2, 3, 4):
        assert sum(D[s][c] for s in subs) == D[grp][c], (grp, c)
assert D["Vinterväghållning"][3] == -R["varav vinterväghållning"][2]

# affärsverksamhet (taxefinansierad), tenths of mnkr: intäkter, kostnader, resultat 2025, resultat 2024
AFF = [("Vatten och avlopp", 642, -629, 4), ("Renhållning och återvinning", 418, -431, 2)]
PLOG_2025, PLOG_2024 = 31, 22
INV = [("Återvinningscentral Lövkullen", 280, 264), ("Gång- och cykelväg Enebacka–Åsby", 95, 41),
       ("Ombyggnad tillagningskök Björkuddens skola", 120, 128), ("Beläggningsprogram 2025", 80, 80),
       ("Energieffektivisering verksamhetslokaler", 65, 52)]
INV_B, INV_U = sum(i[1] for i in INV), sum(i[2] for i in INV)
assert (INV_B, INV_U) == (640, 565)

register_dejavu()
F, FB, FI = "DejaVu", "DejaVu-Bold", "DejaVu-Italic"
S_BODY = ParagraphStyle("b", fontName=F, fontSize=9.2, leading=12.5, spaceAfter=5)
S_H1 = ParagraphStyle("h1", fontName=FB, fontSize=15, leading=19, spaceAfter=6)
S_H2 = ParagraphStyle("h2", fontName=FB, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
S_BUL = ParagraphStyle("bul", parent=S_BODY, leftIndent=12, bulletIndent=2, spaceAfter=3, bulletFontName=F)
PAD = {0: 4, 1: 16, 2: 30}


def multilevel(header, rows, widths, total_rows=()):
    data = [header]
    style = [("FONTNAME", (0, 0), (-1, 0), FB), ("FONTNAME", (0, 1), (-1, -1), F), ("FONTSIZE", (0, 0), (-1, -1), 8.6),
             ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
             ("TOPPADDING", (0, 0), (-1, -1), 2.2)]
    for i, (label, level, cells, kind) in enumerate(rows, start=1):
        data.append([label] + cells)
        style.append(("LEFTPADDING", (0, i), (0, i), PAD[level]))
        if kind == "g":
            style.append(("FONTNAME", (0, i), (-1, i), FB))
        elif kind == "v":
            style.append(("FONTNAME", (0, i), (-1, i), FI))
        if label in total_rows:
            style.append(("LINEABOVE", (0, i), (-1, i), 0.6, colors.black))
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


def on_page(c, doc):
    w, h = c._pagesize
    c.saveState()
    c.setFont(F, 7.5)
    c.drawString(18 * mm, h - 12 * mm, "Enebacka kommun · Tekniska nämnden · Årsbokslut 2025")
    c.drawRightString(w - 18 * mm, h - 12 * mm, DNR)
    c.line(18 * mm, h - 13.5 * mm, w - 18 * mm, h - 13.5 * mm)
    c.drawCentredString(w / 2, 10 * mm, f"{doc.page}")
    c.restoreState()


def build():
    path = out_dir() / FILE
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Tekniska nämnden – årsbokslut 2025",
                          author="Enebacka kommun")
    pw, ph = A4
    lw, lh = landscape(A4)
    portrait = PageTemplate("portrait", [Frame(18 * mm, 16 * mm, pw - 36 * mm, ph - 34 * mm, id="p")],
                            onPage=on_page, pagesize=A4)
    land = PageTemplate("landscape", [Frame(18 * mm, 16 * mm, lw - 36 * mm, lh - 34 * mm, id="l")],
                        onPage=on_page, pagesize=landscape(A4))
    doc.addPageTemplates([portrait, land])
    s = []
    s.append(Paragraph("Tekniska nämnden – årsbokslut 2025", S_H1))
    s.append(Paragraph("Enebacka kommun. Utdrag ur nämndens verksamhetsberättelse, som ingår i kommunens "
                       "årsredovisning 2025. Fastställd av tekniska nämnden 2026-02-18, § 9. Belopp i mnkr om "
                       "inget annat anges.", S_BODY))
    s.append(Paragraph("Sammanfattning", S_H2))
    s.append(Paragraph(f"Tekniska nämnden redovisar ett resultat på {sv_tenths(R['Årets resultat'][2])} mnkr för "
                       f"2025 mot kommunbidraget, jämfört med {sv_tenths(R['Årets resultat'][3], plus=True)} mnkr "
                       "året innan. Underskottet uppstod i huvudsak inom gata och trafik, där två snörika "
                       "vinterperioder gav betydligt högre kostnader för snöröjning och halkbekämpning än "
                       "budgeterat. Måltidsservice har påverkats av fortsatt höga livsmedelspriser.", S_BODY))
    s.append(Paragraph("Väsentliga händelser", S_H2))
    for b in (f"Vintern var snörik både i början och i slutet av året. Entreprenörerna kallades ut vid "
              f"{PLOG_2025} plogtillfällen, mot {PLOG_2024} under 2024, och vinterväghållningen överskred "
              f"budgeten med {sv_tenths(D['Vinterväghållning'][2] - D['Vinterväghållning'][3])[1:]} mnkr.",
              "Återvinningscentralen Lövkullen öppnade den 1 september 2025 och ersatte den gamla anläggningen "
              "vid Hamnvägen. Besöken under hösten blev fler än beräknat.",
              "En höststorm i oktober fällde ett stort antal träd i kommunens parker och tätortsnära skogar. "
              "Kostnaden för röjning har belastat park och natur. Kommunen har anmält skadan till sitt "
              "försäkringsbolag, men ersättningen är ännu inte fastställd.",
              "Livsmedelspriserna steg med omkring 6 procent, vilket förklarar merparten av underskottet inom "
              "måltidsservice.",
              "Ny avfallstaxa med viktbaserad avgift infördes den 1 januari 2025."):
        s.append(Paragraph(b, S_BUL, bulletText="•"))
    s.append(Paragraph("Resultaträkning i sammandrag (skattefinansierad verksamhet), mnkr", S_H2))
    rows = [(lab, lev, [sv_tenths(a), sv_tenths(b)], k) for lab, lev, a, b, k in RR]
    s.append(multilevel(["", "2025", "2024"], rows, [95 * mm, 28 * mm, 28 * mm],
                        total_rows=("Nettokostnad", "Årets resultat")))
    s.append(NextPageTemplate("landscape"))
    s.append(PageBreak())

    s.append(Paragraph("Driftredovisning per verksamhet, nettokostnad i mnkr", S_H2))
    s.append(Paragraph("Positiv avvikelse innebär att verksamheten har använt mindre än budgeterat. Raderna med "
                       "varav är delmängder av raden ovanför och ska inte summeras.", S_BODY))
    rows = [(lab, lev, [sv_tenths(b), sv_tenths(u), sv_tenths(b - u, plus=True), sv_tenths(p),
                        sv_tenths(u - p, plus=True)], k) for lab, lev, b, u, p, k in DR]
    rows.append(("Summa tekniska nämnden", 0, [sv_tenths(TOT[0]), sv_tenths(TOT[1]),
                                               sv_tenths(TOT[0] - TOT[1], plus=True), sv_tenths(TOT[2]),
                                               sv_tenths(TOT[1] - TOT[2], plus=True)], "g"))
    s.append(multilevel(["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse mot budget 2025", "Utfall 2024",
                         "Förändring 2025 mot 2024"], rows,
                        [80 * mm, 30 * mm, 30 * mm, 45 * mm, 30 * mm, 45 * mm], total_rows=("Summa tekniska nämnden",)))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Affärsverksamhet (taxefinansierad, ingår inte i tabellen ovan), mnkr", S_H2))
    rows = []
    for lab, i, k, prev in AFF:
        rows.append((lab, 0, ["", "", ""], "g"))
        rows.append(("Intäkter", 1, [sv_tenths(i), "", ""], "s"))
        rows.append(("Kostnader", 1, [sv_tenths(k), "", ""], "s"))
        rows.append(("Resultat", 1, ["", sv_tenths(i + k, plus=True), sv_tenths(prev, plus=True)], "s"))
    s.append(multilevel(["", "Belopp 2025", "Resultat 2025", "Resultat 2024"], rows,
                        [80 * mm, 30 * mm, 30 * mm, 30 * mm]))
    s.append(NextPageTemplate("portrait"))
    s.append(PageBreak())

    s.append(Paragraph("Investeringar, mnkr", S_H2))
    data = [["Projekt", "Budget 2025", "Utfall 2025", "Avvikelse"]]
    for n, b, u in INV:
        data.append([n, sv_tenths(b), sv_tenths(u), sv_tenths(b - u, plus=True)])
    data.append(["Summa investeringar", sv_tenths(INV_B), sv_tenths(INV_U), sv_tenths(INV_B - INV_U, plus=True)])
    t = Table(data, colWidths=[85 * mm, 25 * mm, 25 * mm, 25 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), F), ("FONTNAME", (0, 0), (-1, 0), FB),
                           ("FONTNAME", (0, -1), (-1, -1), FB), ("FONTSIZE", (0, 0), (-1, -1), 8.6),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black)]))
    s.append(t)
    s.append(Paragraph("Gång- och cykelvägen Enebacka–Åsby blev försenad eftersom upphandlingen av entreprenaden "
                       "överprövades. Arbetet återupptas under våren 2026 och återstående medel föreslås föras "
                       "över till 2026.", S_BODY))
    s.append(Paragraph("Verksamhetsmått", S_H2))
    data = [["Mått", "2025", "2024"], ["Plogtillfällen", str(PLOG_2025), str(PLOG_2024)],
            ["Kommunala gator och vägar, km", "142", "140"], ["Serverade portioner per skoldag", "6 850", "6 700"],
            ["Förvaltad lokalyta, kvm", "168 400", "166 900"], ["Sjukfrånvaro, procent", "7,4", "8,1"]]
    t = Table(data, colWidths=[85 * mm, 25 * mm, 25 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), F), ("FONTNAME", (0, 0), (-1, 0), FB),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.6), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]))
    s.append(t)
    s.append(Paragraph("Framtid", S_H2))
    s.append(Paragraph("Inför 2026 ser nämnden fortsatta kostnadsökningar för entreprenader och livsmedel. "
                       "Nämnden kommer att se över servicenivåerna för vinterväghållning i samband med att det "
                       "nuvarande entreprenadavtalet ska upphandlas på nytt.", S_BODY))
    doc.build(s)


if __name__ == "__main__":
    build()
