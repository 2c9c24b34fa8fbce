"""Humlesjö kommun – Årsredovisning 2025, pages 14–17 (ekonomisk analys, balanskrav, resultaträkning,
driftredovisning), as plain `pdftotext` (no -layout) writes a typeset annual-report PDF.

pdftotext is not installed on the machine where this was written, so the text is composed here to look like its
default (reading-order) output:
- body text keeps the PDF's line breaks, and words that the typesetter **hyphenated at line ends stay split**
  ("verksam-" / "hetens"); a few words carry the typesetter's **ﬁ / ﬂ ligatures** (U+FB01, U+FB02);
- the running header ("Humlesjö kommun" / "Årsredovisning 2025") opens every page and the page number closes it,
  pages end with a form feed (U+000C);
- a fact box (Nyckeltal) is a separate text block after the page's main text;
- every table comes out **one cell per line**, row by row: the resultaträkning has a two-level header (Kommunen /
  Koncernen over 2025 / 2024) whose cells come out first, and **rows without a note number simply have one line
  fewer**; the driftredovisning's long board names are broken over two lines;
- negative amounts use an en dash ("–12,8"), as the report's typography does.
"""
import re

from common import out_dir, sv_tenths

FILE = "humlesjo_ks_arsredovisning_2025.txt"
SHY = "\u00ad"
WIDTH = 64


def t(x: int) -> str:
    """tenths -> '1 402,6' / '–2 141,7' (en dash)"""
    return sv_tenths(x).replace("-", "–")


# the typesetter's hyphenation points (a dictionary's, marked by hand); applied to every occurrence of the word
HYPH = {w.replace("-", ""): w.replace("-", SHY) for w in """
verk-sam-he-tens net-to-kost-na-der-na net-to-kost-na-der skat-te-in-täk-ter-na skat-te-in-täk-ter
för-bru-ka-de in-ves-te-rings-med-len in-ves-te-ring-ar-na ge-nom-snitt-li-ga sol-i-di-te-ten
kom-mun-full-mäk-ti-ges kom-mun-full-mäk-ti-ge an-svars-för-bin-del-sen an-svars-för-bin-del-se
hus-håll-ning för-sörj-nings-stö-det för-sörj-nings-stöd pla-ce-ring-ar upp-hand-ling-en
vin-ter-väg-håll-ning re-a-li-sa-tions-vins-ter an-lägg-nings-till-gång-ar drift-re-do-vis-ning-en
Hum-le-sjö-bo-stä-der Låne-skul-den låne-skuld be-döm-ning-en stats-bi-dra-get bud-ge-te-rat
""".split()}
HYPH = {k.lower(): v.lower() for k, v in HYPH.items()}


def _hyph(token: str) -> str:
    core = token.strip("(),.;:")
    h = HYPH.get(core.lower())
    if not h or SHY in core:
        return token
    h = core[0] + h[1:]  # keep the capital
    return token.replace(core, h, 1)


def hyph_wrap(text: str, width: int = WIDTH) -> list:
    """Greedy line breaking; a word that does not fit is split at its last soft hyphen that fits, printed as '-'."""
    lines, cur = [], ""
    for word in (_hyph(w) for w in text.split()):
        cand = (cur + " " + word).strip() if cur else word
        if len(cand.replace(SHY, "")) <= width:
            cur = cand
            continue
        parts = word.split(SHY)
        done = False
        for k in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:k]) + "-"
            if len((cur + " " + head).strip()) <= width:
                lines.append((cur + " " + head).strip())
                cur = "".join(parts[k:])
                done = True
                break
        if not done:
            lines.append(cur)
            cur = word
    lines.append(cur)
    return [x.replace(SHY, "") for x in lines if x]


# ---------------------------------------------------------------------------------------------------------
# Resultaträkning (mnkr, tenths): label, note, kommunen 2025, kommunen 2024, koncernen 2025, koncernen 2024
K_INT, K_KOST, K_AVS = (3862, 3715), (-21417, -20673), (-889, -842)
G_INT, G_KOST, G_AVS = (6129, 5884), (-22598, -21806), (-1413, -1335)
SKATT, GSB = (14026, 13518), (4783, 4529)
K_FIN_I, K_FIN_K = (98, 112), (-186, -159)
G_FIN_I, G_FIN_K = (41, 50), (-498, -426)
G_SKATT = (-57, -49)


