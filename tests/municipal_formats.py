"""Board documents in layouts the other tests do not cover, as municipalities publish them (invented municipalities,
names and figures; every document is marked TESTDOKUMENT): a kommunstyrelse protokoll exported to text with 'KS § 112'
headings and dashed diarienummer ('KSN-2021-0345'), a barn- och utbildningsnämnd kallelse whose ärenden are titled
'Ärende 4: …' with 'Beslutsförslag', a delårsrapport whose results table is laid out in spaces with minus signs, a
vård- och omsorgsnämnd tjänsteskrivelse in Word with bold labels instead of heading styles and a filing code after
its diarienummer, an HTML export of a samhällsbyggnadsnämnd protokoll with its §§ in tables and diarienummer
written serial/year ('Dnr 0118/22'), and a markdown verksamhetsberättelse whose key figures have bare years as
column headings. `write_all` writes them to a folder."""

from __future__ import annotations

from pathlib import Path

# --- (a) Älvby kommun, kommunstyrelsens protokoll 2021-10-18 (PDF-to-text export) ------------------------------
# pdftotext -layout: a form feed between pages, the running header and footer on each.

KS_PROTOKOLL = """TESTDOKUMENT
ÄLVBY KOMMUN                                   SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen                                Sammanträdesdatum 2021-10-18

Plats och tid        Kommunhuset, Älvsalen, kl. 13.00–16.20
Beslutande           Hanna Forsberg (S), ordförande
                     Olof Granlund (M), vice ordförande
                     Rasmus Öberg (S)
                     Linnea Strand (C)
                     Tomas Wik (SD)
                     Birgitta Nord (V)
                     Eva Sundin (KD)
Ersättare            Kjell Borg (S), Sanna Eld (M)
Övriga närvarande    Johan Falk, kommundirektör
                     Malin Rask, kommunsekreterare
Utses att justera    Olof Granlund (M)
Justeringens plats
och tid              Kommunkansliet 2021-10-22
Paragrafer           §§ 112–116

Justerandes sign                                Utdragsbestyrkande
ÄLVBY KOMMUN                                   SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen                                Sammanträdesdatum 2021-10-18

KS § 112                                                    KSN-2021-0345

Delårsrapport per augusti 2021

Beslutsunderlag
- Ekonomiavdelningens tjänsteskrivelse 2021-09-30
- Delårsrapport januari–augusti 2021

Ärendet
Kommunens resultat för perioden januari–augusti 2021 uppgår till 61,8 mnkr. Prognosen för helåret är ett
resultat på 34,2 mnkr, vilket är 12,6 mnkr bättre än budget. Förbättringen beror främst på högre
skatteintäkter och generella statsbidrag än beräknat.

Yrkanden
Hanna Forsberg (S) yrkar bifall till förvaltningens förslag.

Beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta att godkänna delårsrapporten per augusti 2021.

Expedieras till
Kommunfullmäktige
Ekonomiavdelningen

Justerandes sign                                Utdragsbestyrkande
ÄLVBY KOMMUN                                   SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen                                Sammanträdesdatum 2021-10-18

KS § 113                                                    KSN-2021-0298

Ny simhall i Älvby – val av placering

Beslutsunderlag
- Kommunledningskontorets tjänsteskrivelse 2021-09-14
- Lokaliseringsutredning simhall, augusti 2021

Ärendet
Kommunfullmäktige gav 2020 kommunstyrelsen i uppdrag att utreda en ny simhall. Utredningen har prövat två
platser: Ängsparken och Östra hamnen. Investeringen beräknas till 248 mnkr i Ängsparken och 271 mnkr i
Östra hamnen, där marken måste saneras.

Yrkanden
Hanna Forsberg (S) och Linnea Strand (C) yrkar bifall till förvaltningens förslag om placering i Ängsparken.
Olof Granlund (M) yrkar att simhallen placeras i Östra hamnen.
Birgitta Nord (V) yrkar att ärendet återremitteras.

Propositionsordning
Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner att
kommunstyrelsen beslutar att avgöra ärendet i dag. Därefter ställer ordföranden proposition på förvaltningens
förslag och Olof Granlunds yrkande och finner att kommunstyrelsen bifaller förvaltningens förslag.

Beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta att den nya simhallen placeras i Ängsparken.

Reservationer
Olof Granlund (M) och Tomas Wik (SD) reserverar sig mot beslutet till förmån för Olof Granlunds yrkande.
Birgitta Nord (V) reserverar sig mot beslutet.

Protokollsanteckning
Eva Sundin (KD) lämnar en protokollsanteckning: "Kristdemokraterna vill att trafiksituationen vid
Ängsparken utreds innan bygget startar."

Expedieras till
Kommunfullmäktige
Samhällsbyggnadsförvaltningen

Justerandes sign                                Utdragsbestyrkande
ÄLVBY KOMMUN                                   SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen                                Sammanträdesdatum 2021-10-18

KS § 114                                                    KSN-2021-0361

Taxa för serveringstillstånd 2022

Ärendet
Tillståndsenheten föreslår att den fasta tillsynsavgiften för serveringstillstånd höjs från 4 800 kronor till
5 400 kronor per år från den 1 januari 2022, eftersom tillsynen har blivit mer omfattande.

Beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta att anta taxa för serveringstillstånd 2022.

Expedieras till
Kommunfullmäktige

Justerandes sign                                Utdragsbestyrkande
ÄLVBY KOMMUN                                   SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen                                Sammanträdesdatum 2021-10-18

KS § 115                                                    KSN-2021-0117

Svar på motion om fria busskort för pensionärer

Ärendet
Birgitta Nord (V) föreslår i en motion att alla kommuninvånare över 75 år ska få fria busskort i
kollektivtrafiken. Kostnaden beräknas till 2,9 mnkr per år.

Yrkanden
Birgitta Nord (V) yrkar bifall till motionen.
Hanna Forsberg (S) yrkar avslag på motionen.

Beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta att avslå motionen.

Reservation
Birgitta Nord (V) reserverar sig mot beslutet till förmån för eget yrkande.

Expedieras till
Kommunfullmäktige

KS § 116                                                    KSN-2021-0370

Sammanträdestider 2022

Beslut
Kommunstyrelsen sammanträder 2022 följande dagar: 31 januari, 14 mars, 25 april, 13 juni, 12 september,
17 oktober och 5 december.

Justerandes sign                                Utdragsbestyrkande
"""


