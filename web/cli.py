"""The `namnd` command line: ingest, remove, doctor, backup, restore, ask, search, serve, mcp, eval, calibrate,
bench."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from assistant.service import Assistant

app = typer.Typer(help="Nämndassistenten – frågor och svar ur nämndens handlingar.", no_args_is_help=True,
                  pretty_exceptions_enable=False)
console = Console()
err = Console(stderr=True)


def _assistant() -> Assistant:
    from assistant.service import Assistant
    from assistant.settings import Settings

    return Assistant.from_settings(Settings())


def _fail(message: str) -> None:
    err.print(f"[red]Fel:[/red] {message}")
    raise typer.Exit(2)


def _run(action):  # noqa: ANN001, ANN202 - the one place CLI errors become messages
    from assistant.errors import AssistantError
    from ingest.errors import IngestError

    try:
        return action()
    except (AssistantError, IngestError) as exc:
        _fail(exc.message)
    except ValueError as exc:
        _fail(str(exc))


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (PDF, DOCX, txt, md, html).")],
    prune: Annotated[bool, typer.Option(help="Remove indexed documents whose files are gone from these folders.")] = False,
) -> None:
    """Read documents into the index; unchanged files are skipped, changed ones replaced."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from index.store import expand

    missing = [p for p in paths if not p.exists()]
    if missing:
        _fail(f"Hittar inte: {', '.join(map(str, missing))}")
    assistant = _run(_assistant)
    assistant.index.on_lock_wait = lambda message: err.print(f"[yellow]{message}[/yellow]")
    files, _ = expand(paths)
    with Progress(TextColumn("[bold]Läser in[/bold] {task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, transient=not sys.stderr.isatty()) as progress:
        task = progress.add_task("", total=len(files))

        def on_file(path: Path, outcome) -> None:  # noqa: ANN001
            progress.update(task, advance=1, description=f"{path.name} ({outcome.status})")

        report = _run(lambda: assistant.ingest(paths, prune=prune, on_file=on_file))
    table = Table(title="Inläsning")
    for column in ("filer", "nya", "ändrade", "oförändrade", "borttagna", "överhoppade", "sidor", "chunkar", "sekunder"):
        table.add_column(column, justify="right")
    table.add_row(str(len(report.outcomes)), str(report.count("added")), str(report.count("updated")),
                  str(report.count("unchanged")), str(report.count("removed")), str(report.count("skipped")),
                  str(report.pages), str(report.chunks), f"{report.seconds:.1f}")
    console.print(table)
    for outcome in report.skipped:
        console.print(f"[yellow]Hoppade över[/yellow] {outcome.file}: {outcome.reason}")


@app.command()
def remove(document: Annotated[str, typer.Argument(help="File name or document id.")]) -> None:
    """Remove a document and its chunks from the index."""
    assistant = _run(_assistant)
    assistant.index.on_lock_wait = lambda message: err.print(f"[yellow]{message}[/yellow]")
    record = _run(lambda: assistant.remove(document))
    console.print(f"Tog bort {record.file_name} ({record.chunks} chunkar).")


@app.command()
def doctor(
    repair: Annotated[bool, typer.Option(help="Remove orphans and re-embed or re-index what is missing.")] = False,
) -> None:
    """Compare catalog, keyword index and vector store; exit code 1 if they disagree (after --repair: still)."""
    from index import doctor as checks

    assistant = _run(_assistant)
    assistant.index.on_lock_wait = lambda message: err.print(f"[yellow]{message}[/yellow]")
    if repair:
        found, after = _run(lambda: checks.repair(assistant.index))
    else:
        found = after = _run(lambda: checks.check(assistant.index))
    table = Table(title="Kontroll av indexet")
    table.add_column("vad")
    table.add_column("antal", justify="right")
    for label, value in (("dokument", found.documents), ("chunkar i katalogen", found.chunks),
                         ("vektorer", found.vectors), ("vektorer utan chunk (föräldralösa)", len(found.orphan_vectors)),
                         ("chunkar utan vektor", len(found.missing_vectors)),
                         ("sökordsrader utan chunk", len(found.orphan_terms)),
                         ("chunkar utan sökord", len(found.missing_terms)),
                         ("meningar utan vektor", len(found.missing_sentences))):
        table.add_row(label, str(value))
    console.print(table)
    if found.consistent:
        console.print("Katalog, sökordsindex och vektorlager stämmer överens.")
    elif repair and after.consistent:
        console.print("Lagat: föräldralösa rader borttagna, det som saknades inläst igen. Nu stämmer allt.")
    else:
        console.print("Katalog, sökordsindex och vektorlager stämmer inte överens" +
                      (" ens efter lagning." if repair else ": kör `namnd doctor --repair`."))
        raise typer.Exit(1)


@app.command()
def backup(target: Annotated[Path, typer.Argument(help="New or empty folder for the snapshot.")]) -> None:
    """Write a consistent snapshot of the index while the server may run: the data dir's catalog and embedded
    vectors, or with NAMND_DATABASE_URL a pg_dump of the database and the uploaded files."""
    from assistant.settings import Settings
    from index.backup import backup as take_backup
    from index.lock import WriterLock

    settings = Settings()
    if settings.database:
        from index.pg_backup import pg_backup

        manifest = _run(lambda: pg_backup(settings.database, target, settings.uploads_path, settings.pg_bin))
        console.print(f"Säkerhetskopia av databasen i {target}: {manifest.documents} dokument, "
                      f"{manifest.chunks} chunkar (pg_dump, med de uppladdade filerna).")
        return
    lock = WriterLock(settings.data_dir / "writer.lock", settings.lock_timeout)
    embedded = settings.vector_store == "chroma"
    manifest = _run(lambda: take_backup(settings.data_dir, target, lock, with_vectors=embedded))
    console.print(f"Säkerhetskopia i {target}: {manifest.documents} dokument, {manifest.chunks} chunkar.")
    if not embedded:
        console.print("Vektorerna ligger i Chroma-servern och kopierades inte: efter `namnd restore` läser "
                      "`namnd doctor --repair` in dem igen (ur inbäddningscachen där den har dem).")


@app.command()
def restore(source: Annotated[Path, typer.Argument(help="A folder written by `namnd backup`.")]) -> None:
    """Restore a snapshot into a new, empty data dir (NAMND_DATA_DIR), or with NAMND_DATABASE_URL into a database
    that holds no documents yet."""
    from assistant.settings import Settings
    from index.backup import restore as put_back
    from index.lock import WriterLock

    settings = Settings()
    if settings.database:
        from index.pg_backup import pg_restore

        manifest = _run(lambda: pg_restore(source, settings.database, settings.uploads_path, settings.pg_bin))
        console.print(f"Återställde {manifest.documents} dokument ({manifest.chunks} chunkar, kopia från "
                      f"{manifest.created}) till databasen.")
        return
    lock = WriterLock(settings.data_dir / "writer.lock", settings.lock_timeout)
    manifest = _run(lambda: put_back(source, settings.data_dir, lock))
    console.print(f"Återställde {manifest.documents} dokument ({manifest.chunks} chunkar, kopia från "
                  f"{manifest.created}) till {settings.data_dir}.")


@app.command()
def documents() -> None:
    """List the indexed documents."""
    assistant = _run(_assistant)
    table = Table(title="Dokument")
    for column in ("id", "fil", "typ", "titel", "sidor", "chunkar"):
        table.add_column(column)
    for r in assistant.documents():
        table.add_row(r.document_id, r.file_name, r.document_type, r.title, str(r.pages), str(r.chunks))
    console.print(table)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="Frågan, på svenska eller engelska.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")] = False,
) -> None:
    """Answer a question with numbered citations."""
    assistant = _run(_assistant)
    answer = _run(lambda: assistant.ask(question))
    if as_json:
        from dataclasses import asdict

        payload = {"question": answer.question, "answer": answer.text, "abstained": answer.abstained,
                   "partial": answer.partial, "conversation_id": answer.conversation_id, "citations": [asdict(c) for c in answer.citations]}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    console.print(answer.text)
    for c in answer.citations:
        where = f"s. {c.page}" if c.page else f"rad {c.line_start}–{c.line_end}"
        console.print(f"[dim][{c.n}] {c.source}, {where} – {c.section}[/dim]\n    «{c.quote}»")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Sökfråga.")],
    k: Annotated[int, typer.Option(help="Number of hits.")] = 10,
) -> None:
    """Show the passages retrieval finds for a query."""
    assistant = _run(_assistant)
    for i, hit in enumerate(_run(lambda: assistant.search(query, k)), start=1):
        c = hit.chunk
        where = f"s. {c.page}" if c.page else f"rad {c.line_start}"
        console.print(f"[bold]{i}.[/bold] {hit.score:.4f} {c.source} {where} – {c.section}\n    {(c.fact or c.text)[:200]}")


