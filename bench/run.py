"""The newsline benchmark: tagging speed against dateparser, the whole flow at 10,000 articles, the
incremental rerun, and the timeline page in headless Chromium.

    python -m bench.run            # full sizes (1,000 annotated articles, 10,000-article flow)
    python -m bench.run --quick    # small sizes, a few minutes; the same measurements
    python -m bench.run --only annotate,flow,rerun,page

Corpora are built from the development set's articles (bench/corpus.py) in a temporary folder that is
removed afterwards. Prints a table and writes bench/results/<name>.json (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from bench import corpus

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
NEWSLINE = [PYTHON, "-m", "timeline.cli"]
# The measured code: the committed tree (HEAD) exported to the work folder, so edits in progress in the
# working tree never change the code (and the cache's rules version) in the middle of a benchmark.
CODE = ROOT
RESULTS = ROOT / "bench" / "results"
CHROMIUM = os.environ.get("NEWSLINE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TIMEOUT = 1800  # seconds a measured process may take (--timeout)
MB = 1e6  # throughput in decimal megabytes
ANNOTATE_RUNS = 3  # newsline's tagging speed is the median of this many whole-process runs


# ---------------------------------------------------------------- measuring a process tree

def measure(command: list[str], env: dict | None = None, interval: float = 0.05) -> dict:
    """Run a command; wall time, CPU time (user+sys of the whole tree) and peak RSS of the process tree
    (the sum over the process and all its descendants, sampled every `interval` seconds)."""
    # Earlier steps' file writes (the corpus, the last run's outputs) are flushed first: the kernel would
    # otherwise charge their write-back to whichever process runs next.
    os.sync()
    started = time.perf_counter()
    before = os.times()
    proc = subprocess.Popen(command, cwd=CODE, env={**os.environ, "PYTHONPATH": str(CODE), **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]

    def sample() -> None:
        try:
            root = psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return
        while proc.poll() is None:
            total = 0
            try:
                for p in [root, *root.children(recursive=True)]:
                    try:
                        total += p.memory_info().rss
                    except (psutil.NoSuchProcess, psutil.AccessDenied):
                        pass
            except psutil.NoSuchProcess:
                break
            peak[0] = max(peak[0], total)
            time.sleep(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, err = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        for p in psutil.Process(proc.pid).children(recursive=True):
            p.kill()
        proc.kill()
        proc.communicate()
        raise RuntimeError(f"{' '.join(command[-6:])} did not finish in {TIMEOUT} s (peak RSS so far "
                           f"{peak[0] / 2**20:.0f} MB)") from None
    wall = time.perf_counter() - started
    sampler.join()
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({proc.returncode}):\n{err[-3000:]}")
    user = after.children_user - before.children_user
    return {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3), "user_cpu_s": round(user, 3),
            "system_cpu_s": round(cpu - user, 3), "peak_rss_mb": round(peak[0] / 2**20, 1),
            "stdout": out, "stderr": err}


# ---------------------------------------------------------------- 1. tagging + resolution

def bench_annotate(work: Path, count: int, dateparser_sample: int) -> dict:
    folder = work / "annotate-in"
    articles, file_bytes = corpus.write_timeml_corpus(folder, count)
    text_bytes = sum(len(a.text.encode("utf-8")) for a in articles)
    # The median of three runs, each into a new folder: creating a thousand files costs this VM's file
    # system anywhere from 0.05 to 0.5 s of kernel time, whatever the process does.
    runs = sorted((measure([*NEWSLINE, "annotate", "--timeml", str(folder), "--out", str(work / f"annotate-out-{n}")])
                   for n in range(ANNOTATE_RUNS)), key=lambda r: r["wall_s"])
    run = runs[len(runs) // 2]
    newsline_mb_s = text_bytes / MB / run["wall_s"]  # one process, one core

    # dateparser as the evaluation runs it (timeline/evaluate/baseline.py: search_dates per sentence,
    # languages=['en'], RELATIVE_BASE = the creation date) on an evenly spaced sample of the same articles.
    from timeline.evaluate.baseline import dateparser_timexes

    dateparser_timexes("warm-up on Friday.", articles[0].dct)  # import and language data load not timed
    step = max(1, len(articles) // dateparser_sample)
    sample = articles[::step][:dateparser_sample]
    sample_bytes = sum(len(a.text.encode("utf-8")) for a in sample)
    t0, c0 = time.perf_counter(), time.process_time()
    found = sum(len(dateparser_timexes(a.text, a.dct)) for a in sample)
    dp_wall, dp_cpu = time.perf_counter() - t0, time.process_time() - c0
    dateparser_mb_s = sample_bytes / MB / dp_wall
    return {
        "articles": count, "text_mb": round(text_bytes / MB, 3), "file_mb": round(file_bytes / MB, 3),
        "newsline": {"wall_s": run["wall_s"], "cpu_s": run["cpu_s"], "peak_rss_mb": run["peak_rss_mb"],
                     "mb_per_s_per_core": round(newsline_mb_s, 3),
                     "mb_per_cpu_s": round(text_bytes / MB / run["cpu_s"], 3),
                     # kernel time is mostly creating the output files (one per article)
                     "user_cpu_s": run["user_cpu_s"], "system_cpu_s": run["system_cpu_s"],
                     "mb_per_user_cpu_s": round(text_bytes / MB / run["user_cpu_s"], 3),
                     "annotated": run["stdout"].strip().splitlines()[-1:],
                     "runs_wall_s": [r["wall_s"] for r in runs], "runs_system_cpu_s": [r["system_cpu_s"] for r in runs]},
        "dateparser": {"sample_articles": len(sample), "sample_text_mb": round(sample_bytes / MB, 3),
                       "wall_s": round(dp_wall, 3), "cpu_s": round(dp_cpu, 3), "timexes": found,
                       "mb_per_s_per_core": round(dateparser_mb_s, 4),
                       "mb_per_cpu_s": round(sample_bytes / MB / dp_cpu, 4),
                       "extrapolated_wall_s_all_articles": round(dp_wall * text_bytes / sample_bytes, 1),
                       "note": "in-process after a warm-up call (import not timed); extrapolated by text size"},
        "speed_ratio": round(newsline_mb_s / dateparser_mb_s, 1),
        "speed_ratio_cpu": round((text_bytes / run["cpu_s"]) / (sample_bytes / dp_cpu), 1),
    }


_ROW = re.compile(r"^(\S+)\s+(newsline|dateparser)\s+(\d+)\s+(\d+)\s+(\d+)\s+(.*)$")


def bench_accuracy() -> dict:
    """`newsline evaluate --gold tbaq`: value F1 (and strict/relaxed F1) per corpus for both systems."""
    run = measure([*NEWSLINE, "evaluate", "--gold", str(corpus.TBAQ)])
    columns = ("strict_p", "strict_r", "strict_f1", "relaxed_p", "relaxed_r", "relaxed_f1", "type_f1", "value_f1")
    scores: dict = {}
    for line in run["stdout"].splitlines():
        m = _ROW.match(line.strip())
        if m:
            values = dict(zip(columns, map(float, m.group(6).split())))
            scores.setdefault(m.group(1), {})[m.group(2)] = {
                "docs": int(m.group(3)), "gold": int(m.group(4)), "system": int(m.group(5)), **values}
    return {"wall_s": run["wall_s"], "scores": scores}


# ---------------------------------------------------------------- 2./3. the whole flow and the rerun

def _library(folder: Path, out: Path, state: Path) -> dict:
    run = measure([PYTHON, "-m", "bench.library_run", str(folder), str(out), str(state)])
    record = json.loads(run["stdout"].strip().splitlines()[-1])
    return {"wall_s": run["wall_s"], "cpu_s": run["cpu_s"], "peak_rss_mb": run["peak_rss_mb"],
            "stages_s": {k: round(v, 3) for k, v in record["seconds"].items()},
            "documents": record["documents_ok"], "events": record["events"], "undated": record["undated"],
            "analysed": record["analysed"], "reused": record["reused"]}


def _flow(folder: Path, out: Path, state: Path, extra: list[str] = (), env: dict | None = None) -> dict:
    run = measure([*NEWSLINE, "run", str(folder), "--out", str(out), "--state-dir", str(state), *extra], env=env)
    record = json.loads((out / "run.json").read_text(encoding="utf-8"))
    return {"wall_s": run["wall_s"], "cpu_s": run["cpu_s"], "peak_rss_mb": run["peak_rss_mb"],
            "stages_s": record["seconds"], "documents": record["documents_ok"], "events": record["events"],
            "undated": record["undated_mentions"], "analysed": record["documents_analysed"],
            "reused": record["documents_reused_from_cache"]}


class PrefectServer:
    """`prefect server start` on a free loopback port with its own home folder: the flow measured the way a
    deployment's scheduled run executes, against a server that is already up (no embedded server started
    and stopped by the run itself). The server's memory is reported apart from the run's."""

    def __init__(self, work: Path):
        import socket

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.home = work / "prefect-home"
        self.url = f"http://127.0.0.1:{self.port}/api"
        self.env = {"PREFECT_HOME": str(self.home), "PREFECT_API_URL": self.url,
                    "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> "PrefectServer":
        import urllib.request

        env = {**os.environ, **self.env}
        env.pop("PREFECT_API_URL")
        self.log = open(self.home.parent / "prefect-server.log", "w")
        self.proc = subprocess.Popen([PYTHON, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                                      "--port", str(self.port)], env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"prefect server exited ({self.proc.returncode}); see {self.log.name}")
            try:
                with urllib.request.urlopen(self.url + "/health", timeout=2):
                    return self
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"prefect server did not answer within 180 s; see {self.log.name}")

    def rss_mb(self) -> float:
        root = psutil.Process(self.proc.pid)
        return round(sum(p.memory_info().rss for p in [root, *root.children(recursive=True)]) / 2**20, 1)

    def __exit__(self, *exc) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()


def _per_second(result: dict) -> None:
    result["documents_per_s"] = round(result["documents"] / result["wall_s"], 1)
    result["stage_sum_s"] = round(sum(result["stages_s"].values()), 3)


def bench_flow(work: Path, count: int, added: int, dask: bool, runners: tuple[str, ...]) -> dict:
    folder = work / "flow-in"
    size = corpus.write_flow_corpus(folder, count)
    results: dict = {"articles": count, "input_mb": round(size / MB, 2)}
    server = PrefectServer(work) if "prefect-server" in runners else None

    def on_server(folder: Path, out: Path, state: Path) -> dict:
        result = _flow(folder, out, state, env=server.env)
        result["server_rss_mb"] = server.rss_mb()
        return result

    all_runners = (("library", _library), ("prefect", _flow), ("prefect-server", on_server))
    chosen = [(n, r) for n, r in all_runners if n in runners]
    if server is not None:
        server.__enter__()
    try:
        for name, runner in chosen:
            result = runner(folder, work / f"out-{name}", work / f"state-{name}")
            _per_second(result)
            results[name] = result
        if dask:
            result = _flow(folder, work / "out-dask", work / "state-dask", ["--task-runner", "dask"])
            _per_second(result)
            results["prefect_dask"] = result

        # 3. the rerun: `added` new articles beside the first ones, same state folder (cache warm)
        corpus.write_flow_corpus(folder, added, start=count)
        # A run does not take files changed in the last two seconds as unchanged (timeline/last_run.py):
        # let the new files settle, as they have when a scheduled run finds them, so that each rerun's
        # record lets the run after it keep the outputs.
        time.sleep(2.5)
        for name, runner in chosen:
            result = runner(folder, work / f"out-{name}", work / f"state-{name}")
            _per_second(result)
            result["share_of_full_run"] = round(result["wall_s"] / results[name]["wall_s"], 3)
            results[f"{name}_rerun_plus_{added}"] = result
        # 4. a scheduled run that finds nothing new: the outputs of the last run are kept
        for name, runner in chosen:
            result = runner(folder, work / f"out-{name}", work / f"state-{name}")
            _per_second(result)
            result["share_of_full_run"] = round(result["wall_s"] / results[name]["wall_s"], 3)
            results[f"{name}_rerun_unchanged"] = result
    finally:
        if server is not None:
            server.__exit__()
    return results


# ---------------------------------------------------------------- 4. the page

def bench_page(out: Path) -> dict:
    from playwright.sync_api import sync_playwright

    html = out / "timeline.html"
    timeline = json.loads((out / "timeline.json").read_text(encoding="utf-8"))
    sizes = {p.name: p.stat().st_size for p in out.iterdir() if p.is_file()}
    result = {"events": len(timeline["events"]), "html_mb": round(sizes["timeline.html"] / MB, 2),
              "plotly_js_mb": round(sizes.get("plotly.min.js", 0) / MB, 2),
              "timeline_json_mb": round(sizes["timeline.json"] / MB, 2)}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            t0 = time.perf_counter()
            page.goto(html.resolve().as_uri(), wait_until="load", timeout=120_000)
            loaded = time.perf_counter() - t0
            page.wait_for_selector("#timeline-plot[data-rendered=true]", timeout=120_000)
            rendered = page.evaluate("() => performance.now()") / 1000
            # one interaction: zoom the x axis to a tenth of the range and time the redraw
            t0 = time.perf_counter()
            page.evaluate("""() => new Promise(resolve => {
                const plot = document.getElementById('timeline-plot');
                const [a, b] = plot.layout.xaxis.range.map(v => new Date(v).getTime());
                Plotly.relayout(plot, {'xaxis.range': [new Date(a + (b - a) * 0.45), new Date(a + (b - a) * 0.55)]})
                  .then(() => resolve());
            })""")
            zoom = time.perf_counter() - t0
            heap = page.evaluate("() => performance.memory ? performance.memory.usedJSHeapSize : 0")
        finally:
            browser.close()
    result.update({"load_event_s": round(loaded, 2), "rendered_s": round(rendered, 2), "zoom_redraw_s": round(zoom, 2),
                   "js_heap_mb": round(heap / 2**20, 1), "page_errors": errors[:5]})
    return result


# ---------------------------------------------------------------- report

def snapshot(work: Path) -> str:
    """Export HEAD's timeline/, flows/ and bench/ to work/code and measure that; returns the commit."""
    global CODE
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                            check=True).stdout.strip()
    target = work / "code"
    target.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "archive", "HEAD", "timeline", "flows", "bench"], cwd=ROOT,
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    CODE = target
    return commit


