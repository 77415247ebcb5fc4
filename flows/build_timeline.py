"""Prefect flow `build-timeline`: the newsline pipeline as tasks, one task per batch of files or documents.

Run it directly with `python -m flows.build_timeline [INPUT_DIR] [OUTPUT_DIR]`, through `newsline run`, or
from the Prefect UI through the deployments in prefect.yaml.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Literal, Optional

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff
from prefect.utilities.annotations import quote
from pydantic import Field
from pydantic.fields import FieldInfo

from flows.reporting import artifact_content, publish_artifacts, write_run_record
from timeline import pipeline
from timeline.last_run import inputs_digest, kept_run
from timeline.models import Document
from timeline.settings import Settings

# Large task inputs (documents, analyses, the timeline) are passed in `quote(...)`: Prefect then hands them
# over as they are instead of walking every nested field looking for futures (seconds at 10,000 articles).
# newsline keeps its own per-document cache (timeline/cache.py); Prefect's input hashing would only cost time.
IO_RETRIES = dict(retries=3, retry_delay_seconds=exponential_backoff(backoff_factor=1), retry_jitter_factor=0.2,
                  cache_policy=NO_CACHE)
PLAIN = dict(cache_policy=NO_CACHE)
ARTIFACTS = "artifacts"   # in the last run's record: what its artifacts showed


@task(name="discover-inputs", **IO_RETRIES)
def discover_inputs(settings: Settings):
    return pipeline.discover(settings)


@task(name="read-files", **IO_RETRIES)
def read_files(paths: list[Path], settings: Settings) -> pipeline.Ingested:
    return pipeline.read_files(paths, settings)


def _transient_fetch_failure(task, task_run, state) -> bool:
    """Retry a fetch only when it may work next time (timeouts, 5xx), not on a 404 or an oversized page."""
    from timeline.ingest import TransientFetchError

    error = state.data if isinstance(state.data, BaseException) else state.result(raise_on_failure=False)
    return isinstance(error, TransientFetchError)


@task(name="fetch-page", retries=3, retry_delay_seconds=exponential_backoff(backoff_factor=2),
      retry_jitter_factor=0.2, retry_condition_fn=_transient_fetch_failure, cache_policy=NO_CACHE)
def fetch_page(url: str, settings: Settings) -> bytes:
    from timeline.ingest import fetch_page as fetch

    return fetch(url, settings)


def read_feed(settings: Settings) -> pipeline.Ingested:
    """The feed and its linked pages; each download is a task run with retries and back-off."""
    from timeline.ingest import read_feed as read

    return read(settings.feed, settings, fetch=fetch_page)


@task(name="date-documents", **PLAIN)
def date_documents(ingested: pipeline.Ingested, settings: Settings) -> pipeline.Ingested:
    with pipeline.collections_paused():   # one task at a time: no other work's garbage is kept waiting
        return pipeline.date_batch(ingested, settings)


@task(name="load-cached-analyses", **PLAIN)
def load_cached_analyses(documents: list[Document], state_dir: Path) -> dict[int, pipeline.DocumentAnalysis]:
    return pipeline.cached_analyses(documents, state_dir)


@task(name="analyse-documents", **PLAIN)
def analyse_documents(documents: list[Document], state_dir: Path, workers: int) -> pipeline.AnalysedBatch:
    return pipeline.analyse_batch(documents, state_dir, workers, cached={})


@task(name="assemble-timeline", **PLAIN)
def assemble_timeline(documents, analyses, focus, state_dir):
    with pipeline.collections_paused():
        return pipeline.build_timeline(documents, analyses, focus, state_dir)


@task(name="export-timeline", **IO_RETRIES)
def export_timeline(timeline, ingested: pipeline.Ingested, settings: Settings) -> list[Path]:
    with pipeline.collections_paused():
        return pipeline.export(timeline, ingested, settings)


def _batches(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)] or []


# The deployment's Run form: one field per setting, with the setting's type, default, bounds and description.
# The task runner settings are left out: a deployment takes its task runner from the flow, `run_flow` from them.
DEFAULTS = Settings()
FLOW_PARAMETERS = [name for name in Settings.model_fields if name not in ("task_runner", "dask_address")]


def _param(name: str) -> FieldInfo:
    """The setting's default and description as a flow parameter (Prefect reads both into the schema)."""
    info = Settings.model_fields[name]
    bounds = {k: getattr(m, k) for m in info.metadata for k in ("ge", "gt", "le", "lt") if hasattr(m, k)}
    return Field(getattr(DEFAULTS, name), description=info.description, **bounds)