@app.command()
def serve(
    host: Annotated[Optional[str], typer.Option(help="Address to listen on.")] = None,  # noqa: UP007, UP045 - kept as Optional for typer
    port: Annotated[Optional[int], typer.Option(help="Port to listen on.")] = None,  # noqa: UP007, UP045 - kept as Optional for typer
) -> None:
    """Serve the JSON API and the chat page."""
    import logging

    import uvicorn

    from assistant.settings import Settings
    from web.auth import bind_refusal

    settings = Settings()
    refusal = bind_refusal(host or settings.host, settings.require_read_key, settings.public_read)
    if refusal:
        _fail(refusal)
    # uvicorn's access log writes the query string, which holds a search's question: ours (web/security.py)
    # writes method, path, status and time only.
    logging.basicConfig(level=logging.INFO, format="%(levelname)s:     %(message)s")
    uvicorn.run("web.app:create_app", factory=True, host=host or settings.host, port=port or settings.port,
                log_level="info", access_log=False)


keys_app = typer.Typer(help="API keys with a role (reader, editor, admin), stored hashed in the data dir.",
                       no_args_is_help=True)
app.add_typer(keys_app, name="keys")


def _key_store():  # noqa: ANN202
    from assistant.settings import Settings
    from web.keys import make_key_store

    settings = Settings()
    return make_key_store(settings.database, settings.keys_path)


