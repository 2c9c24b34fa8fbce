"""Ulvsäter kommun – gymnasienämndens protokoll 2026-02-12. DOCX via python-docx.

Layout: each § heading is ONE paragraph in the Heading 2 style carrying the § number, the dnr and the title
on the same line ("§ 9 Dnr 2025/77 Programutbud och antal platser läsåret 2026/27"). Inside a § the
subheadings "Ärendebeskrivning", "Yrkanden", "Beslutsgång", "Beslut", "Reservation" and "Protokollsanteckning"
are ordinary Normal paragraphs whose only run is bold (no heading style). The front matter is a Heading 1
and label lines with tab stops; the IKE prices are a small Word table inside § 10.
"""
import docx
from docx.shared import Pt

from common import out_dir, sv_int

FILE = "ulvsater_gyn_protokoll_2026-02-12.docx"

MEMBERS = [("Helena Brandt", "M", "ordförande"), ("Omar Haddad", "S", "1:e vice ordförande"),
           ("Sofia Lindqvist", "C", ""), ("Ann-Sofi Wennberg", "S", ""), ("Kenneth Ahlqvist", "S", ""),
           ("Nadia Persson", "V", ""), ("Jörgen Alm", "M", ""), ("Marie Tegnér", "M", ""),
           ("Erik Sandgren", "KD", ""), ("Lotta Wiberg", "L", ""), ("Robin Falk", "SD", "")]
NEJ = [n for n, p, _ in MEMBERS if p in ("S", "V")]
JA = [n for n, p, _ in MEMBERS if p not in ("S", "V")]
assert (len(JA), len(NEJ)) == (7, 4)

PLATSER_2627, PLATSER_2526 = 412, 398
PROGRAMS = [("Barn- och fritidsprogrammet", 32), ("Ekonomiprogrammet", 64), ("El- och energiprogrammet", 0),
            ("Fordons- och transportprogrammet", 24), ("Hantverksprogrammet, frisör och stylist", 16),
            ("Industritekniska programmet", 16), ("Naturvetenskapsprogrammet", 64),
            ("Samhällsvetenskapsprogrammet", 96), ("Teknikprogrammet", 64), ("Vård- och omsorgsprogrammet", 36)]
assert sum(n for _, n in PROGRAMS) == PLATSER_2627
EL_2526 = 16
IKE = [("Naturvetenskapsprogrammet", 98_400, 95_100), ("Samhällsvetenskapsprogrammet", 92_700, 89_900),
       ("Teknikprogrammet", 104_300, 101_600), ("Vård- och omsorgsprogrammet", 131_200, 126_800),
       ("Fordons- och transportprogrammet", 168_900, 162_300)]
ELEVER_ANDRA, ELEVER_ANDRA_FG = 312, 287
PROGNOS_UNDERSKOTT = "2,8"
INACK_OLD, INACK_NEW = 1_900, 2_150


def bold_line(d, text):
    p = d.add_paragraph()
    p.add_run(text).bold = True
    return p


