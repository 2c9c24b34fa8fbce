"""A delårsrapport of an invented municipality (TESTDOKUMENT, fictitious figures) whose tables are set as other
municipalities' PDFs set them: in body-size type, figures right-aligned, row labels that wrap in cells centred in
height (a browser's default) or top-aligned without cell padding (as Word prints a plain table), a header over two
lines, minus signs written '−' or '-', thousands separated by non-breaking spaces, and a long table whose header is
repeated atop each page. Tests print it to PDF with Debian Chromium (tests/long_documents.print_pdf)."""

from __future__ import annotations

NBSP = "\u00a0"
MINUS = "\u2212"

_STYLE = """
@page { size: A4; margin: 25mm 20mm; }
body { font-family: 'Liberation Serif', serif; font-size: 11pt; line-height: 1.3; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 12pt 0; font-family: 'Liberation Sans', sans-serif; }
th, td { padding: 2pt 4pt; border-bottom: 0.5pt solid #999; }
td + td, th + th { text-align: right; }
table.word th { text-align: left; }
table.word td, table.word th { padding: 0 3pt; vertical-align: top; border: none; }
table.narrow { width: 70%; }
tr.sum td { font-weight: bold; }
.chapter { page-break-before: always; }
"""

VERKSAMHETER = [
    ["Myndighetsutövning barn och unga", "45,2", "48,9", f"{MINUS}3,7"],
    ["Köp av huvudverksamhet (placeringar) inklusive familjehem och kontaktfamiljer", "62,0", "71,4", f"{MINUS}9,4"],
    ["Ekonomiskt bistånd", "27,5", "30,1", f"{MINUS}2,6"],
    ["Vuxen och missbruk, öppenvård samt boendestöd för personer med psykisk funktionsnedsättning", "31,8", "30,6",
     "1,2"],
    ["Nämnd och ledning", "8,9", "8,6", "0,3"],
    ["Summa", "175,4", "189,6", f"{MINUS}14,2"],
]
KOSTNADSSLAG = [
    ["Intäkter", f"{MINUS}12{NBSP}400", f"{MINUS}13{NBSP}250", "850"],
    ["Personalkostnader inklusive sociala avgifter och pensionskostnader", f"98{NBSP}300", f"101{NBSP}920",
     f"{MINUS}3{NBSP}620"],
    ["Lokalkostnader", f"7{NBSP}150", f"7{NBSP}020", "130"],
]
_AREAS = ["Norrby", "Söderås", "Västerhöjd", "Österäng", "Centrum", "Ekbacken", "Lunden", "Kvarnbo"]
# 40 rows, each label wrapping onto a second line: the table runs over three pages.
OMRADEN = [[f"Område {_AREAS[n % len(_AREAS)]} {n}: hemtjänst och boendestöd inklusive nattpatrull", f"{n * 3},{n % 10}",
            f"-{n},{(n * 7) % 10}", f"{n}{NBSP}{(n * 37) % 1000:03d}"] for n in range(1, 41)]


def _table(header: list[str], rows: list[list[str]], css: str = "", sum_last: bool = False) -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join(("<tr class='sum'>" if sum_last and n == len(rows) - 1 else "<tr>")
                   + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for n, row in enumerate(rows))
    return f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


_HEADER = ["Verksamhet", "Budget 2023", "Prognos 2023", "Avvikelse"]


def delarsrapport_html() -> str:
    """The report: five tables of figures (see the module's docstring) between short paragraphs."""
    parts = [
        "<h1>TESTDOKUMENT Delårsrapport augusti 2023</h1>"
        "<p>Socialnämnden i Fiktiva kommun. Alla siffror är påhittade. Nämnden prognostiserar ett underskott mot "
        "budget för helåret, främst inom placeringar av barn och unga.</p>",
        "<p>Tabell 1. Driftredovisning per verksamhet (mnkr)</p>" + _table(_HEADER, VERKSAMHETER),
        "<p>Tabell 2. Prognos per verksamhet, rubriker på två rader (mnkr)</p>"
        + _table(["Verksamhet", "Budget<br>2023", "Prognos<br>2023", "Avvikelse<br>mot budget"], VERKSAMHETER),
        "<p>Tabell 3. Kostnadsslag (tkr)</p>"
        + _table(["Kostnadsslag", "Budget 2023", "Prognos 2023", "Avvikelse"], KOSTNADSSLAG, "narrow"),
        '<h2 class="chapter">Uppföljning utan cellmarginaler</h2>'
        "<p>Tabell 4. Verksamheter i Word-tabell (mnkr)</p>"
        + _table(_HEADER, [[label, *figures[:2], figures[2].replace(MINUS, "-")] for label, *figures in VERKSAMHETER],
                 "word", sum_last=True),
        '<h2 class="chapter">Hemtjänst per område</h2>'
        "<p>Tabell 5. Hemtjänst per område (tkr)</p>" + _table(_HEADER, OMRADEN)
        + "<p>Områdena med störst avvikelse följs upp särskilt under hösten.</p>",
    ]
    return ('<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>TESTDOKUMENT Delårsrapport</title>'
            f"<style>{_STYLE}</style></head><body>{''.join(parts)}</body></html>")
