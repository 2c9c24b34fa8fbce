"""Tegelsta kommun – tekniska nämndens sammanträdesprotokoll 2026-02-19, as `pdftotext -layout` writes a protokoll
PDF produced by a meeting system (Ciceron/Platina style).

pdftotext is not installed on the machine where this was written, so the text is composed here to look like its
-layout output: every page starts with the running header (TEGELSTA KOMMUN / SAMMANTRÄDESPROTOKOLL /
Sammanträdesdatum 2026-02-19 / "Sida N (4)"), ends with the footer boxes "Justerandes sign" and
"Utdragsbestyrkande" (only their labels survive, the boxes are lines) and a form feed (U+000C); page 1 is the
meeting's front page (label column at the left, values at column 40, signature lines, ANSLAG/BEVIS); the body
paragraphs are justified, so some lines carry doubled spaces; § 14 (bokslut) runs from page 2 to page 3 with its
table split by the page break (the column header is not repeated on page 3), and § 15 (a tilldelning with a vote)
runs from page 3 to page 4, its Beslutsgång and Reservation standing after the break.
"""
from common import justify, out_dir, sv_hundredths, sv_int, sv_tenths, wrap

FILE = "tegelsta_tn_protokoll_2026-02-19.txt"
L = " " * 10          # left margin
W = 84                # body width
NPAGES = 4


def header(n):
    return [
        "",
        f"{L}TEGELSTA KOMMUN                          SAMMANTRÄDESPROTOKOLL                 Sida {n} ({NPAGES})",
        f"{L}                                         Sammanträdesdatum",
        f"{L}Tekniska nämnden                         2026-02-19",
        "",
        "",
    ]


FOOTER = ["", "", "", f"{L}Justerandes sign                         Utdragsbestyrkande", "", ""]


def para(text, just=True, indent=L, width=W):
    return [indent + x for x in (justify(text, width) if just else wrap(text, width))] + [""]


def heading(par, dnr, title):
    pad = 78 - len(par) - len(dnr)
    return [f"{L}{par}{' ' * pad}{dnr}".rstrip(), "", f"{L}{title}", ""]


def label(lbl):
    return [f"{L}{lbl}", ""]


# ---------------------------------------------------------------------------------------------------------
# § 14 figures (mnkr, in tenths): verksamhet, budget 2025, utfall 2025, avvikelse 2024
DRIFT = [
    ("Nämnd och förvaltningsledning", 62, 58, 2),
    ("Gator och vägar", 314, 329, -6),
    ("Vinterväghållning", 95, 148, -12),
    ("Parker och grönområden", 146, 141, 3),
    ("Fastighetsförvaltning", 387, 368, 9),
    ("Kost och lokalvård", 152, 146, 1),
    ("Kollektivtrafik och färdtjänst", 30, 30, -1),
]
BUDGET = sum(r[1] for r in DRIFT)
UTFALL = sum(r[2] for r in DRIFT)
AVV24 = sum(r[3] for r in DRIFT)
assert (BUDGET, UTFALL, BUDGET - UTFALL, AVV24) == (1186, 1220, -34, -4)
VA_INT, VA_KOST, VA_FOND_FORE = 684, 663, 35
assert VA_INT - VA_KOST == 21 and VA_FOND_FORE + 21 == 56
INV_BUDGET, INV_UTFALL, OMBUD_STATION, OMBUD_LEK = 460, 381, 45, 17
assert INV_BUDGET - INV_UTFALL == 79 and OMBUD_STATION + OMBUD_LEK == 62

# § 16 VA-taxa: fast avgift och rörlig avgift, typhus A (villa, 150 m3)
FAST_25, FAST_26, M3_25, M3_26 = 4_980, 5_430, 3140, 3420   # m3-priser i öre
TYP25 = FAST_25 + 150 * M3_25 // 100
TYP26 = FAST_26 + 150 * M3_26 // 100
assert (TYP25, TYP26) == (9_690, 10_560) and round((TYP26 - TYP25) * 1000 / TYP25) == 90

# § 15 omröstning
JA = ["Jan Ekholm (S)", "Eva Sjödin (S)", "Gunnel Rask (S)", "Marie Sundqvist (M)", "Fredrik Åhl (M)",
      "Lotta Grén (M)", "Kjell Forsman (C)", "Roger Palm (SD)", "Ida Strömberg (SD)"]
