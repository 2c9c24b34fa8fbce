"""Ljusmåla kommun – socialnämnden, kallelse 2025-12-09 with an attached tjänsteskrivelse. DOCX via python-docx.

The föredragningslista is a Word table (Ärende | Beteckning | Föredragande | Beslutsunderlag), items "1."–"9.".
"""
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from common import out_dir, sv_int

FILE = "ljusmala_sn_kallelse_2025-12-09.docx"

AGENDA = [
    ("Val av justerare och tid för justering", "–", "Ordföranden", "–"),
    ("Godkännande av dagordningen", "–", "Ordföranden", "–"),
    ("Månadsuppföljning november 2025", "SN/2025:12", "Controller Sara Vinge",
     "Tjänsteskrivelse 2025-11-28; Uppföljningsrapport november"),
    ("Revidering av riktlinjer för ekonomiskt bistånd", "SN/2025:88", "Enhetschef Karim Aziz",
     "Tjänsteskrivelse 2025-11-24 (bifogas); Riktlinjer, förslag"),
    ("Intern kontrollplan 2026", "SN/2025:97", "Kvalitetsstrateg Hanna Blom",
     "Tjänsteskrivelse 2025-11-20; Riskanalys 2026"),
    ("Svar på motion om fler platser i akutboende för hemlösa", "SN/2025:71", "Socialchef Peter Lindahl",
     "Tjänsteskrivelse 2025-11-18; Motion från Jonna Ekholm (V)"),
    ("Avtal om platser i skyddat boende 2026–2027", "SN/2025:102", "Verksamhetschef Ylva Ström",
     "Tjänsteskrivelse 2025-11-26 (delas ut på sammanträdet)"),
    ("Sammanträdesplan 2026", "SN/2025:104", "Nämndsekreterare Tobias Renström", "Förslag till sammanträdesplan"),
    ("Anmälan av delegationsbeslut och meddelanden", "–", "Nämndsekreterare Tobias Renström",
     "Delegationslista november 2025"),
]
assert len(AGENDA) == 9

# Ekonomiska konsekvenser (tkr per år)
COSTS = [("Höjt belopp för hemutrustning vid första egna bostad", 620),
         ("Bistånd till barns fritidsaktiviteter (ny skälig nivå)", 380),
         ("Glasögon och linser – höjt tak", 150)]
COST_SUM = sum(c for _, c in COSTS)
assert COST_SUM == 1150
BUDGET_2026 = 58400
HUSHALL_OKT_2025, HUSHALL_OKT_2024 = 612, 574
assert HUSHALL_OKT_2025 - HUSHALL_OKT_2024 == 38