class StageFailed(RuntimeError):
    """A stage of the run failed as a whole: the message names it and says what to do."""


@contextmanager
def _stage(name: str, advice: str):
    try:
        yield
    except StageFailed:
        raise
    except Exception as exc:
        raise StageFailed(f"{name} failed: {type(exc).__name__}: {exc}. {advice} "
                          "The outputs of the previous run are untouched.") from exc


@flow(name="build-timeline", log_prints=False, validate_parameters=True)
def build_timeline(
    input_dir: Optional[Path] = _param("input_dir"),
    output_dir: Path = _param("output_dir"),
    state_dir: Path = _param("state_dir"),
    anchor_date: Optional[dt.date] = _param("anchor_date"),
    feed: Optional[str] = _param("feed"),
    lanes: Literal["story", "actor", "place"] = _param("lanes"),
    focus: Optional[str] = _param("focus"),
    embed_plotly: bool = _param("embed_plotly"),
    base_url: str = _param("base_url"),
    max_document_bytes: int = _param("max_document_bytes"),
    fetch_timeout_s: float = _param("fetch_timeout_s"),
    fetch_max_bytes: int = _param("fetch_max_bytes"),
    batch_size: int = _param("batch_size"),
    analysis_workers: int = _param("analysis_workers"),
) -> dict:
    """Read the articles of the input folder (and feed), resolve their dates and events, and write the timeline.

    Relative folders resolve against the project folder (the deployment's working directory). Only new or
    changed articles are analysed; the others come from the per-document cache in the state folder. When
    no article, setting or code changed since the last complete run, its outputs are kept as they are.
    """
    given = dict(locals())
    settings = Settings(**{name: given[name] for name in FLOW_PARAMETERS})
    return _build(settings)


def _runs_on_threads() -> bool:
    from prefect.context import FlowRunContext
    from prefect.task_runners import ThreadPoolTaskRunner

    context = FlowRunContext.get()
    return context is None or isinstance(context.task_runner, ThreadPoolTaskRunner)