NEJ = ["Linnéa Vik (V)", "Håkan Nordin (MP)"]
assert len(JA) + len(NEJ) == 11


def drift_row(name, b, u, a24):
    return (f"{L}{name:<34}{sv_tenths(b):>10}{sv_tenths(u):>13}{sv_tenths(b - u):>12}{sv_tenths(a24):>12}")


def page1():
    p = header(1)
    rows = [
        ("Plats och tid", ["Kommunhuset, sammanträdesrum Lergropen, torsdagen den 19 februari",
                           "2026 kl. 13.00–15.40"]),
        ("Beslutande", ["Jan Ekholm (S), ordförande",
                        "Marie Sundqvist (M), 1:e vice ordförande",
                        "Kjell Forsman (C), 2:e vice ordförande",
                        "Eva Sjödin (S)",
                        "Gunnel Rask (S), tjänstgörande ersättare för Bertil Nyman (S)",
                        "Fredrik Åhl (M)",
                        "Lotta Grén (M)",
                        "Roger Palm (SD)",
                        "Ida Strömberg (SD)",
                        "Linnéa Vik (V)",
                        "Håkan Nordin (MP)"]),
        ("Ersättare", ["Tove Ahlin (M)", "Stefan Kroon (SD)", "Annika Bolin (V)"]),
        ("Övriga deltagande", ["Lina Haraldsson, förvaltningschef",
                               "Mats Eriksson, ekonom, § 14",
                               "Sofia Wahlgren, upphandlare, § 15",
                               "Peter Ståhl, nämndsekreterare"]),
        ("Utses att justera", ["Kjell Forsman (C)"]),
        ("Justeringens", ["Samhällsbyggnadsförvaltningen, tisdagen den 24 februari 2026"]),
    ]
    for lbl, vals in rows:
        for i, v in enumerate(vals):
            p.append(f"{L}{(lbl if i == 0 else ''):<31}{v}")
        if lbl == "Justeringens":
            p.append(f"{L}plats och tid")
        p.append("")
    p += [
        "",
        f"{L}Underskrifter         Sekreterare      ...........................................    Paragrafer 12–18",
        f"{L}                                       Peter Ståhl",
        "",
        f"{L}                      Ordförande       ...........................................",
        f"{L}                                       Jan Ekholm",
        "",
        f"{L}                      Justerande       ...........................................",
        f"{L}                                       Kjell Forsman",
        "",
        "",
        f"{L}                                         ANSLAG/BEVIS",
        f"{L}                Protokollet är justerat. Justeringen har tillkännagetts genom anslag",
        "",
        f"{L}Organ                        Tekniska nämnden",
        "",
        f"{L}Sammanträdesdatum            2026-02-19",
        "",
        f"{L}Datum då anslaget sätts upp  2026-02-25              Datum då anslaget tas ned   2026-03-19",
        "",
        f"{L}Förvaringsplats för          Samhällsbyggnadsförvaltningen, Stadshusgatan 4",
        f"{L}protokollet",
        "",
        f"{L}Underskrift                  ...........................................",
        f"{L}                             Peter Ståhl",
    ]
    return p + FOOTER