# --- (b) Granbo kommun, barn- och utbildningsnämndens kallelse 2023-05-16 (text export) ------------------------

BUN_KALLELSE = """TESTDOKUMENT
Granbo kommun
Barn- och utbildningsnämnden

KALLELSE TILL SAMMANTRÄDE

Tid: Tisdagen den 16 maj 2023, kl. 17.00
Plats: Granbo skola, aulan

Ordförande: Petra Lindahl (S)
Sekreterare: Jonas Ekman

Ärendelista
1. Val av justerare
2. Fastställande av dagordning
3. Information från förvaltningschefen
4. Skolskjutsregler från och med läsåret 2023/2024
5. Ekonomisk uppföljning april 2023
6. Ansökan om utökad förskoleverksamhet i Björkå
7. Delegationsbeslut

Ärende 4: Skolskjutsregler från och med läsåret 2023/2024
Dnr BUN 2023/0145

Sammanfattning
Förvaltningen har sett över reglerna för skolskjuts. I dag har elever i årskurs F–3 rätt till skolskjuts om
avståndet mellan hemmet och skolan är minst 2 kilometer. Förvaltningen föreslår att gränsen för årskurs 4–6
ändras från 4 till 3 kilometer. Förändringen beräknas öka kostnaden för skolskjuts med 640 000 kronor per år.

Beslutsförslag
Barn- och utbildningsnämnden antar reviderade regler för skolskjuts att gälla från och med läsåret 2023/2024.

Ärende 5: Ekonomisk uppföljning april 2023
Dnr BUN 2023/0012

Sammanfattning
Efter april prognostiserar nämnden ett underskott på 7,3 mnkr för 2023. Underskottet beror främst på fler
elever i grundsärskolan och ökade kostnader för skolskjuts och lokaler. Kostnaden för modersmålsundervisning
har ökat med 0,9 mnkr jämfört med samma period 2022.

Beslutsförslag
Barn- och utbildningsnämnden godkänner den ekonomiska uppföljningen för april 2023 och ger förvaltningen i
uppdrag att ta fram en åtgärdsplan.

Ärende 6: Ansökan om utökad förskoleverksamhet i Björkå
Dnr BUN 2023/0088

Sammanfattning
Föräldrakooperativet Trollstigen i Björkå ansöker om att utöka sin förskola från 24 till 36 platser från den
1 augusti 2023. Förvaltningen har besökt verksamheten och bedömer att lokalerna är lämpliga.

Beslutsförslag
Barn- och utbildningsnämnden godkänner föräldrakooperativet Trollstigens ansökan om att utöka verksamheten
till 36 platser.

TESTDOKUMENT
"""


