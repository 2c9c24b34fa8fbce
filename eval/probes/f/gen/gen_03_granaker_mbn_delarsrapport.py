"""Doc 3: Granåker kommun, miljö- och byggnadsnämnden, delårsrapport januari–augusti 2025.
PDF with two-column body text and a full-width driftredovisning table."""
import os
from pdfcommon import *
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, FrameBreak, NextPageTemplate

OUT = os.path.join(DOCS, "granaker_mbn_delarsrapport_jan-aug_2025.pdf")
register_ttf("Serif", "LiberationSerif-Regular.ttf")
register_ttf("Serif-Bold", "LiberationSerif-Bold.ttf")
register_ttf("Sans", "LiberationSans-Regular.ttf")
register_ttf("Sans-Bold", "LiberationSans-Bold.ttf")
register_ttf("Serif-Italic", "LiberationSerif-Italic.ttf")
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-Bold")
S = styles(font="Serif", bold="Sans-Bold", size=10, leading=13)
BODY, H1, H2, H3, SMALL, CELL = S["BODY"], S["H1"], S["H2"], S["H3"], S["SMALL"], S["CELL"]
BODY.alignment = 4  # justify
H2.fontSize, H2.leading = 11, 14
BUL = ParagraphStyle("bul", parent=BODY, alignment=0, leftIndent=8, firstLineIndent=-8)


def P(t, st=BODY):
    return Paragraph(t, st)


W, Hh = A4
LM = RM = 18 * mm
TOP, BOT = 22 * mm, 20 * mm
GAP = 7 * mm
colw = (W - LM - RM - GAP) / 2
body_h = Hh - TOP - BOT
title_h = 58 * mm


def decorate(c, page, total):
    c.setFont("Sans", 8)
    c.setFillColor(colors.HexColor("#2d5a3d"))
    c.drawString(LM, Hh - 13 * mm, "GRANÅKERS KOMMUN  |  Miljö- och byggnadsnämnden")
    c.drawRightString(W - RM, Hh - 13 * mm, "Delårsrapport januari–augusti 2025")
    c.setStrokeColor(colors.HexColor("#2d5a3d"))
    c.setLineWidth(1.2)
    c.line(LM, Hh - 15 * mm, W - RM, Hh - 15 * mm)
    c.setFillColor(colors.black)
    c.setFont("Sans", 8)
    c.drawCentredString(W / 2, 11 * mm, "%d (%d)" % (page, total))


frames_first = [Frame(LM, Hh - TOP - title_h, W - LM - RM, title_h, id="title"),
                Frame(LM, BOT, colw, body_h - title_h - 4 * mm, id="c1"),
                Frame(LM + colw + GAP, BOT, colw, body_h - title_h - 4 * mm, id="c2")]
frames_two = [Frame(LM, BOT, colw, body_h, id="l"), Frame(LM + colw + GAP, BOT, colw, body_h, id="r")]
frames_one = [Frame(LM, BOT, W - LM - RM, body_h, id="one")]

doc = BaseDocTemplate(OUT, pagesize=A4, title="Delårsrapport januari–augusti 2025 – Miljö- och byggnadsnämnden",
                      author="Granåkers kommun")
doc.addPageTemplates([PageTemplate("First", frames_first, onPage=lambda c, d: None),
                      PageTemplate("Two", frames_two), PageTemplate("One", frames_one)])

TITLE = ParagraphStyle("t", parent=H1, fontName="Sans-Bold", fontSize=22, leading=27,
                       textColor=colors.HexColor("#2d5a3d"))
SUB = ParagraphStyle("s", parent=BODY, fontName="Sans", fontSize=11, leading=15, alignment=0)

story = []
story.append(Spacer(1, 6 * mm))
story.append(P("Delårsrapport januari–augusti 2025", TITLE))
story.append(P("Miljö- och byggnadsnämnden", SUB))
story.append(P("Behandlad av miljö- och byggnadsnämnden 2025-09-24, § 71 &nbsp;&nbsp;|&nbsp;&nbsp; "
               "Dnr MBN 2025/219", SUB))
story.append(P("Ordförande: Gunnel Vikström (C) &nbsp;&nbsp;|&nbsp;&nbsp; Förvaltningschef: Anton Borgström", SUB))
story.append(NextPageTemplate("Two"))
story.append(FrameBreak())

story.append(P("Sammanfattning", H2))
story.append(P("Miljö- och byggnadsnämnden prognostiserar ett underskott på 2 200 tkr för 2025. Det "
               "beror främst på att kostnaderna för bostadsanpassningsbidrag fortsätter att öka och att "
               "intäkterna från bygglov blir lägre än budgeterat. Delar av underskottet vägs upp av "
               "vakanser inom miljö- och hälsoskydd och högre intäkter inom kart och mät."))
