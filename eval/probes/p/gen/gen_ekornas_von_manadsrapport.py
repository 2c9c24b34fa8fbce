"""Ekornäs kommun – vård- och omsorgsnämndens månadsrapport november 2025. Markdown as Notion exports a page.

Layout (new in probe p): a Notion page export: an H1 title followed by the page's **properties as bare
"Key: value" lines** (no YAML), a Notion **callout exported as an `<aside>` HTML block** with an emoji, a
**toggle exported as a bullet whose content is indented under it**, a user mention ("@Lena Rudberg"), a link to a
sub-page with Notion's URL-encoded file name and hash, **pipe tables whose grouping cells are left empty** (the
verksamhetsområde is written only in the first row of its group; the nyckeltal table has empty cells where there
is no value), quote-block callouts "> **Förslag till beslut:** …" and a checkbox list ("- [x]", "- [ ]").
"""
from common import out_dir, sv_int

FILE = "ekornas_von_manadsrapport_2025-11.md"

ROWS = [  # område, enhet, årsbudget, utfall jan–nov, prognos helår (tkr)
    ("Hemtjänst", "Hemtjänst Norr", 31_400, 30_210, 32_950),
    ("Hemtjänst", "Hemtjänst Söder", 28_900, 26_080, 28_600),
    ("Hemtjänst", "Nattpatrull", 6_200, 5_910, 6_450),
    ("Särskilt boende", "Björkhagens vård- och omsorgsboende", 42_300, 39_870, 43_650),
    ("Särskilt boende", "Lärkgårdens vård- och omsorgsboende", 38_100, 34_220, 37_400),
    ("Hälso- och sjukvård", "Sjuksköterskeorganisationen", 19_800, 18_390, 20_100),
    ("Hälso- och sjukvård", "Rehabilitering", 9_400, 8_450, 9_250),
    ("Myndighet och ledning", "Biståndshandläggning", 7_600, 6_890, 7_500),
    ("Myndighet och ledning", "Nämnd och ledning", 5_300, 4_650, 5_200),
]
TOT = [sum(r[i] for r in ROWS) for i in (2, 3, 4)]
DEV = TOT[0] - TOT[2]
assert DEV == -2_100, DEV
OKT = -1_600
TIM25, TIM24 = 61_480, 56_400
assert round(100 * (TIM25 - TIM24) / TIM24) == 9


def n(x):
    return sv_int(x)


def main():
    lines = ["# Månadsrapport november 2025 – vård och omsorg", "",
             "Nämnd: Vård- och omsorgsnämnden",
             "Kommun: Ekornäs kommun",
             "Diarienummer: VON 2025:144",
             "Period: januari–november 2025",
             "Ansvarig: @Lena Rudberg",
             "Status: Klar för nämnd",
             "Sammanträde: 16 december 2025",
             "Senast redigerad: 8 december 2025 14:22", "",
             "<aside>",
             "⚠️ **Helårsprognosen är ett underskott på 2,1 mnkr** (−2 100 tkr). Det är en försämring med "
             "0,5 mnkr jämfört med prognosen i oktober, som var −1,6 mnkr.",
             "",
             "</aside>", "",
             "## Ekonomi", "",
             "Belopp i tkr. Avvikelse = årsbudget minus prognos; minus betyder underskott.", "",
             "| Verksamhetsområde | Enhet | Årsbudget | Utfall jan–nov | Prognos helår | Avvikelse |",
             "| --- | --- | --- | --- | --- | --- |"]
    prev = None
    for omr, enhet, b, u, p in ROWS:
        lines.append(f"| {omr if omr != prev else ''} | {enhet} | {n(b)} | {n(u)} | {n(p)} | {n(b - p)} |")
        prev = omr
    lines.append(f"| **Totalt** |  | **{n(TOT[0])}** | **{n(TOT[1])}** | **{n(TOT[2])}** | **{n(DEV)}** |")
    lines += ["", "Prognosen för hela nämnden per månad: augusti −0,9 mnkr, september −1,2 mnkr, oktober −1,6 mnkr "
              "och november −2,1 mnkr.", "",
              "- Kommentarer per enhet",
              "    ",
              f"    **Hemtjänst Norr** har ett underskott på 1 550 tkr. Antalet beviljade timmar har ökat med 9 procent: "
              f"{n(TIM25)} timmar januari–november 2025 mot {n(TIM24)} timmar samma period 2024. Ökningen "
              "beror främst på fler brukare med dubbelbemanning.",
              "    ",
              "    **Björkhagens vård- och omsorgsboende** beräknas gå 1 350 tkr back, varav 0,9 mnkr för inhyrda "
              "sjuksköterskor och resten för vikarier under sommaren.",
              "    ",
              "    **Lärkgårdens vård- och omsorgsboende** beräknas gå 700 tkr plus eftersom fyra platser var "
              "stängda under renoveringen i september och oktober.",
              "    ",
              "    **Nattpatrullen** går 250 tkr back på grund av ett extra fordon sedan augusti.",
              "",
              "Underlaget till prognosen finns på undersidan [Prognosunderlag november](M%C3%A5nadsrapport%20"
              "november%202025%20%E2%80%93%20v%C3%A5rd%20och%20omsorg%203f2a9c1e8b7d4e06a1c2/Prognosunderlag%20"
              "november%2019c4d2e07f3b4a8e9d11.md).", "",
              "## Nyckeltal", "",
              "| Nyckeltal | November 2024 | November 2025 | Målvärde 2025 |",
              "| --- | --- | --- | --- |",
              "| Beviljade hemtjänsttimmar under månaden | 5 210 | 5 690 |  |",
              "| Antal brukare i hemtjänst | 412 | 438 |  |",
              "| Väntande på plats i särskilt boende | 9 | 14 | 5 |",
              "| Sjukfrånvaro, % | 8,9 |  | 7,5 |",
              "",
              "Sjukfrånvaron för november 2025 är inte klar när rapporten skrivs och redovisas i januarirapporten.", "",
              "## Åtgärder", "",
              "- [x] Ny planering av hemtjänstens turer i Norr (klar 2025-10-15)",
              "- [ ] Avveckla inhyrda sjuksköterskor på Björkhagen senast 2026-03-31",
              "- [ ] Översyn av nattpatrullens bemanning, rapport till nämnden i februari 2026", "",
              "> **Förslag till beslut:** Vård- och omsorgsnämnden godkänner månadsrapporten för november 2025 och "
              "ger förvaltningen i uppdrag att redovisa effekten av åtgärderna vid sammanträdet i februari 2026.", "",
              "> **Kontaktperson:** Lena Rudberg, ekonom, vård- och omsorgsförvaltningen, Ekornäs kommun.", ""]
    (out_dir() / FILE).write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
