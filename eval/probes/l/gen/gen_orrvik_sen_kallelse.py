"""Orrviks kommun – servicenämndens kallelse to 2025-12-09, as exported from a meeting system (HTML).

Layout: **nested `<div>`s with classes only** – no `<table>`, no `<h1>`–`<h6>` for the agenda items, no lists.
The meeting header is a `div.meeting-header` with `div.meta-row` > `span.meta-label` + `span.meta-value`; each
agenda item is a `div.agenda-item` holding `div.item-number`, and a `div.item-body` with `div.item-title`,
`div.item-dnr`, `div.item-presenter`, `div.item-description` and `div.item-attachments` with `<a>` links to the
attached documents. The page also carries the meeting system's chrome (a skip link, a toolbar with print/download
links, a footer with the export time).
"""
import html

from common import out_dir

FILE = "orrvik_sen_kallelse_2025-12-09.html"

LUNCH_OLD, LUNCH_NEW = 3850, 4120   # öre per portion
assert round((LUNCH_NEW - LUNCH_OLD) / LUNCH_OLD * 1000) == 70  # 7,0 %
ELBILAR, ELBIL_KOST = 24, "1,9"

ITEMS = [
    ("Val av justerare och tid för justering", None, None,
     "Förslag: Gunnel Berglöf (M) med Erik Nyman (S) som ersättare. Justering föreslås ske 2025-12-12.", []),
    ("Godkännande av dagordning", None, None, "", []),
    ("Ekonomisk uppföljning per november 2025", "2025-000007", "Nina Ahlberg, controller",
     "Helårsprognosen för servicenämnden visar ett överskott om 0,8 mnkr, jämfört med 1,1 mnkr i "
     "oktoberuppföljningen. Minskningen beror på högre livsmedelspriser i måltidsservicen.",
     ["Ekonomisk uppföljning november 2025.pdf"]),
    ("Internpriser för måltidsservice 2026", "2025-000118", "Erik Sandgren, kostchef",
     "Förvaltningen föreslår att internpriset för en skollunch höjs från 38,50 kr till 41,20 kr per portion från "
     "den 1 januari 2026 (7,0 procent). Priset för äldreomsorgens huvudmål föreslås följa samma uppräkning.",
     ["Tjänsteskrivelse Internpriser måltidsservice 2026.pdf", "Bilaga Prislista 2026.pdf"]),
    ("Ny städfrekvens i förskolorna", "2025-000124", "Maria Kvist, lokalvårdschef",
     "Efter dialog med barn- och utbildningsförvaltningen föreslås daglig städning av skötrum och "
     "vilorum i samtliga 14 förskolor. Kostnadskonsekvenserna redovisas muntligt vid sammanträdet.",
     ["Tjänsteskrivelse Städfrekvens förskolor.pdf"]),
    ("Leasing av elbilar till den kommungemensamma bilpoolen", "2025-000131", "Oskar Frid, fordonssamordnare",
     f"Förslaget innebär att {ELBILAR} elbilar leasas under 36 månader och ersätter lika många fossildrivna "
     f"bilar. Den årliga kostnaden beräknas till {ELBIL_KOST} mnkr, vilket är 0,3 mnkr lägre än i dag.",
     ["Tjänsteskrivelse Elbilar bilpool.pdf", "Kalkyl leasing 2026–2028.xlsx"]),
    ("Sammanträdesplan 2026", "2025-000140", "Linnea Öst, nämndsekreterare",
     "Sex sammanträden föreslås under 2026, det första den 10 februari.",
     ["Förslag sammanträdesplan 2026.pdf"]),
    ("Internkontrollplan 2026", "2025-000142", "Nina Ahlberg, controller",
     "Planen innehåller fem kontrollmoment, bland annat avtalstrohet vid livsmedelsinköp och "
     "körjournaler i bilpoolen.", ["Internkontrollplan 2026.pdf"]),
    ("Redovisning av delegationsbeslut", "2025-000003", None, "Beslut fattade under november 2025.",
     ["Delegationslista november 2025.pdf"]),
    ("Meddelanden", "2025-000002", None, "Skrivelser och protokoll för kännedom.", ["Meddelandelista.pdf"]),
]
assert len(ITEMS) == 10