def build():
    d = docx.Document()
    d.styles["Normal"].font.name = "Garamond"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "ULVSÄTERS KOMMUN\tProtokoll\tGymnasienämnden 2026-02-12"
    sec.footer.paragraphs[0].text = "Ordförandes sign ______   Justerandes sign ______"

    d.add_heading("Gymnasienämnden – protokoll", level=1)
    d.add_paragraph("Ulvsäters kommun\nSammanträdesdatum: torsdagen den 12 februari 2026\n"
                    "Tid och plats: kl. 17.30–20.05, Ulvsäters gymnasium, aulan")
    d.add_paragraph("Närvarande ledamöter: " + ", ".join(
        f"{n} ({p})" + (f" {r}" if r else "") for n, p, r in MEMBERS))
    d.add_paragraph("Tjänstepersoner: Fredrik Oskarsson, förvaltningschef; Jasmin Kovač, controller; "
                    "Pia Rydén, nämndsekreterare")
    d.add_paragraph("Justerare: Sofia Lindqvist (C)\tJusteringsdatum: 2026-02-17\nParagrafer: §§ 8–14")
    d.add_paragraph("Underskrifter: Helena Brandt, ordförande – Sofia Lindqvist, justerare – Pia Rydén, sekreterare")

    d.add_heading("§ 8 Val av justerare och fastställande av dagordning", level=2)
    bold_line(d, "Beslut")
    d.add_paragraph("Gymnasienämnden utser Sofia Lindqvist (C) att tillsammans med ordföranden justera "
                    "protokollet. Dagordningen fastställs.")

    d.add_heading("§ 9 Dnr 2025/77 Programutbud och antal platser läsåret 2026/27", level=2)
    bold_line(d, "Ärendebeskrivning")
    d.add_paragraph(f"Förvaltningen föreslår ett programutbud för Ulvsäters gymnasium med {PLATSER_2627} "
                    f"platser i årskurs 1 läsåret 2026/27, att jämföra med {PLATSER_2526} platser läsåret 2025/26. "
                    "Platserna fördelas enligt följande: " +
                    "; ".join(f"{n} {k}" for n, k in PROGRAMS) + ".")
    d.add_paragraph(f"El- och energiprogrammet hade {EL_2526} platser läsåret 2025/26 men endast fem "
                    "förstahandssökande. Förvaltningen föreslår därför att programmet inte tar emot nya elever "
                    "läsåret 2026/27 och att eleverna hänvisas till samverkansavtalet inom regionen. Elever som "
                    "redan går på programmet får slutföra sin utbildning.")
    bold_line(d, "Yrkanden")
    d.add_paragraph("Helena Brandt (M) yrkar bifall till förvaltningens förslag. Omar Haddad (S) yrkar att "
                    "El- och energiprogrammet ska erbjudas med 16 platser även läsåret 2026/27.")
    bold_line(d, "Beslutsgång")
    d.add_paragraph("Ordföranden ställer proposition på förslagen och finner att nämnden bifaller "
                    "förvaltningens förslag. Votering begärs och genomförs med följande voteringsproposition: "
                    "ja för förvaltningens förslag, nej för Omar Haddads yrkande.")
    d.add_paragraph(f"Ja röstar: {', '.join(JA)}. Nej röstar: {', '.join(NEJ)}. Med {len(JA)} ja-röster mot "
                    f"{len(NEJ)} nej-röster har nämnden bifallit förvaltningens förslag.")
    bold_line(d, "Beslut")
    d.add_paragraph(f"Gymnasienämnden fastställer programutbudet för läsåret 2026/27 med {PLATSER_2627} platser "
                    "i årskurs 1. El- och energiprogrammet tar inte emot nya elever läsåret 2026/27.")
    bold_line(d, "Reservation")
    d.add_paragraph("Omar Haddad (S), Ann-Sofi Wennberg (S) och Kenneth Ahlqvist (S) reserverar sig skriftligt mot "
                    "beslutet (bilaga 1). Nadia Persson (V) reserverar sig muntligt.")

    d.add_heading("§ 10 Dnr 2025/118 Interkommunal ersättning 2026", level=2)
    bold_line(d, "Ärendebeskrivning")
    d.add_paragraph("Nämnden ska varje år fastställa den interkommunala ersättningen (IKE) som andra "
                    "huvudmän betalar för elever från deras kommuner som går på Ulvsäters gymnasium. Priserna "
                    "per elev och läsår för de program som berörs flest elever framgår av tabellen.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Program", "IKE 2026, kr per elev och år", "IKE 2025, kr per elev och år")):
        c.text = h
    for n, a, b in IKE:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = n, sv_int(a), sv_int(b)
    bold_line(d, "Beslut")
    d.add_paragraph("Gymnasienämnden fastställer interkommunal ersättning för 2026 enligt tabellen ovan, att "
                    "gälla från 2026-01-01.")

    d.add_heading("§ 11 Dnr 2026/4 Månadsrapport januari 2026", level=2)
    bold_line(d, "Ärendebeskrivning")
    d.add_paragraph(f"Controllern redovisar att nämnden prognostiserar ett underskott på {PROGNOS_UNDERSKOTT} mnkr "
                    "för helåret 2026. Underskottet beror på att fler ungdomar från kommunen väljer "
                    f"gymnasieskolor på annan ort: i januari gick {ELEVER_ANDRA} elever i andra kommuners eller "
                    f"fristående skolor, mot {ELEVER_ANDRA_FG} i januari 2025, och nämnden betalar ersättning för "
                    "varje sådan elev.")
    bold_line(d, "Beslut")
    d.add_paragraph("Gymnasienämnden lägger månadsrapporten till handlingarna och ger förvaltningen i uppdrag "
                    "att till aprilsammanträdet redovisa åtgärder för en budget i balans.")

    d.add_heading("§ 12 Dnr 2025/141 Inackorderingstillägg från höstterminen 2026", level=2)
    bold_line(d, "Ärendebeskrivning")
    d.add_paragraph(f"Inackorderingstillägget till elever som studerar på annan ort med lång resväg har varit "
                    f"{sv_int(INACK_OLD)} kronor per månad sedan 2022. Förvaltningen föreslår en höjning mot "
                    "bakgrund av ökade hyror för elevboenden.")
    bold_line(d, "Beslut")
    d.add_paragraph(f"Gymnasienämnden beslutar att inackorderingstillägget höjs till {sv_int(INACK_NEW)} kronor per "
                    "månad från och med 2026-08-01.")
    bold_line(d, "Protokollsanteckning")
    d.add_paragraph("Nadia Persson (V) låter anteckna att tillägget även borde omfatta elever på "
                    "introduktionsprogrammen.")

    d.add_heading("§ 13 Dnr 2025/162 Svar på medborgarförslag om frukost på gymnasiet", level=2)
    bold_line(d, "Ärendebeskrivning")
    d.add_paragraph("Ett medborgarförslag föreslår att gymnasiet ska servera frukost. Förvaltningen hänvisar "
                    "till att skolans café redan säljer frukost till subventionerat pris.")
    bold_line(d, "Beslut")
    d.add_paragraph("Gymnasienämnden anser medborgarförslaget besvarat.")

    d.add_heading("§ 14 Redovisning av delegationsbeslut", level=2)
    bold_line(d, "Beslut")
    d.add_paragraph("Gymnasienämnden lägger redovisningen av delegationsbeslut för januari 2026 till handlingarna.")
    d.save(str(out_dir() / FILE))


if __name__ == "__main__":
    build()
