#!/usr/bin/env python3
"""Prints a seeded random sample of the conflicts storyline finds in gold story groups, for
judging by hand (no public gold exists for conflicting facts).

    python3 eval/conflicts_sample.py [--sets duc,galaxy] [--n 40] [--seed 11]

Each gold group (clusters-duc events, clusters-wikinews-galaxy events) is passed whole to
build/src/digest/storyline_summary_tool, which runs the same FindConflicts as
`stories[].conflicts`. For each sampled conflict it prints the group, the fact, and each value
with the sentence it came from, so a reader can judge whether the sources really state the same
fact differently. Skips (exit 0) with a message when ../shared/data is absent.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402

TOOL = C.REPO_ROOT / "build" / "src" / "digest" / "storyline_summary_tool"
FILES = {"duc": ("clusters-duc", "articles.jsonl"), "galaxy": ("clusters-wikinews-galaxy", "articles.jsonl"),
         "multinews": ("clusters-multinews-sample", "articles.jsonl"),
         "duc2006": ("clusters-duc", "articles_duc2006_topics.jsonl.gz"),
         "duc2007": ("clusters-duc", "articles_duc2007_topics.jsonl.gz")}


def sentence_with(text: str, value: str) -> str:
    i = text.find(value)
    if i < 0:
        return "?"
    b = max(text.rfind(". ", 0, i), text.rfind("\n", 0, i)) + 1
    e = min([x for x in (text.find(". ", i), text.find("\n", i), len(text)) if x >= 0])
    return " ".join(text[b:e + 1].split())[:220]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="duc,galaxy")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--data", default=None)
    args = ap.parse_args(argv)
    data = C.resolve_data(args.data)
    if data is None:
        print("conflicts_sample: SKIP: no data directory (../shared/data)")
        return 0
    found = []
    groups_total = 0
    for name in args.sets.split(","):
        folder, file = FILES[name]
        groups = collections.defaultdict(list)
        for a in C.read_jsonl(data / folder / file):
            groups[a["cluster"]].append(a)
        keys = sorted(groups)
        groups_total += len(keys)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "g.jsonl"
            with open(path, "w", encoding="utf-8") as f:
                for k in keys:
                    f.write(json.dumps({"articles": [{"title": a.get("title"), "text": a.get("text") or ""}
                                                     for a in groups[k]]}) + "\n")
            out = subprocess.run([str(TOOL), str(path)], capture_output=True, text=True, check=True)
        for k, line in zip(keys, out.stdout.splitlines()):
            for c in json.loads(line).get("conflicts", []):
                found.append((name, k, c, groups[k]))
    print("groups %d, conflicts %d" % (groups_total, len(found)))
    random.seed(args.seed)
    for i, (name, k, c, arts) in enumerate(random.sample(found, min(args.n, len(found))), 1):
        print("\n%d. [%s %s] %s" % (i, name, k, c["about"]))
        for v in c["values"]:
            a = arts[v["articles"][0]]
            print("   %-16s %d article(s): %s" % (v["value"], len(v["articles"]),
                                                  sentence_with(a.get("text") or "", v["value"].lstrip("$"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