# --- (c) Sjöhamns kommun, delårsrapport januari–augusti 2022 (PDF-to-text export) ------------------------------

DELARSRAPPORT = """TESTDOKUMENT
Sjöhamns kommun
Delårsrapport januari–augusti 2022
Fastställd av kommunfullmäktige 2022-10-24

1. Förvaltningsberättelse i sammandrag

Kommunens resultat för perioden januari–augusti 2022 blev 48,6 mnkr, jämfört med 39,1 mnkr samma period
2021. Prognosen för helåret 2022 är ett resultat på 21,4 mnkr, vilket är 9,8 mnkr bättre än budget.
Skatteintäkterna väntas bli 31,2 mnkr högre än budgeterat. Nämnderna prognostiserar tillsammans ett
underskott på 18,5 mnkr.

2. Nämndernas prognoser

Tabell 3. Nämndernas driftredovisning, prognos helår 2022 (mnkr)

Nämnd                              Budget 2022    Prognos 2022    Avvikelse
Kommunstyrelsen                        −112,4          −109,9          2,5
Barn- och utbildningsnämnden           −684,0          −691,3         −7,3
Socialnämnden                          −512,6          −526,8        −14,2
Tekniska nämnden                        −48,3           −47,1          1,2
Kultur- och fritidsnämnden              −41,7           −42,4         −0,7
Summa nämnder                        −1 399,0        −1 417,5        −18,5

Socialnämnden prognostiserar det största underskottet. Kostnaderna för försörjningsstöd har ökat kraftigt
sedan våren 2022, eftersom fler hushåll har fått ekonomiskt bistånd när priserna på el och livsmedel steg.
Dessutom har kostnaderna för placeringar av barn och unga på HVB ökat med 6,1 mnkr jämfört med 2021.

Barn- och utbildningsnämndens underskott beror på att antalet elever i grundskolan är 146 fler än
budgeterat och på ökade kostnader för elever i fristående skolor.

3. Investeringar

Investeringarna uppgick till 87,2 mnkr under perioden. För helåret prognostiseras investeringar på
164,0 mnkr av en budget på 226,5 mnkr. Den största avvikelsen gäller den nya brandstationen i Norrhamn, där
byggstarten har skjutits upp till våren 2023.

4. Personal

Sjukfrånvaron var 7,9 procent under perioden, jämfört med 8,6 procent samma period 2021. Antalet
tillsvidareanställda var 2 412 den 31 augusti 2022.

5. Balanskravet

Kommunen beräknas klara balanskravet för 2022. Resultatet efter balanskravsjusteringar beräknas till
19,7 mnkr.

TESTDOKUMENT
"""


# --- (d) Lillåsa kommun, vård- och omsorgsnämndens tjänsteskrivelse (DOCX, bold labels) --------------------------

_TJANSTESKRIVELSE_PARTS: list[tuple[str, list[str]]] = [
    ("Ärendebeskrivning", [
        "Vård- och omsorgsnämnden har sedan 2017 ett avtal med Omsorgsbolaget Trygg i Norden AB om nattpatrull i "
        "hemtjänsten. Avtalet löper ut den 31 mars 2020. Förvaltningen har utrett om nattpatrullen ska drivas i "
        "egen regi i stället för att upphandlas på nytt.",
        "Nattpatrullen besöker i genomsnitt 142 brukare per natt. Avtalet kostade 11,6 mnkr under 2018."]),
    ("Förvaltningens bedömning", [
        "Förvaltningen bedömer att nattpatrullen kan drivas i egen regi till en kostnad av 10,9 mnkr per år, "
        "vilket är 0,7 mnkr lägre än i dag. Egen regi ger också bättre kontinuitet för brukarna, eftersom samma "
        "personal kan arbeta både dag och natt. Verksamheten behöver 18 årsarbetare."]),
    ("Förslag till beslut", [
        "Vård- och omsorgsnämnden beslutar att nattpatrullen i hemtjänsten ska drivas i egen regi från och med "
        "den 1 april 2020.",
        "Förvaltningen får i uppdrag att rekrytera personal och anskaffa två bilar för verksamheten."]),
    ("Ekonomiska konsekvenser", [
        "Övergången kostar engångsvis 1,2 mnkr för bilar, larmutrustning och introduktion, vilket ryms inom "
        "nämndens budget för 2020."]),
]


