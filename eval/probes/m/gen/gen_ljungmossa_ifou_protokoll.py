"""Ljungmossa kommun – socialnämndens individ- och familjeomsorgsutskott, protokoll 2025-10-08. DOCX via
python-docx.

Layout: three Word sections separated by **section breaks (next page)**: section 1 portrait (title, meeting
data, signatures), section 2 **landscape** (w:pgSz w:orient="landscape", width > height) holding the
**närvarolista as a Word table** with the columns Ledamöter | Parti | Närvaro | Tjänstgörande ersättare | Parti |
Ersättare | Parti, and a table of övriga närvarande; section 3 portrait again with the §§. Three §§ are
**sekretess-marked** individärenden ("Sekretess enligt OSL 26 kap 1 §", content withheld, decisions in a separate
sekretessprotokoll) between the open §§. The letterhead is in the page header (shared by all sections).
"""
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Mm, Pt

from common import out_dir, sv_int

FILE = "ljungmossa_sn_ifou_protokoll_2025-10-08.docx"
DATE = "2025-10-08"
ORGAN = "Socialnämndens individ- och familjeomsorgsutskott"

# närvarolista: (ledamot, parti, närvaro, tjänstgörande ersättare, parti); ersättare not serving listed separately
LEDAMOTER = [("Johan Lindfors", "S", "X, ordförande", "", ""),
             ("Anders Fjellström", "M", "X (ej § 139)", "Birgitta Nordahl, § 139", "L"),
             ("Maria Kron", "S", "–", "Sven Olausson, hela sammanträdet", "S"),
             ("Kristina Alm", "KD", "X", "", ""),
             ("Leila Haddad", "V", "X", "", "")]
ERSATTARE = [("Sven Olausson", "S"), ("Birgitta Nordahl", "L"), ("Oskar Brandin", "SD"), ("Emma Lilja", "C")]
SERVING = {"Sven Olausson", "Birgitta Nordahl"}
assert len(LEDAMOTER) == 5 and sum(1 for r in LEDAMOTER if r[3]) == len(SERVING)

DYGNSPRIS, PLATSER = 2_150, 4
AVTAL_AR = DYGNSPRIS * PLATSER * 365
assert AVTAL_AR == 3_139_000
# placeringskostnader jan–sep 2025, tkr
PLAC = {"HVB, barn och unga": (9_410, 7), "Konsulentstödda familjehem": (6_120, 9), "Stödboende": (3_110, 4)}
PLAC_SUM = sum(v[0] for v in PLAC.values())
PLAC_N = sum(v[1] for v in PLAC.values())
BUDGET_JS = 15_900
assert PLAC_SUM == 18_640 and PLAC_N == 20 and PLAC_SUM - BUDGET_JS == 2_740
DELEG = {"Ekonomiskt bistånd, beslut enligt 4 kap. 1 § SoL": 214, "varav avslag": 31,
         "Bistånd i form av kontaktperson/kontaktfamilj": 12, "Utredning inleds enligt 11 kap. 1 § SoL": 46}
assert DELEG["varav avslag"] < DELEG["Ekonomiskt bistånd, beslut enligt 4 kap. 1 § SoL"]


def set_landscape(sec, landscape):
    w, h = Mm(210), Mm(297)
    sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = (h, w) if landscape else (w, h)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Mm(22))
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(20)


def bold_para(d, label, text=""):
    p = d.add_paragraph()
    p.add_run(label).bold = True
    if text:
        p.add_run(" " + text)
    return p


