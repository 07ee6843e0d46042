#!/usr/bin/env python3
"""Cross-language name merging on BSNLP (issue 5): do the spellings of one entity across Slavic
languages and scripts, and across inflected forms, become one story entity?

Stdlib only. Reads ../shared/data/bsnlp (or --data DIR); prints "skipping: ..." and exits 0 when
absent.

    python3 eval/bsnlp_names_eval.py [--langs ru,uk,bg,pl,cs,sl]

Gold: the annotated files of each topic (asia_bibi, brexit, nord_stream, ryanair, ec, trump,
other): one line per distinct mention form of a document, with its type and its cross-lingual
entity id. Each topic, all its languages together, is treated as one story and passed to the
story-entity merger (build/src/digest/storyline_entities_tool, the code behind
`stories[].entities`) with the gold surface forms and kinds (PER → person, ORG → organization,
LOC → place, others → other), so this measures merging, not tagging. Scored per topic and micro
over topics:
  B-cubed over mentions (metrics.bcubed) against the gold ids;
  cross-language links: over pairs of mentions in different languages, recall = share of
  same-id pairs put in one entity, precision = share of pairs put in one entity that have the
  same id (pairs counted in closed form from the contingency table).
Baseline: mentions with the same lower-cased surface string are one entity.
"""

from __future__ import annotations

import argparse
import collections
import subprocess
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import resolve_data  # noqa: E402
from metrics import bcubed  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KIND = {"PER": "person", "ORG": "organization", "LOC": "place"}


def load(archive: Path, langs: set[str]) -> dict[str, list[tuple[str, str, str, str, str]]]:
    """{topic: [(doc, lang, kind, surface, gold id)]}."""
    out: dict[str, list] = collections.defaultdict(list)
    with tarfile.open(archive) as tar:
        for m in tar.getmembers():
            parts = Path(m.name).parts
            if not m.isfile() or len(parts) < 5 or parts[2] != "annotated" or not (m.name.endswith(".out") or m.name.endswith(".txt")):
                continue
            topic, lang = parts[1], parts[3]
            if lang not in langs:
                continue
            lines = tar.extractfile(m).read().decode("utf-8", "replace").splitlines()
            doc = f"{topic}/{lang}/{parts[-1]}"
            for line in lines[1:]:
                cols = line.split("\t")
                if len(cols) < 4 or not cols[0].strip() or not cols[3].strip():
                    continue
                out[topic].append((doc, lang, KIND.get(cols[2].strip(), "other"),
                                   cols[0].strip(), cols[3].strip()))
    return out


def merge(tool: Path, mentions) -> list[str]:
    stdin = "".join(f"{d}\t{lang}\t{k}\t{t}\n" for d, lang, k, t, _ in mentions)
    out = subprocess.run([str(tool)], input=stdin, capture_output=True, text=True, check=True).stdout
    labels = out.split()
    return [lab if lab != "-1" else f"skip{i}" for i, lab in enumerate(labels)]


def cross_language_links(langs: list[str], gold: list[str], pred: list[str]) -> tuple[int, int, int]:
    """(same-id pairs merged, same-id pairs, merged pairs) over pairs in different languages."""
    def pairs(keys) -> int:
        # pairs with equal key and different languages = all equal-key pairs − same-language ones
        by_key = collections.Counter(keys)
        by_key_lang = collections.Counter(zip(keys, langs))
        all_pairs = sum(n * (n - 1) // 2 for n in by_key.values())
        same_lang = sum(n * (n - 1) // 2 for n in by_key_lang.values())
        return all_pairs - same_lang
    both = pairs(list(zip(gold, pred)))
    return both, pairs(gold), pairs(pred)


def prf(tp: int, gold: int, pred: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def self_test() -> None:
    # languages a, b; gold ids x (a, b) and y (b); the system merges all three
    tp, g, p = cross_language_links(["a", "b", "b"], ["x", "x", "y"], ["1", "1", "1"])
    assert (tp, g, p) == (1, 1, 2), (tp, g, p)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data")
    ap.add_argument("--langs", default="ru,uk,bg,pl,cs,sl,hr,sk")
    ap.add_argument("--tool", default=str(ROOT / "build/src/digest/storyline_entities_tool"))
    args = ap.parse_args()
    self_test()
    data = resolve_data(args.data)
    if data is None:
        print("skipping: ../shared/data not found")
        return 0
    if not Path(args.tool).exists():
        print(f"bsnlp_names_eval: build first (scripts/build.sh): {args.tool} missing", file=sys.stderr)
        return 2
    topics = load(data / "bsnlp" / "bsnlp-2017-2021-annotated.tar.gz", set(args.langs.split(",")))
    print(f"{'topic':12} {'langs':>5} {'mentions':>8} {'ids':>6}   B3 storyline P/R/F1   B3 same-string P/R/F1"
          f"   cross-lang links storyline P/R/F1   same-string P/R/F1")
    totals = collections.defaultdict(list)
    link_sum = {"sys": [0, 0, 0], "base": [0, 0, 0]}
    for topic in sorted(topics):
        ms = topics[topic]
        gold = [f"{topic}:{m[4]}" for m in ms]
        langs = [m[1] for m in ms]
        pred = [f"{topic}:{lab}" for lab in merge(Path(args.tool), ms)]
        base = [f"{topic}:{m[3].lower()}" for m in ms]
        b3s, b3b = bcubed(gold, pred), bcubed(gold, base)
        ls, lb = cross_language_links(langs, gold, pred), cross_language_links(langs, gold, base)
        for k, v in (("sys", ls), ("base", lb)):
            link_sum[k] = [a + b for a, b in zip(link_sum[k], v)]
        totals["gold"] += gold
        totals["pred"] += pred
        totals["base"] += base
        print(f"{topic:12} {len(set(langs)):5} {len(ms):8} {len(set(gold)):6}   "
              "%.3f %.3f %.3f        %.3f %.3f %.3f          %.3f %.3f %.3f               %.3f %.3f %.3f"
              % (*b3s, *b3b, *prf(*ls), *prf(*lb)))
    b3s, b3b = bcubed(totals["gold"], totals["pred"]), bcubed(totals["gold"], totals["base"])
    print(f"{'all (micro)':12} {'':5} {len(totals['gold']):8} {len(set(totals['gold'])):6}   "
          "%.3f %.3f %.3f        %.3f %.3f %.3f          %.3f %.3f %.3f               %.3f %.3f %.3f"
          % (*b3s, *b3b, *prf(*link_sum["sys"]), *prf(*link_sum["base"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
