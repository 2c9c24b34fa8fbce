"""Vindåkers kommun – kultur- och fritidsförvaltningens utredning om bibliotekets filialer, 2025-10-20, as
**pandoc Markdown** (the source a förvaltning keeps when it writes in Markdown and converts with pandoc).

Layout (new in probe o):
- a pandoc **title block** (`% Titel`, `% Författare`, `% Datum`) instead of YAML front matter;
- headings with **pandoc attributes** (`## Bakgrund {#sec-bakgrund}`);
- a **fenced div** (`::: {.faktaruta}` … `:::`) holding the dnr, the uppdrag and the utredare;
- a **pandoc simple table** (no pipes: the columns are given by the dashed line under the header, right-aligned
  numbers) with a `Table:` caption;
- a **pandoc multiline table** (framed by full-width dashed lines, the header on two lines, each row's cells
  wrapped over several lines and rows separated by blank lines), so one cell's text is spread over lines that
  also carry the other cells' text.
"""
import textwrap

from common import out_dir, sv_int

FILE = "vindaker_kfn_utredning_bibliotekets_filialer_2025-10-20.md"

YEARS = [2021, 2022, 2023, 2024]
BESOK = {
    "Huvudbiblioteket": [88100, 97400, 103900, 106250],
    "Åmyra": [14820, 15960, 16410, 16980],
    "Stensund": [9350, 9870, 9120, 8760],
    "Tallbo": [7940, 8310, 8050, 7620],
    "Lillåker": [3410, 3180, 2950, 2640],
}
TIMMAR = {"Huvudbiblioteket": 52, "Åmyra": 24, "Stensund": 16, "Tallbo": 14, "Lillåker": 8}
KOSTNAD = {"Åmyra": 1480, "Stensund": 1120, "Tallbo": 1060, "Lillåker": 690}   # tkr 2024, personal + lokal
PER_BESOK = {k: round(v * 1000 / BESOK[k][-1]) for k, v in KOSTNAD.items()}
assert PER_BESOK == {"Åmyra": 87, "Stensund": 128, "Tallbo": 139, "Lillåker": 261}
UTLAN_2024 = 214600
SPAR_B, SPAR_PERSONAL_C = 640, 270
SPAR_C = SPAR_B + SPAR_PERSONAL_C
assert SPAR_C == 910
INVEST_C = 1250
MEROPPET_TIM = 60
assert KOSTNAD["Lillåker"] - SPAR_B == 50   # bokbusshållplatsen kostar 50 tkr per år


def simple_table():
    w0, w = 18, 10
    lines = ["  " + "Enhet".ljust(w0) + "".join(str(y).rjust(w) for y in YEARS),
             "  " + "-" * w0 + "".join(" " + "-" * (w - 1) for _ in YEARS)]
    for k, vals in BESOK.items():
        lines.append("  " + k.ljust(w0) + "".join(sv_int(v).rjust(w) for v in vals))
    tot = [sum(v[i] for v in BESOK.values()) for i in range(len(YEARS))]
    lines.append("  " + "Totalt".ljust(w0) + "".join(sv_int(v).rjust(w) for v in tot))
    return "\n".join(lines) + "\n\nTable: Tabell 1. Antal besök per enhet 2021–2024\n"


def multiline_table():
    cols = [16, 34, 12, 13]   # widths incl. alignment: left, left, right, right
    head = [["Alternativ", ""], ["Innehåll", ""], ["Besparing,", "tkr per år"], ["Investering,", "tkr"]]
    rows = [
        ("A. Nuvarande organisation", "Alla fem enheter behålls med dagens öppettider. Lokalen i Lillåker "
         "behöver renoveras för 350 tkr.", "0", "350"),
        ("B. Lillåker stängs", "Filialen i Lillåker stängs och ersätts med en bokbusshållplats varannan vecka "
         "(50 tkr per år).", sv_int(SPAR_B), "0"),
        ("C. Lillåker stängs och meröppet införs", "Som B, och meröppet införs i Stensund och Tallbo. De "
         f"bemannade timmarna minskar, men Stensund blir tillgängligt {MEROPPET_TIM} timmar per vecka.",
         sv_int(SPAR_C), sv_int(INVEST_C)),
    ]
    total = sum(cols) + len(cols) - 1
    out = ["-" * total]
    for i in range(2):
        out.append(" ".join(head[c][i].ljust(cols[c]) if c < 2 else head[c][i].rjust(cols[c])
                            for c in range(4)).rstrip())
    out.append(" ".join("-" * c for c in cols))
    for r in rows:
        wrapped = [textwrap.wrap(r[c], cols[c] - 1) or [""] for c in range(4)]
        h = max(len(x) for x in wrapped)
        for i in range(h):
            cells = [(wrapped[c][i] if i < len(wrapped[c]) else "") for c in range(4)]
            out.append(" ".join(cells[c].ljust(cols[c]) if c < 2 else cells[c].rjust(cols[c])
                                for c in range(4)).rstrip())
        out.append("")
    out[-1] = "-" * total
    return "\n".join(out) + "\n\nTable: Tabell 3. Alternativ för filialerna\n"


