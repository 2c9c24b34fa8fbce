"""Alvkärra kommun – miljö- och byggnadsnämndens protokollsutdrag 2025-09-23 (§ 87) with the
anmälda delegationsbeslut for August 2025 as a semicolon-separated export. Plain text (UTF-8)."""
from common import out_dir, sv_int

FILE = "alvkarra_mbn_delegationsbeslut_2025-09-23.txt"

SN = "Sofia Nyqvist, bygglovshandläggare"
AK = "Ahmed Karimi, bygglovshandläggare"
ES = "Elin Sandberg, miljöinspektör"
AL = "Anton Lövgren, livsmedelsinspektör"
JW = "Jonas Westerlind, strandskyddshandläggare"
LO = "Lars Öberg, byggnadsinspektör"
GR = "Gunilla Ramsten (M), ordförande"

# löpnr, datum, dnr, ärendetyp, fastighet, beslut, delegat, delegationspunkt, avgift kr
ROWS = [
    (1, "2025-08-04", "MBN 2025-000318", "Bygglov, nybyggnad av enbostadshus", "Alvkärra Lönnen 4",
     "Bygglov beviljas", SN, "B 2.1", 11_960),
    (2, "2025-08-05", "MBN 2025-000322", "Tekniskt samråd och startbesked", "Alvkärra Lönnen 4",
     "Startbesked ges", SN, "B 2.6", 0),
    (3, "2025-08-06", "MBN 2025-000287", "Anmälan om installation av värmepump", "Håltorp 1:23",
     "Föreläggande om försiktighetsmått", ES, "M 3.4", 2_520),
    (4, "2025-08-07", "MBN 2025-000301", "Tillstånd till enskild avloppsanordning", "Gräsvik 3:14",
     "Tillstånd med villkor", ES, "M 4.1", 7_560),
    (5, "2025-08-08", "MBN 2025-000330", "Registrering av livsmedelsanläggning", "Alvkärra Smedjan 9",
     "Registrering", AL, "L 1.1", 1_390),
    (6, "2025-08-11", "MBN 2025-000251", "Strandskyddsdispens, komplementbyggnad", "Rävnäs 2:7",
     "Dispens beviljas med villkor", JW, "S 1.1", 8_400),
    (7, "2025-08-12", "MBN 2025-000334", "Bygglov, tillbyggnad av fritidshus", "Norrviken 1:45",
     "Bygglov beviljas", AK, "B 2.1", 6_420),
    (8, "2025-08-13", "MBN 2025-000298", "Rivningslov, ekonomibyggnad", "Västra Ryd 4:2",
     "Rivningslov beviljas", AK, "B 2.4", 3_180),
    (9, "2025-08-14", "MBN 2025-000341", "Slutsamråd och slutbesked", "Alvkärra Hägern 11",
     "Slutbesked ges", SN, "B 2.8", 0),
    (10, "2025-08-15", "MBN 2025-000199", "Yttrande till länsstyrelsen i överklagat bygglovsärende",
     "Alvkärra Tranan 3", "Yttrande avges", GR, "A 1.3 (brådskande ärende)", 0),
    (11, "2025-08-18", "MBN 2025-000345", "Bygglov, skylt", "Alvkärra Smedjan 9",
     "Bygglov beviljas", AK, "B 2.2", 2_390),
    (12, "2025-08-19", "MBN 2025-000277", "Klagomål på buller från fläktaggregat", "Alvkärra Lärkan 6",
     "Ärendet avskrivs", ES, "M 1.2", 0),
    (13, "2025-08-20", "MBN 2025-000350", "Anmälan, komplementbostadshus (attefall)", "Kråkmyra 2:31",
     "Startbesked ges", SN, "B 3.1", 4_780),
    (14, "2025-08-21", "MBN 2025-000213", "Byggsanktionsavgift, påbörjad åtgärd utan startbesked",
     "Kråkmyra 2:9", "Byggsanktionsavgift om 23 920 kr tas ut", LO, "B 5.3", 0),
    (15, "2025-08-22", "MBN 2025-000356", "Livsmedelskontroll, uppföljande kontroll", "Alvkärra Smedjan 9",
     "Föreläggande om rengöring och underhåll", AL, "L 2.3", 1_390),
    (16, "2025-08-25", "MBN 2025-000359", "Förhandsbesked, nybyggnad av enbostadshus", "Gräsvik 3:2",
     "Positivt förhandsbesked", AK, "B 2.5", 9_870),
    (17, "2025-08-26", "MBN 2025-000362", "Bygglov, nybyggnad av garage", "Alvkärra Lönnen 7",
     "Bygglov beviljas", SN, "B 2.1", 5_240),
    (18, "2025-08-27", "MBN 2025-000290", "Tillstånd till värmepump inom vattenskyddsområde", "Bäckeby 1:5",
     "Tillstånd med villkor", ES, "M 3.5", 3_780),
    (19, "2025-08-28", "MBN 2025-000366", "Bygglov, fasadändring", "Alvkärra Hägern 2",
     "Bygglov beviljas", AK, "B 2.1", 2_960),
    (20, "2025-08-29", "MBN 2025-000214", "Årlig tillsynsavgift, miljöfarlig verksamhet", "Västra Ryd 3:8",
     "Årlig avgift fastställs", ES, "M 7.1", 4_410),
    (21, "2025-08-29", "MBN 2025-000371", "Yttrande till polismyndigheten, offentlig tillställning",
     "Alvkärra Torget 1", "Yttrande avges, inget att erinra", GR, "A 1.3 (brådskande ärende)", 0),
]
AVGIFT_SUM = sum(r[-1] for r in ROWS)
assert [r[0] for r in ROWS] == list(range(1, len(ROWS) + 1))
assert all(r[1].startswith("2025-08-") for r in ROWS)
assert AVGIFT_SUM == 76_250, AVGIFT_SUM
BYGG = [r for r in ROWS if r[7].startswith("B")]
MILJO = [r for r in ROWS if r[7][0] in "MLS"]
ORDF = [r for r in ROWS if r[6] == GR]
assert len(BYGG) + len(MILJO) + len(ORDF) == len(ROWS)