@keys_app.command("create")
def keys_create(
    role: Annotated[str, typer.Option(help="reader, editor or admin.")],
    name: Annotated[str, typer.Option(help="Who or what the key is for.")] = "",
) -> None:
    """Create a key and print it once: only its hash is kept."""
    record, key = _run(lambda: _key_store().create(role, name))
    console.print(f"Ny nyckel {record.key_id} ({record.role}, {record.name}). Spara den nu, den visas bara en gång:")
    print(key)


@keys_app.command("list")
def keys_list() -> None:
    """List the keys (never the keys themselves)."""
    table = Table(title="API-nycklar")
    for column in ("id", "namn", "roll", "skapad", "återkallad"):
        table.add_column(column)
    for r in _run(lambda: _key_store().list()):
        table.add_row(r.key_id, r.name, r.role, r.created_at, r.revoked_at or "")
    console.print(table)


@keys_app.command("revoke")
def keys_revoke(key_id: Annotated[str, typer.Argument(help="The key's id (from `namnd keys list`).")]) -> None:
    """Revoke a key at once, in every running server."""
    record = _run(lambda: _key_store().revoke(key_id))
    console.print(f"Nyckeln {record.key_id} ({record.role}, {record.name}) är återkallad.")


@app.command("mcp")
def mcp_stdio() -> None:
    """Serve the MCP tools (search, ask, get_document) over stdio, for an MCP-capable assistant."""
    from web.mcp_server import run_stdio

    run_stdio()


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold questions, JSON lines (shared/eval/dev.jsonl format).")],
    half: Annotated[str, typer.Option(help="'both' prints the tune half (even ids) and the check half (odd ids) "
                                      "side by side; 'tune', 'check' or 'all' score one set.")] = "both",
    details: Annotated[bool, typer.Option(help="Print every question of the tune half with its rank and answer "
                                          "(never the check half: it is looked at only as totals).")] = False,
    extraction: Annotated[Optional[Path], typer.Option(help="Also score protokoll extraction against this gold file "  # noqa: UP007, UP045 - typer
                                                       "(protokoll_gold.json: meeting fields, § number, dnr, outcome; "
                                                       "text and PDF), and whether every kallelse's agenda reads the "
                                                       "same from its text export and its PDF.")] = None,
    perturb: Annotated[Optional[str], typer.Option(help="Score the questions as typed with one kind of error, the "  # noqa: UP007, UP045 - typer
                                                   "same every run: typo (one letter lost, doubled or swapped in "
                                                   "the longest word), fold (å, ä, ö written a, o) or split (the "
                                                   "longest compound written apart). Questions it cannot change "
                                                   "are left out.")] = None,
) -> None:
    """Score retrieval and answers on a gold set: the tune and check halves side by side."""
    from assistant.evaluation import PERTURBATIONS, load_gold, page_reader, perturbed, split
    from assistant.evaluation import evaluate as run_eval

    if not gold.is_file():
        _fail(f"Hittar inte {gold}")
    if half not in ("both", "tune", "check", "all"):
        _fail(f"--half ska vara both, tune, check eller all (fick '{half}').")
    if perturb is not None and perturb not in PERTURBATIONS:
        _fail(f"--perturb ska vara {', '.join(PERTURBATIONS)} (fick '{perturb}').")
    assistant = _run(_assistant)
    if not assistant.documents():
        _fail("Indexet är tomt: kör `namnd ingest` först.")
    page_text = page_reader(assistant.index.catalog.pages)

    def ask(question: str):  # noqa: ANN202 - the chat is timed as a question never seen before
        assistant.index.clear_query_cache()
        return assistant.ask(question)

    if extraction is not None:
        _extraction_scores(extraction)
    items = load_gold(gold)
    if perturb is not None:
        items = perturbed(items, perturb)
    halves = ("tune", "check") if half == "both" else (half,)
    reports = {name: run_eval(split(items, name), lambda q: assistant.search(q, 10), ask, page_text) for name in halves}
    first = reports[halves[0]]
    print_report(first.rows(), f"Utvärdering – {halves[0]}")
    if half == "both":
        print_halves({name: r.rows()["overall"] for name, r in reports.items()})
    if details and "check" not in halves[:1]:
        for r in first.results:
            mark = "✓" if r.contains_all else ("∅" if r.answer.abstained else "✗")
            console.print(f"{mark} {r.item.id} [{r.item.category}] rank={r.found_at} ev={r.answer.evidence:.2f} {r.item.question}\n"
                          f"    → {r.answer.text[:300]}")


