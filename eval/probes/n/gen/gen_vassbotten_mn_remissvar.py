"""Vassbottens kommun – miljö- och hälsoskyddsförvaltningen, förslag till yttrande (remissvar) to miljönämnden on
Länsstyrelsen's remiss "Regional vattenförsörjningsplan" (2025-10-30). HTML via a string template.

Layout: a document-management HTML export in which each remiss question is a **`<details open>` element whose
`<summary>` carries the question number and short title**, followed by the remiss's own wording quoted in a
**`<blockquote cite="…">`** (with a `<footer>` naming the page of the remiss) and then the förvaltning's answer in a
`<div class="svar">` (with a `<p class="svar-rubrik">Förvaltningens svar</p>`). The meta data is a `<dl>` in an
`<aside>`; the förslag till beslut is an `<ol>`. No `<table>`.
"""
from common import out_dir, sv_int

FILE = "vassbotten_mn_remissvar_vattenforsorjningsplan_2025-11-20.html"
DNR, LST_DNR = "MN 2025/0217", "537-3391-2025"

# --- figures --------------------------------------------------------------------------------------------
VATTENVERK = [("Vassbottens vattenverk", 9_850), ("Kvarnåsens vattenverk", 1_130), ("Alnäs vattenverk", 420)]
assert sum(v for _, v in VATTENVERK) == 11_400
BRUNNAR = 2_340
PFAS4_TENTHS, PFAS4_LIMIT = 31, 4            # ng/l, 2024 value 3,1 and the gränsvärde from 2026
assert PFAS4_TENTHS < PFAS4_LIMIT * 10
VSO = [("Vassbotten", 1987), ("Kvarnåsen", 1984), ("Hägerträsk", None)]
REV_KR = 850_000
NODVATTEN_TANKAR, TANK_M3 = 6, 3
assert NODVATTEN_TANKAR * TANK_M3 == 18

QUESTIONS = [
    ("1", "Urval av vattenresurser",
     "Har kommunen synpunkter på urvalet av vattenresurser som i förslaget pekas ut som regionalt viktiga för "
     "dricksvattenförsörjningen nu och i framtiden?",
     "Remissen, s. 14",
     ["Förvaltningen instämmer i att Vassbottenåsen och Kvarnåsen pekas ut som regionalt viktiga "
      "vattenresurser.",
      "Förvaltningen saknar dock <strong>Hägerträsk grundvattenmagasin</strong>, som försörjer Alnäs vattenverk "
      "med 420 anslutna invånare och som enligt kommunens vattenförsörjningsplan från 2022 kan byggas ut till "
      "reservvattentäkt för hela kommunen. Förvaltningen föreslår att Hägerträsk tas med i planen."]),
    ("2", "Hot och risker",
     "Delar kommunen länsstyrelsens bedömning av de största hoten mot vattenresurserna i länet? Finns det "
     "ytterligare risker som bör beskrivas?",
     "Remissen, s. 21–23",
     ["Förvaltningen delar bedömningen att transportleder och förorenade områden är de största hoten.",
      f"I råvattnet vid Vassbottens vattenverk uppmättes 2024 halten {PFAS4_TENTHS // 10},{PFAS4_TENTHS % 10} "
      f"ng/l PFAS 4, att jämföra med gränsvärdet {PFAS4_LIMIT} ng/l som gäller från 2026. Källan bedöms vara "
      "den nedlagda brandövningsplatsen vid Flygfältet. Förvaltningen anser att PFAS bör lyftas fram som ett "
      "eget hot i planen."]),
    ("3", "Vattenskyddsområden",
     "Hur bedömer kommunen behovet av att inrätta nya eller revidera befintliga vattenskyddsområden?",
     "Remissen, s. 30",
     ["Kommunen har två beslutade vattenskyddsområden, Vassbotten (1987) och Kvarnåsen (1984). Båda har "
      "föreskrifter som inte motsvarar dagens krav och behöver revideras. Hägerträsk saknar vattenskyddsområde.",
      f"Revideringen av Kvarnåsens vattenskyddsområde planeras till 2026–2027 och beräknas kosta "
      f"{sv_int(REV_KR)} kronor. Kostnaden finansieras inom VA-kollektivet. Tidplanen för Vassbotten och "
      "Hägerträsk är ännu inte fastställd."]),
    ("4", "Reservvatten och nödvatten",
     "Beskriv kommunens förmåga till reservvattenförsörjning och nödvattenförsörjning.",
     "Remissen, s. 34",
     ["Vassbottens vattenverk saknar i dag reservvattentäkt. Kommunen har en nödvattenplan från 2023 och "
      f"{NODVATTEN_TANKAR} nödvattentankar om {TANK_M3} m³ vardera. Förvaltningen välkomnar att planen "
      "föreslår regional samverkan om nödvatten."]),
    ("5", "Genomförande och regional samordning",
     "Har kommunen synpunkter på förslaget om en regional samordningsfunktion för vattenförsörjning?",
     "Remissen, s. 41",
     ["Förvaltningen är positiv till en regional samordningsfunktion. Remissen anger dock inte hur kostnaden "
      "ska fördelas mellan kommunerna, och förvaltningen kan därför inte bedöma vad funktionen skulle kosta "
      "Vassbottens kommun. Förvaltningen föreslår att länsstyrelsen förtydligar finansieringen innan planen "
      "fastställs."]),
]