def text():
    lines = ["Löpnr;Beslutsdatum;Diarienummer;Ärendetyp;Fastighet/plats;Beslut;Delegat;Delegationspunkt;"
             "Avgift (kr)"]
    for r in ROWS:
        lines.append(";".join(str(x) if not isinstance(x, int) or i == 0 else sv_int(x)
                              for i, x in enumerate(r)))
    export = "\n".join(lines)
    return f"""ALVKÄRRA KOMMUN                                   PROTOKOLLSUTDRAG
Miljö- och byggnadsnämnden                        Sammanträdesdatum 2025-09-23
                                                  Sida 1 (1) + bilaga

Plats och tid      Nämndrummet, Kommunhuset Alvkärra, kl. 09.00-12.15
Beslutande         Gunilla Ramsten (M), ordförande
                   Kerstin Obbarius (S), vice ordförande
                   Rolf Hägg (SD)
                   Anders Ytterberg (C)
                   Lena Söderblom (S)
                   Håkan Wiik (KD), tjänstgörande ersättare för Marianne Fjellström (M)
                   Eva-Lena Ring (V)
Övriga             Karl Edvinsson, förvaltningschef
                   Lars Öberg, byggnadsinspektör (§ 87)
                   Petra Lindeskog, nämndsekreterare
Justerare          Kerstin Obbarius (S)
Justeringens
tid och plats      Samhällsbyggnadskontoret, 2025-09-26 kl. 15.00
Paragrafer         §§ 80-94

----------------------------------------------------------------------------

§ 87   Anmälan av delegationsbeslut augusti 2025
       Dnr MBN 2025-000412

Ärendebeskrivning
Beslut som fattas med stöd av delegation ska anmälas till nämnden enligt
nämndens delegationsordning (antagen 2024-02-20, § 14). Förvaltningen
redovisar de delegationsbeslut som fattats under perioden
2025-08-01--2025-08-31, sammanlagt {len(ROWS)} beslut: {len(BYGG)} enligt plan- och
bygglagen, {len(MILJO)} enligt miljöbalken och livsmedelslagstiftningen samt
{len(ORDF)} beslut som ordföranden har fattat i brådskande ärenden. Debiterade
avgifter i de redovisade besluten uppgår till sammanlagt {sv_int(AVGIFT_SUM)} kr.

Rolf Hägg (SD) frågar om beslut nr 14 om byggsanktionsavgift.
Byggnadsinspektör Lars Öberg redogör för ärendet: åtgärden påbörjades innan
startbesked hade getts, och avgiften har beräknats enligt plan- och
byggförordningen. Beslutet har överklagats till länsstyrelsen.

Beslut
Miljö- och byggnadsnämnden beslutar att lägga redovisningen av
delegationsbeslut för perioden 2025-08-01--2025-08-31 till handlingarna.

Beslutsunderlag
Förteckning över delegationsbeslut augusti 2025 (bilaga), daterad 2025-09-08

Justerandes sign        Utdragsbestyrkande
KO                      Petra Lindeskog, nämndsekreterare

============================================================================
BILAGA TILL § 87
Förteckning över delegationsbeslut 2025-08-01--2025-08-31
Export från ärendehanteringssystemet 2025-09-08 09:42, användare plindeskog
Teckenkodning UTF-8, fältavgränsare semikolon
============================================================================
{export}
============================================================================
Antal beslut: {len(ROWS)}
Summa debiterade avgifter (kr): {sv_int(AVGIFT_SUM)}
Avgifter för byggsanktion ingår inte i summan. Beslut om avgift för
startbesked och slutbesked ingår i avgiften för bygglovet.
"""


if __name__ == "__main__":
    p = out_dir() / FILE
    p.write_text(text(), encoding="utf-8")
    print("wrote", p)