def _extraction_scores(gold: Path) -> None:
    """Protokoll extraction (text and PDF) and agenda agreement, from the folders beside the gold file's folder."""
    from ingest.protokoll_eval import agenda_agreement
    from ingest.protokoll_eval import evaluate as score_extraction

    shared = gold.resolve().parent.parent
    folders = {"protokoll, text": (shared / "corpus-protokoll", ".txt"),
               "protokoll, PDF": (shared / "corpus-protokoll-pdf", ".pdf")}
    if not gold.is_file() or not all(folder.is_dir() for folder, _ in folders.values()):
        _fail(f"Hittar inte {gold} med corpus-protokoll och corpus-protokoll-pdf bredvid.")
    table = Table(title="Extraktion")
    for column in ("mått", "rätt", "av", "andel"):
        table.add_column(column, justify="left" if column == "mått" else "right")
    scores = {name: score_extraction(gold, folder, suffix) for name, (folder, suffix) in folders.items()}
    scores["kallelsernas dagordning, text = PDF"] = agenda_agreement(shared / "corpus", shared / "corpus-pdf")
    for name, score in scores.items():
        table.add_row(name, str(score.right), str(score.total), f"{score.share:.3f}")
    console.print(table)


@app.command()
def calibrate(
    gold: Annotated[list[Path] | None, typer.Argument(help="Gold files to fit on; only their tune halves are used. "
                                                      "Default: ../shared/eval/dev.jsonl and dev2.jsonl.")] = None,
    out: Annotated[Path, typer.Option(help="Where to write the fitted weights.")] = Path("assistant/calibration.json"),
    off_topic: Annotated[Optional[list[Path]], typer.Option(help="Questions the indexed documents do not answer, "  # noqa: UP007, UP045 - typer
                                                            "fitted as unanswerable (all of them; repeatable). "
                                                            "Default: assistant/off_topic.jsonl and "
                                                            "assistant/near_miss.jsonl, written for the sample "
                                                            "corpus; pass others for another corpus.")] = None,
    probe: Annotated[Optional[list[Path]], typer.Option(help="A folder of other board documents (`docs/`) with "  # noqa: UP007, UP045 - typer
                                                        "questions over them (`questions.jsonl`, each marked "
                                                        "answerable or not), e.g. eval/probes/c; its documents are "
                                                        "read into a temporary index and its questions fitted "
                                                        "beside the rest for the evidence model (repeatable).")] = None,
    sentence_only: Annotated[bool, typer.Option(help="Fit only the sentence model; keep the judge, the evidence "
                                                "model and its threshold from the calibration in use "
                                                "(NAMND_CALIBRATION or the package's).")] = False,
) -> None:
    """Fit the passage, sentence and evidence models on the tune split over the current index."""
    import tempfile
    from dataclasses import replace

    from assistant.calibrate import NEAR_MISS, OFF_TOPIC, fit
    from assistant.evaluation import load_gold, split
    from assistant.service import Assistant

    files = gold or [Path("../shared/eval/dev.jsonl"), Path("../shared/eval/dev2.jsonl")]
    # Questions on other boards' subjects teach the model what a subject no document treats looks like; near misses
    # (the subject is there, the asked fact is not) what a close passage that does not answer looks like.
    extra = off_topic or [OFF_TOPIC, NEAR_MISS]
    probes = probe or []
    missing = [f for f in (*files, *extra, *(p / "questions.jsonl" for p in probes)) if not f.is_file()]
    if missing:
        _fail(f"Hittar inte {missing[0]}")
    assistant = _run(_assistant)
    if not assistant.documents():
        _fail("Indexet är tomt: kör `namnd ingest` först.")
    # dev.jsonl was written for tuning as a whole; other files give only their even ids.
    items = [item for f in files for item in (load_gold(f) if f.name == "dev.jsonl" else split(load_gold(f), "tune"))]
    items += [replace(item, category="unanswerable") for f in extra for item in load_gold(f)]
    log = lambda m: err.print(f"[dim]{m}[/dim]")  # noqa: E731
    with tempfile.TemporaryDirectory(prefix="namnd-calibrate-") as scratch:
        others = []
        for folder in probes:
            # Each probe gets an index of its own, as another municipality's installation would; the embedding
            # cache is shared, so a second fit embeds nothing.
            # (embedded SQLite and Chroma under the scratch folder, never the configured database or server).
            settings = assistant.settings.model_copy(update={
                "data_dir": Path(scratch) / folder.name, "embedding_cache": assistant.settings.embedding_cache_path,
                "database_url": None, "vector_store": "chroma"})
            other = _run(lambda s=settings: Assistant.from_settings(s))
            report = _run(lambda o=other, f=folder: o.ingest([f / "docs"]))
            log(f"{folder}: {len(report.outcomes)} dokument inlästa.")
            others.append((other, load_gold(folder / "questions.jsonl")))
        keep = assistant.answerer.calibration if sentence_only else None
        calibration = _run(lambda: fit(assistant, items, log=log, others=others, keep=keep))
    out.write_text(calibration.to_json() + "\n", encoding="utf-8")
    console.print(f"Vikterna skrevs till {out}.")


