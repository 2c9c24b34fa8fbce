"""Doc 1: Norrbäcka kommun, socialnämnden, sammanträdesprotokoll 2025-10-22 (§ 112-121)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from pdfcommon import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "norrbacka_socialnamnden_protokoll_2025-10-22.pdf")

s = []
s.append(P("Norrbäcka kommun<br/>Socialnämnden", H3))
s.append(P("SAMMANTRÄDESPROTOKOLL", H1))
s.append(P("Sammanträdesdatum: 2025-10-22"))
s.append(table([
    ["Plats och tid", "Kommunhuset i Norrbäcka, sammanträdesrum Tallåsen, onsdagen den 22 oktober 2025 kl. 13.00-16.40 (ajournering kl. 14.50-15.05)"],
    ["Utses att justera", "Lennart Holmqvist (C)"],
    ["Justeringens plats och tid", "Socialförvaltningen, Storgatan 14, måndagen den 27 oktober 2025 kl. 10.00"],
    ["Justerade paragrafer", "§ 112-§ 121"],
], [45, 125], header=False))
s.append(Spacer(1, 6))
s.append(P("Beslutande ledamöter", H3))
s.append(table([
    ["Namn", "Parti", "Uppdrag"],
    ["Karin Ekström", "S", "Ordförande"],
    ["Per-Olof Sandin", "M", "1:e vice ordförande"],
    ["Amira Haddad", "S", "Ledamot"],
    ["Lennart Holmqvist", "C", "Ledamot"],
    ["Sofia Renström", "SD", "Ledamot"],
    ["Mats Öberg", "KD", "Ledamot"],
    ["Elin Wallin", "V", "Ledamot"],
    ["Tobias Granlund", "S", "Tjänstgörande ersättare för Annika Rydén (S)"],
    ["Birgitta Nyholm", "L", "Ledamot"],
], [55, 20, 95]))
s.append(P("Ersättare, ej tjänstgörande", H3))
s.append(P("Hassan Ali (S), Gunilla Strand (M), Nils Ahlgren (SD). Annika Rydén (S) hade anmält förhinder."))
s.append(P("Övriga närvarande", H3))
s.append(P("Maria Lindfors, socialchef; Erik Sundell, controller (§ 113); Hanna Åkesson, enhetschef "
           "försörjningsstöd (§ 114); Jesper Nordin, upphandlare (§ 115); Ellinor Vik, nämndsekreterare."))
s.append(P("Underskrifter", H3))
s.append(table([
    ["Sekreterare", "Ellinor Vik", "Paragrafer § 112-121"],
    ["Ordförande", "Karin Ekström", ""],
    ["Justerande", "Lennart Holmqvist", ""],
], [35, 70, 65], header=False))
s.append(P("ANSLAG / BEVIS", H3))
s.append(P("Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens digitala anslagstavla."))
s.append(table([
    ["Organ", "Socialnämnden"],
    ["Sammanträdesdatum", "2025-10-22"],
    ["Datum då anslaget sätts upp", "2025-10-28"],
    ["Datum då anslaget tas ned", "2025-11-19"],
    ["Förvaringsplats för protokollet", "Socialförvaltningens arkiv, Storgatan 14"],
], [60, 110], header=False))
s.append(PageBreak())

# § 112
s.append(P("§ 112 Val av justerare och godkännande av dagordning", H2))
s.append(P("<b>Beslut</b>", H3))
s.append(P("Socialnämnden beslutar att utse Lennart Holmqvist (C) att jämte ordföranden justera dagens protokoll, "
           "samt att godkänna dagordningen med tillägget att information om läget i arbetet mot hemlöshet "
           "behandlas under § 120."))

# § 113
s.append(P("§ 113 Ekonomisk uppföljning per september 2025 med helårsprognos", H2))
s.append(P("Dnr SN 2025/0038"))
s.append(P("<b>Ärendebeskrivning</b>", H3))
s.append(P("Socialnämnden har en budgetram om 312,4 mnkr för 2025. Utfallet till och med september och "
           "förvaltningens helårsprognos visar på ett underskott om 14,6 mnkr vid årets slut, vilket är en "
           "försämring med 3,2 mnkr jämfört med prognosen i augusti (underskott 11,4 mnkr). Prognosen per "
           "verksamhetsområde framgår av tabellen nedan (tkr)."))
s.append(table([
    ["Verksamhetsområde", "Budget 2025", "Prognos 2025", "Avvikelse"],
    ["Nämnd och ledning", "8 900", "8 650", "250"],
    ["Barn och unga (inkl. placeringar)", "96 300", "108 100", "-11 800"],
    ["Vuxna, missbruk och beroende", "41 200", "46 900", "-5 700"],
    ["Ekonomiskt bistånd", "58 700", "61 300", "-2 600"],
    ["LSS och socialpsykiatri", "92 800", "89 150", "3 650"],
    ["Arbetsmarknadsenheten", "14 500", "12 900", "1 600"],
    ["Summa socialnämnden", "312 400", "327 000", "-14 600"],
], [75, 30, 30, 30], num_cols=(1, 2, 3)))
s.append(Spacer(1, 4))
s.append(P("Underskottet inom barn och unga beror främst på att antalet placeringar på HVB har ökat. Under "
           "januari-september har i genomsnitt 11 barn och unga varit placerade på HVB, jämfört med 7 platser "
           "i budget. Inom vuxna, missbruk och beroende förklaras underskottet av fyra LVM-placeringar som "
           "inte var budgeterade. Ekonomiskt bistånd har haft i genomsnitt 412 hushåll per månad mot "
           "budgeterade 380 hushåll. Överskotten inom LSS och socialpsykiatri samt arbetsmarknadsenheten "
           "beror på vakanta tjänster och att ett planerat gruppboende enligt LSS har försenats till 2026."))
s.append(P("Controller Erik Sundell föredrar ärendet."))
s.append(P("<b>Beslut</b>", H3))
s.append(P("Socialnämnden beslutar<br/>"
           "att godkänna den ekonomiska uppföljningen per september 2025,<br/>"
           "att uppdra åt socialchefen att till nämndens sammanträde den 26 november 2025 redovisa en "
           "åtgärdsplan som minskar underskottet med minst 4,0 mnkr under perioden 2025-2026, samt<br/>"
           "att överlämna uppföljningen till kommunstyrelsen."))
s.append(P("Beslutsunderlag: Tjänsteskrivelse 2025-10-08, Ekonomisk uppföljning september 2025.", SMALL))

# § 114
s.append(P("§ 114 Reviderade riktlinjer för ekonomiskt bistånd", H2))
s.append(P("Dnr SN 2025/0412"))
s.append(P("<b>Ärendebeskrivning</b>", H3))
s.append(P("Socialförvaltningen har reviderat nämndens riktlinjer för ekonomiskt bistånd. De viktigaste "
           "ändringarna är följande:"))
s.append(P("1. Schablonbeloppet för hemutrustning vid första egna bostad höjs från 9 500 kronor till "
           "11 000 kronor för ensamstående och från 14 000 kronor till 16 000 kronor för sammanboende.<br/>"
           "2. Sökande som bedöms stå till arbetsmarknadens förfogande ska vara inskrivna hos "
           "Arbetsförmedlingen och delta i den kommunala arbetsmarknadsinsats som anvisas.<br/>"
           "3. Skolungdomars inkomster av feriearbete upp till ett halvt prisbasbelopp per år räknas inte "
           "som inkomst för hushållet.<br/>"
           "4. Riktlinjerna ska gälla från och med den 1 januari 2026."))
s.append(P("Enhetschef Hanna Åkesson föredrar ärendet. Kostnaden för den höjda hemutrustningsschablonen "
           "beräknas till cirka 260 tkr per år."))
s.append(P("<b>Yrkanden</b>", H3))
s.append(P("Karin Ekström (S) yrkar bifall till förvaltningens förslag. Elin Wallin (V) och Lennart "
           "Holmqvist (C) instämmer i ordförandens yrkande."))
s.append(P("Per-Olof Sandin (M) yrkar, med instämmande av Sofia Renström (SD) och Mats Öberg (KD), att "
           "riktlinjerna kompletteras med ett krav på aktivitet om minst 25 timmar per vecka för att "
           "arbetsföra sökande ska beviljas ekonomiskt bistånd, samt att höjningen av schablonen för "
           "hemutrustning ska utgå."))
s.append(P("<b>Propositionsordning och votering</b>", H3))
s.append(P("Ordföranden ställer proposition på förvaltningens förslag mot Per-Olof Sandins (M) yrkande och "
           "finner att nämnden bifaller förvaltningens förslag. Votering begärs. Nämnden godkänner följande "
           "voteringsproposition: Ja-röst för bifall till förvaltningens förslag. Nej-röst för bifall till "
           "Per-Olof Sandins (M) yrkande."))
s.append(P("<b>Voteringsresultat</b>", H3))
s.append(table([
    ["Ledamot", "Ja", "Nej", "Avstår"],
    ["Karin Ekström (S)", "X", "", ""],
    ["Per-Olof Sandin (M)", "", "X", ""],
    ["Amira Haddad (S)", "X", "", ""],
    ["Lennart Holmqvist (C)", "X", "", ""],
    ["Sofia Renström (SD)", "", "X", ""],
    ["Mats Öberg (KD)", "", "X", ""],
    ["Elin Wallin (V)", "X", "", ""],
    ["Tobias Granlund (S)", "X", "", ""],
    ["Birgitta Nyholm (L)", "", "X", ""],
    ["Summa", "5", "4", "0"],
], [70, 20, 20, 20], num_cols=(1, 2, 3)))
s.append(Spacer(1, 4))
s.append(P("Med 5 ja-röster mot 4 nej-röster beslutar socialnämnden enligt förvaltningens förslag."))
s.append(P("<b>Beslut</b>", H3))
s.append(P("Socialnämnden beslutar att anta reviderade riktlinjer för ekonomiskt bistånd enligt bilaga till "
           "tjänsteskrivelse 2025-09-30, att gälla från och med den 1 januari 2026."))
s.append(P("<b>Reservation</b>", H3))
s.append(P("Per-Olof Sandin (M), Sofia Renström (SD) och Mats Öberg (KD) reserverar sig mot beslutet till "
           "förmån för eget yrkande. Moderaterna lämnar en skriftlig reservation som bifogas protokollet som "
           "bilaga 1."))
s.append(P("<b>Protokollsanteckning</b>", H3))
s.append(P("Birgitta Nyholm (L) får följande anteckning till protokollet: Liberalerna välkomnar den höjda "
           "schablonen för hemutrustning men anser att kraven på aktivitet behöver skärpas i nästa revidering."))
s.append(P("Expedieras: Enheten för försörjningsstöd, kommunens webbplats.", SMALL))

# § 115
s.append(P("§ 115 Tilldelning av ramavtal för HVB-placeringar av barn och unga", H2))
s.append(P("Dnr SN 2025/0377"))
s.append(P("<b>Ärendebeskrivning</b>", H3))
s.append(P("Socialförvaltningen har genomfört en upphandling av hem för vård eller boende (HVB) för barn och "
           "unga 0-20 år. Nio anbud kom in och sex anbudsgivare uppfyller samtliga ska-krav. Anbuden har "
           "utvärderats utifrån pris (40 procent) och kvalitet (60 procent). Avtalsperioden är 2026-01-01 - "
           "2027-12-31 med möjlighet till förlängning 1 + 1 år. Det uppskattade avtalsvärdet är 38 mnkr per "
           "år. Upphandlare Jesper Nordin föredrar ärendet."))
s.append(P("<b>Beslut</b>", H3))
s.append(P("Socialnämnden beslutar<br/>"
           "att tilldela ramavtal för HVB-placeringar av barn och unga till de sex anbudsgivare som anges i "
           "upphandlingsrapporten, i den rangordning som framgår av rapporten, samt<br/>"
           "att uppdra åt socialchefen att underteckna avtalen efter avtalsspärrens utgång."))

# § 116
s.append(P("§ 116 Svar på medborgarförslag om en öppen värmestuga under vintern", H2))
s.append(P("Dnr SN 2025/0290"))
s.append(P("<b>Ärendebeskrivning</b>", H3))
s.append(P("Ett medborgarförslag kom in den 12 mars 2025 med förslaget att kommunen ska öppna en värmestuga "
           "nattetid under perioden december-mars för personer i akut hemlöshet. Kommunfullmäktige har "
           "överlämnat förslaget till socialnämnden för beslut. Förvaltningen bedömer att behovet av "
           "akutboende i huvudsak tillgodoses genom de sex akutplatser som kommunen har i dag, men föreslår "
           "att dagverksamheten Fyren håller öppet även lördagar kl. 10-16 under perioden 1 december 2025 - "
           "31 mars 2026. Kostnaden beräknas till 180 tkr och ryms inom befintlig budget."))
s.append(P("<b>Yrkanden</b>", H3))
s.append(P("Karin Ekström (S) yrkar bifall till förvaltningens förslag. Elin Wallin (V) yrkar bifall till "
           "medborgarförslaget. Ordföranden ställer proposition på de båda yrkandena och finner att nämnden "
           "beslutar enligt förvaltningens förslag. Votering begärs inte."))
s.append(P("<b>Beslut</b>", H3))
s.append(P("Socialnämnden beslutar att medborgarförslaget anses besvarat med hänvisning till förvaltningens "
           "tjänsteskrivelse och de utökade öppettiderna på Fyren."))
s.append(P("<b>Reservation</b>", H3))
s.append(P("Elin Wallin (V) reserverar sig mot beslutet till förmån för eget yrkande."))

# § 117
s.append(P("§ 117 Internkontrollplan 2026", H2))
s.append(P("Dnr SN 2025/0401"))
s.append(P("Förvaltningen har gjort en risk- och väsentlighetsanalys och föreslår fyra kontrollmoment för 2026: "
           "(1) att barnavårdsutredningar avslutas inom fyra månader, (2) att utbetalningar av ekonomiskt "
           "bistånd föregås av kontroll mot andra myndigheters register, (3) att avtal följs vid externa "
           "placeringar och (4) att delegationsbeslut anmäls till nämnden. Resultatet ska rapporteras till "
           "nämnden i augusti och december 2026."))
s.append(P("<b>Beslut</b>", H3))
s.append(P("Socialnämnden beslutar att anta internkontrollplan 2026 enligt förvaltningens förslag."))

# § 118
s.append(P("§ 118 Sammanträdesplan 2026", H2))
s.append(P("Dnr SN 2025/0398"))
s.append(P("<b>Beslut</b>", H3))
s.append(P("Socialnämnden beslutar att fastställa följande sammanträdesdagar för 2026, samtliga onsdagar med "
           "start kl. 13.00: 28 januari, 25 februari, 25 mars, 22 april, 27 maj, 17 juni, 26 augusti, "
           "23 september, 21 oktober, 25 november och 16 december. Arbetsutskottet sammanträder en vecka "
           "före respektive nämndsammanträde."))

# § 119
s.append(P("§ 119 Rapportering av ej verkställda beslut, kvartal 3 2025", H2))
s.append(P("Dnr SN 2025/0061"))
s.append(P("Nämnden ska enligt 16 kap. 6 f § socialtjänstlagen och 28 f § LSS rapportera gynnande beslut som "
           "inte har verkställts inom tre månader. Per den 30 september 2025 fanns sju ej verkställda beslut:"))
s.append(table([
    ["Insats", "Lagrum", "Antal", "Längsta väntetid (dagar)"],
    ["Kontaktperson", "SoL", "3", "161"],
    ["Boendestöd", "SoL", "1", "97"],
    ["Bostad med särskild service för vuxna", "LSS", "2", "214"],
    ["Kontaktperson", "LSS", "1", "128"],
    ["Summa", "", "7", ""],
], [75, 25, 20, 45], num_cols=(2, 3)))
s.append(Spacer(1, 4))
s.append(P("<b>Beslut</b>", H3))
s.append(P("Socialnämnden beslutar att godkänna rapporten och att överlämna den till kommunfullmäktige och "
           "kommunens revisorer."))

# § 120
s.append(P("§ 120 Informationsärenden", H2))
s.append(P("Socialchef Maria Lindfors informerar om arbetet mot hemlöshet. Den 1 oktober 2025 fanns 23 "
           "personer i akut hemlöshet i kommunen, varav 4 kvinnor. Förvaltningen har tecknat ytterligare "
           "fem sociala kontrakt med det kommunala bostadsbolaget under hösten. Vidare informerar "
           "socialchefen om att rekryteringen av två socialsekreterare till barn och unga är klar."))
s.append(P("<b>Beslut</b>", H3))
s.append(P("Socialnämnden beslutar att notera informationen."))

# § 121
s.append(P("§ 121 Anmälan av delegationsbeslut", H2))
s.append(P("Dnr SN 2025/0007"))
s.append(P("Förteckning över delegationsbeslut fattade under perioden 2025-09-01 - 2025-09-30 har funnits "
           "tillgänglig för ledamöterna. Beslut i individärenden redovisas i sekretessbilaga och anmäls i "
           "socialnämndens sekretessprotokoll."))
s.append(P("<b>Beslut</b>", H3))
s.append(P("Socialnämnden beslutar att lägga redovisningen av delegationsbeslut till handlingarna."))
s.append(Spacer(1, 10))
s.append(P("Justerandes signatur: ____________ &nbsp;&nbsp; Utdragsbestyrkande: ____________", SMALL))

build(OUT, s, "Norrbäcka kommun - Socialnämnden",
      "Sammanträdesprotokoll 2025-10-22",
      "Norrbäcka kommun, Socialförvaltningen, Storgatan 14 | Dnr-serie SN")
n = extract(OUT, os.path.join(HERE, "01_norrbacka_socialnamnden_protokoll_2025-10-22.extracted.txt"))
print(OUT, n, "pages")
