"""Lomtjärna kommun, socialnämnden, protokoll 2025-11-12 (PDF, reportlab platypus).

Invented municipality, people and figures. Assertions keep the figures consistent.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, PageBreak, KeepTogether

from common import out_dir, register_liberation, sv_tenths

register_liberation()
F, FB = "LibSans", "LibSans-Bold"
body = ParagraphStyle("b", fontName=F, fontSize=10, leading=13.5, spaceAfter=5)
lab = ParagraphStyle("l", parent=body, fontName=FB)
h = ParagraphStyle("h", parent=body, fontName=FB, fontSize=12, leading=15, spaceBefore=6, spaceAfter=4)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11)

# --- figures -------------------------------------------------------------------------------------------------
# prognos october, tenths of mnkr per verksamhet
prognos = [("Ekonomiskt bistånd", -41), ("Barn och unga, placeringar", -39), ("Vuxna, missbruk och beroende", -8),
           ("Arbetsmarknadsenheten", 16), ("Nämnd och ledning", 8)]
total = sum(v for _, v in prognos)
assert total == -64
ja_majority = ["Birgitta Lundqvist (M)", "Per-Olof Hedin (C)", "Agneta Sjöberg (M)", "Jonas Fält (SD)",
               "Lena Ahlqvist (KD)", "Ronja Eklöf (L)", "Tomas Wiberg (SD)"]
nej = ["Mikael Strand (S)", "Fatima Osmani (S)", "Ingrid Nyberg (S)", "Sara Holmgren (V)"]
assert len(ja_majority) == 7 and len(nej) == 4 and len(ja_majority) + len(nej) == 11
ej_verk = {"kontaktperson": 3, "kontaktfamilj": 2, "stödboende": 1}
assert sum(ej_verk.values()) == 6


def P(t, s=body):
    return Paragraph(t, s)


def para_head(num, title, dnr):
    t = Table([[P(f"SN § {num}", h), P(dnr, ParagraphStyle("d", parent=body, alignment=2))]],
              colWidths=[110 * mm, 55 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [t, P(f"<b>{title}</b>", ParagraphStyle("t", parent=body, fontSize=11, leading=14))]


def page_deco(canvas, doc):
    canvas.saveState()
    canvas.setFont(FB, 10)
    canvas.drawString(20 * mm, 285 * mm, "LOMTJÄRNA KOMMUN")
    canvas.setFont(F, 9)
    canvas.drawString(20 * mm, 280.5 * mm, "Socialnämnden")
    canvas.drawRightString(190 * mm, 285 * mm, "SAMMANTRÄDESPROTOKOLL")
    canvas.drawRightString(190 * mm, 280.5 * mm, f"Sammanträdesdatum 2025-11-12     Sida {doc.page}")
    canvas.line(20 * mm, 278 * mm, 190 * mm, 278 * mm)
    canvas.line(20 * mm, 17 * mm, 190 * mm, 17 * mm)
    canvas.setFont(F, 7.5)
    canvas.drawString(20 * mm, 13 * mm, "Justerandes signatur")
    canvas.drawString(110 * mm, 13 * mm, "Utdragsbestyrkande")
    canvas.restoreState()


s = []
front = [
    ["Plats och tid", "Kommunhuset, sammanträdesrum Näckrosen, kl. 08.30–12.10"],
    ["Beslutande", "Birgitta Lundqvist (M), ordförande<br/>Mikael Strand (S), 1:e vice ordförande<br/>"
                   "Per-Olof Hedin (C), 2:e vice ordförande<br/>Agneta Sjöberg (M)<br/>Jonas Fält (SD)<br/>"
                   "Lena Ahlqvist (KD)<br/>Ronja Eklöf (L)<br/>Tomas Wiberg (SD)<br/>Sara Holmgren (V)<br/>"
                   "Fatima Osmani (S)<br/>Ingrid Nyberg (S), tjänstgörande ersättare för Gustav Lindh (S)"],
    ["Övriga närvarande", "Helena Forsberg, socialchef<br/>Daniel Åkesson, ekonom, § 113<br/>"
                          "Maria Stenlund, enhetschef försörjningsstöd, § 114<br/>Louise Berglund, nämndsekreterare"],
    ["Utses att justera", "Mikael Strand (S)"],
    ["Justeringens plats och tid", "Socialförvaltningen, 2025-11-17"],
    ["Paragrafer", "§§ 112–117"],
]
s.append(Spacer(1, 4 * mm))
s.append(P("<b>Socialnämnden</b> – Lomtjärna kommun", ParagraphStyle("big", parent=body, fontSize=16, leading=20)))
t = Table([[P(a, lab), P(b)] for a, b in front], colWidths=[48 * mm, 117 * mm])
t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
s.append(t)
s.append(Spacer(1, 6 * mm))
sig = Table([[P("Underskrifter", lab), P("Sekreterare ........................................ Louise Berglund")],
             ["", P("Ordförande ........................................ Birgitta Lundqvist")],
             ["", P("Justerare ........................................ Mikael Strand")]],
            colWidths=[48 * mm, 117 * mm])
s.append(sig)
s.append(Spacer(1, 6 * mm))
s.append(P("<b>ANSLAG</b> Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens "
           "digitala anslagstavla. Anslaget sitter uppe 2025-11-18 – 2025-12-10. Förvaringsplats för protokollet: "
           "socialförvaltningen.", small))
s.append(PageBreak())

# § 112
s += para_head(112, "Val av justerare och godkännande av dagordning", "")
s.append(P("Socialnämnden beslutar att utse Mikael Strand (S) att justera dagens protokoll samt att godkänna "
           "dagordningen med tillägget att informationen om placeringsläget lämnas under § 113."))

# § 113
rows = [["Verksamhet (mnkr)", "Prognos avvikelse 2025"]] + [[a, sv_tenths(v, plus=True)] for a, v in prognos] + \
       [["Summa socialnämnden", sv_tenths(total)]]
s += para_head(113, "Ekonomisk uppföljning per oktober 2025", "Dnr SN 2025/0028")
s.append(P("<b>Ärendebeskrivning</b>"))
s.append(P("Socialförvaltningen redovisar den ekonomiska uppföljningen efter oktober månad. Nämndens "
           "nettobudget för 2025 uppgår till 286,4 mnkr. Helårsprognosen pekar på ett underskott om "
           f"{sv_tenths(-total)} mnkr, vilket är en försämring med 0,9 mnkr sedan uppföljningen per augusti. "
           "Underskottet förklaras främst av att antalet hushåll med ekonomiskt bistånd fortsatt att öka; i "
           "oktober fick 412 hushåll utbetalt bistånd, jämfört med 371 hushåll i oktober 2024. Inom barn och unga "
           "finns fyra placeringar på HVB som inte var kända vid budgetarbetet. Arbetsmarknadsenheten redovisar ett "
           "överskott till följd av högre statliga ersättningar för anställningsstöd."))
tt = Table(rows, colWidths=[95 * mm, 50 * mm])
tt.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), F), ("FONTNAME", (0, 0), (-1, 0), FB),
                        ("FONTNAME", (0, -1), (-1, -1), FB), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                        ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black)]))
s.append(tt)
s.append(Spacer(1, 3 * mm))
s.append(P("<b>Beslut</b>"))
s.append(P("Socialnämnden beslutar<br/>1. att godkänna den ekonomiska uppföljningen per oktober 2025,<br/>"
           "2. att uppdra åt socialchefen att till sammanträdet i december redovisa en åtgärdsplan för "
           "placeringskostnaderna inom barn och unga."))
s.append(P("Beslutsunderlag: Tjänsteskrivelse 2025-11-03, Daniel Åkesson, ekonom.", small))

# § 114
s += para_head(114, "Riktlinjer för ekonomiskt bistånd 2026", "Dnr SN 2025/0201")
s.append(P("<b>Ärendebeskrivning</b>"))
s.append(P("Nämndens nuvarande riktlinjer för ekonomiskt bistånd antogs 2021. Förvaltningen har på uppdrag av "
           "nämnden reviderat dem. De viktigaste ändringarna är att den högsta godtagbara boendekostnaden för en "
           "ensamstående utan barn höjs från 7 200 kronor till 7 600 kronor per månad, att taket för bistånd till "
           "hemutrustning sätts till 9 500 kronor per hushåll, och att den som är arbetslös och inskriven på "
           "Arbetsförmedlingen ska delta i en anvisad arbetsmarknadsinsats från första månaden. Förvaltningen "
           "bedömer att ändringarna ryms inom nämndens budgetram för 2026."))
s.append(P("Socialnämndens arbetsutskott föreslog 2025-10-29 att nämnden antar riktlinjerna enligt "
           "förvaltningens förslag."))
s.append(P("<b>Yrkanden</b>"))
s.append(P("Birgitta Lundqvist (M) yrkar bifall till arbetsutskottets förslag. Mikael Strand (S) yrkar att den "
           "högsta godtagbara boendekostnaden för ensamstående utan barn i stället ska vara 8 100 kronor per månad "
           "och i övrigt bifall till arbetsutskottets förslag. Sara Holmgren (V) instämmer i Mikael Strands "
           "yrkande."))
s.append(P("<b>Beslutsgång</b>"))
s.append(P("Ordföranden ställer proposition på arbetsutskottets förslag mot Mikael Strands yrkande och finner att "
           "nämnden bifaller arbetsutskottets förslag. Votering begärs. Följande voteringsordning godkänns: den som "
           "bifaller arbetsutskottets förslag röstar ja, den som bifaller Mikael Strands yrkande röstar nej."))
s.append(P("<b>Omröstningsresultat</b>"))
vote = Table([["Ledamot", "Ja", "Nej"]] + [[n, "X", ""] for n in ja_majority] + [[n, "", "X"] for n in nej] +
             [["Summa", str(len(ja_majority)), str(len(nej))]], colWidths=[80 * mm, 20 * mm, 20 * mm])
vote.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), F), ("FONTSIZE", (0, 0), (-1, -1), 9),
                          ("FONTNAME", (0, 0), (-1, 0), FB), ("FONTNAME", (0, -1), (-1, -1), FB),
                          ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                          ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
s.append(vote)
s.append(Spacer(1, 2 * mm))
s.append(P(f"Med {len(ja_majority)} ja-röster mot {len(nej)} nej-röster beslutar socialnämnden i enlighet med "
           "arbetsutskottets förslag."))
s.append(P("<b>Beslut</b>"))
s.append(P("Socialnämnden beslutar att anta Riktlinjer för ekonomiskt bistånd 2026 enligt bilaga, att gälla "
           "från och med 2026-01-01."))
s.append(P("<b>Reservation</b>"))
s.append(P("Mikael Strand, Fatima Osmani och Ingrid Nyberg (samtliga S) samt Sara Holmgren (V) reserverar sig "
           "mot beslutet till förmån för Mikael Strands yrkande. Sara Holmgren lämnar en skriftlig reservation, "
           "bilaga 1."))
s.append(P("Beslutsunderlag: Tjänsteskrivelse 2025-10-14, Maria Stenlund, enhetschef försörjningsstöd; "
           "arbetsutskottets protokoll 2025-10-29 § 88.", small))

# § 115
s += para_head(115, "Yttrande över motion om fler stödboendeplatser för unga vuxna", "Dnr SN 2025/0166")
s.append(P("<b>Ärendebeskrivning</b>"))
s.append(P("Kommunfullmäktige har remitterat en motion från Sara Holmgren (V) till socialnämnden för yttrande. "
           "Motionären föreslår att kommunen inrättar minst åtta nya platser i stödboende för unga vuxna i åldern "
           "18–21 år. Förvaltningen konstaterar att nämnden sedan mars 2025 har sex platser i egen regi och att "
           "kön i genomsnitt varit två personer under året. Förvaltningen ser behov av ytterligare två platser "
           "och avser att pröva frågan i internbudgeten för 2026."))
s.append(P("<b>Beslut</b>"))
s.append(P("Socialnämnden föreslår kommunfullmäktige besluta att motionen ska anses besvarad."))

# § 116
s += para_head(116, "Rapportering av ej verkställda gynnande beslut, kvartal 3 2025", "Dnr SN 2025/0019")
s.append(P("<b>Ärendebeskrivning</b>"))
s.append(P("Nämnden ska varje kvartal rapportera gynnande beslut enligt socialtjänstlagen som inte verkställts "
           "inom tre månader till Inspektionen för vård och omsorg (IVO), kommunens revisorer och "
           f"kommunfullmäktige. Per den 30 september 2025 fanns sex sådana beslut: {ej_verk['kontaktperson']} "
           f"beslut om kontaktperson, {ej_verk['kontaktfamilj']} beslut om kontaktfamilj och "
           f"{ej_verk['stödboende']} beslut om stödboende. Orsaken är i samtliga fall brist på lämpliga "
           "uppdragstagare respektive lediga platser."))
s.append(P("<b>Beslut</b>"))
s.append(P("Socialnämnden beslutar att godkänna rapporten och överlämna den till kommunfullmäktige och "
           "revisorerna."))

# § 117
s += para_head(117, "Delegationsbeslut och meddelanden", "Dnr SN 2025/0003")
s.append(P("Förteckning över delegationsbeslut fattade under perioden 2025-10-01 – 2025-10-31 redovisas, "
           "liksom individutskottets protokoll från sammanträdena 2025-10-15 och 2025-10-29. Individutskottets "
           "beslut omfattas av sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen och redovisas "
           "därför endast till antal: 14 beslut enligt LVU och SoL rörande barn och unga samt 5 beslut rörande "
           "vuxna."))
s.append(P("<b>Beslut</b>"))
s.append(P("Socialnämnden beslutar att lägga redovisningen av delegationsbeslut och meddelanden till handlingarna."))

doc = SimpleDocTemplate(str(out_dir() / "lomtjarna_sn_protokoll_2025-11-12.pdf"), pagesize=A4,
                        leftMargin=22 * mm, rightMargin=22 * mm, topMargin=26 * mm, bottomMargin=22 * mm,
                        title="Protokoll socialnämnden 2025-11-12", author="Lomtjärna kommun",
                        creator="Ciceron Assistant", producer="Lomtjärna kommun")
doc.build(s, onFirstPage=page_deco, onLaterPages=page_deco)
