"""Hökmora kommun – kommunstyrelsens sammanträdesprotokoll 2025-10-07 (§§ 141–148) as a PDF.

Layout of a protocol exported from a case-management system: running header "HÖKMORA KOMMUN / Kommunstyrelsen /
SAMMANTRÄDESPROTOKOLL / Sammanträdesdatum / Sida N (M)", footer with "Justerandes sign" and "Utdragsbestyrkande"
boxes, a front page with label/value rows, a list of the ledamöter with party, signature lines and the ANSLAG/BEVIS
box, an ärendeförteckning, each § as "§ 142" + title with "Dnr KS/2025:301" underneath, and an omröstningsbilaga
(Ledamot / Ja / Nej) after § 145.
"""
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from common import out_dir, register_liberation, sv_int, sv_tenths

register_liberation()
F, FB = "LibSans", "LibSans-Bold"
OUT = out_dir() / "hokmora_ks_protokoll_2025-10-07.pdf"

# ---- facts ----------------------------------------------------------------------------------------------------
MAJORITY = [("Per-Olof Sandin", "C", "ordförande"), ("Mats Högberg", "M", "2:e vice ordförande"),
            ("Camilla Roos", "M", ""), ("Fredrik Alm", "M", ""), ("Ingela Strömberg", "C", ""),
            ("Daniel Kjellin", "KD", ""), ("Sara Nyqvist", "L", "tjänstgörande ersättare för Magnus Lilja (L)")]
SD = [("Roger Hallin", "SD", "")]
OPPOSITION = [("Annika Berglöf", "S", "1:e vice ordförande"), ("Tomas Wrede", "S", ""), ("Elin Marklund", "S", ""),
              ("Kjell-Åke Nordin", "S", ""), ("Jonas Rydh", "V", "")]
MEMBERS = [MAJORITY[0], OPPOSITION[0], MAJORITY[1]] + MAJORITY[2:] + SD + OPPOSITION[1:]
assert len(MEMBERS) == 13 and len({m[0] for m in MEMBERS}) == 13
YES = MAJORITY + SD            # § 145: bifall to the chair's proposal
NO = OPPOSITION                # § 145: Annika Berglöf's avslagsyrkande
assert len(YES) == 8 and len(NO) == 5 and len(YES) + len(NO) == len(MEMBERS)

# § 142 delårsrapport (tenths of mnkr)
RESULT_PERIOD, FORECAST, BUDGET, BALANCE = 486, 213, 260, 198
SN_DEV, BUN_DEV = -142, -31
BOARDS_DEV = -179
TAX_PLUS, PENSION_PLUS = 96, 36
assert SN_DEV + BUN_DEV - 6 == BOARDS_DEV  # -6 = övriga nämnder netto
assert BOARDS_DEV + TAX_PLUS + PENSION_PLUS == FORECAST - BUDGET == -47
INV_BUDGET, INV_FORECAST = 1885, 1420
assert round(100 * INV_FORECAST / INV_BUDGET) == 75
# § 143 förfogandeanslag (kr)
ANSLAG, EARLIER, GRANT = 1_500_000, 175_000, 85_000
LEFT = ANSLAG - EARLIER - GRANT
assert LEFT == 1_240_000
APPLIED, TOTAL_COST, LST = 120_000, 310_000, 110_000
# § 144 motion solceller
SOLAR_BUILDINGS, SOLAR_KW, SOLAR_ALL = 6, 410, 24
# § 145 sale
PRICE, VALUATION, BIDS, DELEGATION = 3_850_000, 3_600_000, 3, 5_000_000
assert PRICE <= DELEGATION
# § 146 hundrastgård
DOG_COST, DOG_RUN = 340_000, 25_000
# § 147 delegationsbeslut
DEL_KD, DEL_ORDF = 12, 3

