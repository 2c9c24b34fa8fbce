"""Hagelstads kommun – kommunledningsförvaltningen (HR-avdelningen), personalbokslut 2025 to kommunstyrelsen.
Markdown via a string template.

Layout: Markdown whose tables are **raw HTML `<table>` blocks embedded in the Markdown** (no pipe tables): the
sjukfrånvaro table has a two-row header with **`rowspan="2"`** ("Förvaltning") and **`colspan="3"`** ("2025" /
"2024" over Kvinnor / Män / Totalt); the rekryterings table uses `colspan` too. Explanations are **Markdown
footnotes** (`[^1]`, `[^2]`, `[^3]`) whose definitions stand at the end of the file, far from the markers; one
marker sits inside an HTML cell. Setext headings (`====` / `----`) for the two top-level headings, `###` below.
"""
from common import out_dir, sv_int, sv_tenths

FILE = "hagelstad_ks_personalbokslut_2025.md"
DNR = "Ks 2026:58"

# --- figures ------------------------------------------------------------------------------------------------
# förvaltning: headcount kvinnor, män (31 dec 2025); sjukfrånvaro tenths of %: 2025 K, M; 2024 K, M
FORV = [
    ("Kommunledningsförvaltningen", 118, 64, 46, 29, 51, 32, ""),
    ("Utbildningsförvaltningen", 842, 214, 74, 48, 79, 50, ""),
    ("Omsorgsförvaltningen", 764, 118, 98, 71, 106, 75, "[^2]"),
    ("Samhällsbyggnadsförvaltningen", 96, 88, 52, 41, 48, 44, ""),
    ("Kultur- och fritidsförvaltningen", 92, 22, 63, 39, 66, 46, ""),
]
K = sum(r[1] for r in FORV)
M = sum(r[2] for r in FORV)
assert (K, M, K + M) == (1_912, 506, 2_418)
ANST_24 = 2_391
assert round(K * 1000 / (K + M)) == 791  # 79,1 % kvinnor


def wavg(pairs):
    w = sum(a for a, _ in pairs)
    return round(sum(a * v for a, v in pairs) / w)


ROWS = []
for name, k, m, k25, m25, k24, m24, note in FORV:
    ROWS.append((name, note, k25, m25, wavg([(k, k25), (m, m25)]), k24, m24, wavg([(k, k24), (m, m24)])))
TOT = ("Hagelstads kommun totalt", "",
       wavg([(r[1], r[3]) for r in FORV]), wavg([(r[2], r[4]) for r in FORV]),
       wavg([(r[1], r[3]) for r in FORV] + [(r[2], r[4]) for r in FORV]),
       wavg([(r[1], r[5]) for r in FORV]), wavg([(r[2], r[6]) for r in FORV]),
       wavg([(r[1], r[5]) for r in FORV] + [(r[2], r[6]) for r in FORV]))
assert TOT[2:] == (80, 49, 74, 86, 52, 79), TOT
assert [r[4] for r in ROWS] == [40, 69, 94, 47, 58], [r[4] for r in ROWS]
# the total fell in every förvaltning except Samhällsbyggnadsförvaltningen (as the text says)
assert [r[0] for r in ROWS if r[4] >= r[7]] == ["Samhällsbyggnadsförvaltningen"]
LANG, LANG_24 = 412, 440              # tenths of % of total sick leave (footnote 1)
OMS, OMS_24 = 94, 112                 # personalomsättning, tenths of %
HEL, HEL_24 = 836, 809                # heltidsandel
ALDER, ALDER_24 = 458, 461            # medelålder, tenths of years
LON, LON_24 = 13_862, 13_225          # lönekostnad inkl. PO, tenths of mnkr
assert round((LON - LON_24) * 1000 / LON_24) == 48     # +4,8 %
REKR = [("Sjuksköterskor", 38, 21), ("Förskollärare", 44, 34), ("Socialsekreterare", 21, 40),
        ("Lärare årskurs 7–9", 17, 26), ("Undersköterskor", 112, 68)]  # utlysta, sökande per tjänst (tenths)
PENSION = 212


def pct(t):
    return sv_tenths(t)


