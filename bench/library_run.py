"""One library run (`timeline.pipeline.run`, no Prefect) in its own process, for the benchmark.

    python -m bench.library_run INPUT_DIR OUTPUT_DIR STATE_DIR [--profile FILE]

Prints one JSON line: counts and the stage timings of the run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from timeline.pipeline import run
    from timeline.settings import Settings

    settings = Settings(input_dir=Path(argv[0]), output_dir=Path(argv[1]), state_dir=Path(argv[2]))
    if "--profile" in argv:
        import cProfile

        profiler = cProfile.Profile()
        summary = profiler.runcall(run, settings)
        profiler.dump_stats(argv[argv.index("--profile") + 1])
    else:
        summary = run(settings)
    print(json.dumps({"documents_ok": summary.documents_ok, "rejected": len(summary.rejected),
                      "events": summary.events, "undated": summary.undated, "analysed": summary.processed,
                      "reused": summary.reused, "seconds": summary.timings}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
