"""Tjärnviks kommun – vård- och omsorgsnämndens delårsrapport januari–augusti 2025. PDF via reportlab (DejaVu Sans).

Layout: a title block on page 1, then **two-column running text** (two frames per page) for the narrative,
then a one-column page with the economic table in mnkr with decimal commas, where negative numbers are
written in parentheses, "(4,7)", and a full-year prognosis. A running header and page number on every page.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

from common import out_dir, register_dejavu, sv_int, sv_tenths

FILE = "tjarnvik_von_delarsrapport_jan-aug_2025.pdf"

# economic table, tenths of mnkr: (verksamhet, budget helår, utfall jan–aug, prognos helår)
ROWS = [("Nämnd och administration", 142, 91, 138),
        ("Hemtjänst", 965, 689, 1012),
        ("Särskilt boende", 1824, 1246, 1851),
        ("Hälso- och sjukvård", 413, 270, 406),
        ("Funktionsstöd (LSS)", 1189, 778, 1172)]
SUM_B, SUM_U, SUM_P = (sum(r[i] for r in ROWS) for i in (1, 2, 3))
assert (SUM_B, SUM_U, SUM_P) == (4533, 3074, 4579)
AVV = {r[0]: r[1] - r[3] for r in ROWS}
assert AVV["Hemtjänst"] == -47 and AVV["Särskilt boende"] == -27 and SUM_B - SUM_P == -46
PROGNOS_APRIL = -31  # prognosis in the april report, tenths of mnkr

TIMMAR_2025, TIMMAR_2024 = 183400, 165200
assert round((TIMMAR_2025 - TIMMAR_2024) * 100 / TIMMAR_2024) == 11
VANTETID_2025, VANTETID_2024 = 64, 48
KO = 27
SB_PLATSER = 312
SJUK_2025, SJUK_2024 = 89, 96  # tenths of a percent
# hemtjänst prognosis deviation per group, tkr (negative = underskott)
HT_GRUPPER = [("Hemtjänst Norra", -2340), ("Hemtjänst Östra Tjärnbyn", -1880), ("Hemtjänst Centrum", -860),
              ("Nattpatrullen", 380)]
assert sum(v for _, v in HT_GRUPPER) * 1 == AVV["Hemtjänst"] * 100


def paren_tkr(v):
    return f"({sv_int(-v)})" if v < 0 else sv_int(v)


def paren(t):
    """tenths of mnkr -> '12,4' or '(4,7)' for a negative value."""
    return f"({sv_tenths(-t)})" if t < 0 else sv_tenths(t)


def build():
    register_dejavu()
    F, FB = "DejaVu", "DejaVu-Bold"
    body = ParagraphStyle("b", fontName=F, fontSize=9, leading=12.5, spaceAfter=5)
    h = ParagraphStyle("h", fontName=FB, fontSize=10.5, leading=13.5, spaceBefore=6, spaceAfter=3)
    big = ParagraphStyle("big", fontName=FB, fontSize=20, leading=25)
    sub = ParagraphStyle("sub", fontName=F, fontSize=11, leading=15)
    cell = ParagraphStyle("c", fontName=F, fontSize=9, leading=11.5)
    cellb = ParagraphStyle("cb", fontName=FB, fontSize=9, leading=11.5)

    W, H = A4
    lm, rm, tm, bm, gap = 20 * mm, 20 * mm, 22 * mm, 20 * mm, 8 * mm
    colw = (W - lm - rm - gap) / 2
    title_h = 62 * mm

    def deco(canv, doc):
        canv.saveState()
        canv.setFont(F, 8)
        canv.drawString(lm, H - 12 * mm, "Tjärnviks kommun · Vård- och omsorgsnämnden · Delårsrapport januari–augusti 2025")
        canv.line(lm, H - 14 * mm, W - rm, H - 14 * mm)
        canv.drawRightString(W - rm, 10 * mm, str(doc.page))
        canv.restoreState()

    first = PageTemplate("first", frames=[
        Frame(lm, H - tm - title_h, W - lm - rm, title_h, id="title"),
        Frame(lm, bm, colw, H - tm - bm - title_h, id="c1"),
        Frame(lm + colw + gap, bm, colw, H - tm - bm - title_h, id="c2")], onPage=deco)
    twocol = PageTemplate("twocol", frames=[Frame(lm, bm, colw, H - tm - bm, id="l"),
                                            Frame(lm + colw + gap, bm, colw, H - tm - bm, id="r")], onPage=deco)
    onecol = PageTemplate("onecol", frames=[Frame(lm, bm, W - lm - rm, H - tm - bm, id="one")], onPage=deco)
    doc = BaseDocTemplate(str(out_dir() / FILE), pagesize=A4, pageTemplates=[first, twocol, onecol],
                          title="Delårsrapport VON jan–aug 2025", author="Tjärnviks kommun")

    story = [Paragraph("Tjärnviks kommun", sub), Spacer(1, 2 * mm),
             Paragraph("Delårsrapport januari–augusti 2025", big),
             Paragraph("Vård- och omsorgsnämnden", sub), Spacer(1, 3 * mm),
             Paragraph("Behandlad av vård- och omsorgsnämnden 2025-09-24, § 71. Dnr VON 2025/142. "
                       "Ordförande: Birgitta Hellström (KD). Förvaltningschef: Mikael Sund.", body),
             NextPageTemplate("twocol"), FrameBreak()]
    # --- two-column running text
    story += [
        Paragraph("Sammanfattning", h),
        Paragraph("Vård- och omsorgsnämnden redovisar för perioden januari–augusti 2025 ett utfall om "
                  f"{sv_tenths(SUM_U)} mnkr. Helårsprognosen pekar mot ett underskott om {sv_tenths(-(SUM_B - SUM_P))} "
                  f"mnkr jämfört med budget, vilket är en försämring sedan aprilrapporten då prognosen var ett "
                  f"underskott om {sv_tenths(-PROGNOS_APRIL)} mnkr. Underskottet finns inom hemtjänsten och det "
                  "särskilda boendet, medan funktionsstöd och hälso- och sjukvård väntas redovisa överskott.", body),
        Paragraph("Verksamhetens utveckling", h),
        Paragraph(f"Antalet beviljade hemtjänsttimmar uppgick under januari–augusti till {sv_int(TIMMAR_2025)} "
                  f"timmar, jämfört med {sv_int(TIMMAR_2024)} timmar under samma period 2024. Ökningen är en följd "
                  "av att fler äldre med omfattande behov bor kvar hemma längre, och av att korttidsplatserna "
                  "under våren var fullbelagda.", body),
        Paragraph("Underskottet inom hemtjänsten beror främst på att de beviljade timmarna ökat med 11 procent "
                  "jämfört med samma period föregående år, samtidigt som ersättningen till hemtjänstgrupperna "
                  "inte har räknats upp i motsvarande grad. Under sommaren tillkom dessutom kostnader för "
                  "inhyrd personal i hemtjänstgruppen i Östra Tjärnbyn.", body),
        Paragraph(f"Inom särskilt boende finns {SB_PLATSER} platser. Vid utgången av augusti väntade {KO} personer "
                  f"med gynnande beslut på en plats, och den genomsnittliga väntetiden var {VANTETID_2025} dagar, "
                  f"jämfört med {VANTETID_2024} dagar vid samma tidpunkt 2024. Kostnader för köpta platser i "
                  "andra kommuner förklarar huvuddelen av avvikelsen inom särskilt boende.", body),
        Paragraph("Väsentliga händelser", h),
        Paragraph("I maj öppnade det nya trygghetsboendet Solgläntan med 24 lägenheter. Nämnden har under "
                  "perioden infört digital nattillsyn för brukare i hemtjänsten som önskar det; i augusti hade "
                  "86 brukare digital nattillsyn. Arbetet med en ny larmcentral har skjutits upp till 2026.", body),
        Paragraph("Medarbetare", h),
        Paragraph(f"Sjukfrånvaron för januari–juli var {sv_tenths(SJUK_2025)} procent, jämfört med "
                  f"{sv_tenths(SJUK_2024)} procent för samma period 2024. Rekryteringsläget för sjuksköterskor är "
                  "fortsatt ansträngt, särskilt under semesterperioden.", body),
        Paragraph("Åtgärder för budget i balans", h),
        Paragraph("Förvaltningen har tagit fram en handlingsplan som omfattar en ny bemanningsplanering i "
                  "hemtjänsten, en översyn av nattbemanningen på de särskilda boendena och ett stopp för "
                  "nyanställningar av administrativ personal under hösten. Åtgärderna bedöms minska underskottet "
                  "under resten av året men inte ge full effekt förrän 2026.", body),
        Paragraph("Måluppfyllelse", h),
        Paragraph("Av nämndens sex mål bedöms fyra bli uppfyllda och två delvis uppfyllda vid årets slut. Målet "
                  "om att minska antalet olika personal som besöker en brukare i hemtjänsten under 14 dagar "
                  "bedöms delvis uppfyllt; medelvärdet var 15 personer i mätningen i mars.", body),
        NextPageTemplate("onecol"), PageBreak()]

    # --- economic table
    hdr = ["Verksamhet (mnkr)", "Budget helår 2025", "Utfall jan–aug 2025", "Prognos helår 2025",
           "Avvikelse mot budget"]
    rows = [[Paragraph(x, cellb) for x in hdr]]
    for name, b, u, p in ROWS:
        rows.append([Paragraph(name, cell), sv_tenths(b), sv_tenths(u), sv_tenths(p), paren(b - p)])
    rows.append([Paragraph("Summa nämnden", cellb), sv_tenths(SUM_B), sv_tenths(SUM_U), sv_tenths(SUM_P),
                 paren(SUM_B - SUM_P)])
    t = Table(rows, colWidths=[52 * mm, 29 * mm, 29 * mm, 29 * mm, 31 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), F), ("FONTSIZE", (0, 0), (-1, -1), 9),
                           ("FONTNAME", (0, -1), (-1, -1), FB), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                           ("LINEABOVE", (0, 1), (-1, 1), 0.8, colors.black),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [Paragraph("Ekonomisk sammanställning", h),
              Paragraph("Tabellen visar nämndens budget, utfall och prognos per verksamhet. Negativa belopp anges "
                        "inom parentes.", body), t, Spacer(1, 6 * mm),
              Paragraph("Hemtjänstens avvikelse per grupp", h),
              Paragraph("Hemtjänstens prognostiserade avvikelse mot budget fördelar sig på grupperna enligt "
                        "följande (tkr, negativa belopp inom parentes).", body)]
    ht = Table([[Paragraph("Hemtjänstgrupp", cellb), Paragraph("Avvikelse helår, tkr", cellb)]]
               + [[Paragraph(n, cell), paren_tkr(v)] for n, v in HT_GRUPPER]
               + [[Paragraph("Summa hemtjänst", cellb), paren_tkr(sum(v for _, v in HT_GRUPPER))]],
               colWidths=[70 * mm, 40 * mm])
    ht.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), F), ("FONTSIZE", (0, 0), (-1, -1), 9),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEABOVE", (0, 1), (-1, 1), 0.8, colors.black),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]))
    story += [ht, Spacer(1, 4 * mm),
              Paragraph("Prognos för helåret", h),
              Paragraph(f"Nämndens prognos för helåret 2025 är ett underskott om {sv_tenths(-(SUM_B - SUM_P))} mnkr. "
                        "Prognosen bygger på att volymerna inom hemtjänsten ligger kvar på augustis nivå under "
                        "resten av året och att handlingsplanens åtgärder får begränsad effekt under hösten.", body),
              Paragraph("Investeringar", h),
              Paragraph("Investeringsbudgeten för 2025 uppgår till 3,2 mnkr, främst för arbetstekniska hjälpmedel "
                        "och möbler till Solgläntan. Utfallet per augusti är 1,9 mnkr och hela budgeten väntas "
                        "förbrukas.", body),
              Paragraph("Förslag till beslut", h),
              Paragraph("Vård- och omsorgsnämnden beslutar att godkänna delårsrapporten för januari–augusti 2025 "
                        "och att överlämna den till kommunstyrelsen.", body)]
    doc.build(story)
    assert 2 <= doc.page <= 4, doc.page


if __name__ == "__main__":
    build()
