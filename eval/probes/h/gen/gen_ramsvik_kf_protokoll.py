"""Ramsviks kommun – kommunfullmäktige, protokoll 2026-04-27. PDF via reportlab.

§ headings in bold on one line ("§ 112 Årsredovisning 2025 för Ramsviks kommun"), decisions under
"Kommunfullmäktiges beslut", a närvaro- och voteringslista drawn as a grid table.
"""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from common import out_dir, register_fonts, sv_tenths

FILE = "ramsvik_kf_protokoll_2026-04-27.pdf"

# (name, party, role) role: "L" ledamot, "E" tjänstgörande ersättare (for an absent ledamot)
MEMBERS = [
    ("Anna Lindqvist", "S"), ("Per Holm", "S"), ("Maria Sjöberg", "S"), ("Kenneth Ahlgren", "S"),
    ("Sofia Nyqvist", "S"), ("Bengt Rask", "S"), ("Eva Wikström", "S"), ("Jonas Palm", "S"),
    ("Leila Haddou", "S"), ("Roger Kvist", "S"), ("Susanne Bergvall", "S"), ("Mats Örn", "S"),
    ("Linnea Falk", "S"),
    ("Johan Eklöf", "M"), ("Karin Sandell", "M"), ("Olof Brandt", "M"), ("Helena Ståhl", "M"),
    ("Fredrik Norén", "M"), ("Camilla Rehn", "M"), ("Gustav Lilja", "M"), ("Petra Alm", "M"),
    ("Anders Tell", "M"),
    ("Lena Strand", "SD"), ("Tommy Hjort", "SD"), ("Marie Eng", "SD"), ("Niklas Bergh", "SD"),
    ("Jessica Lunde", "SD"), ("Stefan Ruth", "SD"), ("Håkan Vide", "SD"),
    ("Ingrid Moberg", "C"), ("Erik Dahlén", "C"), ("Malin Ros", "C"), ("Lars Grahn", "C"),
    ("Ida Sörman", "V"), ("Ahmed Nasser", "V"), ("Tove Ek", "V"),
    ("Birgitta Hallin", "KD"), ("Samuel Kron", "KD"),
    ("Ulrika Fors", "L"), ("Daniel Wern", "L"),
    ("Hanna Ljung", "MP"),
]
assert len(MEMBERS) == 41 and len({n for n, _ in MEMBERS}) == 41
# absent ledamot -> tjänstgörande ersättare (same party)
ERSATTARE = {"Bengt Rask": "Gunilla Tåg", "Petra Alm": "Viktor Svan"}

VOTE_BY_PARTY = {"S": "Ja", "C": "Ja", "L": "Ja", "MP": "Ja", "KD": "Ja", "M": "Nej", "SD": "Nej", "V": "Avstår"}
JA = sum(1 for _, p in MEMBERS if VOTE_BY_PARTY[p] == "Ja")
NEJ = sum(1 for _, p in MEMBERS if VOTE_BY_PARTY[p] == "Nej")
AVST = sum(1 for _, p in MEMBERS if VOTE_BY_PARTY[p] == "Avstår")
assert (JA, NEJ, AVST) == (22, 16, 3) and JA + NEJ + AVST == 41

# Årsredovisning 2025 key figures (tenths of mkr)
INTAKTER_SKATT = 21874
NETTOKOSTNAD = -21312
FINANSNETTO = -176
RESULTAT = INTAKTER_SKATT + NETTOKOSTNAD + FINANSNETTO
assert RESULTAT == 386
REAVINST = -42
BALANSKRAV = RESULTAT + REAVINST
assert BALANSKRAV == 344
# Simhall investeringsram (tenths of mkr)
RAM_GAMMAL, RAM_NY = 1420, 1680
assert RAM_NY - RAM_GAMMAL == 260


def mk(n):
    return sv_tenths(n)