def _build(settings: Settings) -> dict:
    logger = get_run_logger()
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    ingested = pipeline.Ingested()
    digest = None
    if settings.input_dir is not None:
        if not Path(settings.input_dir).is_dir():
            raise StageFailed(f"input folder '{settings.input_dir}' does not exist (working directory {Path.cwd()}): "
                              "create it and put articles in it, or set input_dir to another folder")
        with _stage("reading the input folder", f"Check that '{settings.input_dir}' is readable."):
            paths, refused = discover_inputs(settings)
            digest = inputs_digest(settings, paths, refused)
            kept = kept_run(settings, digest)
            shown = kept.extra.get(ARTIFACTS) if kept is not None else None
            if isinstance(shown, dict) and {"markdown", "rows"} <= shown.keys():  # a library run has none to show
                return _keep_outputs(pipeline.kept_summary(kept, time.perf_counter() - t0), shown, settings)
            ingested.entries.extend(refused)
            batches = _batches(paths, settings.batch_size)
            if _runs_on_threads():
                # Reading is Python work under one lock (the GIL): side by side on threads, every file
                # operation waits for the lock behind the others' parsing, which costs more than it saves.
                parts = [read_files(b, settings) for b in batches]
            else:  # Dask: batches are read in its worker processes, truly side by side
                parts = [f.result() for f in [read_files.submit(b, settings) for b in batches]]
            for part in parts:
                ingested.extend(part)
    if settings.feed:
        with _stage("reading the feed", f"Check that the feed '{settings.feed}' is reachable, or clear `feed`."):
            ingested.extend(read_feed(settings))
    with _stage("dating the documents", "This is a bug in newsline: report it with the manifest of the inputs."):
        ingested = date_documents(quote(ingested), settings)
    timings["ingest"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    with _stage("analysing the documents", f"If the cache in '{settings.state_dir}' is damaged, delete that folder "
                                           "and run again."):
        # The cache is read by one task: many threads each opening thousands of small files wait on one
        # another for the interpreter lock after every file operation (a rerun's reading took 2-3x longer).
        cached = load_cached_analyses(quote(ingested.documents), settings.state_dir)
        todo = [d for i, d in enumerate(ingested.documents) if i not in cached]
        # Batches of new documents run side by side on the task runner's threads; their documents go to one
        # shared pool of worker processes (timeline/parallel.py), so the analysis uses every core.
        workers = pipeline.analysis_workers(settings, len(todo))
        wrap = quote if _runs_on_threads() else (lambda b: b)  # Dask ships a quoted list as a bare tuple
        futures = [analyse_documents.submit(wrap(b), settings.state_dir, workers)
                   for b in _batches(todo, settings.batch_size)]
        batches = [f.result() for f in futures]
        pipeline.release_workers()
    fresh = iter(a for b in batches for a in b.analyses)
    analyses = [cached[i] if i in cached else next(fresh) for i in range(len(ingested.documents))]
    processed, reused = len(todo), len(cached)
    ingested = pipeline.note_failures(ingested, {k: v for b in batches for k, v in b.failed.items()})
    timings["analyse"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    with _stage("assembling the timeline", "This is a bug in newsline: report it with the manifest of the inputs."):
        timeline = assemble_timeline(quote(ingested.documents), quote(analyses), settings.focus, settings.state_dir)
    # The timeline holds what the export needs: the analyses (every candidate) need not stay alive. Prefect's
    # finished task runs keep their inputs and results (in reference cycles that only a full collection
    # frees): the containers are emptied, not just let go of, so the analyses are freed now, not after the export.
    analyses.clear()
    cached.clear()
    for batch in batches:
        batch.analyses.clear()
    del fresh, futures, batches
    timings["assemble"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    with _stage("writing the outputs", f"Check that '{settings.output_dir}' is writable and the disk is not full."):
        outputs = export_timeline(quote(timeline), quote(ingested), settings)
    timings["export"] = time.perf_counter() - t0

    summary = pipeline.summarize(ingested, timeline, processed, reused, timings, outputs)
    record = write_run_record(summary, settings)
    content = artifact_content(summary, settings)
    publish_artifacts(content, settings)
    pipeline.remember(settings, digest, summary, {ARTIFACTS: content})
    logger.info("%d documents read, %d rejected, %d events, %d undated; %d analysed, %d reused from the cache",
                summary.documents_ok, len(summary.rejected), summary.events, summary.undated, processed, reused)
    return record


def _keep_outputs(summary: pipeline.RunSummary, artifacts: dict, settings: Settings) -> dict:
    record = write_run_record(summary, settings)
    publish_artifacts(artifacts, settings, kept=True)
    get_run_logger().info("No article, setting or code changed since the last complete run: its outputs in '%s' "
                          "are kept (%d documents, %d events)", settings.output_dir, summary.documents_ok,
                          summary.events)
    return record


def flow_parameters(settings: Settings) -> dict:
    """The flow's parameters for these settings (the task runner settings are applied by `run_flow`)."""
    return {name: getattr(settings, name) for name in FLOW_PARAMETERS}


def run_flow(settings: Settings) -> dict:
    """Run the flow in this process with the task runner the settings ask for."""
    runner_flow = build_timeline
    if settings.task_runner == "dask":
        from prefect_dask import DaskTaskRunner

        runner = DaskTaskRunner(address=settings.dask_address) if settings.dask_address else \
            DaskTaskRunner(cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": True})
        runner_flow = build_timeline.with_options(task_runner=runner)
        settings = settings.model_copy(update={"analysis_workers": 1})  # Dask's workers are the parallelism
    return runner_flow(**flow_parameters(settings))


if __name__ == "__main__":
    args = sys.argv[1:]
    chosen = Settings(**({"input_dir": Path(args[0])} if args else {}),
                      **({"output_dir": Path(args[1])} if len(args) > 1 else {}))
    print(json.dumps(run_flow(chosen), indent=2))