@app.command()
def bench(
    docs: Annotated[list[Path] | None, typer.Option(
        "--docs", help="Document or folder to benchmark on (repeatable). Default: ../shared/corpus-pdf.")] = None,
    text_exports: Annotated[bool, typer.Option(help="Also ingest the text exports in ../shared/corpus.")] = False,
    gold: Annotated[Path, typer.Option(help="Gold questions, JSON lines.")] = Path("../shared/eval/dev2.jsonl"),
    half: Annotated[str, typer.Option(help="Half of the gold set to score and time: check (odd ids, the default: "
                                      "never tuned on), tune (even ids) or all.")] = "check",
    scales: Annotated[str, typer.Option(help="Corpus sizes for the scale curve, e.g. 1,10,50 ('' skips it).")] = "1,10,50",
    repeats: Annotated[int, typer.Option(help="Timed passes over the gold questions, after a warm-up.")] = 3,
    skip_baseline: Annotated[bool, typer.Option(help="Do not build the LangChain + Chroma baseline.")] = False,
    reuse_vectors: Annotated[bool, typer.Option(help="Replica chunks borrow their original's vector instead of being "
                                                "embedded (ingest figures then exclude embedding).")] = True,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write every figure here as JSON.")] = None,
    load: Annotated[bool, typer.Option("--load", help="Instead: fairness under load over HTTP on loopback, on the "
                                       "current index (5 longest questions in flight, then 50 chats at once).")] = False,
    serving: Annotated[bool, typer.Option(help="Also time the OpenAI-compatible and MCP routes against /api/chat, "
                                          "and the LLM writer if --llm-url is given (over the index in "
                                          "NAMND_DATA_DIR).")] = False,
    only_serving: Annotated[bool, typer.Option(help="Only the --serving figures.")] = False,
    llm_url: Annotated[Optional[str], typer.Option(help="OpenAI-compatible URL of a model for the LLM writer's "  # noqa: UP007, UP045 - typer
                                                   "figures, e.g. http://127.0.0.1:8080/v1.")] = None,
    engines: Annotated[bool, typer.Option("--engines", help="Instead: SQLite + Chroma against PostgreSQL + pgvector "
                                          "on the same documents (--docs, default ../shared/corpus), chats over "
                                          "HTTP at ×1, ×10 and ×50.")] = False,
    database_url: Annotated[Optional[str], typer.Option(help="With --engines: an EMPTY scratch PostgreSQL database "  # noqa: UP007, UP045 - typer
                                                        "to fill; default: an embedded PostgreSQL of its own.")] = None,
) -> None:
    """Benchmark our pipeline against a LangChain + Chroma baseline, then query latency as the corpus grows."""
    if load:
        _bench_load(gold)
        return
    if engines:
        _bench_engines(docs or [Path("../shared/corpus")], gold, database_url)
        return
    from assistant.bench import BenchConfig, header, run_bench, tables
    from assistant.settings import Settings

    if serving or only_serving:
        _run(lambda: _bench_serving(gold, repeats, llm_url))
        if only_serving:
            return

    try:
        sizes = tuple(int(s) for s in scales.split(",") if s.strip())
    except ValueError:
        _fail(f"--scales ska vara heltal med komma emellan, t.ex. 1,10,50 (fick '{scales}').")
    paths = tuple(docs or [Path("../shared/corpus-pdf")]) + ((Path("../shared/corpus"),) if text_exports else ())
    if half not in ("check", "tune", "all"):
        _fail(f"--half ska vara check, tune eller all (fick '{half}').")
    config = BenchConfig(paths, gold, Settings(), sizes, repeats, not skip_baseline, reuse_vectors, half)
    result = _run(lambda: run_bench(config, log=lambda message: err.print(f"[dim]{message}[/dim]")))
    console.print(header(result))
    for table in tables(result):
        console.print(table)
    if json_out:
        json_out.write_text(result.to_json(), encoding="utf-8")
        console.print(f"Alla mätvärden i {json_out}.")


