"""The `newsline` command.

    newsline run [INPUT_DIR] --out OUTPUT_DIR [--anchor-date YYYY-MM-DD] [--feed URL_OR_FILE] ...
    newsline annotate --timeml IN_DIR --out OUT_DIR
    newsline evaluate --gold DIR [--system DIR] [--errors]
    newsline serve [--dir OUTPUT_DIR] [--port N]

User errors end with a one-line message and a non-zero exit code, never a traceback. Prefect is imported
only by `run`, so that `annotate` and `evaluate` start fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_USAGE = 0, 2


class UserError(Exception):
    """A problem the user can fix; printed as one line."""


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date of the form YYYY-MM-DD") from None


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors: `newsline run: argument --batch-size: invalid int value: 'abc'`."""

    def error(self, message: str):
        raise UserError(f"{self.prog.removeprefix('newsline').strip() or 'usage'}: {message} (see `{self.prog} --help`)")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="newsline", description="Turn news articles into a dated, deduplicated, interactive timeline.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    run = sub.add_parser("run", help="build the timeline of a folder of articles (runs the Prefect flow in-process)")
    run.add_argument("input_dir", nargs="?", type=Path, default=Path("inputs"), help="folder of articles (default: inputs)")
    run.add_argument("--out", dest="output_dir", type=Path, default=Path("outputs"), help="output folder (default: outputs)")
    run.add_argument("--anchor-date", type=_date, help="creation date for articles with no date evidence of their own")
    run.add_argument("--feed", help="RSS/Atom feed URL or file; without an explicit INPUT_DIR only the feed is read")
    run.add_argument("--state-dir", type=Path, help="folder for the per-document cache (default: .newsline)")
    run.add_argument("--lanes", choices=["story", "actor", "place"], help="group the page's events by story, actor or place")
    run.add_argument("--focus", help="keep only the events of one actor or place, e.g. 'Putin'")
    run.add_argument("--embed-plotly", action="store_true", default=None, help="embed plotly.js in the page")
    run.add_argument("--base-url", help="URL where `newsline serve` publishes the output folder")
    run.add_argument("--task-runner", choices=["thread", "dask"], help="Prefect task runner (default: thread)")
    run.add_argument("--dask-address", help="Dask scheduler address (default: a local cluster)")
    run.add_argument("--batch-size", type=int, help="documents per task")
    run.add_argument("--workers", dest="analysis_workers", type=int,
                     help="processes analysing documents side by side (default 0: one per core)")
    run.add_argument("--max-document-bytes", type=int, help="reject inputs larger than this")
    run.add_argument("--verbose", action="store_true", help="show Prefect's log lines")

    annotate = sub.add_parser("annotate", help="tag TimeML documents with newsline's TIMEX3s (TempEval-3 system output)")
    annotate.add_argument("--timeml", type=Path, required=True, help="folder of .tml files")
    annotate.add_argument("--out", type=Path, required=True, help="folder for the annotated copies")

    evaluate = sub.add_parser("evaluate", help="score time expressions against gold TimeML (TempEval-3 Task A)")
    evaluate.add_argument("--gold", type=Path, required=True, help="folder of gold .tml files (sub-folders are corpora)")
    evaluate.add_argument("--system", type=Path, help="folder of system .tml files (default: annotate on the fly)")
    evaluate.add_argument("--errors", action="store_true", help="list every miss, spurious timex and wrong value")

    serve = sub.add_parser("serve", help="serve the output folder read-only over HTTP (for the timeline link)")
    serve.add_argument("--dir", type=Path, default=Path("outputs"), help="folder to serve (default: outputs)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback only)")
    serve.add_argument("--port", type=int, default=8765, help="port (default: 8765)")
    return parser


def _settings_from(args: argparse.Namespace):
    from pydantic import ValidationError

    from timeline.settings import Settings

    given = {k: v for k, v in vars(args).items()
             if k in Settings.model_fields and v is not None}
    if args.feed and not _positional_args():
        given["input_dir"] = None  # --feed alone reads only the feed
    try:
        return Settings(**given)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise UserError(f"invalid parameter {'.'.join(map(str, first['loc']))}: {first['msg']}") from None


def _positional_args() -> list[str]:
    """Positional words after `run` (to tell `newsline run --feed X` from `newsline run DIR --feed X`)."""
    words, skip = [], False
    takes_value = {"--out", "--anchor-date", "--feed", "--state-dir", "--lanes", "--focus", "--base-url",
                   "--task-runner", "--dask-address", "--batch-size", "--max-document-bytes", "--workers"}
    for word in sys.argv[2:]:
        if skip:
            skip = False
        elif word in takes_value:
            skip = True
        elif not word.startswith("-"):
            words.append(word)
    return words


