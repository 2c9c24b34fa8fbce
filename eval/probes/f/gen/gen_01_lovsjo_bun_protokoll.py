"""Doc 1: Lövsjö kommun, barn- och utbildningsnämnden, sammanträdesprotokoll 2025-11-18 (PDF)."""
import os
from pdfcommon import *

OUT = os.path.join(DOCS, "lovsjo_bun_protokoll_2025-11-18.pdf")
S = styles()
BODY, H1, H2, H3, SMALL, CELL = S["BODY"], S["H1"], S["H2"], S["H3"], S["SMALL"], S["CELL"]


def P(t, st=BODY):
    return Paragraph(t, st)


def decorate(c, page, total):
    w, h = A4
    c.setFont("Helvetica-Bold", 12)
    c.drawString(20 * mm, h - 16 * mm, "LÖVSJÖ KOMMUN")
    c.setFont("Helvetica", 8)
    c.drawString(20 * mm, h - 20 * mm, "Barn- och utbildningsnämnden")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(110 * mm, h - 13 * mm, "Sammanträdesprotokoll")
    c.setFont("Helvetica", 8.5)
    c.drawString(110 * mm, h - 17 * mm, "Barn- och utbildningsnämnden")
    c.drawString(110 * mm, h - 21 * mm, "Sammanträdesdatum 2025-11-18")
    c.drawRightString(w - 20 * mm, h - 13 * mm, "Sida %d av %d" % (page, total))
    c.setLineWidth(0.6)
    c.line(20 * mm, h - 24 * mm, w - 20 * mm, h - 24 * mm)
    # signature boxes at the foot of every page
    c.setLineWidth(0.5)
    y = 10 * mm
    c.rect(20 * mm, y, 60 * mm, 12 * mm)
    c.rect(80 * mm, y, 45 * mm, 12 * mm)
    c.rect(125 * mm, y, w - 145 * mm, 12 * mm)
    c.setFont("Helvetica", 6.5)
    c.drawString(21.5 * mm, y + 9 * mm, "Ordförandes signatur")
    c.drawString(81.5 * mm, y + 9 * mm, "Justerandes signatur")
    c.drawString(126.5 * mm, y + 9 * mm, "Utdragsbestyrkande")


def sig_box():
    rows = [
        ["Underskrifter", "Sekreterare", "", "Paragrafer §§ 81–90"],
        ["", "................................................\nSara Lindholm", "", ""],
        ["", "Ordförande", "", ""],
        ["", "................................................\nMaria Holmqvist (S)", "", ""],
        ["", "Justerande", "", ""],
        ["", "................................................\nLena Björkman (C)", "", ""],
    ]
    t = Table(rows, colWidths=[28 * mm, 75 * mm, 10 * mm, 57 * mm])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
        ("FONTNAME", (0, 0), (0, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def anslag_box():
    rows = [
        [P("<b>ANSLAG/BEVIS</b>", CELL), ""],
        [P("Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens "
           "digitala anslagstavla.", CELL), ""],
        ["Organ", "Barn- och utbildningsnämnden"],
        ["Sammanträdesdatum", "2025-11-18"],
        ["Datum då anslaget sätts upp", "2025-11-21"],
        ["Datum då anslaget tas ned", "2025-12-13"],
        ["Förvaringsplats för protokollet", "Barn- och utbildningsförvaltningen, Kommunhuset, Lövsjö"],
        ["Underskrift", "................................................   Sara Lindholm"],
    ]
    t = Table(rows, colWidths=[55 * mm, 115 * mm])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("SPAN", (0, 0), (1, 0)), ("SPAN", (0, 1), (1, 1)),
        ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
    ]))
    return t


