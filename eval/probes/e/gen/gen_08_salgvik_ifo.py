"""Doc 8: Sälgvik kommun, socialnämnden, IFO statistikrapport helår 2025."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from pdfcommon import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "salgvik_ifo_statistikrapport_2025.pdf")

months = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]
h24 = [318, 322, 327, 319, 312, 305, 298, 309, 316, 321, 326, 331]
h25 = [336, 341, 348, 344, 337, 329, 324, 333, 342, 350, 355, 361]
avg24, avg25 = sum(h24) / 12, sum(h25) / 12
paid24, paid25 = 38420, 42160  # tkr
per24 = round(paid24 * 1000 / sum(h24))
per25 = round(paid25 * 1000 / sum(h25))
fmt1 = lambda x: ("%.1f" % x).replace(".", ",")
def sp(n):
    return "{:,}".format(n).replace(",", " ")
print(sum(h24), sum(h25), avg24, avg25, per24, per25)

s = []
s.append(P("Sälgvik kommun<br/>Socialnämnden - Individ- och familjeomsorgen", H3))
s.append(P("Statistikrapport individ- och familjeomsorg 2025", H1))
s.append(table([
    ["Diarienummer", "Dnr SON 2026-018"],
    ["Datum", "2026-02-12"],
    ["Upprättad av", "Rebecka Hultgren, verksamhetsutvecklare, och Daniel Forsmark, IFO-chef"],
    ["Ska behandlas", "Socialnämnden 2026-02-25"],
    ["Period", "Helår 2025 med jämförelse mot 2024"],
], [40, 130], header=False))
s.append(Spacer(1, 6))
s.append(P("1. Sammanfattning", H2))
s.append(P("Antalet hushåll med ekonomiskt bistånd fortsatte att öka under 2025. I genomsnitt fick %s hushåll "
           "bistånd per månad, jämfört med %s hushåll 2024, en ökning med %s procent. Utbetalt bistånd ökade "
           "från %s tkr till %s tkr. Antalet placerade barn och unga ökade från 50 till 54 vid årsskiftet, och "
           "ökningen gäller främst placeringar på HVB. Antalet ansökningar om vård enligt LVU ökade från 7 till "
           "11. Handläggningen av ekonomiskt bistånd har blivit snabbare, medan väntetiden till "
           "beroendemottagningen har ökat."
           % (fmt1(avg25), fmt1(avg24), fmt1((avg25 / avg24 - 1) * 100), sp(paid24), sp(paid25))))

s.append(P("2. Ekonomiskt bistånd", H2))
s.append(P("Tabell 1. Antal hushåll som fick utbetalt ekonomiskt bistånd per månad", H3))
hdr = ["År"] + months + ["Snitt"]
s.append(table([hdr,
                ["2024"] + [str(x) for x in h24] + [fmt1(avg24)],
                ["2025"] + [str(x) for x in h25] + [fmt1(avg25)],
                ["Förändr."] + [("+" if b - a >= 0 else "") + str(b - a) for a, b in zip(h24, h25)]
                + [("+" + fmt1(avg25 - avg24))]],
               [14] + [11.2] * 12 + [14], num_cols=tuple(range(1, 14)), font_size=8))
s.append(Spacer(1, 4))
s.append(P("Tabell 2. Utbetalt ekonomiskt bistånd och hushållens sammansättning", H3))
s.append(table([
    ["", "2024", "2025"],
    ["Utbetalt ekonomiskt bistånd, tkr", sp(paid24), sp(paid25)],
    ["Genomsnittligt utbetalt belopp per hushåll och månad, kr", sp(per24), sp(per25)],
    ["Hushåll med bistånd 10-12 månader under året (långvarigt)", "112", "126"],
    ["Unga vuxna 18-24 år med bistånd i december", "58", "64"],
    ["Hushåll med barn, andel av hushållen i december, %", "38", "41"],
], [110, 30, 30], num_cols=(1, 2)))
s.append(Spacer(1, 4))
s.append(P("Ökningen förklaras främst av fler hushåll där den vuxna har nått taket för ersättning från "
           "arbetslöshetskassan, samt av att fler nyanlända hushåll har lämnat etableringsprogrammet utan "
           "egen försörjning. Antalet hushåll var som lägst under sommarmånaderna, då fler hade tillfälliga "
           "anställningar. Statistiken redovisas för kommunen som helhet; någon fördelning på kommundelar "
           "eller bostadsområden görs inte i rapporten."))

s.append(P("3. Placeringar", H2))
s.append(P("Tabell 3. Placerade barn och unga 0-20 år, antal per 31 december och vårddygn under året", H3))
s.append(table([
    ["Placeringsform", "Antal 31/12 2024", "Antal 31/12 2025", "Vårddygn 2024", "Vårddygn 2025"],
    ["Familjehem (inkl. nätverkshem)", "31", "34", "11 020", "12 050"],
    ["Konsulentstödda familjehem", "9", "8", "3 410", "3 150"],
    ["HVB för barn och unga", "6", "9", "2 140", "2 890"],
    ["Stödboende", "4", "3", "1 390", "1 260"],
    ["Summa", "50", "54", "17 960", "19 350"],
], [58, 28, 28, 28, 28], num_cols=(1, 2, 3, 4)))
s.append(Spacer(1, 4))
s.append(P("Tabell 4. Placerade vuxna, antal per 31 december och vårddygn under året", H3))
s.append(table([
    ["Placeringsform", "Antal 31/12 2024", "Antal 31/12 2025", "Vårddygn 2024", "Vårddygn 2025"],
    ["HVB för vuxna med missbruk", "5", "7", "1 620", "2 240"],
    ["Skyddat boende (våld i nära relation)", "2", "3", "410", "530"],
    ["Summa", "7", "10", "2 030", "2 770"],
], [58, 28, 28, 28, 28], num_cols=(1, 2, 3, 4)))
s.append(Spacer(1, 4))
s.append(P("Antalet vårddygn på HVB för barn och unga ökade med 35 procent. Tre ungdomar placerades under "
           "hösten på HVB med särskild inriktning mot kriminalitet och missbruk. Målet att minst 75 procent "
           "av de placerade barnen ska vara placerade i familjehem uppnåddes (78 procent den 31 december 2025). "
           "Kostnaderna för placeringarna redovisas i nämndens årsbokslut och ingår inte i denna rapport."))

s.append(P("4. Tvångsvård enligt LVU och LVM", H2))
s.append(table([
    ["", "2024", "2025"],
    ["Ansökningar till förvaltningsrätten om vård enligt LVU", "7", "11"],
    ["Omedelbara omhändertaganden enligt 6 § LVU", "5", "8"],
    ["Barn och unga med pågående vård enligt LVU den 31 december", "12", "15"],
    ["Ansökningar till förvaltningsrätten om vård enligt LVM", "3", "5"],
    ["Omedelbara omhändertaganden enligt 13 § LVM", "2", "4"],
], [110, 30, 30], num_cols=(1, 2)))

s.append(P("5. Handläggning och väntetider", H2))
s.append(table([
    ["", "2024", "2025"],
    ["Ekonomiskt bistånd, nyansökan: dagar från ansökan till beslut (median)", "14", "11"],
    ["Ekonomiskt bistånd: dagar till första besök (median)", "9", "7"],
    ["Orosanmälningar som rör barn, antal", "1 146", "1 302"],
    ["Inledda barnavårdsutredningar, antal", "318", "347"],
    ["Barnavårdsutredningar avslutade inom fyra månader, %", "81", "88"],
    ["Beroendemottagningen: dagar till första samtal (median)", "12", "16"],
    ["Familjerådgivning: väntetid till första samtal, dagar (genomsnitt)", "24", "31"],
], [120, 25, 25], num_cols=(1, 2)))
s.append(Spacer(1, 4))
s.append(P("Handläggningstiden för nyansökningar om ekonomiskt bistånd har kortats sedan den digitala "
           "ansökan och automatiserade kontroller infördes i april 2025. Väntetiden till beroendemottagningen "
           "har ökat eftersom en av tre behandlartjänster var vakant mellan maj och oktober. Andelen "
           "barnavårdsutredningar som avslutades inom lagstadgade fyra månader förbättrades trots att "
           "antalet orosanmälningar ökade med 156."))
s.append(P("6. Förslag till beslut", H2))
s.append(P("Socialnämnden föreslås besluta att godkänna statistikrapporten för 2025 och lägga den till "
           "handlingarna."))

build(OUT, s, "Sälgvik kommun - Socialnämnden",
      "Statistikrapport IFO 2025",
      "Sälgvik kommun | Individ- och familjeomsorgen | Dnr SON 2026-018")
n = extract(OUT, os.path.join(HERE, "08_salgvik_ifo_statistikrapport_2025.extracted.txt"))
print(OUT, n, "pages")
