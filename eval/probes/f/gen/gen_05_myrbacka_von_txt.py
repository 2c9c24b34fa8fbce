"""Doc 5: Myrbacka kommun, vård- och omsorgsnämnden, verksamhetsberättelse 2025.
Plain-text export (TAB-separated tables, headings in capitals). Sums are checked here."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "docs", "myrbacka_von_verksamhetsberattelse_2025.txt")

T = "\t"


def d1(x):
    """one decimal, Swedish comma, ASCII hyphen for negatives"""
    s = ("%.1f" % x).replace(".", ",")
    return s.replace("-0,0", "0,0")


def tsv(rows):
    return "\n".join(T.join(str(c) for c in r) for r in rows)


eko = [("Nämnd och ledning", 12.4, 11.9, 11.6),
       ("Myndighetsutövning", 18.7, 18.2, 17.4),
       ("Hemtjänst", 168.3, 179.6, 165.2),
       ("Särskilt boende", 241.5, 238.9, 229.8),
       ("Hälso- och sjukvård", 64.2, 66.0, 61.7),
       ("Funktionsstöd LSS", 131.8, 135.4, 127.9)]
eko_rows = [["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse 2025", "Utfall 2024"]]
for n, b, u, u24 in eko:
    eko_rows.append([n, d1(b), d1(u), d1(b - u), d1(u24)])
sb, su, s24 = (round(sum(r[i] for r in eko), 1) for i in (1, 2, 3))
eko_rows.append(["Summa", d1(sb), d1(su), d1(sb - su), d1(s24)])
assert (sb, su, round(sb - su, 1), s24) == (636.9, 650.0, -13.1, 613.6), (sb, su, s24)

nyckeltal = [
    ["Nyckeltal", "2023", "2024", "2025"],
    ["Personer med hemtjänst 31/12, antal", "412", "428", "451"],
    ["Beviljade hemtjänsttimmar per år", "186 400", "193 100", "204 700"],
    ["Utförd tid i procent av beviljad tid", "78", "80", "82"],
    ["Kostnad per utförd hemtjänsttimme, kr", "548", "571", "589"],
    ["Antal olika personal per brukare under 14 dagar, median", "16", "15", "15"],
    ["Platser i särskilt boende 31/12", "236", "236", "224"],
    ["Beläggningsgrad särskilt boende, procent", "96,1", "94,3", "97,8"],
    ["Kostnad per plats i särskilt boende, tkr", "912", "948", "1 006"],
    ["Personer i kö till särskilt boende 31/12", "14", "9", "21"],
    ["Genomsnittlig väntetid till särskilt boende, dagar", "52", "41", "67"],
    ["Personer med insats enligt LSS 31/12", "163", "171", "178"],
    ["Boende i bostad med särskild service LSS 31/12", "84", "86", "91"],
    ["Betalningsansvarsdagar, utskrivningsklara", "312", "188", "96"],
    ["Rapporterade fallhändelser", "1 084", "1 132", "1 047"],
    ["Helhetsnöjdhet hemtjänst (brukarundersökning), procent", "88", "86", "87"],
    ["Helhetsnöjdhet särskilt boende (brukarundersökning), procent", "81", "83", "80"],
]

mal = [
    ["Nr", "Mål", "Indikator och målvärde", "Utfall 2025", "Status"],
    ["1", "Äldre ska kunna bo kvar hemma med trygghet", "Andel 80 år och äldre som bor i ordinärt boende, minst 92 %", "93,4 %", "Uppfyllt"],
    ["2", "Minskad ofrivillig ensamhet", "Andel brukare i hemtjänst som sällan eller aldrig besväras av ensamhet, minst 60 %", "56 %", "Delvis uppfyllt"],
    ["3", "Trygg hemgång från sjukhus", "Betalningsansvarsdagar högst 150 per år", "96", "Uppfyllt"],
    ["4", "Ökad kontinuitet i hemtjänsten", "Högst 12 olika personal per brukare under 14 dagar (median)", "15", "Ej uppfyllt"],
    ["5", "Minskad sjukfrånvaro bland medarbetarna", "Sjukfrånvaro högst 7,5 %", "8,9 %", "Ej uppfyllt"],
    ["6", "Heltid som norm", "Andel heltidsanställda minst 80 %", "74 %", "Delvis uppfyllt"],
    ["7", "Delaktighet för personer med funktionsnedsättning", "Genomförandeplaner upprättade med brukaren inom 14 dagar, minst 90 %", "91 %", "Uppfyllt"],
]

personal = [
    ["Personalnyckeltal", "2023", "2024", "2025"],
    ["Tillsvidareanställda 31/12, antal", "1 126", "1 141", "1 158"],
    ["Sjukfrånvaro totalt, procent", "9,8", "9,3", "8,9"],
    ["varav långtidssjukfrånvaro 60 dagar eller mer, procent av total", "41,2", "43,5", "44,1"],
    ["Personalomsättning, procent", "13,4", "12,1", "11,6"],
    ["Andel heltidsanställda, procent", "68", "71", "74"],
    ["Timavlönade, omräknat till årsarbetare", "96", "88", "81"],
]

sjuk_vht = [
    ["Sjukfrånvaro per verksamhet 2025", "Procent"],
    ["Hemtjänst", "10,4"],
    ["Särskilt boende", "9,7"],
    ["Funktionsstöd LSS", "7,9"],
    ["Hälso- och sjukvård", "6,1"],
    ["Myndighetsutövning, nämnd och ledning", "4,2"],
]

text = f"""MYRBACKA KOMMUN
ÅRSREDOVISNING 2025
AVSNITT 4.6 VÅRD- OCH OMSORGSNÄMNDEN – VERKSAMHETSBERÄTTELSE

