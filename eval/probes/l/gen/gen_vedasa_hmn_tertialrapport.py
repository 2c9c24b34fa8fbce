"""Vedåsa kommun – gemensamma hjälpmedelsnämnden (Vedåsa, Hultaby, Ormnäs), tertialrapport 2 2025. PDF via reportlab.

Layout: 3 pages (DejaVu Sans) with a **running header** ("Tertialrapport 2 2025 · Gemensamma hjälpmedelsnämnden")
and a **running footer** with the report name, dnr and "Sida N av 3" on every page. The economic table (tkr) uses
**U+00A0 no-break spaces** as thousands separators and **U+2212 minus signs**; the key-figure table uses **U+2009 thin
spaces** and shows the 2024 values **in parentheses**. Figures carry **footnote markers** glued to the number
("29 460¹", "212³", "(3,1)*"), explained in a **notes block under each table** in small type.
"""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

from common import out_dir, register_dejavu

FILE = "vedasa_hmn_tertialrapport_2_2025.pdf"
DNR = "HMN.2025.041"
N_PAGES = 3
NB, THIN, MINUS = "\u202f", "\u2009", "\u2212"  # narrow no-break space, thin space, minus sign


def num(n, sep=NB, plus=False):
    s = f"{abs(n):,}".replace(",", sep)
    return (MINUS + s) if n < 0 else ("+" + s if plus and n > 0 else s)


def dec(t, sep=NB):
    """tenths -> '38,6' with U+2212 for negatives"""
    a = abs(t)
    s = f"{num(a // 10, sep)},{a % 10}"
    return (MINUS + s) if t < 0 else s


# economy per verksamhet, tkr: budget helår, utfall jan–aug 2025, utfall jan–aug 2024, prognos helår
ECON = [
    ("Förskrivningsbara hjälpmedel", 41_800, 29_460, 26_930, 44_300, "¹"),
    ("Teknisk service och verkstad", 9_600, 6_180, 6_020, 9_350, ""),
    ("Rekonditionering och lager", 7_200, 4_590, 4_870, 6_900, ""),
    ("Transporter", 3_900, 2_810, 2_440, 4_150, "²"),
    ("Administration och IT", 4_500, 2_870, 2_790, 4_450, ""),
]
TOT = [sum(r[i] for r in ECON) for i in (1, 2, 3, 4)]
assert TOT == [67_000, 45_910, 43_050, 69_150]
AVV = [r[1] - r[4] for r in ECON]
assert AVV == [-2_500, 250, 300, -250, 50] and sum(AVV) == -2_150
ANDEL = [("Vedåsa", 482, 33_331), ("Hultaby", 315, 21_782), ("Ormnäs", 203, 14_037)]
assert sum(a[1] for a in ANDEL) == 1000 and sum(a[2] for a in ANDEL) == TOT[3]
assert all(abs(a[2] - TOT[3] * a[1] / 1000) < 1 for a in ANDEL)
# key figures jan–aug 2025 and (2024)
FORSKR, FORSKR_24 = 14_286, 13_517
ELRULL, ELRULL_24, ELRULL_SPEC = 212, 174, 37
BRUKARE, BRUKARE_24 = 6_912, 6_655
LEVTID, LEVTID_24 = 46, 53        # tenths of days
ATERANV, ATERANV_24 = 386, 342    # tenths of %
PRIS, PRIS_24 = 64, 31            # tenths of %

register_dejavu()
F, FB = "DejaVu", "DejaVu-Bold"
S_H1 = ParagraphStyle("h1", fontName=FB, fontSize=16, leading=20, spaceAfter=6)
S_H2 = ParagraphStyle("h2", fontName=FB, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)
S_B = ParagraphStyle("b", fontName=F, fontSize=9.5, leading=13, spaceAfter=5)
S_N = ParagraphStyle("n", fontName=F, fontSize=7.6, leading=9.8, spaceAfter=1.5)
S_C = ParagraphStyle("c", fontName=F, fontSize=8.6, leading=11)
S_CB = ParagraphStyle("cb", fontName=FB, fontSize=8.6, leading=11)
S_CR = ParagraphStyle("cr", parent=S_C, alignment=2)
S_CBR = ParagraphStyle("cbr", parent=S_CB, alignment=2)
S_BUL = ParagraphStyle("bul", parent=S_B, leftIndent=12, bulletIndent=2)


def on_page(c, doc):
    w, h = A4
    c.saveState()
    c.setFont(F, 8)
    c.drawString(20 * mm, h - 13 * mm, "Tertialrapport 2 2025 · Gemensamma hjälpmedelsnämnden")
    c.drawRightString(w - 20 * mm, h - 13 * mm, "Vedåsa kommun – värdkommun")
    c.line(20 * mm, h - 15 * mm, w - 20 * mm, h - 15 * mm)
    c.line(20 * mm, 16 * mm, w - 20 * mm, 16 * mm)
    c.drawString(20 * mm, 11.5 * mm, f"Tertialrapport 2 2025, januari–augusti · Dnr {DNR}")
    c.drawRightString(w - 20 * mm, 11.5 * mm, f"Sida {doc.page} av {N_PAGES}")
    c.restoreState()


