#!/usr/bin/env python3
"""Cost of story summaries + conflicting facts (build/src/digest/storyline_summary_tool) on a
real collection: timeline17's bpoil_bbc (293 articles), as one story and as stories of 10.
Best of N runs. Skips (exit 0) when ../shared/data is absent.

    python3 bench/scripts/digest_cost.py [--runs 5]
"""
import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--collection", default="bpoil_bbc")
    args = ap.parse_args()
    archive = ROOT / ".." / "shared" / "data" / "timeline17" / "timeline17-articles.tar.gz"
    if not archive.exists():
        print("digest_cost: skipping, %s not found" % archive)
        return 0
    texts = []
    with tarfile.open(archive) as tar:
        for m in tar.getmembers():
            if m.isfile() and m.name.endswith(".json") and Path(m.name).parts[-2] == args.collection:
                d = json.load(tar.extractfile(m))
                texts += [x.get("text", "") for x in (d if isinstance(d, list) else [d])]
    tool = ROOT / "build" / "src" / "digest" / "storyline_summary_tool"
    with tempfile.TemporaryDirectory() as tmp:
        runs = {"one story": [texts], "stories of 10": [texts[i:i + 10] for i in range(0, len(texts), 10)]}
        for name, stories in runs.items():
            path = Path(tmp) / "in.jsonl"
            path.write_text("".join(json.dumps({"articles": [{"title": "", "text": t} for t in s]}) + "\n"
                                    for s in stories), encoding="utf-8")
            best = float("inf")
            for _ in range(args.runs):
                start = time.perf_counter()
                subprocess.run([str(tool), str(path)], capture_output=True, check=True)
                best = min(best, time.perf_counter() - start)
            print("%-14s %d articles: %.3f s, %.2f ms/article" % (name, len(texts), best, 1000 * best / len(texts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