Ordförande:{T}Birgitta Lönn (S)
Förvaltningschef:{T}Roger Hallin
Dnr:{T}VON 2026/14
Godkänd av nämnden:{T}2026-02-19, § 9

==============================================================

1. UPPDRAG OCH ORGANISATION

Vård- och omsorgsnämnden ansvarar för kommunens äldreomsorg, insatser enligt lagen om stöd och
service till vissa funktionshindrade (LSS), kommunal hälso- och sjukvård samt myndighetsutövning
enligt socialtjänstlagen för äldre och personer med funktionsnedsättning. Förvaltningen är
organiserad i fyra verksamhetsområden: hemtjänst, särskilt boende, funktionsstöd och hälso- och
sjukvård. Myndighetsenheten är direkt underställd förvaltningschefen.

2. ÅRET I KORTHET

- Nämnden redovisar ett underskott på 13,1 mnkr mot budget, vilket motsvarar 2,1 procent av
  budgeten. Underskottet beror främst på hemtjänsten.
- Antalet beviljade hemtjänsttimmar ökade med 6,0 procent jämfört med 2024.
- Ålderdomshemmet Björkgården med 12 platser stängdes i april 2025 efter beslut i nämnden
  (VON 2024/88). De boende flyttade till Solbacken och Lindängen.
- Kön till särskilt boende ökade under hösten. Den 31 december väntade 21 personer på plats.
- Samverkan med regionen kring utskrivningsklara har gett resultat: betalningsansvarsdagarna
  halverades nästan jämfört med föregående år.
- Sjukfrånvaron minskade för andra året i rad men ligger fortfarande över målet.
- Ett nytt digitalt planeringssystem för hemtjänsten infördes i september.

3. EKONOMI

3.1 DRIFTREDOVISNING (MNKR)

{tsv(eko_rows)}

3.2 KOMMENTARER

HEMTJÄNST: Underskottet på 11,3 mnkr beror på att de beviljade timmarna ökade mer än vad som
budgeterats och att andelen utförd tid har ökat. Övertid och inhyrd personal under sommaren
kostade 3,4 mnkr. Resursfördelningen till hemtjänsten bygger på 2023 års volymer och har inte
följt med volymökningen.

SÄRSKILT BOENDE: Överskottet på 2,6 mnkr förklaras av att Björkgården stängdes i april och att
personalen kunde gå in på vakanta tjänster på andra boenden.

HÄLSO- OCH SJUKVÅRD: Underskottet på 1,8 mnkr beror på ökade kostnader för hjälpmedel och
inhyrda sjuksköterskor under semesterperioden.