def build_tjansteskrivelse_docx(out: Path) -> Path:
    """A tjänsteskrivelse as many write it in Word: letterhead lines, then section labels as bold Normal
    paragraphs (no heading styles), and a diarienummer with a filing code ('Dnr 2019/231 012')."""
    from docx import Document

    document = Document()
    document.add_paragraph("TESTDOKUMENT")
    document.add_paragraph("Lillåsa kommun\nVård- och omsorgsförvaltningen")
    document.add_paragraph("Tjänsteskrivelse").runs[0].bold = True
    for line in ("Datum: 2019-11-12", "Dnr 2019/231 012", "Handläggare: Ulrika Sjögren, verksamhetschef hemtjänst",
                 "Till: Vård- och omsorgsnämnden"):
        document.add_paragraph(line)
    title = document.add_paragraph()
    title.add_run("Nattpatrull i hemtjänsten i egen regi").bold = True
    for label, paragraphs in _TJANSTESKRIVELSE_PARTS:
        document.add_paragraph().add_run(label).bold = True
        for text in paragraphs:
            document.add_paragraph(text)
    document.add_paragraph("Ulrika Sjögren\nVerksamhetschef hemtjänst")
    document.add_paragraph("TESTDOKUMENT")
    document.save(str(out))
    return out


# --- (e) Västerbro stad, samhällsbyggnadsnämndens protokoll 2022-04-27 (HTML export, §§ in tables) -------------

SBN_PROTOKOLL_HTML = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Protokoll 2022-04-27 Samhällsbyggnadsnämnden</title></head>
<body>
<p>TESTDOKUMENT</p>
<table class="header"><tr><td>Västerbro stad</td><td>Protokoll</td></tr>
<tr><td>Samhällsbyggnadsnämnden</td><td>Sammanträdesdatum 2022-04-27</td></tr></table>
<table class="meta">
<tr><th>Plats och tid</th><td>Stadshuset, sal Kronan, kl. 18.00–20.35</td></tr>
<tr><th>Beslutande</th><td>Ali Karimi (S), ordförande<br>Marie Lundgren (M)<br>Stefan Bergh (C)<br>Josefin Holm (MP)<br>Anders Kvist (SD)</td></tr>
<tr><th>Sekreterare</th><td>Karin Ahlström</td></tr>
<tr><th>Justerare</th><td>Marie Lundgren (M)</td></tr>
</table>
<table class="paragraph"><tr><td><b>§ 34</b></td><td>Dnr 0118/22</td></tr></table>
<h3>Detaljplan för kvarteret Glasblåsaren</h3>
<p><b>Ärendebeskrivning</b></p>
<p>Detaljplanen gör det möjligt att bygga omkring 85 bostäder i flerbostadshus och en förskola i kvarteret
Glasblåsaren. Planen har varit på samråd under perioden 2021-11-15–2021-12-10 och fick 23 yttranden.</p>
<p><b>Yrkanden</b></p>
<p>Ali Karimi (S) yrkar bifall till förvaltningens förslag. Josefin Holm (MP) yrkar att antalet
parkeringsplatser halveras.</p>
<p><b>Omröstning</b></p>
<p>Omröstning begärs. Förvaltningens förslag får 4 röster och Josefin Holms yrkande 1 röst.</p>
<p><b>Beslut</b></p>
<p>Samhällsbyggnadsnämnden godkänner granskningshandlingarna och beslutar att ställa ut detaljplanen för
granskning.</p>
<p><b>Reservation</b></p>
<p>Josefin Holm (MP) reserverar sig mot beslutet.</p>
<table class="paragraph"><tr><td><b>§ 35</b></td><td>Dnr 0131/22</td></tr></table>
<h3>Bygglov för nybyggnad av lagerlokal, Hamnen 4:12</h3>
<p><b>Ärendebeskrivning</b></p>
<p>Sökanden ansöker om bygglov för en lagerlokal om 3 400 kvadratmeter. Åtgärden avviker från detaljplanen
genom att byggnadshöjden blir 14 meter i stället för högst 12 meter.</p>
<p><b>Beslut</b></p>
<p>Samhällsbyggnadsnämnden avslår ansökan om bygglov, eftersom avvikelsen från detaljplanen inte är liten.</p>
<p><b>Särskilt yttrande</b></p>
<p>Anders Kvist (SD) lämnar ett särskilt yttrande om att nämnden bör se över detaljplanen för hamnområdet.</p>
<table class="paragraph"><tr><td><b>§ 36</b></td><td>Dnr 0009/22</td></tr></table>
<h3>Taxa för plan- och bygglovsverksamheten 2022</h3>
<p><b>Beslut</b></p>
<p>Samhällsbyggnadsnämnden föreslår kommunfullmäktige att höja timtaxan för plan- och bygglovsverksamheten
från 1 150 kronor till 1 240 kronor.</p>
<p>TESTDOKUMENT</p>
</body></html>
"""


# --- (f) Bergviks kommun, kultur- och fritidsnämndens verksamhetsberättelse 2023 (markdown) ---------------------

KFN_VERKSAMHETSBERATTELSE = """TESTDOKUMENT

