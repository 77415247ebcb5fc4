"""Prefect flow `build-timeline`: the newsline pipeline as tasks, one task per batch of files or documents.

Run it directly with `python -m flows.build_timeline [INPUT_DIR] [OUTPUT_DIR]`, through `newsline run`, or
from the Prefect UI through the deployments in prefect.yaml.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.tasks import exponential_backoff

from flows.reporting import publish_artifacts, write_run_record
from timeline import pipeline
from timeline.models import Document
from timeline.settings import Settings

# newsline keeps its own per-document cache (timeline/cache.py); Prefect's input hashing would only cost time.
IO_RETRIES = dict(retries=3, retry_delay_seconds=exponential_backoff(backoff_factor=1), retry_jitter_factor=0.2,
                  cache_policy=NO_CACHE)
PLAIN = dict(cache_policy=NO_CACHE)


@task(name="discover-inputs", **IO_RETRIES)
def discover_inputs(settings: Settings):
    return pipeline.discover(settings)


@task(name="read-files", **IO_RETRIES)
def read_files(paths: list[Path], settings: Settings) -> pipeline.Ingested:
    return pipeline.read_files(paths, settings)


@task(name="read-feed", **IO_RETRIES)
def read_feed(settings: Settings) -> pipeline.Ingested:
    from timeline.ingest import read_feed as read

    result = read(settings.feed, settings)
    return pipeline.Ingested(list(result.documents), list(result.entries))


@task(name="date-documents", **PLAIN)
def date_documents(ingested: pipeline.Ingested, settings: Settings) -> pipeline.Ingested:
    return pipeline.date_batch(ingested, settings)


@task(name="analyse-documents", **PLAIN)
def analyse_documents(documents: list[Document], state_dir: Path) -> pipeline.AnalysedBatch:
    return pipeline.analyse_batch(documents, state_dir)


@task(name="assemble-timeline", **PLAIN)
def assemble_timeline(documents, analyses, focus):
    return pipeline.build_timeline(documents, analyses, focus)


@task(name="export-timeline", **IO_RETRIES)
def export_timeline(timeline, ingested: pipeline.Ingested, settings: Settings) -> list[Path]:
    return pipeline.export(timeline, ingested, settings)


def _batches(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)] or []


@flow(name="build-timeline", log_prints=False, validate_parameters=True)
def build_timeline(settings: Settings = Settings()) -> dict:
    """Read the articles of the input folder (and feed), resolve their dates and events, and write the timeline."""
    logger = get_run_logger()
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    ingested = pipeline.Ingested()
    if settings.input_dir is not None:
        if not Path(settings.input_dir).is_dir():
            raise ValueError(f"input folder {settings.input_dir} does not exist: create it or pass another folder")
        paths, refused = discover_inputs(settings)
        ingested.entries.extend(refused)
        for part in [read_files.submit(b, settings) for b in _batches(paths, settings.batch_size)]:
            ingested.extend(part.result())
    if settings.feed:
        ingested.extend(read_feed(settings))
    ingested = date_documents(ingested, settings)
    timings["ingest"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    futures = [analyse_documents.submit(b, settings.state_dir) for b in _batches(ingested.documents, settings.batch_size)]
    batches = [f.result() for f in futures]
    analyses = [a for b in batches for a in b.analyses]
    processed, reused = sum(b.processed for b in batches), sum(b.reused for b in batches)
    timings["analyse"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    timeline = assemble_timeline(ingested.documents, analyses, settings.focus)
    timings["assemble"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    outputs = export_timeline(timeline, ingested, settings)
    timings["export"] = time.perf_counter() - t0

    summary = pipeline.summarize(ingested, timeline, processed, reused, timings, outputs)
    record = write_run_record(summary, settings)
    publish_artifacts(summary, settings)
    logger.info("%d documents read, %d rejected, %d events, %d undated; %d analysed, %d reused from the cache",
                summary.documents_ok, len(summary.rejected), summary.events, summary.undated, processed, reused)
    return record


def run_flow(settings: Settings) -> dict:
    """Run the flow in this process with the task runner the settings ask for."""
    runner_flow = build_timeline
    if settings.task_runner == "dask":
        from prefect_dask import DaskTaskRunner

        runner = DaskTaskRunner(address=settings.dask_address) if settings.dask_address else \
            DaskTaskRunner(cluster_kwargs={"n_workers": 2, "threads_per_worker": 1, "processes": True})
        runner_flow = build_timeline.with_options(task_runner=runner)
    return runner_flow(settings)


if __name__ == "__main__":
    args = sys.argv[1:]
    chosen = Settings(**({"input_dir": Path(args[0])} if args else {}),
                      **({"output_dir": Path(args[1])} if len(args) > 1 else {}))
    print(json.dumps(build_timeline(chosen), indent=2))
