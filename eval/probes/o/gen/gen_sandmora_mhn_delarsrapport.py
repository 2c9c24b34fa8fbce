"""Sandmora kommun – miljö- och hälsoskyddsnämndens delårsrapport januari–augusti 2025, as plain text that
**pdftotext -layout** produced from a two-column PDF.

Layout (new in probe o): the text keeps the PDF's page geometry.
- Pages 1 and 2 are set in **two columns that stand side by side on the same text lines**: each line holds the
  left column's line, a run of spaces and the right column's line, so reading line by line interleaves two
  unrelated texts; a column must be read down to its end before the other one starts.
- Pages are separated by **form feed characters (U+000C)**, as pdftotext writes them; each page has a centred
  header line and a right-aligned "Sida N av 3" footer.
- Page 3 is one column: the driftredovisning as a space-aligned table (hyphen-minus negatives) and the förslag
  till beslut.
"""
import textwrap

from common import out_dir, sv_int

FILE = "sandmora_mhn_delarsrapport_jan-aug_2025.txt"
DNR = "MHN 2025/0930"
COLW, GAP, INDENT = 44, 6, 4
PAGEW = INDENT + COLW * 2 + GAP

DRIFT = [  # verksamhet, budget helår, utfall jan–aug, prognos helår (tkr)
    ("Nämnd och styrelse", 410, 262, 410),
    ("Miljötillsyn", 6850, 4410, 6790),
    ("Livsmedelskontroll", 2940, 2240, 3420),
    ("Hälsoskydd", 1900, 1210, 1900),
    ("Administration och registratur", 2500, 1700, 2500),
]
BUDGET = sum(r[1] for r in DRIFT)
UTFALL = sum(r[2] for r in DRIFT)
PROGNOS = sum(r[3] for r in DRIFT)
AVV = BUDGET - PROGNOS
assert (BUDGET, PROGNOS, AVV) == (14600, 15020, -420)
LIVS_AVV = DRIFT[2][1] - DRIFT[2][3]
assert LIVS_AVV == -480 and DRIFT[1][1] - DRIFT[1][3] == 60
KONSULT, INTAKT = -310, -170
assert KONSULT + INTAKT == LIVS_AVV
LIVS_25, LIVS_24, LIVS_PLAN = 236, 251, 410
MB_25, MB_24 = 318, 290
KLAG_25, KLAG_24 = 74, 61
SJUK_25, SJUK_24 = "5,2", "6,1"


def col(paras):
    lines = []
    for ptxt in paras:
        if ptxt.startswith("#"):
            if lines:
                lines.append("")
            lines.append(ptxt[1:].strip())
            lines.append("")
        else:
            lines += textwrap.wrap(ptxt, COLW)
            lines.append("")
    return lines


def two_cols(left, right):
    L, R = col(left), col(right)
    n = max(len(L), len(R))
    L += [""] * (n - len(L))
    R += [""] * (n - len(R))
    return [(" " * INDENT + a.ljust(COLW) + " " * GAP + b).rstrip() for a, b in zip(L, R)]


def header():
    return ["", f"Sandmora kommun · Miljö- och hälsoskyddsnämnden · Delårsrapport januari–augusti 2025".center(PAGEW)
            .rstrip(), ""]


