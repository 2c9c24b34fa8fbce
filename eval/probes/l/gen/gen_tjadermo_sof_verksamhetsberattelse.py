"""Samordningsförbundet Tjädermo – verksamhetsberättelse 2025 (Markdown).

Layout: a Markdown annual report of a samordningsförbund (finansiell samordning; members Försäkringskassan,
Arbetsförmedlingen, Region Skogsmark and Tjädermo kommun). Key figures are **nested bullet lists** with the
previous year in parentheses ("- Antal deltagare: 212 (2024: 187)", with "varav" sub-bullets two levels deep);
the **results per insats are a pipe table** (Insats | Deltagare | Avslutade | Till arbete eller studier | Andel, % |
Kostnad, tkr) with a sum row, and the economy is a second, smaller pipe table. A metadata line in bold at the top
and a closing signature section.
"""
from common import out_dir, sv_int

FILE = "tjadermo_sof_verksamhetsberattelse_2025.md"

# insats, deltagare 2025, avslutade, till arbete/studier, kostnad tkr
INSATSER = [
    ("Steget vidare (arbetsträning)", 88, 61, 21, 1_860),
    ("UngKraft (unga 16–29 år)", 74, 39, 18, 1_240),
    ("Hälsolotsen", 31, 22, 6, 690),
    ("IPS – individanpassat stöd till arbete", 19, 16, 7, 820),
]
DELT, AVSL, ARB, KOST = (sum(x[i] for x in INSATSER) for i in (1, 2, 3, 4))
assert (DELT, AVSL, ARB, KOST) == (212, 138, 52, 4_610)
DELT_24, AVSL_24, ARB_24 = 187, 121, 39
KVINNOR, MAN = 121, 91
assert KVINNOR + MAN == DELT
KV_24, MAN_24 = 98, 89
assert KV_24 + MAN_24 == DELT_24
UNGA, UNGA_24 = 74, 69
assert UNGA == INSATSER[1][1]


def pct(a, b):
    t = round(a / b * 1000)
    return f"{t // 10},{t % 10}"


# economy, tkr
MEDLEM = {"Försäkringskassan och Arbetsförmedlingen": 2_400, "Region Skogsmark": 1_200, "Tjädermo kommun": 1_200}
INT = sum(MEDLEM.values())
assert INT == 4_800
ADM = 500
RES = INT - KOST - ADM
assert RES == -310
RES_24 = 145
EK_IB, EK_UB = 1_730, 1_420
assert EK_IB + RES == EK_UB