def add(*xs):
    return tuple(sum(v) for v in zip(*xs))


K_NETTO, G_NETTO = add(K_INT, K_KOST, K_AVS), add(G_INT, G_KOST, G_AVS)
K_VR, G_VR = add(K_NETTO, SKATT, GSB), add(G_NETTO, SKATT, GSB)
K_EFP, G_EFP = add(K_VR, K_FIN_I, K_FIN_K), add(G_VR, G_FIN_I, G_FIN_K)
K_RES, G_RES = K_EFP, add(G_EFP, G_SKATT)
assert K_NETTO == (-18444, -17800) and K_VR == (365, 247) and K_RES == (277, 200)
assert G_NETTO == (-17882, -17257) and G_VR == (927, 790) and G_EFP == (470, 414) and G_RES == (413, 365)
SKATT_GSB = add(SKATT, GSB)
assert SKATT_GSB == (18809, 18047)
assert round(K_RES[0] * 1000 / SKATT_GSB[0]) == 15                       # 1,5 procent
assert round((SKATT[0] / SKATT[1] - 1) * 1000) == 38 and round((GSB[0] / GSB[1] - 1) * 1000) == 56
assert round((K_NETTO[0] / K_NETTO[1] - 1) * 1000) == 36
assert round(K_NETTO[0] * -1000 / SKATT_GSB[0]) == 981 and round(K_NETTO[1] * -1000 / SKATT_GSB[1]) == 986
BUDGET_RES, NAMNDER, SKATT_BUDGET_AVV, FINNETTO_AVV = 376, -141, 64, -22
assert BUDGET_RES + NAMNDER + SKATT_BUDGET_AVV + FINNETTO_AVV == K_RES[0]
REAVINST = (31, 18)
BALANS = (K_RES[0] - REAVINST[0], K_RES[1] - REAVINST[1])
assert BALANS == (246, 182)
INV = (2124, 1726)
SJF = [round((K_RES[i] - K_AVS[i]) * 100 / INV[i]) for i in (0, 1)]
assert SJF == [55, 60]
INVANARE = (24_612, 24_530)
LAN = (1_140, 1_020)  # mnkr
assert round(LAN[0] * 1e6 / INVANARE[0]) == 46_319

# Driftredovisning (mnkr, tenths): nämnd (as broken over lines), budget 2025, utfall 2025, avvikelse 2024
DRIFT = [
    (["Kommunstyrelsen"], 1420, 1386, 12),
    (["Barn- och", "utbildningsnämnden"], 7425, 7519, -41),
    (["Socialnämnden"], 3682, 3810, -76),
    (["Vård- och", "omsorgsnämnden"], 4968, 4903, -33),
    (["Kultur- och", "fritidsnämnden"], 584, 571, 4),
    (["Tekniska nämnden"], 712, 749, 9),
    (["Miljö- och", "byggnadsnämnden"], 149, 142, 5),
    (["Överförmyndar-", "nämnden"], 41, 43, 0),
    (["Revision"], 26, 25, 1),
]
SB, SU, S24 = (sum(r[i] for r in DRIFT) for i in (1, 2, 3))
assert (SB, SU, SB - SU, S24) == (19007, 19148, -141, -119) and SB - SU == NAMNDER


def page(no, blocks):
    out = ["Humlesjö kommun", "Årsredovisning 2025", ""]
    for b in blocks:
        out += b + [""]
    out.append(str(no))
    return "\n".join(out) + "\n\f"


def P(text):
    return hyph_wrap(text)