def footer(nr):
    return ["", "", (f"Dnr {DNR}").rjust(PAGEW // 2) + (f"Sida {nr} av 3").rjust(PAGEW - PAGEW // 2), ""]


def page1():
    out = header()
    out += ["", "SANDMORA KOMMUN".center(PAGEW).rstrip(),
            "Delårsrapport januari–augusti 2025".center(PAGEW).rstrip(),
            "Miljö- och hälsoskyddsnämnden".center(PAGEW).rstrip(),
            f"Dnr {DNR} · 2025-09-24 · Miljöchef Lotta Engström".center(PAGEW).rstrip(), "", ""]
    left = ["#1. Sammanfattning",
            "Nämnden har under årets första åtta månader genomfört fler inspektioner enligt miljöbalken än "
            "under samma period förra året, medan livsmedelskontrollen ligger efter planen. Två av tre mål "
            "bedöms bli delvis uppfyllda och ett uppfyllt.",
            f"Helårsprognosen är ett underskott på {sv_int(-AVV)} tkr, som helt hänförs till "
            "livsmedelskontrollen.",
            "#2. Viktiga händelser",
            "I mars infördes en ny e-tjänst för anmälan av värmepumpar, vilket har kortat handläggningstiden. "
            "Inventeringen av enskilda avlopp i Skärmyraområdet har fortsatt enligt plan.",
            "Två tjänster som livsmedelsinspektör har varit vakanta sedan februari. Rekryteringen är klar och "
            "de nya inspektörerna börjar i november."]
    right = ["#3. Ekonomi",
             f"Nämndens budget för 2025 är {sv_int(BUDGET)} tkr netto. Utfallet för januari–augusti är "
             f"{sv_int(UTFALL)} tkr och prognosen för helåret {sv_int(PROGNOS)} tkr, vilket ger en avvikelse "
             f"på −{sv_int(-AVV)} tkr.",
             f"Livsmedelskontrollen beräknas gå {sv_int(-LIVS_AVV)} tkr över budget. De vakanta tjänsterna har "
             f"delvis ersatts med inhyrda konsulter, som kostar {sv_int(-KONSULT)} tkr mer än de ordinarie "
             f"lönerna, och färre genomförda kontroller ger {sv_int(-INTAKT)} tkr lägre avgiftsintäkter.",
             "Miljötillsynen visar ett litet överskott på 60 tkr. Övriga verksamheter beräknas hålla budget. "
             "Driftredovisningen finns på sidan 3."]
    return out + two_cols(left, right) + footer(1)


def page2():
    out = header()
    left = ["#4. Verksamhet",
            f"Under januari–augusti genomfördes {MB_25} inspektioner enligt miljöbalken, att jämföra med "
            f"{MB_24} samma period 2024.",
            f"Livsmedelskontrollen har genomfört {LIVS_25} kontroller av de {LIVS_PLAN} som är planerade för "
            f"året. Under januari–augusti 2024 var antalet {LIVS_24}.",
            f"Nämnden tog emot {KLAG_25} klagomål på buller och lukt (2024: {KLAG_24}).",
            "I Skärmyraområdet har 112 enskilda avlopp inventerats och 38 förelägganden om åtgärder "
            "skickats.",
            "Mediantiden för handläggning av en anmälan om värmepump var 9 dagar, mot 14 dagar samma period "
            "förra året."]
    right = ["#5. Mål",
             "Mål 1, god tillgänglighet och service: uppfylls.",
             "Mål 2, planerad tillsyn genomförs: delvis uppfyllt, eftersom livsmedelskontrollen ligger efter.",
             "Mål 3, giftfri miljö i förskolan: delvis uppfyllt.",
             "#6. Personal",
             f"Sjukfrånvaron för januari–augusti var {SJUK_25} procent ({SJUK_24} procent samma period 2024). "
             "Sjukfrånvaron redovisas inte per enhet, eftersom enheterna är små.",
             "#7. Framtid",
             "När de nya livsmedelsinspektörerna är på plats ska kontrollskulden arbetas ikapp under första "
             "halvåret 2026."]
    return out + two_cols(left, right) + footer(2)


def page3():
    out = header()
    out += ["", " " * INDENT + "8. Driftredovisning, tkr", ""]
    w0, w = 36, 15
    hdr = ["Verksamhet", "Budget helår", "Utfall jan–aug", "Prognos helår", "Avvikelse"]
    out.append(" " * INDENT + hdr[0].ljust(w0) + "".join(h.rjust(w) for h in hdr[1:]))
    out.append(" " * INDENT + "-" * (w0 + 4 * w))
    for name, b, u, p in DRIFT + [("Summa", BUDGET, UTFALL, PROGNOS)]:
        if name == "Summa":
            out.append(" " * INDENT + "-" * (w0 + 4 * w))
        out.append(" " * INDENT + name.ljust(w0) + "".join(sv_int(v).rjust(w) for v in (b, u, p, b - p)))
    out += ["", " " * INDENT + "Förslag till beslut", ""]
    for t in ("Miljö- och hälsoskyddsnämnden godkänner delårsrapporten för januari–augusti 2025 och "
              "överlämnar den till kommunstyrelsen.",):
        out += [" " * INDENT + x for x in textwrap.wrap(t, PAGEW - INDENT)]
    return out + footer(3)


def main():
    pages = ["\n".join(pg) for pg in (page1(), page2(), page3())]
    (out_dir() / FILE).write_text("\f".join(pages) + "\f", encoding="utf-8")


if __name__ == "__main__":
    main()