def _bench_engines(docs: list[Path], gold: Path, database_url: str | None) -> None:
    import contextlib
    import tempfile

    from pydantic import SecretStr

    from assistant.evaluation import load_gold
    from assistant.service import Assistant
    from assistant.settings import Settings
    from web.engine_bench import measure_engine, scratch_postgres

    if not gold.is_file():
        _fail(f"Hittar inte {gold}")
    questions = [item.question for item in load_gold(gold)]
    base = Settings()
    with contextlib.ExitStack() as stack:
        url = database_url or stack.enter_context(scratch_postgres())
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="namnd-bench-")))
        common = {"embedding_cache": base.embedding_cache_path.resolve(), "vector_store": "chroma"}
        sqlite = Assistant.from_settings(base.model_copy(update={"data_dir": folder / "sqlite", **common}))
        postgres = Assistant.from_settings(base.model_copy(update={
            "data_dir": folder / "pg", "database_url": SecretStr(url), "vector_store": "pgvector",
            "embedding_cache": common["embedding_cache"]}))
        if postgres.documents():
            _fail("Databasen är inte tom: ge --database-url en tom databas för jämförelsen.")
        levels = []
        for name, assistant in (("SQLite + Chroma", sqlite), ("PostgreSQL + pgvector", postgres)):
            report = _run(lambda a=assistant: a.ingest(docs))
            err.print(f"[dim]{name}: {report.count('added')} dokument inlästa på {report.seconds:.1f} s[/dim]")
            levels.extend(_run(lambda n=name, a=assistant: measure_engine(n, a, questions)))
    table = Table(title="SQLite mot PostgreSQL: chattar över HTTP (loopback), samma körning")
    for column in ("motor", "samtidiga", "svar", "fel", "503", "p50 s", "p95 s"):
        table.add_column(column, justify="left" if column == "motor" else "right")
    for level in levels:
        lat = level.latencies
        table.add_row(level.engine, f"×{level.concurrency}", str(lat.count), str(lat.errors), str(lat.busy),
                      f"{lat.p50:.2f}", f"{lat.p95:.2f}")
    console.print(table)


