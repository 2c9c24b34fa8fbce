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