story.append(P("Verksamheten har i huvudsak bedrivits enligt plan. Handläggningstiderna för bygglov "
               "har hållits nere trots att antalet ärenden är fortsatt högt, medan tillsynen inom "
               "miljö- och hälsoskydd ligger efter planen på grund av vakanta tjänster under våren."))

story.append(P("Viktiga händelser under perioden", H2))
story.append(P("• E-tjänsten för bygglov har utvecklats så att sökanden kan följa sitt ärende digitalt. "
               "81 procent av ansökningarna kom in via e-tjänsten under perioden.", BUL))
story.append(P("• Inventeringen av enskilda avlopp i Svartåns avrinningsområde fortsatte. 74 anläggningar "
               "har inventerats och 21 förbud mot utsläpp har beslutats.", BUL))
story.append(P("• Livsmedelskontrollen har gått över till efterhandsdebitering, vilket påverkar "
               "intäkternas fördelning över året.", BUL))
story.append(P("• Två av fyra tjänster som miljöinspektör var vakanta mellan februari och juni. "
               "Båda tjänsterna är tillsatta från och med augusti.", BUL))
story.append(P("• Nämnden antog i maj en ny taxa för prövning och tillsyn inom miljöbalkens område "
               "med en timavgift på 1 290 kronor från och med 1 juli 2025.", BUL))

story.append(P("Måluppfyllelse", H2))
story.append(P("Nämnden har fyra mål för 2025. Två bedöms uppfyllas, ett delvis och ett bedöms inte "
               "uppfyllas."))
story.append(P("<b>Mål 1. Snabb och rättssäker bygglovshandläggning.</b> Indikator: medianhandläggningstid "
               "under 5 veckor från komplett ansökan. Utfall: 4,2 veckor. <i>Bedöms uppfyllas.</i>"))
story.append(P("<b>Mål 2. Tillsynsplanen inom miljö- och hälsoskydd genomförs.</b> Indikator: minst 90 "
               "procent av planerade tillsynsbesök. Utfall jan–aug: 268 av 410 besök (65 procent); "
               "helårsprognos cirka 80 procent. <i>Bedöms inte uppfyllas.</i>"))
story.append(P("<b>Mål 3. Nöjda företagare.</b> Indikator: Nöjd-Kund-Index för bygglov minst 70. Senaste "
               "mätning: 68. <i>Delvis uppfyllt.</i>"))
story.append(P("<b>Mål 4. Fler digitala ansökningar.</b> Indikator: minst 75 procent av bygglovsansökningarna "
               "via e-tjänst. Utfall: 81 procent. <i>Bedöms uppfyllas.</i>"))

story.append(P("Verksamhetsuppföljning", H2))
story.append(P("Bygglov", H3))
story.append(P("Under januari–augusti kom 412 ärenden in till bygglovsenheten, att jämföra med 455 under "
               "samma period 2024. Antalet fattade beslut var 389. Medianhandläggningstiden från komplett "
               "ansökan var 4,2 veckor och 94 procent av besluten fattades inom den lagstadgade tiden på "
               "tio veckor. Avgiften reducerades på grund av överskriden handläggningstid i 6 ärenden."))
story.append(P("Antalet ansökningar om nybyggnad av flerbostadshus och större lokaler har minskat. "
               "Byggstarten för kvarteret Sågverket med 64 lägenheter har skjutits upp till 2026, vilket "
               "minskar bygglovsintäkterna i år. Under perioden har 23 beslut om strandskyddsdispens "
               "fattats."))
story.append(P("Tillsynen över olovligt byggande har fortsatt. 17 nya tillsynsärenden har startats och "
               "byggsanktionsavgifter har beslutats i 4 ärenden med sammanlagt 143 600 kronor."))
story.append(P("Miljö- och hälsoskydd", H3))
story.append(P("Tillsynen ligger efter planen. Fram till och med augusti genomfördes 268 av 410 planerade "
               "tillsynsbesök. Prioritet har getts åt klagomålsärenden, bland annat buller och "
               "inomhusmiljö i flerbostadshus, där 58 klagomål har kommit in. Vakanserna ger ett "
               "överskott på personalkostnaderna."))
story.append(P("Livsmedelskontroll", H3))
story.append(P("186 kontroller har genomförts av de 290 som planerats för året. Kontrollen har prioriterat "
               "verksamheter med hög riskklass. En konsult har tagits in för att täcka en föräldraledighet, "
               "vilket tillsammans med lägre avgiftsintäkter ger ett underskott."))
story.append(P("Kart och mät", H3))
story.append(P("46 nybyggnadskartor har levererats. Intäkterna för mätuppdrag åt andra förvaltningar har "
               "varit högre än beräknat."))