# Verksamhetsberättelse 2023

**Kultur- och fritidsnämnden, Bergviks kommun**

## Sammanfattning

Kultur- och fritidsnämnden redovisar ett överskott på 1 860 tkr för 2023. Överskottet beror främst på att
ishallen var stängd för renovering under hösten och att två tjänster på biblioteket var vakanta under
halva året. Besöken på biblioteken fortsatte att öka efter pandemin.

## Nyckeltal

| Nyckeltal | 2021 | 2022 | 2023 |
|---|---:|---:|---:|
| Besök på huvudbiblioteket | 98 400 | 131 200 | 142 900 |
| Utlån per invånare | 4,1 | 4,6 | 4,8 |
| Besök i simhallen | 61 300 | 88 700 | 93 500 |
| Elever i kulturskolan | 812 | 846 | 879 |
| Föreningsbidrag (tkr) | 6 450 | 6 720 | 6 980 |
| Nettokostnad per invånare (kr) | 1 912 | 1 987 | 2 064 |

## Ekonomi

| Verksamhet (tkr) | Budget 2023 | Bokslut 2023 | Avvikelse |
|---|---:|---:|---:|
| Bibliotek | 18 300 | 17 540 | 760 |
| Kulturskola | 11 900 | 12 150 | -250 |
| Idrottsanläggningar | 22 600 | 21 250 | 1 350 |
| Föreningsstöd | 7 000 | 7 000 | 0 |
| Summa | 59 800 | 57 940 | 1 860 |

Kulturskolans kostnader blev högre än budget eftersom fler elever tog del av undervisningen och en ny
lärare i stråkinstrument anställdes.

## Viktiga händelser

Ishallen renoverades mellan september och december 2023 till en kostnad av 14,5 mnkr. Det nya
meröppna biblioteket i Ekeby öppnade i mars 2023 och har öppet kl. 06.00–22.00 alla dagar.

TESTDOKUMENT
"""


def write_all(folder: Path) -> list[Path]:
    """Write the six documents into `folder` under file names as municipalities publish them."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = {"alvby_ks_protokoll_2021-10-18.txt": KS_PROTOKOLL,
             "granbo_bun_kallelse_2023-05-16.txt": BUN_KALLELSE,
             "sjohamn_delarsrapport_2022.txt": DELARSRAPPORT,
             "vasterbro_sbn_protokoll_2022-04-27.html": SBN_PROTOKOLL_HTML,
             "bergvik_kfn_verksamhetsberattelse_2023.md": KFN_VERKSAMHETSBERATTELSE}
    paths = []
    for name, text in texts.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    paths.append(build_tjansteskrivelse_docx(folder / "lillasa_von_tjansteskrivelse_nattpatrull.docx"))
    return paths
