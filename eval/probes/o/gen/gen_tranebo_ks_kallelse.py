"""Tranebo kommun – kallelse to kommunstyrelsen 2026-01-20. PDF via reportlab platypus.

Layout (new in probe o): the föredragningslista is a stack of **"cards"**, one per ärende, as a meeting-app
export prints them: each card is a two-cell table whose narrow **coloured sidebar** (blue for beslutsärenden,
grey for informationsärenden) holds the item number in large type, the ärendetyp, "Dnr KS/2025:0412" and
"Handläggare" with the name and title, while the wide cell holds the title, a description and a boxed
"Förslag till beslut". The dnr and handläggare exist **only in the sidebar**, which the text layer gives before
the title. The cards run over two pages; letterhead block on page 1, footer "Sida N av 2".
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from common import out_dir, register_liberation, sv_int

FILE = "tranebo_ks_kallelse_2026-01-20.pdf"
N_PAGES = 2
PRIS, VARDERING = 4_850_000, 4_600_000
assert PRIS > VARDERING
KOLL_KOSTNAD = 23           # tenths of mnkr per year
UNGDOMAR = 1_140            # 13–19 år i kommunen
BIDRAG, HUSHALL = 1_200_000, 140
assert BIDRAG // HUSHALL < 10_000

register_liberation()
F, FB = "LibSans", "LibSans-Bold"
S = ParagraphStyle("b", fontName=F, fontSize=9.5, leading=12.5, spaceAfter=3)
S_T = ParagraphStyle("t", fontName=FB, fontSize=11, leading=14, spaceAfter=3)
S_SIDE = ParagraphStyle("s", fontName=F, fontSize=8, leading=10, textColor=colors.white)
S_SIDEB = ParagraphStyle("sb", parent=S_SIDE, fontName=FB)
S_NUM = ParagraphStyle("n", fontName=FB, fontSize=20, leading=23, textColor=colors.white)
S_FSL = ParagraphStyle("f", fontName=F, fontSize=9.5, leading=12.5)
S_H = ParagraphStyle("h", fontName=FB, fontSize=18, leading=22, spaceAfter=4)
BLUE, GREY = colors.HexColor("#1F4E79"), colors.HexColor("#7F7F7F")

ITEMS = [  # nr, typ, dnr, handläggare, title, description, förslag
    (1, "Beslutsärende", None, "Malin Forsberg, kommunsekreterare", "Val av justerare och tid för justering",
     "Kommunstyrelsen utser en ledamot att jämte ordföranden justera protokollet.",
     "Justering sker på kommunledningskontoret fredagen den 23 januari 2026."),
    (2, "Informationsärende", "KS/2025:0019", "Peter Nylén, ekonomichef", "Ekonomisk rapport december 2025",
     "Det preliminära resultatet för 2025 redovisas muntligt vid sammanträdet. Skriftlig rapport lämnas i "
     "samband med årsredovisningen.", None),
    (3, "Beslutsärende", "KS/2025:0412", "Stina Mårtensson, mark- och exploateringsingenjör",
     "Försäljning av fastigheten Tranebo Hamnen 2:14",
     f"Fjärdkajen Fastigheter AB har erbjudit {sv_int(PRIS)} kronor för fastigheten, som i dag är ett "
     f"outnyttjat hamnmagasin. En oberoende värdering från oktober 2025 anger marknadsvärdet till "
     f"{sv_int(VARDERING)} kronor. Köparen åtar sig att påbörja bygget av ett hotell inom två år.",
     "Kommunstyrelsen föreslår kommunfullmäktige att godkänna köpeavtalet med Fjärdkajen Fastigheter AB."),
    (4, "Beslutsärende", "KS/2025:0367", "Oskar Hjelm, trafikstrateg",
     "Motion om avgiftsfri kollektivtrafik för ungdomar",
     f"Leila Nyberg (V) föreslår i en motion att ungdomar 13–19 år ska resa avgiftsfritt med kollektivtrafiken "
     f"inom kommunen. Det finns {sv_int(UNGDOMAR)} ungdomar i åldersgruppen. Kostnaden beräknas till "
     f"{KOLL_KOSTNAD // 10},{KOLL_KOSTNAD % 10} mnkr per år i minskade biljettintäkter, som kommunen skulle "
     f"behöva ersätta regionen för.",
     "Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen."),
    (5, "Beslutsärende", "KS/2025:0388", "Sara Nordling, näringslivsutvecklare",
     "Bidrag till fiberutbyggnad i Östra Tranebo",
     f"Tranebo Fiber ekonomisk förening söker bidrag för att ansluta {HUSHALL} hushåll på landsbygden "
     "öster om centralorten. Utbyggnaden ska vara klar under 2027.",
     f"Kommunstyrelsen beviljar föreningen {sv_int(BIDRAG)} kronor ur utvecklingsfonden."),
    (6, "Beslutsärende", "KS/2025:0401", "Malin Forsberg, kommunsekreterare",
     "Revidering av kommunstyrelsens delegationsordning",
     "Delegationsordningen anpassas till den nya organisationen för samhällsbyggnad.",
     "Kommunstyrelsen antar den reviderade delegationsordningen att gälla från och med 2026-02-01."),
    (7, "Beslutsärende", "KS/2025:0395", "Oskar Hjelm, trafikstrateg",
     "Yttrande över regional trafikförsörjningsplan 2026–2030",
     "Regionen har remitterat förslaget till ny trafikförsörjningsplan. Svar ska lämnas senast 2026-02-06.",
     "Kommunstyrelsen antar förvaltningens förslag till yttrande."),
    (8, "Informationsärende", None, "Malin Forsberg, kommunsekreterare", "Anmälan av delegationsbeslut",
     "Beslut fattade med stöd av delegation under december 2025.", None),
    (9, "Informationsärende", None, "Malin Forsberg, kommunsekreterare", "Meddelanden",
     "Inkomna skrivelser och protokoll från kommunala bolag.", None),
]


def card(item):
    nr, typ, dnr, handl, title, desc, fsl = item
    side = [Paragraph(str(nr), S_NUM), Paragraph(typ, S_SIDEB)]
    if dnr:
        side += [Spacer(1, 3), Paragraph("Diarienummer", S_SIDE), Paragraph(f"Dnr {dnr}", S_SIDEB)]
    side += [Spacer(1, 3), Paragraph("Handläggare", S_SIDE), Paragraph(handl, S_SIDEB)]
    main = [Paragraph(title, S_T), Paragraph(desc, S)]
    if fsl:
        box = Table([[Paragraph("<b>Förslag till beslut:</b> " + fsl, S_FSL)]], colWidths=[128 * mm])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, BLUE),
                                 ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EAF1F8")),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5)]))
        main.append(box)
    t = Table([[side, main]], colWidths=[38 * mm, 134 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), BLUE if typ == "Beslutsärende" else GREY),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.5, colors.lightgrey),
                           ("LEFTPADDING", (0, 0), (0, 0), 6), ("LEFTPADDING", (1, 0), (1, 0), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def on_page(c, doc):
    c.saveState()
    c.setFont(F, 8)
    c.setFillColor(colors.grey)
    c.drawString(19 * mm, 11 * mm, "Tranebo kommun · Kommunstyrelsen · Kallelse 2026-01-20")
    c.drawRightString(A4[0] - 19 * mm, 11 * mm, f"Sida {doc.page} av {N_PAGES}")
    c.restoreState()


def main():
    path = out_dir() / FILE
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=19 * mm, rightMargin=19 * mm, topMargin=16 * mm,
                          bottomMargin=18 * mm, title="Kallelse kommunstyrelsen 2026-01-20", invariant=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    story = [Paragraph("TRANEBO KOMMUN", ParagraphStyle("k", fontName=FB, fontSize=10, textColor=BLUE)),
             Spacer(1, 4), Paragraph("Kallelse – kommunstyrelsen", S_H)]
    meta = [["Tid", "Tisdag 20 januari 2026 kl. 09.00"], ["Plats", "Kommunhuset, sammanträdesrum Tärnan"],
            ["Ordförande", "Gunilla Sjöberg (S)"], ["Sekreterare", "Malin Forsberg"],
            ["Förhinder", "Anmäls till sekreteraren senast måndag 19 januari kl. 12.00, så att ersättare kan "
                          "kallas."]]
    mt = Table([[Paragraph(f"<b>{a}</b>", S), Paragraph(b, S)] for a, b in meta], colWidths=[30 * mm, 142 * mm])
    mt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [mt, Spacer(1, 6), Paragraph("Ärenden", S_T)]
    for it in ITEMS:
        story += [card(it), Spacer(1, 5)]
    story += [Paragraph("Handlingarna finns i mötesappen och på kommunens webbplats. Gunilla Sjöberg, "
                        "ordförande", S)]
    doc.build(story)


if __name__ == "__main__":
    main()
