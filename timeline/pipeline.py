"""The stages of a run as plain functions: the Prefect flow and the tests call these same functions.

ingest (read files and feeds) -> date (creation times from the batch) -> analyse (time expressions and
events, per document, cached) -> assemble (one timeline) -> export (files in the output folder).
A run that finds the same inputs, settings and code as the last complete one keeps its outputs
(timeline/last_run.py).
"""

from __future__ import annotations

import gc
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from timeline.assemble import assemble
from timeline.assembly_memo import GroupingMemo
from timeline.cache import AnalysisCache, DocumentAnalysis, IngestCache
from timeline.events import extract_events
from timeline.ingest.documents import ReadResult
from timeline.last_run import KeptRun, inputs_digest, kept_run, remember_run
from timeline.models import Document, Manifest, ManifestEntry, Timeline
from timeline.parallel import available_cores, map_in_workers, release_workers
from timeline.settings import Settings
from timeline.stories import story_clusters, story_words
from timeline.temporal import find_timexes


# Everything read so far: documents and one manifest entry per input, document or rejected part.
Ingested = ReadResult


@dataclass
class AnalysedBatch:
    analyses: list[DocumentAnalysis]
    processed: int
    reused: int
    failed: dict[str, str] = field(default_factory=dict)   # document id -> why its analysis failed


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = True


@contextmanager
def collections_paused():
    """No cyclic garbage collection while a stage builds many long-lived objects. Each automatic
    collection walks every object alive, and a stage holding tens of thousands of documents, candidates
    and events triggers many: at 10,000 articles they cost about 40% of assembling and a quarter of
    exporting. The stages make no reference cycles worth collecting early. When collection resumes, what
    the stage made moves to the oldest generation (freeze, then unfreeze: no walk over it), so the first
    collection after the stage does not walk all of it either; full collections run as usual later.
    Counted, so nested or overlapping pauses resume it only when the last ends. Used around stages that
    run alone in their process (the library run; the flow's single-task stages): around a flow's
    concurrent tasks it would also keep Prefect's own cyclic garbage alive until the stage ends."""
    global _gc_pauses, _gc_was_enabled
    with _gc_lock:
        _gc_pauses += 1
        if _gc_pauses == 1:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.freeze()
                gc.unfreeze()
                gc.enable()


def discover(settings: Settings) -> tuple[list[Path], list[ManifestEntry]]:
    from timeline.ingest import discover_inputs

    if settings.input_dir is None:
        return [], []
    return discover_inputs(Path(settings.input_dir), settings)


def read_files(paths: list[Path], settings: Settings) -> Ingested:
    """Read a batch of input files; a bad file becomes a manifest entry, never an exception."""
    input_dir = Path(settings.input_dir)
    cache = IngestCache(settings.state_dir, settings.max_document_bytes) if settings.state_dir is not None else None
    out = Ingested()
    try:
        for path in paths:
            out.extend(_read_file(path, input_dir, settings, cache))
    finally:
        if cache is not None:
            cache.close()
    return out


def _read_file(path: Path, input_dir: Path, settings: Settings, cache: IngestCache | None) -> Ingested:
    """One file, from the ingest cache when its name and stat are unchanged since it was last read."""
    from timeline.ingest import read_input
    from timeline.ingest.inputs import source_name

    before = cache.stat(path) if cache else None
    if before is None:
        return read_input(path, input_dir, settings)
    source = source_name(Path(path), input_dir)
    hit = cache.get(source, before)
    if hit is not None:
        return Ingested(*hit)
    result = read_input(path, input_dir, settings)
    after = cache.stat(path)
    if after is not None and (after.st_size, after.st_mtime_ns, after.st_ctime_ns, after.st_ino) == \
            (before.st_size, before.st_mtime_ns, before.st_ctime_ns, before.st_ino):  # not changed while read
        cache.put(source, before, result.documents, result.entries)
    return result


def date_batch(ingested: Ingested, settings: Settings) -> Ingested:
    """Creation times that need the whole batch (related articles, the anchor fallback); manifest refreshed."""
    from timeline.ingest import date_documents, refresh_entries

    documents = date_documents(_unique_documents(ingested.documents), settings.anchor_date)
    documents.sort(key=lambda d: (d.source, d.id))
    entries = sorted(refresh_entries(ingested.entries, documents), key=lambda e: e.source)
    return Ingested(documents, entries)