def _bench_load(gold: Path) -> None:
    from assistant.evaluation import load_gold
    from web.load import run_load

    if not gold.is_file():
        _fail(f"Hittar inte {gold}")
    assistant = _run(_assistant)
    if not assistant.documents():
        _fail("Indexet är tomt: kör `namnd ingest` först.")
    questions = [item.question for item in load_gold(gold)]
    result = _run(lambda: run_load(assistant, questions))
    table = Table(title=f"Last över HTTP (loopback, {result.seconds:.0f} s)")
    for column in ("fas", "svar", "fel", "503", "p50 s", "p95 s", "max s"):
        table.add_column(column, justify="left" if column == "fas" else "right")
    phases = {f"normal fråga, {result.long_in_flight} längsta ({result.long_question_chars} tecken) pågår":
              result.normal_under_long, "längsta frågorna själva": result.long_requests,
              "50 samtidiga chattar": result.concurrent_chats}
    for name, lat in phases.items():
        table.add_row(name, str(lat.count), str(lat.errors), str(lat.busy), f"{lat.p50:.2f}", f"{lat.p95:.2f}",
                      f"{lat.worst:.2f}")
    console.print(table)


def _bench_serving(gold: Path, repeats: int, llm_url: str | None) -> None:
    """Route overhead over /api/chat and, with a model, the LLM writer's speed and how much verification drops."""
    from assistant.evaluation import load_gold
    from assistant.service import Assistant
    from assistant.settings import Settings
    from web.bench_routes import measure_routes

    settings = Settings()
    assistant = Assistant.from_settings(settings)
    if not assistant.documents():
        _fail(f"Indexet i {settings.data_dir} är tomt: kör `namnd ingest` först.")
    questions = [item.question for item in load_gold(gold)]
    routes = measure_routes(assistant, questions[:10], repeats)
    table = Table(title=f"Vägarnas tillägg över /api/chat ({min(10, len(questions))} frågor × {repeats})")
    for column in ("route", "p50 ms", "p95 ms", "overhead p50 ms"):
        table.add_column(column, justify="left" if column == "route" else "right")
    for route, latency in routes.latencies.items():
        table.add_row(route, _fmt(latency.p50_ms), _fmt(latency.p95_ms), _fmt(routes.overhead_ms(route)))
    console.print(table)
    if llm_url:
        from assistant.bench.llm import measure_writer
        from assistant.llm_writer import LLMWriter

        writer = LLMWriter(llm_url, settings.llm_model, settings.llm_api_key.get_secret_value(),
                           settings.llm_timeout, settings.llm_max_tokens, settings.answer_sources)
        figures = measure_writer(assistant, writer, questions)
        table = Table(title=f"LLM-skribenten ({llm_url}, {figures.questions} frågor, {figures.asked_model} till modellen)")
        table.add_column("metric")
        table.add_column("value", justify="right")
        table.add_row("time to first token p50 / p95 (ms)",
                      f"{_fmt(figures.first_token.p50_ms)} / {_fmt(figures.first_token.p95_ms)}")
        table.add_row("tokens/s", _fmt(figures.tokens_per_second))
        table.add_row("sentences written / dropped", f"{figures.sentences_written} / {figures.sentences_dropped}")
        table.add_row("share of LLM sentences dropped", _fmt(figures.dropped_share))
        table.add_row("answers by writer", ", ".join(f"{k} {v}" for k, v in sorted(figures.writers.items())))
        table.add_row("fallbacks", ", ".join(f"{k} {v}" for k, v in sorted(figures.fallbacks.items())) or "–")
        console.print(table)


