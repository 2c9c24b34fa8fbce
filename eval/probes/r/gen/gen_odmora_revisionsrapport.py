"""Ödmora kommun, de förtroendevalda revisorerna, revisionsrapport: granskning av fastighetsunderhållet 2025
(PDF, reportlab platypus).

Invented municipality, firm, people and figures. Assertions keep the figures consistent.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, PageBreak

from common import out_dir, register_liberation, sv_tenths

register_liberation()
F, FB = "LibSans", "LibSans-Bold"
body = ParagraphStyle("b", fontName=F, fontSize=10, leading=13.5, spaceAfter=6)
h1 = ParagraphStyle("h1", parent=body, fontName=FB, fontSize=14, leading=18, spaceBefore=8)
h2 = ParagraphStyle("h2", parent=body, fontName=FB, fontSize=11.5, leading=15, spaceBefore=6)
cell = ParagraphStyle("c", parent=body, fontSize=9, leading=11.5, spaceAfter=0)

# planerat underhåll, tenths of mnkr
plan = {2023: (138, 112), 2024: (145, 98), 2025: (152, None)}   # budget, utfall
assert plan[2024][0] - plan[2024][1] == 47
yta = 142000        # kvm lokalarea (stated) – underhållsskuld per kvm is NOT stated
skuld = 212         # mnkr
stickprov, avvik = 25, 9
assert round(avvik / stickprov * 100) == 36


def P(t, s=body):
    return Paragraph(t, s)


def deco(c, doc):
    c.saveState()
    c.setFont(F, 8)
    c.drawString(20 * mm, 287 * mm, "Ödmora kommun – Revisorerna")
    c.drawRightString(190 * mm, 287 * mm, "Granskning av fastighetsunderhållet")
    c.drawString(20 * mm, 12 * mm, "Kompass Kommunrevision AB")
    c.drawRightString(190 * mm, 12 * mm, f"{doc.page}")
    c.restoreState()


s = [Spacer(1, 30 * mm), P("Revisionsrapport", ParagraphStyle("t", parent=h1, fontSize=22, leading=28)),
     P("Granskning av tekniska nämndens styrning och kontroll av fastighetsunderhållet",
       ParagraphStyle("st", parent=h1, fontSize=15, leading=20)),
     Spacer(1, 8 * mm),
     P("Ödmora kommun<br/>December 2025<br/><br/>Uppdragsgivare: De förtroendevalda revisorerna i Ödmora kommun<br/>"
       "Genomförd av: Kompass Kommunrevision AB – Jenny Falk, certifierad kommunal revisor, och Ahmed Rostami, "
       "verksamhetsrevisor"),
     PageBreak()]

s.append(P("1. Sammanfattning", h1))
s.append(P("Vi har på uppdrag av de förtroendevalda revisorerna granskat om tekniska nämnden har en ändamålsenlig "
           "styrning och tillräcklig intern kontroll av underhållet av kommunens verksamhetsfastigheter. Vår "
           "sammanfattande bedömning är att tekniska nämnden <b>delvis</b> har en ändamålsenlig styrning och "
           "tillräcklig intern kontroll. Det finns underhållsplaner för de flesta fastigheter, men de uppdateras "
           "inte regelbundet och är inte kopplade till budgetprocessen. Medel för planerat underhåll har under "
           "flera år inte förbrukats, samtidigt som det eftersatta underhållet växer. Förvaltningen bedömer själv "
           f"att underhållsskulden uppgår till cirka {skuld} mnkr för kommunens {yta // 1000} 000 kvadratmeter "
           "lokalarea."))

s.append(P("2. Inledning", h1))
s.append(P("2.1 Bakgrund", h2))
s.append(P("Kommunens verksamhetsfastigheter – skolor, förskolor, äldreboenden och idrottsanläggningar – förvaltas "
           "av tekniska nämnden genom fastighetsavdelningen. Revisorerna har i sin riskanalys för 2025 bedömt att "
           "det finns en risk för att eftersatt underhåll leder till högre kostnader på sikt och till sämre "
           "arbetsmiljö för elever och personal."))
s.append(P("2.2 Revisionsfråga och kontrollmål", h2))
s.append(P("Revisionsfrågan är: Har tekniska nämnden en ändamålsenlig styrning och tillräcklig intern kontroll "
           "av fastighetsunderhållet? Granskningen har genomförts genom dokumentstudier, intervjuer med "
           "fastighetschef, ekonom och två förvaltare samt ett stickprov på 25 underhållsåtgärder från 2024. "
           "Granskningen avgränsas till verksamhetsfastigheter; bostäder i det kommunala bostadsbolaget ingår inte."))

s.append(P("3. Iakttagelser", h1))
s.append(P("3.1 Underhållsplaner", h2))
s.append(P("Det finns underhållsplaner för 41 av kommunens 47 verksamhetsfastigheter. Av de 41 planerna har 17 "
           "inte uppdaterats sedan 2020 eller tidigare. Planerna är upprättade i fastighetssystemet men används "
           "enligt intervjuerna främst som ett stöd för förvaltarna och inte som underlag för prioriteringar."))
s.append(P("3.2 Budget och utfall för planerat underhåll", h2))
rows = [["År", "Budget (mnkr)", "Utfall (mnkr)"]]
for y, (b, u) in plan.items():
    rows.append([str(y), sv_tenths(b), sv_tenths(u) if u is not None else "Ej klart"])
t = Table(rows, colWidths=[30 * mm, 40 * mm, 40 * mm])
t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), F), ("FONTNAME", (0, 0), (-1, 0), FB),
                       ("FONTSIZE", (0, 0), (-1, -1), 9.5), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
s.append(t)
s.append(Spacer(1, 3 * mm))
s.append(P(f"Under 2024 förbrukades {sv_tenths(plan[2024][1])} mnkr av de budgeterade {sv_tenths(plan[2024][0])} "
           "mnkr för planerat underhåll. Enligt fastighetschefen beror det på att två tjänster som projektledare "
           "var vakanta under större delen av året och på att flera upphandlingar fick göras om. Outnyttjade medel "
           "för planerat underhåll förs inte över till nästa år. Samtidigt överskred det akuta, felavhjälpande "
           "underhållet sin budget med 3,1 mnkr."))
s.append(P("3.3 Uppföljning och rapportering till nämnden", h2))
s.append(P("Nämnden får en ekonomisk rapport om underhållet vid delårsrapport och bokslut. Någon rapport om vilka "
           "planerade åtgärder som genomförts, skjutits upp eller strukits lämnas inte. I vårt stickprov på "
           f"{stickprov} åtgärder fanns i {avvik} fall ingen dokumentation om varför åtgärden inte genomförts "
           "det år som underhållsplanen angav."))
s.append(P("3.4 Intern kontroll", h2))
s.append(P("Fastighetsunderhållet har inte funnits med i nämndens internkontrollplan under 2023–2025. Det finns "
           "ingen dokumenterad riskanalys för området."))

s.append(P("4. Bedömning per kontrollmål", h1))
km = [
    ("1. Det finns aktuella underhållsplaner för verksamhetsfastigheterna.", "Delvis uppfyllt",
     "Planer finns för de flesta fastigheter men många är inaktuella."),
    ("2. Underhållsplanerna ligger till grund för budget och prioriteringar.", "Ej uppfyllt",
     "Planerna används inte i budgetprocessen."),
    ("3. Nämnden får tillräcklig uppföljning av genomfört och uppskjutet underhåll.", "Ej uppfyllt",
     "Endast ekonomisk rapportering förekommer."),
    ("4. Upphandling av underhållsåtgärder sker enligt gällande regler.", "Uppfyllt",
     "Inga avvikelser i stickprovet."),
    ("5. Området omfattas av nämndens interna kontroll.", "Ej uppfyllt",
     "Området saknas i internkontrollplanen och riskanalys saknas."),
]
tab = Table([[P("<b>Kontrollmål</b>", cell), P("<b>Bedömning</b>", cell), P("<b>Kommentar</b>", cell)]] +
            [[P(a, cell), P(b, cell), P(c, cell)] for a, b, c in km], colWidths=[72 * mm, 30 * mm, 64 * mm])
tab.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))]))
s.append(tab)
assert sum(b == "Ej uppfyllt" for _, b, _ in km) == 3

s.append(P("5. Rekommendationer", h1))
s.append(P("Mot bakgrund av granskningen rekommenderar vi tekniska nämnden att:"))
recs = ["säkerställa att samtliga verksamhetsfastigheter har underhållsplaner som uppdateras minst vart tredje år,",
        "använda underhållsplanerna som underlag i budgetarbetet och redovisa för kommunstyrelsen vilka medel som "
        "behövs för att hejda ökningen av underhållsskulden,",
        "införa en årlig rapport till nämnden över genomförda, uppskjutna och strukna underhållsåtgärder,",
        "dokumentera skälen när en planerad åtgärd skjuts upp,",
        "ta in fastighetsunderhållet i riskanalysen och internkontrollplanen för 2026."]
for i, r in enumerate(recs, 1):
    s.append(P(f"{i}. {r}", ParagraphStyle("r", parent=body, leftIndent=12, firstLineIndent=-12)))
s.append(P("Vi rekommenderar vidare kommunstyrelsen att i sin uppsiktsplikt följa upp hur tekniska nämnden "
           "hanterar underhållsskulden."))

s.append(P("6. Revisorernas begäran om svar", h1))
s.append(P("De förtroendevalda revisorerna har behandlat rapporten vid sammanträde 2025-12-11 och överlämnar den "
           "till tekniska nämnden och kommunstyrelsen. Revisorerna begär svar senast den 27 februari 2026 med "
           "uppgift om vilka åtgärder som avses vidtas med anledning av rekommendationerna och när de ska vara "
           "genomförda. Rapporten lämnas för kännedom till kommunfullmäktiges presidium."))
s.append(P("För revisorerna i Ödmora kommun<br/>Gunilla Westin, ordförande<br/>Rolf Hansson, vice ordförande"))

doc = SimpleDocTemplate(str(out_dir() / "odmora_revisionsrapport_fastighetsunderhall_2025.pdf"), pagesize=A4,
                        leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm, bottomMargin=20 * mm,
                        title="Revisionsrapport fastighetsunderhåll", author="Kompass Kommunrevision AB",
                        creator="Microsoft® Word för Microsoft 365")
doc.build(s, onFirstPage=lambda c, d: None, onLaterPages=deco)