def build():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)

    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "LJUSMÅLA KOMMUN\tSocialnämnden\tKALLELSE"

    d.add_heading("Kallelse till socialnämndens sammanträde", level=1)
    d.add_paragraph("Tid: Tisdagen den 9 december 2025 kl. 13.15")
    d.add_paragraph("Plats: Sammanträdesrum Linnean, Stadshuset")
    d.add_paragraph("Gruppmöten: kl. 12.00 i Sammanträdesrum Linnean (S, C, MP) och Sammanträdesrum Blåklockan "
                    "(M, SD, KD, L, V).")
    d.add_paragraph("Förhinder anmäls till nämndsekreteraren Tobias Renström senast måndagen den 8 december, "
                    "så att ersättare kan kallas in. Ersättare tjänstgör i den ordning som fullmäktige har beslutat.")
    d.add_paragraph("Maj-Britt Olausson (S), ordförande\nTobias Renström, nämndsekreterare")

    d.add_heading("Föredragningslista", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ärende", "Beteckning", "Föredragande", "Beslutsunderlag"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for i, (arende, bet, fore, underlag) in enumerate(AGENDA, 1):
        cells = t.add_row().cells
        cells[0].text = f"{i}. {arende}"
        cells[1].text = bet
        cells[2].text = fore
        cells[3].text = underlag
    d.add_paragraph("Handlingarna finns tillgängliga i nämndportalen från och med onsdagen den 3 december. "
                    "Ärende 7 innehåller uppgifter som kan omfattas av sekretess; handlingen delas ut på "
                    "sammanträdet och samlas in efteråt.")

    # ---- attached tjänsteskrivelse
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("LJUSMÅLA KOMMUN\nSocialförvaltningen\nAvdelningen för arbete och försörjning")
    d.add_paragraph("TJÄNSTESKRIVELSE\nDatum: 2025-11-24\nDiarienummer: SN/2025:88\n"
                    "Handläggare: Karim Aziz, enhetschef försörjningsstöd")
    d.add_paragraph("Till: Socialnämnden")
    d.add_heading("Revidering av riktlinjer för ekonomiskt bistånd", level=1)

    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Socialnämndens riktlinjer för ekonomiskt bistånd antogs 2021 och har inte reviderats sedan dess. "
        "Förvaltningen föreslår att riktlinjerna uppdateras i tre delar: beloppet för hemutrustning vid en första "
        "egen bostad, bistånd till barns fritidsaktiviteter och taket för bistånd till glasögon. Ändringarna "
        f"beräknas öka kostnaden för ekonomiskt bistånd med {sv_int(COST_SUM)} tkr per år. De reviderade "
        "riktlinjerna föreslås gälla från och med 2026-01-01.")

    d.add_heading("Ärendebeskrivning", level=2)
    d.add_paragraph(
        f"I oktober 2025 fick {HUSHALL_OKT_2025} hushåll i Ljusmåla ekonomiskt bistånd, jämfört med "
        f"{HUSHALL_OKT_2024} hushåll i oktober 2024. Ökningen förklaras främst av fler ensamstående med "
        "barn och av att fler personer har uttömt sin rätt till ersättning från arbetslöshetskassan. "
        "Andelen långvariga biståndsmottagare (tio månader eller mer under ett år) är oförändrad.")
    d.add_paragraph(
        "Nuvarande riktlinjer anger ett schablonbelopp för hemutrustning som inte har räknats upp sedan 2021. "
        "Förvaltningen föreslår att beloppet för ett hushåll med en person höjs från 9 800 kronor till "
        "12 500 kronor, med tillägg om 2 000 kronor per ytterligare hushållsmedlem. För barns fritidsaktiviteter "
        "föreslås att bistånd kan beviljas med upp till 2 400 kronor per barn och termin efter individuell "
        "prövning. Taket för glasögon föreslås höjas från 1 500 kronor till 2 200 kronor för vuxna; för barn "
        "gäller regionens glasögonbidrag i första hand.")
    d.add_paragraph(
        "Förslaget har samverkats med de fackliga organisationerna 2025-11-19. Kommunens råd för "
        "funktionshinderfrågor har fått tillfälle att lämna synpunkter. Barnrättsperspektivet redovisas i en "
        "särskild barnkonsekvensanalys, som bifogas riktlinjerna.")

    d.add_heading("Ekonomiska konsekvenser", level=2)
    d.add_paragraph("Förvaltningen har beräknat kostnadsökningen per år utifrån 2025 års ärendevolymer:")
    ct = d.add_table(rows=1, cols=2)
    ct.style = "Table Grid"
    ct.rows[0].cells[0].text = "Ändring"
    ct.rows[0].cells[1].text = "Kostnadsökning, tkr/år"
    for name, c in COSTS + [("Summa", COST_SUM)]:
        r = ct.add_row().cells
        r[0].text = name
        r[1].text = sv_int(c)
    d.add_paragraph(
        f"Budgeten för ekonomiskt bistånd 2026 uppgår till {sv_int(BUDGET_2026)} tkr. Kostnadsökningen ryms "
        "inte fullt ut inom ramen om ärendevolymerna fortsätter att öka. Förvaltningen avser att återkomma i "
        "månadsuppföljningen under våren 2026 med en bedömning av effekterna.")

    d.add_heading("Förvaltningens förslag till beslut", level=2)
    d.add_paragraph("1. Socialnämnden antar reviderade riktlinjer för ekonomiskt bistånd att gälla från och "
                    "med 2026-01-01.")
    d.add_paragraph("2. Socialnämnden ger förvaltningen i uppdrag att följa upp effekterna av de nya "
                    "riktlinjerna och redovisa dem för nämnden i september 2026.")
    d.add_paragraph("Peter Lindahl\nSocialchef\n\nKarim Aziz\nEnhetschef försörjningsstöd")
    d.add_paragraph("Beslutet skickas till: Avdelningen för arbete och försörjning, Kommunens revisorer för kännedom")

    d.save(str(out_dir() / FILE))


if __name__ == "__main__":
    build()