def page14():
    return page(14, [
        ["Förvaltningsberättelse"],
        ["Ekonomisk analys"],
        ["Årets resultat"],
        P(f"Humlesjö kommun redovisar för 2025 ett resultat på {t(K_RES[0])} mnkr, att jämföra med "
          f"{t(K_RES[1])} mnkr året innan. Det budgeterade resultatet var {t(BUDGET_RES)} mnkr, vilket "
          f"innebär att resultatet blev {t(BUDGET_RES - K_RES[0])} mnkr sämre än budget. Resultatet "
          "motsvarar 1,5 procent av skatte\u00adintäkter, generella stats\u00adbidrag och utjämning. "
          "Kommun\u00adfullmäktiges mål för god ekonomisk hushållning är ett resultat på minst 2,0 procent "
          "som genomsnitt över en rullande treårsperiod. För perioden 2023–2025 uppgår genomsnittet till "
          "1,3 procent och målet är därmed inte uppfyllt."),
        P("Avvikelsen mot budget förklaras främst av nämndernas samlade under\u00adskott på 14,1 mnkr, se "
          "driftredovisningen. Skatte\u00adintäkter och generella statsbidrag blev samtidigt 6,4 mnkr högre "
          "än budgeterat, medan ﬁnans\u00adnettot blev 2,2 mnkr sämre än budget till följd av högre "
          "räntor på kommunens lån."),
        ["Skatteintäkter och generella statsbidrag"],
        P(f"Skatte\u00adintäkterna ökade med 3,8 procent till {t(SKATT[0])} mnkr. Generella statsbidrag och "
          f"utjämning ökade med 5,6 procent till {t(GSB[0])} mnkr, främst genom det höjda generella "
          "stats\u00adbidraget till kommunerna. Tillsammans uppgick skatte\u00adintäkter och generella "
          f"statsbidrag till {t(SKATT_GSB[0])} mnkr ({t(SKATT_GSB[1])} mnkr)."),
        ["Nettokostnadsutveckling"],
        P("Kostnadsökningen var lägre än året innan. Totalt ökade verksamhetens nettokostnader med 3,6 procent "
          f"till {t(-K_NETTO[0])} mnkr, jämfört med en ökning på 4,9 procent 2024. Netto\u00adkostnaderna motsvarade 98,1 procent av skatte\u00adintäkter "
          "och generella statsbidrag (98,6 procent 2024). Kostnads\u00adökningen förklaras främst av "
          "ﬂer placeringar inom individ- och familje\u00adomsorgen, ﬂer elever i anpassad grundskola och "
          "högre pensions\u00adkostnader."),
        ["Nyckeltal", f"Årets resultat, mnkr", f"{t(K_RES[0])} ({t(K_RES[1])})",
         "Resultat i procent av skatteintäkter och", "generella statsbidrag", "1,5 (1,1)",
         "Invånare 31 december", f"{INVANARE[0]:,} ({INVANARE[1]:,})".replace(",", " "),
         "Skattesats 2025, kronor", "22,04 (22,04)",
         "Nettoinvesteringar, mnkr", f"{t(INV[0])} ({t(INV[1])})"],
    ])


def page15():
    return page(15, [
        ["Balanskravsresultat"],
        P("Kommunallagen kräver att intäkterna ska överstiga kostnaderna. Vid avstämningen av balanskravet "
          "räknas realisations\u00advinster från försäljning av anläggnings\u00adtillgångar bort. Under 2025 "
          "såldes tomtmark i Norrängens industriområde med en vinst på 3,1 mnkr. Ingen reservering till "
          "resultat\u00adutjämnings\u00adreserven har gjorts 2025."),
        ["Balanskravsutredning, mnkr", "2025", "2024",
         "Årets resultat enligt resultaträkningen", t(K_RES[0]), t(K_RES[1]),
         "Samtliga realisationsvinster", t(-REAVINST[0]), t(-REAVINST[1]),
         "Årets resultat efter balans-", "kravsjusteringar", t(BALANS[0]), t(BALANS[1]),
         "Reservering till resultatutjämningsreserv", "–", "–",
         "Balanskravsresultat", t(BALANS[0]), t(BALANS[1])],
        ["Investeringar"],
        P(f"Netto\u00adinvesteringarna uppgick till {t(INV[0])} mnkr ({t(INV[1])} mnkr) mot en budget på "
          "268,0 mnkr. Det största projektet var nya Solhöjdens skola, där 84,6 mnkr upparbetades under året. "
          "Av de ej förbrukade investerings\u00admedlen förs 41,8 mnkr över till 2026. Själv\u00adﬁnansierings"
          f"\u00adgraden, det vill säga hur stor del av investeringarna som betalats med egna medel, blev "
          f"{SJF[0]} procent ({SJF[1]} procent). Kommun\u00adfullmäktiges mål är minst 70 procent."),
        ["Skulder och soliditet"],
        P(f"Låneskulden ökade till {LAN[0]:,} mnkr ({LAN[1]:,} mnkr). Den genomsnittliga räntan på lånen var "
          "2,9 procent (2,6 procent). Låneskulden per invånare uppgick till 46 319 kronor, och målet om högst "
          "50 000 kronor per invånare är uppfyllt. Soliditeten sjönk till 28,4 procent (29,9 procent). "
          "Inklusive pensions\u00adförpliktelser som redovisas som ansvars\u00adförbindelse var soliditeten "
          "12,1 procent (12,8 procent). Ansvars\u00adförbindelsen uppgick vid årets slut till 612,3 mnkr.".replace(
              "1,140", "1 140").replace("1,020", "1 020")),
        ["God ekonomisk hushållning"],
        P("Av kommun\u00adfullmäktiges tre ﬁnansiella mål för 2025 är ett uppfyllt (låneskuld per invånare) "
          "och två inte uppfyllda (resultatmålet och målet för själv\u00adﬁnansierings\u00adgrad). Den "
          "samlade bedömningen är att kommunen inte har en god ekonomisk hushållning ur ett ﬁnansiellt "
          "perspektiv 2025."),
    ])


