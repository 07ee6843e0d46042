#!/usr/bin/env python3
"""Cross-language story links on tgcontest-toloka's English categories sets.

Each English article of categories/en_cat_*.tsv carries a Russian translation (trans_title,
trans_text). Originals and translations of one part are clustered together in ONE run (the
language is left to the engine's detector; input order shuffled with a fixed seed), then:

  recall     share of originals whose own translation is in their story
  precision  of all (English, Russian) pairs that share a story, the share that are an
             original and its own translation
  en merges  share of English originals that share a story with another English original
             (these sets are single articles on mostly unrelated stories: a rough precision
             check of the monolingual side)

Parts: en_cat_training + en_cat_exam (TUNING), en_cat_honey (REPORT).

    python3 eval/crosslingual_eval.py [--bin PATH] [--parts tune,report] [--extra-args "..."]
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common as C  # noqa: E402

PARTS = {"tune": ["en_cat_training.tsv", "en_cat_exam.tsv"], "report": ["en_cat_honey.tsv"]}
DEFAULT_CMD = "{bin} cluster {inputs} --quiet --out {out} --format json {extra}"


def load(cat_dir: Path, files: list[str]) -> list[tuple[str, str, str, str]]:
    csv.field_size_limit(sys.maxsize)
    rows = []
    for name in files:
        with open(cat_dir / name, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if (r.get("INPUT:text") or "").strip() and (r.get("INPUT:trans_text") or "").strip():
                    rows.append((r.get("INPUT:title") or "", r["INPUT:text"],
                                 r.get("INPUT:trans_title") or "", r["INPUT:trans_text"]))
    return rows


def records(rows) -> list[dict]:
    recs = []
    for i, (title, text, ttitle, ttext) in enumerate(rows):
        recs.append({"id": "en-%d" % i, "title": title, "text": text})
        recs.append({"id": "ru-%d" % i, "title": ttitle, "text": ttext})
    return recs


def score(labels: dict, n: int) -> dict:
    by_story = defaultdict(list)
    for aid, s in labels.items():
        by_story[s].append(aid)
    linked = sum(labels["en-%d" % i] == labels["ru-%d" % i] for i in range(n))
    cross_pairs = true_pairs = en_merged = 0
    for members in by_story.values():
        en = [m for m in members if m.startswith("en-")]
        ru = [m for m in members if m.startswith("ru-")]
        cross_pairs += len(en) * len(ru)
        true_pairs += sum(("ru-" + e[3:]) in ru for e in en)
        if len(en) > 1:
            en_merged += len(en)
    return {"n": n, "recall": linked / n if n else 0.0,
            "precision": true_pairs / cross_pairs if cross_pairs else 0.0,
            "cross_pairs": cross_pairs, "en_merged_share": en_merged / n if n else 0.0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=str(C.DEFAULT_BIN))
    ap.add_argument("--data", default=None)
    ap.add_argument("--parts", default="tune,report")
    ap.add_argument("--extra-args", default="")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    data = C.resolve_data(args.data)
    cat_dir = data / "tgcontest-toloka" / "categories" if data else None
    if cat_dir is None or not cat_dir.is_dir():
        print("skipping: %s not found" % (cat_dir or args.data or "../shared/data"))
        return 0
    print("| part | originals | recall | precision | cross pairs | en merged |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="storyline-xl-") as tmp:
        for part in args.parts.split(","):
            rows = load(cat_dir, PARTS[part])
            recs = records(rows)
            inp, out = Path(tmp) / ("%s.jsonl" % part), Path(tmp) / ("%s.out.json" % part)
            C.write_jsonl(inp, C.stream_order(recs, args.seed))
            argv = C.build_cmd(DEFAULT_CMD, args.bin, [str(inp)], str(out), None, args.extra_args)
            run = C.run_measured(argv, Path(tmp) / ("%s.log" % part))
            if run["rc"] != 0:
                print("| %s | FAILED rc=%s | | | | |" % (part, run["rc"]))
                continue
            labels, _ = C.parse_output(out, [r["id"] for r in recs])
            s = score(labels, len(rows))
            tag = " (tuning)" if part == "tune" else ""
            print("| %s%s | %d | %.3f | %.3f | %d | %.3f |" % (
                part, tag, s["n"], s["recall"], s["precision"], s["cross_pairs"], s["en_merged_share"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
