"""Doc 2: Stenvika kommun, kultur- och fritidsnämnden, kallelse 2025-03-13 + två tjänsteskrivelser."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from pdfcommon import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "stenvika_kfn_kallelse_2025-03-13.pdf")

s = []
s.append(P("Stenvika kommun<br/>Kultur- och fritidsnämnden", H3))
s.append(P("KALLELSE", H1))
s.append(P("Ledamöter kallas och ersättare underrättas härmed om sammanträde med kultur- och fritidsnämnden."))
s.append(table([
    ["Datum", "Torsdagen den 13 mars 2025"],
    ["Tid", "Kl. 17.30. Gruppmöten kl. 16.30."],
    ["Plats", "Stenvika kulturhus, Hamngatan 3, sammanträdesrum Skeppet"],
    ["Förhinder", "Anmäls till nämndsekreterare Oskar Lindahl senast den 11 mars, "
                  "tfn 031-390 06 41 eller kultur.fritid@stenvika.se"],
], [35, 135], header=False))
s.append(Spacer(1, 4))
s.append(P("Kerstin Fahlén (S), ordförande &nbsp;&nbsp;&nbsp; Oskar Lindahl, nämndsekreterare"))
s.append(P("Handlingarna finns tillgängliga i nämndens digitala mötesverktyg från den 6 mars 2025.", SMALL))
s.append(P("Föredragningslista", H2))
s.append(table([
    ["Nr", "Ärende", "Dnr", "Föredragande"],
    ["1", "Val av justerare och tid för justering", "", "Ordföranden"],
    ["2", "Godkännande av dagordning", "", "Ordföranden"],
    ["3", "Ekonomisk uppföljning februari 2025", "KFN 2025/0004", "Ekonom Therese Malm"],
    ["4", "Revidering av regler för lokalt aktivitetsstöd till föreningar", "KFN 2025/0019", "Fritidskonsulent Robin Aspelin"],
    ["5", "Införande av meröppet på Stenvika huvudbibliotek", "KFN 2025/0031", "Bibliotekschef Lina Forsén"],
    ["6", "Kulturstipendium 2025 - nominering av jury", "KFN 2025/0027", "Kulturchef Henrik Dahlström"],
    ["7", "Yttrande över motion om fri entré till Sjöängsbadet för barn under 12 år", "KFN 2025/0012", "Förvaltningschef Annelie Wästberg"],
    ["8", "Verksamhetsplan för fritidsgårdarna 2025", "KFN 2025/0035", "Enhetschef Kalle Rask"],
    ["9", "Redovisning av delegationsbeslut", "KFN 2025/0002", ""],
    ["10", "Meddelanden och information från förvaltningschefen", "", "Förvaltningschef Annelie Wästberg"],
], [10, 80, 30, 50]))
s.append(Spacer(1, 4))
s.append(P("Ärende 4 och 5 redovisas med tjänsteskrivelser nedan. Övriga handlingar finns i mötesverktyget. "
           "Ärende 7 bereds vidare och beslut om yttrande fattas först vid sammanträdet den 10 april 2025.", SMALL))
s.append(PageBreak())

# Tjänsteskrivelse 1
s.append(P("Stenvika kommun<br/>Kultur- och fritidsförvaltningen", H3))
s.append(P("TJÄNSTESKRIVELSE", H1))
s.append(table([
    ["Datum", "2025-02-20"],
    ["Diarienummer", "KFN 2025/0019"],
    ["Handläggare", "Robin Aspelin, fritidskonsulent, 031-390 06 52"],
    ["Till", "Kultur- och fritidsnämnden"],
], [35, 135], header=False))
s.append(P("Revidering av regler för lokalt aktivitetsstöd till föreningar", H2))
s.append(P("<b>Förslag till beslut</b>", H3))
s.append(P("Kultur- och fritidsförvaltningen föreslår att kultur- och fritidsnämnden beslutar<br/>"
           "1. att höja det lokala aktivitetsstödet från 12 kronor till 15 kronor per deltagartillfälle för "
           "deltagare 7-20 år,<br/>"
           "2. att införa ett förhöjt stöd om 20 kronor per deltagartillfälle för deltagare med "
           "funktionsnedsättning, oavsett ålder,<br/>"
           "3. att ledarbidraget om 50 kronor per sammankomst lämnas oförändrat, samt<br/>"
           "4. att de reviderade reglerna ska gälla från och med redovisningsperioden hösten 2025."))
s.append(P("<b>Sammanfattning</b>", H3))
s.append(P("Aktivitetsstödet har inte räknats upp sedan 2019. Föreningarnas kostnader för lokaler, "
           "resor och material har under samma period ökat med i genomsnitt 23 procent enligt förvaltningens "
           "enkät till föreningarna hösten 2024. Förvaltningen föreslår därför en höjning av grundbeloppet "
           "och ett förhöjt stöd för att underlätta för föreningar som har verksamhet för personer med "
           "funktionsnedsättning."))
s.append(P("<b>Ekonomiska konsekvenser</b>", H3))
s.append(P("Under 2024 redovisade 41 föreningar totalt 103 300 deltagartillfällen. Utbetalt aktivitetsstöd "
           "uppgick till 1 240 tkr. Med oförändrad aktivitetsnivå beräknas kostnaden för helår efter "
           "revideringen till 1 550 tkr, det vill säga en ökning med 310 tkr. För 2025 blir kostnadsökningen "
           "155 tkr eftersom de nya beloppen gäller från hösten. Ökningen föreslås finansieras inom "
           "nämndens ram för föreningsbidrag, bland annat genom att anslaget för arrangemangsbidrag minskas "
           "med 100 tkr."))
s.append(table([
    ["Bidragsform", "Nuvarande belopp", "Föreslaget belopp"],
    ["Aktivitetsstöd, 7-20 år (kr per deltagartillfälle)", "12", "15"],
    ["Aktivitetsstöd, deltagare med funktionsnedsättning", "12", "20"],
    ["Ledarbidrag (kr per sammankomst)", "50", "50"],
    ["Kostnad helår (tkr)", "1 240", "1 550"],
], [95, 37, 38], num_cols=(1, 2)))
s.append(Spacer(1, 4))
s.append(P("<b>Barnkonsekvensanalys</b>", H3))
s.append(P("Förslaget bedöms stärka barns och ungas möjlighet till en meningsfull fritid i föreningslivet. "
           "Ett högre stöd minskar risken att föreningarna behöver höja medlemsavgifterna."))
s.append(P("<b>Beslutsunderlag</b>", H3))
s.append(P("Tjänsteskrivelse 2025-02-20. Förslag till reviderade regler för lokalt aktivitetsstöd. "
           "Sammanställning av föreningsenkät 2024."))
s.append(P("Robin Aspelin<br/>Fritidskonsulent<br/><br/>Annelie Wästberg<br/>Förvaltningschef"))
s.append(PageBreak())

# Tjänsteskrivelse 2
s.append(P("Stenvika kommun<br/>Kultur- och fritidsförvaltningen", H3))
s.append(P("TJÄNSTESKRIVELSE", H1))
s.append(table([
    ["Datum", "2025-02-24"],
    ["Diarienummer", "KFN 2025/0031"],
    ["Handläggare", "Lina Forsén, bibliotekschef, 031-390 06 57"],
    ["Till", "Kultur- och fritidsnämnden"],
], [35, 135], header=False))
s.append(P("Införande av meröppet på Stenvika huvudbibliotek", H2))
s.append(P("<b>Förslag till beslut</b>", H3))
s.append(P("Kultur- och fritidsförvaltningen föreslår att kultur- och fritidsnämnden beslutar<br/>"
           "1. att införa meröppet på Stenvika huvudbibliotek från och med den 1 september 2025,<br/>"
           "2. att meröppet ska gälla alla dagar kl. 07.00-22.00 för låntagare från 18 år som har tecknat "
           "ett särskilt meröppetavtal,<br/>"
           "3. att investeringen om 480 tkr finansieras inom nämndens investeringsram 2025, samt<br/>"
           "4. att en utvärdering ska redovisas för nämnden senast i juni 2026."))
s.append(P("<b>Sammanfattning</b>", H3))
s.append(P("Meröppet innebär att biblioteket är tillgängligt för självbetjäning när personal inte är på plats. "
           "Besökaren loggar in med lånekort och PIN-kod vid entrén. I dag har huvudbiblioteket bemannat "
           "öppet 38 timmar per vecka. Med meröppet blir biblioteket tillgängligt 105 timmar per vecka, "
           "medan de bemannade öppettiderna lämnas oförändrade. Tre grannkommuner i länet har infört "
           "meröppet de senaste åren med goda erfarenheter."))
s.append(P("<b>Ekonomiska konsekvenser</b>", H3))
s.append(table([
    ["Post", "Belopp (tkr)"],
    ["Investering: passersystem, larm och kameror", "310"],
    ["Investering: självbetjäningsautomat för lån och återlämning", "125"],
    ["Investering: anpassning av entré och belysning", "45"],
    ["Summa investering", "480"],
    ["Årlig driftkostnad (licenser, service, kapitalkostnad)", "65"],
], [120, 50], num_cols=(1,)))
s.append(Spacer(1, 4))
s.append(P("Den årliga driftkostnaden om 65 tkr föreslås rymmas inom bibliotekets budget genom minskade "
           "kostnader för tidningsprenumerationer."))
s.append(P("<b>Risker och trygghet</b>", H3))
s.append(P("Förvaltningen har samrått med kommunens säkerhetssamordnare. Kamerabevakning av entrén kräver "
           "ingen tillståndsprövning men ska informeras om genom skyltning. Barn under 18 år får vistas i "
           "lokalen under meröppet i sällskap med vuxen med meröppetavtal."))
s.append(P("<b>Beslutsunderlag</b>", H3))
s.append(P("Tjänsteskrivelse 2025-02-24. Säkerhetsbedömning 2025-02-10."))
s.append(P("Lina Forsén<br/>Bibliotekschef<br/><br/>Annelie Wästberg<br/>Förvaltningschef"))

build(OUT, s, "Stenvika kommun - Kultur- och fritidsnämnden",
      "Kallelse 2025-03-13",
      "Stenvika kommun, Kultur- och fritidsförvaltningen, Hamngatan 3")
n = extract(OUT, os.path.join(HERE, "02_stenvika_kfn_kallelse_2025-03-13.extracted.txt"))
print(OUT, n, "pages")
