"""Mörtsjö kommun – tekniska nämndens uppföljning av internkontrollplan 2025. PDF via reportlab platypus.

Layout (new in probe p): A4 landscape; the internkontroll matrix is a ruled table with nine columns in which
**every cell is vertically centred** (VALIGN MIDDLE): the long Risk and Kontrollmoment cells wrap over three to
five lines, while the short cells (Nr, Sannolikhet "2 – Mindre sannolik", Konsekvens, Riskvärde, Ansvarig,
Resultat "Avvikelse") sit in the middle of the row, between the lines of the wrapped cells. The risk value is a
plain number on a green/yellow/red fill explained by a legend. The header row repeats on page 2; the comments on
the deviations follow the table.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from common import out_dir, register_liberation

FILE = "mortsjo_tn_internkontroll_uppfoljning_2025.pdf"
register_liberation()
F, FB = "LibSans", "LibSans-Bold"
S = ParagraphStyle("b", fontName=F, fontSize=9.5, leading=12.5, spaceAfter=4)
SC = ParagraphStyle("c", fontName=F, fontSize=8, leading=10)
SCB = ParagraphStyle("cb", parent=SC, fontName=FB)
SH = ParagraphStyle("h", fontName=FB, fontSize=16, leading=20, spaceAfter=4)
SH2 = ParagraphStyle("h2", fontName=FB, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=3)

SANN = {1: "Osannolik", 2: "Mindre sannolik", 3: "Möjlig", 4: "Sannolik"}
KONS = {1: "Försumbar", 2: "Lindrig", 3: "Kännbar", 4: "Allvarlig"}
FAKTUROR, DU_N, DU_AVV = 40, 25, 7
NYCKLAR, NYCKLAR_EJ = 1_240, 137
LEK, LEK_EJ = 31, 4
ROWS = [  # nr, process, risk, S, K, kontrollmoment, ansvarig, resultat
    (1, "Ekonomi – fakturahantering",
     "Fakturor attesteras av en person utan attesträtt eller utan att varan eller tjänsten är mottagen, vilket "
     "kan leda till felaktiga utbetalningar.", 2, 3,
     f"Stickprov på {FAKTUROR} leverantörsfakturor från september 2025: kontroll av attesträtt mot "
     "attestförteckningen och av mottagningsattest.", "Ewa Lundmark, controller", "Ingen avvikelse"),
    (2, "Inköp – direktupphandling",
     "Direktupphandlingar över 100 000 kronor dokumenteras inte enligt lag och riktlinjer, vilket kan leda "
     "till upphandlingsskadeavgift och förtroendeskada.", 3, 3,
     f"Stickprov på {DU_N} direktupphandlingar över 100 000 kronor under januari–augusti 2025: kontroll av "
     "dokumentation och diarieföring.", "Kerstin Wahl, inköpssamordnare", "Avvikelse"),
    (3, "Gata – vinterväghållning",
     "Entreprenören fakturerar plogning och halkbekämpning som inte har utförts.", 2, 3,
     "Jämförelse av entreprenörens körjournaler och GPS-loggar med fakturerade insatser för januari, februari "
     "och mars 2025.", "Mattias Borg, gatuchef", "Ingen avvikelse"),
    (4, "Fastighet – nyckelhantering",
     "Utkvitterade nycklar och passerbrickor kan inte spåras, vilket ger risk för obehörigt tillträde till "
     "kommunens lokaler.", 3, 2,
     "Inventering av samtliga utkvitterade nycklar i nyckelsystemet mot kvittenser och personalregister.",
     "Lars-Erik Sund, fastighetschef", "Avvikelse"),
    (5, "Park – lekplatser",
     "Den årliga huvudbesiktningen av lekplatser genomförs inte, vilket kan leda till olyckor och "
     "skadeståndsanspråk mot kommunen.", 2, 4,
     f"Kontroll av besiktningsprotokoll för kommunens {LEK} lekplatser.", "Hanna Lövgren, parkchef",
     "Avvikelse"),
    (6, "Fordon – körjournaler",
     "Förvaltningens fordon används privat eller utan att resorna dokumenteras.", 2, 2,
     "Stickprov på körjournaler för 10 av förvaltningens 38 fordon under oktober 2025.",
     "Mattias Borg, gatuchef", "Ingen avvikelse"),
    (7, "VA – anslutningsavgifter",
     "Anslutningsavgifter för nya fastigheter debiteras inte eller debiteras med fel belopp.", 2, 3,
     "Avstämning av 2025 års nya servisanslutningar mot fakturerade anslutningsavgifter.",
     "Sofia Granat, VA-chef", "Ingen avvikelse"),
    (8, "Arbetsmiljö – skyddsronder",
     "Skyddsronder genomförs inte i förvaltningens verkstäder och förråd, vilket kan leda till arbetsskador och "
     "brister i det systematiska arbetsmiljöarbetet.", 3, 3,
     "Kontroll att skyddsrond har genomförts och dokumenterats på samtliga sex arbetsställen.",
     "Jessica Hammar, HR-partner", "Ej genomförd"),
]
assert sum(r[7] == "Avvikelse" for r in ROWS) == 3 and sum(r[7] == "Ingen avvikelse" for r in ROWS) == 4


def risk_fill(v):
    return colors.HexColor("#C6EFCE") if v <= 4 else colors.HexColor("#FFEB9C") if v <= 6 else \
        colors.HexColor("#FFC7CE")


def on_page(c, doc):
    W, H = landscape(A4)
    c.saveState()
    c.setFont(FB, 10)
    c.drawString(15 * mm, H - 12 * mm, "Mörtsjö kommun")
    c.setFont(F, 8.5)
    c.drawString(15 * mm, H - 16.5 * mm, "Tekniska förvaltningen")
    c.drawRightString(W - 15 * mm, H - 12 * mm, "Uppföljning av internkontrollplan 2025")
    c.drawRightString(W - 15 * mm, H - 16.5 * mm, "Dnr TN 2025:241")
    c.drawString(15 * mm, 9 * mm, "Tekniska nämnden, sammanträde 2026-01-28")
    c.drawRightString(W - 15 * mm, 9 * mm, f"Sida {doc.page} av 2")
    c.restoreState()


def main():
    W, H = landscape(A4)
    doc = BaseDocTemplate(str(out_dir() / FILE), pagesize=(W, H), leftMargin=15 * mm, rightMargin=15 * mm,
                          topMargin=22 * mm, bottomMargin=16 * mm,
                          title="Uppföljning av internkontrollplan 2025 – Tekniska nämnden, Mörtsjö kommun")
    doc.addPageTemplates([PageTemplate("p", [Frame(15 * mm, 16 * mm, W - 30 * mm, H - 38 * mm, id="f")],
                                       onPage=on_page)])
    story = [
        Paragraph("Uppföljning av internkontrollplan 2025", SH),
        Paragraph("Tekniska nämnden · Datum 2026-01-12 · Handläggare Ewa Lundmark, controller", S),
        Paragraph("Sammanfattning", SH2),
        Paragraph("Tekniska nämnden antog internkontrollplanen för 2025 den 2024-12-11, § 131. Planen innehåller "
                  "åtta kontrollmoment. Fyra kontroller visade ingen avvikelse, tre visade avvikelser och en "
                  "kontroll kunde inte genomföras. Riskbedömningen nedan är den som gjordes när planen antogs. "
                  "Uppföljningen av 2024 års internkontrollplan redovisades för nämnden 2025-02-19, § 14.", S),
        Paragraph("Förslag till beslut", SH2),
        Paragraph("Tekniska nämnden godkänner uppföljningen av internkontrollplan 2025 och överlämnar den till "
                  "kommunstyrelsen.", S),
        Spacer(1, 4),
    ]
    head = ["Nr", "Process / rutin", "Risk", "Sannolikhet", "Konsekvens", "Risk­värde",
            "Kontrollmoment och metod", "Ansvarig", "Resultat"]
    data = [[Paragraph(h, SCB) for h in head]]
    style = [("FONT", (0, 0), (-1, -1), F, 8), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (5, 1), (5, -1), "CENTER"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for i, (nr, proc, risk, s, k, kontroll, ansv, res) in enumerate(ROWS, 1):
        v = s * k
        data.append([Paragraph(str(nr), SC), Paragraph(proc, SC), Paragraph(risk, SC),
                     Paragraph(f"{s} – {SANN[s]}", SC), Paragraph(f"{k} – {KONS[k]}", SC), str(v),
                     Paragraph(kontroll, SC), Paragraph(ansv, SC),
                     Paragraph(res, SCB if res != "Ingen avvikelse" else SC)])
        style.append(("BACKGROUND", (5, i), (5, i), risk_fill(v)))
    cw = [8, 28, 52, 22, 22, 14, 52, 30, 239]
    cw[-1] = 267 - sum(cw[:-1])
    t = Table(data, colWidths=[x * mm for x in cw], repeatRows=1)
    t.setStyle(TableStyle(style))
    story += [t, Spacer(1, 3),
              Paragraph("Riskvärde = sannolikhet × konsekvens (skala 1–4). 1–4 låg (grön), 6 medel (gul), 8–16 hög "
                        "(röd).", ParagraphStyle("l", parent=SC, fontSize=7.5)),
              Paragraph("Kommentarer till avvikelserna och åtgärder", SH2),
              Paragraph(f"<b>Direktupphandling.</b> I {DU_AVV} av {DU_N} stickprov saknades dokumentation av "
                        "direktupphandlingen, i de flesta fall en jämförelse mellan leverantörer. Åtgärd: "
                        "utbildning för beställare under våren 2026 och en obligatorisk mall i e-handelssystemet. "
                        "Åtgärderna återrapporteras till nämnden 2026-06-17.", S),
              Paragraph(f"<b>Nyckelhantering.</b> {NYCKLAR_EJ} av {sv(NYCKLAR)} utkvitterade nycklar kunde inte "
                        "spåras till en giltig kvittens, de flesta kvitterade av personal som slutat. Åtgärd: "
                        "passerbrickorna spärras och en ny inventering görs under första kvartalet 2026. "
                        "Kostnaden för eventuella låsbyten är inte beräknad och redovisas när inventeringen är "
                        "klar.", S),
              Paragraph(f"<b>Lekplatser.</b> {LEK_EJ} av {LEK} lekplatser hade inte huvudbesiktigats under 2025: "
                        "Hagtornsparken, Vitsippsvägen, Lärkstigen och Rosendalsparken. Besiktningen är beställd "
                        "och ska vara klar senast 2026-03-31.", S),
              Paragraph("<b>Skyddsronder.</b> Kontrollen har inte genomförts eftersom tjänsten som HR-partner var "
                        "vakant mellan maj och november 2025. Kontrollmomentet förs över till internkontrollplanen "
                        "för 2026.", S),
              Paragraph("Övriga fyra kontroller gav inga anmärkningar.", S)]
    doc.build(story)


def sv(n):
    return f"{n:,}".replace(",", " ")


if __name__ == "__main__":
    main()