def build():
    register_fonts()
    ss = dict(
        body=ParagraphStyle("b", fontName="LibSans", fontSize=10, leading=13.5, spaceAfter=5),
        h=ParagraphStyle("h", fontName="LibSans-Bold", fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=2),
        dnr=ParagraphStyle("d", fontName="LibSans", fontSize=9, leading=12, spaceAfter=6, textColor=colors.HexColor("#444444")),
        sub=ParagraphStyle("s", fontName="LibSans-Bold", fontSize=10, leading=13, spaceBefore=4, spaceAfter=2),
        title=ParagraphStyle("t", fontName="LibSans-Bold", fontSize=16, leading=20, spaceAfter=4),
        small=ParagraphStyle("sm", fontName="LibSans", fontSize=8.5, leading=11),
    )
    P = lambda t, s="body": Paragraph(t, ss[s])
    story = []

    def para(nr, title, dnr=None):
        story.append(P(f"§ {nr} {title}", "h"))
        if dnr:
            story.append(P(dnr, "dnr"))

    story += [P("RAMSVIKS KOMMUN", "sub"), P("Protokoll", "title"),
              P("Kommunfullmäktige – sammanträdesdatum 2026-04-27"),
              P("Plats och tid: Fullmäktigesalen, Ramsviks rådhus, Torggatan 4, kl. 18.00–21.40"),
              P("Ordförande: Ingrid Moberg (C). Sekreterare: Elin Warg, kommunsekreterare."),
              P("Justerare: Per Holm (S) och Karin Sandell (M). Justeringens plats och tid: Kanslienheten, "
                "rådhuset, måndagen den 4 maj 2026 kl. 10.00. Justerade paragrafer: §§ 110–117."),
              P("Protokollet har tillkännagetts på kommunens digitala anslagstavla 2026-05-05. "
                "Anslaget tas ned 2026-05-27."),
              Spacer(1, 4)]

    para(110, "Upprop och val av justerare")
    story.append(P(f"Upprop förrättas enligt bifogad närvaro- och voteringslista. {41 - len(ERSATTARE)} ledamöter "
                   f"och {len(ERSATTARE)} tjänstgörande ersättare är närvarande. Fullmäktige är beslutsfört."))
    story.append(P("Kommunfullmäktiges beslut", "sub"))
    story.append(P("Per Holm (S) och Karin Sandell (M) utses att jämte ordföranden justera dagens protokoll."))

    para(111, "Godkännande av dagordning")
    story.append(P("Ordföranden meddelar att ärendet om detaljplan för Norra Hamnkajen utgår, eftersom "
                   "samrådsredogörelsen inte har hunnit kompletteras."))
    story.append(P("Kommunfullmäktiges beslut", "sub"))
    story.append(P("Dagordningen godkänns med den ändringen att ärendet om detaljplan för Norra Hamnkajen utgår."))

    para(112, "Årsredovisning 2025 för Ramsviks kommun", "Dnr KS 2026:0098")
    story.append(P("Ärendebeskrivning", "sub"))
    story.append(P(
        f"Kommunstyrelsen har upprättat årsredovisning för 2025. Kommunens resultat uppgår till {mk(RESULTAT)} mnkr, "
        f"vilket är 14,1 mnkr bättre än budgeterat. Skatteintäkter och generella statsbidrag uppgick till "
        f"{mk(INTAKTER_SKATT)} mnkr och verksamhetens nettokostnad till {mk(-NETTOKOSTNAD)} mnkr. Finansnettot blev "
        f"{mk(FINANSNETTO)} mnkr. Efter avdrag för realisationsvinster ({mk(-REAVINST)} mnkr) blir "
        f"balanskravsresultatet {mk(BALANSKRAV)} mnkr. Kommunen uppfyller därmed balanskravet."))
    story.append(P(
        "Av nämnderna redovisar vård- och omsorgsnämnden det största underskottet mot budget, -9,7 mnkr, "
        "främst till följd av ökade köp av platser i särskilt boende. Barn- och utbildningsnämnden redovisar "
        "ett överskott om 4,2 mnkr till följd av lägre barnantal i förskolan än planerat. Soliditeten inklusive "
        "hela pensionsåtagandet uppgår till 31 procent. Av fullmäktiges elva prioriterade mål bedöms sju vara "
        "uppfyllda, tre delvis uppfyllda och ett ej uppfyllt (målet om minskad sjukfrånvaro)."))
    story.append(P("Revisorerna tillstyrker i sin revisionsberättelse att årsredovisningen godkänns."))
    story.append(P("Kommunfullmäktiges beslut", "sub"))
    story.append(P("1. Årsredovisning 2025 för Ramsviks kommun godkänns.<br/>"
                   f"2. Resultatet om {mk(RESULTAT)} mnkr noteras; 4,0 mnkr reserveras till resultatutjämningsreserven."))

    para(113, "Ansvarsfrihet för kommunstyrelsen och nämnderna 2025", "Dnr KS 2026:0102")
    story.append(P("Revisorerna tillstyrker ansvarsfrihet för samtliga nämnder och fullmäktigeberedningar. "
                   "Frågan om ansvarsfrihet prövas för varje organ för sig. Ledamöter som under 2025 har ingått "
                   "i respektive nämnd deltar inte i beslutet om den egna nämnden (jäv)."))
    story.append(P("Kommunfullmäktiges beslut", "sub"))
    story.append(P("Kommunstyrelsen, nämnderna och de enskilda förtroendevalda i dessa organ beviljas ansvarsfrihet "
                   "för verksamhetsåret 2025."))

    para(114, "Utökad investeringsram för ombyggnad av Ramsviks simhall", "Dnr KS 2025:0211")
    story.append(P("Ärendebeskrivning", "sub"))
    story.append(P(
        f"Kommunfullmäktige beslutade 2025-06-16, § 71, om en investeringsram om {mk(RAM_GAMMAL)} mnkr för "
        "ombyggnad av simhallen vid Strandvägen. Efter genomförd upphandling har anbudet från Vikstens Bygg AB "
        f"visat sig överstiga kalkylen. Kommunstyrelsen föreslår att ramen utökas med {mk(RAM_NY - RAM_GAMMAL)} mnkr "
        f"till {mk(RAM_NY)} mnkr och att utökningen finansieras genom att renoveringen av Ekdungens idrottshall "
        "senareläggs till 2028. Simhallen beräknas kunna öppna för allmänheten i september 2027."))
    story.append(P("Yrkanden", "sub"))
    story.append(P("Anna Lindqvist (S), Ulrika Fors (L) och Birgitta Hallin (KD) yrkar bifall till kommunstyrelsens "
                   "förslag. Johan Eklöf (M) yrkar att ärendet återremitteras för att utreda en mindre omfattande "
                   "ombyggnad. Lena Strand (SD) yrkar avslag på kommunstyrelsens förslag. Ida Sörman (V) meddelar "
                   "att Vänsterpartiets ledamöter kommer att avstå från att rösta."))
    story.append(P("Propositionsordning och votering", "sub"))
    story.append(P(
        "Ordföranden ställer först proposition på om ärendet ska avgöras i dag och finner att så ska ske. "
        "Därefter ställer ordföranden proposition på kommunstyrelsens förslag mot avslagsyrkandet och finner "
        "bifall till kommunstyrelsens förslag. Votering begärs. Följande voteringsproposition godkänns: "
        "Ja-röst för bifall till kommunstyrelsens förslag, nej-röst för avslag. "
        f"Omröstningen utfaller med {JA} ja-röster, {NEJ} nej-röster och {AVST} som avstår, enligt bifogad "
        "voteringslista. Kommunfullmäktige har därmed bifallit kommunstyrelsens förslag."))
    story.append(P("Kommunfullmäktiges beslut", "sub"))
    story.append(P(f"Investeringsramen för ombyggnad av Ramsviks simhall utökas med {mk(RAM_NY - RAM_GAMMAL)} mnkr "
                   f"till {mk(RAM_NY)} mnkr. Renoveringen av Ekdungens idrottshall senareläggs till 2028."))
    story.append(P("Reservationer", "sub"))
    story.append(P("Moderaternas ledamöter reserverar sig mot beslutet till förmån för Johan Eklöfs (M) "
                   "återremissyrkande. Lena Strand (SD) reserverar sig skriftligt, bilaga 2."))

    para(115, "Motion om avgiftsfri kollektivtrafik för personer över 75 år", "Dnr KS 2025:0317")
    story.append(P("Ida Sörman (V) har i en motion föreslagit att personer som fyllt 75 år ska kunna resa "
                   "avgiftsfritt med kollektivtrafiken inom kommunen utanför rusningstid. Kommunstyrelsen föreslår "
                   "att motionen avslås med hänvisning till att frågan hanteras av det regionala "
                   "kollektivtrafikbolaget och till kommunens ekonomiska läge."))
    story.append(P("Ida Sörman (V) yrkar bifall till motionen. Anna Lindqvist (S) yrkar bifall till kommunstyrelsens "
                   "förslag. Ordföranden ställer proposition på yrkandena och finner att fullmäktige bifallit "
                   "kommunstyrelsens förslag. Votering begärs inte."))
    story.append(P("Kommunfullmäktiges beslut", "sub"))
    story.append(P("Motionen avslås."))
    story.append(P("Reservationer", "sub"))
    story.append(P("Vänsterpartiets ledamöter reserverar sig mot beslutet."))

    para(116, "Val av ersättare i socialnämnden efter Marcus Öhrn (S)", "Dnr KS 2026:0044")
    story.append(P("Marcus Öhrn (S) har avsagt sig uppdraget som ersättare i socialnämnden. Valberedningen föreslår "
                   "Amira Kassem (S) som ny ersättare för tiden till och med 2026-12-31."))
    story.append(P("Kommunfullmäktiges beslut", "sub"))
    story.append(P("Amira Kassem (S) väljs till ersättare i socialnämnden för resterande mandatperiod."))

    para(117, "Anmälan av inkomna medborgarförslag", "Dnr KS 2026:0131")
    story.append(P("Två medborgarförslag har inkommit: om en hundrastgård i Västra Ramsvik och om belysning "
                   "längs gång- och cykelvägen mellan Sjövik och Bruksgården."))
    story.append(P("Kommunfullmäktiges beslut", "sub"))
    story.append(P("Medborgarförslagen överlämnas till kommunstyrelsen för beredning."))

    story.append(Spacer(1, 8))
    story.append(P("Närvaro- och voteringslista (voteringen gäller § 114)", "sub"))
    rows = [["Ledamot", "Parti", "Tjänstgörande", "Ja", "Nej", "Avstår"]]
    for n, p in MEMBERS:
        tj = f"{ERSATTARE[n]} (ers.)" if n in ERSATTARE else "Närvarande"
        v = VOTE_BY_PARTY[p]
        rows.append([n, p, tj, "X" if v == "Ja" else "", "X" if v == "Nej" else "", "X" if v == "Avstår" else ""])
    rows.append(["Summa", "", "41", str(JA), str(NEJ), str(AVST)])
    t = Table(rows, colWidths=[48 * mm, 16 * mm, 46 * mm, 14 * mm, 14 * mm, 16 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), "LibSans", 8.5),
        ("FONT", (0, 0), (-1, 0), "LibSans-Bold", 8.5),
        ("FONT", (0, -1), (-1, -1), "LibSans-Bold", 8.5),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
        ("ALIGN", (3, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    story.append(t)
    story.append(Spacer(1, 6))
    story.append(P("Bilaga 2: Skriftlig reservation från Lena Strand (SD), § 114, finns i akten.", "small"))

    def footer(c, d):
        c.saveState()
        c.setFont("LibSans", 8)
        c.drawString(20 * mm, 10 * mm, "Ramsviks kommun · Kommunfullmäktige · Protokoll 2026-04-27")
        c.drawRightString(190 * mm, 10 * mm, f"Sida {d.page}")
        c.drawString(20 * mm, 14 * mm, "Justerandes signatur: ________  ________")
        c.restoreState()

    doc = SimpleDocTemplate(str(out_dir() / FILE), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=22 * mm, title="Protokoll kommunfullmäktige 2026-04-27",
                            author="Ramsviks kommun")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


if __name__ == "__main__":
    build()
