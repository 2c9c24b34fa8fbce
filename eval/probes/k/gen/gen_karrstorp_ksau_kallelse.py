"""Kärrstorp kommun – kallelse till kommunstyrelsens arbetsutskott 2026-04-07. DOCX via python-docx.

Layout: the föredragningslista is a Word numbered list: every item title is a paragraph in the built-in
"List Number" style, so Word renders the numbers 1.–10. from the numbering definition and the numbers are NOT
in the document text. Under each item follows its short description (dnr "KS.2025.112", what the item is
about, föredragande) as ordinary indented paragraphs. Meeting data are lines with tab stops after a title.
"""
import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from common import out_dir, sv_int

FILE = "karrstorp_ksau_kallelse_2026-04-07.docx"

AREA_HA = "1,8"
BOSTADER = 60
PRIS_KVM = 2_350
BTA = 5_400
assert PRIS_KVM * BTA == 12_690_000
FOND_SOKT = 145_000
FOND_KVAR = 410_000
FHV_MNKR = "3,2"

ITEMS = [
    ("Val av justerare", None, ["Förslag: Linnea Borg (C) utses att justera protokollet."], None),
    ("Godkännande av dagordningen", None, [], None),
    ("Ekonomisk uppföljning mars 2026", "KS.2026.031",
     ["Information om utfallet för kommunstyrelsens verksamheter efter mars och om förvaltningarnas "
      "prognoser. Underlaget delas ut på sammanträdet."], "ekonomichef Petra Wiik"),
    ("Markanvisning för bostäder i Östra Hagen", "KS.2025.112",
     [f"Förslag till markanvisningsavtal med Hemfast Bostad AB om ett område på cirka {AREA_HA} hektar i "
      f"Östra Hagen för cirka {BOSTADER} bostäder i rad- och parhus. Priset föreslås till {sv_int(PRIS_KVM)} "
      f"kronor per kvadratmeter bruttoarea (BTA); vid {sv_int(BTA)} kvadratmeter BTA blir köpeskillingen "
      f"{sv_int(PRIS_KVM * BTA)} kronor.",
      "Arbetsutskottet föreslås föreslå kommunstyrelsen att godkänna avtalet."], "mark- och exploateringschef "
                                                                                 "Johan Vikner"),
    ("Ansökan om medel ur utvecklingsfonden – Kärrstorps hembygdsförening", "KS.2026.018",
     [f"Hembygdsföreningen söker {sv_int(FOND_SOKT)} kronor för att renovera taket på Kvarngården. Fonden "
      f"har {sv_int(FOND_KVAR)} kronor kvar att fördela under 2026. Förvaltningen föreslår att ansökan "
      "beviljas delvis; beloppet redovisas i tjänsteskrivelsen som skickas ut separat."], "kanslichef Åsa Lilja"),
    ("Yttrande över regional transportplan 2026–2037", "KS.2026.009",
     ["Regionen har skickat förslaget till transportplan på remiss. Yttrandet ska vara regionen till handa "
      "senast 2026-04-30. Förvaltningen föreslår att kommunen särskilt lyfter behovet av mötesspår på "
      "banan mot Ekebo."], "trafikstrateg Ali Rahimi"),
    ("Svar på motion om fler publika laddplatser", "KS.2025.087",
     ["Motionen från Centerpartiet föreslår 40 nya publika laddplatser till 2027. Förvaltningen föreslår att "
      "motionen anses besvarad med hänvisning till pågående laddinfrastrukturplan."], "kanslichef Åsa Lilja"),
    ("Upphandling av företagshälsovård", "KS.2026.022",
     [f"Nuvarande avtal löper ut 2026-09-30. Det nya avtalet beräknas till {FHV_MNKR} mnkr under fyra år. "
      "Förslag att ge HR-avdelningen i uppdrag att genomföra upphandlingen."], "HR-chef Sanna Eld"),
    ("Redovisning av delegationsbeslut", None,
     ["Delegationsbeslut fattade under mars 2026 enligt bifogad förteckning."], None),
    ("Övriga frågor", None, [], None),
]


def build():
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Kärrstorps kommun\tKALLELSE\tKommunstyrelsens arbetsutskott"
    sec.footer.paragraphs[0].text = "Kärrstorps kommun · Kommunledningsförvaltningen · Storgatan 12"

    d.add_heading("Kallelse till kommunstyrelsens arbetsutskott", level=1)
    for line in ("Tid:\ttisdagen den 7 april 2026, kl. 08.30",
                 "Plats:\tKommunhuset, sammanträdesrum Tärnan",
                 "Ordförande:\tMikael Ståhl (S)",
                 "Sekreterare:\tEmma Granqvist"):
        d.add_paragraph(line)
    d.add_paragraph("Ledamöter: Mikael Ståhl (S), ordförande; Linnea Borg (C), vice ordförande; Gustav Roos (M); "
                    "Ersättare: Sara Enström (S), Hampus Lidén (M). Förhinder anmäls till sekreteraren.")
    d.add_heading("Föredragningslista", level=2)
    for title, dnr, desc, by in ITEMS:
        item = d.add_paragraph(title, style="List Number")
        # explicit list numbering on the paragraph too (as Word writes it): numId 5 = the decimal "%1." list
        # of the default template's List Number style
        numpr = OxmlElement("w:numPr")
        for tag, val in (("w:ilvl", "0"), ("w:numId", "5")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            numpr.append(e)
        item._p.get_or_add_pPr().insert(1, numpr)
        lines = ([f"Dnr {dnr}"] if dnr else []) + desc + ([f"Föredragande: {by}"] if by else [])
        for line in lines:
            p = d.add_paragraph(line)
            p.paragraph_format.left_indent = Cm(0.63)
            p.paragraph_format.space_after = Pt(2)
    d.add_paragraph("Handlingarna finns tillgängliga i läsplattan från 2026-04-02. Kommunstyrelsen sammanträder "
                    "därefter 2026-04-21.")
    d.add_paragraph("Mikael Ståhl, ordförande\tEmma Granqvist, sekreterare")
    d.save(str(out_dir() / FILE))


if __name__ == "__main__":
    build()
