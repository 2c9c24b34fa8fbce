"""Doc 6: Kvarnstena kommun, kommunens revisorer: granskning av bygglovshandläggningen + nämndens svar."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from pdfcommon import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kvarnstena_revisionsrapport_bygglov_2025.pdf")

s = []
s.append(P("Kvarnstena kommun<br/>Kommunens revisorer", H3))
s.append(P("Granskning av bygglovshandläggningen", H1))
s.append(P("Revisionsrapport 2025 - Samhällsbyggnadsnämnden"))
s.append(table([
    ["Rapportdatum", "2025-04-10"],
    ["Granskad nämnd", "Samhällsbyggnadsnämnden"],
    ["Uppdragsgivare", "Kvarnstena kommuns förtroendevalda revisorer"],
    ["Genomförd av", "Frida Engvall, certifierad kommunal revisor, och Petter Hallin, revisionskonsult, "
                     "Granskningsgruppen Delta AB"],
    ["Revisorernas diarienummer", "REV 2025/04"],
], [50, 120], header=False))
s.append(Spacer(1, 8))
s.append(P("Missiv till samhällsbyggnadsnämnden", H2))
s.append(P("Kommunens revisorer har låtit granska samhällsbyggnadsnämndens handläggning av bygglov. "
           "Revisorerna översänder rapporten till samhällsbyggnadsnämnden och begär ett skriftligt svar på "
           "rapportens rekommendationer senast den 30 juni 2025. Av svaret ska framgå vilka åtgärder nämnden "
           "avser att vidta och när åtgärderna ska vara genomförda. Rapporten lämnas för kännedom till "
           "kommunstyrelsen och kommunfullmäktige."))
s.append(P("För Kvarnstena kommuns revisorer<br/>Gösta Almqvist, ordförande &nbsp;&nbsp; Lena Sporre, vice ordförande"))

s.append(P("1. Sammanfattning och samlad bedömning", H2))
s.append(P("Granskningens syfte har varit att bedöma om samhällsbyggnadsnämnden säkerställer en ändamålsenlig, "
           "rättssäker och effektiv handläggning av bygglov med tillräcklig intern kontroll."))
s.append(P("<b>Vår samlade bedömning är att samhällsbyggnadsnämnden delvis säkerställer en ändamålsenlig och "
           "rättssäker bygglovshandläggning med tillräcklig intern kontroll.</b> Nämnden har rutiner och "
           "mallar för handläggningen, men andelen ärenden som avgörs inom lagstadgad tid har minskat "
           "tydligt mellan 2023 och 2024. Avgiftsreduktionerna till följd av överskridna tidsfrister har "
           "ökat från 96 tkr till 287 tkr. Nämnden följer inte upp avgiftsreduktionerna och har inte haft "
           "något kontrollmoment för bygglovsprocessen i sin internkontrollplan."))

s.append(P("2. Bakgrund", H2))
s.append(P("Enligt plan- och bygglagen ska beslut i ett ärende om bygglov meddelas inom tio veckor från det "
           "att en komplett ansökan kom in. Tidsfristen får förlängas en gång med högst tio veckor. Om "
           "tidsfristen överskrids ska avgiften reduceras med en femtedel för varje påbörjad vecka som "
           "tidsfristen överskrids. Revisorerna har i sin riskanalys för 2025 bedömt att det finns risk för "
           "långa handläggningstider och brister i rättssäkerheten, bland annat mot bakgrund av hög "
           "personalomsättning på bygglovsenheten."))

s.append(P("3. Revisionsfrågor och metod", H2))
s.append(P("Granskningen har besvarat följande revisionsfrågor:<br/>"
           "1. Finns ändamålsenliga rutiner och riktlinjer för bygglovshandläggningen?<br/>"
           "2. Handläggs ärenden inom lagstadgade tidsfrister?<br/>"
           "3. Fattas beslut i enlighet med delegationsordningen?<br/>"
           "4. Har nämnden tillräcklig uppföljning och intern kontroll av bygglovsprocessen?<br/>"
           "5. Finns en tillräcklig bemanning och kompetensförsörjning?"))
s.append(P("Granskningen har genomförts genom dokumentstudier, intervjuer med nämndens presidium, "
           "samhällsbyggnadschefen, bygglovschefen och tre bygglovshandläggare samt en stickprovsgranskning "
           "av 30 beslutade bygglovsärenden från 2024. Statistik har hämtats ur ärendehanteringssystemet. "
           "Rapporten är sakgranskad av samhällsbyggnadschefen."))

s.append(P("4. Iakttagelser", H2))
s.append(P("4.1 Handläggningstider och avgiftsreduktion", H3))
s.append(table([
    ["Bygglovsärenden", "2023", "2024"],
    ["Inkomna ansökningar om bygglov", "412", "446"],
    ["Beslutade bygglovsärenden", "398", "431"],
    ["Andel beslut inom tio veckor från komplett ansökan, %", "88", "79"],
    ["Median handläggningstid från komplett ansökan, dagar", "31", "42"],
    ["Ärenden där tidsfristen förlängts", "31", "44"],
    ["Ärenden med avgiftsreduktion", "17", "46"],
    ["Summa avgiftsreduktion, tkr", "96", "287"],
    ["Överklagade beslut", "14", "19"],
    ["  varav upphävda eller återförvisade av länsstyrelsen", "2", "5"],
], [110, 30, 30], num_cols=(1, 2)))
s.append(Spacer(1, 4))
s.append(P("Under 2024 beslutades 341 av 431 ärenden inom tio veckor. Av de 90 ärenden som inte beslutades "
           "inom tio veckor hade tidsfristen förlängts i 44 ärenden, medan avgiften reducerades i 46 ärenden. "
           "De längsta handläggningstiderna gällde nybyggnad av flerbostadshus och ärenden som krävde "
           "grannehörande. Enligt intervjuerna berodde ökningen främst på vakanser under våren och hösten 2024."))
s.append(P("4.2 Rutiner och stickprov", H3))
s.append(P("Det finns en processbeskrivning för bygglov från 2022 och mallar för beslut. I stickprovet av 30 "
           "ärenden saknades dokumentation av när ansökan bedömdes vara komplett i 9 ärenden. Det innebär "
           "att det inte går att kontrollera om tidsfristen har hållits eller om avgiften borde ha reducerats. "
           "I 4 ärenden hade beslutet fattats av en handläggare som enligt delegationsordningen saknade "
           "delegation, eftersom åtgärden innebar en liten avvikelse från detaljplanen. Samtliga 30 ärenden "
           "hade i övrigt kommunicerats med sökanden och berörda grannar i enlighet med rutinen."))
s.append(P("4.3 Uppföljning och intern kontroll", H3))
s.append(P("Nämnden får en redovisning av handläggningstider två gånger per år i samband med delårsrapport och "
           "årsredovisning. Avgiftsreduktioner redovisas inte för nämnden. Internkontrollplanerna för 2023 och "
           "2024 innehöll inget kontrollmoment som rör bygglovsprocessen."))
s.append(P("4.4 Bemanning och kompetens", H3))
s.append(P("Bygglovsenheten har sju tjänster som bygglovshandläggare eller bygglovsingenjör. Under 2024 var "
           "i genomsnitt två tjänster vakanta. Fyra av sju handläggare har slutat under perioden 2022-2024. "
           "Förvaltningen har inte tagit fram någon plan för kompetensförsörjning för enheten. "
           "Plan- och bygglovstaxan reviderades senast 2021."))

s.append(P("5. Bedömningar per revisionsfråga", H2))
s.append(table([
    ["Revisionsfråga", "Bedömning"],
    ["1. Ändamålsenliga rutiner och riktlinjer", "Delvis uppfylld"],
    ["2. Handläggning inom lagstadgade tidsfrister", "Ej uppfylld"],
    ["3. Beslut enligt delegationsordningen", "Delvis uppfylld"],
    ["4. Uppföljning och intern kontroll", "Ej uppfylld"],
    ["5. Bemanning och kompetensförsörjning", "Delvis uppfylld"],
], [110, 60]))

s.append(P("6. Rekommendationer", H2))
s.append(P("Utifrån granskningen rekommenderar vi samhällsbyggnadsnämnden att:"))
recs = [
    "säkerställa att det dokumenteras när en ansökan bedöms vara komplett och att sökanden får en "
    "bekräftelse med besked om tidsfristen,",
    "införa en löpande, minst kvartalsvis, uppföljning av handläggningstider och avgiftsreduktioner till nämnden,",
    "se över delegationsordningen och säkerställa att beslut fattas av behörig delegat,",
    "ta fram en plan för kompetensförsörjning för bygglovsenheten för att minska sårbarheten vid vakanser,",
    "införa kontrollmoment som avser bygglovsprocessen i nämndens internkontrollplan,",
    "se över plan- och bygglovstaxan, som inte har reviderats sedan 2021.",
]
s.append(P("<br/>".join("%d. %s" % (i, r) for i, r in enumerate(recs, 1))))
s.append(P("Kvarnstena den 10 april 2025<br/>Frida Engvall &nbsp;&nbsp; Petter Hallin<br/>Granskningsgruppen Delta AB"))
s.append(PageBreak())

# Nämndens svar
s.append(P("Kvarnstena kommun<br/>Samhällsbyggnadsnämnden", H3))
s.append(P("Yttrande över revisionsrapport om bygglovshandläggningen", H1))
s.append(table([
    ["Diarienummer", "SBN 2025/0133"],
    ["Beslutat", "Samhällsbyggnadsnämnden 2025-06-18, § 64"],
    ["Till", "Kommunens revisorer"],
    ["Handläggare", "Cecilia Norrman, bygglovschef"],
], [50, 120], header=False))
s.append(Spacer(1, 6))
s.append(P("Samhällsbyggnadsnämnden tackar för granskningen och delar i huvudsak revisorernas bedömning. "
           "Nämnden konstaterar att handläggningstiderna under 2024 inte har varit acceptabla. Nämnden lämnar "
           "följande svar på rekommendationerna."))
s.append(table([
    ["Rekommendation", "Nämndens svar och åtgärd", "Klart"],
    ["1. Dokumentera komplett ansökan och bekräfta tidsfrist",
     "Nämnden instämmer. En checklista för kompletthetsbedömning har tagits fram och e-tjänsten skickar "
     "automatiskt en bekräftelse med besked om tidsfristen.", "2025-09-01"],
    ["2. Löpande uppföljning av handläggningstider och avgiftsreduktioner",
     "Nämnden instämmer. Från augusti 2025 får arbetsutskottet en månadsrapport och nämnden en "
     "kvartalsrapport om handläggningstider och avgiftsreduktioner.", "2025-08-31"],
    ["3. Översyn av delegationsordningen",
     "Nämnden instämmer delvis. De fyra felaktiga besluten fattades enligt nämndens bedömning till följd "
     "av en otydlig formulering i delegationsordningen. En reviderad delegationsordning behandlas av "
     "nämnden i oktober 2025.", "2025-10-31"],
    ["4. Plan för kompetensförsörjning",
     "Nämnden instämmer. Två bygglovshandläggare har rekryterats och tillträder under hösten 2025. En "
     "kompetensförsörjningsplan tas fram för hela samhällsbyggnadsförvaltningen.", "2025-12-31"],
    ["5. Kontrollmoment i internkontrollplanen",
     "Nämnden instämmer. Kontroll av tidsfrister och avgiftsreduktion förs in i internkontrollplan 2026.",
     "2026-01-31"],
    ["6. Översyn av plan- och bygglovstaxan",
     "Nämnden instämmer i att taxan behöver ses över men avvaktar nytt nationellt underlag. Förslag till "
     "reviderad taxa lämnas till kommunfullmäktige under 2026.", "2026-12-31"],
], [48, 97, 25]))
s.append(Spacer(1, 6))
s.append(P("Nämnden har under första kvartalet 2025 förbättrat andelen ärenden som beslutas inom tio veckor "
           "till 84 procent. Nämnden kommer att redovisa genomförda åtgärder till revisorerna i samband med "
           "delårsrapporten per augusti 2025."))
s.append(P("Samhällsbyggnadsnämnden<br/>Jonatan Brandt (M), ordförande"))

build(OUT, s, "Kvarnstena kommun - Kommunens revisorer",
      "Granskning av bygglovshandläggningen 2025",
      "Kvarnstena kommun | Revisionsrapport REV 2025/04 | Granskningsgruppen Delta AB")
n = extract(OUT, os.path.join(HERE, "06_kvarnstena_revisionsrapport_bygglov_2025.extracted.txt"))
print(OUT, n, "pages")
