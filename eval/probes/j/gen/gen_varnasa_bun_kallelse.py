"""Vårnäsa kommun – barn- och utbildningsnämndens kallelse 2026-02-17 with two tjänsteskrivelser appended.
PDF via reportlab (DejaVu Sans).

Layout: page 1 has the letterhead, the meeting data and the föredragningslista as a ruled table
(Nr | Ärende | Dnr | Föredragande). Each tjänsteskrivelse starts on a new page with its own small letterhead
block (förvaltning, datum, diarienummer with klassificering suffix, handläggare), then "Ärendebeskrivning"
and "Förslag till beslut". Every page has the footer "Sida N av M".
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import out_dir, register_dejavu, sv_int, sv_tenths

FILE = "varnasa_bun_kallelse_2026-02-17.pdf"

DNR_LOKAL = "BUN 2025/00231-2.4"
DNR_SKJUTS = "BUN 2025/00187-6.1"
DNR_FRANVARO = "BUN 2026/00019-1.2"

AGENDA = [
    ("1", "Val av justerare och tid för justering", "–", "Ordförande"),
    ("2", "Godkännande av dagordning", "–", "Ordförande"),
    ("3", "Ekonomisk uppföljning januari 2026", "BUN 2026/00004-1.3", "Sofia Lagerqvist, controller"),
    ("4", "Revidering av riktlinjer för skolskjuts", DNR_SKJUTS, "Petra Sandgren, skolskjutssamordnare"),
    ("5", "Lokalbehov förskola i Norrbyn – utbyggnad med paviljong", DNR_LOKAL, "Anders Myrén, lokalstrateg"),
    ("6", "Uppföljning av elevfrånvaro höstterminen 2025", DNR_FRANVARO, "Lina Forsberg, verksamhetsutvecklare"),
    ("7", "Redovisning av delegationsbeslut", "BUN 2026/00003-1.1", "Nämndsekreterare"),
    ("8", "Meddelanden", "BUN 2026/00002-1.1", "Nämndsekreterare"),
    ("9", "Förvaltningschefen informerar", "–", "Karin Öhman, förvaltningschef"),
]

# --- förskola Norrbyn
BARN_2025, BARN_2024, PROGNOS_2028 = 212, 186, 245
PLATSER_IDAG = 190
AVD, PLATSER_NYA = 4, 80
assert AVD * 20 == PLATSER_NYA
INVEST = 186  # tenths of mnkr
HYRA_TKR = 1420
assert BARN_2025 - BARN_2024 == 26 and BARN_2025 > PLATSER_IDAG

# --- skolskjuts
ELEVER_2025, KOSTNAD_2025 = 1238, 14870   # count, tkr
NYA_ELEVER, MERKOSTNAD = 47, 640          # count, tkr/år
GR_GAMMAL, GR_NY = 35, 30                  # tenths of km, åk 4–6
START = "2026-08-01"
assert round(MERKOSTNAD * 1000 / NYA_ELEVER) == 13617


def build():
    register_dejavu()
    F, FB = "DejaVu", "DejaVu-Bold"
    body = ParagraphStyle("b", fontName=F, fontSize=9.5, leading=13, spaceAfter=5)
    h = ParagraphStyle("h", fontName=FB, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    big = ParagraphStyle("big", fontName=FB, fontSize=18, leading=22)
    title = ParagraphStyle("t", fontName=FB, fontSize=13, leading=16, spaceBefore=6, spaceAfter=6)
    small = ParagraphStyle("s", fontName=F, fontSize=8.5, leading=11)
    cell = ParagraphStyle("c", fontName=F, fontSize=8.5, leading=11)
    cellb = ParagraphStyle("cb", fontName=FB, fontSize=8.5, leading=11)

    story = []
    head = Table([[Paragraph("<b>Vårnäsa kommun</b><br/>Barn- och utbildningsnämnden", body),
                   Paragraph("<b>KALLELSE</b><br/>2026-02-05", body)]], colWidths=[110 * mm, 60 * mm])
    head.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [head, Spacer(1, 8 * mm), Paragraph("Kallelse till sammanträde", big), Spacer(1, 4 * mm)]
    meta = [["Tid", "Tisdagen den 17 februari 2026 kl. 13.00"],
            ["Plats", "Sammanträdesrum Tallen, kommunhuset i Vårnäsa"],
            ["Ordförande", "Helena Strandberg (S)"],
            ["Sekreterare", "Jonas Ekholm"]]
    mt = Table([[Paragraph(a, cellb), Paragraph(b, cell)] for a, b in meta], colWidths=[30 * mm, 140 * mm])
    mt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story += [mt, Spacer(1, 3 * mm),
              Paragraph("Förhinder anmäls till nämndsekreteraren senast dagen före sammanträdet så att ersättare "
                        "kan kallas in. Gruppmöten hålls kl. 11.30 i respektive grupprum.", body),
              Paragraph("Föredragningslista", title)]
    rows = [[Paragraph(x, cellb) for x in ("Nr", "Ärende", "Dnr", "Föredragande")]]
    rows += [[Paragraph(a, cell), Paragraph(b, cell), Paragraph(c, cell), Paragraph(d, cell)] for a, b, c, d in AGENDA]
    t = Table(rows, colWidths=[10 * mm, 72 * mm, 38 * mm, 50 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 6 * mm), Paragraph("Helena Strandberg (S)<br/>Ordförande", body),
              Paragraph("Jonas Ekholm<br/>Nämndsekreterare", body)]

    # --- page 2: the items in brief
    story += [PageBreak(), Paragraph("Ärendena i korthet", title),
              Paragraph("<b>Ärende 3. Ekonomisk uppföljning januari 2026.</b> Controllern redovisar utfallet för "
                        "januari. Eftersom endast en månad har passerat lämnas ingen helårsprognos vid detta "
                        "sammanträde; den första prognosen redovisas i april.", body),
              Paragraph("<b>Ärende 4. Revidering av riktlinjer för skolskjuts.</b> Förslag om sänkt avståndsgräns "
                        "för årskurs 4–6. Se bifogad tjänsteskrivelse.", body),
              Paragraph("<b>Ärende 5. Lokalbehov förskola i Norrbyn.</b> Förslag om att begära investeringsmedel "
                        "för en paviljong. Se bifogad tjänsteskrivelse.", body),
              Paragraph("<b>Ärende 6. Uppföljning av elevfrånvaro höstterminen 2025.</b> Muntlig redovisning med "
                        "presentation. Underlaget delas ut vid sammanträdet.", body),
              Paragraph("<b>Ärende 7–8.</b> Förteckningar över delegationsbeslut och meddelanden finns i "
                        "nämndens digitala mapp.", body),
              Paragraph("<b>Ärende 9. Förvaltningschefen informerar.</b> Aktuell information om rekrytering av "
                        "rektorer och om arbetet med skolans lokalförsörjningsplan.", body),
              Spacer(1, 4 * mm),
              Paragraph("Handlingarna finns även tillgängliga för ledamöter och ersättare i nämndens digitala "
                        "mötesverktyg. Den som behöver handlingarna i pappersform kontaktar "
                        "nämndsekreteraren.", body)]

    def letterhead(datum, dnr, handl, rubrik):
        lt = Table([[Paragraph("<b>Vårnäsa kommun</b><br/>Barn- och utbildningsförvaltningen", small),
                     Paragraph(f"TJÄNSTESKRIVELSE<br/>{datum}<br/>Diarienummer: {dnr}", small)],
                    [Paragraph(f"Handläggare: {handl}", small), Paragraph("Barn- och utbildningsnämnden", small)]],
                   colWidths=[100 * mm, 70 * mm])
        lt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [lt, Spacer(1, 5 * mm), Paragraph(rubrik, title)]

    # --- tjänsteskrivelse 1: skolskjuts
    story += [PageBreak()] + letterhead("2026-01-22", DNR_SKJUTS, "Petra Sandgren, skolskjutssamordnare",
                                        "Revidering av riktlinjer för skolskjuts")
    story += [Paragraph("Sammanfattning", h),
              Paragraph("Förvaltningen föreslår att nämnden reviderar riktlinjerna för skolskjuts så att "
                        "avståndsgränsen för elever i årskurs 4–6 sänks. Övriga delar av riktlinjerna är "
                        "oförändrade i sak men har språkligt setts över.", body),
              Paragraph("Ärendebeskrivning", h),
              Paragraph(f"Under 2025 hade {sv_int(ELEVER_2025)} elever i Vårnäsa kommun rätt till skolskjuts, "
                        f"och nämndens totala kostnad för skolskjuts uppgick till {sv_int(KOSTNAD_2025)} tkr. "
                        "Skolskjutsen utförs av upphandlade trafikföretag och, på landsbygden, av den allmänna "
                        "kollektivtrafiken med elevkort.", body),
              Paragraph(f"Enligt gällande riktlinjer har elever i årskurs F–3 rätt till skolskjuts om avståndet "
                        f"mellan hem och skola är minst 2 km, elever i årskurs 4–6 om avståndet är minst "
                        f"{sv_tenths(GR_GAMMAL)} km och elever i årskurs 7–9 om avståndet är minst 4 km. "
                        "Föräldrar i bland annat Lillkärr och Sörbyn har i flera skrivelser påtalat att vägen till "
                        "Vårnäsa centralskola saknar gång- och cykelbana längs länsvägen.", body),
              Paragraph(f"Förvaltningen föreslår att gränsen för årskurs 4–6 sänks från {sv_tenths(GR_GAMMAL)} km "
                        f"till {sv_int(GR_NY // 10)} km. Med de nya reglerna beräknas ytterligare {NYA_ELEVER} elever "
                        f"bli berättigade till skolskjuts. Merkostnaden beräknas till {MERKOSTNAD} tkr per år och "
                        "ryms inte inom nuvarande ram; den behöver hanteras i budgetarbetet för 2027. För hösten "
                        "2026 finansieras merkostnaden inom förvaltningens centrala medel.", body),
              Paragraph("Riktlinjerna har stämts av med trafiksamordnaren och med skolornas rektorer. Elever med "
                        "växelvis boende omfattas på samma villkor som i dag, under förutsättning att båda "
                        "adresserna ligger i kommunen.", body),
              Paragraph("Konsekvenser för barn", h),
              Paragraph("En sänkt avståndsgräns ökar trafiksäkerheten för yngre elever som i dag går eller cyklar "
                        "längs vägar utan separerad gång- och cykelbana.", body),
              Paragraph("Förslag till beslut", h),
              Paragraph("Barn- och utbildningsnämnden beslutar", body),
              Paragraph(f"1. att anta reviderade riktlinjer för skolskjuts enligt bilaga 1,", body),
              Paragraph(f"2. att de reviderade riktlinjerna ska gälla från och med {START}, det vill säga från "
                        "läsåret 2026/27.", body),
              Paragraph("Beslutsunderlag", h),
              Paragraph("Tjänsteskrivelse 2026-01-22. Bilaga 1: Riktlinjer för skolskjuts, reviderade.", body),
              Paragraph("Karin Öhman<br/>Förvaltningschef", body),
              Paragraph("Petra Sandgren<br/>Skolskjutssamordnare", body)]

    # --- tjänsteskrivelse 2: förskola Norrbyn
    story += [PageBreak()] + letterhead("2026-01-28", DNR_LOKAL, "Anders Myrén, lokalstrateg",
                                        "Lokalbehov förskola i Norrbyn – utbyggnad med paviljong")
    story += [Paragraph("Ärendebeskrivning", h),
              Paragraph(f"Efterfrågan på förskoleplatser i Norrbyns upptagningsområde har ökat snabbt i takt med "
                        f"nybyggnationen i området Norrbyhöjden. I oktober 2025 var {BARN_2025} barn inskrivna i "
                        f"förskolorna i upptagningsområdet, jämfört med {BARN_2024} barn i oktober 2024. De "
                        f"befintliga förskolorna Ekorren och Blåklockan har tillsammans {PLATSER_IDAG} platser, och "
                        "förvaltningen har under hösten tillfälligt utökat barngrupperna för att klara "
                        "garantitiden på fyra månader.", body),
              Paragraph(f"Befolkningsprognosen från januari 2026 visar att behovet väntas stiga till {PROGNOS_2028} "
                        "barn år 2028. Förvaltningen har därför utrett tre alternativ: att bygga om "
                        "Blåklockan, att hyra externa lokaler eller att uppföra en paviljong på den kommunägda "
                        "tomten vid Norrbyskolan. Paviljongsalternativet bedöms vara det snabbaste och ger "
                        "möjlighet att senare flytta byggnaden om behovet förändras.", body),
              Paragraph(f"Förslaget innebär en paviljong med {AVD} avdelningar och totalt {PLATSER_NYA} platser. "
                        f"Investeringsutgiften beräknas till {sv_tenths(INVEST)} mnkr. Den årliga kostnaden för "
                        f"internhyra, inklusive kapitalkostnad, beräknas till {sv_int(HYRA_TKR)} tkr från 2027. "
                        "Paviljongen planeras att tas i bruk i augusti 2027.", body),
              Paragraph("Samråd", h),
              Paragraph("Ärendet har samverkats med de fackliga organisationerna enligt FSA. Samhällsbyggnads"
                        "förvaltningen har bekräftat att detaljplanen medger förskoleverksamhet på tomten.", body),
              Paragraph("Förslag till beslut", h),
              Paragraph("Barn- och utbildningsnämnden beslutar", body),
              Paragraph("1. att godkänna förvaltningens behovsanalys för förskoleplatser i Norrbyn,", body),
              Paragraph(f"2. att hos kommunstyrelsen begära investeringsmedel om {sv_tenths(INVEST)} mnkr för en "
                        f"paviljong med {PLATSER_NYA} förskoleplatser,", body),
              Paragraph("3. att uppdra åt förvaltningschefen att återkomma med förslag till driftbudget för "
                        "den nya förskolan.", body),
              Paragraph("Beslutsunderlag", h),
              Paragraph("Tjänsteskrivelse 2026-01-28. Bilaga: Behovsanalys förskola Norrbyn.", body),
              Paragraph("Karin Öhman<br/>Förvaltningschef", body),
              Paragraph("Anders Myrén<br/>Lokalstrateg", body)]

    def make(path, total):
        def footer(canv, doc):
            canv.saveState()
            canv.setFont(F, 8)
            canv.line(20 * mm, 15 * mm, 190 * mm, 15 * mm)
            canv.drawString(20 * mm, 10 * mm, "Vårnäsa kommun · Barn- och utbildningsnämnden")
            canv.drawRightString(190 * mm, 10 * mm, f"Sida {doc.page} av {total}")
            canv.restoreState()
        doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=18 * mm, bottomMargin=22 * mm, title="Kallelse BUN 2026-02-17",
                                author="Vårnäsa kommun")
        doc.build(list(story), onFirstPage=footer, onLaterPages=footer)
        return doc.page

    path = out_dir() / FILE
    n = make(path, 0)
    n2 = make(path, n)
    assert n == n2 and 4 <= n <= 5, n


if __name__ == "__main__":
    build()