def kv(rows, w0=45):
    t = Table([[P("<b>%s</b>" % a, CELL), P(b, CELL)] for a, b in rows],
              colWidths=[w0 * mm, (170 - w0) * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    return t


def para(title, dnr=None):
    out = [P(title, H2)]
    if dnr:
        out.append(P("Dnr %s" % dnr, SMALL))
    return out


def att(items):
    return [P("att " + i, BODY) for i in items]


story = []
story.append(Spacer(1, 4 * mm))
story.append(kv([
    ("Plats och tid", "Kommunhuset, sammanträdesrum Ljungen, tisdagen den 18 november 2025 "
                      "kl. 13.00–16.40. Ajournering kl. 14.50–15.05."),
    ("Beslutande", "Maria Holmqvist (S), ordförande<br/>Erik Sandell (M), 1:e vice ordförande<br/>"
                   "Anders Nyqvist (S)<br/>Fatima Al-Hassan (S)<br/>Lena Björkman (C)<br/>"
                   "Johan Wiklander (SD)<br/>Karin Åström (KD)<br/>"
                   "Peter Lindgren (M), tjänstgörande ersättare för Sofia Engström (M)<br/>"
                   "Ulla Ferm (V)"),
    ("Övriga närvarande", "<i>Ersättare:</i> Tobias Ek (S), Mikael Rosén (L), Hanna Grip (C)<br/>"
                          "<i>Tjänstepersoner:</i> Helena Strand, förvaltningschef; Jonas Falk, "
                          "controller; Per Ohlsson, verksamhetschef förskola, § 84; "
                          "Ida Wennberg, skolskjutshandläggare, § 85; Sara Lindholm, nämndsekreterare"),
    ("Utses att justera", "Lena Björkman (C)"),
    ("Justeringens plats och tid", "Barn- och utbildningsförvaltningen, fredagen den 21 november 2025 kl. 10.00"),
]))
story.append(Spacer(1, 6 * mm))
story.append(sig_box())
story.append(Spacer(1, 6 * mm))
story.append(anslag_box())
story.append(PageBreak())

# § 81
story += para("§ 81 Val av justerare och tid för justering")
story.append(P("<b>Beslut</b>"))
story += att(["utse Lena Björkman (C) att jämte ordföranden justera dagens protokoll, samt",
              "justeringen sker fredagen den 21 november 2025 kl. 10.00 på barn- och "
              "utbildningsförvaltningen."])

# § 82
story += para("§ 82 Fastställande av dagordning")
story.append(P("Ordföranden föreslår att ärende 7 i kallelsen, <i>Lokalförsörjningsplan 2026–2030</i>, "
               "utgår eftersom underlaget inte är färdigt, och att ett informationsärende om skolvalet "
               "2026 läggs till som sista punkt (§ 90)."))
story.append(P("<b>Beslut</b>"))
story += att(["fastställa dagordningen med ordförandens ändringar."])

# § 83
story += para("§ 83 Ekonomisk uppföljning per oktober 2025", "BUN 2025-000087")
story.append(P("<b>Ärendebeskrivning</b>"))
story.append(P("Barn- och utbildningsnämnden har för 2025 en budgetram på 612,4 mnkr. Prognosen efter "
               "oktober visar ett underskott för helåret på 6,4 mnkr (-1,0 procent), vilket är en "
               "försämring med 1,1 mnkr jämfört med prognosen efter september. Underskottet förklaras "
               "främst av ökade tilläggsbelopp till fristående skolor för elever med omfattande behov, "
               "dyrare skolskjuts för elever i anpassad grundskola och ökade interkommunala ersättningar "
               "för gymnasieskolan. Förskolan redovisar ett överskott eftersom färre barn är inskrivna "
               "än vad som budgeterades."))
rows = [["Verksamhet (mnkr)", "Budget 2025", "Prognos helår", "Avvikelse"],
        ["Förskola", "168,2", "167,0", "1,2"],
        ["Förskoleklass och grundskola", "252,6", "255,8", "-3,2"],
        ["Anpassad grundskola inkl. skolskjuts", "31,5", "33,6", "-2,1"],
        ["Gymnasieskola", "121,3", "123,6", "-2,3"],
        ["Ledning, elevhälsa och gemensamt", "38,8", "38,8", "0,0"],
        ["Summa", "612,4", "618,8", "-6,4"]]
# check sums
b = [168.2, 252.6, 31.5, 121.3, 38.8]; p = [167.0, 255.8, 33.6, 123.6, 38.8]
assert abs(sum(b) - 612.4) < 1e-6 and abs(sum(p) - 618.8) < 1e-6
story.append(grid_table(rows, [70, 30, 30, 30], S, num_cols=(1, 2, 3),
                        extra_style=[("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold")]))
story.append(Spacer(1, 3 * mm))
story.append(P("Förvaltningen har infört anställningsprövning för samtliga tjänster utom "
               "legitimerade lärare och förskollärare samt stopp för konsultköp. Effekten av "
               "åtgärderna beräknas till 0,9 mnkr under resten av året och ingår i prognosen."))
story.append(P("<b>Yrkanden</b>"))
story.append(P("Ordföranden yrkar bifall till förvaltningens förslag. Erik Sandell (M) yrkar som "
               "tillägg att förvaltningen ska redovisa en åtgärdsplan för en budget i balans. "
               "Ordföranden ställer proposition på tilläggsyrkandet och finner att nämnden bifaller det."))
story.append(P("<b>Beslut</b>"))
story += att(["godkänna den ekonomiska uppföljningen per oktober 2025, samt",
              "uppdra åt förvaltningschefen att redovisa en åtgärdsplan för en budget i balans vid "
              "nämndens sammanträde den 27 januari 2026."])
story.append(P("<b>Beslutet skickas till</b><br/>Kommunstyrelsen<br/>Ekonomiavdelningen<br/>Förvaltningschef"))

# § 84
story += para("§ 84 Förändrad förskoleorganisation – avveckling av Tallbackens förskola",
              "BUN 2025-000314")
story.append(P("<b>Ärendebeskrivning</b>"))
story.append(P("Antalet födda barn i Lövsjö har minskat från 212 år 2019 till 164 år 2024. Den 15 oktober "
               "2025 var 1 046 barn inskrivna i kommunens förskolor, vilket innebär cirka 120 lediga "
               "platser. Tallbackens förskola bedrivs i en paviljong från 1998 med fyra avdelningar. "
               "Fastighetsavdelningen bedömer underhållsbehovet till 7,8 mnkr de närmaste fem åren. "
               "På förskolan finns i dag 42 inskrivna barn."))
story.append(P("Förvaltningen föreslår att verksamheten på Tallbackens förskola avvecklas den 30 juni 2026 "
               "och att barnen erbjuds plats på Ekorrens förskola eller Solrosens förskola, med förtur i "
               "placeringen. På Solrosens förskola behöver en avdelning som varit stängd sedan 2023 "
               "öppnas igen och lokalerna anpassas; arbetet samordnas med fastighetsavdelningen. "
               "Personalen, 9 årsarbetare, erbjuds anställning på andra förskolor i kommunen och "
               "avvecklingen beräknas inte leda till några uppsägningar."))
story.append(P("Den ekonomiska effekten beräknas till 1,9 mnkr i minskade lokalkostnader och 1,2 mnkr i "
               "minskade kostnader för personal och ledning, totalt 3,1 mnkr per helår från och med 2027. "
               "För 2026 beräknas besparingen till 1,4 mnkr."))
story.append(P("En barnkonsekvensanalys har genomförts. Ett samrådsmöte med vårdnadshavare hölls den "
               "23 september 2025 med cirka 35 deltagare. Förhandling enligt 11 § MBL genomfördes "
               "2025-10-28."))
story.append(P("Verksamhetschef Per Ohlsson föredrar ärendet."))
story.append(P("<b>Yrkanden</b>"))
story.append(P("Maria Holmqvist (S), Lena Björkman (C) och Erik Sandell (M) yrkar bifall till "
               "förvaltningens förslag."))
story.append(P("Ulla Ferm (V) yrkar avslag till förvaltningens förslag. Johan Wiklander (SD) och "
               "Karin Åström (KD) instämmer i Ulla Ferms yrkande."))
story.append(P("<b>Propositionsordning</b>"))
story.append(P("Ordföranden ställer proposition på bifall mot avslag och finner att nämnden beslutar "
               "enligt förvaltningens förslag. Votering begärs och verkställs."))
story.append(P("<b>Voteringsproposition</b>"))
story.append(P("Den som bifaller förvaltningens förslag röstar Ja. Den som bifaller Ulla Ferms (V) "
               "avslagsyrkande röstar Nej."))
story.append(P("<b>Voteringsresultat</b>"))
vrows = [["Ledamot", "Ja", "Nej", "Avstår"],
         ["Maria Holmqvist (S)", "X", "", ""],
         ["Erik Sandell (M)", "X", "", ""],
         ["Anders Nyqvist (S)", "X", "", ""],
         ["Fatima Al-Hassan (S)", "X", "", ""],
         ["Lena Björkman (C)", "X", "", ""],
         ["Johan Wiklander (SD)", "", "X", ""],
         ["Karin Åström (KD)", "", "X", ""],
         ["Peter Lindgren (M)", "X", "", ""],
         ["Ulla Ferm (V)", "", "X", ""],
         ["Summa", "6", "3", "0"]]
t = grid_table(vrows, [60, 18, 18, 18], S, extra_style=[
    ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold")])
story.append(t)
story.append(Spacer(1, 3 * mm))
story.append(P("Med 6 ja-röster mot 3 nej-röster beslutar nämnden enligt förvaltningens förslag."))
story.append(P("<b>Beslut</b>"))
story += att(["verksamheten på Tallbackens förskola avvecklas från och med den 30 juni 2026 "
              "(2026-06-30),",
              "barn som är inskrivna på Tallbackens förskola erbjuds plats på Ekorrens förskola "
              "eller Solrosens förskola med förtur, samt",
              "uppdra åt förvaltningen att återrapportera genomförandet till nämnden i maj 2026."])
story.append(P("<b>Reservationer</b>"))
story.append(P("Ulla Ferm (V) reserverar sig mot beslutet till förmån för eget yrkande och lämnar en "
               "skriftlig reservation, bilaga 1. Johan Wiklander (SD) och Karin Åström (KD) reserverar "
               "sig mot beslutet."))
story.append(P("<b>Beslutet skickas till</b><br/>Vårdnadshavare till barn på Tallbackens förskola<br/>"
               "Rektor för Tallbackens, Ekorrens och Solrosens förskolor<br/>Fastighetsavdelningen<br/>"
               "HR-avdelningen"))

# § 85
story += para("§ 85 Revidering av riktlinjer för skolskjuts", "BUN 2025-000298")
story.append(P("<b>Ärendebeskrivning</b>"))
story.append(P("Nuvarande riktlinjer för skolskjuts antogs 2019. Förvaltningen har sett över riktlinjerna "
               "mot bakgrund av ökade kostnader och nya trafikförhållanden. Förslaget innebär ändrade "
               "avståndsgränser för årskurs 4–9 och ett förtydligande om skolskjuts vid växelvis boende."))
rows = [["Årskurs", "Nuvarande avståndsgräns", "Ny avståndsgräns"],
        ["Förskoleklass–årskurs 3", "2 km", "2 km (oförändrat)"],
        ["Årskurs 4–6", "2,5 km", "3 km"],
        ["Årskurs 7–9", "3,5 km", "4 km"]]
story.append(grid_table(rows, [55, 50, 50], S))
story.append(Spacer(1, 3 * mm))
story.append(P("Elever med växelvis boende inom kommunen kan beviljas skolskjuts från båda "
               "vårdnadshavarnas adresser. Trafikfarliga vägar bedöms som tidigare i varje enskilt fall. "
               "Förändringen beräknas minska kostnaderna med cirka 0,8 mnkr per år. Skolskjutshandläggare "
               "Ida Wennberg föredrar ärendet."))
story.append(P("<b>Beslut</b>"))
story += att(["anta reviderade riktlinjer för skolskjuts enligt bilaga, att gälla från och med "
              "den 1 augusti 2026."])
story.append(P("Beslutet är enhälligt."))
story.append(P("<b>Beslutet skickas till</b><br/>Skolskjutshandläggare<br/>Rektorer i grundskolan<br/>"
               "Kommunens webbredaktion"))

# § 86
story += para("§ 86 Tillsyn av fristående förskola – Lilla Myran", "BUN 2025-000276")
story.append(P("<b>Ärendebeskrivning</b>"))
story.append(P("Nämnden är tillsynsmyndighet för fristående förskolor i kommunen. Ett tillsynsbesök "
               "genomfördes på förskolan Lilla Myran, huvudman Lilla Myran Förskola AB, den 16 september "
               "2025. Tillsynen visar brister inom tre områden: barngruppernas storlek (en avdelning för "
               "barn 1–3 år har 23 inskrivna barn), det systematiska kvalitetsarbetet samt rutinerna för "
               "att ta emot och utreda klagomål."))
story.append(P("<b>Beslut</b>"))
story += att(["förelägga Lilla Myran Förskola AB att åtgärda bristerna senast den 28 februari 2026, samt",
              "huvudmannen senast 2026-02-28 skriftligen ska redovisa vilka åtgärder som vidtagits."])
story.append(P("<b>Beslutet skickas till</b><br/>Lilla Myran Förskola AB<br/>Tillsynshandläggare"))

# § 87
story += para("§ 87 Anmälningar om kränkande behandling 1 januari–31 oktober 2025", "BUN 2025-000041")
story.append(P("Under perioden har huvudmannen tagit emot 214 anmälningar om kränkande behandling: "
               "187 från grundskolan, 9 från förskoleklass och 18 från gymnasieskolan. Av anmälningarna "
               "gällde 46 procent verbala kränkningar, 31 procent fysiska kränkningar, 12 procent "
               "kränkningar på nätet och 11 procent övrigt. Samtliga ärenden har utretts; 11 ärenden "
               "var inte avslutade den 31 oktober."))
story.append(P("<b>Beslut</b>"))
story += att(["lägga redovisningen till handlingarna."])

# § 88
story += para("§ 88 Delegationsbeslut och meddelanden")
story.append(P("Följande delegationsbeslut anmäls: beslut om skolskjuts (ordinarie och särskilda skäl) "
               "oktober 2025, beslut om tilläggsbelopp, beslut om mottagande i anpassad grundskola, "
               "anställningsbeslut samt ordförandebeslut 2025-10-30 om yttrande till Skolinspektionen "
               "(BUN 2025-000301)."))
story.append(P("<b>Beslut</b>"))
story += att(["lägga anmälda delegationsbeslut och meddelanden till handlingarna."])

# § 89
story += para("§ 89 Sammanträdesplan 2026", "BUN 2025-000305")
story.append(P("Nämnden föreslås sammanträda följande tisdagar kl. 13.00 år 2026: 27 januari, "
               "24 februari, 24 mars, 28 april, 26 maj, 16 juni, 25 augusti, 22 september, "
               "20 oktober, 17 november och 15 december."))
story.append(P("<b>Beslut</b>"))
story += att(["fastställa sammanträdesplan för 2026 enligt förslaget."])
story.append(P("<b>Beslutet skickas till</b><br/>Kommunkansliet"))

# § 90
story += para("§ 90 Information om skolvalet 2026")
story.append(P("Förvaltningschef Helena Strand informerar om att skolvalet inför läsåret 2026/27 "
               "öppnar den 15 januari och stänger den 15 februari 2026. Cirka 180 barn ska börja "
               "förskoleklass och cirka 190 elever ska göra val inför årskurs 7."))
story.append(P("<b>Beslut</b>"))
story += att(["informationen noteras."])

# Bilaga 1
story.append(PageBreak())
story.append(P("Bilaga 1 till § 84", H2))
story.append(P("<b>Reservation – Vänsterpartiet</b>"))
story.append(P("Tallbackens förskola är den enda förskolan i västra Lövsjö. Att lägga ner den innebär "
               "att många familjer får betydligt längre resväg till förskolan och att barn skiljs från "
               "sina kompisar och pedagoger. Att det finns lediga platser i kommunen i dag betyder inte "
               "att det gör det om fem år. Vi anser att förvaltningen i stället skulle ha tagit fram ett "
               "förslag på hur förskolan kan renoveras stegvis."))
story.append(P("Ulla Ferm (V)"))

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                        topMargin=30 * mm, bottomMargin=28 * mm,
                        title="Sammanträdesprotokoll barn- och utbildningsnämnden 2025-11-18",
                        author="Lövsjö kommun")
doc.build(story, canvasmaker=numbered_canvas(decorate))
n = extract(OUT, os.path.join(os.path.dirname(__file__), "01_lovsjo_bun_protokoll.extracted.txt"))
print(OUT, n, "pages")
