"""Kornhamns kommun – Kornhamn Vatten och Avfall AB (helägt kommunalt bolag), investeringsuppföljning per
2025-10-31 to the company's styrelse. Plain text via a string template.

Layout: a **record-per-block report export** from a project ledger ("PU-14 Projektuppföljning"): every project is a
block framed by `====` rules with a title line "PROJEKT 4145 … Status: …" and **label lines with dot leaders
and a colon** ("Beslutad budget ..........:  9 800 tkr"), so there is no table: the same fields repeat per block.
Negative deviations are printed **in parentheses** ("(1 600)"); one field value refers to a **"*)" note** in a
notes block at the end. A summary block and a "Förslag till beslut" follow. Fixed line width 78.
"""
from common import out_dir, sv_int

FILE = "kornhamn_vab_investeringsuppfoljning_2025-10.txt"
REF = "VAB 2025/044"

# --- figures, tkr -------------------------------------------------------------------------------------------
# nr, benämning, verksamhet, projektledare, status, klart, budget, ack utfall t.o.m. 2025-10-31, varav 2025,
# återstående prognos nov–dec 2025, budget 2026, plan 2027, plan 2028, kommentar
P = [
    ("4120", "Tryckstegringsstation Lunnehöjden", "Vatten och avlopp", "Per Ekelund", "Pågår", "2026-03",
     18_500, 11_240, 7_930, 2_160, 5_900, 0, 0,
     "Fördyring av elinstallationen och ändrade krav på reservkraft. Driftsättning flyttas från december "
     "2025 till mars 2026."),
    ("4131", "Renovering av vattentornet på Kyrkberget", "Vatten och avlopp", "Sara Holmgren", "Pågår",
     "2027-06", 24_000, 3_110, 2_480, 1_200, 12_800, 6_890, 0,
     "Projektering klar. Entreprenaden upphandlas under vintern och arbetet utförs 2026–2027."),
    ("4145", "Ledningsförnyelse Storgatan etapp 2", "Vatten och avlopp", "Lena Dahlberg",
     "Pågår – fördyrat", "2025-12", 9_800, 10_650, 8_420, 750, 0, 0, 0,
     "Okända ledningar i gatan och krav på arkeologisk förundersökning i korsningen Storgatan–Kyrkogatan. "
     "Styrelsen föreslås begära utökad budget, se förslag till beslut."),
    ("4150", "Ny återvinningscentral Sjöliden", "Avfall och återvinning", "Mikael Forsgren",
     "Försenat – bygglovet överklagat", "Kan inte anges *)", 32_000, 1_480, 640, 60, 18_000, 12_460, 0,
     "Markarbeten avvaktar laga kraft för bygglovet. Prognosen för slutkostnad är oförändrad."),
    ("4162", "Slamavvattning Kornhamns reningsverk", "Vatten och avlopp", "Sara Holmgren", "Pågår", "2025-12",
     6_400, 5_120, 5_120, 780, 0, 0, 0,
     "Upphandlingen gav lägre pris än kalkylerat."),
    ("4170", "Två insamlingsfordon för matavfall", "Avfall och återvinning", "Mikael Forsgren", "Avslutat",
     "2025-05", 7_200, 7_050, 7_050, 0, 0, 0, 0,
     "Fordonen levererades i maj 2025. Projektet slutredovisas i bokslutet."),
]
SLUT = {p[0]: p[7] + p[9] + p[10] + p[11] + p[12] for p in P}
assert SLUT == {"4120": 19_300, "4131": 24_000, "4145": 11_400, "4150": 32_000, "4162": 5_900, "4170": 7_050}
AVV = {p[0]: p[6] - SLUT[p[0]] for p in P}
assert AVV == {"4120": -800, "4131": 0, "4145": -1_600, "4150": 0, "4162": 500, "4170": 150}
BUDGET_TOT = sum(p[6] for p in P)
UTF_2025 = sum(p[8] for p in P)
REST_2025 = sum(p[9] for p in P)
assert (BUDGET_TOT, sum(SLUT.values()), sum(AVV.values())) == (97_900, 99_650, -1_750)
ARSBUDGET_2025 = 42_000
assert (UTF_2025, UTF_2025 + REST_2025) == (31_640, 36_590)
assert ARSBUDGET_2025 - (UTF_2025 + REST_2025) == 5_410
assert [sum(p[i] for p in P) for i in (10, 11, 12)] == [36_700, 19_350, 0]

W = 78


def amt(n):
    """tkr; negative values in parentheses, zero as 0"""
    return f"({sv_int(-n)})" if n < 0 else sv_int(n)


