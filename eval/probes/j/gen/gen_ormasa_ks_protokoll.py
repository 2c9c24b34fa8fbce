"""Ormåsa kommun – kommunstyrelsens protokoll 2026-03-03. PDF via reportlab (Liberation Sans).

Layout: every § title line is a borderless two-cell row with the bold title on the left and the § number
("§ 43") right-aligned in the right margin. Attendance on page 1, a "Justerandes sign" box in every page
footer, a votering with a named ja/nej list, a reservation, a § where KS only proposes to kommunfullmäktige,
and an "Utdragsbestyrkande" box at the end.
"""
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import out_dir, register_liberation, sv_int

FILE = "ormasa_ks_protokoll_2026-03-03.pdf"

LEDAMOTER = [
    ("Maria Lindholm", "S", "ordförande"), ("Per Åkesson", "M", "1:e vice ordförande"),
    ("Göran Falk", "S", ""), ("Annika Moberg", "S", ""), ("Ali Hassan", "S", ""),
    ("Elin Bäck", "M", ""), ("Tobias Rask", "M", ""), ("Jimmy Holm", "SD", ""),
    ("Sara Wiklund", "SD", "tjänstgörande ersättare för Leif Dahl (SD)"), ("Kerstin Bergman", "C", ""),
    ("Nils Ek", "V", ""),
]
assert len(LEDAMOTER) == 11
NEJ_PARTIER = {"M", "SD"}
VOTE = {n: ("Nej" if p in NEJ_PARTIER else "Ja") for n, p, _ in LEDAMOTER}
JA, NEJ = sum(v == "Ja" for v in VOTE.values()), sum(v == "Nej" for v in VOTE.values())
assert (JA, NEJ) == (6, 5)

PRIS = 7450000
BORGEN_GAMMAL, BORGEN_NY = 120, 165  # mnkr
assert BORGEN_NY - BORGEN_GAMMAL == 45


