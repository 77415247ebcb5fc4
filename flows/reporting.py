"""What a run tells the people who started it: the run record file and the Prefect artifacts."""

from __future__ import annotations

import json
from pathlib import Path

from timeline.export.atomic import write_text_atomic
from timeline.pipeline import RunSummary
from timeline.settings import Settings

RUN_RECORD = "run.json"
TABLE_ROWS = 500  # the UI's table artifact stays responsive; the full list is in timeline.csv


def run_record(summary: RunSummary, settings: Settings) -> dict:
    return {
        "documents_ok": summary.documents_ok,
        "documents_rejected": len(summary.rejected),
        "events": summary.events,
        "undated_mentions": summary.undated,
        "documents_analysed": summary.processed,
        "documents_reused_from_cache": summary.reused,
        "seconds": {k: round(v, 3) for k, v in summary.timings.items()},
        "outputs": [p.name for p in summary.outputs],
        "output_dir": str(settings.output_dir),
        "outputs_kept": summary.kept,
    }


def write_run_record(summary: RunSummary, settings: Settings) -> dict:
    """Times and counts of this run go to their own file, so the timeline files stay byte-identical."""
    record = run_record(summary, settings)
    try:
        from prefect.runtime import flow_run

        record["flow_run_id"] = flow_run.id
    except Exception:  # not inside a flow run
        pass
    write_text_atomic(Path(settings.output_dir) / RUN_RECORD, json.dumps(record, indent=2, sort_keys=True) + "\n")
    return record


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def summary_markdown(summary: RunSummary, settings: Settings) -> str:
    events = summary.timeline.events
    lines = [
        "# newsline run",
        "",
        f"- Documents read: **{summary.documents_ok}**, rejected: **{len(summary.rejected)}**",
        f"- Events: **{summary.events}**, undated mentions: **{summary.undated}**",
        f"- Analysed now: {summary.processed}, reused from the cache: {summary.reused}",
    ]
    if events:
        lines.append(f"- Date range: {min(e.start for e in events)} to {max(e.end for e in events)}")
    conflicts = [e for e in events if e.conflicts]
    lines.append(f"- Events with conflicting dates: {len(conflicts)}")
    lines.append(f"- Timeline page: [{settings.base_url.rstrip('/')}/timeline.html]({settings.base_url.rstrip('/')}/timeline.html)")
    if summary.rejected:
        lines += ["", "## Rejected inputs", "", "| source | status | reason |", "|---|---|---|"]
        lines += [f"| {_cell(e.source)} | {e.status} | {_cell(e.reason)} |" for e in summary.rejected]
    if conflicts:
        lines += ["", "## Conflicts", ""]
        lines += [f"- {_cell(e.title)}: {_cell(c.description)}" for e in conflicts for c in e.conflicts]
    return "\n".join(lines) + "\n"


def event_rows(summary: RunSummary) -> list[dict]:
    return [
        {"start": e.start.isoformat(), "end": e.end.isoformat(), "title": e.title, "granularity": e.granularity,
         "confidence": e.confidence, "sources": len({m.document for m in e.mentions}),
         "documents": "; ".join(sorted({m.document for m in e.mentions})), "conflicts": len(e.conflicts)}
        for e in summary.timeline.events[:TABLE_ROWS]
    ]


def artifact_content(summary: RunSummary, settings: Settings) -> dict:
    """What the artifacts of a run show; kept with the run's record, so that a run finding nothing changed
    shows it again."""
    return {"markdown": summary_markdown(summary, settings), "rows": event_rows(summary)}


KEPT_NOTE = ("**No input changed since the last complete run: its outputs are kept.** "
             "The figures below are that run's.\n\n")


def publish_artifacts(content: dict, settings: Settings, kept: bool = False) -> None:
    """A Markdown summary, a table of events and a link to the page served by `newsline serve`."""
    from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact

    markdown = content["markdown"]
    if kept:
        title, _, rest = markdown.partition("\n\n")
        markdown = f"{title}\n\n{KEPT_NOTE}{rest}"
    create_markdown_artifact(markdown=markdown, key="newsline-summary",
                             description="Documents, events, date range and conflicts of this run")
    create_table_artifact(table=content["rows"], key="newsline-events",
                          description=f"Timeline events (first {TABLE_ROWS}; all of them in timeline.csv)")
    create_link_artifact(link=f"{settings.base_url.rstrip('/')}/timeline.html", link_text="Open the timeline",
                         key="newsline-timeline", description="Served by `newsline serve` from the output folder")