FUNKTIONSSTÖD LSS: Underskottet på 3,6 mnkr beror på två nya ärenden med omfattande behov av
personlig assistens och en ny gruppbostad som öppnade i mars med sex platser.

MYNDIGHETSUTÖVNING OCH NÄMND: Överskotten beror på vakanser och lägre kostnader för
utbildning.

3.3 INVESTERINGAR

Investeringsbudgeten var 6,5 mnkr och utfallet 4,1 mnkr. Av utfallet avser 2,3 mnkr
digitala lås och trygghetslarm i hemtjänsten och 1,8 mnkr inventarier till den nya gruppbostaden.
Kvarvarande medel för taklyftar på Solbacken (2,4 mnkr) föreslås ombudgeteras till 2026.

4. VERKSAMHETENS NYCKELTAL

{tsv(nyckeltal)}

Kommentar: Antalet personer med hemtjänst har ökat varje år sedan 2023 och kostnaden per utförd
timme har ökat med totalt 7,5 procent sedan 2023. Antalet platser i särskilt boende minskade från
236 till 224 när Björkgården stängdes, vilket har bidragit till den högre beläggningsgraden och
till att väntetiden ökade till 67 dagar. Brukarundersökningen genomförs av Socialstyrelsen.

5. MÅLUPPFYLLELSE

Nämnden hade sju mål för 2025. Tre mål är uppfyllda, två är delvis uppfyllda och två är inte
uppfyllda.

{tsv(mal)}

Analys: Kontinuiteten i hemtjänsten har inte förbättrats. Det nya planeringssystemet och
arbetet med mindre arbetslag i hemtjänstområdena Norr och Centrum förväntas ge effekt under
2026. Sjukfrånvaron har minskat men når inte målet, se avsnitt 6. Arbetet mot ofrivillig
ensamhet har utvecklats genom träffpunkter i samarbete med pensionärsorganisationerna och
Svenska kyrkan; 14 träffpunkter var i gång i slutet av året.

6. PERSONAL

6.1 PERSONALNYCKELTAL

{tsv(personal)}

6.2 SJUKFRÅNVARO PER VERKSAMHET

{tsv(sjuk_vht)}

Kommentar: Sjukfrånvaron är högst inom hemtjänsten. Långtidssjukfrånvaron utgör en ökande
andel av den totala sjukfrånvaron. Under året har förvaltningen arbetat med tidig
rehabilitering, och alla chefer har gått utbildning i rehabiliteringsprocessen.
Personalomsättningen har minskat två år i rad. Den är högst bland undersköterskor i hemtjänsten
och bland sjuksköterskor. Antalet timavlönade har minskat i takt med att fler har erbjudits
heltidsanställning.

Kompetensförsörjning: 46 medarbetare har under året validerats eller utbildats till
undersköterska inom ramen för äldreomsorgslyftet. Den 31 december hade 83 procent av
tillsvidareanställda inom vård och omsorg undersköterskeexamen eller motsvarande.

7. FRAMTID

Andelen invånare som är 80 år eller äldre väntas öka med omkring 25 procent fram till 2032.
Nämnden bedömer att behovet av platser i särskilt boende kommer att öka och har i
lokalförsörjningsplanen begärt att ett nytt särskilt boende i Kvarnbo planeras med byggstart
tidigast 2027. Fram till dess behöver fler korttidsplatser användas som växelvård och
hemtjänsten ta hand om fler personer med stora behov.

Hemtjänstens resursfördelning kommer att ses över inför 2026 så att ersättningen följer de
beviljade timmarna. Nämnden kommer också att utreda införandet av en tekniktjänst för digital
tillsyn nattetid.

Inom LSS ökar efterfrågan på bostad med särskild service. Två personer väntade på beslut om
bostad den 31 december och ytterligare fem förväntas ansöka under 2026.

--------------------------------------------------------------
Källor: Kommunens ekonomi- och personalsystem, verksamhetssystemet för vård och omsorg,
Socialstyrelsens brukarundersökning 2023–2025.
"""
with open(OUT, "w", encoding="utf-8") as f:
    f.write(text)
print(OUT, text.count("\n"), "lines")
