"""The `newsline annotate` and `newsline evaluate` commands on TimeML folders.

annotate: every .tml of a folder -> the same file with newsline's TIMEX3 tags instead of the gold ones.
evaluate: TempEval-3 Task A scores per corpus (each sub-folder of the gold folder, and overall) for
newsline and for the dateparser baseline, measured in the same run; `--errors` lists newsline's
errors grouped by kind with their sentences; plus the event-anchoring measure when available.
"""

from __future__ import annotations

import os
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from timeline.evaluate.scoring import Counts, count, pair, unscored_removed
from timeline.temporal import find_timexes
from timeline.temporal.tagger import find_timex_records
from timeline.timeml import TimeMLDocument, TimeMLError, read_timeml, write_timeml


def _tml_files(folder: Path) -> list[Path]:
    """The folder's .tml files by name (hidden ones left out); the listing's file types spare a stat each."""
    with os.scandir(folder) as entries:
        found = [Path(e.path) for e in entries if e.name.endswith(".tml") and not e.name.startswith(".") and e.is_file()]
    return sorted(found, key=lambda p: p.name)


# `annotate` is timed as a whole process over a thousand small files: plain descriptors spare the buffered
# file objects' extra calls (size, terminal and position checks), a tenth of the run. Bytes in and out, no
# newline translation: the text between tags stays byte for byte what it was, "\r\n" included.
def _read_text(path: Path) -> str:
    descriptor = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        chunks = []
        while chunk := os.read(descriptor, 1 << 20):
            chunks.append(chunk)
    finally:
        os.close(descriptor)
    return b"".join(chunks).decode("utf-8")


def _write_text(path: Path, text: str) -> None:
    data = memoryview(text.encode("utf-8"))
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o666)
    try:
        while data:
            data = data[os.write(descriptor, data):]
    finally:
        os.close(descriptor)


def annotate_command(in_dir: Path, out_dir: Path) -> int:
    """Write newsline's TIMEX3 annotation of every .tml in `in_dir` to `out_dir` (same file names)."""
    files = _tml_files(Path(in_dir))
    if not files:
        print(f"no .tml files in {in_dir}", file=sys.stderr)
        return 2
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    failures = 0
    for path in files:
        try:
            raw = _read_text(path)
            document = read_timeml(raw, path.name, annotations=False)
            timexes = find_timex_records(document.text, document.dct)
            _write_text(out_dir / path.name, write_timeml(raw, timexes, path.name))
        except (OSError, UnicodeDecodeError, TimeMLError) as error:
            failures += 1
            print(f"{path.name}: {error}", file=sys.stderr)
    print(f"annotated {len(files) - failures} of {len(files)} documents into {out_dir}")
    return 1 if failures else 0


