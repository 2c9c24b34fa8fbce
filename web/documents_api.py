"""Write routes: upload documents, remove one, parse them again. Each needs an editor (or admin) key, always —
also on loopback and when reading is open. The upload reads its own body (BodyLimit lets this one route through)
so its larger limit, NAMND_MAX_UPLOAD_MB, is counted while the body streams in, chunked bodies included, and
the key is checked before a byte of it is read."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Annotated, Any

import anyio
import anyio.to_thread
from fastapi import APIRouter, Depends, Request, Response
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from assistant.service import Assistant
from index.store import IngestReport
from index.uploads import Upload, clear_stale_parts, staging_dir
from ingest.errors import UnreadableDocument
from ingest.pipeline import SUPPORTED
from ingest.sniff import check_content
from web.api import AssistantDep
from web.auth import AUTH_RESPONSES, require_editor
from web.errors import ERROR_RESPONSES, BadUpload, PayloadTooLarge, UnsupportedUpload
from web.keys import ApiKey
from web.reindex_stream import ReindexEvent, start_reindex
from web.schemas import ErrorOut, IngestReportOut
from web.streaming import unbuffered

UPLOAD_PATH = "/api/documents"
MAX_FILES = 50  # a meeting's packet is a handful of files; fifty is a whole term's protokoll at once

EditorDep = Annotated[ApiKey, Depends(require_editor)]
_WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    **ERROR_RESPONSES, **AUTH_RESPONSES,
    503: {"model": ErrorOut, "description": "Another ingest holds the writer lock past NAMND_LOCK_TIMEOUT (then with "
          "Retry-After), or the vector store cannot be reached; nothing was changed.",
          "headers": {"Retry-After": {"description": "Seconds to wait before trying again (writer lock busy).",
                                      "schema": {"type": "integer"}}}},
}
_UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {"multipart/form-data": {"schema": {
            "type": "object", "required": ["files"],
            "properties": {"files": {"type": "array", "maxItems": MAX_FILES,
                                     "items": {"type": "string", "format": "binary"},
                                     "description": "PDF, TXT, MD, HTML or DOCX files; the type is read from the "
                                     "content, and it must agree with the file name's ending."}},
        }}},
    },
}

router = APIRouter(tags=["dokument"], responses=_WRITE_RESPONSES)


@router.post(
    UPLOAD_PATH, response_model=IngestReportOut, openapi_extra=_UPLOAD_BODY,
    responses={
        400: {"model": ErrorOut, "description": "The multipart body could not be read, or held no files."},
        413: {"model": ErrorOut, "description": "The upload is larger than NAMND_MAX_UPLOAD_MB; nothing was stored."},
        415: {"model": ErrorOut, "description": "A file's type is not supported, or its content is another type than "
              "its name says; nothing was stored."},
    },
)
async def upload_documents(request: Request, _: EditorDep, assistant: AssistantDep) -> IngestReportOut:
    """Add or replace documents (multipart field `files`, repeatable) and return the ingest report. A file with
    the same (safe) name as an earlier upload replaces it; a file that cannot be read is reported as skipped."""
    limit = int(assistant.settings.max_upload_mb * 1_000_000)
    _check_declared_size(request, limit)
    if not request.headers.get("content-type", "").lower().startswith("multipart/form-data"):
        raise UnsupportedUpload("Skicka filerna som multipart/form-data i fältet 'files'.")
    parser = MultiPartParser(request.headers, _counted(request.stream(), limit), max_files=MAX_FILES, max_fields=10)
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        raise BadUpload(f"Uppladdningen kunde inte läsas som multipart/form-data ({exc.message}).") from exc
    try:
        files = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
        if not files:
            raise BadUpload("Uppladdningen innehöll inga filer (fältet 'files').")
        uploads = await _stage(assistant, files)
    finally:
        await form.close()
    try:
        report = await anyio.to_thread.run_sync(assistant.upload, uploads, limiter=request.app.state.writers)
    finally:
        for upload in uploads:
            upload.path.unlink(missing_ok=True)  # ingested files were moved away; this drops the rest
    return IngestReportOut.from_report(report)


@router.delete("/api/documents/{document_id}", response_model=IngestReportOut)
def remove_document(document_id: str, _: EditorDep, assistant: AssistantDep) -> IngestReportOut:
    """Remove a document from the catalog, the keyword index and the vectors, and its file if it was uploaded."""
    return IngestReportOut.from_report(IngestReport((assistant.remove_by_id(document_id),), 0.0))


@router.post("/api/documents/{document_id}/reindex", response_model=IngestReportOut)
def reindex_document(document_id: str, _: EditorDep, assistant: AssistantDep) -> IngestReportOut:
    """Parse one document again from its source file (after a reader improvement, say) and report it."""
    assistant.document(document_id)  # NotFound (404) for an unknown id
    return IngestReportOut.from_report(assistant.reindex([document_id]))


@router.post("/api/reindex", response_model=IngestReportOut)
def reindex_all(_: EditorDep, assistant: AssistantDep) -> IngestReportOut:
    """Parse every indexed document again from its source file; a source that is gone is reported as skipped."""
    return IngestReportOut.from_report(assistant.reindex())


def _reindex_events(_: EditorDep, assistant: AssistantDep, response: Response) -> Iterator[ReindexEvent]:
    """Started before the stream opens, so a busy index is a 503 (see reindex_stream.start_reindex)."""
    unbuffered(response)
    return start_reindex(assistant)


@router.post(
    "/api/reindex/stream",
    responses={200: {"description": "JSON Lines (application/jsonl): one ReindexEvent per line — `started` (how "
                     "many documents) once the writer lock is held, `document` (done, total, outcome) as each is "
                     "parsed again, then `done` with the report; `error` if it fails after it started."}},
)
def reindex_all_stream(events: Annotated[Iterator[ReindexEvent], Depends(_reindex_events)]) -> Iterator[ReindexEvent]:
    """As /api/reindex, with its progress streamed as JSON Lines."""
    yield from events


def _check_declared_size(request: Request, limit: int) -> None:
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise PayloadTooLarge(_too_large(limit))


async def _counted(stream: AsyncIterator[bytes], limit: int) -> AsyncIterator[bytes]:
    """The body as it arrives, stopped with 413 as soon as it passes `limit` (a chunked body declares no size)."""
    size = 0
    async for chunk in stream:
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(_too_large(limit))
        yield chunk


def _too_large(limit: int) -> str:
    return (f"Uppladdningen är för stor (högst {limit / 1_000_000:g} MB sammanlagt, NAMND_MAX_UPLOAD_MB). "
            "Inget sparades; dela upp filerna på flera uppladdningar.")


async def _stage(assistant: Assistant, files: list[UploadFile]) -> list[Upload]:
    """Check every file's type (by name and by content) before any is kept; then copy them to the staging folder.
    One refused file refuses the whole upload, so the report never mixes stored and refused files."""
    checked: list[tuple[str, UploadFile]] = []
    for file in files:
        name = file.filename or "dokument"
        suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if suffix not in SUPPORTED:
            raise UnsupportedUpload(f"{name}: filtypen stöds inte (stöds: PDF, TXT, MD, HTML och DOCX).")
        await file.seek(0)
        head = await file.read()
        try:
            check_content(name, head)
        except UnreadableDocument as exc:
            raise UnsupportedUpload(exc.message) from exc
        checked.append((name, file))
    folder = staging_dir(assistant.settings.uploads_path)
    clear_stale_parts(folder)
    uploads: list[Upload] = []
    try:
        for name, file in checked:
            uploads.append(Upload(name, folder / f"{uuid.uuid4().hex}.part"))
            await file.seek(0)
            await anyio.to_thread.run_sync(_copy, file, uploads[-1].path)
    except BaseException:
        for upload in uploads:
            upload.path.unlink(missing_ok=True)
        raise
    return uploads


def _copy(file: UploadFile, path: Path) -> None:
    with path.open("wb") as target:
        shutil.copyfileobj(file.file, target)