def build():
    rows = []
    for name, note, k25, m25, t25, k24, m24, t24 in ROWS:
        rows.append(f"    <tr><td>{name}{note}</td><td>{pct(k25)}</td><td>{pct(m25)}</td><td>{pct(t25)}</td>"
                    f"<td>{pct(k24)}</td><td>{pct(m24)}</td><td>{pct(t24)}</td></tr>")
    name, note, k25, m25, t25, k24, m24, t24 = TOT
    rows.append(f"    <tr class=\"summa\"><td><strong>{name}</strong></td><td><strong>{pct(k25)}</strong></td>"
                f"<td><strong>{pct(m25)}</strong></td><td><strong>{pct(t25)}</strong></td>"
                f"<td><strong>{pct(k24)}</strong></td><td><strong>{pct(m24)}</strong></td>"
                f"<td><strong>{pct(t24)}</strong></td></tr>")
    rekr = "\n".join(f"    <tr><td>{n}</td><td>{u}</td><td>{pct(s)}</td></tr>" for n, u, s in REKR)
    anst = "\n".join(f"- {n}: {sv_int(k + m)} (varav {k} kvinnor och {m} män)" for n, k, m, *_ in FORV)
    md = f"""Personalbokslut 2025
====================

**Hagelstads kommun** · Kommunledningsförvaltningen, HR-avdelningen · Diarienummer {DNR} · 2026-03-10
Handläggare: Kim Åberg, HR-strateg · Till kommunstyrelsen 2026-03-24

Sammanfattning
--------------

Hagelstads kommun hade den 31 december 2025 {sv_int(K + M)} tillsvidareanställda medarbetare, jämfört med
{sv_int(ANST_24)} ett år tidigare. Sjukfrånvaron minskade till {pct(TOT[4])} procent ({pct(TOT[7])} procent 2024)
och personalomsättningen till {pct(OMS)} procent ({pct(OMS_24)} procent 2024). Andelen medarbetare som arbetar
heltid fortsatte att öka. Svårast att rekrytera är fortfarande sjuksköterskor och lärare i årskurs 7–9.

### Förslag till beslut

Kommunledningsförvaltningen föreslår att kommunstyrelsen beslutar att godkänna personalbokslut 2025 och
överlämna det till kommunfullmäktige för kännedom.

### Personalnyckeltal 2025 (2024 inom parentes)

- Tillsvidareanställda 31 december: {sv_int(K + M)} ({sv_int(ANST_24)})
- Andel kvinnor: {pct(round(K * 1000 / (K + M)))} procent
- Medelålder: {pct(ALDER)} år ({pct(ALDER_24)} år)
- Personalomsättning: {pct(OMS)} % ({pct(OMS_24)} %)
- Heltidsandel: {pct(HEL)} % ({pct(HEL_24)} %)
- Långtidssjukfrånvaro[^1]: {pct(LANG)} % ({pct(LANG_24)} %)
- Lönekostnad inklusive personalomkostnader: {pct(LON)} mnkr ({pct(LON_24)} mnkr), en ökning med 4,8 procent

Tillsvidareanställda per förvaltning den 31 december 2025:

{anst}

### Sjukfrånvaro per förvaltning och kön

Sjukfrånvaron redovisas som andel av den ordinarie arbetstiden, i procent. Räddningstjänsten redovisas inte[^3].

<table class="sjukfranvaro">
  <thead>
    <tr><th rowspan="2">Förvaltning</th><th colspan="3">2025</th><th colspan="3">2024</th></tr>
    <tr><th>Kvinnor</th><th>Män</th><th>Totalt</th><th>Kvinnor</th><th>Män</th><th>Totalt</th></tr>
  </thead>
  <tbody>
{chr(10).join(rows)}
  </tbody>
</table>

Sjukfrånvaron minskade inom alla förvaltningar utom Samhällsbyggnadsförvaltningen, där kvinnornas sjukfrånvaro
ökade. Omsorgsförvaltningen har fortfarande den högsta sjukfrånvaron. Där har ett arbete med schemaläggning och
tidig rehabilitering pågått sedan våren 2025.

### Kompetensförsörjning

<table class="rekrytering">
  <thead>
    <tr><th rowspan="2">Yrkesgrupp</th><th colspan="2">Rekrytering 2025</th></tr>
    <tr><th>Utlysta tjänster</th><th>Sökande per tjänst</th></tr>
  </thead>
  <tbody>
{rekr}
  </tbody>
</table>

Under perioden 2026–2030 beräknas {PENSION} medarbetare gå i pension. Flest pensionsavgångar väntas inom
Utbildningsförvaltningen och Omsorgsförvaltningen.

Arbetsmiljö och hälsa
---------------------

Friskvårdsbidraget var 2 500 kronor per medarbetare och år och användes av 61 procent av medarbetarna. Antalet
anmälda arbetsskador och tillbud var 338, varav 41 avsåg hot och våld.

[^1]: Långtidssjukfrånvaro är den andel av den totala sjukfrånvaron som avser sammanhängande sjukfrånvaro om 60 dagar eller mer.
[^2]: Omsorgsförvaltningen bildades den 1 januari 2025 genom en sammanslagning av äldreomsorgen och verksamheten för funktionsstöd. Värdena för 2024 är omräknade till den nya organisationen.
[^3]: Räddningstjänsten bedrivs av ett kommunalförbund som Hagelstad ingår i, och dess personal ingår därför inte i kommunens personalbokslut.
"""
    path = out_dir() / FILE
    path.write_text(md, encoding="utf-8")
    return path


if __name__ == "__main__":
    print(build())