def field(label, value):
    return f" {label} " + "." * (30 - len(label)) + ": " + value


def wrap(text, indent=" " * 34, width=W):
    out, line = [], ""
    for w in text.split():
        if len(line) + len(w) + 1 > width - len(indent):
            out.append(line)
            line = w
        else:
            line = (line + " " + w).strip()
    out.append(line)
    return out[0] + "".join("\n" + indent + x for x in out[1:])


def build():
    lines = [
        "Kornhamn Vatten och Avfall AB                     Utskrift 2025-11-04 07:12",
        "Helägt dotterbolag till Kornhamns kommun",
        "Rapport PU-14  Projektuppföljning investeringar",
        "Urval: Pågående och under 2025 avslutade projekt > 5 000 tkr",
        "Period: 2025-01 – 2025-10",
        f"Ärende: {REF}   Till: Styrelsen, sammanträde 2025-11-18",
        "Belopp i tkr om inte annat anges.",
        "Negativ avvikelse (fördyring) visas inom parentes.",
        "",
    ]
    for (nr, name, verks, pl, status, klart, budget, ack, v25, rest, b26, p27, p28, komm) in P:
        head = f" PROJEKT {nr}"
        st = f"Status: {status} "
        lines += ["=" * W, head + " " * (W - len(head) - len(st)) + st, "=" * W]
        lines += [
            field("Benämning", name),
            field("Verksamhet", verks),
            field("Projektledare", pl),
            field("Beslutad budget", f"{sv_int(budget)} tkr"),
            field("Utfall t.o.m. 2025-10-31", f"{sv_int(ack)} tkr"),
            field("  varav utfall 2025", f"{sv_int(v25)} tkr"),
            field("Prognos nov–dec 2025", f"{sv_int(rest)} tkr"),
            field("Budget 2026", f"{sv_int(b26)} tkr"),
            field("Plan 2027", f"{sv_int(p27)} tkr"),
            field("Plan 2028", f"{sv_int(p28)} tkr"),
            field("Prognos slutkostnad", f"{sv_int(SLUT[nr])} tkr"),
            field("Avvikelse mot budget", f"{amt(AVV[nr])} tkr"),
            field("Beräknat klart", klart),
            field("Kommentar", wrap(komm)),
            "",
        ]
    lines += [
        "=" * W,
        " SAMMANSTÄLLNING",
        "=" * W,
        field("Antal projekt i urvalet", str(len(P))),
        field("Summa beslutade budgetar", f"{sv_int(BUDGET_TOT)} tkr"),
        field("Summa prognos slutkostnad", f"{sv_int(sum(SLUT.values()))} tkr"),
        field("Summa avvikelse", f"{amt(sum(AVV.values()))} tkr"),
        field("Investeringsbudget 2025", f"{sv_int(ARSBUDGET_2025)} tkr"),
        field("Utfall januari–oktober 2025", f"{sv_int(UTF_2025)} tkr"),
        field("Prognos helår 2025", f"{sv_int(UTF_2025 + REST_2025)} tkr"),
        "",
        wrap("Årets investeringar beräknas bli 5 410 tkr lägre än budget, främst eftersom byggstarten för "
             "återvinningscentralen Sjöliden har skjutits upp.", indent=" ", width=W).replace("Årets", " Årets", 1),
        "",
        " NOTER",
        wrap("*) Bygglovet för återvinningscentralen Sjöliden har överklagats till mark- och miljödomstolen. När "
             "centralen kan öppna kan inte anges förrän domstolen har avgjort ärendet.", indent="    ",
             width=W).replace("*)", " *)", 1),
        "",
        " FÖRSLAG TILL BESLUT",
        " Verkställande direktören föreslår att styrelsen beslutar",
        wrap("att lägga investeringsuppföljningen per 2025-10-31 till handlingarna,", indent="   ",
             width=W).replace("att", " - att", 1),
        wrap("att hos kommunfullmäktige i Kornhamns kommun begära att budgeten för projekt 4145 Ledningsförnyelse "
             "Storgatan etapp 2 utökas med 1 600 tkr till 11 400 tkr.", indent="   ", width=W).replace(
            "att", " - att", 1),
        "",
        " Kornhamn 2025-11-04",
        " Tobias Granqvist, ekonomichef        Helena Brink, verkställande direktör",
        "",
        "-- Slut på rapport PU-14 --",
    ]
    text = "\n".join(lines) + "\n"
    assert all(len(x) <= W for x in text.splitlines()), [x for x in text.splitlines() if len(x) > W]
    path = out_dir() / FILE
    path.write_text(text, encoding="utf-8")
    return path


if __name__ == "__main__":
    print(build())