def _unique_documents(documents: list[Document]) -> list[Document]:
    """The same article under two names is analysed once: the first name (in source order) keeps it."""
    seen: dict[str, Document] = {}
    for doc in sorted(documents, key=lambda d: d.source):
        seen.setdefault(doc.id, doc)
    return list(seen.values())


def analyse(document: Document) -> DocumentAnalysis:
    """Time expressions and event candidates of one document."""
    timexes = find_timexes(document.text, document.dct.date, document.body_start)
    return DocumentAnalysis(document_id=document.id, timexes=timexes, candidates=extract_events(document, timexes),
                            story_words=tuple(sorted(story_words(document))))


def analyse_or_reason(document: Document) -> DocumentAnalysis | str:
    """The document's analysis, or why it failed (one bad article never loses the batch)."""
    try:
        return analyse(document)
    except (ArithmeticError, ValueError, LookupError, RecursionError) as error:
        return f"analysis failed: {type(error).__name__}: {str(error)[:200]}; its events are left out"


def cached_analyses(documents: list[Document], state_dir: Path | None) -> dict[int, DocumentAnalysis]:
    """The cached analyses of these documents, by position in `documents` (misses are left out)."""
    if state_dir is None:
        return {}
    found: dict[int, DocumentAnalysis] = {}
    with AnalysisCache(state_dir) as cache:
        for i, doc in enumerate(documents):
            hit = cache.get(doc)
            if hit is not None:
                found[i] = hit
    return found


def analyse_batch(documents: list[Document], state_dir: Path | None, workers: int = 1,
                  cached: dict[int, DocumentAnalysis] | None = None) -> AnalysedBatch:
    """Analyse each document (or reuse its cached analysis), on `workers` processes for large batches.
    A document whose analysis raises gets an empty analysis, is not cached, and is named in `failed`.
    `cached`: what the caller already found in the cache (`cached_analyses`); None: look them up here."""
    found = cached_analyses(documents, state_dir) if cached is None else dict(cached)
    todo = [i for i in range(len(documents)) if i not in found]
    outcomes = map_in_workers(analyse_or_reason, [documents[i] for i in todo], workers)
    failed: dict[str, str] = {}
    cache = AnalysisCache(state_dir) if state_dir is not None and todo else None
    for i, outcome in zip(todo, outcomes):
        doc = documents[i]
        if isinstance(outcome, str):
            failed[doc.id] = outcome
            found[i] = DocumentAnalysis(document_id=doc.id, timexes=[], candidates=[])
        else:
            found[i] = outcome
            if cache:
                cache.put(doc, outcome)
    if cache:
        cache.close()
    analyses = [found[i] for i in range(len(documents))]
    processed, reused = len(todo), len(documents) - len(todo)
    return AnalysedBatch(analyses, processed, reused, failed)


def note_failures(ingested: Ingested, failed: dict[str, str]) -> Ingested:
    """The manifest entries of documents whose analysis failed say so in their reason."""
    if not failed:
        return ingested
    entries = [e.model_copy(update={"reason": "; ".join(r for r in (e.reason, failed[e.document_id]) if r)})
               if e.document_id in failed and e.status == "ok" else e for e in ingested.entries]
    return Ingested(ingested.documents, entries)


# Starting the worker processes costs about as much as analysing 400 documents in this process (measured:
# two workers ready in 0.7 s; 2.3 ms a document; loading the rules takes 0.2 s in either process): a rerun
# that adds a hundred articles analyses them here.
MIN_DOCUMENTS_FOR_WORKERS = 400


def analysis_workers(settings: Settings, documents: int) -> int:
    """How many processes analyse `documents` new documents: the setting, else every core for a large job."""
    if settings.analysis_workers:
        return settings.analysis_workers
    return available_cores() if documents >= MIN_DOCUMENTS_FOR_WORKERS else 1


