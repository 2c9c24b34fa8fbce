"""Bredmossa kommun – valnämnden, verksamhetsplan och internbudget 2026. Plain text.

The document is an export from a planning system that prints the plan as a tree drawn with box-drawing
characters (├──, └──, │). Goals, indicators, utgångsvärden (baselines) and målvärden are nodes at different
depths, so the indicator's name, its baseline and its target are on separate lines and only the tree
structure ties them together. The internbudget is a branch of the same tree.
"""
from common import out_dir, sv_int

FILE = "bredmossa_valnamnd_verksamhetsplan_2026.txt"

VALDISTRIKT_2026, VALDISTRIKT_2022 = 14, 13
ROSTMOTTAGARE_VALDAG = 312
ORDF = VICE = VALDISTRIKT_2026
FORTIDS_LOKALER = ["Kommunhuset, medborgarkontoret", "Biblioteket i Bredmossa", "Mossfallets bygdegård",
                   "Hällbackens köpcentrum", "Vårdcentralen Norrgärdet", "Folkets hus i Östra Mossfallet"]
assert len(FORTIDS_LOKALER) == 6

BUDGET = [("Arvoden till röstmottagare inklusive sociala avgifter", 1720), ("Lokaler och lokalanpassning", 290),
          ("Utbildning av röstmottagare", 180), ("Transporter och logistik", 240),
          ("Material, trycksaker och IT-utrustning", 330), ("Valsamordnare, projektanställning 50 %", 200)]
BRUTTO = sum(v for _, v in BUDGET)
STATSBIDRAG = 1150
NETTO = BRUTTO - STATSBIDRAG
RAM_2025 = 410
assert BRUTTO == 2960 and NETTO == 1810

ARVODEN = [("Ordförande i valdistrikt, valdagen", 2800), ("Vice ordförande i valdistrikt, valdagen", 2400),
           ("Röstmottagare, valdagen", 2100), ("Röstmottagare, förtidsröstning, per pass", 950),
           ("Obligatorisk utbildning, per tillfälle", 400)]


def tree(lines):
    """lines: list of (depth, text); draws ├── / └── / │ like `tree`."""
    out = []
    n = len(lines)
    for i, (depth, text) in enumerate(lines):
        # is this the last sibling at its depth (until the parent closes)?
        last = True
        for j in range(i + 1, n):
            if lines[j][0] < depth:
                break
            if lines[j][0] == depth:
                last = False
                break
        prefix = ""
        for d in range(1, depth):
            # does an ancestor at depth d have a later sibling?
            anc_more = False
            # find ancestor index at depth d
            k = i
            while k >= 0 and lines[k][0] != d:
                k -= 1
            for j in range(i + 1, n):
                if lines[j][0] < d:
                    break
                if lines[j][0] == d and j > k:
                    anc_more = True
                    break
            prefix += "│   " if anc_more else "    "
        if depth == 0:
            out.append(text)
        else:
            out.append(prefix + ("└── " if last else "├── ") + text)
    return "\n".join(out)


