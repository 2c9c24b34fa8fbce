"""Renholma kommun – gymnasienämndens delårsrapport januari–augusti 2025 as plain text.

Layout of a text export saved from Word ("Spara som: oformaterad text", Windows line endings): headings as
numbered lines ("3 EKONOMI", "3.1 Driftredovisning"), tables pasted from Excel as TAB-separated rows (ekonomi in
mnkr, elever per program, resultat per läsår), bullet points as "•", a signature block at the end.
"""
from common import out_dir, sv_int, sv_tenths

OUT = out_dir() / "renholma_gyn_delarsrapport_jan-aug_2025.txt"

# ---- facts ----------------------------------------------------------------------------------------------------
# verksamhet, budget, utfall jan–aug, prognos (tenths of mnkr)
DRIFT = [
    ("Nämnd och förvaltning", 82, 53, 80),
    ("Ekängsgymnasiet, nationella program", 1186, 789, 1184),
    ("Introduktionsprogram", 224, 146, 221),
    ("Anpassad gymnasieskola", 180, 123, 183),
    ("Interkommunala ersättningar", 474, 352, 521),
]
TOT = [sum(r[i] for r in DRIFT) for i in (1, 2, 3)]
assert TOT == [2146, 1463, 2189] and TOT[0] - TOT[2] == -43
IKE_ELEVER, IKE_BUDGET_ELEVER = 412, 380
assert DRIFT[4][1] - DRIFT[4][3] == -47
ELEVER = [("Ekonomiprogrammet", 148), ("Naturvetenskapsprogrammet", 132), ("Samhällsvetenskapsprogrammet", 171),
          ("Teknikprogrammet", 96), ("El- och energiprogrammet", 58), ("Fordons- och transportprogrammet", 44),
          ("Vård- och omsorgsprogrammet", 39), ("Introduktionsprogram", 87)]
ELEVER_TOT = sum(n for _, n in ELEVER)
assert ELEVER_TOT == 775
RESULT = [  # indikator, 2022/23, 2023/24, 2024/25
    ("Examen inom tre år, %", "73,0", "74,5", "71,8"),
    ("Genomsnittlig betygspoäng, examinerade", "14,0", "14,1", "13,9"),
    ("Elever som känner sig trygga i skolan, %", "90", "88", "89"),
]
VO_SOKANDE, VO_PLATSER = 12, 24

L = []
a = L.append
a("RENHOLMA KOMMUN")
a("Gymnasienämnden")
a("")
a("DELÅRSRAPPORT JANUARI–AUGUSTI 2025")
a("")
a("Dnr GYN 2025:87")
a("Behandlad i gymnasienämnden 2025-09-25, § 58")
a("Kontaktperson: Malin Ekström, förvaltningsekonom")
a("")
a("")
a("1 SAMMANFATTNING")
a("")
a(f"Gymnasienämnden prognostiserar ett underskott om {sv_tenths(TOT[2] - TOT[0])} mnkr för 2025. Underskottet "
  f"beror på att fler ungdomar från Renholma än beräknat går i gymnasieskolor hos andra huvudmän, vilket ökar "
  f"kostnaderna för interkommunala ersättningar. Den egna verksamheten på Ekängsgymnasiet bedöms hålla sin budget.")
a("")
a("Andelen elever som tog examen inom tre år minskade läsåret 2024/25 jämfört med läsåret innan. Tryggheten i "
  "skolan ligger kvar på en hög nivå.")
a("")
a("")
a("2 VIKTIGA HÄNDELSER UNDER PERIODEN")
a("")
a(f"• Gymnasienämnden beslutade den 21 maj 2025 (GYN § 34) att inte ta emot nya elever till vård- och "
  f"omsorgsprogrammet från och med höstterminen 2026. Skälet är lågt söktryck: inför hösten 2025 fanns endast "
  f"{VO_SOKANDE} förstahandssökande till programmets {VO_PLATSER} platser. Elever som redan går på programmet "
  f"får fullfölja sin utbildning.")