def _check_folders(settings) -> None:
    import tempfile  # only `run` needs it: `annotate` starts without it

    if settings.input_dir is not None and not Path(settings.input_dir).is_dir():
        raise UserError(f"input folder '{settings.input_dir}' does not exist or is not a folder")
    out = Path(settings.output_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise UserError(f"output folder '{out}' is not writable: {exc.strerror or exc}") from None
    state = Path(settings.state_dir)
    try:   # the per-document cache: checked now rather than failing after the inputs are read
        state.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=state, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise UserError(f"state folder '{state}' is not writable: {exc.strerror or exc}") from None


# Defaults for Prefect's embedded mode (no PREFECT_API_URL): a local SQLite-backed server started for the
# run. Its background services (scheduler, telemetry, ...) are not needed for one in-process run.
_EMBEDDED_DEFAULTS = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_LATE_RUNS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_FOREMAN_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_REPOSSESSOR_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_CANCELLATION_CLEANUP_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_PAUSE_EXPIRATIONS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",
}


def _prefect_environment(verbose: bool) -> None:
    if not os.environ.get("PREFECT_API_URL"):
        for key, value in _EMBEDDED_DEFAULTS.items():
            os.environ.setdefault(key, value)
    if not verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def _run(args: argparse.Namespace) -> int:
    settings = _settings_from(args)
    _check_folders(settings)
    _prefect_environment(verbose=args.verbose)
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    prefect_settings = get_current_settings()   # the environment and the active Prefect profile
    if prefect_settings.api.url or not prefect_settings.server.ephemeral.enabled:
        return _run_flow(settings)   # the server given, or Prefect's own error when there is none
    from flows.temporary_server import ServerDidNotStart, temporary_server

    timeout_s = prefect_settings.server.ephemeral.startup_timeout_seconds
    try:
        log_path = Path(settings.state_dir) / "prefect-server.log"
        with temporary_server(timeout_s, log_path) as api_url, temporary_settings(updates={PREFECT_API_URL: api_url}):
            if args.verbose:
                print(f"newsline: temporary Prefect server at {api_url} for this run (its log: {log_path})",
                      file=sys.stderr)
            return _run_flow(settings)
    except ServerDidNotStart as exc:
        raise UserError(f"{exc}. Set PREFECT_API_URL to run against a Prefect server of your own") from None


def _run_flow(settings) -> int:
    from flows.build_timeline import run_flow

    try:
        record = run_flow(settings)
    except Exception as exc:  # a stage failed: say which and what to do, the log above has the details
        raise UserError(f"the run failed: {type(exc).__name__}: {exc}. Outputs of the previous run are untouched; "
                        f"rerun with --verbose for the full log") from None
    out = Path(settings.output_dir)
    if record.get("outputs_kept"):
        print("newsline: no article, setting or code changed since the last run: its outputs are kept")
    print(f"newsline: {record['documents_ok']} documents, {record['events']} events, "
          f"{record['undated_mentions']} undated mentions -> {out / 'timeline.html'}")
    if record["documents_rejected"]:
        import json

        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        rejected = [d for d in manifest["documents"] if d["status"] != "ok"]
        print(f"newsline: {len(rejected)} inputs not read (details in {out / 'manifest.json'}):", file=sys.stderr)
        for entry in rejected:
            print(f"  {entry['source']}: {entry['status']}: {entry['reason']}", file=sys.stderr)
    return EXIT_OK


def _annotate(args: argparse.Namespace) -> int:
    from timeline.evaluate.commands import annotate_command

    if not args.timeml.is_dir():
        raise UserError(f"TimeML folder '{args.timeml}' does not exist")
    return annotate_command(args.timeml, args.out)


def _evaluate(args: argparse.Namespace) -> int:
    from timeline.evaluate.commands import evaluate_command

    if not args.gold.is_dir():
        raise UserError(f"gold folder '{args.gold}' does not exist")
    if args.system is not None and not args.system.is_dir():
        raise UserError(f"system folder '{args.system}' does not exist")
    return evaluate_command(args.gold, args.system, args.errors)


def _serve(args: argparse.Namespace) -> int:
    from timeline.serve import serve

    if not args.dir.is_dir():
        raise UserError(f"folder '{args.dir}' does not exist: run `newsline run` first")
    serve(args.dir, args.host, args.port)
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    if argv is not None:
        sys.argv = ["newsline", *argv]
    commands = {"run": _run, "annotate": _annotate, "evaluate": _evaluate, "serve": _serve}
    try:
        args = _parser().parse_args(sys.argv[1:])
        return commands[args.command](args)
    except UserError as exc:
        print(f"newsline: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("newsline: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