# ---- styles ---------------------------------------------------------------------------------------------------
body = ParagraphStyle("body", fontName=F, fontSize=10, leading=13.2, spaceAfter=5, alignment=TA_LEFT)
small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=10.5, spaceAfter=2)
label = ParagraphStyle("label", parent=body, fontName=FB, spaceAfter=0)
cell = ParagraphStyle("cell", parent=body, spaceAfter=0)
title = ParagraphStyle("title", parent=body, fontName=FB, fontSize=13, leading=16, spaceBefore=4, spaceAfter=2)
sub = ParagraphStyle("sub", parent=body, fontName=FB, fontSize=10.5, spaceBefore=6, spaceAfter=3)
dnr = ParagraphStyle("dnr", parent=body, fontSize=9, textColor=colors.HexColor("#333333"), spaceAfter=8)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=2)


def P(t, s=body):
    return Paragraph(t, s)


class NumberedCanvas(rl_canvas.Canvas):
    """Two-pass canvas so every page can say 'Sida N (M)'."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.draw_furniture(n)
            super().showPage()
        super().save()

    def draw_furniture(self, total):
        w, h = A4
        self.setFont(FB, 10)
        self.drawString(20 * mm, h - 15 * mm, "HÖKMORA KOMMUN")
        self.setFont(F, 8.5)
        self.drawString(20 * mm, h - 19.5 * mm, "Kommunstyrelsen")
        self.setFont(FB, 10)
        self.drawString(95 * mm, h - 15 * mm, "SAMMANTRÄDESPROTOKOLL")
        self.setFont(F, 8.5)
        self.drawString(95 * mm, h - 19.5 * mm, "Sammanträdesdatum 2025-10-07")
        self.drawRightString(w - 20 * mm, h - 15 * mm, f"Sida {self._pageNumber} ({total})")
        self.setLineWidth(0.5)
        self.line(20 * mm, h - 22 * mm, w - 20 * mm, h - 22 * mm)
        # footer boxes
        self.rect(20 * mm, 12 * mm, 60 * mm, 12 * mm)
        self.rect(w - 80 * mm, 12 * mm, 60 * mm, 12 * mm)
        self.setFont(F, 7)
        self.drawString(21.5 * mm, 21 * mm, "Justerandes sign")
        self.drawString(w - 78.5 * mm, 21 * mm, "Utdragsbestyrkande")


def kv(rows, widths=(45 * mm, 125 * mm)):
    t = Table([[P(a, label), P(b, cell)] for a, b in rows], colWidths=widths)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def paragraph_head(no, heading, dnr_text):
    return [P(f"§ {no}", title), P(heading, sub), P(dnr_text, dnr)]


def beslut_list(items, start=1):
    return [P(f"{i}. {t}", bullet) for i, t in enumerate(items, start)]


story = []

# ---- front page -----------------------------------------------------------------------------------------------
story.append(Spacer(1, 4 * mm))
ledamot_rows = "<br/>".join(f"{n} ({p})" + (f", {r}" if r else "") for n, p, r in MEMBERS)
story.append(kv([
    ("Plats och tid", "Kommunhuset, Stora sessionssalen, tisdagen den 7 oktober 2025 kl. 09.00–12.10 "
                      "(ajournering kl. 10.30–10.45)"),
    ("Beslutande", ledamot_rows),
    ("Övriga närvarande", "Helena Fagerström, kommundirektör<br/>Rikard Blom, ekonomichef, § 142<br/>"
                          "Ulla Persson, samhällsbyggnadschef, §§ 144–146<br/>Maria Edvall, nämndsekreterare"),
    ("Utses att justera", "Elin Marklund (S)"),
    ("Justeringens plats och tid", "Kommunledningskontoret, fredagen den 10 oktober 2025"),
    ("Paragrafer", "§§ 141–148"),
]))
story.append(Spacer(1, 6 * mm))
sig = Table([
    [P("Underskrifter", label), P("Sekreterare", small), P("......................................................", cell)],
    ["", "", P("Maria Edvall", cell)],
    ["", P("Ordförande", small), P("......................................................", cell)],
    ["", "", P("Per-Olof Sandin", cell)],
    ["", P("Justerare", small), P("......................................................", cell)],
    ["", "", P("Elin Marklund", cell)],
], colWidths=(45 * mm, 30 * mm, 95 * mm))
sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
story.append(sig)
story.append(Spacer(1, 6 * mm))
anslag = Table([
    [P("<b>ANSLAG/BEVIS</b>", cell), ""],
    [P("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", cell), ""],
    [P("Organ", label), P("Kommunstyrelsen", cell)],
    [P("Sammanträdesdatum", label), P("2025-10-07", cell)],
    [P("Datum då anslaget sätts upp", label), P("2025-10-13", cell)],
    [P("Datum då anslaget tas ned", label), P("2025-11-04", cell)],
    [P("Förvaringsplats för protokollet", label), P("Kommunledningskontoret, Hökmora kommunhus", cell)],
], colWidths=(60 * mm, 110 * mm))
anslag.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("SPAN", (0, 0), (1, 0)),
                            ("SPAN", (0, 1), (1, 1)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story.append(anslag)
story.append(PageBreak())

# ---- ärendeförteckning ----------------------------------------------------------------------------------------
story.append(P("Ärendeförteckning", title))
items = [(141, "Val av justerare och godkännande av dagordning", ""),
         (142, "Delårsrapport januari–augusti 2025 för Hökmora kommun", "KS/2025:301"),
         (143, "Ansökan om bidrag för renovering av Backstugan – Hökmora hembygdsförening", "KS/2025:288"),
         (144, "Svar på motion om solceller på kommunens fastigheter", "KS/2024:517"),
         (145, "Försäljning av fastigheten Hökmora Rådhuset 2 (f.d. tingshuset)", "KS/2025:156"),
         (146, "Svar på medborgarförslag om hundrastgård i Kyrkparken", "KS/2025:097"),
         (147, "Redovisning av delegationsbeslut", "KS/2025:004"),
         (148, "Meddelanden", "")]
toc = Table([[P("§", label), P("Ärende", label), P("Dnr", label)]] +
            [[P(str(n), cell), P(t, cell), P(d, cell)] for n, t, d in items], colWidths=(14 * mm, 126 * mm, 30 * mm))
toc.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
story.append(toc)
story.append(Spacer(1, 6 * mm))

# ---- § 141 ----------------------------------------------------------------------------------------------------
story += [P("§ 141", title), P("Val av justerare och godkännande av dagordning", sub)]
story.append(P("<b>Kommunstyrelsens beslut</b>"))
story += beslut_list([
    "Elin Marklund (S) utses att jämte ordföranden justera dagens protokoll. Justering sker på "
    "kommunledningskontoret fredagen den 10 oktober 2025.",
    "Dagordningen godkänns med ändringen att informationsärendet om vinterberedskap utgår och tas upp vid "
    "sammanträdet i november."])

# ---- § 142 ----------------------------------------------------------------------------------------------------
story += paragraph_head(142, "Delårsrapport januari–augusti 2025 för Hökmora kommun", "Dnr KS/2025:301")
story.append(P("<b>Kommunstyrelsens förslag till kommunfullmäktige</b>"))
story += beslut_list(["Delårsrapport januari–augusti 2025 för Hökmora kommun godkänns."])
story.append(P("<b>Kommunstyrelsens eget beslut</b>"))
story += beslut_list([
    "Socialnämnden uppmanas att senast den 30 november 2025 redovisa en åtgärdsplan för en ekonomi i balans till "
    "kommunstyrelsen.",
    "Barn- och utbildningsnämnden uppmanas att vidta åtgärder för att nå en budget i balans inom tilldelad ram."],
    start=2)
story.append(P("<b>Ärendebeskrivning</b>"))
story.append(P(
    f"Ekonomiavdelningen har upprättat delårsrapport för perioden januari–augusti 2025. Periodens resultat uppgår "
    f"till {sv_tenths(RESULT_PERIOD)} mnkr. Prognosen för helåret är ett resultat på {sv_tenths(FORECAST)} mnkr, "
    f"vilket är {sv_tenths(BUDGET - FORECAST)} mnkr lägre än det budgeterade resultatet om {sv_tenths(BUDGET)} mnkr. "
    f"Balanskravsresultatet prognostiseras till {sv_tenths(BALANCE)} mnkr."))
story.append(P(
    f"Nämnderna prognostiserar sammantaget ett underskott om {sv_tenths(-BOARDS_DEV)} mnkr, varav socialnämnden "
    f"{sv_tenths(SN_DEV)} mnkr, främst inom placeringar av barn och unga samt ekonomiskt bistånd, och barn- och "
    f"utbildningsnämnden {sv_tenths(BUN_DEV)} mnkr. Underskottet motverkas delvis av högre skatteintäkter och "
    f"generella statsbidrag (+{sv_tenths(TAX_PLUS)} mnkr) samt lägre pensionskostnader (+{sv_tenths(PENSION_PLUS)} "
    f"mnkr)."))
story.append(P(
    f"Investeringarna prognostiseras till {sv_tenths(INV_FORECAST)} mnkr av budgeterade {sv_tenths(INV_BUDGET)} "
    f"mnkr, det vill säga cirka 75 procent. Av kommunens tre finansiella mål bedöms två uppnås. Målet om att "
    f"investeringarna ska vara självfinansierade till 100 procent uppnås inte; självfinansieringsgraden "
    f"prognostiseras till 78 procent."))
story.append(P("<b>Beslutsunderlag</b><br/>Tjänsteskrivelse från ekonomiavdelningen 2025-09-22<br/>"
               "Delårsrapport januari–augusti 2025"))
story.append(P("<b>Yrkanden</b><br/>Per-Olof Sandin (C) yrkar bifall till förvaltningens förslag med tillägg av "
               "beslutspunkterna 2 och 3. Annika Berglöf (S) yrkar bifall till ordförandens förslag."))
story.append(P("<b>Beslutsgång</b><br/>Ordföranden ställer proposition på sitt förslag och finner att "
               "kommunstyrelsen bifaller detta."))
story.append(P("<b>Beslutet skickas till</b><br/>Kommunfullmäktige, socialnämnden, barn- och utbildningsnämnden, "
               "ekonomiavdelningen"))

# ---- § 143 ----------------------------------------------------------------------------------------------------
story += paragraph_head(143, "Ansökan om bidrag för renovering av Backstugan – Hökmora hembygdsförening",
                        "Dnr KS/2025:288")
story.append(P("<b>Kommunstyrelsens beslut</b>"))
story += beslut_list([
    f"Hökmora hembygdsförening beviljas ett bidrag om {sv_int(GRANT)} kronor för renovering av Backstugan.",
    "Bidraget finansieras ur kommunstyrelsens förfogandeanslag för 2025.",
    "Bidraget betalas ut när föreningen har redovisat att arbetet är utfört."])
story.append(P("<b>Ärendebeskrivning</b>"))
story.append(P(
    f"Hökmora hembygdsförening har ansökt om {sv_int(APPLIED)} kronor för att byta tak och syllar på Backstugan, "
    f"en parstuga från 1700-talet på hembygdsgården. Renoveringen beräknas kosta {sv_int(TOTAL_COST)} kronor. "
    f"Länsstyrelsen har beviljat föreningen {sv_int(LST)} kronor i bidrag till kulturhistoriskt värdefull "
    f"bebyggelse, och resterande del finansieras med föreningens egna medel och ideellt arbete."))
story.append(P(
    f"Kommunstyrelsens förfogandeanslag uppgår 2025 till {sv_int(ANSLAG)} kronor. Tidigare under året har "
    f"{sv_int(EARLIER)} kronor beviljats. Efter dagens beslut återstår {sv_int(LEFT)} kronor av anslaget. "
    f"Kommunledningskontoret föreslår ett bidrag om {sv_int(GRANT)} kronor, eftersom föreningen själv bedöms kunna "
    f"bära en större del av kostnaden."))

# ---- § 144 ----------------------------------------------------------------------------------------------------
story += paragraph_head(144, "Svar på motion om solceller på kommunens fastigheter", "Dnr KS/2024:517")
story.append(P("<b>Kommunstyrelsens förslag till kommunfullmäktige</b>"))
story += beslut_list([
    "Motionens första att-sats, om att solceller ska installeras på samtliga lämpliga tak på kommunens "
    "fastigheter senast 2030, avslås.",
    "Motionens andra att-sats bifalls. En solenergiplan tas fram inom ramen för arbetet med kommunens energiplan "
    "2026."])
story.append(P("<b>Ärendebeskrivning</b>"))
story.append(P(
    "Jonas Rydh (V) lämnade den 25 november 2024 en motion till kommunfullmäktige. Motionären föreslår att "
    "solceller installeras på samtliga lämpliga tak på kommunens fastigheter senast 2030 och att kommunen tar fram "
    "en solenergiplan. Kommunfullmäktige har remitterat motionen till kommunstyrelsen."))
story.append(P(
    f"Samhällsbyggnadsförvaltningen konstaterar att kommunens fastighetsbolag hittills har installerat solceller på "
    f"{SOLAR_BUILDINGS} byggnader med en sammanlagd effekt om {SOLAR_KW} kW. En installation på samtliga lämpliga "
    f"tak senast 2030 beräknas kosta cirka {SOLAR_ALL} mnkr och ryms inte i investeringsplanen. En solenergiplan "
    f"kan däremot tas fram inom ramen för energiplanen utan extra kostnad."))
story.append(P("<b>Yrkanden</b><br/>Jonas Rydh (V) yrkar bifall till motionen i sin helhet. Per-Olof Sandin (C) "
               "yrkar bifall till förvaltningens förslag."))
story.append(P("<b>Beslutsgång</b><br/>Ordföranden ställer proposition på de två yrkandena och finner att "
               "kommunstyrelsen bifaller Per-Olof Sandins yrkande."))
story.append(P("<b>Reservation</b><br/>Jonas Rydh (V) reserverar sig mot beslutet till förmån för eget yrkande."))

# ---- § 145 ----------------------------------------------------------------------------------------------------
story += paragraph_head(145, "Försäljning av fastigheten Hökmora Rådhuset 2 (f.d. tingshuset)", "Dnr KS/2025:156")
story.append(P("<b>Kommunstyrelsens beslut</b>"))
story += beslut_list([
    f"Fastigheten Hökmora Rådhuset 2 säljs till Tingsgården Hökmora AB för {sv_int(PRICE)} kronor enligt "
    f"upprättat förslag till köpeavtal.",
    "Kommundirektören får i uppdrag att underteckna köpeavtal och köpebrev."])
story.append(P("<b>Ärendebeskrivning</b>"))
story.append(P(
    f"Det före detta tingshuset har stått tomt sedan tingsrätten flyttade 2023. Fastigheten har annonserats till "
    f"försäljning och {BIDS} bud har kommit in. Det högsta budet, {sv_int(PRICE)} kronor, har lämnats av Tingsgården "
    f"Hökmora AB, som avser att bygga om huset till kontor och sex lägenheter. En oberoende värdering har satt "
    f"marknadsvärdet till {sv_int(VALUATION)} kronor. Enligt kommunstyrelsens reglemente får kommunstyrelsen själv "
    f"besluta om försäljning av fastigheter upp till {sv_int(DELEGATION)} kronor."))
story.append(P("<b>Yrkanden</b><br/>Per-Olof Sandin (C) yrkar bifall till förvaltningens förslag. Annika Berglöf "
               "(S) yrkar avslag med motiveringen att huset bör behållas och användas för kulturskolans verksamhet."))
story.append(P(
    "<b>Beslutsgång</b><br/>Ordföranden ställer proposition på bifall och avslag och finner att kommunstyrelsen "
    "bifaller förvaltningens förslag. Votering begärs. Följande voteringsproposition godkänns: Ja-röst för bifall "
    "till förvaltningens förslag, nej-röst för Annika Berglöfs avslagsyrkande."))
story.append(P(
    f"<b>Omröstningsresultat</b><br/>{len(YES)} ja-röster och {len(NO)} nej-röster. Kommunstyrelsen har "
    f"därmed beslutat enligt förvaltningens förslag. Hur var och en har röstat framgår av omröstningsbilagan."))
names_no = [f"{n} ({p})" for n, p, _ in NO]
story.append(P("<b>Reservation</b><br/>" + ", ".join(names_no[:-1]) + " och " + names_no[-1] +
               " reserverar sig mot beslutet till förmån för Annika Berglöfs yrkande."))
vote_rows = [[P("Ledamot", label), P("Ja", label), P("Nej", label)]]
for n, p, r in MEMBERS:
    vote_rows.append([P(f"{n} ({p})", cell), P("X" if (n, p, r) in YES else "", cell),
                      P("X" if (n, p, r) in NO else "", cell)])
vote_rows.append([P("Summa", label), P(str(len(YES)), label), P(str(len(NO)), label)])
vt = Table(vote_rows, colWidths=(90 * mm, 20 * mm, 20 * mm))
vt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]))
story.append(KeepTogether([P("Omröstningsbilaga § 145", sub), vt]))
story.append(Spacer(1, 4 * mm))

# ---- § 146 ----------------------------------------------------------------------------------------------------
story += paragraph_head(146, "Svar på medborgarförslag om hundrastgård i Kyrkparken", "Dnr KS/2025:097")
story.append(P("<b>Kommunstyrelsens beslut</b>"))
story += beslut_list(["Medborgarförslaget avslås."])
story.append(P("<b>Ärendebeskrivning</b>"))
story.append(P(
    "I ett medborgarförslag föreslås att kommunen anlägger en inhägnad hundrastgård i Kyrkparken i centrala "
    "Hökmora. Kommunfullmäktige har delegerat till kommunstyrelsen att besvara medborgarförslaget."))
story.append(P(
    f"Samhällsbyggnadsförvaltningen har beräknat kostnaden för stängsel, grindar och belysning till "
    f"{sv_int(DOG_COST)} kronor samt en driftkostnad om {sv_int(DOG_RUN)} kronor per år. Medel för detta finns "
    f"inte i budgeten för 2025 eller i investeringsplanen för 2026–2027. Det finns dessutom redan en "
    f"kommunal hundrastgård vid Lingonvägen, cirka 1,4 kilometer från Kyrkparken. Förvaltningen föreslår därför "
    f"att medborgarförslaget avslås."))
story.append(P("<b>Yrkanden</b><br/>Per-Olof Sandin (C) yrkar bifall till förvaltningens förslag."))

# ---- § 147 ----------------------------------------------------------------------------------------------------
story += paragraph_head(147, "Redovisning av delegationsbeslut", "Dnr KS/2025:004")
story.append(P("<b>Kommunstyrelsens beslut</b>"))
story += beslut_list(["Redovisningen av delegationsbeslut läggs till handlingarna."])
story.append(P(
    f"Följande delegationsbeslut redovisas: {DEL_KD} beslut fattade av kommundirektören under perioden "
    f"2025-08-26 – 2025-09-29 (personal, avtal och yttranden) samt {DEL_ORDF} brådskande beslut fattade av "
    f"ordföranden med stöd av 6 kap. 39 § kommunallagen."))

# ---- § 148 ----------------------------------------------------------------------------------------------------
story += [P("§ 148", title), P("Meddelanden", sub)]
story.append(P("<b>Kommunstyrelsens beslut</b>"))
story += beslut_list(["Meddelandena läggs till handlingarna."])
story.append(P("Protokoll från kommunstyrelsens arbetsutskott 2025-09-23; Integritetsskyddsmyndighetens beslut om tillstånd för "
               "kameraövervakning vid resecentrum; cirkulär från Sveriges Kommuner och Regioner om "
               "budgetförutsättningar 2026–2029."))

doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=28 * mm,
                        bottomMargin=30 * mm, title="Kommunstyrelsen 2025-10-07 protokoll",
                        author="Hökmora kommun", creator="Ärendehanteringssystem – protokollsexport")
doc.build(story, canvasmaker=NumberedCanvas)
print("wrote", OUT)
