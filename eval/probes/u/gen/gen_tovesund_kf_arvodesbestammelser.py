"""Tovesunds kommun – bestämmelser om arvoden och ersättningar till förtroendevalda (plain text).

Layout: UTF-8, LF, as exported from the författningssamling: a title block, "Antagen av kommunfullmäktige" line,
sections numbered "1 §" … "17 §" with run-in headings in capitals, a space-aligned arvode table (Uppdrag / Procent
/ Kronor per månad) computed from the grundbelopp, a small sammanträdesarvode table, and "Övergångsbestämmelser".
"""
from common import out_dir, sv_int

GRUND = 74_000          # kronor per månad 2026
# uppdrag, procent (tenths)
ARVODEN = [
    ("Kommunstyrelsens ordförande", 1000),
    ("Kommunstyrelsens förste vice ordförande", 450),
    ("Kommunstyrelsens andre vice ordförande (oppositionsråd)", 600),
    ("Kommunfullmäktiges ordförande", 80),
    ("Barn- och utbildningsnämndens ordförande", 350),
    ("Socialnämndens ordförande", 350),
    ("Tekniska nämndens ordförande", 250),
    ("Miljö- och byggnadsnämndens ordförande", 200),
    ("Kultur- och fritidsnämndens ordförande", 150),
    ("Valnämndens ordförande", 30),
    ("Överförmyndarnämndens ordförande", 60),
    ("Revisorernas ordförande", 60),
    ("Övriga revisorer", 40),
]
AMOUNTS = [(u, p, GRUND * p // 1000) for u, p in ARVODEN]
assert all(GRUND * p % 1000 == 0 for _, p in ARVODEN)
assert dict((u, a) for u, _, a in AMOUNTS)["Tekniska nämndens ordförande"] == 18_500
SAM_KORT, SAM_LANG, SAM_KORT_OLD = 1_100, 1_650, 950
FAI_MAX, FAI_MAX_OLD = 450, 400


def pct(t):
    return f"{t // 10},{t % 10}" if t % 10 else f"{t // 10}"


lines = []
w = lines.append
w("TOVESUNDS KOMMUN                                              Författningssamling")
w("                                                              Nr 2025:14")
w("")
w("BESTÄMMELSER OM ARVODEN OCH ERSÄTTNINGAR TILL FÖRTROENDEVALDA")
w("")
w("Antagna av kommunfullmäktige 2025-11-24, § 158            Dnr KS 2025:612")
w("Gäller från 2026-01-01. Ersätter bestämmelserna antagna 2022-12-12, § 141.")
w("")
w("")
w("INLEDANDE BESTÄMMELSER")
w("")
w("1 § TILLÄMPNINGSOMRÅDE. Bestämmelserna gäller för kommunalt förtroendevalda i Tovesunds")
w("kommun, med undantag för ledamöter i styrelser för kommunens aktiebolag, vars arvoden")
w("beslutas av bolagsstämman. Bestämmelserna gäller också för ersättare när de tjänstgör.")
w("")
w("2 § GRUNDBELOPP. Arvodena beräknas som en procentandel av ett grundbelopp. Grundbeloppet är")
w(f"{sv_int(GRUND)} kronor per månad för år 2026. Grundbeloppet räknas upp den 1 januari varje år")
w("med samma procentsats som riksdagsledamöternas arvode har ändrats under föregående år.")
w("")
w("")
w("ÅRSARVODEN")
w("")
w("3 § ÅRSARVODE. Förtroendevalda med uppdrag enligt tabellen nedan får ett fast arvode som")
w("betalas ut månadsvis. Kommunstyrelsens ordförande fullgör uppdraget på heltid.")
w("")
w("     Uppdrag                                                   Procent   Kronor/månad")
w("     ----------------------------------------------------------------------------------")
for u, p, a in AMOUNTS:
    w(f"     {u:<57}{pct(p):>9}{sv_int(a):>15}")
w("     ----------------------------------------------------------------------------------")
w("")
w("4 § VICE ORDFÖRANDE I NÄMND. Vice ordförande i en nämnd får ett årsarvode som motsvarar 25")
w("procent av ordförandens arvode i samma nämnd.")
w("")
w("5 § VALÅR. För valnämndens ordförande fördubblas arvodet under år då allmänna val hålls.")
w("")
w("6 § FÖRHINDER. Om en förtroendevald med årsarvode är förhindrad att fullgöra sitt uppdrag")
w("under en sammanhängande tid av mer än en månad minskas arvodet i motsvarande mån. Den som")
w("under tiden fullgör uppdraget får ett arvode som motsvarar det avdrag som gjorts.")
w("")
w("")
w("SAMMANTRÄDESARVODE")
w("")
w("7 § ARVODE PER SAMMANTRÄDE. För sammanträden med kommunfullmäktige, kommunstyrelsen,")
w("nämnder, utskott och beredningar betalas arvode enligt följande:")
w("")
w("     Sammanträdets längd                      Kronor")
w("     -----------------------------------------------")
w(f"     Högst 3 timmar                       {sv_int(SAM_KORT):>10}")
w(f"     Mer än 3 timmar                      {sv_int(SAM_LANG):>10}")
w("     -----------------------------------------------")
w("")
w("Samma arvode betalas för förrättningar som kommunstyrelsen eller en nämnd har beslutat om,")
w("till exempel studiebesök, kurser och konferenser. Deltagande på distans ger samma arvode.")
w("")
w("8 § BEGRÄNSNING. Förtroendevalda med ett årsarvode om 40 procent eller mer får inte")
w("sammanträdesarvode. Övriga med årsarvode får sammanträdesarvode, utom för sammanträden i det")
w("organ där de har sitt årsarvode.")
w("")
w("9 § GRUPPMÖTEN. För partiernas gruppmöten inför sammanträden med fullmäktige, styrelse och")
w("nämnder betalas inte sammanträdesarvode. Ersättning för förlorad arbetsinkomst betalas dock.")
w("")
w("")
w("ERSÄTTNINGAR")
w("")
w("10 § FÖRLORAD ARBETSINKOMST. Förtroendevalda har rätt till ersättning för styrkt förlorad")
w(f"arbetsinkomst med högst {FAI_MAX} kronor per timme och högst åtta timmar per dag. Förlusten ska")
w("styrkas med intyg från arbetsgivaren. För egna företagare beräknas ersättningen utifrån den")
w("sjukpenninggrundande inkomsten.")
w("")
w("11 § FÖRLORAD PENSIONSFÖRMÅN. Ersättning för förlorad pensionsförmån betalas med 4,5 procent")
w("av den ersättning för förlorad arbetsinkomst som har betalats ut under året. Ersättningen")
w("betalas ut en gång per år i efterskott.")
w("")
w("12 § RESEKOSTNADER. Ersättning för resa till och från sammanträde betalas om avståndet")
w("mellan bostaden och sammanträdesplatsen är minst fem kilometer. Ersättning för resa med egen")
w("bil är 30 kronor per mil. Resor med kollektivtrafik ersätts med faktisk kostnad.")
w("")
w("13 § BARNTILLSYN. Ersättning för styrkta kostnader för barntillsyn betalas med högst 150")
w("kronor per timme för barn som inte har fyllt 12 år. Ersättning betalas inte till den som")
w("ingår i den förtroendevaldas hushåll.")
w("")
w("14 § FUNKTIONSNEDSÄTTNING OCH VÅRD AV ANHÖRIG. Förtroendevalda med funktionsnedsättning får")
w("ersättning för särskilda kostnader som uppdraget medför. Kostnader för vård av anhörig under")
w("sammanträdestid ersätts med högst 150 kronor per timme.")
w("")
w("")
w("GEMENSAMMA BESTÄMMELSER")
w("")
w("15 § BEGÄRAN OM ERSÄTTNING. Ersättning ska begäras inom ett år från sammanträdet eller")
w("förrättningen. Arvoden och ersättningar betalas ut månadsvis i efterskott.")
w("")
w("16 § TOLKNING. Frågor om tolkning och tillämpning av bestämmelserna avgörs av")
w("kommunstyrelsens arbetsutskott.")
w("")
w("17 § PARTISTÖD. Bestämmelserna omfattar inte partistöd. Partistödet regleras i särskilda")
w("regler som fullmäktige har antagit.")
w("")
w("")
w("ÖVERGÅNGSBESTÄMMELSER")
w("")
w("Jämfört med de tidigare bestämmelserna höjs sammanträdesarvodet för sammanträden om högst tre")
w(f"timmar från {sv_int(SAM_KORT_OLD)} till {sv_int(SAM_KORT)} kronor, och högsta ersättning för förlorad")
w(f"arbetsinkomst höjs från {FAI_MAX_OLD} till {FAI_MAX} kronor per timme. Kommunstyrelsens andre vice")
w("ordförande får ett oppositionsrådsarvode om 60 procent, som ersätter det tidigare arvodet om")
w("30 procent. Arvodet för kultur- och fritidsnämndens ordförande är oförändrat.")
w("")
w("Arvodesberedningen ska lämna förslag till bestämmelser för mandatperioden 2027–2030 senast")
w("den 30 april 2026.")
w("")
text = "\n".join(lines)
path = out_dir() / "tovesund_kf_arvodesbestammelser_2026.txt"
path.write_text(text, encoding="utf-8")
print(path)