@dataclass
class CorpusResult:
    name: str
    documents: int = 0
    newsline: Counts = field(default_factory=Counts)
    baseline: Counts = field(default_factory=Counts)
    anchoring: list[int] = field(default_factory=lambda: [0, 0])   # [anchored right, gold anchored events]
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    characters: int = 0
    seconds: float = 0.0


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], on one line, with the expression in [brackets]."""
    from timeline.text import sentence_spans
    a, b = max(0, start - 300), min(len(text), end + 300)
    for s, e in sentence_spans(text, a, b):
        if s <= start < e:
            a, b = s, max(e, end)
            break
    return (text[a:start] + "[" + text[start:end] + "]" + text[end:b]).replace("\n", " ").strip()


def _record_errors(result: CorpusResult, document: TimeMLDocument, name: str, pairing) -> None:
    text = document.text

    def line(item, extra: str = "") -> str:
        return f"{name} [dct {document.dct}] {extra}\n      {_sentence(text, item.char_start, item.char_end)}"

    for g in pairing.missed:
        result.errors["missed"].append(line(g, f"{g.text!r} {g.type} {g.value}"))
    for s in pairing.spurious:
        result.errors["spurious"].append(line(s, f"{s.text!r} {s.type} {s.value} ({getattr(s, 'rule', '')})"))
    for g, s in pairing.pairs:
        if g.value != s.value:
            result.errors["wrong value"].append(
                line(g, f"{g.text!r}: gold {g.type} {g.value} / newsline {s.text!r} {s.type} {s.value} ({getattr(s, 'rule', '')})"))
        if (g.char_start, g.char_end) != (s.char_start, s.char_end):
            result.errors["wrong extent"].append(line(g, f"gold {g.text!r} / newsline {s.text!r} ({getattr(s, 'rule', '')})"))


def _system_timexes(system_dir: Path | None, path: Path, document: TimeMLDocument, result: CorpusResult):
    if system_dir is None:
        started = time.process_time()  # CPU time: the machine may be shared
        timexes = find_timexes(document.text, document.dct)
        result.seconds += time.process_time() - started
        result.characters += len(document.text.encode("utf-8"))
        return timexes
    system_path = system_dir / path.name
    system = read_timeml(system_path.read_text(encoding="utf-8"), system_path.name)
    if system.text != document.text:
        raise TimeMLError(f"{system_path}: its TEXT differs from the gold document")
    return system.timexes


def _corpora(gold_dir: Path) -> list[tuple[str, Path]]:
    if _tml_files(gold_dir):
        return [(gold_dir.name, gold_dir)]
    return [(sub.name, sub) for sub in sorted(gold_dir.iterdir()) if sub.is_dir() and _tml_files(sub)]


def evaluate_corpus(name: str, folder: Path, system_dir: Path | None, with_baseline: bool = True) -> CorpusResult:
    from timeline.evaluate.anchoring import anchoring_counts  # None when events.py is not there yet
    from timeline.evaluate.baseline import dateparser_timexes

    from timeline.temporal.tagger import compiled

    compiled().singles.compile_all()  # compile the rule table once, outside the throughput measurement
    import timeline.models  # noqa: F401 -- likewise the Timex model, which find_timexes imports on first use
    result = CorpusResult(name)
    for path in _tml_files(folder):
        try:
            document = read_timeml(path.read_text(encoding="utf-8"), path.name)
            system = _system_timexes(system_dir, path, document, result)
        except (OSError, UnicodeDecodeError, TimeMLError) as error:
            print(f"{path.name}: {error}", file=sys.stderr)
            continue
        result.documents += 1
        gold, scored = unscored_removed(document.timexes, system)
        pairing = pair(gold, scored)
        result.newsline.add(count(pairing))
        _record_errors(result, document, path.name, pairing)
        if with_baseline:
            result.baseline.add(count(pair(*unscored_removed(document.timexes, dateparser_timexes(document.text, document.dct)))))
        if system_dir is None:
            anchored = anchoring_counts(document, system)
            if anchored is not None:
                result.anchoring[0] += anchored[0]
                result.anchoring[1] += anchored[1]
    return result


_COLUMNS = ("strict_p", "strict_r", "strict_f1", "relaxed_p", "relaxed_r", "relaxed_f1", "type_f1", "value_f1")


def format_table(results: list[CorpusResult]) -> str:
    header = f"{'corpus':<10} {'system':<10} {'docs':>4} {'gold':>5} {'sys':>5} " + " ".join(f"{c:>10}" for c in _COLUMNS)
    lines = [header, "-" * len(header)]
    for r in results:
        for label, counts in (("newsline", r.newsline), ("dateparser", r.baseline)):
            if label == "dateparser" and not counts.system and not counts.gold:
                continue
            s = counts.scores()
            lines.append(f"{r.name:<10} {label:<10} {r.documents:>4} {counts.gold:>5} {counts.system:>5} "
                         + " ".join(f"{s[c]:>10.2f}" for c in _COLUMNS))
    return "\n".join(lines)


def evaluate_command(gold_dir: Path, system_dir: Path | None, errors: bool, with_baseline: bool = True) -> int:
    """Print TempEval-3 Task A scores per corpus and overall, newsline beside the dateparser baseline."""
    gold_dir = Path(gold_dir)
    corpora = _corpora(gold_dir)
    if not corpora:
        print(f"no .tml files in {gold_dir} or its sub-folders", file=sys.stderr)
        return 2
    results: list[CorpusResult] = []
    for name, folder in corpora:
        sub_system = None
        if system_dir is not None:
            sub_system = Path(system_dir) / name if len(corpora) > 1 or name != gold_dir.name else Path(system_dir)
            if not sub_system.is_dir():
                sub_system = Path(system_dir)
        results.append(evaluate_corpus(name, folder, sub_system, with_baseline))
    if len(results) > 1:
        overall = CorpusResult("overall")
        for r in results:
            overall.documents += r.documents
            overall.newsline.add(r.newsline)
            overall.baseline.add(r.baseline)
            overall.anchoring = [overall.anchoring[0] + r.anchoring[0], overall.anchoring[1] + r.anchoring[1]]
            overall.characters += r.characters
            overall.seconds += r.seconds
            for kind, items in r.errors.items():
                overall.errors[kind].extend(items)
        results.append(overall)
    print(format_table(results))
    for r in results:
        if r.anchoring[1]:
            print(f"{r.name}: event anchoring {100 * r.anchoring[0] / r.anchoring[1]:.2f}% "
                  f"({r.anchoring[0]} of {r.anchoring[1]} gold events anchored by a TLINK to a timex)")
    last = results[-1]
    if last.seconds:
        print(f"throughput: {last.characters / last.seconds / 1e6:.2f} MB/s of text per core "
              f"({last.characters} bytes in {last.seconds:.2f} s CPU, find_timexes only)")
    if errors:
        for kind in ("missed", "spurious", "wrong value", "wrong extent"):
            items = last.errors.get(kind, [])
            print(f"\n== {kind}: {len(items)}")
            for item in items:
                print("  " + item)
    return 0
