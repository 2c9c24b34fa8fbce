"""Hagnäsby kommun – miljö- och hälsoskyddsnämnden, protokoll 2025-11-20. PDF via reportlab.

Layout: every § heading is ONE borderless table row of three cells: the paragraph number with a year suffix
("§ 109/25", bold, left), the bold title (middle, may wrap) and the diarienummer **right-aligned in a right column
of the same heading line** ("MHN 2025-000321"). Inside a § the parts are introduced by bold run-in labels
("Ärendet.", "Yrkanden.", "Propositionsordning.", "Omröstning.", "Beslut.", "Reservation.", "Jäv.",
"Expedieras till:"). A named vote is a small ruled table (Ledamot | Ja | Nej). Running header (municipality,
SAMMANTRÄDESPROTOKOLL, board, date) and a footer with "Justerare ____" lines and "Sida N (3)" on every page; a
label/value grid on page 1.
"""
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                KeepTogether)

from common import out_dir, register_liberation, sv_int

FILE = "hagnasby_mhn_protokoll_2025-11-20.pdf"
DATE = "2025-11-20"
N_PAGES = 3
BOARD = "Miljö- och hälsoskyddsnämnden"

# (name, party, role); Wikander is jävig in § 109 and replaced there by the ersättare Nyblom
MEMBERS = [("Margareta Holm", "S", "ordförande"), ("Lars Ekholm", "M", "1:e vice ordförande"),
           ("Sara Lindahl", "V", "2:e vice ordförande"), ("Per Wikander", "C", ""), ("Tobias Kjellin", "S", ""),
           ("Annika Roos", "M", ""), ("Roger Sundin", "SD", ""), ("Ulla Bengtsson", "KD", ""),
           ("Hamid Rahimi", "S", "")]
ERSATTARE = [("Elin Nyblom", "C"), ("Kent Ljunggren", "S"), ("Viktor Ahl", "M")]
NEJ_110 = ["Lars Ekholm", "Per Wikander", "Annika Roos", "Roger Sundin", "Ulla Bengtsson"]
JA_110 = [m[0] for m in MEMBERS if m[0] not in NEJ_110]
assert len(MEMBERS) == 9 and (len(JA_110), len(NEJ_110)) == (4, 5) and len(JA_110) + len(NEJ_110) == len(MEMBERS)
assert all(n in [m[0] for m in MEMBERS] for n in NEJ_110)

AVGIFT_OLD = 8_640
AVGIFT_NEW = AVGIFT_OLD // 2
assert AVGIFT_NEW == 4_320
VITE = 30_000
TAXA_OLD, TAXA_NEW = 1_240, 1_310
# ekonomisk uppföljning oktober, tkr
BUDGET, PROGNOS = 14_200, 14_840
KONSULT, AVGIFTER = -820, 180
AVVIKELSE = BUDGET - PROGNOS
assert AVVIKELSE == -640 and KONSULT + AVGIFTER == AVVIKELSE
DELEG = {"livsmedelskontroll": 21, "miljöskydd": 18, "hälsoskydd": 11, "enskilda avlopp": 7}
assert sum(DELEG.values()) == 57

register_liberation()
F, FB = "LibSans", "LibSans-Bold"
S_B = ParagraphStyle("b", fontName=F, fontSize=10, leading=13.2, spaceAfter=5)
S_H = ParagraphStyle("h", fontName=FB, fontSize=11, leading=14)
S_DNR = ParagraphStyle("d", fontName=F, fontSize=10, leading=14, alignment=TA_RIGHT)
S_TITLE = ParagraphStyle("tt", fontName=FB, fontSize=15, leading=19, spaceAfter=8)
S_BUL = ParagraphStyle("bul", parent=S_B, leftIndent=14, bulletIndent=4, spaceAfter=2)
S_SMALL = ParagraphStyle("s", fontName=F, fontSize=9.5, leading=12)
FULL_W = 170 * mm


