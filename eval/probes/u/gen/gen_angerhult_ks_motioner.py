"""Ängerhults kommun – redovisning av motioner och medborgarförslag som inte har slutbehandlats (HTML).

Layout: a page exported from the meeting system's "ärende" view: a header bar, a <dl> of case facts, the
tjänsteskrivelse text in <section>s, two <table>s with <caption>, <thead> and row-header <th scope="row"> (motions;
medborgarförslag), age in months computed, status cells with a <span class="status ..."> badge, rows older than one
year marked with a class and a "*" note, the förslag till beslut as <ol>, and a footer with the export time.
"""
import datetime
import html

from common import out_dir

AS_OF = datetime.date(2026, 3, 31)

# dnr, rubrik, väckt (KF-datum), motionär(er), beredning hos, status
MOTIONER = [
    ("KS 2024/211", "Solceller på kommunens förskolor", "2024-09-23", "Hanna Berglöf (MP)", "Tekniska nämnden",
     "Remissvar inkom 2026-02-12. Behandlas i kommunstyrelsen 2026-04-14 och i fullmäktige 2026-05-25."),
    ("KS 2024/256", "Inför kommunal sommarlovsgaranti för unga", "2024-11-25", "Erik Sandahl (S), Linnea Jonsson (S)",
     "Kultur- och fritidsnämnden", "Under beredning. Avvaktar utredning om feriearbeten; beräknas klar i juni 2026."),
    ("KS 2024/270", "Belysning på gång- och cykelvägen Ängerhult–Rödsätra", "2024-12-16", "Göran Wass (C)",
     "Tekniska nämnden", "Beredd. Behandlas i fullmäktige 2026-04-27."),
    ("KS 2025/019", "Avgiftsfri kollektivtrafik för pensionärer", "2025-02-24", "Ingela Frost (SD)",
     "Kommunstyrelsen", "Vilande i avvaktan på regionens nya taxesystem, som införs 2027."),
    ("KS 2025/064", "Trygghetsvandringar i alla kommundelar", "2025-04-28", "Petter Lundvik (M)",
     "Kommunstyrelsen", "Under beredning hos kommunledningskontoret."),
    ("KS 2025/102", "Fler platser i korttidsboende", "2025-06-16", "Aino Karlström (V)", "Omsorgsnämnden",
     "Remiss till omsorgsnämnden, svar begärt senast 2026-05-15."),
    ("KS 2025/147", "Ängerhult som Fairtrade City", "2025-09-22", "Hanna Berglöf (MP)", "Kommunstyrelsen",
     "Under beredning."),
    ("KS 2025/188", "Lägre taxa för fritidshus", "2025-11-24", "Bo Ekstam (KD)", "Vatten- och avfallsnämnden",
     "Remiss skickad 2025-12-03."),
    ("KS 2025/203", "Bevara biblioteket i Rödsätra", "2025-12-15", "Erik Sandahl (S)", "Kultur- och fritidsnämnden",
     "Remiss skickad 2026-01-08."),
]
# dnr, rubrik, inlämnat, beredning hos, status  (förslagsställare anges inte i den publicerade versionen)
FORSLAG = [
    ("KS 2024/240", "Hundrastgård i Ängerhults centrum", "2024-10-28", "Tekniska nämnden",
     "Delegerat till tekniska nämnden för beslut; beslut väntas 2026-04-09."),
    ("KS 2025/033", "Utegym vid Lidsjön", "2025-03-24", "Kultur- och fritidsnämnden",
     "Under beredning; kostnaden beräknas i investeringsbudgeten 2027."),
    ("KS 2025/091", "Farthinder på Skolgränd", "2025-05-26", "Tekniska nämnden", "Under beredning."),
    ("KS 2025/155", "Längre öppettider på återvinningscentralen", "2025-10-27", "Vatten- och avfallsnämnden",
     "Under beredning."),
    ("KS 2026/011", "Parklekplats i Rödsätra", "2026-01-26", "Tekniska nämnden", "Remiss skickad 2026-02-04."),
]


