"""Björnvalla kommun – utbildningsnämnden, kallelse med föredragningslista till 2025-12-11. PDF via reportlab.

Layout: page 1 letterhead and meeting data, then the föredragningslista as a **two-column ruled table
"Ärende | Föredragande"** (the number, title, dnr and a short note stacked inside the Ärende cell) that **continues
over the page break onto page 2 with the header row repeated** (repeatRows=1). Pages 3 and 4 each hold an attached
tjänsteskrivelse that **starts with the word "Tjänsteskrivelse"** as a large heading followed by a **label block**
(Datum / Diarienummer / Handläggare / Till / Ärende) drawn as a borderless two-column table. Footer "Sida N av 4".
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak)

from common import out_dir, register_dejavu, sv_int

FILE = "bjornvalla_un_kallelse_2025-12-11.pdf"
N_PAGES = 4

# resursfördelning, tkr: total elevpeng grundskola and the strukturtillägg share (percent)
TOTAL = 280_000
SHARE_OLD, SHARE_NEW = 8, 11
STRUKT_OLD, STRUKT_NEW = TOTAL * SHARE_OLD // 100, TOTAL * SHARE_NEW // 100
assert (STRUKT_OLD, STRUKT_NEW, STRUKT_NEW - STRUKT_OLD) == (22_400, 30_800, 8_400)
SCHOOLS_GAIN, SCHOOLS_LOSE = 4, 7
assert SCHOOLS_GAIN + SCHOOLS_LOSE == 11
# läsårstider 2026/27
HT_DAYS, VT_DAYS = 86, 92
assert HT_DAYS + VT_DAYS == 178

AGENDA = [
    ("Upprop och val av justerare", None, "", "Ordföranden"),
    ("Godkännande av dagordningen", None, "", "Ordföranden"),
    ("Information från förvaltningschefen", None, "Aktuella frågor, bland annat rekryteringsläget inför "
                                                   "vårterminen, lokalsituationen på Klockarskolan och "
                                                   "arbetsmiljöverkets inspektion av skolmåltiderna.", "Förvaltningschef Annelie Rosvall"),
    ("Ekonomisk uppföljning november 2025", "UN/2025:12", "Uppföljningen redovisas muntligt vid sammanträdet.",
     "Controller Mattias Grön"),
    ("Internbudget 2026", "UN/2025:71", "Fördelning av nämndens ram på verksamheterna förskola, "
                                                                  "grundskola, fritidshem och vuxenutbildning. "
                                                                  "Handlingarna skickas ut senast 2025-12-05.", "Controller Mattias Grön"),
    ("Yttrande över revisionsrapport om elevhälsans arbete", "UN/2025:79", "Revisorerna önskar svar senast "
                                                                           "2026-01-15. Förslag till yttrande "
                                                                           "delas ut vid sammanträdet.",
     "Elevhälsochef Cecilia Forsell"),
    ("Systematiskt kvalitetsarbete – resultat vårterminen 2025", "UN/2025:64", "Meritvärden och andel behöriga "
                                                                               "till gymnasiet.",
     "Kvalitetsstrateg Josefin Alm"),
    ("Medborgarförslag om simundervisning i årskurs 2", "UN/2025:55", "Förvaltningen föreslår att "
                                                                     "medborgarförslaget anses besvarat.",
     "Skolchef Tomas Ekdahl"),
    ("Sammanträdesplan 2026", "UN/2025:104", "", "Nämndsekreterare Kajsa Hedström"),
    ("Internkontrollplan 2026", "UN/2025:105", "", "Controller Mattias Grön"),
    ("Ny resursfördelningsmodell för grundskolan", "UN/2025:93", "Se bifogad tjänsteskrivelse.",
     "Utredare Peter Wessman"),
    ("Läsårstider 2026/27", "UN/2025:101", "Se bifogad tjänsteskrivelse.", "Skolchef Tomas Ekdahl"),
    ("Anmälan av delegationsbeslut", "UN/2025:3", "Beslut fattade 2025-10-25 – 2025-11-28.",
     "Nämndsekreterare Kajsa Hedström"),
    ("Anmälan av kränkande behandling", "UN/2025:4", "Anmälningar enligt 6 kap. 10 § skollagen under november.",
     "Skolchef Tomas Ekdahl"),
    ("Meddelanden", None, "", "Nämndsekreterare Kajsa Hedström"),
    ("Övriga frågor", None, "", "Ordföranden"),
]

register_dejavu()
F, FB = "DejaVu", "DejaVu-Bold"
S_B = ParagraphStyle("b", fontName=F, fontSize=9.5, leading=13, spaceAfter=5)
S_C = ParagraphStyle("c", fontName=F, fontSize=9, leading=12)
S_CB = ParagraphStyle("cb", fontName=FB, fontSize=9.5, leading=12.5)
S_H1 = ParagraphStyle("h1", fontName=FB, fontSize=20, leading=24, spaceAfter=8)
S_H2 = ParagraphStyle("h2", fontName=FB, fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4)
S_LH = ParagraphStyle("lh", fontName=FB, fontSize=13, leading=16)


def on_page(c, doc):
    c.saveState()
    c.setFont(F, 8)
    c.drawString(20 * mm, 12 * mm, "Björnvalla kommun · Utbildningsnämnden · Kallelse 2025-12-11")
    c.drawRightString(190 * mm, 12 * mm, f"Sida {doc.page} av {N_PAGES}")
    c.restoreState()


def label_block(rows):
    t = Table([[Paragraph(a, S_CB), Paragraph(b, S_C)] for a, b in rows], colWidths=[35 * mm, 135 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


def story():
    s = [Paragraph("Björnvalla kommun", S_LH), Paragraph("Utbildningsnämnden", S_C), Spacer(1, 10),
         Paragraph("KALLELSE", S_H1),
         label_block([("Tid", "Torsdagen den 11 december 2025 kl. 13.15"),
                      ("Plats", "Utbildningsförvaltningen, Storgatan 14, sammanträdesrum Valvet"),
                      ("Ordförande", "Ingela Modin (S)"),
                      ("Sekreterare", "Kajsa Hedström, telefon 0123-456 70")]),
         Spacer(1, 6),
         Paragraph("Ledamöterna kallas härmed till sammanträde med utbildningsnämnden. Den som har förhinder "
                   "ombeds anmäla detta till sekreteraren senast den 9 december, så att ersättare kan kallas. "
                   "Ersättare som inte tjänstgör har rätt att närvara. Gruppmöten hålls kl. 12.00 i rummen "
                   "Valvet (majoriteten) och Skrået (oppositionen). Handlingarna finns också i "
                   "mötesappen.", S_B),
         Paragraph("Justering föreslås äga rum 2025-12-16 på utbildningsförvaltningen.", S_B),
         Paragraph("Föredragningslista", S_H2)]
    rows = [[Paragraph("Ärende", S_CB), Paragraph("Föredragande", S_CB)]]
    for i, (title, dnr, note, who) in enumerate(AGENDA, 1):
        cell = [Paragraph(f"<b>{i}. {title}</b>", S_C)]
        if dnr:
            cell.append(Paragraph(f"Dnr {dnr}", S_C))
        if note:
            cell.append(Paragraph(f"<i>{note}</i>", S_C))
        rows.append([cell, Paragraph(who, S_C)])
    t = Table(rows, colWidths=[118 * mm, 52 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6ee")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [t, Spacer(1, 8), Paragraph("Ingela Modin, ordförande &nbsp;&nbsp;&nbsp; Kajsa Hedström, sekreterare", S_B),
          PageBreak()]

    # tjänsteskrivelse 1
    s += [Paragraph("Tjänsteskrivelse", S_H1),
          label_block([("Datum", "2025-11-24"), ("Diarienummer", "UN/2025:93"),
                       ("Handläggare", "Peter Wessman, utredare"), ("Till", "Utbildningsnämnden"),
                       ("Ärende", "Ny resursfördelningsmodell för grundskolan")]),
          Paragraph("Sammanfattning", S_H2),
          Paragraph(f"Förvaltningen föreslår att resursfördelningen till grundskolan ändras så att en större del "
                    f"fördelas utifrån elevernas socioekonomiska förutsättningar. Strukturtilläggets andel av "
                    f"den totala elevpengen föreslås öka från {SHARE_OLD} procent till {SHARE_NEW} procent från "
                    f"och med budgetåret 2026.", S_B),
          Paragraph("Ärendebeskrivning", S_H2),
          Paragraph(f"Den totala elevpengen för grundskolan uppgår till {sv_int(TOTAL)} tkr. I dag fördelas "
                    f"{sv_int(STRUKT_OLD)} tkr som strukturtillägg utifrån föräldrarnas utbildningsnivå, andel "
                    f"nyanlända och andel elever med försörjningsstöd. Med förslaget blir strukturtillägget "
                    f"{sv_int(STRUKT_NEW)} tkr, det vill säga {sv_int(STRUKT_NEW - STRUKT_OLD)} tkr omfördelas "
                    f"från grundbeloppet. Modellen har tagits fram tillsammans med rektorerna under hösten.", S_B),
          Paragraph(f"Av kommunens {SCHOOLS_GAIN + SCHOOLS_LOSE} grundskolor får {SCHOOLS_GAIN} ökade resurser "
                    f"och {SCHOOLS_LOSE} minskade. Störst ökning får Klockarskolan. För att mildra övergången "
                    f"föreslås att ingen skola ska få minskade resurser med mer än 2 procent under 2026.", S_B),
          Paragraph("Ekonomiska konsekvenser", S_H2),
          Paragraph("Förslaget är kostnadsneutralt för nämnden som helhet. Övergångsregeln finansieras inom "
                    "ramen genom att strukturtillägget räknas upp stegvis.", S_B),
          Paragraph("Förslag till beslut", S_H2),
          Paragraph(f"Utbildningsnämnden föreslås besluta att anta ny resursfördelningsmodell för grundskolan med "
                    f"ett strukturtillägg om {SHARE_NEW} procent av den totala elevpengen, att gälla från och med "
                    f"den 1 januari 2026, samt att modellen utvärderas efter ett år.", S_B),
          Paragraph("Peter Wessman, utredare &nbsp;&nbsp; Annelie Rosvall, förvaltningschef", S_B),
          PageBreak()]

    # tjänsteskrivelse 2
    s += [Paragraph("Tjänsteskrivelse", S_H1),
          label_block([("Datum", "2025-11-20"), ("Diarienummer", "UN/2025:101"),
                       ("Handläggare", "Tomas Ekdahl, skolchef"), ("Till", "Utbildningsnämnden"),
                       ("Ärende", "Läsårstider 2026/27")]),
          Paragraph("Sammanfattning", S_H2),
          Paragraph(f"Förvaltningen föreslår läsårstider för förskoleklass, grundskola och anpassad grundskola för "
                    f"läsåret 2026/27 med sammanlagt {HT_DAYS + VT_DAYS} elevdagar.", S_B),
          Paragraph("Ärendebeskrivning", S_H2),
          Paragraph(f"Enligt skolförordningen ska läsåret omfatta minst 178 skoldagar. Förslaget har samordnats "
                    f"med gymnasieskolan och grannkommunernas skolhuvudmän för att underlätta skolskjutsarna. "
                    f"Höstterminen föreslås börja onsdagen den 19 augusti 2026 och sluta den 22 december 2026 "
                    f"({HT_DAYS} elevdagar). Vårterminen föreslås börja den 11 januari 2027 och sluta den "
                    f"11 juni 2027 ({VT_DAYS} elevdagar).", S_B),
          Paragraph("Lov: höstlov vecka 44, sportlov vecka 9 och påsklov vecka 13. Lärarnas fem studiedagar "
                    "förläggs till terminsstarterna samt en dag i anslutning till höstlovet.", S_B),
          Paragraph("Förslag till beslut", S_H2),
          Paragraph("Utbildningsnämnden föreslås besluta att fastställa läsårstider för 2026/27 enligt "
                    "förvaltningens förslag.", S_B),
          Paragraph("Tomas Ekdahl, skolchef", S_B)]
    return s


def main():
    path = out_dir() / FILE
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                          bottomMargin=20 * mm, title="Kallelse utbildningsnämnden 2025-12-11",
                          author="Björnvalla kommun")
    frame = Frame(20 * mm, 20 * mm, 170 * mm, 259 * mm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    doc.build(story())
    from pypdf import PdfReader
    n = len(PdfReader(str(path)).pages)
    assert n == N_PAGES, n


if __name__ == "__main__":
    main()