def page2():
    p = header(2)
    p += heading("TN § 12", "", "Val av justerare")
    p += label("Tekniska nämndens beslut")
    p += para("Kjell Forsman (C) utses att justera dagens protokoll. Justeringen sker på "
              "samhällsbyggnadsförvaltningen tisdagen den 24 februari 2026.")
    p.append("")
    p += heading("TN § 13", "", "Fastställande av dagordning")
    p += label("Tekniska nämndens beslut")
    p += para("Dagordningen fastställs med ändringen att ärendet Revidering av parkeringsnorm utgår och "
              "behandlas på nämndens sammanträde den 19 mars 2026.")
    p.append("")
    p += heading("TN § 14", "Dnr TN 2026/12", "Bokslut 2025 för tekniska nämnden")
    p += label("Sammanfattning av ärendet")
    p += para("Samhällsbyggnadsförvaltningen har upprättat bokslut 2025 för tekniska nämnden. Den "
              f"skattefinansierade verksamheten redovisar en nettokostnad på {sv_tenths(UTFALL)} mnkr mot en "
              f"budget på {sv_tenths(BUDGET)} mnkr, vilket ger en negativ budgetavvikelse på "
              f"{sv_tenths(-(UTFALL - BUDGET))} mnkr. År 2024 var avvikelsen {sv_tenths(AVV24)} mnkr.")
    p += para("Underskottet förklaras nästan helt av vinterväghållningen, som kostade "
              f"{sv_tenths(148)} mnkr mot budgeterade {sv_tenths(95)} mnkr. Snöfallen i november och december "
              "krävde 52 insatser med plogning och halkbekämpning, jämfört med 30 insatser under 2024. "
              "Fastighetsförvaltningen visar ett överskott på 1,9 mnkr, främst till följd av lägre "
              "energikostnader och en vakant tjänst som fastighetsingenjör under halva året.")
    p += [f"{L}Nettokostnad per verksamhet, mnkr", ""]
    p += [f"{L}{'Verksamhet':<34}{'Budget 2025':>10}{'Utfall 2025':>13}{'Avvikelse':>12}{'Avvikelse':>12}",
          f"{L}{'':<34}{'':>10}{'':>13}{'':>12}{'2024':>12}"]
    for r in DRIFT[:4]:
        p.append(drift_row(*r))
    return p + FOOTER


def page3():
    p = header(3)
    for r in DRIFT[4:]:
        p.append(drift_row(*r))
    p.append(f"{L}{'Summa skattefinansierad verksamhet':<34}{sv_tenths(BUDGET):>10}{sv_tenths(UTFALL):>13}"
             f"{sv_tenths(BUDGET - UTFALL):>12}{sv_tenths(AVV24):>12}")
    p.append("")
    p += para("Den avgiftsfinansierade VA-verksamheten redovisar intäkter på 68,4 mnkr och kostnader på "
              "66,3 mnkr. Överskottet på 2,1 mnkr förs till VA-kollektivets resultatfond, som därefter "
              "uppgår till 5,6 mnkr.")
    p += para("Investeringsbudgeten för 2025 var 46,0 mnkr och utfallet 38,1 mnkr. Förvaltningen föreslår "
              "att 6,2 mnkr förs över till 2026 för projekt som har påbörjats men inte avslutats: "
              "ombyggnaden av Stationsgatan etapp 2 (4,5 mnkr) och den nya lekplatsen i Lertagsparken "
              "(1,7 mnkr).")
    p += label("Beslutsunderlag")
    p += [f"{L}Tjänsteskrivelse 2026-02-05 från samhällsbyggnadsförvaltningen", f"{L}Bokslutsrapport 2025, tekniska nämnden", ""]
    p += label("Tekniska nämndens beslut")
    p += [f"{L}1.  Tekniska nämnden godkänner bokslut 2025 och överlämnar det till kommunstyrelsen.",
          f"{L}2.  Tekniska nämnden hemställer hos kommunstyrelsen att 6,2 mnkr av ej förbrukade",
          f"{L}    investeringsmedel 2025 förs över till 2026.",
          f"{L}3.  Överskottet i VA-verksamheten, 2,1 mnkr, förs till VA-kollektivets resultatfond.", ""]
    p += [f"{L}Beslutet skickas till", f"{L}Kommunstyrelsen", f"{L}Ekonomiavdelningen", "", ""]
    p += heading("TN § 15", "Dnr TN 2025/187", "Tilldelning – ramavtal för beläggningsarbeten 2026–2029")
    p += label("Sammanfattning av ärendet")
    p += para("Förvaltningen har genomfört en upphandling av ramavtal för asfalts- och beläggningsarbeten "
              "på kommunens gator, gång- och cykelvägar. Avtalet avses gälla från den 1 april 2026 i två år "
              "med möjlighet till förlängning i ett plus ett år. Det uppskattade värdet är 11,5 mnkr per år.")
    p += para("Fyra anbud kom in. Anbuden har utvärderats efter pris (70 procent) och kvalitet och miljö "
              "(30 procent). Asfaltbolaget Nordväg AB har lämnat det ekonomiskt mest fördelaktiga anbudet "
              "och föreslås få tilldelning. Anbudet innehåller krav på att minst 40 procent av massorna ska "
              "vara returasfalt.")
    p += label("Yrkanden")
    p += para("Ordföranden Jan Ekholm (S) yrkar bifall till förvaltningens förslag.")
    p += para("Linnéa Vik (V) yrkar, med instämmande av Håkan Nordin (MP), att upphandlingen ska avbrytas "
              "och göras om med krav på fossilfria arbetsmaskiner och transporter från avtalets start.")
    return p + FOOTER