def main():
    best = max(INSATSER, key=lambda x: x[3] / x[2])
    assert best[0].startswith("UngKraft")
    L = []
    L += ["# Verksamhetsberättelse 2025", "",
          "**Samordningsförbundet Tjädermo** · Dnr SFT 2026/3 · Fastställd av styrelsen 2026-02-19", "",
          "Samordningsförbundet Tjädermo är ett kommunalförbund för finansiell samordning enligt lagen (2003:1210) "
          "om finansiell samordning av rehabiliteringsinsatser. Medlemmar är Försäkringskassan, "
          "Arbetsförmedlingen, Region Skogsmark och Tjädermo kommun. Förbundet finansierar insatser för personer "
          "i arbetsför ålder som behöver samordnat stöd för att nå arbete eller studier.", "",
          "## 1. Styrelse och organisation", "",
          "- Styrelsens ordförande: Maria Lindgren (S), Tjädermo kommun",
          "- Vice ordförande: Jonas Ek (M), Region Skogsmark",
          "- Ledamöter från Försäkringskassan och Arbetsförmedlingen: Helena Strand och Ali Nouri (tjänstepersoner)",
          "- Förbundschef: Kerstin Holm (anställd 0,8 årsarbetare, Tjädermo kommun är arbetsgivare)",
          "- Antal styrelsesammanträden: 6 (2024: 7)",
          "- Beredningsgruppen har träffats 10 gånger.", "",
          "## 2. Året i korthet", "",
          "Under 2025 ökade antalet deltagare i förbundets insatser för andra året i rad. Insatsen IPS startade "
          "i februari som ett treårigt utvecklingsarbete tillsammans med regionens psykiatri. Hälsolotsen "
          "permanentades efter projekttiden. Förbundet redovisar ett negativt resultat, vilket var planerat: "
          "styrelsen beslutade i budgeten att använda en del av det egna kapitalet för att kunna starta "
          "IPS-satsningen.", "",
          "## 3. Deltagare och resultat", "",
          "### 3.1 Nyckeltal", "",
          f"- Antal deltagare totalt: {DELT} (2024: {DELT_24})",
          f"  - varav kvinnor: {KVINNOR} (2024: {KV_24})",
          f"  - varav män: {MAN} (2024: {MAN_24})",
          f"  - varav unga 16–29 år: {UNGA} (2024: {UNGA_24})",
          f"    - varav med aktivitetsersättning: 23 (2024: 17)",
          f"- Avslutade deltagare: {AVSL} (2024: {AVSL_24})",
          f"  - till arbete eller studier: {ARB} (2024: {ARB_24})",
          "    - varav arbete med lönestöd: 14 (2024: 12)",
          "    - varav reguljära studier: 11 (2024: 8)",
          f"  - andel till arbete eller studier: {pct(ARB, AVSL)} % (2024: {pct(ARB_24, AVSL_24)} %)",
          "- Genomsnittlig tid i insats: 7,4 månader (2024: 8,1)",
          "- Deltagare som avbrutit på grund av sjukdom: 19 (2024: 22)", "",
          "Uppgifterna om 2024 års deltagare avser samma definition som 2025. I uppföljningssystemet SUS "
          "räknas en person som deltagare när hen har skrivits in i en insats.", "",
          "### 3.2 Resultat per insats 2025", "",
          "| Insats | Deltagare | Avslutade | Till arbete eller studier | Andel, % | Kostnad, tkr |",
          "|---|---:|---:|---:|---:|---:|"]
    for name, d, a, w, k in INSATSER:
        L.append(f"| {name} | {d} | {a} | {w} | {pct(w, a)} | {sv_int(k)} |")
    L.append(f"| **Summa** | **{DELT}** | **{AVSL}** | **{ARB}** | **{pct(ARB, AVSL)}** | **{sv_int(KOST)}** |")
    L += ["", "Andelen avser avslutade deltagare som gått till arbete eller studier.", "",
          "## 4. Ekonomi", "",
          "| Post, tkr | 2025 | 2024 |", "|---|---:|---:|"]
    for k, v in MEDLEM.items():
        L.append(f"| Medlemsavgift {k} | {sv_int(v)} | {sv_int(v - (100 if v == 2_400 else 50))} |")
    L += [f"| Kostnader för insatser | −{sv_int(KOST)} | −3 965 |",
          f"| Administration och förbundschef | −{ADM} | −{490} |",
          f"| **Årets resultat** | **−{-RES}** | **+{RES_24}** |"]
    assert (2_300 + 1_150 + 1_150) - 3_965 - 490 == RES_24
    L += ["",
          f"- Eget kapital vid årets början: {sv_int(EK_IB)} tkr",
          f"- Eget kapital vid årets slut: {sv_int(EK_UB)} tkr",
          "  - Nationella rådets riktmärke: högst 20 procent av medlemsavgifterna för ett förbund av denna "
          "storlek, dvs. 960 tkr", "",
          f"Underskottet på {-RES} tkr beror på att styrelsen medvetet använde eget kapital för att finansiera "
          "starten av IPS-satsningen. Det egna kapitalet överstiger fortfarande riktmärket, och avsikten är att "
          "närma sig det under 2026–2027.", "",
          "## 5. Framåtblick", "",
          "Medlemsavgifterna för 2026 fastställs vid medlemssamrådet i februari 2026. Revisionsberättelsen och frågan om ansvarsfrihet för "
          "styrelsen prövas av respektive medlem under våren 2026.", "",
          "---", "",
          "Tjädermo den 19 februari 2026", "",
          "Maria Lindgren, ordförande  ", "Jonas Ek, vice ordförande  ", "Helena Strand  ", "Ali Nouri", ""]
    (out_dir() / FILE).write_text("\n".join(L), encoding="utf-8")


if __name__ == "__main__":
    main()