def build():
    L = [(0, "VERKSAMHETSPLAN 2026 – VALNÄMNDEN")]
    L += [(1, "1 Uppdrag och förutsättningar"),
          (2, "Val till riksdag, regionfullmäktige och kommunfullmäktige söndagen den 13 september 2026"),
          (2, "Förtidsröstning 2026-08-26 – 2026-09-13"),
          (2, f"Valdistrikt: {VALDISTRIKT_2026} (valet 2022: {VALDISTRIKT_2022}). Distriktet Norra Bredmossa delas "
              "i Norra Bredmossa västra och Norra Bredmossa östra."),
          (2, f"Röstmottagare på valdagen: {ROSTMOTTAGARE_VALDAG}, varav {ORDF} ordförande och {VICE} vice "
              "ordförande"),
          (2, f"Förtidsröstningslokaler: {len(FORTIDS_LOKALER)}")]
    L += [(3, x) for x in FORTIDS_LOKALER]
    L += [(2, "Ambulerande röstmottagning: två team, bokas via medborgarkontoret")]
    L += [(1, "2 Mål och indikatorer"),
          (2, "Mål 2.1 Hög tillgänglighet och högt valdeltagande"),
          (3, "Indikator: Valdeltagande i valet till kommunfullmäktige"),
          (4, "Utgångsvärde (valet 2022): 81,4 %"),
          (4, "Målvärde 2026: 83,0 %"),
          (3, "Indikator: Valdeltagande i valdistriktet Östra Mossfallet (lägst i kommunen 2022)"),
          (4, "Utgångsvärde (valet 2022): 63,2 %"),
          (4, "Målvärde 2026: 68,0 %"),
          (4, "Aktivitet: dörrknackning och informationsträffar på arabiska, somaliska och tigrinja i augusti"),
          (3, "Indikator: Andel förtidsröster av samtliga avgivna röster"),
          (4, "Utgångsvärde (valet 2022): 58 %"),
          (4, "Målvärde 2026: minst 60 %"),
          (2, "Mål 2.2 Korrekt och rättssäker röstmottagning"),
          (3, "Indikator: Andel röstmottagare som genomgått utbildning och klarat kunskapstestet"),
          (4, "Utgångsvärde (valet 2022): 94 %"),
          (4, "Målvärde 2026: 100 %"),
          (3, "Indikator: Antal överklaganden som gäller röstmottagningen i kommunen"),
          (4, "Utgångsvärde (valet 2022): 1"),
          (4, "Målvärde 2026: 0"),
          (2, "Mål 2.3 Snabb och säker preliminär rösträkning"),
          (3, "Indikator: Klockslag då sista valdistrikt har rapporterat rösträkningen"),
          (4, "Utgångsvärde (valet 2022): kl. 00.47"),
          (4, "Målvärde 2026: senast kl. 23.30"),
          (1, "3 Internbudget 2026 (tkr)")]
    L += [(2, f"{k}: {sv_int(v)}") for k, v in BUDGET]
    L += [(2, f"Summa kostnader: {sv_int(BRUTTO)}"),
          (2, f"Statsbidrag från Valmyndigheten: -{sv_int(STATSBIDRAG)}"),
          (2, f"Nettokostnad (valnämndens ram 2026): {sv_int(NETTO)}"),
          (2, f"Jämförelse: valnämndens ram 2025, ett år utan allmänna val: {sv_int(RAM_2025)}"),
          (1, "4 Arvoden (kronor, beslutade av kommunfullmäktige 2025-10-20)")]
    L += [(2, f"{k}: {sv_int(v)}") for k, v in ARVODEN]
    L += [(1, "5 Tidplan"),
          (2, "Rekrytering av röstmottagare klar: 2026-05-31"),
          (2, "Utbildningar: 2026-08-10 – 2026-08-21"),
          (2, "Onsdagsräkning: 2026-09-16 i kommunhusets sessionssal"),
          (2, "Utvärdering till valnämnden: 2026-11-26")]

    head = f"""BREDMOSSA KOMMUN
Valnämnden
Verksamhetsplan och internbudget 2026
Dnr VN 2025/19

Fastställd av valnämnden 2025-11-27, § 14
Ordförande: Gunnel Isaksson (S)   Vice ordförande: Lars-Erik Moen (M)
Valsamordnare: Rebecka Tidlund, kommunledningskontoret
Export: Planeringsportalen, 2025-12-01 10:42 (trädvy, alla nivåer utfällda)

"""
    foot = """

Anmärkning: Utfallet för 2026 redovisas i valnämndens utvärdering efter valet. Kostnader som uppstår om
Valmyndigheten beslutar om omval ingår inte i internbudgeten.
"""
    (out_dir() / FILE).write_text(head + tree(L) + foot, encoding="utf-8")


if __name__ == "__main__":
    build()
    print("wrote", out_dir() / FILE)