def page4():
    p = header(4)
    p += label("Beslutsgång")
    p += para("Ordföranden ställer proposition på de två yrkandena och finner att nämnden bifaller "
              "förvaltningens förslag. Votering begärs. Nämnden godkänner följande voteringsordning: den som "
              "bifaller förvaltningens förslag röstar ja, den som bifaller Linnéa Viks yrkande röstar nej.")
    p += para(f"Med {len(JA)} ja-röster mot {len(NEJ)} nej-röster beslutar nämnden enligt förvaltningens förslag. "
              f"Ja röstar {', '.join(JA[:-1])} och {JA[-1]}. Nej röstar {NEJ[0]} och {NEJ[1]}.")
    p += label("Tekniska nämndens beslut")
    p += para("Tekniska nämnden tilldelar Asfaltbolaget Nordväg AB ramavtal för beläggningsarbeten "
              "2026–2029 och uppdrar åt förvaltningschefen att underteckna avtalet efter avtalsspärrens slut.")
    p += label("Reservation")
    p += para("Linnéa Vik (V) reserverar sig mot beslutet till förmån för eget yrkande.")
    p += label("Protokollsanteckning")
    p += para("Håkan Nordin (MP) lämnar en protokollsanteckning: Miljöpartiet vill att nämnden i nästa "
              "upphandling ställer krav på fossilfria arbetsmaskiner.")
    p += heading("TN § 16", "Dnr TN 2025/240", "Förslag till ny VA-taxa från den 1 juli 2026")
    p += label("Sammanfattning av ärendet")
    p += para("Förvaltningen föreslår att brukningsavgifterna i VA-taxan höjs för att finansiera "
              "ombyggnaden av Norra vattenverket, som beräknas kosta 180 mnkr under åren 2026–2030. Den fasta "
              f"avgiften föreslås höjas från {sv_int(FAST_25)} till {sv_int(FAST_26)} kronor per år och den "
              f"rörliga avgiften från {sv_hundredths(M3_25)} till {sv_hundredths(M3_26)} kronor per kubikmeter. "
              "För ett normalhus (typhus A, 150 kubikmeter per år) ökar den årliga kostnaden från "
              f"{sv_int(TYP25)} till {sv_int(TYP26)} kronor, eller 9,0 procent.")
    p += label("Tekniska nämndens beslut")
    p += para("Tekniska nämnden föreslår kommunfullmäktige besluta att anta ny VA-taxa enligt bilaga 1, att "
              "gälla från och med den 1 juli 2026.")
    p += heading("TN § 17", "Dnr TN 2025/198", "Svar på medborgarförslag om belysning vid gångvägen till Tegelsta badplats")
    p += label("Tekniska nämndens beslut")
    p += para("Medborgarförslaget bifalls. Gångvägen mellan Bruksvägen och badplatsen, cirka 600 meter, förses "
              "med belysning under hösten 2026. Kostnaden, 420 tkr, ryms inom investeringsbudgeten 2026 för "
              "belysningsåtgärder.")
    p += heading("TN § 18", "", "Anmälan av delegationsbeslut")
    p += label("Tekniska nämndens beslut")
    p += para("Nämnden noterar 37 delegationsbeslut som fattats under perioden 2025-12-01 – 2026-01-31 enligt "
              "förteckning.")
    return p + FOOTER


def build() -> str:
    pages = [page1(), page2(), page3(), page4()]
    return "".join("\n".join(x.rstrip() for x in pg) + "\n\f" for pg in pages)


if __name__ == "__main__":
    (out_dir() / FILE).write_text(build(), encoding="utf-8")