def machine() -> dict:
    lscpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
    model = re.search(r"Model name:\s*(.*)", lscpu)
    return {"cpus": os.cpu_count(), "cpu_model": model.group(1).strip() if model else platform.processor(),
            "memory_gb": round(psutil.virtual_memory().total / 2**30, 1), "python": platform.python_version(),
            "platform": platform.platform(), "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}


def table(results: dict) -> str:
    rows: list[tuple[str, str, str]] = []
    a = results.get("annotate")
    if a:
        rows += [
            ("tagging+resolution: newsline annotate", f"{a['articles']} articles, {a['text_mb']} MB text",
             f"{a['newsline']['wall_s']} s (median of {a['newsline']['runs_wall_s']}), "
             f"{a['newsline']['mb_per_s_per_core']} MB/s/core (target >= 2); "
             f"by CPU time {a['newsline']['mb_per_cpu_s']} MB/s, by user CPU time "
             f"{a['newsline']['mb_per_user_cpu_s']} MB/s (kernel {a['newsline']['system_cpu_s']} s)"),
            ("  dateparser.search_dates (per sentence)", f"{a['dateparser']['sample_articles']}-article sample",
             f"{a['dateparser']['mb_per_s_per_core']} MB/s/core, ~{a['dateparser']['extrapolated_wall_s_all_articles']} s "
             f"for all (extrapolated); by CPU time {a['dateparser']['mb_per_cpu_s']} MB/s"),
            ("  speed ratio newsline / dateparser", "", f"{a['speed_ratio']}x wall, {a['speed_ratio_cpu']}x CPU (target >= 25x)"),
        ]
    acc = results.get("accuracy")
    if acc:
        for name, systems in acc["scores"].items():
            text = ", ".join(f"{s} {v['value_f1']:.2f}" for s, v in systems.items())
            rows.append((f"  value F1 {name}", "TempEval-3 Task A", text))
    f = results.get("flow")
    if f:
        for key, result in f.items():
            if not isinstance(result, dict):
                continue
            stages = " ".join(f"{k} {v:.2f}" for k, v in result["stages_s"].items())
            share = f", {100 * result['share_of_full_run']:.1f}% of full run" if "share_of_full_run" in result else ""
            server = f" (server {result['server_rss_mb']} MB)" if "server_rss_mb" in result else ""
            rows.append((f"flow: {key}", f"{result['documents']} docs, {result['events']} events",
                         f"{result['wall_s']} s wall, {result['cpu_s']} s CPU ({result['documents_per_s']} docs/s), peak RSS "
                         f"{result['peak_rss_mb']} MB{server}{share}; stages: {stages}"))
    p = results.get("page")
    if p:
        rows.append(("timeline page", f"{p['events']} events",
                     f"html {p['html_mb']} MB (+ plotly.min.js {p['plotly_js_mb']} MB), load {p['load_event_s']} s, "
                     f"rendered {p['rendered_s']} s, zoom redraw {p['zoom_redraw_s']} s, JS heap {p['js_heap_mb']} MB"))
    width = max(len(r[0]) for r in rows) if rows else 0
    return "\n".join(f"{r[0]:<{width}}  {r[1]:<32}  {r[2]}" for r in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small corpora (200 annotated, 1,000 in the flow)")
    parser.add_argument("--only", default="annotate,accuracy,flow,page",
                        help="comma-separated parts: annotate, accuracy, flow (includes the rerun), page")
    parser.add_argument("--dask", action="store_true", help="also run the flow with --task-runner dask")
    parser.add_argument("--keep", type=Path, help="build the corpora here and keep them (default: a temporary folder)")
    parser.add_argument("--working-tree", action="store_true", help="measure the working tree instead of HEAD")
    parser.add_argument("--flow", type=int, help="articles in the flow corpus (default 10,000; 1,000 with --quick)")
    parser.add_argument("--runners", default="library,prefect,prefect-server",
                        help="flow runs to measure: library (no Prefect), prefect (embedded server started by the "
                             "run), prefect-server (against a running `prefect server start`, as scheduled runs are)")
    parser.add_argument("--timeout", type=int, default=TIMEOUT, help="seconds one measured process may take")
    args = parser.parse_args(argv)
    globals()["TIMEOUT"] = args.timeout
    parts = set(args.only.split(","))
    sizes = dict(annotate=200, dateparser=20, flow=1000, added=10) if args.quick else \
        dict(annotate=1000, dateparser=60, flow=10000, added=100)
    if args.flow:
        sizes["flow"], sizes["added"] = args.flow, max(1, args.flow // 100)
    results: dict = {"machine": machine(), "sizes": sizes, "quick": args.quick}
    work = args.keep or Path(tempfile.mkdtemp(prefix="newsline-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        results["code"] = snapshot(work) if not args.working_tree else "working tree"
        # Compiled as an installed package is (pip compiles what it installs): a shell that sets
        # PYTHONDONTWRITEBYTECODE would otherwise have every measured process compile the code again.
        subprocess.run([PYTHON, "-m", "compileall", "-q", str(CODE / "timeline"), str(CODE / "bench")], check=True)
        if "annotate" in parts:
            results["annotate"] = bench_annotate(work, sizes["annotate"], sizes["dateparser"])
        if "accuracy" in parts:
            results["accuracy"] = bench_accuracy()
        if "flow" in parts:
            try:
                results["flow"] = bench_flow(work, sizes["flow"], sizes["added"], args.dask, tuple(args.runners.split(",")))
            except RuntimeError as error:
                results["flow_error"] = str(error)
                print(f"flow: {error}", file=sys.stderr)
        if "page" in parts:
            out = work / "out-library"
            if not (out / "timeline.html").exists() and (work / "out-prefect" / "timeline.html").exists():
                out = work / "out-prefect"
            if not (out / "timeline.html").exists():
                corpus.write_flow_corpus(work / "flow-in", sizes["flow"])
                _library(work / "flow-in", out, work / "state-library")
            results["page"] = bench_page(out)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    results["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    print(table(results))
    RESULTS.mkdir(parents=True, exist_ok=True)
    name = RESULTS / f"{'quick' if args.quick else 'full'}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    name.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nresults: {name.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
