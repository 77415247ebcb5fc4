"""One settings model shared by the CLI, the Prefect flow parameters and the tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

MB = 1024 * 1024


class Settings(BaseModel):
    """Everything a run can be told. Defaults make `newsline run` work on inputs/ -> outputs/."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    input_dir: Path | None = Field(Path("inputs"), description="Folder of articles to read (txt, md, html, json, jsonl, tml).")
    output_dir: Path = Field(Path("outputs"), description="Folder the timeline files are written to.")
    state_dir: Path = Field(Path(".newsline"), description="Folder for the per-document cache and fetched URLs; "
                                                         "kept out of the output folder.")
    anchor_date: dt.date | None = Field(None, description="Creation date for articles that have no date evidence of "
                                                         "their own (a fallback, never an override).")
    feed: str | None = Field(None, description="RSS/Atom feed URL or file to read articles from.")
    lanes: Literal["story", "actor", "place"] = Field("story", description="How the page groups events into lanes.")
    focus: str | None = Field(None, description="Keep only events involving this actor or place (e.g. 'Putin').")
    embed_plotly: bool = Field(False, description="Embed plotly.js in the page instead of shipping it beside it.")
    base_url: str = Field("http://127.0.0.1:8765/", description="Where `newsline serve` publishes the output folder; "
                                                               "used for the link artifact.")
    max_document_bytes: int = Field(64 * MB, ge=1, description="Inputs larger than this are rejected.")
    fetch_timeout_s: float = Field(10.0, gt=0, description="Timeout for fetching a linked page.")
    fetch_max_bytes: int = Field(5 * MB, ge=1, description="Linked pages larger than this are not read.")
    task_runner: Literal["thread", "dask"] = Field("thread", description="Prefect task runner for per-batch work.")
    dask_address: str | None = Field(None, description="Dask scheduler address; a local cluster when empty.")
    batch_size: int = Field(200, ge=1, description="Documents per task.")
    analysis_workers: int = Field(0, ge=0, description="Processes that analyse documents side by side "
                                                       "(0: one per core when 400 or more are new; 1: in the run's own process).")