story.append(P("Bostadsanpassning", H3))
story.append(P("Under perioden har 132 bostadsanpassningsbidrag beviljats, jämfört med 109 under samma "
               "period 2024. Två ärenden har gällt installation av trapphiss med kostnader på över 400 tkr "
               "vardera. Den genomsnittliga kostnaden per ärende har ökat med 18 procent, främst till "
               "följd av högre entreprenadpriser."))

story.append(P("Personal", H2))
story.append(P("Förvaltningen hade den 31 augusti 41 tillsvidareanställda. Sjukfrånvaron för perioden "
               "januari–augusti var 5,8 procent, jämfört med 4,9 procent samma period förra året. Ökningen "
               "beror främst på ett fåtal längre sjukskrivningar. Två medarbetare har slutat och fyra har "
               "rekryterats."))

story.append(P("Nyckeltal", H2))
story.append(P("Jämförelse med samma period föregående år."))
nk = [["Nyckeltal jan–aug", "2024", "2025"],
      ["Inkomna bygglovsärenden", "455", "412"],
      ["Fattade bygglovsbeslut", "401", "389"],
      ["Medianhandläggningstid, veckor", "4,6", "4,2"],
      ["Tillsynsbesök miljö och hälsa", "301", "268"],
      ["Livsmedelskontroller", "205", "186"],
      ["Beviljade bostadsanpassningsbidrag", "109", "132"],
      ["Sjukfrånvaro, procent", "4,9", "5,8"]]
story.append(grid_table(nk, [48, 17, 17], S, num_cols=(1, 2), font_size=8.5))
story.append(Spacer(1, 3 * mm))
story.append(P("Intern kontroll", H2))
story.append(P("Nämndens internkontrollplan för 2025 omfattar fyra kontrollmoment. Kontrollen av att "
               "avgifter för bygglov debiteras enligt taxa har genomförts genom stickprov i 30 ärenden; "
               "i två ärenden hade fel timantal debiterats och rättelse har gjorts. Kontrollen av "
               "delegationsbeslut och av att jäv hanteras korrekt har genomförts utan anmärkning. "
               "Kontrollen av att förelägganden inom avloppstillsynen följs upp i tid genomförs under "
               "hösten."))
story.append(P("Samverkan och service", H2))
story.append(P("Nämnden deltar i den regionala samverkan om livsmedelskontroll och har under perioden "
               "haft gemensam kompetensutveckling med grannkommunerna om dricksvatten. Företagslotsen "
               "har tagit emot 37 förfrågningar från företag som ska starta eller bygga ut sin verksamhet. "
               "Kundtjänsten för bygglov har telefontid varje vardag, och under sommaren infördes drop-in "
               "på tisdagar."))

# --- full-width table page
story.append(NextPageTemplate("One"))
story.append(PageBreak())
story.append(P("Driftredovisning", H2))
story.append(P("Tabellen visar nämndens budget, utfall och prognos per verksamhet i tusental kronor (tkr), "
               "netto. Positiv avvikelse innebär överskott mot budget, negativ avvikelse underskott."))
rows_v = [("Nämnd och förvaltningsledning", 3850, 2510, 3800),
          ("Bygglov", 2600, 2480, 3450),
          ("Kart och mät", 4120, 2690, 4020),
          ("Miljö- och hälsoskydd", 6940, 4410, 6740),
          ("Livsmedelskontroll", 1280, 1020, 1480),
          ("Bostadsanpassning", 5400, 4750, 6900)]
rows = [["Verksamhet", "Budget helår", "Utfall jan–aug", "Prognos helår", "Avvikelse"]]
sb = su = sp = 0
for name, b, u, p in rows_v:
    rows.append([name, fmt(b), fmt(u), fmt(p), fmt(b - p)])
    sb, su, sp = sb + b, su + u, sp + p