def table(d, rows, header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = v
            if header and i == 0:
                for run in c.paragraphs[0].runs:
                    run.bold = True
    return t


def main():
    d = Document()
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(10.5)
    sec = d.sections[0]
    set_landscape(sec, False)
    hp = sec.header.paragraphs[0]
    hp.text = f"Ljungmossa kommun\tSAMMANTRÄDESPROTOKOLL\t{DATE}"
    sec.header.add_paragraph(ORGAN)
    fp = sec.footer.paragraphs[0]
    fp.text = "Justerandes signatur\t\tUtdragsbestyrkande"

    # --- section 1: portrait front page
    d.add_heading("Protokoll", level=1)
    d.add_paragraph(f"{ORGAN}, Ljungmossa kommun")
    for label, val in [("Plats och tid:", f"Socialkontoret, sammanträdesrum Vitsippan, onsdagen den {DATE} "
                                          f"kl. 09.00–12.10"),
                       ("Utses att justera:", "Kristina Alm (KD)"),
                       ("Justeringens plats och tid:", "Socialkontoret, 2025-10-10 kl. 14.00"),
                       ("Paragrafer:", "§ 138–146"),
                       ("Sekreterare:", "Malin Törnqvist"),
                       ("Ordförande:", "Johan Lindfors (S)"),
                       ("Justerare:", "Kristina Alm (KD)")]:
        bold_para(d, label, val)
    d.add_paragraph("Närvarolista: se nästa sida.")
    bold_para(d, "Anslag/bevis", "Protokollet är justerat och tillkännagivet på kommunens digitala anslagstavla "
                                 "2025-10-13. Anslaget tas ned 2025-11-04. Förvaringsplats: Socialförvaltningen. "
                                 "Paragraferna 140–142 förs i särskilt sekretessprotokoll och anslås inte.")

    # --- section 2: landscape närvarolista
    sec2 = d.add_section(WD_SECTION.NEW_PAGE)
    set_landscape(sec2, True)
    d.add_heading("Närvarolista", level=2)
    rows = [["Ledamöter", "Parti", "Närvaro", "Tjänstgörande ersättare", "Parti", "Ersättare", "Parti"]]
    ej = [e for e in ERSATTARE if e[0] not in SERVING]
    for i, (n, p, nv, te, tp) in enumerate(LEDAMOTER):
        en, ep = (ej[i] if i < len(ej) else ("", ""))
        rows.append([n, p, nv, te, tp, en, ep])
    table(d, rows)
    d.add_paragraph()
    d.add_heading("Övriga närvarande", level=2)
    table(d, [["Namn", "Funktion", "Paragrafer"],
              ["Malin Törnqvist", "Nämndsekreterare", "§ 138–146"],
              ["Anneli Sjödin", "Socialchef", "§ 138–146"],
              ["Ronny Ekstam", "Enhetschef barn och unga", "§ 139–144"],
              ["Hanna Blom", "Socialsekreterare", "§ 140–142"],
              ["Per-Olof Nyhage", "Controller", "§ 146"]])

    # --- section 3: portrait §§
    sec3 = d.add_section(WD_SECTION.NEW_PAGE)
    set_landscape(sec3, False)

    def par(nr, title, dnr=None):
        d.add_heading(f"§ {nr} {title}", level=2)
        if dnr:
            d.add_paragraph(f"Dnr {dnr}")

    par(138, "Justering och dagordning")
    d.add_paragraph("Kristina Alm (KD) utses att tillsammans med ordföranden justera protokollet. Dagordningen "
                    "godkänns.")

    par(139, "Avtal om platser i stödboende för ungdomar 16–20 år", "SN 25/0077")
    bold_para(d, "Jäv")
    d.add_paragraph("Anders Fjellström (M) anmäler jäv, eftersom hans dotter är anställd hos Bryggan Stödboende AB, "
                    "och deltar inte i handläggningen av ärendet. Birgitta Nordahl (L) tjänstgör i hans ställe.")
    bold_para(d, "Ärendebeskrivning")
    d.add_paragraph(f"Förvaltningen har genomfört en direktupphandling av stödboende för ungdomar eftersom "
                    f"ramavtalet med den tidigare leverantören har sagts upp. Tre anbud har kommit in. Bryggan "
                    f"Stödboende AB har lämnat det ekonomiskt mest fördelaktiga anbudet med ett dygnspris om "
                    f"{sv_int(DYGNSPRIS)} kronor per plats. Vid full beläggning av {PLATSER} platser blir "
                    f"kostnaden {sv_int(AVTAL_AR)} kronor per år.")
    bold_para(d, "Beslut")
    d.add_paragraph(f"Individ- och familjeomsorgsutskottet beslutar att teckna avtal med Bryggan Stödboende AB om "
                    f"{PLATSER} platser i stödboende till ett dygnspris om {sv_int(DYGNSPRIS)} kronor under "
                    f"perioden 2025-11-01 – 2026-10-31.")
    d.add_paragraph("Beslutet skickas till: Bryggan Stödboende AB, upphandlingsenheten, enhetschef barn och unga")

    for nr in (140, 141, 142):
        par(nr, "Individärende")
        bold_para(d, "Sekretess enligt OSL 26 kap 1 §")
        d.add_paragraph("Ärendet avser en enskild person och omfattas av sekretess enligt 26 kap. 1 § "
                        "offentlighets- och sekretesslagen (2009:400). Ärendet och beslutet redovisas i "
                        "särskilt sekretessprotokoll.")

    par(143, "Rapportering av ej verkställda beslut, kvartal 3 2025", "SN 25/0012")
    d.add_paragraph("Tre gynnande beslut enligt 4 kap. 1 § socialtjänstlagen har inte verkställts inom tre månader "
                    "och har rapporterats till Inspektionen för vård och omsorg (IVO): två beslut om kontaktfamilj "
                    "och ett beslut om stödboende. Orsaken är brist på lämpliga kontaktfamiljer.")
    bold_para(d, "Beslut")
    d.add_paragraph("Utskottet lägger rapporten till handlingarna och överlämnar den till socialnämnden och "
                    "kommunens revisorer.")

    par(144, "Riktlinjer för handläggning av orosanmälningar", "SN 25/0069")
    d.add_paragraph("Förvaltningen har tagit fram förslag till reviderade riktlinjer för förhandsbedömning av "
                    "orosanmälningar som rör barn.")
    bold_para(d, "Yrkanden")
    d.add_paragraph("Kristina Alm (KD) yrkar att ärendet bordläggs till nästa sammanträde den 5 november 2025, "
                    "eftersom underlaget skickades ut först dagen före sammanträdet.")
    bold_para(d, "Beslutsgång")
    d.add_paragraph("Ordföranden frågar om ärendet ska avgöras i dag eller bordläggas och finner att utskottet "
                    "beslutar att bordlägga ärendet.")
    bold_para(d, "Beslut")
    d.add_paragraph("Ärendet bordläggs till sammanträdet den 5 november 2025.")

    par(145, "Anmälan av delegationsbeslut", "SN 25/0003")
    d.add_paragraph("Följande beslut fattade med stöd av delegation under september 2025 anmäls:")
    for k, v in DELEG.items():
        d.add_paragraph(f"{k}: {v} beslut", style="List Bullet")
    d.add_paragraph("Beslut fattade av ordföranden i brådskande ärenden enligt 6 kap. 39 § kommunallagen: två "
                    "beslut om omedelbart omhändertagande enligt 6 § LVU, fattade 2025-09-14 och 2025-09-27. "
                    "Besluten har underställts förvaltningsrätten, som har fastställt båda.")
    bold_para(d, "Beslut")
    d.add_paragraph("Anmälan av delegationsbeslut läggs till handlingarna.")

    par(146, "Ekonomisk uppföljning – placeringar januari–september 2025", "SN 25/0015")
    d.add_paragraph(f"Kostnaden för externa placeringar av barn och unga uppgick under januari–september 2025 till "
                    f"{sv_int(PLAC_SUM)} tkr, att jämföra med en periodiserad budget om {sv_int(BUDGET_JS)} tkr. "
                    f"Den 30 september var {PLAC_N} barn och unga placerade externt.")
    table(d, [["Placeringsform", "Kostnad jan–sep, tkr", "Antal placerade 30 sep"]]
          + [[k, sv_int(v[0]), str(v[1])] for k, v in PLAC.items()]
          + [["Summa", sv_int(PLAC_SUM), str(PLAC_N)]])
    bold_para(d, "Beslut")
    d.add_paragraph("Utskottet noterar informationen och överlämnar uppföljningen till socialnämnden.")
    d.add_paragraph()
    d.add_paragraph("Vid protokollet: Malin Törnqvist\tOrdförande: Johan Lindfors\tJusterare: Kristina Alm")
    d.core_properties.title = f"Protokoll {ORGAN} {DATE}"
    d.core_properties.author = "Ljungmossa kommun"
    d.save(str(out_dir() / FILE))


if __name__ == "__main__":
    main()