def main():
    per = "\n".join(f"  {k.ljust(12)}{sv_int(KOSTNAD[k]).rjust(12)}{str(TIMMAR[k]).rjust(10)}"
                    f"{str(PER_BESOK[k]).rjust(12)}" for k in KOSTNAD)
    md = f"""% Utredning om bibliotekets filialer
% Mona Ekdahl, bibliotekschef
% 2025-10-20

::: {{.faktaruta}}
**Vindåkers kommun** · Kultur- och fritidsförvaltningen\\
Diarienummer: 2025-000318 3.4.1\\
Uppdrag: kultur- och fritidsnämnden 2025-03-12 § 24\\
Utredare: Mona Ekdahl, bibliotekschef, med stöd av controller Viktor Holmqvist
:::

## Sammanfattning {{#sec-sammanfattning}}

Kultur- och fritidsnämnden gav förvaltningen i uppdrag att utreda hur biblioteksverksamheten i Vindåker kan
bedrivas mer kostnadseffektivt utan att tillgången till bibliotek försämras för invånare utanför centralorten.
Utredningen beskriver besöksutvecklingen, kostnaderna per filial och tre alternativ. Förvaltningen förordar
alternativ C, som ger den största besparingen och samtidigt längre tillgänglighet i Stensund och Tallbo.

## Bakgrund {{#sec-bakgrund}}

Biblioteksverksamheten består av huvudbiblioteket i Vindåkers centrum och fyra filialer: Åmyra, Stensund,
Tallbo och Lillåker. Besöken på huvudbiblioteket och i Åmyra har ökat varje år sedan 2021, medan de tre mindre
filialerna har tappat besökare. Totalt lånades {sv_int(UTLAN_2024)} medier ut under 2024; utlånen
registreras i dag inte per enhet, eftersom återlämning kan ske var som helst.

{simple_table()}
Besöksstatistiken för 2025 sammanställs i januari 2026 och finns därför inte med i utredningen.

## Kostnader {{#sec-kostnader}}

Kostnaden för varje filial 2024 (personal och lokal, tkr), öppettimmar per vecka och kostnad per besök:

  Filial        Kostnad, tkr   Timmar   Kr per besök
  ----------- -------------- -------- --------------
{per}

Table: Tabell 2. Kostnad per filial 2024

Kostnaden per besök är alltså högst i Lillåker, där varje besök kostar ungefär tre gånger så mycket som i Åmyra.

## Alternativ {{#sec-alternativ}}

{multiline_table()}
Alternativ B och C förutsätter att bokbussens turlista ändras. Meröppet innebär att låntagare med lånekort och
PIN-kod kan gå in i biblioteket när det är obemannat; investeringen avser passersystem, kameror och
självbetjäningsautomater.

## Förvaltningens bedömning {{#sec-bedomning}}

Förvaltningen förordar alternativ C. Besparingen på {sv_int(SPAR_C)} tkr per år uppnås från och med det första
hela året efter genomförandet, och investeringen på {sv_int(INVEST_C)} tkr är återbetald inom två år.

## Fortsatt hantering {{#sec-fortsatt}}

Utredningen remitteras till biblioteksrådet och kommunala pensionärsrådet med svar senast 2025-12-15.
Kultur- och fritidsnämnden planeras fatta beslut i ärendet vid sammanträdet den 11 februari 2026. Något
beslut om filialerna är alltså inte fattat.
"""
    (out_dir() / FILE).write_text(md, encoding="utf-8")


if __name__ == "__main__":
    main()
