"""Mjöhammars kommun – "Nämndnytt" från lärandenämnden, nr 1 2026 (PDF, reportlab BaseDocTemplate).

Layout: a newsletter in two columns. Page 1 has a full-width masthead band (drawn on the canvas) and a full-width
lead frame above two column frames; page 2 has two column frames. Short news items with bold headlines, a shaded
fact box ("Nämnden i siffror") as a one-cell table, a "Kort om" list, and a colophon in the footer with the issue,
the Dnr and page number.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

from common import out_dir, pdf_invariant, register_dejavu, sv_int, sv_tenths

pdf_invariant()
register_dejavu()
FONT, BOLD, ITAL = "DejaVu", "DejaVu-Bold", "DejaVu-Italic"
DNR = "LN.2026.018"
W, H = A4
M = 16 * mm
GAP = 7 * mm
COLW = (W - 2 * M - GAP) / 2

body = ParagraphStyle("body", fontName=FONT, fontSize=8.8, leading=11.8, spaceAfter=4)
lead = ParagraphStyle("lead", parent=body, fontSize=10.5, leading=14, fontName=ITAL)
head = ParagraphStyle("head", parent=body, fontName=BOLD, fontSize=12, leading=14.5, spaceBefore=6, spaceAfter=3,
                      textColor=colors.HexColor("#7a2e59"))
kick = ParagraphStyle("kick", parent=body, fontName=BOLD, fontSize=7.5, leading=9, spaceAfter=1,
                      textColor=colors.HexColor("#7a2e59"))
box = ParagraphStyle("box", parent=body, fontSize=8.3, leading=11, spaceAfter=1)

# figures
ELEVER_GR, BARN_FSK, MEDARB = 4120, 1380, 612
BUDGET_2026 = 8125        # tenths of mnkr
PROGNOS = -38             # tenths of mnkr
PROG_PARTS = [("anpassad grundskola", -21), ("skolskjuts", -12), ("förskola", -9), ("gymnasieskola", 4)]
assert sum(v for _, v in PROG_PARTS) == PROGNOS
RAM_OLD, RAM_NEW = 68, 74
SOMMAR_ELEVER, SOMMAR_KOSTNAD, SOMMAR_STATSBIDRAG = 420, 19, 14
MERIT_25, MERIT_24 = 2214, 2169
VOTE_JA, VOTE_NEJ = 9, 4
assert VOTE_JA + VOTE_NEJ == 13


def masthead(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor("#7a2e59"))
    c.rect(0, H - 34 * mm, W, 34 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(BOLD, 26)
    c.drawString(M, H - 19 * mm, "Nämndnytt")
    c.setFont(FONT, 10)
    c.drawString(M, H - 27 * mm, "Lärandenämnden · Mjöhammars kommun")
    c.drawRightString(W - M, H - 19 * mm, "Nr 1 · februari 2026")
    c.drawRightString(W - M, H - 27 * mm, "Från sammanträdet 11 februari")
    c.restoreState()
    footer(c, doc)


def footer(c, doc):
    c.saveState()
    c.setStrokeColor(colors.HexColor("#7a2e59"))
    c.line(M, 14 * mm, W - M, 14 * mm)
    c.setFont(FONT, 7)
    c.drawString(M, 10 * mm, f"Nämndnytt ges ut av lärandenämnden efter varje sammanträde. Dnr {DNR}. "
                             f"Protokollet i sin helhet finns på kommunens webbplats.")
    c.drawRightString(W - M, 10 * mm, f"{doc.page}")
    c.restoreState()


def frames_first():
    top = H - 38 * mm
    lead_h = 24 * mm
    col_top = top - lead_h - 3 * mm
    return [Frame(M, top - lead_h, W - 2 * M, lead_h, id="lead", showBoundary=0),
            Frame(M, 18 * mm, COLW, col_top - 18 * mm, id="c1"),
            Frame(M + COLW + GAP, 18 * mm, COLW, col_top - 18 * mm, id="c2")]


def frames_next():
    return [Frame(M, 18 * mm, COLW, H - 34 * mm, id="n1"),
            Frame(M + COLW + GAP, 18 * mm, COLW, H - 34 * mm, id="n2")]


def factbox():
    rows = [[Paragraph("<b>Nämnden i siffror 2026</b>", box)],
            [Paragraph(f"Elever i grundskolan: {sv_int(ELEVER_GR)}", box)],
            [Paragraph(f"Barn i förskolan: {sv_int(BARN_FSK)}", box)],
            [Paragraph(f"Medarbetare: {MEDARB}", box)],
            [Paragraph(f"Budget 2026: {sv_tenths(BUDGET_2026)} mnkr", box)],
            [Paragraph("Ordförande: Jonas Ekberg (C)", box)]]
    t = Table(rows, colWidths=[COLW - 2])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2e6ee")),
                           ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#7a2e59")),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


def minus(t):
    return sv_tenths(t).replace("-", "\u2212")


story = [
    NextPageTemplate("next"),
    Paragraph("Lärandenämnden vill bygga en större förskola i Ängsmon än planerat, samlar in mobiltelefonerna i "
              "alla grundskolor från hösten och satsar på sommarskola. Här är det viktigaste från nämndens första "
              "sammanträde 2026.", lead),
    FrameBreak(),
    Paragraph("FÖRSKOLA", kick),
    Paragraph("Stjärnfallet blir större – men kostar mer", head),
    Paragraph(f"Den nya förskolan Stjärnfallet i Ängsmon planeras nu för åtta avdelningar och 150 barn i stället "
              f"för sex avdelningar och 110 barn. Skälet är att barnantalet i östra Mjöhammar ökar snabbare än "
              f"befolkningsprognosen från 2024 visade. Investeringsramen på {RAM_OLD} mnkr räcker inte för den "
              f"större byggnaden.", body),
    Paragraph(f"Nämnden beslutade att föreslå kommunstyrelsen och kommunfullmäktige att utöka ramen till "
              f"{RAM_NEW} mnkr. Fullmäktige väntas ta ställning i april. Om ramen utökas kan förskolan öppna i "
              f"augusti 2027.", body),
    Paragraph("GRUNDSKOLA", kick),
    Paragraph("Mobilerna samlas in från hösten", head),
    Paragraph(f"Från och med höstterminen 2026 samlas elevernas mobiltelefoner in när skoldagen börjar i samtliga "
              f"kommunala grundskolor i Mjöhammar, från förskoleklass till årskurs 9. Telefonerna lämnas tillbaka "
              f"när skoldagen slutar. Varje rektor bestämmer hur insamlingen ska gå till på sin skola.", body),
    Paragraph(f"Beslutet fattades efter omröstning med {VOTE_JA} röster mot {VOTE_NEJ}. Socialdemokraterna ville "
              f"att frågan först skulle utredas tillsammans med elevråden och reserverade sig mot beslutet.", body),
    Paragraph("SOMMARLOV", kick),
    Paragraph("Sommarskola för fler elever", head),
    Paragraph(f"I sommar erbjuds {SOMMAR_ELEVER} elever i årskurs 6–9 sommarskola i svenska, matematik och engelska "
              f"under tre veckor i juni. Sommarskolan kostar {sv_tenths(SOMMAR_KOSTNAD)} mnkr, varav "
              f"{sv_tenths(SOMMAR_STATSBIDRAG)} mnkr väntas täckas av statsbidrag. Förra sommaren deltog 310 elever.",
              body),
    Paragraph("EKONOMI", kick),
    Paragraph("Underskott i första prognosen", head),
    Paragraph(f"Efter januari pekar prognosen på ett underskott på {minus(PROGNOS)} mnkr för helåret. Den största "
              f"delen, {minus(PROG_PARTS[0][1])} mnkr, gäller anpassad grundskola där antalet elever har ökat från 38 "
              f"till 47. Skolskjutsen beräknas gå {minus(PROG_PARTS[1][1])} mnkr över budget och förskolan "
              f"{minus(PROG_PARTS[2][1])} mnkr, medan gymnasieskolan väntas visa ett överskott på "
              f"{sv_tenths(PROG_PARTS[3][1])} mnkr. Förvaltningen ska återkomma med åtgärder i mars.", body),
    factbox(),
    Spacer(1, 4),
    Paragraph("RESULTAT", kick),
    Paragraph("Meritvärdet steg igen", head),
    Paragraph(f"Det genomsnittliga meritvärdet i årskurs 9 blev {sv_tenths(MERIT_25)} våren 2025, jämfört med "
              f"{sv_tenths(MERIT_24)} året innan. Andelen elever som blev behöriga till ett yrkesprogram var 86,7 "
              f"procent. Resultaten redovisades i nämndens kvalitetsrapport, som nämnden godkände.", body),
    Paragraph("PERSONAL", kick),
    Paragraph("Fler legitimerade lärare", head),
    Paragraph("Andelen lärare med lärarlegitimation och behörighet i minst ett ämne ökade till 78,4 procent hösten "
              "2025, från 75,1 procent hösten 2024. Ökningen förklaras främst av att 23 lärare har tagit examen "
              "genom VAL, den vidareutbildning för lärare som saknar examen som kommunen betalar en del av. "
              "Förvaltningen bedömer att rekryteringsläget för förskollärare fortfarande är svårt.", body),
    Paragraph("SKOLVAL", kick),
    Paragraph("Nio av tio fick sitt förstahandsval", head),
    Paragraph("Inför hösten 2026 har 398 barn valt förskoleklass. 91 procent av dem fick plats på den skola som "
              "vårdnadshavarna valde i första hand. Trångast är det på Tallbergsskolan, där 64 barn sökte de 50 "
              "platserna. Placeringsbesked skickades ut den 6 februari.", body),
    Paragraph("FRÅGESTUND", kick),
    Paragraph("Trafiken vid Tallbergsskolan", head),
    Paragraph("Vid allmänhetens frågestund ställde en förälder frågor om trafiksäkerheten vid Tallbergsskolans "
              "hämtnings- och lämningsplats. Ordföranden svarade att gator och parkeringar är tekniska nämndens "
              "ansvar och att lärandenämnden har skickat frågan vidare dit.", body),
    Paragraph("KORT OM", kick),
    Paragraph("Kort om övriga ärenden", head),
    Paragraph("• Nämnden yttrade sig över motionen om gratis frukost i skolan och föreslår att den avslås. "
              "Kostnaden beräknades till 4,6 mnkr per år.", body),
    Paragraph("• Tallbergsskolans rektor Petra Nyman informerade om arbetet med närvaro. Den problematiska "
              "frånvaron har minskat från 7,9 till 6,2 procent.", body),
    Paragraph("• Delegationsbeslut och meddelanden lades till handlingarna.", body),
    Paragraph("NÄSTA MÖTE", kick),
    Paragraph("Nästa sammanträde", head),
    Paragraph("Lärandenämnden sammanträder nästa gång onsdag 18 mars 2026 kl. 13.00 i kommunhuset, sal Tallen. "
              "Sammanträdet är öppet för allmänheten. Frågor om Nämndnytt besvaras av nämndsekreterare Amanda "
              "Rösth.", body),
]

path = out_dir() / "mjohammar_ln_namndnytt_2026-02.pdf"
doc = BaseDocTemplate(str(path), pagesize=A4, title="Nämndnytt nr 1 2026 – Lärandenämnden, Mjöhammars kommun",
                      author="Lärandenämnden", creator="Adobe InDesign 19.0 (Windows)")
doc.addPageTemplates([PageTemplate(id="first", frames=frames_first(), onPage=masthead),
                      PageTemplate(id="next", frames=frames_next(), onPage=footer)])
doc.build(story)
print(path)