def heading(nr, title, dnr):
    t = Table([[Paragraph(f"§ {nr}/25", S_H), Paragraph(title, S_H), Paragraph(dnr, S_DNR)]],
              colWidths=[24 * mm, 104 * mm, 42 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def para(label, text):
    return Paragraph(f"<b>{label}</b> {text}" if label else text, S_B)


def grid(rows, widths):
    t = Table([[Paragraph(a, S_SMALL) for a in r] for r in rows], colWidths=widths)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8"))]))
    return t


def on_page(c, doc):
    c.saveState()
    c.setFont(FB, 10)
    c.drawString(20 * mm, 285 * mm, "Hagnäsby kommun")
    c.drawRightString(190 * mm, 285 * mm, "SAMMANTRÄDESPROTOKOLL")
    c.setFont(F, 9)
    c.drawString(20 * mm, 280.5 * mm, BOARD)
    c.drawRightString(190 * mm, 280.5 * mm, f"Sammanträdesdatum {DATE}")
    c.line(20 * mm, 278.5 * mm, 190 * mm, 278.5 * mm)
    c.line(20 * mm, 19 * mm, 190 * mm, 19 * mm)
    c.setFont(F, 8.5)
    c.drawString(20 * mm, 14 * mm, "Justerare ____________   ____________")
    c.drawCentredString(115 * mm, 14 * mm, "Utdragsbestyrkande ____________")
    c.drawRightString(190 * mm, 14 * mm, f"Sida {doc.page} ({N_PAGES})")
    c.restoreState()


def story():
    s = [Paragraph("Protokoll – Miljö- och hälsoskyddsnämnden", S_TITLE)]
    ledam = "<br/>".join(f"{n} ({p}){', ' + r if r else ''}" for n, p, r in MEMBERS)
    ers = "<br/>".join(f"{n} ({p})" + (", tjänstgörande § 109" if n == "Elin Nyblom" else "") for n, p in ERSATTARE)
    meta = [
        ["Plats och tid", f"Miljöförvaltningen, sammanträdesrum Tranan, Hagnäsby, torsdagen den {DATE} kl. 08.30–11.45"],
        ["Beslutande", ledam],
        ["Ersättare", ers],
        ["Övriga", "Jonas Åberg, nämndsekreterare<br/>Eva Lundqvist, miljöchef<br/>"
                   "Nils Carlén, miljö- och hälsoskyddsinspektör, § 109–111"],
        ["Justerare", "Annika Roos (M)"],
        ["Justeringens plats och tid", "Miljöförvaltningen, 2025-11-25 kl. 15.00"],
        ["Paragrafer", "§ 108/25–115/25"],
        ["Underskrifter", "Sekreterare ____________ Jonas Åberg<br/>Ordförande ____________ Margareta Holm<br/>"
                          "Justerare ____________ Annika Roos"],
        ["Anslag/bevis", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens "
                         "digitala anslagstavla.<br/>Datum då anslaget sätts upp: 2025-11-26<br/>"
                         "Datum då anslaget tas ned: 2025-12-18<br/>Förvaringsplats för protokollet: "
                         "Miljöförvaltningen, Hagnäsby kommun"],
    ]
    t = Table([[Paragraph(f"<b>{a}</b>", S_SMALL), Paragraph(b, S_SMALL)] for a, b in meta],
              colWidths=[45 * mm, 125 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 8)]

    s += [heading(108, "Justering och fastställande av dagordning", "MHN 2025-000012"),
          para("Beslut.", "Nämnden utser Annika Roos (M) att tillsammans med ordföranden justera protokollet. "
                          "Dagordningen fastställs med den ändringen att ärende 9, <i>Yttrande över detaljplan för "
                          "Hamnkvarteret</i>, utgår, eftersom samhällsbyggnadsförvaltningen har förlängt "
                          "remisstiden till den 30 januari 2026."), Spacer(1, 4)]

    s += [heading(109, "Föreläggande om åtgärder för enskild avloppsanordning på fastigheten Hagnäs-Sjötorp 3:7",
                  "MHN 2025-000321"),
          para("Jäv.", "Per Wikander (C) anmäler jäv, eftersom fastighetsägaren är hans svåger, och deltar inte i "
                       "handläggningen av ärendet. Ersättaren Elin Nyblom (C) tjänstgör i hans ställe."),
          para("Ärendet.", "Vid inspektion den 3 juni 2025 konstaterades att slamavskiljaren på fastigheten är "
                           "undermålig och att avloppsvattnet leds till ett dike utan efterföljande rening. "
                           "Fastighetsägaren har inte åtgärdat bristerna trots två påminnelser."),
          para("Beslut.", f"Miljö- och hälsoskyddsnämnden förelägger fastighetsägaren att senast den 30 juni 2026 "
                          f"ha anordnat en godkänd avloppsanordning på fastigheten Hagnäs-Sjötorp 3:7. "
                          f"Föreläggandet förenas med ett vite om {sv_int(VITE)} kronor. Beslutet fattas med stöd "
                          f"av 26 kap. 9 och 14 §§ miljöbalken."),
          para("Expedieras till:", "Fastighetsägaren (delgivningskvitto), akten"), Spacer(1, 4)]

    vote = [["Ledamot", "Ja", "Nej"]] + [[f"{n} ({p})", "X" if n in JA_110 else "", "X" if n in NEJ_110 else ""]
                                         for n, p, r in MEMBERS] + [["Summa", str(len(JA_110)), str(len(NEJ_110))]]
    s += [heading(110, "Ansökan om nedsättning av årlig kontrollavgift – Sjöbris Café &amp; Glass",
                  "MHN 2025-000298"),
          para("Ärendet.", f"Sjöbris Café &amp; Glass har ansökt om nedsättning av den årliga kontrollavgiften för "
                           f"livsmedelskontroll, {sv_int(AVGIFT_OLD)} kronor, med hänvisning till att caféet "
                           f"endast har öppet under sommarmånaderna. Miljöförvaltningen föreslår att ansökan avslås, "
                           f"eftersom verksamhetens riskklassning inte påverkas av öppettiderna."),
          para("Yrkanden.", f"Margareta Holm (S) och Sara Lindahl (V) yrkar bifall till förvaltningens förslag. "
                            f"Lars Ekholm (M) yrkar att avgiften sätts ned till hälften, {sv_int(AVGIFT_NEW)} "
                            f"kronor, eftersom kontrolltiden för en säsongsverksamhet är kortare."),
          para("Propositionsordning.", "Ordföranden ställer förvaltningens förslag mot Lars Ekholms yrkande och "
                                       "finner att nämnden bifaller förvaltningens förslag. Votering begärs. "
                                       "Nämnden godkänner följande voteringsproposition: Den som vill bifalla "
                                       "förvaltningens förslag röstar ja, den som vill bifalla Lars Ekholms "
                                       "yrkande röstar nej."),
          para("Omröstning.", f"Omröstningsresultat: {len(JA_110)} ja, {len(NEJ_110)} nej. Nämnden har således "
                              f"beslutat enligt Lars Ekholms yrkande."),
          grid(vote, [70 * mm, 20 * mm, 20 * mm]), Spacer(1, 5),
          para("Beslut.", f"Miljö- och hälsoskyddsnämnden beslutar, i strid med förvaltningens förslag, att sätta "
                          f"ned den årliga kontrollavgiften för Sjöbris Café &amp; Glass från {sv_int(AVGIFT_OLD)} "
                          f"kronor till {sv_int(AVGIFT_NEW)} kronor från och med kontrollåret 2026."),
          para("Reservation.", "Margareta Holm (S), Sara Lindahl (V), Tobias Kjellin (S) och Hamid Rahimi (S) "
                               "reserverar sig mot beslutet till förmån för förvaltningens förslag."),
          para("Expedieras till:", "Sjöbris Café &amp; Glass, ekonomienheten, akten"), Spacer(1, 4)]

    s += [heading(111, "Ansökan om dispens från de lokala hälsoskyddsföreskrifterna – hönshållning på fastigheten "
                       "Hagnäs-Byn 12:4", "MHN 2025-000344"),
          para("Ärendet.", "Sökanden vill hålla åtta hönor inom detaljplanelagt område. Förvaltningen föreslår att "
                           "dispens beviljas med villkor om skötsel av gödsel."),
          para("Yrkanden.", "Sara Lindahl (V) yrkar att ärendet återremitteras till förvaltningen för att "
                            "kompletteras med grannarnas synpunkter och en bedömning av avståndet till närmaste "
                            "bostad. Roger Sundin (SD) yrkar bifall till återremissyrkandet."),
          para("Propositionsordning.", "Ordföranden frågar om ärendet ska avgöras i dag eller återremitteras och "
                                       "finner att nämnden beslutar att återremittera ärendet."),
          para("Beslut.", "Ärendet återremitteras till miljöförvaltningen för att kompletteras med grannarnas "
                          "synpunkter och en bedömning av avståndet till närmaste bostad."), Spacer(1, 4)]

    s += [heading(112, "Taxa för prövning och tillsyn enligt miljöbalken 2026", "MHN 2025-000287"),
          para("Ärendet.", f"Förvaltningen har räknat om timavgiften utifrån lönekostnader, overhead och antalet "
                           f"debiterbara timmar. Timavgiften föreslås höjas från {sv_int(TAXA_OLD)} kronor till "
                           f"{sv_int(TAXA_NEW)} kronor. Taxan fastställs av kommunfullmäktige."),
          para("Beslut.", f"Miljö- och hälsoskyddsnämnden föreslår kommunfullmäktige besluta att anta taxa för "
                          f"prövning och tillsyn enligt miljöbalken med en timavgift om {sv_int(TAXA_NEW)} kronor, "
                          f"att gälla från och med den 1 januari 2026."),
          para("Expedieras till:", "Kommunstyrelsen"), Spacer(1, 4)]

    s += [heading(113, "Ekonomisk uppföljning per oktober 2025", "MHN 2025-000015"),
          para("Ärendet.", f"Nämndens budget för nettokostnader 2025 är {sv_int(BUDGET)} tkr. Helårsprognosen per "
                           f"oktober är {sv_int(PROGNOS)} tkr, vilket ger en negativ avvikelse på "
                           f"{sv_int(-AVVIKELSE)} tkr. Avvikelsen beror på att två vakanta inspektörstjänster har "
                           f"täckts med inhyrda konsulter ({sv_int(KONSULT)} tkr), vilket delvis vägs upp av högre "
                           f"avgiftsintäkter än budgeterat (+{sv_int(AVGIFTER)} tkr)."),
          para("Beslut.", "Nämnden godkänner den ekonomiska uppföljningen och uppdrar åt miljöchefen att redovisa "
                          "åtgärder för en budget i balans vid sammanträdet i december."), Spacer(1, 4)]

    deleg = "; ".join(f"{k} {v} beslut" for k, v in DELEG.items())
    s += [heading(114, "Anmälan av delegationsbeslut", "MHN 2025-000004"),
          para("Ärendet.", f"Förteckning över beslut fattade med stöd av delegation under perioden 2025-10-01 – "
                           f"2025-10-31 har delgetts nämnden: {deleg}, sammanlagt {sum(DELEG.values())} beslut."),
          para("Beslut.", "Anmälan av delegationsbeslut läggs till handlingarna."), Spacer(1, 4)]

    s += [heading(115, "Meddelanden", "MHN 2025-000005"),
          para("Ärendet.", "Länsstyrelsens beslut 2025-10-29 att avsluta tillsynsvägledningsprojektet om "
                           "förorenade områden; kommunstyrelsens beslut om sammanträdesplan 2026."),
          para("Beslut.", "Meddelandena läggs till handlingarna.")]
    return s


def main():
    path = out_dir() / FILE
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                          bottomMargin=24 * mm, title="Protokoll miljö- och hälsoskyddsnämnden 2025-11-20",
                          author="Hagnäsby kommun")
    frame = Frame(20 * mm, 24 * mm, 170 * mm, 250 * mm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    doc.build(story())
    from pypdf import PdfReader
    n = len(PdfReader(str(path)).pages)
    assert n == N_PAGES, n


if __name__ == "__main__":
    main()