def esc_attr(s):
    return s.replace('"', "&quot;")


def build():
    qs = []
    for nr, title, quote, src, answer in QUESTIONS:
        ans = "\n".join(f"        <p>{a}</p>" for a in answer)
        qs.append(f"""    <details open class="remissfraga" id="fraga-{nr}">
      <summary>Fråga {nr}. {title}</summary>
      <blockquote cite="https://remiss.example/lst/{LST_DNR}#fraga-{nr}">
        <p>{quote}</p>
        <footer>{src}</footer>
      </blockquote>
      <div class="svar">
        <p class="svar-rubrik">Förvaltningens svar</p>
{ans}
      </div>
    </details>""")
    verk = ", ".join(f"{n} ({sv_int(v)} invånare)" for n, v in VATTENVERK)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Förslag till yttrande – Regional vattenförsörjningsplan – Vassbottens kommun</title>
<style>
  body {{ font-family: Georgia, serif; max-width: 46em; margin: 2em auto; color: #222; }}
  aside.meta {{ border: 1px solid #bbb; padding: .6em 1em; background: #f7f7f2; }}
  aside.meta dt {{ font-weight: bold; float: left; width: 11em; }}
  aside.meta dd {{ margin-left: 11em; }}
  details {{ border-top: 1px solid #ccc; padding: .5em 0; }}
  summary {{ font-weight: bold; font-size: 1.1em; cursor: pointer; }}
  blockquote {{ border-left: 4px solid #8aa; margin: .6em 0 .6em 1em; padding: .2em 1em; color: #445;
               font-style: italic; }}
  blockquote footer {{ font-size: .85em; font-style: normal; }}
  .svar-rubrik {{ font-weight: bold; margin-bottom: .2em; }}
</style>
</head>
<body>
<header>
  <p class="logo">Vassbottens kommun</p>
  <p>Miljö- och hälsoskyddsförvaltningen</p>
</header>
<main>
  <h1>Förslag till yttrande över remiss: Regional vattenförsörjningsplan</h1>
  <aside class="meta">
    <dl>
      <dt>Tjänsteskrivelse</dt><dd>2025-10-30</dd>
      <dt>Diarienummer</dt><dd>{DNR}</dd>
      <dt>Länsstyrelsens dnr</dt><dd>{LST_DNR}</dd>
      <dt>Handläggare</dt><dd>Elin Strömgren, miljöstrateg</dd>
      <dt>Till</dt><dd>Miljönämnden, sammanträde 2025-11-20</dd>
      <dt>Svar senast</dt><dd>2025-12-05</dd>
    </dl>
  </aside>

  <h2>Förslag till beslut</h2>
  <p>Miljö- och hälsoskyddsförvaltningen föreslår att miljönämnden beslutar</p>
  <ol>
    <li>att anta förvaltningens förslag till yttrande som sitt eget och överlämna det till Länsstyrelsen,</li>
    <li>att paragrafen justeras omedelbart.</li>
  </ol>

  <h2>Sammanfattning</h2>
  <p>Länsstyrelsen har skickat förslaget till regional vattenförsörjningsplan på remiss till länets kommuner.
  Förvaltningen är i huvudsak positiv till planen men saknar ett grundvattenmagasin som är viktigt för
  kommunens reservvattenförsörjning, vill att PFAS beskrivs som ett eget hot och efterfrågar besked om hur den
  regionala samordningsfunktionen ska finansieras.</p>

  <h2>Bakgrund</h2>
  <p>Vassbottens kommun har tre kommunala vattenverk: {verk}, sammanlagt {sv_int(sum(v for _, v in VATTENVERK))}
  invånare. Därtill finns uppskattningsvis {sv_int(BRUNNAR)} enskilda brunnar. Tekniska nämnden, som är
  huvudman för den allmänna VA-anläggningen, lämnar ett eget yttrande över remissen. Detta förslag avser
  miljönämndens yttrande i egenskap av tillsynsmyndighet.</p>

  <h2>Remissens frågor och förvaltningens svar</h2>
  <p>Remissen innehåller fem frågor. Frågorna återges nedan med remissens formulering.</p>
{chr(10).join(qs)}

  <h2>Beslutsunderlag</h2>
  <p>Tjänsteskrivelse 2025-10-30. Remiss från Länsstyrelsen, Regional vattenförsörjningsplan, samrådsversion
  2025-09-12.</p>
</main>
<footer>
  <p>Vassbottens kommun · Miljö- och hälsoskyddsförvaltningen · {DNR}</p>
</footer>
</body>
</html>
"""
    path = out_dir() / FILE
    path.write_text(html, encoding="utf-8")
    return path


if __name__ == "__main__":
    print(build())
