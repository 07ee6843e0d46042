#!/usr/bin/env python3
"""Timeline17 (T17, tls-rl copy) for the per-story `timeline` of `storyline cluster` (issue 5).

Stdlib only. Reads ../shared/data/timeline17 (or --data DIR/timeline17); skips cleanly when absent.

For each article collection (one directory of the archive: a topic as one outlet covered it) the
collection's articles are written as one JSONL (id, title "", text, published = dct) and clustered.
The collection splits into several stories, so two predictions are scored:
  largest  the timeline of the story with the most articles: what the product shows for the
           topic's main story (primary figure);
  union    every story's timeline entries merged by date, ranked by the number of distinct
           articles citing the date, the best N kept (N = the engine's cap, 10) — the topic seen
           across all its stories.
  topic    `storyline timeline` over the whole collection with l = the gold timeline's number of
           dates (the published protocol: TLS systems see the whole collection and are given l).
Each prediction is scored against every gold timeline of that collection (SyrianCrisis_reuters has
three). Metrics (tilse, Martschat & Markert 2018, as in the data's PROVENANCE.md):
  Date-F1  F1 of the predicted date set against the gold date set;
  AR1-F    alignment-based ROUGE-1 F (many-to-one date-content alignment): each predicted date is
           aligned to the gold date minimising (1 - unigram F of the two texts) weighted by date
           distance, its unigram overlap counted with weight 1/(1+|days apart|). Re-implemented
           here from the paper's description (lowercased tokens, no stemming, no stop words):
           an approximation of tilse's figure, not the official scorer.
The published DATEWISE figures take the timeline length from the gold (l = its number of dates);
storyline keeps at most 10 dates per story, fixed a priori, so recall is capped: `ceiling` is the
best Date-F1 a 10-date timeline can reach against each gold (2*10/(10+l) when l >= 10).
Mean over timelines, as the literature reports it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT / ".." / "shared" / "data"
DEFAULT_BIN = REPO_ROOT / "build" / "src" / "cli" / "storyline"
MAX_DATES = 10  # the engine's TimelineOptions::max_dates
PUBLISHED = {"DATEWISE": (0.544, 0.120)}  # Date-F1, AR1-F (Gholipour Ghalandari & Ifrim 2020)
TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def load_collections(root: Path) -> dict[str, dict]:
    """{collection: {"articles": [...], "gold": {name: [{date, text}]}}} from the two archives."""
    out: dict[str, dict] = defaultdict(lambda: {"articles": None, "gold": {}})
    for archive in ("timeline17-articles.tar.gz", "timeline17-gold-timelines.tar.gz"):
        with tarfile.open(root / archive) as tar:
            for m in tar.getmembers():
                if not m.isfile() or not m.name.endswith(".json"):
                    continue
                parts = Path(m.name).parts
                collection, name = parts[-2], parts[-1]
                data = json.load(tar.extractfile(m))
                if name == "articles.json":
                    out[collection]["articles"] = data
                else:
                    out[collection]["gold"][name.replace(".txt.timeline.json", "")] = data
    return dict(out)


def run_cluster(binary: Path, articles: list[dict], work: Path) -> tuple[dict, float, int]:
    """The cluster document, the wall seconds and how many lines storyline skipped (no text)."""
    feed = work / "feed.jsonl"
    with open(feed, "w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps({"id": a["uid"], "title": "", "text": a["text"],
                                "published": a["dct"]}, ensure_ascii=False) + "\n")
    out = work / "out.json"
    start = time.monotonic()
    run = subprocess.run([str(binary), "cluster", str(feed), "--quiet", "--out", str(out)],
                         check=True, stderr=subprocess.PIPE, text=True)
    seconds = time.monotonic() - start
    skipped = sum(1 for line in run.stderr.splitlines() if line.startswith("storyline: skipped"))
    return json.loads(out.read_text(encoding="utf-8")), seconds, skipped


def run_topic_timeline(binary: Path, work: Path, dates: int) -> list[dict]:
    """`storyline timeline` over the whole collection (run_cluster wrote the feed) with l dates."""
    out = work / ("timeline-%d.json" % dates)
    subprocess.run([str(binary), "timeline", str(work / "feed.jsonl"), "--dates", str(dates), "--quiet",
                    "--out", str(out)], check=True, stderr=subprocess.PIPE, text=True)
    return json.loads(out.read_text(encoding="utf-8"))["timeline"]


def largest_timeline(doc: dict) -> list[dict]:
    best = max(doc["stories"], key=lambda s: (len(s["articles"]), -s["id"]), default=None)
    return best["timeline"] if best else []


def union_timeline(doc: dict) -> list[dict]:
    by_date: dict[str, dict] = {}
    for s in doc["stories"]:
        for e in s["timeline"]:
            d = by_date.setdefault(e["date"], {"date": e["date"], "text": e["text"],
                                               "articles": set()})
            d["articles"].update(e["articles"])
    ranked = sorted(by_date.values(), key=lambda d: (-len(d["articles"]), d["date"]))
    return sorted(ranked[:MAX_DATES], key=lambda d: d["date"])


def date_f1(pred: list[dict], gold: list[dict]) -> float:
    p, g = {e["date"] for e in pred}, {e["date"] for e in gold}
    hit = len(p & g)
    return 0.0 if hit == 0 else 2 * hit / (len(p) + len(g))


def tokens(text: str) -> Counter:
    return Counter(TOKEN_RE.findall(text.lower()))


def day(s: str) -> dt.date:
    return dt.date.fromisoformat(s[:10])


def unigram_f(a: Counter, b: Counter) -> float:
    overlap = sum((a & b).values())
    if overlap == 0:
        return 0.0
    p, r = overlap / sum(a.values()), overlap / sum(b.values())
    return 2 * p * r / (p + r)


def ar1_f(pred: list[dict], gold: list[dict]) -> float:
    """Many-to-one date-content alignment ROUGE-1 F (see the module docstring)."""
    gold_by_date: dict[dt.date, Counter] = defaultdict(Counter)
    for e in gold:
        gold_by_date[day(e["date"])] += tokens(e["text"])
    pred_by_date: dict[dt.date, Counter] = defaultdict(Counter)
    for e in pred:
        pred_by_date[day(e["date"])] += tokens(e["text"])
    if not gold_by_date or not pred_by_date:
        return 0.0
    overlap = 0.0
    for d, words in pred_by_date.items():
        def cost(g: dt.date) -> float:
            weight = 1.0 / (1 + abs((d - g).days))
            return 1.0 - weight * unigram_f(words, gold_by_date[g])
        g = min(gold_by_date, key=lambda g: (cost(g), abs((d - g).days)))
        weight = 1.0 / (1 + abs((d - g).days))
        overlap += weight * sum((words & gold_by_date[g]).values())
    p = overlap / sum(sum(c.values()) for c in pred_by_date.values())
    r = overlap / sum(sum(c.values()) for c in gold_by_date.values())
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def ceiling(gold: list[dict]) -> float:
    n = len({e["date"] for e in gold})
    k = min(MAX_DATES, n)
    return 2 * k / (MAX_DATES + n)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", help="the shared data directory (default ../shared/data)")
    ap.add_argument("--bin", default=str(DEFAULT_BIN), help="the storyline binary")
    ap.add_argument("--json", help="write per-timeline figures here")
    args = ap.parse_args()
    root = (Path(args.data) if args.data else DEFAULT_DATA) / "timeline17"
    if not root.is_dir():
        print(f"timeline17: {root} not found, skipping")
        return 0
    rows = []
    stories = 0
    seconds = 0.0
    for name, c in sorted(load_collections(root).items()):
        if c["articles"] is None:
            print(f"{name}: no articles in this copy, its {len(c['gold'])} timeline(s) not scored")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            doc, took, skipped = run_cluster(Path(args.bin), c["articles"], Path(tmp))
            topic = {g: run_topic_timeline(Path(args.bin), Path(tmp), len(gold)) for g, gold in c["gold"].items()}
        if skipped:
            print(f"{name}: storyline skipped {skipped} article(s) without text")
        stories += len(doc["stories"])
        seconds += took
        largest, union = largest_timeline(doc), union_timeline(doc)
        size = max((len(s["articles"]) for s in doc["stories"]), default=0)
        for gname, gold in sorted(c["gold"].items()):
            rows.append({"collection": name, "timeline": gname, "gold_dates": len(gold),
                         "articles": len(c["articles"]), "stories": len(doc["stories"]),
                         "largest_story": size, "ceiling": ceiling(gold),
                         "largest_date_f1": date_f1(largest, gold), "largest_ar1": ar1_f(largest, gold),
                         "union_date_f1": date_f1(union, gold), "union_ar1": ar1_f(union, gold),
                         "topic_date_f1": date_f1(topic[gname], gold), "topic_ar1": ar1_f(topic[gname], gold)})
    print(f"{'collection/timeline':40} {'gold':>4} {'arts':>4} {'stor':>4} {'big':>4} {'ceil':>5} "
          f"{'L-DF1':>6} {'L-AR1':>6} {'U-DF1':>6} {'U-AR1':>6} {'T-DF1':>6} {'T-AR1':>6}")
    for r in rows:
        print(f"{r['collection'] + '/' + r['timeline']:40} {r['gold_dates']:4} {r['articles']:4} "
              f"{r['stories']:4} {r['largest_story']:4} {r['ceiling']:5.3f} "
              f"{r['largest_date_f1']:6.3f} {r['largest_ar1']:6.3f} "
              f"{r['union_date_f1']:6.3f} {r['union_ar1']:6.3f} "
              f"{r['topic_date_f1']:6.3f} {r['topic_ar1']:6.3f}")
    n = len(rows)
    mean = {k: sum(r[k] for r in rows) / n for k in
            ("ceiling", "largest_date_f1", "largest_ar1", "union_date_f1", "union_ar1",
             "topic_date_f1", "topic_ar1")} if n else {}
    if n:
        print(f"{'mean over ' + str(n) + ' timelines':40} {'':4} {'':4} {'':4} {'':4} "
              f"{mean['ceiling']:5.3f} {mean['largest_date_f1']:6.3f} {mean['largest_ar1']:6.3f} "
              f"{mean['union_date_f1']:6.3f} {mean['union_ar1']:6.3f} "
              f"{mean['topic_date_f1']:6.3f} {mean['topic_ar1']:6.3f}")
        for method, (df1, ar1) in PUBLISHED.items():
            print(f"published {method}: Date-F1 {df1:.3f}, AR1-F {ar1:.3f} (l from the gold)")
        print(f"cluster runs: {seconds:.1f} s for {stories} stories")
    if args.json:
        Path(args.json).write_text(json.dumps({"rows": rows, "mean": mean}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
