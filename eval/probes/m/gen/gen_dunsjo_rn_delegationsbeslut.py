"""Dunsjö kommun – räddningsnämnden, förteckning över delegationsbeslut för anmälan 2025-11-13. Plain text.

Layout: a **CSV export** (comma as field separator, RFC 4180 quoting) preceded by "#" comment lines with the
meeting metadata: fields that contain commas are wrapped in double quotes, a quotation inside a field is written
with **doubled quotes** (""Höstmarknaden i Dunsjö""), one field holds an **embedded line break** inside its quotes,
amounts use a space as thousands separator, and a decision without a fixed fee has a text in the amount column.
"#" lines at the end give the count and the fee sum. Written with Python's csv module (QUOTE_MINIMAL).
"""
import csv
import io

from common import out_dir, sv_int

FILE = "dunsjo_rn_delegationsbeslut_2025-11-13.txt"

NYREN, KIHL, WIKL, THORN = ("Sofia Nyrén, brandingenjör", "Jonas Kihlström, brandinspektör",
                            "Anna Wiklöf, brandinspektör", "Mikael Thörn, räddningschef")
TIMTAXA = "enligt timtaxa, faktureras senare"
# (datum, dnr, ärendetyp, sökande/objekt, beslut, delegat, delegationspunkt, avgift in kr or text)
ROWS = [
    ("2025-08-05", "2025.0301.171", "Tillstånd, brandfarlig vara", "Dunsjö Bioenergi AB, Pelletsvägen 4",
     "Tillstånd till hantering av brandfarlig gas (gasol, 2 400 liter) beviljas till och med 2035-08-31", NYREN,
     "4.1", 10_560),
    ("2025-08-07", "2025.0305.171", "Tillstånd, brandfarlig vara", "Macken i Vika AB, Vikavägen 1",
     "Tillstånd till hantering av brandfarliga vätskor (bensin och diesel, 60 m3) beviljas till och med "
     "2035-08-31", NYREN, "4.1", 8_800),
    ("2025-08-14", "2025.0312.170", "Eldningsförbud", "Hela kommunen",
     "Förbud mot eldning utomhus i hela kommunen från 2025-08-14 kl. 12.00 med anledning av mycket stor "
     "brandrisk", THORN, "2.3", 0),
    ("2025-08-29", "2025.0312.170", "Eldningsförbud", "Hela kommunen",
     "Eldningsförbudet upphävs från 2025-08-29 kl. 18.00", THORN, "2.3", 0),
    ("2025-08-20", "2025.0318.171", "Föreläggande efter tillsyn (LSO 2 kap. 2 §)", "Hotell Dunsjöbaden, "
     "Strandvägen 2", "Föreläggande att senast 2025-12-31 åtgärda brister i brandcellsgränser och "
     "utrymningslarm. Föreläggandet förenas inte med vite", KIHL, "3.2", 4_480),
    ("2025-08-27", "2025.0321.173", "Egen sotning (LSO 3 kap. 4 §)", "Hästhagen 1:14",
     "Medgivande att själv rengöra eldstad och rökkanal beviljas", KIHL, "3.5", 1_120),
    ("2025-09-02", "2025.0329.173", "Egen sotning (LSO 3 kap. 4 §)", "Lilla Dunsjö 2:3",
     "Ansökan avslås.\nSökanden har inte visat att hen har tillräcklig kompetens för att rengöra en "
     "braskamin med stålskorsten; ingen utbildning har redovisats", KIHL, "3.5", 1_120),
    ("2025-09-04", "2025.0333.172", "Tillstånd, explosiv vara", "Dunsjö Bergtäkt AB, Täktvägen 12",
     "Tillstånd att hantera och förvara explosiva varor (sprängämne högst 500 kg) beviljas till och med "
     "2028-09-30", NYREN, "4.2", TIMTAXA),
    ("2025-09-10", "2025.0338.174", "Yttrande till Polismyndigheten",
     "Offentlig tillställning \"Höstmarknaden i Dunsjö\", Torget, 2025-09-20",
     "Inget att erinra under förutsättning att utrymningsvägar och brandposter hålls fria", WIKL, "5.1", 0),
    ("2025-09-15", "2025.0342.171", "Tillstånd, brandfarlig vara", "Skogsbygdens Lantbruk ek. för., Lagervägen 3",
     "Tillstånd till hantering av gasol och diesel beviljas till och med 2035-09-30", NYREN, "4.1", 7_040),
    ("2025-09-22", "2025.0347.171", "Tillstånd, brandfarlig vara", "Dunsjö Motorklubb, Banvägen 5",
     "Ärendet avskrivs eftersom sökanden har återkallat ansökan", NYREN, "4.1", 0),
    ("2025-09-30", "2025.0351.171", "Förbud (LSO 5 kap. 2 §)", "Föreningshuset Idun, Torggatan 8",
     "Förbud att använda källarlokalen som samlingslokal för fler än 50 personer till dess att utrymningsväg "
     "nr 2 har åtgärdats", KIHL, "3.3", 0),
    ("2025-10-03", "2025.0355.171", "Föreläggande efter tillsyn (LSO 2 kap. 2 §)", "Dunsjö Camping & Stugby, "
     "Campingvägen 1", "Föreläggande att installera brandvarnare i samtliga 22 stugor senast 2026-04-30",
     WIKL, "3.2", 4_480),
    ("2025-10-08", "2025.0359.173", "Egen sotning (LSO 3 kap. 4 §)", "Norra Dunsjöbyn 3:2",
     "Medgivande att själv rengöra eldstad och rökkanal beviljas", KIHL, "3.5", 1_120),
    ("2025-10-14", "2025.0362.171", "Tillstånd, brandfarlig vara", "Dunsjö Fordonsservice AB, Verkstadsgatan 6",
     "Tillstånd till hantering av brandfarliga vätskor (5 000 liter) beviljas till och med 2035-10-31", NYREN,
     "4.1", 7_040),
    ("2025-10-20", "2025.0366.174", "Yttrande till Polismyndigheten", "Dunsjö Järn & Fritid, Storgatan 21",
     "Försäljning av pyrotekniska varor (fyrverkerier) 2025-12-27 – 2025-12-31 tillstyrks", WIKL, "5.2", 0),
    ("2025-10-24", "2025.0370.176", "Avgift för obefogat automatlarm", "Lagerhallen, Industrivägen 9",
     "Avgift tas ut för tredje obefogade automatlarmet under 2025", THORN, "6.1", 6_200),
    ("2025-10-29", "2025.0374.171", "Tillstånd, brandfarlig vara", "Dunsjö Värmeverk AB, Energigatan 2",
     "Tillstånd till hantering av eldningsolja (50 m3) beviljas till och med 2035-10-31", NYREN, "4.1", 8_800),
]
assert len(ROWS) == 18
FEES = [r[7] for r in ROWS if isinstance(r[7], int)]
SUM = sum(FEES)
assert SUM == 60_760 and len(FEES) == 17
assert sum(1 for r in ROWS if r[5] == NYREN) == 7


