"""newsline as a Prefect service, end to end, with real processes.

One module-wide service: `prefect server start` on a free loopback port (SQLite in a temporary PREFECT_HOME),
the process work pool, `prefect deploy --all` from the project's own prefect.yaml (in a temporary copy of the
project holding the two seed articles, so nothing is written into the real outputs/), and `prefect worker start`.
Runs are triggered through the REST call the UI's Run button makes. Every process started here is stopped at the
end, also when a test fails. Screenshots land in test-artifacts/.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from browser.chromium_page import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, COUNT_DRAWN, open_page, require_browser, screenshot

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
PREFECT = str(Path(sys.executable).with_name("prefect"))
SEED_FILES = ("000_b98ab229588f79f1.txt", "001_e28e2fbd3423233d.txt")
POOL = "newsline-pool"
TERMINAL = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}

# An article that is not among the seeds, dropped into the input folder between two runs.
NEW_ARTICLE = """Leaders pledge to share intelligence after the Paris attacks

ANTALYA, Turkey (AFP) - Leaders of the Group of 20 on Tuesday (Nov 17) pledged to share intelligence on
foreign fighters, a day after the summit ended on Nov 16, 2015. Finance ministers will meet again in
Washington next April to review the plan, officials said.
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _copy_project(dest: Path) -> Path:
    """The code and the deployment file of this project, with an inputs/ of the two seed articles."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("flows", "timeline"):
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    shutil.copy(ROOT / "prefect.yaml", dest / "prefect.yaml")
    (dest / "inputs").mkdir()
    for name in SEED_FILES:
        shutil.copy(ROOT / "inputs" / name, dest / "inputs" / name)
    return dest


def _stop(process: subprocess.Popen) -> None:
    """Stop a process started here and everything it started (its own session), politely first."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)
    except ProcessLookupError:
        pass


class _RetryBusy(httpx.HTTPTransport):
    """Like the Prefect client and UI: a 503 (the SQLite database busy under load) is retried with back-off."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        for attempt in range(6):
            response = super().handle_request(request)
            if response.status_code != 503:
                return response
            response.close()
            time.sleep(0.5 * 2 ** attempt)
        return response


@dataclass
class Service:
    api: str
    ui: str
    project: Path
    logs: Path
    env: dict
    http: httpx.Client

    def log_tail(self, name: str, lines: int = 40) -> str:
        path = self.logs / name
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""

    def deployment(self, name: str) -> dict:
        response = self.http.get(f"/deployments/name/build-timeline/{name}")
        response.raise_for_status()
        return response.json()

    def run_deployment(self, name: str, parameters: dict | None = None) -> str:
        """What the UI's Run button does: POST /deployments/{id}/create_flow_run (defaults from the deployment)."""
        body: dict = {"state": {"type": "SCHEDULED", "message": "Run from the Prefect UI"}}
        if parameters is not None:
            body["parameters"] = parameters
        response = self.http.post(f"/deployments/{self.deployment(name)['id']}/create_flow_run", json=body)
        response.raise_for_status()
        return response.json()["id"]

    def wait_for(self, flow_run_id: str, timeout: float = 90) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            run = self.http.get(f"/flow_runs/{flow_run_id}").json()
            if run["state_type"] in TERMINAL:
                return run
            time.sleep(0.5)
        raise AssertionError(f"flow run {flow_run_id} not finished after {timeout} s\n--- worker log:\n"
                             f"{self.log_tail('worker.log')}")

    def artifacts(self, flow_run_id: str) -> dict[str, dict]:
        """The run's artifacts by key (Prefect stores a link artifact as Markdown, so the type alone is ambiguous)."""
        response = self.http.post("/artifacts/filter", json={"artifacts": {"flow_run_id": {"any_": [flow_run_id]}}})
        response.raise_for_status()
        return {a["key"]: a for a in response.json()}


