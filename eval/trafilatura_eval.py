#!/usr/bin/env python3
"""trafilatura-eval (issue 3): main text judged by must-include / must-exclude snippets.

The metric, re-implemented from the set's PROVENANCE.md (and upstream's tests/eval_common.py,
read in the code index): the extractor's output is whitespace-normalised; each `with` segment
found in it (whitespace-normalised substring) is a TP, else a FN; each `without` segment found is
a FP, else a TN; counts are summed over the corpus (micro): P = TP/(TP+FP), R = TP/(TP+FN),
accuracy = (TP+TN)/all, F1 = 2TP/(2TP+FP+FN). A page an extractor fails on scores as an empty
output. Files resolve in `cache/` first, then `eval/` (upstream's `resolve`).

The set is report-only (the data README marks no tuning part): never tune on it.

    python3 eval/trafilatura_eval.py [--tool PATH] [--with-title] [--readability] [--worst N]

`--readability` also scores Debian's python3-readability (readability-lxml 0.8.1) on the same
pages in the same run (needs /usr/bin/python3 with python3-readability), a check of the metric
against its published figure (readability-lxml 0.8.4.1: P 0.898 R 0.764 acc 0.839 F1 0.826).
Skips cleanly when ../shared/data is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract_eval as X  # noqa: E402
import readability_side_by_side as R  # noqa: E402

PUBLISHED = [  # system: P, R, accuracy, F1 (docs/evaluation.rst, 2026-08-04, 990 docs)
    ("trafilatura 2.2.0 standard", 0.906, 0.943, 0.923, 0.924),
    ("trafilatura 2.2.0 fast", 0.907, 0.930, 0.917, 0.918),
    ("magic-html 0.1.8", 0.887, 0.891, 0.889, 0.889),
    ("news-please 1.6.16", 0.932, 0.758, 0.852, 0.836),
    ("readability-lxml 0.8.4.1", 0.898, 0.764, 0.839, 0.826),
    ("goose3 3.1.22", 0.936, 0.714, 0.833, 0.810),
    ("newspaper4k 0.9.6", 0.878, 0.736, 0.817, 0.801),
]


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def count_item(item: dict, result: str | None) -> tuple[int, int, int, int]:
    """(tp, fp, fn, tn) of one page."""
    res = norm(result) if isinstance(result, str) else None
    tp = sum(1 for w in item["with"] if res is not None and norm(w) in res)
    fp = sum(1 for w in item["without"] if res is not None and norm(w) in res)
    return tp, fp, len(item["with"]) - tp, len(item["without"]) - fp


def scores(counts) -> dict:
    tp = sum(c[0] for c in counts)
    fp = sum(c[1] for c in counts)
    fn = sum(c[2] for c in counts)
    tn = sum(c[3] for c in counts)
    total = tp + fp + fn + tn
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "p": tp / (tp + fp) if tp + fp else 0.0, "r": tp / (tp + fn) if tp + fn else 0.0,
            "accuracy": (tp + tn) / total if total else 0.0,
            "f1": 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 0.0}


def self_test() -> None:
    item = {"with": ["a  b", "c"], "without": ["x", "y z"]}
    assert count_item(item, "a\nb and y z") == (1, 1, 1, 1)
    assert count_item(item, None) == (0, 0, 2, 2)
    s = scores([(1, 1, 1, 1)])
    assert abs(s["f1"] - 0.5) < 1e-12 and abs(s["accuracy"] - 0.5) < 1e-12


def load(data: Path, cache: Path) -> list[tuple[str, Path, dict]]:
    folder = data / "trafilatura-eval"
    root = X.extracted_tar(folder / "html.tar.xz", cache / "trafilatura-eval")
    evaldata = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    items = []
    for url, item in evaldata.items():
        for sub in ("cache", "eval"):
            path = root / sub / item["file"]
            if path.is_file():
                items.append((url, path, item))
                break
    return items


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tool", type=Path, default=X.DEFAULT_TOOL)
    ap.add_argument("--data", default=None)
    ap.add_argument("--cache", type=Path, default=X.DEFAULT_CACHE)
    ap.add_argument("--with-title", action="store_true", help="score title + text instead of text")
    ap.add_argument("--readability", action="store_true", help="also run readability-lxml side by side")
    ap.add_argument("--worst", type=int, default=0, help="list N pages with the most FP+FN (ours)")
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    self_test()
    data, rc = R.data_and_tool(args.data, args.tool)
    if data is None:
        return rc
    items = load(data, args.cache)
    print("== trafilatura-eval: %d of the annotated pages found — report only" % len(items))
    paths = [p for _, p, _ in items]
    results, wall, peak = X.run_tool(args.tool, paths)
    ours = []
    for _, p, item in items:
        r = results.get(str(p), {})
        text = r.get("text") if r.get("ok") else None
        if text is not None and args.with_title and r.get("title"):
            text = r["title"] + "\n\n" + text
        ours.append(count_item(item, text))
    rows = [("storyline" + (" (title + text)" if args.with_title else ""), scores(ours))]
    out = {"storyline": rows[0][1], "speed": X.speed(results, wall, peak)}
    if args.readability:
        rd, rd_peak = R.run_lines(["/usr/bin/python3", "-c", R.PY_READABILITY], paths)
        counts = [count_item(item, rd.get(str(p), {}).get("text") if rd.get(str(p), {}).get("ok") else None)
                  for _, p, item in items]
        rows.append(("readability-lxml 0.8.1 (run here)", scores(counts)))
        out["readability-lxml"] = {**rows[-1][1], "speed": R.speed_of(rd, rd_peak)}
    print("%-36s %6s %6s %6s %6s" % ("system", "P", "R", "acc", "F1"))
    for name, s in rows:
        print("%-36s %6.3f %6.3f %6.3f %6.3f" % (name, s["p"], s["r"], s["accuracy"], s["f1"]))
    for name, p, r, a, f in PUBLISHED:
        print("%-36s %6.3f %6.3f %6.3f %6.3f   (published)" % (name, p, r, a, f))
    X.print_speed(out["speed"])
    if args.worst:
        bad = sorted(zip(items, ours), key=lambda x: -(x[1][1] + x[1][2]))[: args.worst]
        for (url, p, _), c in bad:
            print("  FP %d FN %d  %s  (%s)" % (c[1], c[2], url, p.name))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
