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


# A meeting portal's kallelse as its web page prints it: each agenda item its number, title, a "Diarienummer …" and a
# "Föredragande …" line (label and value, no colon), a summary and its documents.
PORTAL_KALLELSE = """<html><head><title>Kallelse tekniska nämnden 2026-02-17</title></head><body>
<div class="head"><div class="kind">KALLELSE</div><div class="org">Granåkers kommun</div>
<div class="row"><span class="label">Organ</span> <span class="value">Tekniska nämnden</span></div>
<div class="row"><span class="label">Datum</span> <span class="value">2026-02-17</span></div>
<div class="row"><span class="label">Tid</span> <span class="value">09.00–12.00</span></div>
<div class="row"><span class="label">Plats</span> <span class="value">Kommunhuset, sal Tallen</span></div></div>
<div class="items"><div class="items-head">Ärenden</div>
<div class="item"><div class="nr">1</div><div class="body"><div class="title">Val av justerare</div></div></div>
<div class="item"><div class="nr">2</div><div class="body"><div class="title">Taxa för slamtömning 2026</div>
<div class="dnr"><span class="label">Diarienummer</span> <span class="value">2025-000140</span></div>
<div class="presenter"><span class="label">Föredragande</span> <span class="value">Maria Holmqvist, VA-chef</span></div>
<div class="text">Förvaltningen föreslår att taxan för slamtömning höjs med 4 procent från den 1 mars 2026.</div>
<div class="docs"><div class="docs-head">Handlingar</div><div class="doc"><a href="/d/140.pdf">Tjänsteskrivelse Taxa slamtömning 2026.pdf</a></div>
<div class="doc"><a href="/d/140b.pdf">Bilaga Taxetabell.pdf</a></div></div>
</div></div>
<div class="item"><div class="nr">3</div><div class="body"><div class="title">Internpriser för lokalvård 2026</div>
<div class="dnr"><span class="label">Diarienummer</span> <span class="value">2025-000152</span></div>
<div class="presenter"><span class="label">Föredragande</span> <span class="value">Jonas Berglund, lokalvårdschef</span></div>
<div class="text">Internpriset per kvadratmeter städad yta föreslås höjas med 3,2 procent inför 2026.</div>
<div class="docs"><div class="docs-head">Handlingar</div><div class="doc"><a href="/d/152.pdf">Tjänsteskrivelse Internpriser lokalvård 2026.pdf</a></div></div>
</div></div>
<div class="item"><div class="nr">4</div><div class="body"><div class="title">Leasing av elfordon till hemtjänsten</div>
<div class="dnr"><span class="label">Diarienummer</span> <span class="value">2025-000163</span></div>
<div class="presenter"><span class="label">Föredragande</span> <span class="value">Lena Ståhl, fordonssamordnare</span></div>
<div class="text">Tolv elbilar föreslås leasas i fyra år till en kostnad av 0,9 mnkr per år.</div>
</div></div></div></body></html>"""
