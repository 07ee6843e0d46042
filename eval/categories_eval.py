#!/usr/bin/env python3
"""Category and news-filter evaluation on tgcontest-toloka's labelled single articles.

Each pool (TSV: url, title, text, GOLDEN:res in the Telegram contest taxonomy: society,
economy, technology, sports, entertainment, science, other, not_news) is written as one jsonl
file (id, url, title, text; no language: the engine detects it), clustered in one run of the
binary, and each article's prediction is `not_news` when the engine's `is_news` is false, else
its `category`. Reported: accuracy over the 8 labels, macro-F1 over the labels present in the
gold, the news filter's precision/recall for not_news, and a confusion table; beside the
majority-label baseline of the same pool.

Pools (data README: tune on *_training / *_exam, report on *_honey):
  en_cat_training 30, en_cat_exam 40, ru_cat_training 40, ru_cat_exam 40   TUNING
  en_cat_honey 83, ru_cat_honey 212                                        REPORT

    python3 eval/categories_eval.py [--bin PATH] [--pools a,b] [--confusion] [--data DIR]
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common as C  # noqa: E402

TUNE = ["en_cat_training", "en_cat_exam", "ru_cat_training", "ru_cat_exam"]
REPORT = ["en_cat_honey", "ru_cat_honey"]
LABELS = ["society", "economy", "technology", "sports", "entertainment", "science", "other",
          "not_news"]


def load_pool(path: Path) -> list[dict]:
    csv.field_size_limit(sys.maxsize)
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)):
            out.append({"id": "%s-%03d" % (path.stem, i), "url": row.get("INPUT:url") or None,
                        "title": row.get("INPUT:title") or None,
                        "text": row.get("INPUT:text") or "", "gold": row["GOLDEN:res"].strip()})
    return out


def predicted(article: dict) -> str:
    if article.get("is_news") is False:
        return "not_news"
    return article.get("category") or "other"


def scores(pairs: list[tuple[str, str]]) -> dict:
    n = len(pairs)
    acc = sum(g == p for g, p in pairs) / n if n else 0.0
    f1s = []
    for label in sorted({g for g, _ in pairs}):
        tp = sum(g == p == label for g, p in pairs)
        fp = sum(p == label and g != label for g, p in pairs)
        fn = sum(g == label and p != label for g, p in pairs)
        f1s.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    tp = sum(g == p == "not_news" for g, p in pairs)
    fp = sum(p == "not_news" and g != "not_news" for g, p in pairs)
    fn = sum(g == "not_news" and p != "not_news" for g, p in pairs)
    majority = collections.Counter(g for g, _ in pairs).most_common(1)[0] if pairs else ("-", 0)
    return {"n": n, "accuracy": acc, "macro_f1": sum(f1s) / len(f1s) if f1s else 0.0,
            "not_news_p": tp / (tp + fp) if tp + fp else 0.0,
            "not_news_r": tp / (tp + fn) if tp + fn else 0.0,
            "majority_label": majority[0], "majority_accuracy": majority[1] / n if n else 0.0}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=str(C.REPO_ROOT / "build" / "src" / "cli" / "storyline"))
    ap.add_argument("--pools", default=",".join(TUNE + REPORT))
    ap.add_argument("--data", default=None)
    ap.add_argument("--extra-args", default="")
    ap.add_argument("--confusion", action="store_true", help="print gold x predicted counts")
    ap.add_argument("--errors", type=int, default=0, help="list N misclassified titles (tune pools only)")
    args = ap.parse_args(argv)
    data = C.resolve_data(args.data)
    if data is None:
        print("skipping: ../shared/data not found")
        return 0
    folder = data / "tgcontest-toloka" / "categories"
    rows = []
    with tempfile.TemporaryDirectory(prefix="storyline-cat-") as tmp:
        for pool in [p for p in args.pools.split(",") if p]:
            path = folder / (pool + ".tsv")
            if not path.exists():
                print("skipping %s: %s not found" % (pool, path))
                continue
            recs = load_pool(path)
            inp = Path(tmp) / (pool + ".jsonl")
            C.write_jsonl(inp, [{k: v for k, v in r.items() if k != "gold"} for r in recs])
            out = Path(tmp) / (pool + ".out.json")
            cmd = C.build_cmd(C.DEFAULT_CMD, args.bin, [str(inp)], str(out), extra=args.extra_args)
            run = C.run_measured(cmd, Path(tmp) / (pool + ".log"))
            if run.get("rc", 1) != 0:
                print("%s: the binary failed (rc %s): %s" % (pool, run.get("rc"),
                                                             C.tail(Path(tmp) / (pool + ".log"))))
                return 1
            doc = json.load(open(out, encoding="utf-8"))
            by_id = {a["id"]: a for a in doc["articles"]}
            pairs = [(r["gold"], predicted(by_id[r["id"]]) if r["id"] in by_id else "missing")
                     for r in recs]
            s = scores(pairs)
            rows.append([pool, "tune" if pool in TUNE else "REPORT", s["n"], C.fmt(s["accuracy"]),
                         C.fmt(s["macro_f1"]), C.fmt(s["not_news_p"]), C.fmt(s["not_news_r"]),
                         "%s %s" % (s["majority_label"], C.fmt(s["majority_accuracy"]))])
            if args.confusion:
                conf = collections.Counter(pairs)
                print("\n%s: gold (rows) x predicted (columns)" % pool)
                print("%-14s" % "" + "".join("%9s" % l[:8] for l in LABELS))
                for g in LABELS:
                    print("%-14s" % g + "".join("%9d" % conf[(g, p)] for p in LABELS))
            if args.errors and pool in TUNE:
                shown = 0
                for r, (g, p) in zip(recs, pairs):
                    if g != p and shown < args.errors:
                        print("  %s: gold %s, got %s: %s" % (pool, g, p, (r["title"] or r["text"][:80])[:100]))
                        shown += 1
    print()
    print(C.markdown_table(["pool", "part", "n", "accuracy", "macro-F1", "not_news P", "not_news R",
                            "majority baseline (acc)"], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
