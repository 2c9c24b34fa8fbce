"""Hagsjöby kommun – kallelse till tekniska nämnden 2025-05-20 with föredragningslista
and two attached tjänsteskrivelser. PDF via reportlab (canvas-drawn letterheads)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, NextPageTemplate)

from common import out_dir, register_fonts, sv_int, sv_tenths

FILE = "hagsjoby_tn_kallelse_2025-05-20.pdf"

AGENDA = [  # nr, ärende, dnr, föredragande
    (1, "Upprop och val av justerare", "–", "Ordföranden"),
    (2, "Godkännande av dagordning", "–", "Ordföranden"),
    (3, "Ekonomisk uppföljning per april 2025", "TN 2025.031", "Sara Wennberg, controller"),
    (4, "Renhållningstaxa 2026", "TN 2025.087", "Jonas Elmgren, avfallschef"),
    (5, "Upphandling av vinterväghållning 2025–2029", "TN 2025.102", "Maria Fröjd, gatuchef"),
    (6, "Hastighetsplan för Hagsjöby tätort", "TN 2025.118", "Ali Rahimi, trafikingenjör"),
    (7, "Svar på medborgarförslag om laddplatser vid Brunnsparken", "TN 2024.244", "Maria Fröjd, gatuchef"),
    (8, "Anmälan av delegationsbeslut", "TN 2025.004", "Eva Holmlund, nämndsekreterare"),
    (9, "Meddelanden", "TN 2025.005", "Eva Holmlund, nämndsekreterare"),
    (10, "Förvaltningschefen informerar", "–", "Henrik Ståhlberg, förvaltningschef"),
]
assert [a[0] for a in AGENDA] == list(range(1, 11))

# Vinterväghållning: kostnad per säsong, tenths of mkr
VINTER = [("2021/22", 51), ("2022/23", 58), ("2023/24", 72), ("2024/25", 49)]
SNITT = sum(v for _, v in VINTER) / len(VINTER)  # tenths
assert sum(v for _, v in VINTER) == 230 and SNITT == 57.5
ARSKOSTNAD = 64  # tenths of mkr, estimate incl. index
AVTALSAR = 4
assert ARSKOSTNAD * AVTALSAR == 256

# Hastighetsplan: kostnader i kr
KOSTNAD = [("Vägmärken och stolpar", 690_000), ("Montering och trafikanordningsplaner", 410_000),
           ("Information till invånare", 140_000)]
KOSTNAD_SUM = sum(v for _, v in KOSTNAD)
assert KOSTNAD_SUM == 1_240_000
GATOR = [  # gata, nuvarande, föreslagen
    ("Storgatan (Torget–Järnvägsgatan)", 50, 40),
    ("Järnvägsgatan", 50, 40),
    ("Skolvägen vid Hagsjöskolan", 30, 30),
    ("Norra infarten (väg 612)", 70, 60),
    ("Bostadsgator inom Sjövik och Tallbacken", 50, 30),
    ("Industrivägen", 50, 50),
]


def build(path):
    register_fonts()
    base = ParagraphStyle("b", fontName="LibSans", fontSize=10.5, leading=14, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=base, fontName="LibSans-Bold", fontSize=16, leading=20, spaceAfter=8)
    h2 = ParagraphStyle("h2", parent=base, fontName="LibSans-Bold", fontSize=12, leading=15, spaceBefore=8)
    cell = ParagraphStyle("c", parent=base, fontSize=9.5, leading=11.5, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="LibSans-Bold")

    def first_page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#2d5b2a"))
        c.rect(0, A4[1] - 30 * mm, A4[0], 30 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("LibSans-Bold", 18)
        c.drawString(20 * mm, A4[1] - 17 * mm, "HAGSJÖBY KOMMUN")
        c.setFont("LibSans", 10)
        c.drawString(20 * mm, A4[1] - 24 * mm, "Tekniska nämnden")
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 17 * mm, "KALLELSE")
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 24 * mm, "2025-05-08")
        c.restoreState()
        footer(c, doc)

    def ts_page(c, doc):
        c.saveState()
        c.setFont("LibSans-Bold", 11)
        c.drawString(20 * mm, A4[1] - 15 * mm, "HAGSJÖBY KOMMUN")
        c.setFont("LibSans", 8.5)
        c.drawString(20 * mm, A4[1] - 20 * mm, "Samhällsbyggnadsförvaltningen")
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 15 * mm, "TJÄNSTESKRIVELSE")
        c.setStrokeColor(colors.HexColor("#2d5b2a"))
        c.line(20 * mm, A4[1] - 23 * mm, A4[0] - 20 * mm, A4[1] - 23 * mm)
        c.restoreState()
        footer(c, doc)

    def footer(c, doc):
        c.saveState()
        c.setFont("LibSans", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, 12 * mm, "Hagsjöby kommun · Samhällsbyggnadsförvaltningen · Stadshuset, Torget 1 · "
                                       "vx 0123-45 60 00 · tekniska.namnden@hagsjoby.example")
        c.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Sida {doc.page}")
        c.restoreState()

    frame1 = Frame(20 * mm, 18 * mm, A4[0] - 40 * mm, A4[1] - 55 * mm, id="f1")
    frame2 = Frame(20 * mm, 18 * mm, A4[0] - 40 * mm, A4[1] - 45 * mm, id="f2")
    doc = BaseDocTemplate(str(path), pagesize=A4, title="Kallelse tekniska nämnden 2025-05-20",
                          author="Hagsjöby kommun")
    doc.addPageTemplates([PageTemplate("first", [frame1], onPage=first_page),
                          PageTemplate("ts", [frame2], onPage=ts_page)])

    s = [Paragraph("Kallelse till sammanträde med tekniska nämnden", h1)]
    info = Table([["Tid", "Tisdagen den 20 maj 2025 kl. 08.30"],
                  ["Plats", "Sammanträdesrum Älgen, Stadshuset, Torget 1"],
                  ["Gruppmöten", "Kl. 07.45, sammanträdesrum Räven och Lodjuret"],
                  ["Justering", "Föreslås ske 2025-05-26 kl. 13.00 på samhällsbyggnadsförvaltningen"]],
                 colWidths=[32 * mm, 138 * mm])
    info.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LibSans", 10),
                              ("FONT", (0, 0), (0, -1), "LibSans-Bold", 10),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    s += [info, Spacer(1, 5 * mm)]
    s.append(Paragraph("Föredragningslista", h2))
    rows = [[Paragraph(x, cellb) for x in ("Nr", "Ärende", "Dnr", "Föredragande")]]
    rows += [[str(n), Paragraph(a, cell), dnr, Paragraph(f, cell)] for n, a, dnr, f in AGENDA]
    t = Table(rows, colWidths=[10 * mm, 78 * mm, 27 * mm, 55 * mm], repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LibSans", 9.5),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3eee1")),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#9fb89c")),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    s += [t, Spacer(1, 5 * mm)]
    s.append(Paragraph(
        "Ärendehandlingarna finns i nämndens läsplatta och på kommunens webbplats. Tjänsteskrivelserna i ärende "
        "5 och 6 bifogas denna kallelse; övriga handlingar publiceras senast 2025-05-14. Förhinder anmäls snarast "
        "till nämndsekreteraren, som kallar in ersättare.", base))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Lars-Gunnar Öhman (C)<br/>Ordförande", base))
    s.append(Paragraph("Eva Holmlund<br/>Nämndsekreterare", base))

    def ts_head(datum, dnr, handlaggare, rubrik):
        t = Table([["Datum", datum, "Diarienummer", dnr],
                   ["Handläggare", handlaggare, "Mottagare", "Tekniska nämnden"]],
                  colWidths=[24 * mm, 61 * mm, 27 * mm, 58 * mm])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LibSans", 9),
                               ("FONT", (0, 0), (0, -1), "LibSans-Bold", 9),
                               ("FONT", (2, 0), (2, -1), "LibSans-Bold", 9),
                               ("BOX", (0, 0), (-1, -1), 0.4, colors.grey)]))
        return [t, Spacer(1, 5 * mm), Paragraph(rubrik, h1)]

    # ---- tjänsteskrivelse 1
    s += [NextPageTemplate("ts"), PageBreak()]
    s += ts_head("2025-04-28", "TN 2025.102", "Maria Fröjd, gatuchef",
                 "Upphandling av vinterväghållning 2025–2029")
    s.append(Paragraph("Förslag till beslut", h2))
    s.append(Paragraph("Tekniska nämnden beslutar", base))
    s.append(Paragraph(
        "1. att ge samhällsbyggnadsförvaltningen i uppdrag att genomföra en upphandling av vinterväghållning "
        "(snöröjning, halkbekämpning och sandupptagning) på det kommunala vägnätet, med en avtalstid om fyra år "
        "från 2025-11-01 och möjlighet till förlängning med ytterligare två år,", base))
    s.append(Paragraph(
        "2. att delegera till förvaltningschefen att fatta tilldelningsbeslut och teckna avtal inom den "
        "beräknade kostnadsramen.", base))
    s.append(Paragraph("Sammanfattning", h2))
    s.append(Paragraph(
        "Det nuvarande avtalet om vinterväghållning löper ut 2025-10-31 och kan inte förlängas. Förvaltningen "
        "föreslår att en ny upphandling genomförs som öppet förfarande enligt lagen om offentlig upphandling. "
        "Kommunen delas in i tre geografiska områden – centralorten, Sjövik och landsbygdsområdet – så att även "
        "mindre lokala entreprenörer kan lämna anbud. Det nya avtalet föreslås gälla 2025-11-01–2029-10-31 "
        "(4 år) med option på 2 års förlängning.", base))
    s.append(Paragraph("Ärendet", h2))
    s.append(Paragraph(
        "Kostnaderna för vinterväghållning varierar kraftigt mellan åren beroende på väderlek. Tabellen visar "
        "utfallet för de fyra senaste säsongerna.", base))
    rows = [["Säsong", "Kostnad, mkr"]] + [[a, sv_tenths(v)] for a, v in VINTER]
    rows.append(["Genomsnitt", "5,75"])
    t = Table(rows, colWidths=[40 * mm, 35 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LibSans", 9.5),
                           ("FONT", (0, 0), (-1, 0), "LibSans-Bold", 9.5),
                           ("FONT", (0, -1), (-1, -1), "LibSans-Bold", 9.5),
                           ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black)]))
    s += [t, Spacer(1, 4 * mm)]
    s.append(Paragraph(
        f"Med hänsyn till indexuppräkning och nya krav på fordon med lägre utsläpp beräknas den årliga kostnaden "
        f"i det nya avtalet till i genomsnitt {sv_tenths(ARSKOSTNAD)} mkr, vilket för avtalets fyra år motsvarar "
        f"cirka {sv_tenths(ARSKOSTNAD * AVTALSAR)} mkr. Kostnaden ryms i driftbudgeten för gator och vägar "
        "under förutsättning att vintrarna blir normala. Ersättningen i avtalet föreslås bestå av en fast "
        "beredskapsersättning och en rörlig ersättning per utryckning.", base))
    s.append(Paragraph(
        "Utvärderingen av anbuden föreslås ske på pris (70 procent) och kvalitet (30 procent), där kvaliteten "
        "bedöms utifrån inställelsetid, reservkapacitet och fordonens miljöprestanda.", base))
    s.append(Paragraph("Konsekvenser för barn, miljö och tillgänglighet", h2))
    s.append(Paragraph(
        "Prioriteringen av gång- och cykelvägar till skolor ligger fast. Krav på fordon som drivs med förnybara "
        "drivmedel minskar utsläppen jämfört med dagens avtal.", base))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Maria Fröjd<br/>Gatuchef", base))
    s.append(Paragraph("Henrik Ståhlberg<br/>Förvaltningschef", base))

    # ---- tjänsteskrivelse 2
    s.append(PageBreak())
    s += ts_head("2025-04-30", "TN 2025.118", "Ali Rahimi, trafikingenjör", "Hastighetsplan för Hagsjöby tätort")
    s.append(Paragraph("Förslag till beslut", h2))
    s.append(Paragraph("Tekniska nämnden beslutar", base))
    s.append(Paragraph("1. att anta hastighetsplan för Hagsjöby tätort enligt bilaga,", base))
    s.append(Paragraph(
        "2. att ge förvaltningen i uppdrag att ta fram de lokala trafikföreskrifter som behövs för att "
        "genomföra planen under 2025 och 2026,", base))
    s.append(Paragraph(
        f"3. att kostnaden om {sv_int(KOSTNAD_SUM)} kronor finansieras inom investeringsprojektet "
        "Trafiksäkerhetsåtgärder 2025–2026.", base))
    s.append(Paragraph("Sammanfattning", h2))
    s.append(Paragraph(
        "Hastighetsplanen bygger på metoden Rätt fart i staden och innebär att hastighetsgränserna i tätorten "
        "anpassas till gatornas funktion: 30 km/tim på bostadsgator och vid skolor, 40 km/tim på huvudgator och "
        "60 km/tim på infarter där oskyddade trafikanter är separerade från biltrafiken. Förslaget har varit på "
        "samråd med polisen, räddningstjänsten, kollektivtrafikmyndigheten och de lokala företagarna.", base))
    s.append(Paragraph("Föreslagna hastighetsgränser i urval", h2))
    rows = [["Gata eller område", "Nuvarande, km/tim", "Föreslagen, km/tim"]]
    rows += [[Paragraph(g, cell), str(a), str(b)] for g, a, b in GATOR]
    t = Table(rows, colWidths=[90 * mm, 38 * mm, 38 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LibSans", 9.5),
                           ("FONT", (0, 0), (-1, 0), "LibSans-Bold", 9.5),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]))
    s += [t, Spacer(1, 4 * mm)]
    s.append(Paragraph("Kostnader", h2))
    rows = [["Post", "Kronor"]] + [[a, sv_int(v)] for a, v in KOSTNAD] + [["Summa", sv_int(KOSTNAD_SUM)]]
    t = Table(rows, colWidths=[90 * mm, 38 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LibSans", 9.5),
                           ("FONT", (0, 0), (-1, 0), "LibSans-Bold", 9.5),
                           ("FONT", (0, -1), (-1, -1), "LibSans-Bold", 9.5),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black)]))
    s += [t, Spacer(1, 4 * mm)]
    s.append(Paragraph(
        "Genomförandet planeras i två etapper: bostadsområdena och skolorna under hösten 2025 och huvudgatorna "
        "och infarterna under våren 2026. Effekterna följs upp med hastighetsmätningar före och efter "
        "genomförandet.", base))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Ali Rahimi<br/>Trafikingenjör", base))
    s.append(Paragraph("Henrik Ståhlberg<br/>Förvaltningschef", base))
    doc.build(s)


if __name__ == "__main__":
    p = out_dir() / FILE
    build(p)
    print("wrote", p)