def build():
    register_liberation()
    F, FB = "LibSans", "LibSans-Bold"
    body = ParagraphStyle("b", fontName=F, fontSize=10, leading=13.5, spaceAfter=5)
    sub = ParagraphStyle("s", fontName=FB, fontSize=10, leading=13.5, spaceBefore=3, spaceAfter=2)
    ttl = ParagraphStyle("t", fontName=FB, fontSize=11.5, leading=15)
    num = ParagraphStyle("n", fontName=FB, fontSize=11.5, leading=15, alignment=TA_RIGHT)
    big = ParagraphStyle("bg", fontName=FB, fontSize=18, leading=22)
    cell = ParagraphStyle("c", fontName=F, fontSize=9.5, leading=12)
    cellb = ParagraphStyle("cb", fontName=FB, fontSize=9.5, leading=12)

    def para(nr, title, dnr, parts):
        head = Table([[Paragraph(title, ttl), Paragraph(f"§ {nr}", num)]], colWidths=[145 * mm, 25 * mm])
        head.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        out = [Spacer(1, 5 * mm), head]
        if dnr:
            out.append(Paragraph(f"Dnr {dnr}", ParagraphStyle("d", parent=cell, textColor=colors.HexColor("#555555"),
                                                              spaceAfter=4)))
        return out + parts

    story = [Table([[Paragraph("<b>Ormåsa kommun</b><br/>Kommunstyrelsen", body),
                     Paragraph("<b>SAMMANTRÄDESPROTOKOLL</b><br/>Sammanträdesdatum 2026-03-03", body)]],
                   colWidths=[95 * mm, 75 * mm],
                   style=[("LINEBELOW", (0, 0), (-1, 0), 1, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]),
             Spacer(1, 6 * mm), Paragraph("Kommunstyrelsen", big), Spacer(1, 3 * mm)]
    beslutande = "<br/>".join(f"{n} ({p}){', ' + r if r else ''}" for n, p, r in LEDAMOTER)
    grid = [["Plats och tid", "Kommunhuset, sessionssalen, tisdagen den 3 mars 2026 kl. 09.00–12.10"],
            ["Beslutande", beslutande],
            ["Ersättare", "Linnea Holm (S), Mats Öberg (M), Ida Stål (C)"],
            ["Övriga", "Robert Nyman, kommundirektör<br/>Eva Sundin, ekonomichef<br/>"
                       "Hanna Kjellberg, kommunsekreterare"],
            ["Utses att justera", "Per Åkesson (M)"],
            ["Justeringens plats och tid", "Kommunkansliet 2026-03-06"],
            ["Paragrafer", "§§ 41–47"]]
    g = Table([[Paragraph(a, cellb), Paragraph(b, cell)] for a, b in grid], colWidths=[45 * mm, 125 * mm])
    g.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey)]))
    story += [g, Spacer(1, 5 * mm)]
    sig = Table([[Paragraph("Sekreterare", cellb), Paragraph("Hanna Kjellberg", cell)],
                 [Paragraph("Ordförande", cellb), Paragraph("Maria Lindholm", cell)],
                 [Paragraph("Justerare", cellb), Paragraph("Per Åkesson", cell)]],
                colWidths=[45 * mm, 125 * mm], rowHeights=[11 * mm] * 3)
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    story += [sig]

    story += para(41, "Val av justerare", "", [
        Paragraph("Kommunstyrelsen beslutar att utse Per Åkesson (M) att jämte ordföranden justera dagens "
                  "protokoll. Justering sker på kommunkansliet 2026-03-06.", body)])
    story += para(42, "Godkännande av dagordning", "", [
        Paragraph("Kommunstyrelsen godkänner dagordningen med tillägget att ärendet om borgensåtagande för "
                  "Ormåsa Energi AB behandlas före ärendet om riktlinjer för representation.", body)])

    vote_rows = [[Paragraph(x, cellb) for x in ("Ledamot", "Ja", "Nej")]]
    vote_rows += [[Paragraph(f"{n} ({p})", cell), "X" if VOTE[n] == "Ja" else "", "X" if VOTE[n] == "Nej" else ""]
                  for n, p, _ in LEDAMOTER]
    vote_rows += [[Paragraph("Summa", cellb), str(JA), str(NEJ)]]
    vt = Table(vote_rows, colWidths=[80 * mm, 15 * mm, 15 * mm])
    vt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("FONTNAME", (0, 0), (-1, -1), F),
                            ("FONTSIZE", (0, 0), (-1, -1), 9.5), ("ALIGN", (1, 0), (-1, -1), "CENTER")]))
    story += para(43, "Försäljning av fastigheten Ormåsa Verkstaden 3", "KS 2025/214", [
        Paragraph("Fastigheten Ormåsa Verkstaden 3 om 6 820 kvadratmeter i industriområdet Mossängen har stått "
                  "outnyttjad sedan den tidigare hyresgästen flyttade 2024. Fastigheten har varit utannonserad "
                  "genom mäklare under hösten 2025 och fyra anbud har kommit in. Det högsta anbudet har lämnats "
                  f"av Byggnads AB Granlid, som erbjuder {sv_int(PRIS)} kronor och avser att uppföra lokaler för "
                  "lätt industri.", body),
        Paragraph("Yrkanden", sub),
        Paragraph("Maria Lindholm (S) yrkar bifall till arbetsutskottets förslag. Per Åkesson (M) yrkar avslag "
                  "och att fastigheten i stället ska arrenderas ut i väntan på en detaljplaneändring.", body),
        Paragraph("Propositionsordning och votering", sub),
        Paragraph("Ordföranden ställer proposition på de båda yrkandena och finner att kommunstyrelsen beslutar "
                  "enligt Maria Lindholms yrkande. Votering begärs. Kommunstyrelsen godkänner följande "
                  "voteringsproposition: Ja-röst för bifall till Maria Lindholms (S) yrkande, nej-röst för bifall "
                  "till Per Åkessons (M) yrkande.", body),
        Paragraph(f"Omröstningsresultat: med {JA} ja-röster mot {NEJ} nej-röster beslutar kommunstyrelsen enligt "
                  "Maria Lindholms yrkande. Så här röstade ledamöterna:", body),
        vt, Spacer(1, 3 * mm),
        Paragraph("Beslut", sub),
        Paragraph("Kommunstyrelsen beslutar att sälja fastigheten Ormåsa Verkstaden 3 till Byggnads AB Granlid för "
                  f"{sv_int(PRIS)} kronor, samt att uppdra åt kommundirektören att underteckna köpeavtal och "
                  "köpebrev.", body),
        Paragraph("Reservation", sub),
        Paragraph("Per Åkesson (M), Elin Bäck (M) och Tobias Rask (M) reserverar sig mot beslutet till förmån för "
                  "Per Åkessons yrkande.", body),
        Paragraph("Beslutsunderlag", sub),
        Paragraph("Arbetsutskottets protokoll 2026-02-17 § 22. Tjänsteskrivelse från mark- och "
                  "exploateringsenheten 2026-02-04.", body)])

    story += para(44, "Utökat borgensåtagande för Ormåsa Energi AB", "KS 2026/38", [
        Paragraph(f"Ormåsa Energi AB har i dag en av kommunfullmäktige beslutad borgensram om {BORGEN_GAMMAL} mnkr. "
                  "Bolaget planerar att under 2026–2028 bygga ut fjärrvärmenätet till Mossängen och ersätta "
                  "oljepannan vid Västra verket. Bolagets styrelse har därför begärt att kommunens borgen utökas. "
                  "Ekonomichefen bedömer att risken är begränsad och att bolaget har en stabil kassaflödesprognos. "
                  "Borgensavgiften föreslås vara oförändrad, 0,4 procent av utnyttjat belopp.", body),
        Paragraph("Beslut", sub),
        Paragraph("Kommunstyrelsen föreslår kommunfullmäktige besluta", body),
        Paragraph(f"att kommunen ingår borgen såsom för egen skuld för Ormåsa Energi AB:s låneförpliktelser "
                  f"upp till ett totalt högsta lånebelopp om {BORGEN_NY} mnkr, jämte därpå löpande ränta och "
                  f"kostnader, samt att den tidigare borgensramen om {BORGEN_GAMMAL} mnkr därmed upphör.", body),
        Paragraph("Ärendet behandlas av kommunfullmäktige den 23 mars 2026.", body)])

    story += para(45, "Riktlinjer för representation och gåvor", "KS 2025/301", [
        Paragraph("Kommunens riktlinjer för representation är från 2017. De reviderade riktlinjerna sänker "
                  "beloppsgränsen för extern representation till 400 kronor per person exklusive moms för måltid "
                  "och tydliggör att alkohol inte får bekostas vid intern representation.", body),
        Paragraph("Beslut", sub),
        Paragraph("Kommunstyrelsen beslutar att anta riktlinjer för representation och gåvor enligt bilaga. "
                  "Riktlinjerna gäller från och med 2026-04-01 och ersätter riktlinjerna från 2017.", body)])

    story += para(46, "Medborgarförslag om hundrastgård i Ormåsa centrum", "KS 2025/177", [
        Paragraph("Ett medborgarförslag har kommit in om att anlägga en inhägnad hundrastgård i parken vid "
                  "Torggatan. Tekniska enheten har i yttrande föreslagit Ängsparken som lämpligare plats och "
                  "bedömer att en hundrastgård där kan anläggas inom befintlig budget under sommaren 2026.", body),
        Paragraph("Beslut", sub),
        Paragraph("Kommunstyrelsen beslutar att bifalla medborgarförslaget med den ändringen att hundrastgården "
                  "anläggs i Ängsparken.", body)])

    story += para(47, "Anmälan av delegationsbeslut", "KS 2026/2", [
        Paragraph("Förteckning över delegationsbeslut fattade under perioden 2026-01-15 – 2026-02-20 anmäls.", body),
        Paragraph("Beslut", sub),
        Paragraph("Kommunstyrelsen lägger redovisningen till handlingarna.", body)])

    ub = Table([[Paragraph("<b>Utdragsbestyrkande</b>", cell)],
                [Paragraph("Protokollet är justerat. Justeringen har tillkännagivits på kommunens digitala "
                           "anslagstavla 2026-03-06.<br/><br/>Intygar: Hanna Kjellberg, kommunsekreterare", cell)]],
               colWidths=[90 * mm])
    ub.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black)]))
    story += [Spacer(1, 10 * mm), KeepTogether([ub])]

    def footer(canv, doc):
        canv.saveState()
        canv.setFont(F, 8)
        canv.drawString(20 * mm, 285 * mm, "Ormåsa kommun · Kommunstyrelsen · Sammanträdesprotokoll 2026-03-03")
        canv.rect(20 * mm, 8 * mm, 60 * mm, 12 * mm)
        canv.drawString(22 * mm, 16.5 * mm, "Justerandes sign")
        canv.rect(80 * mm, 8 * mm, 25 * mm, 12 * mm)
        canv.drawRightString(190 * mm, 10 * mm, f"{doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(out_dir() / FILE), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=26 * mm, title="Protokoll KS 2026-03-03",
                            author="Ormåsa kommun")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    assert 3 <= doc.page <= 5, doc.page


if __name__ == "__main__":
    build()