def build_timeline(documents: list[Document], analyses: list[DocumentAnalysis], focus: str | None = None,
                   state_dir: Path | None = None) -> Timeline:
    """The timeline of the documents; with `state_dir`, story clusters start from the last run's."""
    words = {a.document_id: frozenset(a.story_words) for a in analyses}
    story_of = story_clusters(documents, words, state_dir)
    candidates = [c for a in analyses for c in a.candidates]
    memo = GroupingMemo(state_dir, documents) if state_dir is not None else None
    timeline = assemble(documents, candidates, story_of, memo)
    if memo is not None:
        memo.save()
    if focus:
        from timeline.export import focus_timeline

        timeline = focus_timeline(timeline, focus)
    return timeline


def export(timeline: Timeline, ingested: Ingested, settings: Settings) -> list[Path]:
    from timeline.export import write_outputs

    by_id = {d.id: d for d in ingested.documents}
    texts = {e.text_file: by_id[e.document_id].text for e in ingested.entries
             if e.text_file and e.document_id in by_id}
    return write_outputs(timeline, Manifest(documents=ingested.entries), Path(settings.output_dir), settings, texts)


@dataclass
class RunSummary:
    documents_ok: int
    rejected: list[ManifestEntry]
    events: int
    undated: int
    processed: int
    reused: int
    timings: dict[str, float]
    outputs: list[Path]
    timeline: Timeline | None   # None when the outputs of the last run were kept
    kept: bool = False           # nothing changed since the last complete run: its outputs are kept


def kept_summary(kept: KeptRun, seconds: float) -> RunSummary:
    """The summary of a run that kept the last run's outputs: that run's counts, nothing analysed now."""
    return RunSummary(documents_ok=kept.documents_ok, rejected=kept.rejected, events=kept.events,
                      undated=kept.undated, processed=0, reused=kept.documents_ok, timings={"check": seconds},
                      outputs=kept.outputs, timeline=None, kept=True)


def run(settings: Settings) -> RunSummary:
    """The whole pipeline in this process, without Prefect (the flow runs the same stages as tasks)."""
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    paths, refused = discover(settings)
    digest = inputs_digest(settings, paths, refused)
    kept = kept_run(settings, digest)
    if kept is not None:
        return kept_summary(kept, time.perf_counter() - t0)
    with collections_paused():
        ingested = Ingested(entries=list(refused))
        ingested.extend(read_files(paths, settings))
        if settings.feed:
            from timeline.ingest import read_feed

            feed = read_feed(settings.feed, settings)
            ingested.extend(feed)
        ingested = date_batch(ingested, settings)
    timings["ingest"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    with collections_paused():
        cached = cached_analyses(ingested.documents, settings.state_dir)
        workers = analysis_workers(settings, len(ingested.documents) - len(cached))
        batch = analyse_batch(ingested.documents, settings.state_dir, workers, cached)
        del cached
        ingested = note_failures(ingested, batch.failed)
    release_workers()
    timings["analyse"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    with collections_paused():
        timeline = build_timeline(ingested.documents, batch.analyses, settings.focus, settings.state_dir)
    batch.analyses = []   # the timeline holds what the export needs: the candidates need not stay alive
    timings["assemble"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    with collections_paused():
        outputs = export(timeline, ingested, settings)
    timings["export"] = time.perf_counter() - t0
    summary = summarize(ingested, timeline, batch.processed, batch.reused, timings, outputs)
    remember(settings, digest, summary)
    return summary


def remember(settings: Settings, digest: str | None, summary: RunSummary, extra: dict | None = None) -> None:
    """Leave the record that lets the next run keep these outputs if nothing changes."""
    remember_run(settings, digest, summary.documents_ok, summary.rejected, summary.events, summary.undated,
                 summary.outputs, extra)


def summarize(ingested: Ingested, timeline: Timeline, processed: int, reused: int,
              timings: dict[str, float], outputs: list[Path]) -> RunSummary:
    return RunSummary(
        documents_ok=sum(1 for e in ingested.entries if e.status == "ok"),
        rejected=[e for e in ingested.entries if e.status != "ok"],
        events=len(timeline.events), undated=len(timeline.undated), processed=processed, reused=reused,
        timings=timings, outputs=outputs, timeline=timeline,
    )