def months(d):
    y, m, dd = map(int, d.split("-"))
    n = (AS_OF.year - y) * 12 + AS_OF.month - m - (1 if AS_OF.day < dd else 0)
    return n


OLD_M = [m for m in MOTIONER if months(m[2]) >= 12]
OLD_F = [f for f in FORSLAG if months(f[2]) >= 12]
assert len(MOTIONER) == 9 and len(OLD_M) == 4, [m[0] for m in OLD_M]
assert len(FORSLAG) == 5 and len(OLD_F) == 2

e = html.escape


def badge(status):
    cls = "klar" if status.startswith("Beredd") else "vilande" if status.startswith("Vilande") else "pagar"
    word = {"klar": "Beredd", "vilande": "Vilande", "pagar": "Pågår"}[cls]
    return f'<span class="status {cls}">{word}</span> {e(status)}'


def old_cls(d):
    return ' class="over-ett-ar"' if months(d) >= 12 else ""


rows_m = "\n".join(
    f'      <tr{old_cls(d)}><th scope="row">{e(dnr)}</th><td>{e(rub)}</td>'
    f'<td>{d}{" *" if months(d) >= 12 else ""}</td><td>{months(d)}</td><td>{e(who)}</td><td>{e(ber)}</td>'
    f'<td>{badge(st)}</td></tr>'
    for dnr, rub, d, who, ber, st in MOTIONER)
rows_f = "\n".join(
    f'      <tr{old_cls(d)}><th scope="row">{e(dnr)}</th><td>{e(rub)}</td>'
    f'<td>{d}{" *" if months(d) >= 12 else ""}</td><td>{months(d)}</td><td>{e(ber)}</td><td>{badge(st)}</td></tr>'
    for dnr, rub, d, ber, st in FORSLAG)

page = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>KS 2026/88 Redovisning av motioner och medborgarförslag som inte har slutbehandlats – Ängerhults kommun</title>
<style>
  body {{ font-family: Arial, sans-serif; font-size: 14px; margin: 0; color: #222; }}
  .topbar {{ background: #1f4e79; color: #fff; padding: 8px 24px; }}
  main {{ padding: 16px 24px; max-width: 1100px; }}
  dl.meta {{ display: grid; grid-template-columns: 180px 1fr; gap: 2px 12px; }}
  dl.meta dt {{ font-weight: bold; }}
  table {{ border-collapse: collapse; margin: 8px 0 18px; width: 100%; }}
  caption {{ text-align: left; font-weight: bold; padding: 4px 0; }}
  th, td {{ border: 1px solid #b7c3d0; padding: 4px 6px; vertical-align: top; text-align: left; }}
  thead th {{ background: #dde6f0; }}
  tr.over-ett-ar {{ background: #fff4e5; }}
  .status {{ display: inline-block; border-radius: 8px; padding: 0 6px; font-size: 12px; }}
  .klar {{ background: #d7f0d8; }} .pagar {{ background: #fdf0c4; }} .vilande {{ background: #e5e5e5; }}
  footer {{ font-size: 12px; color: #666; padding: 8px 24px; border-top: 1px solid #ccc; }}
</style>
</head>
<body>
<div class="topbar">Ängerhults kommun · Ärendehantering · Publicerad handling</div>
<main>
  <h1>Redovisning av motioner och medborgarförslag som inte har slutbehandlats</h1>
  <dl class="meta">
    <dt>Diarienummer</dt><dd>KS 2026/88</dd>
    <dt>Handlingstyp</dt><dd>Tjänsteskrivelse</dd>
    <dt>Datum</dt><dd>2026-04-01</dd>
    <dt>Handläggare</dt><dd>Josefin Åkerlund, kommunsekreterare</dd>
    <dt>Beslutsgång</dt><dd>Kommunstyrelsen 2026-04-14 · Kommunfullmäktige 2026-04-27</dd>
  </dl>

  <section>
    <h2>Sammanfattning</h2>
    <p>Enligt kommunallagen (5 kap. 35 §) ska en motion eller ett medborgarförslag beredas så att fullmäktige kan
    fatta beslut inom ett år från det att ärendet väcktes. Om beredningen inte kan avslutas inom denna tid ska det
    anmälas till fullmäktige. Fullmäktige kan då avskriva ärendet från vidare handläggning. Enligt
    arbetsordningen för kommunfullmäktige i Ängerhults kommun ska redovisningen lämnas två gånger per år, vid
    fullmäktiges sammanträden i april och oktober.</p>
    <p>Per den 31 mars 2026 fanns {len(MOTIONER)} motioner och {len(FORSLAG)} medborgarförslag som inte hade
    slutbehandlats. Av dessa har {len(OLD_M)} motioner och {len(OLD_F)} medborgarförslag varit under beredning i mer
    än ett år. De är markerade med * i tabellerna. Kommunledningskontoret föreslår inte att något ärende avskrivs.</p>
    <p>Sedan förra redovisningen i oktober 2025 har fullmäktige besvarat sju motioner och fyra medborgarförslag.</p>
  </section>

  <section>
    <h2>Motioner</h2>
    <table class="arenden">
      <caption>Tabell 1. Motioner som inte har slutbehandlats per 2026-03-31</caption>
      <thead><tr><th scope="col">Dnr</th><th scope="col">Motion</th><th scope="col">Väckt i KF</th>
      <th scope="col">Månader</th><th scope="col">Motionär</th><th scope="col">Beredning hos</th>
      <th scope="col">Status</th></tr></thead>
      <tbody>
{rows_m}
      </tbody>
    </table>
  </section>

  <section>
    <h2>Medborgarförslag</h2>
    <table class="arenden">
      <caption>Tabell 2. Medborgarförslag som inte har slutbehandlats per 2026-03-31</caption>
      <thead><tr><th scope="col">Dnr</th><th scope="col">Förslag</th><th scope="col">Inlämnat</th>
      <th scope="col">Månader</th><th scope="col">Beredning hos</th><th scope="col">Status</th></tr></thead>
      <tbody>
{rows_f}
      </tbody>
    </table>
    <p class="not">* Har varit under beredning i mer än ett år. Förslagsställarnas namn redovisas inte i den
    publicerade versionen.</p>
  </section>

  <section>
    <h2>Kommentarer till ärenden äldre än ett år</h2>
    <p>Motionen om solceller på förskolorna fördröjdes eftersom tekniska nämnden först ville inventera vilka tak
    som klarar lasten. Inventeringen visar att 11 av 17 förskolor har lämpliga tak.</p>
    <p>Motionen om en sommarlovsgaranti bereds tillsammans med den utredning om feriearbeten som kultur- och
    fritidsnämnden fick i uppdrag att göra i budgeten för 2026.</p>
    <p>Motionen om avgiftsfri kollektivtrafik för pensionärer är vilande, eftersom regionen inför ett nytt
    taxesystem 2027 och kostnaden för kommunen inte kan beräknas innan det är klart.</p>
    <p>Medborgarförslaget om en hundrastgård har delegerats till tekniska nämnden, som väntas besluta i april.</p>
  </section>

  <section>
    <h2>Förslag till beslut</h2>
    <p>Kommunstyrelsen föreslår att kommunfullmäktige beslutar</p>
    <ol>
      <li>att lägga redovisningen av motioner och medborgarförslag som inte har slutbehandlats till handlingarna.</li>
    </ol>
  </section>
</main>
<footer>Exporterad från ärendehanteringssystemet 2026-04-02 08:14 · Ängerhults kommun, Kommunledningskontoret</footer>
</body>
</html>
"""
path = out_dir() / "angerhult_ks_motioner_ej_slutbehandlade_2026-03-31.html"
path.write_text(page, encoding="utf-8")
print(path, [m[0] for m in OLD_M], [f[0] for f in OLD_F])
