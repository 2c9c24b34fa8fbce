"""Invented board documents in other municipalities' formats, shared by the ingest and the assistant tests (nothing
of the sample corpus or the evaluation sets is in them)."""

# Minutes exported as plain text: each label ("Socialnämndens beslut", "Yrkanden", "Reservation") stands directly
# above its text, with no blank line or heading markup between them (as many PDF-to-text exports give them).
PLAIN_PROTOKOLL = """Exempelstads kommun
PROTOKOLL
Socialnämnden
Sammanträdesdatum 2024-02-21

Beslutande: Anna Berg (S), ordförande, Karl Nyström (M), Lena Ek (V)

§ 15 Dnr SN 2024/0031
Månadsuppföljning januari 2024
Socialnämndens beslut
Socialnämnden godkänner månadsuppföljningen för januari 2024.

§ 16 Dnr SN 2023/0412
Avgift för familjerådgivning

Ärendebeskrivning
Förvaltningen föreslår att avgiften för familjerådgivning höjs från 150 kronor till 200 kronor per samtal.
Yrkanden
Lena Ek (V) yrkar avslag på förvaltningens förslag.
Socialnämndens beslut
Socialnämnden beslutar att avgiften för familjerådgivning ska vara 200 kronor per samtal.
Reservation
Lena Ek (V) reserverar sig mot beslutet.
"""


# A kallelse exported as plain text with its agenda laid out in space-aligned columns (invented).
ALIGNED_KALLELSE = """NORRBY KOMMUN
Kultur- och fritidsnämnden

KALLELSE

Datum: 2024-10-22
Tid: 17.30
Plats: Kulturhuset, rum Ljusgården

Föredragningslista

Nr  Ärende                                   Dnr
1   Val av justerare
2   Bidrag till studieförbund                KFN 2024/77
3   Biblioteksplan 2025–2028                 KFN 2024/102

Tjänsteskrivelse
Diarienummer KFN 2024/77

Bidrag till studieförbund

Förslag till beslut
Kultur- och fritidsnämnden fastställer en ny fördelningsmodell. Den totala bidragsramen är 1,4 mnkr.

Ekonomiska konsekvenser
Förslaget ryms inom nämndens budgetram.
"""


# An annual report as a plain-text export, its tables in space-aligned columns (invented; Söderviks kommun).
VO_ARSREDOVISNING = """Vård- och omsorgsnämnden
Årsredovisning 2023
Söderviks kommun


1. Sammanfattning

Vård- och omsorgsnämnden redovisar ett underskott mot budget på 14,6 mnkr för 2023. Underskottet
beror främst på ökade kostnader för köpt vård inom LSS och högre personalkostnader i
hemtjänsten. Nämnden har under året arbetat med en handlingsplan för ekonomi i balans.


2. Ekonomi

Driftredovisning per verksamhet, tkr

Verksamhet                 Budget 2023     Utfall 2023     Avvikelse
Hemtjänst                    182 400         191 900         -9 500
Särskilt boende              264 100         262 300          1 800
LSS                          121 700         130 600         -8 900
Nämnd och administration      18 300          16 300          2 000
Totalt                       586 500         601 100        -14 600

Investeringarna uppgick till 6,2 mnkr, varav 4,1 mnkr avsåg trygghetslarm.


3. Verksamhetsmått

Mått                                      2021      2022      2023
Antal brukare med hemtjänst                812       845       871
Beviljade hemtjänsttimmar per månad     38 200    40 100    41 900
Antal platser i särskilt boende            410       410       398
Väntetid till särskilt boende, dagar        64        71        58

Antalet brukare med hemtjänst fortsatte att öka. Väntetiden till särskilt boende minskade efter att
ett nytt korttidsboende öppnade i mars 2023.


4. Personal

Sjukfrånvaron var 8,9 procent (9,6 procent 2022). Andelen heltidsanställda ökade till 78 procent.
Nämnden hade 1 146 tillsvidareanställda den 31 december 2023.
"""