a("• Ombyggnaden av ventilationen i Ekängsgymnasiets hus C blev klar till höstterminens start.")
a("• Ett nytt samverkansavtal om gymnasieutbildning med fyra grannkommuner började gälla den 1 juli 2025.")
a("")
a("")
a("3 EKONOMI")
a("")
a("3.1 Driftredovisning")
a("")
a("Belopp i mnkr")
a("Verksamhet\tBudget 2025\tUtfall jan–aug\tPrognos 2025\tAvvikelse")
for name, b, u, p in DRIFT:
    a(f"{name}\t{sv_tenths(b)}\t{sv_tenths(u)}\t{sv_tenths(p)}\t{sv_tenths(b - p, plus=True)}")
a(f"Summa gymnasienämnden\t{sv_tenths(TOT[0])}\t{sv_tenths(TOT[1])}\t{sv_tenths(TOT[2])}\t"
  f"{sv_tenths(TOT[0] - TOT[2], plus=True)}")
a("")
a("3.2 Kommentarer till prognosen")
a("")
a(f"Interkommunala ersättningar: I augusti gick {IKE_ELEVER} ungdomar från Renholma i gymnasieskolor hos andra "
  f"kommuner och fristående huvudmän, jämfört med {IKE_BUDGET_ELEVER} i budgeten. Kostnaden prognostiseras till "
  f"{sv_tenths(DRIFT[4][3])} mnkr mot budgeterade {sv_tenths(DRIFT[4][1])} mnkr, det vill säga ett underskott om "
  f"{sv_tenths(DRIFT[4][3] - DRIFT[4][1])} mnkr. Ökningen gäller främst elever som har valt estetiska program och "
  f"naturbruksprogrammet, som inte erbjuds i kommunen.")
a("")
a("Anpassad gymnasieskola: Två elever med behov av elevassistent har tillkommit under våren, vilket ger ett "
  "mindre underskott.")
a("")
a("Övriga verksamheter: Nämnd och förvaltning, de nationella programmen och introduktionsprogrammen visar små "
  "överskott, främst på grund av vakanser under våren.")
a("")
a("3.3 Åtgärder")
a("")
a("Nämnden avser att hos kommunstyrelsen begära kompensation för den ökade volymen av interkommunala "
  "ersättningar, eftersom kostnaden styrs av elevernas fria val. Någon sådan begäran har ännu inte behandlats av "
  "kommunstyrelsen. Förvaltningen ser samtidigt över möjligheten att erbjuda fler programinriktningar på "
  "Ekängsgymnasiet.")
a("")
a("")
a("4 ELEVER")
a("")
a("Antal elever på Ekängsgymnasiet per program, inskrivna 2025-08-29")
a("Program\tAntal elever")
for name, n in ELEVER:
    a(f"{name}\t{n}")
a(f"Totalt\t{ELEVER_TOT}")
a("")
a("Utöver dessa går 22 elever i den anpassade gymnasieskolan.")
a("")
a("")
a("5 MÅLUPPFYLLELSE OCH RESULTAT")
a("")
a("Resultat per läsår")
a("Indikator\t2022/23\t2023/24\t2024/25")
for r in RESULT:
    a("\t".join(r))
a("")
a("Andelen elever som tog examen inom tre år minskade till 71,8 procent läsåret 2024/25. Nedgången är störst "
  "på de yrkesförberedande programmen. Nämndens mål att minst 75 procent ska ta examen inom tre år uppnås "
  "därmed inte. Den genomsnittliga betygspoängen redovisas endast för skolan som helhet, eftersom flera program "
  "har för få elever för att resultaten ska kunna redovisas separat.")
a("")
a("")
a("6 PERSONAL")
a("")
a("Sjukfrånvaron för januari–augusti var 4,6 procent, jämfört med 4,9 procent för samma period 2024. Andelen "
  "lärare med lärarlegitimation och behörighet i minst ett ämne var 81 procent.")
a("")
a("")
a("7 FRAMTID")
a("")
a("Antalet 16-åringar i kommunen väntas öka med cirka 8 procent fram till 2028. Nämnden kommer under hösten "
  "att ta fram ett underlag om lokalbehov och programutbud för perioden 2027–2030.")
a("")
a("")
a("Renholma 2025-09-25")
a("")
a("Tobias Hellgren (M)")
a("Ordförande, gymnasienämnden")
a("")
a("Cecilia Vahlberg")
a("Förvaltningschef, utbildningsförvaltningen")

OUT.write_bytes(("\r\n".join(L) + "\r\n").encode("utf-8"))
print("wrote", OUT)