def table(rows, widths, bold_rows=(), header_rows=1):
    data = []
    for i, r in enumerate(rows):
        b = i < header_rows or i in bold_rows
        # header and label cells are Paragraphs; the figures are plain strings, which reportlab draws with
        # drawString and so keeps the U+202F / U+2009 separators in the text layer (a Paragraph would
        # turn them into ordinary spaces)
        data.append([Paragraph(str(x), S_CB if b else S_C) if j == 0 or i < header_rows else str(x)
                     for j, x in enumerate(r)])
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    st = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("FONT", (1, header_rows), (-1, -1), F, 8.6),
          ("ALIGN", (1, header_rows), (-1, -1), "RIGHT"), ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6,
                                                     "#333333"),
          ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, "#BBBBBB"), ("BACKGROUND", (0, 0), (-1, header_rows - 1),
                                                                         "#E6EEF3")]
    for i in bold_rows:
        st.append(("LINEABOVE", (0, i), (-1, i), 0.6, "#333333"))
        st.append(("FONT", (1, i), (-1, i), FB, 8.6))
    t.setStyle(TableStyle(st))
    return t


def main():
    doc = BaseDocTemplate(str(out_dir() / FILE), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=22 * mm, bottomMargin=22 * mm, title="Tertialrapport 2 2025",
                          author="Gemensamma hjälpmedelsnämnden, Vedåsa kommun")
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(doc.leftMargin, doc.bottomMargin, doc.width,
                                                             doc.height, id="f")], onPage=on_page)])
    fl = [Paragraph("Tertialrapport 2 2025", S_H1),
          Paragraph("Gemensamma hjälpmedelsnämnden för Vedåsa, Hultaby och Ormnäs kommuner", S_H2),
          Paragraph(f"Period: januari–augusti 2025. Dnr {DNR}. Rapporten behandlas av nämnden 2025-09-25 och "
                    "skickas därefter till de tre kommunernas kommunstyrelser för kännedom.", S_B),
          Paragraph("1. Sammanfattning", S_H2),
          Paragraph("Den gemensamma hjälpmedelsnämnden inrättades 2021 och Vedåsa kommun är värdkommun. Nämnden "
                    "ansvarar för inköp, förskrivningsstöd, service, rekonditionering och transporter av "
                    "hjälpmedel åt de tre kommunerna. Kostnaderna fördelas efter andel förskrivna hjälpmedel "
                    "föregående år.", S_B),
          Paragraph(f"Efter åtta månader pekar helårsprognosen på en negativ budgetavvikelse om "
                    f"{num(-2_150)} tkr. Antalet förskrivna hjälpmedel fortsätter att öka, och det är framför "
                    "allt förskrivningsbara hjälpmedel som går med underskott.", S_B),
          Paragraph("2. Viktiga händelser under perioden", S_H2)]
    for x in ("Ny prislista från huvudleverantören gäller sedan 1 mars 2025; den genomsnittliga prisökningen på "
              "sortimentet blev 6,4 procent.",
              "Ormnäs kommun öppnade i juni det särskilda boendet Solrosen, och nämnden levererade i samband med "
              "det 40 taklyftar.",
              "Nämnden har påbörjat en förstudie inför upphandling av ett nytt lagersystem. Kostnaden är ännu "
              "inte beräknad.",
              "Leveranstiden har kortats sedan transporterna samordnades med kommunernas kost-transporter."):
        fl.append(Paragraph(x, S_BUL, bulletText="•"))
    fl.append(Paragraph("3. Verksamhet i korthet", S_H2))
    fl.append(Paragraph("Volymerna redovisas i tabell 2 på sidan 3. Ökningen av elrullstolar hänger samman med "
                        "fler förskrivningar till yngre personer med neurologiska diagnoser. Andelen "
                        "återanvända hjälpmedel har ökat sedan rekonditioneringen fick utökade öppettider.", S_B))
    fl.append(PageBreak())

    # page 2: economy
    fl.append(Paragraph("4. Ekonomi", S_H2))
    fl.append(Paragraph("Tabell 1. Driftredovisning per verksamhet, tkr", S_CB))
    fl.append(Spacer(1, 3))
    rows = [["Verksamhet", "Budget helår 2025", "Utfall jan–aug 2025", "Utfall jan–aug 2024", "Prognos helår 2025",
             "Avvikelse"]]
    for (name, b, u, u24, p, fn), a in zip(ECON, AVV):
        rows.append([name, num(b), num(u) + fn, num(u24), num(p), num(a, plus=True)])
    rows.append(["Summa nettokostnad", num(TOT[0]), num(TOT[1]), num(TOT[2]) + "*", num(TOT[3]),
                 num(sum(AVV))])
    fl.append(table(rows, [50 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm], bold_rows=(len(rows) - 1,)))
    fl.append(Spacer(1, 4))
    for x in ("¹ Varav 1\u00a0120 tkr avser engångsköp av 40 taklyftar till det särskilda boendet Solrosen i "
              "Ormnäs. Kostnaden faktureras Ormnäs kommun fullt ut vid årets slut.",
              "² Inklusive drivmedelstillägg från transportören från och med maj 2025.",
              "* Utfallet 2024 är justerat för en omföring av IT-licenser om 210 tkr till Vedåsa kommun.",
              "Negativ avvikelse (−) innebär att prognosen överstiger budget."):
        fl.append(Paragraph(x, S_N))
    fl.append(Paragraph("Analys av avvikelser", S_H2))
    fl.append(Paragraph(f"Förskrivningsbara hjälpmedel beräknas överskrida budget med {num(2_500)} tkr. "
                        "Orsaken är dels att fler elrullstolar och hygienhjälpmedel har förskrivits än "
                        "beräknat, dels den nya prislistan med en genomsnittlig prisökning om 6,4 procent. "
                        "Transporter beräknas överskrida budget med 250 tkr på grund av drivmedelstillägget.", S_B))
    fl.append(Paragraph("Teknisk service, rekonditionering och administration visar mindre överskott, främst "
                        "till följd av vakanser under våren.", S_B))
    fl.append(Paragraph("Tabell 3. Prognos nettokostnad 2025 per kommun, tkr", S_CB))
    fl.append(Spacer(1, 3))
    rows = [["Kommun", "Andel, %", "Prognos helår 2025"]]
    for name, andel, amt in ANDEL:
        rows.append([f"{name} kommun", f"{andel // 10},{andel % 10}", num(amt)])
    rows.append(["Summa", "100,0", num(TOT[3])])
    fl.append(table(rows, [60 * mm, 30 * mm, 40 * mm], bold_rows=(len(rows) - 1,)))
    fl.append(PageBreak())

    # page 3: key figures
    fl.append(Paragraph("5. Verksamhetsmått", S_H2))
    fl.append(Paragraph("Tabell 2. Nyckeltal januari–augusti 2025 (motsvarande period 2024 inom parentes)", S_CB))
    fl.append(Spacer(1, 3))
    rows = [["Nyckeltal", "Jan–aug 2025", "(Jan–aug 2024)"],
            ["Antal förskrivna hjälpmedel", num(FORSKR, THIN), f"({num(FORSKR_24, THIN)})"],
            ["– varav elrullstolar", f"{ELRULL}³", f"({ELRULL_24})"],
            ["Antal brukare med minst ett hjälpmedel", num(BRUKARE, THIN), f"({num(BRUKARE_24, THIN)})"],
            ["Genomsnittlig leveranstid, dagar", dec(LEVTID, THIN), f"({dec(LEVTID_24, THIN)})"],
            ["Andel återanvända hjälpmedel, %", dec(ATERANV, THIN) + "⁴", f"({dec(ATERANV_24, THIN)})*"],
            ["Genomsnittlig prisökning på sortimentet, %", dec(PRIS, THIN), f"({dec(PRIS_24, THIN)})*"],
            ["Förändring av förskrivna hjälpmedel mot 2024, %", dec(round((FORSKR - FORSKR_24) / FORSKR_24 * 1000),
                                                                     THIN), f"({dec(41, THIN)})"]]
    fl.append(table(rows, [95 * mm, 35 * mm, 35 * mm]))
    fl.append(Spacer(1, 4))
    for x in (f"³ Varav {ELRULL_SPEC} elrullstolar med individuell specialanpassning (2024: 29).",
              "⁴ Andel av utlämnade hjälpmedel som har lämnats ut tidigare och rekonditionerats.",
              "* 2024 års värde är omräknat enligt den definition som gäller från 2025 och avviker därför från "
              "tertialrapport 2 2024.",
              "Förändringen 2024 avser jämförelse med januari–augusti 2023."):
        fl.append(Paragraph(x, S_N))
    fl.append(Paragraph("6. Åtgärder och framtid", S_H2))
    fl.append(Paragraph("Förvaltningen ser över förskrivningsanvisningarna för hygienhjälpmedel tillsammans med "
                        "kommunernas arbetsterapeuter. En fördjupad analys av elrullstolsförskrivningen redovisas "
                        "för nämnden i november. Någon helårsprognos utöver den ovan lämnas inte förrän i "
                        "bokslutet, som behandlas i februari 2026.", S_B))
    fl.append(Paragraph("Förslag till beslut", S_H2))
    fl.append(Paragraph("Gemensamma hjälpmedelsnämnden godkänner tertialrapport 2 2025 och överlämnar den till "
                        "kommunstyrelserna i Vedåsa, Hultaby och Ormnäs kommuner.", S_B))
    doc.build(fl)
    from pypdf import PdfReader
    assert len(PdfReader(str(out_dir() / FILE)).pages) == N_PAGES


if __name__ == "__main__":
    main()