rows.append(["Summa nämnden", fmt(sb), fmt(su), fmt(sp), fmt(sb - sp)])
assert (sb, su, sp, sb - sp) == (24190, 17860, 26390, -2200)
story.append(grid_table(rows, [62, 27, 27, 27, 27], S, num_cols=(1, 2, 3, 4), font_size=9.5,
                        extra_style=[("FONTNAME", (0, -1), (-1, -1), "Sans-Bold"),
                                     ("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.black)]))
story.append(Spacer(1, 4 * mm))
story.append(P("Kommentarer till avvikelserna", H3))
for t in [
    "<b>Bygglov (-850 tkr).</b> Bygglovsintäkterna beräknas bli 5,9 mnkr mot budgeterade 6,8 mnkr, "
    "eftersom färre stora byggprojekt har sökt lov. Uppskjutningen av kvarteret Sågverket står för "
    "ungefär hälften av intäktsbortfallet.",
    "<b>Bostadsanpassning (-1 500 tkr).</b> Fler beviljade bidrag och högre kostnad per ärende. Jämfört "
    "med prognosen i april har underskottet ökat med 0,6 mnkr. Bostadsanpassningsbidrag är en "
    "rättighetslag och kostnaderna kan inte styras av nämnden.",
    "<b>Livsmedelskontroll (-200 tkr).</b> Konsultkostnad för att täcka föräldraledighet samt lägre "
    "avgiftsintäkter efter övergången till efterhandsdebitering.",
    "<b>Miljö- och hälsoskydd (+200 tkr).</b> Vakanta tjänster under februari–juni.",
    "<b>Kart och mät (+100 tkr)</b> och <b>Nämnd och förvaltningsledning (+50 tkr).</b> Högre "
    "intäkter för mätuppdrag respektive lägre kostnader för utbildning och resor."]:
    story.append(P(t))

story.append(P("Åtgärder", H3))
story.append(P("Förvaltningen har infört restriktivitet med konsulttjänster och ser över möjligheten att "
               "tidigarelägga delar av tillsynsdebiteringen. Nämnden har hos kommunstyrelsen begärt "
               "kompensation för bostadsanpassningens underskott med hänvisning till att kostnaderna "
               "styrs av lagstiftningen."))

# --- two columns again
story.append(NextPageTemplate("Two"))
story.append(PageBreak())
story.append(P("Investeringsredovisning", H2))
story.append(P("Nämndens investeringsbudget för 2025 är 1 200 tkr. Utfallet till och med augusti är "
               "702 tkr."))
inv = [["Projekt (tkr)", "Budget", "Utfall", "Prognos"],
       ["Digitalisering av bygglovsarkivet", "800", "310", "800"],
       ["GNSS-mätutrustning", "400", "392", "392"],
       ["Summa", "1 200", "702", "1 192"]]
story.append(grid_table(inv, [37, 15, 15, 15], S, num_cols=(1, 2, 3), font_size=8.5,
                        extra_style=[("FONTNAME", (0, -1), (-1, -1), "Sans-Bold")]))
story.append(Spacer(1, 3 * mm))
story.append(P("Digitaliseringen av bygglovsarkivet ska vara klar i december. När arkivet är skannat "
               "kan ritningar lämnas ut digitalt, vilket beräknas minska tiden för arkivförfrågningar "
               "med hälften."))
story.append(P("Analys av prognosen", H2))
story.append(P("Prognosen bygger på utfallet till och med augusti och kända förhållanden. Den största "
               "osäkerheten gäller bostadsanpassning, där enskilda stora ärenden kan förändra utfallet "
               "med flera hundra tusen kronor. Bygglovsintäkterna under hösten är också osäkra, eftersom "
               "ett fåtal stora ärenden står för en stor del av intäkterna. Prognosen för bygglov "
               "förutsätter att ärendeinflödet under september–december motsvarar samma period "
               "föregående år."))
story.append(P("Om tillsynen inom miljö- och hälsoskydd kommer i kapp under hösten ökar intäkterna "
               "något, men förvaltningen har valt att inte räkna med det i prognosen."))
story.append(P("Framtid", H2))
story.append(P("De förenklingar av plan- och bygglagen som väntas träda i kraft innebär att fler åtgärder "
               "blir lovbefriade. Det kan minska bygglovsintäkterna med uppskattningsvis 10–15 procent, "
               "samtidigt som behovet av rådgivning och tillsyn ökar. Nämnden behöver därför se över "
               "taxan och finansieringen av rådgivningen inför 2026."))
story.append(P("Antalet äldre i kommunen ökar, och behovet av bostadsanpassningar väntas fortsätta öka. "
               "Nämnden kommer i budgetdialogen att föreslå att ramen för bostadsanpassning räknas upp."))
story.append(P("Digitaliseringen fortsätter. Under 2026 planeras en e-tjänst för anmälan av "
               "värmepumpar och enskilda avlopp, och arbetet med ett digitalt bygglovsarkiv ska göra det "
               "möjligt att ta fram underlag till detaljplaner och förhandsbesked snabbare."))
story.append(P("Nämndens bedömning", H2))
story.append(P("Nämnden bedömer att verksamheten i huvudsak bedrivs med god kvalitet och inom rimliga "
               "handläggningstider. Det prognostiserade underskottet beror till största delen på "
               "bostadsanpassningen, som nämnden inte kan påverka. Nämnden följer utvecklingen månadsvis "
               "och återkommer med en fördjupad analys i samband med oktoberuppföljningen."))
story.append(P("Inventeringen av enskilda avlopp fortsätter 2026 i Lillåns avrinningsområde, där cirka "
               "120 anläggningar ska inventeras."))

doc.build(story, canvasmaker=numbered_canvas(decorate))
n = extract(OUT, os.path.join(os.path.dirname(__file__), "03_granaker_mbn_delarsrapport.extracted.txt"))
print(OUT, n, "pages")