def esc(s):
    return html.escape(s, quote=True)


def slug(name):
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")


def main():
    items = []
    for i, (title, dnr, pres, desc, att) in enumerate(ITEMS, 1):
        parts = [f'      <div class="item-title">{esc(title)}</div>']
        if dnr:
            parts.append(f'      <div class="item-dnr"><span class="lbl">Diarienummer</span> '
                         f'<span class="val">{dnr}</span></div>')
        if pres:
            parts.append(f'      <div class="item-presenter"><span class="lbl">Föredragande</span> '
                         f'<span class="val">{esc(pres)}</span></div>')
        if desc:
            parts.append(f'      <div class="item-description">{esc(desc)}</div>')
        if att:
            links = "\n".join(f'        <div class="attachment"><a href="/motesportal/dokument/{dnr or "x"}/'
                              f'{slug(a)}" class="att-link">{esc(a)}</a></div>' for a in att)
            parts.append(f'      <div class="item-attachments">\n        <div class="att-head">Handlingar</div>\n'
                         f'{links}\n      </div>')
        body = "\n".join(parts)
        items.append(f'  <div class="agenda-item" id="arende-{i}">\n    <div class="item-number">{i}</div>\n'
                     f'    <div class="item-body">\n{body}\n    </div>\n  </div>')
    meta = [("Organ", "Servicenämnden"), ("Datum", "2025-12-09"), ("Tid", "13.00–16.00"),
            ("Plats", "Servicehuset, sammanträdesrum Spoven"), ("Ordförande", "Ingrid Falk (S)"),
            ("Sekreterare", "Linnea Öst")]
    meta_html = "\n".join(f'    <div class="meta-row"><span class="meta-label">{a}</span>'
                          f'<span class="meta-value">{esc(b)}</span></div>' for a, b in meta)
    doc = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Kallelse – Servicenämnden 2025-12-09 – Orrviks kommun</title>
<style>
  body {{ font-family: Arial, sans-serif; margin: 0; }}
  .toolbar {{ background: #21506b; color: #fff; padding: 6px 16px; }}
  .toolbar a {{ color: #fff; margin-right: 12px; }}
  .meeting {{ max-width: 860px; margin: 16px auto; }}
  .meta-row {{ display: flex; }} .meta-label {{ width: 130px; font-weight: bold; }}
  .agenda-item {{ display: flex; border-top: 1px solid #ccc; padding: 8px 0; }}
  .item-number {{ width: 40px; font-weight: bold; font-size: 1.2em; }}
  .item-title {{ font-weight: bold; }} .lbl {{ color: #555; margin-right: 6px; }}
  .item-attachments {{ margin-top: 4px; font-size: .9em; }}
</style>
</head>
<body>
<a class="skip" href="#innehall">Hoppa till innehållet</a>
<div class="toolbar"><span class="brand">Orrviks kommun · Mötesportalen</span>
  <a href="?print=1">Skriv ut</a><a href="/motesportal/export/sen-2025-12-09.zip">Ladda ner alla handlingar</a></div>
<div class="meeting" id="innehall">
  <div class="meeting-header">
    <div class="doc-type">KALLELSE</div>
    <div class="org">Orrviks kommun</div>
{meta_html}
  </div>
  <div class="notice">Ledamot som inte kan närvara meddelar detta till sekreteraren, som kallar ersättare.
Handlingarna finns i mötesportalen från 2025-12-02.</div>
  <div class="agenda">
    <div class="agenda-head">Ärenden</div>
{chr(10).join(items)}
  </div>
  <div class="signature"><div>Ingrid Falk</div><div>Ordförande</div>
    <div>Linnea Öst</div><div>Sekreterare</div></div>
</div>
<div class="portal-footer">Exporterad från Mötesportalen 2025-12-02 09:14 · Orrviks kommun, servicenämnden</div>
</body>
</html>
"""
    (out_dir() / FILE).write_text(doc, encoding="utf-8")


if __name__ == "__main__":
    main()
