#!/usr/bin/env python3
"""Story summaries against human multi-document summaries (ROUGE-1/2), beside a lead baseline.

Each gold story group is summarised by storyline's summariser (build/src/digest/
storyline_summary_tool, the code behind `stories[].summary`) and scored against the human
summary of that group:

  multinews-validation  Multi-News sample, validation split (newser.com summaries): tune here
  multinews-test        the test split: report
  duc2003               DUC 2003 clusters of clusters-duc with a human 100-word summary: report

Baseline, run side by side: LEAD = the first sentences of the group's earliest article (input
order where undated) cut to the same number of words as storyline's summary of that group, so
that both are scored at equal length. ROUGE-N here: clipped n-gram overlap of lower-cased
alphanumeric tokens, no stemming, no stop-word removal; recall, precision and F1 averaged over
groups (macro). Figures are not comparable with published Multi-News ROUGE, which is for
summaries of ~260 words; ours are 3-5 sentences.

    python3 eval/summary_eval.py [--sets multinews-validation,multinews-test,duc2003]

Skips (exit 0) with a message when ../shared/data is absent.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402

TOOL = C.REPO_ROOT / "build" / "src" / "digest" / "storyline_summary_tool"
TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
csv.field_size_limit(1 << 30)


def tokens(text: str) -> list[str]:
    return [t.lower() for t in TOKEN.findall(text)]


def ngrams(toks: list[str], n: int) -> collections.Counter:
    return collections.Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def rouge(candidate: str, reference: str, n: int) -> tuple[float, float, float]:
    c, r = ngrams(tokens(candidate), n), ngrams(tokens(reference), n)
    overlap = sum((c & r).values())
    p = overlap / max(1, sum(c.values()))
    rec = overlap / max(1, sum(r.values()))
    f = 0.0 if p + rec == 0 else 2 * p * rec / (p + rec)
    return p, rec, f


def self_test() -> None:
    p, r, f = rouge("the cat sat", "the cat sat on the mat", 1)
    assert (p, round(r, 3)) == (1.0, 0.5), (p, r)
    p, r, f = rouge("the the the", "the cat", 1)  # clipped: one "the" counts
    assert round(p, 3) == 0.333 and r == 0.5, (p, r)
    assert rouge("a b c", "a b d", 2)[0] == 0.5


def load_groups(name: str, data: Path) -> list[tuple[list[dict], str]]:
    """[(articles, reference summary)] for one set."""
    if name.startswith("multinews"):
        split = name.split("-", 1)[1]
        arts = C.read_jsonl(data / "clusters-multinews-sample" / "articles.jsonl")
        refs = {}
        with open(data / "clusters-multinews-sample" / "clusters.tsv", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if row["split"] == split:
                    refs[row["cluster"]] = row["newser_summary"]
    elif name == "duc2003":
        arts = C.read_jsonl(data / "clusters-duc" / "articles.jsonl")
        refs = {}
        with open(data / "clusters-duc" / "clusters.tsv", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                if not row["description"].startswith("[system summary]"):
                    refs[row["cluster"]] = row["description"]
    else:
        raise KeyError(name)
    groups = collections.defaultdict(list)
    for a in arts:
        if a["cluster"] in refs:
            groups[a["cluster"]].append(a)
    return [(groups[c], refs[c]) for c in sorted(groups)]


def unix(date: str | None):
    if not date:
        return None
    import datetime as dt
    try:
        d = dt.datetime.fromisoformat(date.replace("Z", "+00:00"))
    except ValueError:
        return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=dt.timezone.utc)
    return int(d.timestamp())


def lead(articles: list[dict], words: int) -> str:
    dated = [(unix(a.get("date")) is None, unix(a.get("date")) or 0, i) for i, a in enumerate(articles)]
    first = articles[min(dated)[2]]
    out = (first.get("text") or "").split()
    return " ".join(out[:words])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="multinews-validation,multinews-test,duc2003")
    ap.add_argument("--data", default=None)
    ap.add_argument("--tool", default=str(TOOL))
    ap.add_argument("--json", help="save the figures to this file")
    ap.add_argument("--option", action="append", default=[], help="NAME=VALUE passed to the tool (tuning)")
    args = ap.parse_args(argv)
    self_test()
    data = C.resolve_data(args.data)
    if data is None:
        print("summary_eval: SKIP: no data directory (../shared/data)")
        return 0
    if not Path(args.tool).exists():
        print("summary_eval: build first (scripts/build.sh): %s missing" % args.tool, file=sys.stderr)
        return 2
    results = {}
    print("| set | groups | articles | words (ours) | ROUGE-1 F (ours / lead) | ROUGE-2 F (ours / lead) | "
          "ROUGE-1 R (ours / lead) | ROUGE-2 R (ours / lead) |")
    print("|---|---|---|---|---|---|---|---|")
    for name in args.sets.split(","):
        groups = load_groups(name, data)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "groups.jsonl"
            with open(path, "w", encoding="utf-8") as f:
                for arts, _ in groups:
                    f.write(json.dumps({"articles": [
                        {"title": a.get("title"), "text": a.get("text") or "",
                         "published": unix(a.get("date"))} for a in arts]}) + "\n")
            out = subprocess.run([args.tool, str(path)] + args.option, capture_output=True, text=True, check=True)
        lines = out.stdout.splitlines()
        assert len(lines) == len(groups), (len(lines), len(groups))
        sums = collections.defaultdict(float)
        n_words = 0
        for (arts, ref), line in zip(groups, lines):
            ours = " ".join(s["text"] for s in json.loads(line).get("summary", []))
            w = len(ours.split())
            n_words += w
            base = lead(arts, w)
            for n in (1, 2):
                for sysname, text in (("ours", ours), ("lead", base)):
                    p, r, f = rouge(text, ref, n)
                    sums["%s_r%d_f" % (sysname, n)] += f
                    sums["%s_r%d_r" % (sysname, n)] += r
        k = len(groups)
        avg = {key: v / k for key, v in sums.items()}
        results[name] = {"groups": k, "articles": sum(len(a) for a, _ in groups), **avg,
                         "mean_words": n_words / k}
        print("| %s | %d | %d | %.0f | %.3f / %.3f | %.3f / %.3f | %.3f / %.3f | %.3f / %.3f |" % (
            name, k, results[name]["articles"], n_words / k,
            avg["ours_r1_f"], avg["lead_r1_f"], avg["ours_r2_f"], avg["lead_r2_f"],
            avg["ours_r1_r"], avg["lead_r1_r"], avg["ours_r2_r"], avg["lead_r2_r"]))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
