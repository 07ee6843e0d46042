#!/usr/bin/env python3
"""Cross-document entity merging on MEANTIME (B-cubed), for digest/entities.

Stdlib only. Reads ../shared/data/meantime (or --data DIR); prints "skipping: ..." and exits 0
when absent.

  python3 eval/entities_eval.py

Gold: the intra_cross-doc annotation's named mentions (syntactic_type NAM) that refer to an
entity instance, one topic corpus (30 Wikinews articles) at a time treated as one story; the
gold cluster of a mention is its cross-document instance id. The system is given the gold
mention strings and kinds (PER → person, ORG → organization, LOC → place, other types → other),
so this measures merging, not tagging (build/src/digest/storyline_entities_tool). B-cubed over
mentions (metrics.bcubed), micro over the four topics' mentions; per-topic figures too.
Baseline: mentions with the same lower-cased string are one entity.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import resolve_data  # noqa: E402
from metrics import bcubed  # noqa: E402
import ner_data  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KIND = {"PER": "person", "ORG": "organization", "LOC": "place"}


def gold_mentions(docs: list[dict]) -> list[tuple[str, str, str, str]]:
    """(doc, kind, text, instance) of every named mention with an instance."""
    out = []
    for d in docs:
        word = {tid: w for s in d["sentences"] for tid, w in s}
        for m in d["mentions"]:
            if m["syntactic_type"] != "NAM" or not m["instance"]:
                continue
            words = [word.get(t, "") for t in sorted(m["tokens"])]
            while words and words[0].lower() == "the":
                words = words[1:]
            text = " ".join(words).replace("\t", " ").strip()
            if text:
                out.append((d["doc_id"], KIND.get(m["type"], "other"), text, m["instance"]))
    return out


def merge(tool: Path, mentions) -> list[str]:
    stdin = "".join(f"{d}\ten\t{k}\t{t}\n" for d, k, t, _ in mentions)
    out = subprocess.run([str(tool)], input=stdin, capture_output=True, text=True, check=True).stdout
    labels = out.split()
    # a skipped mention (-1) is a singleton of its own
    return [lab if lab != "-1" else f"skip{i}" for i, lab in enumerate(labels)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data")
    ap.add_argument("--tool", default=str(ROOT / "build/src/digest/storyline_entities_tool"))
    args = ap.parse_args()
    data = resolve_data(args.data)
    if data is None:
        print("skipping: ../shared/data not found")
        return 0
    docs = ner_data.meantime_docs(data / "meantime" / "meantime_newsreader_english_oct15.tar.gz")
    all_gold, all_sys, all_base = [], [], []
    print(f"{'topic':16} {'mentions':>8} {'entities':>8}   storyline P/R/F1       exact-string P/R/F1")
    for corpus in sorted({d["corpus"] for d in docs}):
        ms = gold_mentions([d for d in docs if d["corpus"] == corpus])
        gold = [f"{corpus}:{m[3]}" for m in ms]
        sys_labels = [f"{corpus}:{lab}" for lab in merge(Path(args.tool), ms)]
        base = [f"{corpus}:{m[2].lower()}" for m in ms]
        p, r, f = bcubed(gold, sys_labels)
        bp, br, bf = bcubed(gold, base)
        print(f"{corpus:16} {len(ms):8} {len(set(gold)):8}   {p:.3f} {r:.3f} {f:.3f}    {bp:.3f} {br:.3f} {bf:.3f}")
        all_gold += gold
        all_sys += sys_labels
        all_base += base
    p, r, f = bcubed(all_gold, all_sys)
    bp, br, bf = bcubed(all_gold, all_base)
    print(f"{'all (micro)':16} {len(all_gold):8} {len(set(all_gold)):8}   {p:.3f} {r:.3f} {f:.3f}    {bp:.3f} {br:.3f} {bf:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