def build():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(["Löpnr", "Beslutsdatum", "Diarienummer", "Ärendetyp", "Sökande/objekt", "Beslut", "Delegat",
                "Delegationspunkt", "Avgift (kr)"])
    for i, r in enumerate(ROWS, 1):
        fee = sv_int(r[7]) if isinstance(r[7], int) else r[7]
        w.writerow([i, *r[:7], fee])
    head = "\n".join([
        "# Dunsjö kommun – Räddningsnämnden",
        "# Förteckning över delegationsbeslut för anmälan till räddningsnämnden",
        "# Sammanträde: 2025-11-13, ärende 6, Dnr 2025.0009.002",
        "# Period: 2025-08-01 – 2025-10-31",
        "# Delegationsordning: antagen av räddningsnämnden 2024-12-12, RN § 71",
        "# Export: ärendesystemet, 2025-11-04 08.12, teckenkodning UTF-8, fältavgränsare komma",
        "#",
    ])
    tail = "\n".join([
        "#",
        f"# Antal beslut: {len(ROWS)}",
        f"# Summa fastställda avgifter: {sv_int(SUM)} kr (beslut 8 debiteras enligt timtaxa och ingår inte i "
        f"summan)",
        "# Besluten har fattats med stöd av delegation och anmäls till nämnden enligt 6 kap. 40 § "
        "kommunallagen.",
    ])
    return head + "\n" + buf.getvalue() + tail + "\n"


def main():
    (out_dir() / FILE).write_text(build(), encoding="utf-8")


if __name__ == "__main__":
    main()