def _prefect(service_env: dict, cwd: Path, *args: str, timeout: float = 90) -> str:
    done = subprocess.run([PREFECT, *args], cwd=cwd, env=service_env, capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0, f"prefect {' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


@contextmanager
def _started(command: list[str], cwd: Path, env: dict, log: Path):
    with open(log, "wb") as out:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        try:
            yield process
        finally:
            _stop(process)


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    base = tmp_path_factory.mktemp("service")
    project = _copy_project(base / "project")
    logs = base / "logs"
    logs.mkdir()
    port = _free_port()
    # A clean Prefect environment: nothing inherited from the test session's own Prefect settings.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update({
        "PREFECT_HOME": str(base / "prefect-home"),
        "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2",  # cron runs appear within seconds
        "PREFECT_WORKER_QUERY_SECONDS": "1",
        "PREFECT_WORKER_HEARTBEAT_SECONDS": "5",
    })
    api = env["PREFECT_API_URL"]
    server_cmd = [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    with _started(server_cmd, base, env, logs / "server.log") as server, \
            httpx.Client(base_url=api, timeout=30, transport=_RetryBusy()) as http:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, f"prefect server exited:\n{(logs / 'server.log').read_text()[-3000:]}"
            try:
                if http.get("/health").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "prefect server did not answer within 120 s"
            time.sleep(0.5)
        _prefect(env, project, "work-pool", "create", POOL, "--type", "process")
        _prefect(env, project, "--no-prompt", "deploy", "--all")
        svc = Service(api=api, ui=f"http://127.0.0.1:{port}", project=project, logs=logs, env=env, http=http)
        _check_schedule_creates_runs(svc)
        worker_cmd = [PREFECT, "worker", "start", "--pool", POOL, "--type", "process"]
        with _started(worker_cmd, project, env, logs / "worker.log"):
            yield svc


def _scheduled_runs(svc: Service, deployment_id: str) -> list[dict]:
    response = svc.http.post("/flow_runs/filter", json={
        "flow_runs": {"deployment_id": {"any_": [deployment_id]}, "state": {"type": {"any_": ["SCHEDULED"]}}}})
    response.raise_for_status()
    return response.json()


def _check_schedule_creates_runs(svc: Service) -> None:
    """The hourly cron really yields scheduled runs; then the schedule is paused so that no hourly run
    starts while the tests drive the deployments themselves."""
    hourly = svc.deployment("hourly-timeline")
    deadline = time.monotonic() + 60
    while not (runs := [r for r in _scheduled_runs(svc, hourly["id"]) if r["auto_scheduled"]]):
        assert time.monotonic() < deadline, f"no scheduled run of hourly-timeline\n{svc.log_tail('server.log')}"
        time.sleep(1)
    svc.scheduled_seen = runs  # type: ignore[attr-defined]
    for schedule in hourly["schedules"]:
        svc.http.patch(f"/deployments/{hourly['id']}/schedules/{schedule['id']}", json={"active": False}).raise_for_status()
    for run in _scheduled_runs(svc, hourly["id"]):
        svc.http.delete(f"/flow_runs/{run['id']}").raise_for_status()


def test_deployments_come_from_prefect_yaml(service: Service) -> None:
    on_demand, hourly, feed = (service.deployment(n) for n in ("build-timeline", "hourly-timeline", "hourly-feed"))
    for d in (on_demand, hourly, feed):
        assert d["work_pool_name"] == POOL and d["enforce_parameter_schema"] is True
        # The pull step makes the project folder the working directory; prefect.yaml itself names no path.
        assert d["pull_steps"] == [{"prefect.deployments.steps.set_working_directory":
                                    {"directory": str(service.project)}}]
    assert str(service.project) not in (service.project / "prefect.yaml").read_text()
    # The Run form: every parameter typed, with a default and a description.
    schema = on_demand["parameter_openapi_schema"]
    assert {"input_dir", "output_dir", "state_dir", "anchor_date", "feed", "focus", "base_url"} <= set(schema["properties"])
    for name, prop in schema["properties"].items():
        assert prop.get("description"), name
        assert "default" in prop, name
    assert schema["properties"]["input_dir"]["default"] == "inputs"
    assert schema["properties"]["output_dir"]["default"] == "outputs"
    assert schema["properties"]["lanes"]["enum"] == ["story", "actor", "place"]
    # Scheduled deployments: hourly cron, never two runs at once.
    assert [s["schedule"]["cron"] for s in hourly["schedules"]] == ["0 * * * *"]
    for d in (hourly, feed):
        assert d["global_concurrency_limit"]["limit"] == 1
        assert d["concurrency_options"]["collision_strategy"] == "CANCEL_NEW"
    assert [s["active"] for s in feed["schedules"]] == [False]  # until a feed URL is set
    assert feed["parameters"]["feed"] and feed["parameters"]["input_dir"] is None
    # The scheduler created runs from the cron (checked before the schedule was paused for the tests).
    seen = service.scheduled_seen  # type: ignore[attr-defined]
    assert all(r["expected_start_time"].endswith(":00:00Z") for r in seen), seen


def test_enforced_schema_refuses_a_bad_parameter(service: Service) -> None:
    deployment = service.deployment("build-timeline")
    response = service.http.post(f"/deployments/{deployment['id']}/create_flow_run",
                                 json={"parameters": {"lanes": "colour"}})
    assert response.status_code == 409, response.text
    assert "lanes" in response.text


@pytest.fixture(scope="module")
def first_run(service: Service) -> dict:
    run = service.wait_for(service.run_deployment("build-timeline"))
    assert run["state_type"] == "COMPLETED", f"{run['state']}\n--- worker log:\n{service.log_tail('worker.log', 80)}"
    return run


def test_run_button_builds_the_timeline(service: Service, first_run: dict) -> None:
    out = service.project / "outputs"
    timeline = json.loads((out / "timeline.json").read_text())
    assert {d["source"] for d in timeline["documents"]} == set(SEED_FILES)
    assert timeline["events"], "no events in the seed timeline"
    record = json.loads((out / "run.json").read_text())
    assert record["documents_ok"] == 2 and record["documents_analysed"] == 2
    assert record["documents_reused_from_cache"] == 0
    assert record["events"] == len(timeline["events"])
    assert record["flow_run_id"] == first_run["id"]
    assert (service.project / ".newsline" / "analysis").is_dir()  # the cache sits in the state folder...
    assert not (out / ".newsline").exists()  # ...never in the output folder


def test_run_publishes_three_artifacts(service: Service, first_run: dict) -> None:
    artifacts = service.artifacts(first_run["id"])
    assert set(artifacts) == {"newsline-summary", "newsline-events", "newsline-timeline"}
    events = json.loads((service.project / "outputs" / "timeline.json").read_text())["events"]
    summary = artifacts["newsline-summary"]
    assert summary["type"] == "markdown"
    assert "Documents read: **2**, rejected: **0**" in summary["data"]
    assert f"Events: **{len(events)}**" in summary["data"]
    assert f"Date range: {min(e['start'] for e in events)} to {max(e['end'] for e in events)}" in summary["data"]
    table = artifacts["newsline-events"]
    assert table["type"] == "table"
    rows = json.loads(table["data"]) if isinstance(table["data"], str) else table["data"]
    assert [r["title"] for r in rows] == [e["title"] for e in events]
    # A link to the page `newsline serve` publishes (the UI would strip an embedded page).
    link = artifacts["newsline-timeline"]["data"]
    assert link == "[Open the timeline](http://127.0.0.1:8765/timeline.html)"


def test_scheduled_deployment_analyses_only_the_new_article(service: Service, first_run: dict) -> None:
    (service.project / "inputs" / "002_new_article.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    run = service.wait_for(service.run_deployment("hourly-timeline"))
    assert run["state_type"] == "COMPLETED", f"{run['state']}\n--- worker log:\n{service.log_tail('worker.log', 80)}"
    record = json.loads((service.project / "outputs" / "run.json").read_text())
    assert record["flow_run_id"] == run["id"]
    assert record["documents_ok"] == 3
    assert record["documents_analysed"] == 1 and record["documents_reused_from_cache"] == 2
    timeline = json.loads((service.project / "outputs" / "timeline.json").read_text())
    assert "002_new_article.txt" in {d["source"] for d in timeline["documents"]}
    # The timeline is reassembled from all three: the new article's events are in it (mentions name sources).
    assert any(m["document"] == "002_new_article.txt" for e in timeline["events"] for m in e["mentions"])
    assert {m["document"] for e in timeline["events"] for m in e["mentions"]} >= set(SEED_FILES)


def test_browser_page_and_prefect_ui(service: Service, first_run: dict) -> None:
    require_browser()
    out = service.project / "outputs"
    expected = [e["id"] for e in json.loads((out / "timeline.json").read_text())["events"]]
    with open_page(out / "timeline.html") as opened:
        drawn = opened.page.evaluate(COUNT_DRAWN)
        assert sorted(drawn["ids"]) == sorted(expected)
        assert drawn["points"] + drawn["bars"] == len(expected)
        screenshot(opened, "service-timeline.png")
    assert opened.console_errors == [] and opened.page_errors == []

    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{service.ui}/runs/flow-run/{first_run['id']}")
            # The run page shows the run's name and its final state once the UI has loaded it from the API.
            page.get_by_text(first_run["name"]).first.wait_for(timeout=60_000)
            page.get_by_text("Completed").first.wait_for(timeout=30_000)
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "prefect-flow-run.png"), full_page=True)
            page.get_by_text("Artifacts", exact=True).first.click()
            page.get_by_text("newsline-summary").first.wait_for(timeout=30_000)
            page.screenshot(path=str(ARTIFACTS / "prefect-flow-run-artifacts.png"), full_page=True)
        finally:
            browser.close()
