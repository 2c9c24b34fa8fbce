"""The DOCX reader on documents built with python-docx: headings, paragraphs, lists and tables in order, and the
zip measured before anything inflates."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from ingest.errors import UnreadableDocument
from ingest.pipeline import read_document, supported


def build(path: Path) -> Path:
    from docx import Document

    document = Document()
    document.add_heading("Verksamhetsplan för individ- och familjeomsorgen", level=1)
    document.add_paragraph("Planen gäller för hela förvaltningen.")
    document.add_heading("Mål", level=2)
    document.add_paragraph("Minska väntetiden till första samtal.", style="List Bullet")
    table = document.add_table(rows=2, cols=3)
    for row, values in zip(table.rows, [("Mått", "2023", "2024"), ("Väntetid (dagar)", "21", "14")], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.save(path)
    return path


def test_a_docx_reads_into_headings_paragraphs_lists_and_a_table(tmp_path: Path) -> None:
    path = build(tmp_path / "plan.docx")
    assert supported(path)
    parsed = read_document(path)
    blocks = parsed.source.blocks
    assert parsed.source.file_format == "docx" and not parsed.source.has_pages
    assert [(b.kind, b.level) for b in blocks if b.kind == "heading"] == [("heading", 1), ("heading", 2)]
    assert any(b.kind == "list_item" and "väntetiden" in b.text for b in blocks)
    [table] = [b for b in blocks if b.kind == "table"]
    assert table.rows == (("Mått", "2023", "2024"), ("Väntetid (dagar)", "21", "14"))
    assert [b.line_start for b in blocks] == sorted(b.line_start for b in blocks)
    assert parsed.chunks and any("14" in c.text for c in parsed.chunks)


def test_a_zip_bomb_is_refused_before_it_inflates(tmp_path: Path) -> None:
    source = build(tmp_path / "plan.docx").read_bytes()
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(io.BytesIO(source)) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for member in original.infolist():
            bomb.writestr(member, original.read(member))
        with bomb.open("word/media/image1.bin", "w", force_zip64=True) as big:
            for _ in range(150):
                big.write(bytes(1_000_000))
    with pytest.raises(UnreadableDocument, match=r"packas upp till 15\d MB"):
        read_document(path)


def test_a_damaged_docx_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "trasig.docx"
    path.write_bytes(build(tmp_path / "plan.docx").read_bytes()[:3000])
    with pytest.raises(UnreadableDocument, match="skadad"):
        read_document(path)


def test_a_tjansteskrivelse_whose_letterhead_is_a_field_grid_is_one(tmp_path: Path) -> None:
    """No line says 'Tjänsteskrivelse': a Word letterhead grid (Datum, Diarienummer, Handläggare) and an ärende
    heading over 'Förslag till beslut' make it one, titled by its ärende, not 'Rapport 2024' (invented)."""
    import docx

    document = docx.Document()
    grid = document.add_table(rows=3, cols=2)
    for i, (key, value) in enumerate((("Datum", "2024-04-10"), ("Diarienummer", "KS 2024/118"),
                                      ("Handläggare", "Eva Nordin"))):
        grid.cell(i, 0).text, grid.cell(i, 1).text = key, value
    document.add_paragraph("Kommunstyrelsen")
    document.add_heading("Bidrag till föreningar för sommarlovsaktiviteter 2024", level=1)
    document.add_heading("Förslag till beslut", level=2)
    document.add_paragraph("Kommunstyrelsen beslutar att fördela 1,2 mnkr i bidrag till föreningar.")
    path = tmp_path / "ks_tjansteskrivelse.docx"
    document.save(str(path))
    parsed = read_document(path)
    assert parsed.document_type == "tjänsteskrivelse"
    assert parsed.title == "Bidrag till föreningar för sommarlovsaktiviteter 2024"
    proposal = next(c for c in parsed.chunks if "1,2 mnkr" in c.text)
    assert proposal.diarienummer == "KS 2024/118"


def test_a_protokoll_field_grid_gives_one_fact_per_field(tmp_path: Path) -> None:
    """A DOCX protokoll's first-page grid of short fields (invented): no row is a header, so no field's value runs
    into the next one's ("Övriga: Kim Åberg (S) Sofia Lund …" when Ersättare was read as a header)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Forsby kommun")
    document.add_heading("PROTOKOLL", level=1)
    document.add_paragraph("Kultur- och fritidsnämnden")
    table = document.add_table(rows=0, cols=2)
    for key, value in (("Sammanträdesdatum", "2024-09-17"), ("Plats och tid", "Kulturhuset, kl. 18.00–20.15"),
                       ("Beslutande", "Lars Ek (S), ordförande\nMia Holm (M)"), ("Ersättare", "Kim Åberg (S)"),
                       ("Övriga", "Sofia Lund, förvaltningschef\nErik Sand, sekreterare"), ("Justerare", "Mia Holm (M)")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = key, value
    document.add_heading("§ 33 Dnr KFN 2024/45", level=2)
    document.add_paragraph("Kultur- och fritidsnämnden godkänner delårsrapporten.")
    path = tmp_path / "kfn_protokoll_2024-09-17.docx"
    document.save(path)

    facts = [c.fact.split(" — ", 1)[1] for c in read_document(path).chunks if c.kind == "field"]
    assert "Ersättare: Kim Åberg (S)" in facts and "Justerare: Mia Holm (M)" in facts, facts
    assert "Plats och tid: Kulturhuset, kl. 18.00–20.15" in facts, facts
    assert any(f.startswith("Övriga: Sofia Lund") for f in facts), facts


def test_a_word_page_header_and_footnotes_are_read(tmp_path: Path) -> None:
    """The letterhead set only in Word's page header names the document a tjänsteskrivelse and its board; its ärende
    is the plain line after the field lines; a footnote's figure is text like any other (invented)."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "ÅSKOGA KOMMUN\tByggnadsnämnden\tTJÄNSTESKRIVELSE"
    for line in ("Datum: 2025-03-02", "Diarienummer: BN 2025/41", "Till: Byggnadsnämnden",
                 "Ny rutin för slutbesked i enklare bygglovsärenden"):
        document.add_paragraph(line)
    document.add_heading("Sammanfattning", level=1)
    paragraph = document.add_paragraph("Förvaltningen föreslår en förenklad rutin för slutbesked.")
    paragraph.add_run()._r.append(parse_xml(f'<w:footnoteReference {ns} w:id="1"/>'))
    notes = (f'<w:footnotes {ns}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve"> Under 2024 gavs 212 '
             'slutbesked i enklare ärenden.</w:t></w:r></w:p></w:footnote></w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                notes.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    path = tmp_path / "askoga_bn_tjansteskrivelse.docx"
    document.save(str(path))
    parsed = read_document(path)
    assert parsed.source.letterhead == ("ÅSKOGA KOMMUN\tByggnadsnämnden\tTJÄNSTESKRIVELSE",)
    assert parsed.document_type == "tjänsteskrivelse"
    assert parsed.title == "Ny rutin för slutbesked i enklare bygglovsärenden"
    assert (parsed.committee, parsed.municipality) == ("Byggnadsnämnden", "Åskoga kommun")
    note = next(c for c in parsed.chunks if "212 slutbesked" in c.text)
    assert "Under 2024 gavs 212 slutbesked i enklare ärenden." in note.text
    # Every passage is the ärende's: under its title, with the diarienummer of its field lines.
    assert {(c.section_path[0], c.diarienummer) for c in parsed.chunks} == {
        ("Ny rutin för slutbesked i enklare bygglovsärenden", "BN 2025/41")}


def test_a_header_over_two_rows_names_each_column_by_both(tmp_path: Path) -> None:
    """A group cell merged across the columns under it ("Budget 2026" over "Intäkter | Kostnader | Netto"; invented
    figures): each row's fact names a column by both rows, so the year of each "Netto" is not lost. A table whose top
    row merges nothing keeps its rows as they are."""
    from docx import Document

    document = Document()
    document.add_heading("Budget per verksamhet", level=2)
    table = document.add_table(rows=4, cols=5)
    top = table.rows[0].cells
    top[1].merge(top[3])
    for cell, value in zip(table.rows[0].cells, ("Verksamhet", "Budget 2026", "Budget 2026", "Budget 2026",
                                                  "Budget 2025"), strict=True):
        cell.text = value
    for row, values in zip(table.rows[1:], [("Verksamhet", "Intäkter", "Kostnader", "Netto", "Netto"),
                                             ("Bygglov", "9 850", "13 420", "-3 570", "-3 210"),
                                             ("Kart och mät", "1 940", "4 510", "-2 570", "-2 480")], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    path = tmp_path / "budget.docx"
    document.save(path)
    facts = [c.fact for c in read_document(path).chunks if c.fact]
    assert "Budget per verksamhet — Bygglov: Budget 2026 Intäkter 9 850; Budget 2026 Kostnader 13 420; " \
           "Budget 2026 Netto -3 570; Budget 2025 Netto -3 210" in facts, facts
    plain = read_document(build(tmp_path / "plan.docx"))
    [table_block] = [b for b in plain.source.blocks if b.kind == "table"]
    assert table_block.rows == (("Mått", "2023", "2024"), ("Väntetid (dagar)", "21", "14"))


def test_minutes_set_in_a_table_of_paragraphs_read_into_their_paragraphs(tmp_path: Path) -> None:
    """A Word protokoll (invented) whose §§ stand in one table, the § number alone in the left cell and the title,
    diarienummer, text and bold "Beslut"/"Reservation" lines in the right; the page header one paragraph whose lines
    are broken by a line break ("Ekeby kommun⇥SAMMANTRÄDESPROTOKOLL↵Byggnadsnämnden⇥Sammanträdesdatum …"). Each §
    is read with its title, diarienummer, decision and reservation, the header names the document a protokoll."""
    import docx

    document = docx.Document()
    header = document.sections[0].header.paragraphs[0]
    header.add_run("Ekeby kommun\tSAMMANTRÄDESPROTOKOLL")
    header.add_run().add_break()
    header.add_run("Byggnadsnämnden\tSammanträdesdatum 2026-03-19")
    document.add_paragraph("Byggnadsnämnden")
    grid = document.add_table(rows=2, cols=2)
    for r, (key, value) in enumerate((("Plats och tid", "Kommunhuset, torsdagen den 19 mars 2026 kl. 13.00–15.00"),
                                      ("Utses att justera", "Anders Berg (M)"))):
        grid.cell(r, 0).text, grid.cell(r, 1).text = key, value
    table = document.add_table(rows=2, cols=2)
    paragraphs = (("§ 23", [("Val av justerare", True), ("Beslut", True),
                            ("Byggnadsnämnden utser Anders Berg (M) till justerare.", False)]),
                  ("§ 24", [("Bygglov för flerbostadshus, Mjölnaren 7", True), ("Dnr BN 2025-000341", False),
                            ("Förvaltningen föreslår att bygglov beviljas.", False), ("Beslut", True),
                            ("Byggnadsnämnden beviljar bygglov med 6 röster mot 3.", False), ("Reservation", True),
                            ("Anders Berg (M) och Leif Nord (KD) reserverar sig mot beslutet.", False)]))
    for r, (number, lines) in enumerate(paragraphs):
        table.cell(r, 0).paragraphs[0].add_run(number).bold = True
        cell = table.cell(r, 1)
        for n, (text, bold) in enumerate(lines):
            paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
            paragraph.add_run(text).bold = bold
    path = tmp_path / "bn_protokoll_2026-03-19.docx"
    document.save(str(path))
    parsed = read_document(path)
    assert parsed.document_type == "protokoll" and parsed.board is not None, parsed.document_type
    items = {i.paragraph: i for i in parsed.board.items}
    assert sorted(items) == ["23", "24"], items
    bygglov = items["24"]
    assert bygglov.title == "Bygglov för flerbostadshus, Mjölnaren 7" and bygglov.diarienummer == "BN 2025-000341"
    assert bygglov.decision is not None and bygglov.decision.text.startswith("Byggnadsnämnden beviljar bygglov")
    assert bygglov.reservationer == ("Anders Berg (M)", "Leif Nord (KD)"), bygglov.reservationer


def test_an_agenda_in_word_list_numbering_is_read_with_its_numbers(tmp_path: Path) -> None:
    """A Word kallelse (invented) whose föredragningslista is a numbered list: the numbers are Word's, not in the
    text, and each item's diarienummer stands on the line under it ("Dnr KS.2025.112"). The agenda is read with
    the numbers as printed and each item's diarienummer; that line is no heading of a section."""
    import docx

    document = docx.Document()
    document.add_heading("Kallelse till kommunstyrelsens arbetsutskott", level=1)
    document.add_paragraph("Tid: tisdagen den 7 april 2026, kl. 08.30")
    document.add_heading("Föredragningslista", level=2)
    for title, dnr, text in (("Val av justerare", None, None),
                             ("Markanvisning för bostäder i Östra Hagen", "Dnr KS.2025.112",
                              "Förslag till markanvisningsavtal om ett område på cirka 1,8 hektar."),
                             ("Upphandling av företagshälsovård", "Dnr KS.2026.022",
                              "Nuvarande avtal löper ut och ett nytt avtal beräknas till 1,2 mnkr per år.")):
        document.add_paragraph(title, style="List Number")
        if dnr:
            document.add_paragraph(dnr)
            document.add_paragraph(text)
    path = tmp_path / "ksau_kallelse_2026-04-07.docx"
    document.save(str(path))
    parsed = read_document(path)
    assert parsed.board is not None and parsed.board.kind == "kallelse", parsed.document_type
    assert [(i.number, i.title, i.diarienummer) for i in parsed.board.items] == [
        ("1", "Val av justerare", None), ("2", "Markanvisning för bostäder i Östra Hagen", "KS.2025.112"),
        ("3", "Upphandling av företagshälsovård", "KS.2026.022")]
    assert not any("Dnr" in part for c in parsed.chunks for part in c.section_path), [c.section_path for c in parsed.chunks]


def test_a_protokoll_dated_in_a_header_cell_whose_fields_share_lines(tmp_path: Path) -> None:
    """A Word protokoll (invented): the page header in columns ("EKEBY KOMMUN⇥Protokoll⇥Gymnasienämnden
    2026-02-12") dates it, and two fields share a line, parted by a tab ("Justerare: Eva Lund (C)⇥Justeringsdatum:
    2026-02-17"): the justerare is the name alone, the title has the meeting's date."""
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "EKEBY KOMMUN\tProtokoll\tGymnasienämnden 2026-02-12"
    document.add_heading("Gymnasienämnden – protokoll", level=1)
    document.add_paragraph("Tid och plats: kl. 17.30–20.05, Ekeby gymnasium, aulan")
    document.add_paragraph("Justerare: Eva Lund (C)\tJusteringsdatum: 2026-02-17\nParagrafer: §§ 8–9")
    document.add_heading("§ 8 Val av justerare", level=2)
    document.add_paragraph("Gymnasienämnden utser Eva Lund (C) att justera protokollet.")
    document.add_heading("§ 9 Inackorderingstillägg", level=2)
    document.add_paragraph("Gymnasienämnden beslutar att tillägget höjs till 2 150 kronor per månad.")
    path = tmp_path / "gyn_protokoll.docx"
    document.save(str(path))
    parsed = read_document(path)
    assert parsed.title == "Protokoll gymnasienämnden 2026-02-12", parsed.title
    assert parsed.board.meeting.justerare == ("Eva Lund (C)",), parsed.board.meeting


def test_a_letterhead_in_text_boxes_is_read(tmp_path: Path) -> None:
    """A Word tjänsteskrivelse (invented) whose letterhead stands in a floating text box anchored in the first
    paragraph (the municipality, "TJÄNSTESKRIVELSE", the date, the Dnr and the handläggare), written as Word writes it:
    the drawing and its VML fallback, each with the box's paragraphs. The box is read once, before the paragraph it
    is anchored in: the ärende has its diarienummer and handläggare."""
    import docx
    from docx.oxml import parse_xml

    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    lines = ("Ekeby kommun", "TJÄNSTESKRIVELSE", "Datum: 2025-11-05", "Dnr: Ks2025/0333",
             "Handläggare: Sara Wenn, valsamordnare")
    box = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    run = parse_xml(f'<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>'
                    f'<w:txbxContent>{box}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>'
                    f'<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox>'
                    f'</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    document = docx.Document()
    document.add_paragraph()._p.append(run)
    document.add_paragraph("Till valnämnden")
    document.add_heading("Lokaler för förtidsröstning vid valen 2026", level=1)
    document.add_heading("Förslag till beslut", level=2)
    document.add_paragraph("Valnämnden beslutar att förtidsröstning ordnas i sex lokaler.")
    path = tmp_path / "valn_tjansteskrivelse.docx"
    document.save(str(path))
    parsed = read_document(path)
    texts = [b.text for b in parsed.source.blocks]
    assert texts.count("Dnr: Ks2025/0333") == 1, texts
    (item,) = parsed.board.items
    assert (item.diarienummer, item.handlaggare) == ("Ks2025/0333", "Sara Wenn"), item
    assert parsed.municipality == "Ekeby kommun", parsed.municipality


def test_the_fields_of_word_content_controls_are_read(tmp_path: Path) -> None:
    """A Word tjänsteskrivelse (invented) from a template with content controls: the sender's lines as one block
    control, the Dnr and the handläggare as controls inside the cells of the letterhead table, and a date control
    still showing its placeholder. What the controls hold is read where it stands — the ärende has its diarienummer
    and handläggare — and the placeholder, never written, is not."""
    import docx
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def control(inner: str, placeholder: bool = False) -> str:
        shown = "<w:showingPlcHdr/>" if placeholder else ""
        return f'<w:sdt {ns}><w:sdtPr><w:alias w:val="Fält"/>{shown}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>'

    document = docx.Document()
    body = document.element.body
    sender = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in ("Lerviks kommun", "Arbetsmarknadsförvaltningen"))
    body.insert(0, parse_xml(control(sender)))
    table = document.add_table(rows=3, cols=2)
    for row, (label, value, placeholder) in zip(table.rows, [
            ("Diarienummer", "AMN.2025.19", False), ("Handläggare", "Jonas Berg, utredare", False),
            ("Datum", "Klicka här för att ange datum", True)], strict=True):
        row.cells[0].text = label
        paragraph = row.cells[1].paragraphs[0]._p
        paragraph.append(parse_xml(control(f"<w:r><w:t>{value}</w:t></w:r>", placeholder)))
    document.add_heading("Svar på motion om feriejobb", level=1)
    document.add_heading("Förslag till beslut", level=2)
    document.add_paragraph("Arbetsmarknadsnämnden föreslår kommunfullmäktige besluta att motionen anses besvarad.")
    path = tmp_path / "amn_tjansteskrivelse.docx"
    document.save(str(path))
    parsed = read_document(path)
    text = "\n".join(b.text for b in parsed.source.blocks)
    assert "Lerviks kommun" in text and "AMN.2025.19" in text and "Jonas Berg" in text, text
    assert "Klicka här" not in text, text
    (item,) = parsed.board.items
    assert (item.diarienummer, item.handlaggare) == ("AMN.2025.19", "Jonas Berg"), item


def test_a_page_headers_date_paragraph_and_diarienummer_are_read_as_the_documents_text(tmp_path: Path) -> None:
    """A taxa adopted by fullmäktige (invented) whose adoption — date, § and diarienummer — stands only in Word's
    page header: that line is text to search and cite, on page 1 as the header is printed; a header line of
    names only ("Ekeby kommun | Avfallstaxa 2026"), or a date the body gives too, is no text of its own."""
    from docx import Document

    document = Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "Ekeby kommun\tAvfallstaxa 2026"
    header.add_paragraph("Antagen av kommunfullmäktige 2025-11-24, § 131\tDnr KS 2025/0377")
    header.add_paragraph("Gäller från 2026-01-01")
    document.add_heading("Avfallstaxa för Ekeby kommun", level=1)
    document.add_paragraph("Taxan gäller från 2026-01-01. Grundavgiften för en villa är 1 180 kronor per år.")
    path = tmp_path / "ekeby_avfallstaxa.docx"
    document.save(path)
    parsed = read_document(path)
    cited = [c for c in parsed.chunks if "§ 131" in c.text]

    assert len(cited) == 1 and cited[0].diarienummer == "KS 2025/0377", [c.text for c in parsed.chunks]
    assert "Ekeby kommun\tAvfallstaxa 2026" not in cited[0].text and "Gäller från" not in cited[0].text
    assert cited[0].text in parsed.source.pages[0].text  # cited where it is printed, verbatim


def test_a_document_saved_with_tracked_changes_reads_as_accepted(tmp_path: Path) -> None:
    """A Word tjänsteskrivelse (invented) saved with its reviewer's changes tracked: a figure struck and a new one
    inserted, a sentence inserted whole, one deleted whole, and the same in the page header's Dnr. It reads as the
    changes accepted: the inserted words where they stand, the deleted ones nowhere."""
    import docx
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    mark = 'w:id="{}" w:author="Granskare" w:date="2025-11-03T10:00:00Z"'

    def inserted(text: str, n: int) -> str:
        return f'<w:ins {ns} {mark.format(n)}><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>'

    def deleted(text: str, n: int) -> str:
        return f'<w:del {ns} {mark.format(n)}><w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'

    document = docx.Document()
    document.add_heading("Utökad investeringsram för Bäckaskolan", level=1)
    cost = document.add_paragraph("Den totala kostnaden beräknas nu till ")
    for xml in (deleted("38,9", 1), inserted("42,3", 2)):
        cost._p.append(parse_xml(xml))
    cost.add_run(" mnkr.")
    later = document.add_paragraph("")
    later._p.append(parse_xml(inserted("Inflyttning planeras till januari 2027.", 3)))
    gone = document.add_paragraph("")
    gone._p.append(parse_xml(deleted("Inflyttning planeras till augusti 2026.", 4)))
    header = document.sections[0].header.paragraphs[0]
    header.add_run("Dnr BUN 2025/")
    for xml in (deleted("0311", 5), inserted("0313", 6)):
        header._p.append(parse_xml(xml))
    path = tmp_path / "bun_tjansteskrivelse.docx"
    document.save(str(path))
    parsed = read_document(path)
    text = "\n".join(b.text for b in parsed.source.blocks)
    assert "Den totala kostnaden beräknas nu till 42,3 mnkr." in text, text
    assert "Inflyttning planeras till januari 2027." in text, text
    assert "38,9" not in text and "augusti 2026" not in text, text
    assert "BUN 2025/0313" in " ".join(parsed.source.letterhead), parsed.source.letterhead


def test_a_simple_fields_result_and_smart_tags_are_read(tmp_path: Path) -> None:
    """A template's simple fields (the Dnr from a document property, the date) show their result, and older Word's
    smart tags wrap a place's name: what they show is read where it stands (an invented letter)."""
    import docx
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    dnr = document.add_paragraph("Diarienummer: ")
    dnr._p.append(parse_xml(f'<w:fldSimple {ns} w:instr=" DOCPROPERTY Dnr "><w:r><w:t>KS 2025/0412</w:t></w:r>'
                            '</w:fldSimple>'))
    place = document.add_paragraph("Sammanträdet hålls i ")
    place._p.append(parse_xml(f'<w:smartTag {ns} w:uri="urn:schemas-microsoft-com:office:smarttags" '
                              'w:element="place"><w:r><w:t>Tranebo rådhus</w:t></w:r></w:smartTag>'))
    place.add_run(" den ")
    place._p.append(parse_xml(f'<w:customXml {ns} w:element="datum"><w:r><w:t>20 januari 2026</w:t></w:r>'
                              '</w:customXml>'))
    place.add_run(".")
    path = tmp_path / "ks_kallelse.docx"
    document.save(str(path))
    text = "\n".join(b.text for b in read_document(path).source.blocks)
    assert "Diarienummer: KS 2025/0412" in text, text
    assert "Sammanträdet hålls i Tranebo rådhus den 20 januari 2026." in text, text