def print_halves(overall: dict[str, dict]) -> None:
    """The overall figures of the tune and check halves side by side, with the gap that shows overfitting."""
    table = Table(title="Tune mot check (en skillnad över 0,10 är överanpassning)")
    for column in ("mått", "tune", "check", "skillnad"):
        table.add_column(column, justify="left" if column == "mått" else "right")
    for metric, value in overall["tune"].items():
        other = overall["check"][metric]
        gap = abs(value - other) if isinstance(value, float) and isinstance(other, float) and metric[-2:] != "ms" else None
        flag = " ⚠" if gap is not None and gap > 0.10 else ""
        table.add_row(metric, _fmt(value), _fmt(other), (_fmt(gap) + flag) if gap is not None else "–")
    console.print(table)


def print_report(rows: dict[str, dict], title: str = "Utvärdering") -> None:
    metrics = list(next(iter(rows.values())).keys())
    table = Table(title=title)
    table.add_column("kategori")
    for m in metrics:
        table.add_column(m, justify="right")
    for name, values in rows.items():
        table.add_row(name, *[_fmt(values[m]) for m in metrics])
    console.print(table)


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, int):
        return str(value)
    return f"{value:.2f}" if value <= 1.0 else f"{value:.0f}"


def main() -> None:
    # Pin thread pools before numpy/torch load; tests and servers share two cores.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    app()


if __name__ == "__main__":
    main()