def page16():
    rows = [
        ("Verksamhetens intäkter", "1", K_INT, G_INT),
        ("Verksamhetens kostnader", "2", K_KOST, G_KOST),
        ("Avskrivningar", "3", K_AVS, G_AVS),
        ("Verksamhetens nettokostnader", "", K_NETTO, G_NETTO),
        ("Skatteintäkter", "4", SKATT, SKATT),
        ("Generella statsbidrag och utjämning", "5", GSB, GSB),
        ("Verksamhetens resultat", "", K_VR, G_VR),
        ("Finansiella intäkter", "6", K_FIN_I, G_FIN_I),
        ("Finansiella kostnader", "7", K_FIN_K, G_FIN_K),
        ("Resultat efter finansiella poster", "", K_EFP, G_EFP),
        ("Skatt", "", None, G_SKATT),
        ("Årets resultat", "8", K_RES, G_RES),
    ]
    cells = ["Kommunen", "Koncernen", "Belopp i mnkr", "Not", "2025", "2024", "2025", "2024"]
    for label, note, k, g in rows:
        cells.append(label)
        if note:
            cells.append(note)
        cells += ["–", "–"] if k is None else [t(k[0]), t(k[1])]
        cells += [t(g[0]), t(g[1])]
    return page(16, [
        ["Resultaträkning"],
        cells,
        P("Koncernen består av Humlesjö kommun och de helägda bolagen Humlesjöbostäder AB och Humlesjö "
          "Energi AB. Noterna ﬁnns på sidorna 24–31."),
    ])


def page17():
    cells = ["Nämnd", "Budget", "2025", "Utfall", "2025", "Avvikelse", "2025", "Avvikelse", "2024"]
    for name, b, u, a24 in DRIFT:
        cells += name + [t(b), t(u), t(b - u), t(a24)]
    cells += ["Summa nämnder", t(SB), t(SU), t(SB - SU), t(S24)]
    return page(17, [
        ["Driftredovisning"],
        P("Driftredovisningen visar nämndernas nettokostnader jämfört med den budgetram som "
          "kommun\u00adfullmäktige har beslutat. Belopp i mnkr. En negativ avvikelse innebär att nämnden har "
          "överskridit sin ram."),
        cells,
        ["Kommentarer till avvikelserna"],
        P("Socialnämnden redovisar det största underskottet, –12,8 mnkr. Kostnaderna för placeringar av "
          "barn och unga i HVB och familjehem översteg budget med 9,6 mnkr och försörjnings\u00adstödet "
          "med 3,1 mnkr. Antalet hushåll med försörjningsstöd var i genomsnitt 412 per månad (371)."),
        P("Barn- och utbildningsnämnden redovisar –9,4 mnkr. Underskottet beror på ﬂer elever i anpassad "
          "grundskola och ökade kostnader för skolskjuts efter den nya upphandlingen."),
        P("Vård- och omsorgsnämndens överskott på 6,5 mnkr beror främst på att det nya särskilda boendet "
          "Rönnlyckan öppnade i oktober i stället för som planerat i maj."),
        P("Tekniska nämnden redovisar –3,7 mnkr, främst på grund av höga kostnader för vinterväghållning i "
          "december."),
    ])


def build() -> str:
    return page14() + page15() + page16() + page17()


if __name__ == "__main__":
    txt = build()
    assert SHY not in txt and not re.search(r"\d,\d{3}", txt.replace("1,5 (1,1)", ""))
    (out_dir() / FILE).write_text(txt, encoding="utf-8")
