"""Fjärdinge kommun – kommunrevisionen, granskningsrapport om kultur- och fritidsnämndens anläggningsbokning och
debitering (2025-10-28). PDF via reportlab (Liberation Sans).

Layout: 4 pages. Page 1 is a **cover page** (no running footer); page 2 opens with an **Innehåll list with dot
leaders** and page numbers, then the Sammanfattning and the **"Revisionell bedömning" matrix**: one row per
kontrollmål and the three columns "Uppfyllt" / "Delvis uppfyllt" / "Ej uppfyllt", where the assessment is shown only
by an **"X" in one of the three columns** (in the text layer the X has no column name next to it). Pages 3–4:
inledning, iakttagelser with a key-figure table whose footnote ¹ sits under the table, numbered recommendations
(1.–5.) and the signatures. Running footer "Granskningsrapport · Fjärdinge kommun · Sida N av 4" on pages 2–4.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

from common import out_dir, register_liberation, sv_int, sv_tenths

FILE = "fjardinge_revision_anlaggningsbokning_2025.pdf"
N_PAGES = 4
REF, KFN_DNR = "KR 12/2025", "KFN 2025/143"

# --- figures ----------------------------------------------------------------------------------------------
TIMMAR = {2023: 17_980, 2024: 18_460}
INTAKT = {2023: 4_610, 2024: 4_920}  # tkr
assert round((TIMMAR[2024] - TIMMAR[2023]) * 1000 / TIMMAR[2023]) == 27   # +2,7 %
assert round((INTAKT[2024] - INTAKT[2023]) * 1000 / INTAKT[2023]) == 67   # +6,7 %
STICK, FEL, UNDER, OVER = 60, 11, 8, 3
assert UNDER + OVER == FEL and round(FEL * 1000 / STICK) == 183          # 18,3 %
UNDER_KR, OVER_KR = 46_300, 5_200
SENA, SENA_AVG = 1_240, 150
assert SENA * SENA_AVG == 186_000
BELAGG = [("Fjärdingehallen", 87), ("Ishallen", 94), ("Tallåsvallen, konstgräs", 61),
          ("Gymnastiksalen Ängsskolan", 48)]
# kontrollmål and the column of the X: 0 = Uppfyllt, 1 = Delvis uppfyllt, 2 = Ej uppfyllt
KM = [
    ("Det finns aktuella riktlinjer och en aktuell taxa för uthyrning av anläggningar.", 1),
    ("Bokningar debiteras korrekt enligt beslutad taxa.", 2),
    ("Nämnden följer upp beläggning och intäkter för anläggningarna.", 1),
    ("Det finns en ändamålsenlig intern kontroll av bokning och fakturering.", 1),
    ("Tider fördelas till föreningarna enligt fastställda principer.", 0),
]
assert [sum(1 for _, c in KM if c == k) for k in (0, 1, 2)] == [1, 3, 1]
REKS = [
    "revidera riktlinjerna och taxan för uthyrning av anläggningar, som senast fastställdes 2019,",
    "införa en månatlig avstämning mellan bokningssystemet och faktureringen så att rätt taxekategori "
    "debiteras,",
    "debitera sena avbokningar i enlighet med gällande regler,",
    "följa upp beläggningsgraden per anläggning minst två gånger per år och rapportera den till nämnden,",
    "ta in kontrollmoment för bokning och fakturering i internkontrollplanen för 2026.",
]

register_liberation()
F, FB, FI = "LibSans", "LibSans-Bold", "LibSans-Italic"
S_H1 = ParagraphStyle("h1", fontName=FB, fontSize=15, leading=19, spaceAfter=6)
S_H2 = ParagraphStyle("h2", fontName=FB, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
S_B = ParagraphStyle("b", fontName=F, fontSize=10, leading=13.5, spaceAfter=5)
S_SM = ParagraphStyle("sm", fontName=F, fontSize=8, leading=10, spaceAfter=3)
S_T = ParagraphStyle("t", fontName=F, fontSize=9, leading=11)
S_TB = ParagraphStyle("tb", fontName=FB, fontSize=9, leading=11)
S_TOC = ParagraphStyle("toc", fontName=F, fontSize=10, leading=15)
S_REK = ParagraphStyle("rek", parent=S_B, leftIndent=8 * mm, firstLineIndent=-6 * mm)
S_COVER1 = ParagraphStyle("c1", fontName=FB, fontSize=24, leading=30, spaceAfter=10)
S_COVER2 = ParagraphStyle("c2", fontName=F, fontSize=13, leading=18, spaceAfter=6)

TOC = [("Sammanfattning och revisionell bedömning", 2), ("1. Inledning", 3), ("1.1 Bakgrund", 3),
       ("1.2 Syfte, revisionsfråga och kontrollmål", 3), ("1.3 Avgränsning och metod", 3),
       ("2. Iakttagelser", 3), ("3. Rekommendationer", 4)]
WIDTH = 170 * mm


def toc_line(title, page):
    """Title, a run of dots and the page number, filling the text width."""
    w_title, w_page = stringWidth(title + " ", F, 10), stringWidth(" " + str(page), F, 10)
    n = int((WIDTH - 30 - w_title - w_page) / stringWidth(".", F, 10))
    return f"{title} {'.' * n} {page}"


class Doc(BaseDocTemplate):
    def afterFlowable(self, fl):
        key = getattr(fl, "_toc_key", None)
        if key:
            self.seen[key] = self.page


def footer(c, doc):
    c.saveState()
    c.setFont(F, 8)
    c.setStrokeColor(colors.grey)
    c.line(20 * mm, 15 * mm, 190 * mm, 15 * mm)
    c.drawString(20 * mm, 11 * mm, "Granskningsrapport · Fjärdinge kommun · Anläggningsbokning och debitering")
    c.drawRightString(190 * mm, 11 * mm, f"Sida {doc.page} av {N_PAGES}")
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor("#23395b"))
    c.rect(0, A4[1] - 70 * mm, A4[0], 70 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont(FB, 14)
    c.drawString(20 * mm, A4[1] - 30 * mm, "Fjärdinge kommun")
    c.setFont(F, 12)
    c.drawString(20 * mm, A4[1] - 38 * mm, "Kommunrevisionen")
    c.restoreState()


def heading(text, style=S_H2, key=None):
    p = Paragraph(text, style)
    p._toc_key = key or text
    return p


def build():
    path = out_dir() / FILE
    doc = Doc(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
              bottomMargin=22 * mm, title="Granskning av anläggningsbokning och debitering", author="Fjärdinge kommun")
    doc.seen = {}
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    cover_frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height - 60 * mm, id="c")
    doc.addPageTemplates([PageTemplate(id="cover", frames=[cover_frame], onPage=cover),
                          PageTemplate(id="body", frames=[frame], onPage=footer)])
    s = [NextPageTemplate("body"), Spacer(1, 30 * mm),
         Paragraph("Granskningsrapport", S_COVER2),
         Paragraph("Anläggningsbokning och debitering inom kultur- och fritidsnämnden", S_COVER1),
         Spacer(1, 8 * mm),
         Paragraph("Fjärdinge kommuns förtroendevalda revisorer", S_COVER2),
         Paragraph(f"Oktober 2025 · Vår referens: {REF}", S_COVER2),
         Spacer(1, 60 * mm),
         Paragraph("Granskningen har genomförts av Sofia Hedlund, certifierad kommunal revisor, och Oskar Nyman, "
                   "revisionskonsult, Revisorsgruppen Kvadrant AB, på uppdrag av kommunens revisorer.", S_B),
         PageBreak()]
    s.append(Paragraph("Innehåll", S_H1))
    for title, page in TOC:
        s.append(Paragraph(toc_line(title, page), S_TOC))
    s.append(Spacer(1, 6 * mm))
    s.append(heading("Sammanfattning och revisionell bedömning", S_H1))
    s.append(Paragraph(
        "Fjärdinge kommuns revisorer har granskat om kultur- och fritidsnämnden säkerställer en ändamålsenlig och "
        "korrekt hantering av bokning och debitering av kommunens idrotts- och fritidsanläggningar. Vår samlade "
        "bedömning är att nämnden <b>inte helt</b> säkerställer detta. Taxan är inaktuell, debiteringen innehåller "
        "fel och sena avbokningar debiteras inte. Fördelningen av tider till föreningarna fungerar däremot väl.", S_B))
    s.append(Paragraph("Revisionell bedömning per kontrollmål", S_H2))
    hdr = ["Nr", "Kontrollmål", "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"]
    rows = [[Paragraph(h, S_TB) for h in hdr]]
    for i, (text, col) in enumerate(KM, 1):
        rows.append([str(i), Paragraph(text, S_T)] + ["X" if col == k else "" for k in (0, 1, 2)])
    t = Table(rows, colWidths=[10 * mm, 100 * mm, 20 * mm, 20 * mm, 20 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), F, 9), ("FONT", (2, 1), (-1, -1), FB, 11),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (2, 0), (-1, -1), "CENTER"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ef")),
        ("BACKGROUND", (2, 1), (2, -1), colors.HexColor("#e6f2e6")),
        ("BACKGROUND", (3, 1), (3, -1), colors.HexColor("#fdf3d8")),
        ("BACKGROUND", (4, 1), (4, -1), colors.HexColor("#f8e0dc")),
    ]))
    s.append(t)
    s.append(Spacer(1, 2 * mm))
    s.append(Paragraph("Bedömningsskala: Uppfyllt – Delvis uppfyllt – Ej uppfyllt. Rekommendationerna finns i "
                       "avsnitt 3.", S_SM))
    s.append(PageBreak())

    # --- page 3
    s.append(heading("1. Inledning", S_H1))
    s.append(heading("1.1 Bakgrund"))
    s.append(Paragraph(
        "Kultur- och fritidsnämnden ansvarar för uthyrning av kommunens idrottshallar, ishall, fotbollsplaner och "
        "gymnastiksalar. Bokningar görs i bokningssystemet Hallbokaren och faktureras via ekonomisystemet. "
        "Revisorerna har i sin riskanalys för 2025 bedömt att det finns risk för felaktig debitering.", S_B))
    s.append(heading("1.2 Syfte, revisionsfråga och kontrollmål"))
    s.append(Paragraph(
        "Revisionsfrågan är: <i>Säkerställer kultur- och fritidsnämnden en ändamålsenlig och korrekt hantering av "
        "bokning och debitering av kommunens idrotts- och fritidsanläggningar?</i> Frågan besvaras med hjälp av de "
        "fem kontrollmål som redovisas i sammanfattningen.", S_B))
    s.append(heading("1.3 Avgränsning och metod"))
    s.append(Paragraph(
        "Granskningen avser 2024 och januari–juni 2025. Simhallen drivs av ett externt bolag och ingår inte i "
        f"granskningen. Vi har intervjuat nio tjänstepersoner och förtroendevalda och gjort ett stickprov om "
        f"{STICK} bokningar från januari–juni 2025.", S_B))
    s.append(heading("2. Iakttagelser", S_H1))
    s.append(Paragraph(
        "Nämndens riktlinjer och taxa för uthyrning fastställdes senast 2019 och har inte räknats upp sedan dess. "
        "Antalet bokade timmar och intäkterna framgår av tabellen.", S_B))
    krows = [[Paragraph(h, S_TB) for h in ("Nyckeltal", "2023", "2024")],
             ["Bokade timmar, samtliga anläggningar", sv_int(TIMMAR[2023]), sv_int(TIMMAR[2024])],
             ["Intäkter från uthyrning, tkr", sv_int(INTAKT[2023]), sv_int(INTAKT[2024])]]
    for name, v in BELAGG:
        krows.append([f"Beläggningsgrad¹ {name}, %", "–", str(v)])
    kt = Table(krows, colWidths=[100 * mm, 30 * mm, 30 * mm])
    kt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 9), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.grey)]))
    s.append(kt)
    s.append(Paragraph("¹ Beläggningsgraden avser vardagar kl. 16–22 under perioden september–april. Den mättes "
                       "inte 2023.", S_SM))
    s.append(Paragraph(
        f"<b>Stickprov.</b> Av de granskade bokningarna var {FEL} av {STICK} felaktigt debiterade "
        f"({sv_tenths(round(FEL * 1000 / STICK))} procent). {UNDER} bokningar var underdebiterade med sammanlagt "
        f"{sv_int(UNDER_KR)} kronor, främst för att föreningstaxa använts för privata hyresgäster, och {OVER} var "
        f"överdebiterade med sammanlagt {sv_int(OVER_KR)} kronor. Kontrollmål 2 bedöms därför inte uppfyllt.", S_B))
    s.append(Paragraph(
        f"<b>Sena avbokningar.</b> Enligt riktlinjerna ska avbokningar senare än 48 timmar före bokad tid "
        f"debiteras. Under 2024 registrerades {sv_int(SENA)} sena avbokningar, men ingen av dem debiterades. Med "
        f"en genomsnittlig avgift om {SENA_AVG} kronor motsvarar det cirka {sv_int(SENA * SENA_AVG)} kronor.", S_B))
    s.append(Paragraph(
        "<b>Uppföljning.</b> Nämnden får en årlig rapport om intäkterna men ingen uppföljning av beläggningen per "
        "anläggning. Bokning och fakturering har inte ingått i nämndens internkontrollplan 2024 eller 2025.", S_B))
    s.append(Paragraph(
        "<b>Fördelning av tider.</b> Tider fördelas enligt nämndens fördelningsprinciper från 2022, med förtur för "
        "barn- och ungdomsverksamhet. Föreningarna som vi intervjuat upplever fördelningen som tydlig.", S_B))
    s.append(PageBreak())

    # --- page 4
    s.append(heading("3. Rekommendationer", S_H1))
    s.append(Paragraph("Mot bakgrund av granskningen rekommenderar vi kultur- och fritidsnämnden att", S_B))
    for i, r in enumerate(REKS, 1):
        s.append(Paragraph(f"{i}.&nbsp;&nbsp;{r}", S_REK))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph(
        f"Rapporten överlämnas till kultur- och fritidsnämnden (nämndens dnr {KFN_DNR}) och för kännedom till "
        "kommunstyrelsen och kommunfullmäktiges presidium. Revisorerna önskar kultur- och fritidsnämndens svar på "
        "rekommendationerna senast 2026-01-30.", S_B))
    s.append(Spacer(1, 8 * mm))
    s.append(Paragraph("Fjärdinge den 28 oktober 2025", S_B))
    s.append(Paragraph("För Fjärdinge kommuns förtroendevalda revisorer", S_B))
    s.append(Spacer(1, 10 * mm))
    sig = Table([["Bengt Almqvist", "Ulla Sandin"], ["ordförande", "vice ordförande"]],
                colWidths=[80 * mm, 80 * mm])
    sig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 10), ("LINEABOVE", (0, 0), (0, 0), 0.5, colors.black),
                             ("LINEABOVE", (1, 0), (1, 0), 0.5, colors.black)]))
    s.append(sig)
    doc.build(s)
    for title, page in TOC:
        key = title if title != "Sammanfattning och revisionell bedömning" else title
        assert doc.seen.get(key) == page, (title, doc.seen.get(key), page)
    from pypdf import PdfReader
    assert len(PdfReader(str(path)).pages) == N_PAGES, len(PdfReader(str(path)).pages)
    return path


if __name__ == "__main__":
    print(build())
