#!/usr/bin/env python3
"""Throughput benchmark of `storyline cluster` on a corpus built from real news.

Builds a corpus of up to N articles (default 20,000) by replicating the real
corpora in ../shared/data (clusters-duc event + DUC 2003 novelty + DUC 2006 +
DUC 2007 topic files, clusters-wikinews-galaxy, clusters-multinews-sample;
about 5,300 unique articles).  Replica 0 is the original; replica k >= 1 gets a
new id, a url suffix, its date shifted by k days, two paragraphs swapped and
one sentence dropped (fixed seed), so copies are near- but not exact
duplicates.  The order is replica-major over a seeded shuffle, so the 1,000
and 5,000 prefixes hold only originals.

Each corpus is written as jsonl shards of --shard articles (default 5,000;
the CLI caps one input file at 64 MiB), all passed to ONE run.  For every
size (default 1000, 5000, 20000) and thread count (default 1, 2) it
runs the binary once (or --repeat times, best wall time kept) and reports
wall seconds, articles/s, microseconds per article, peak RSS (wait4 ru_maxrss
of that run) and the number of stories.  --baseline-bin runs a second binary
with the same inputs in the same session and adds a ratio column.

    python3 bench/scripts/throughput.py [--bin PATH] [--baseline-bin PATH] [--n 20000]
        [--sizes 1000,5000,20000] [--threads 1,2] [--repeat 1] [--json out.json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent / "eval"))

import common as C  # noqa: E402

CORPORA = [
    ("duc", "clusters-duc/articles.jsonl"),
    ("duc03n", "clusters-duc/articles_duc2003_trec_novelty_topics.jsonl.gz"),
    ("duc06", "clusters-duc/articles_duc2006_topics.jsonl.gz"),
    ("duc07", "clusters-duc/articles_duc2007_topics.jsonl.gz"),
    ("gx", "clusters-wikinews-galaxy/articles.jsonl"),
    ("mn", "clusters-multinews-sample/articles.jsonl"),
]

SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")


def load_base(data: Path) -> list[dict]:
    base = []
    for tag, rel in CORPORA:
        p = data / rel
        if not p.exists():
            C.eprint("note: %s missing, skipped" % p)
            continue
        for a in C.read_jsonl(p):
            base.append({
                "id": "%s-%s" % (tag, a["id"]),
                "title": a.get("title") or a.get("headline_human") if tag in ("duc", "duc03n") else a.get("title"),
                "text": a.get("text") or "",
                "published": a.get("date"),
                "source": a.get("source"),
                "url": a.get("url"),
                "lang": a.get("lang") or "en",
            })
    return base


def _rng(seed: int, aid: str, k: int) -> random.Random:
    h = hashlib.sha256(("%d|%s|%d" % (seed, aid, k)).encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def perturb(a: dict, k: int, seed: int) -> dict:
    if k == 0:
        return dict(a, id=a["id"] + "~r0")
    rng = _rng(seed, a["id"], k)
    paras = [p for p in re.split(r"\n\s*\n", a["text"]) if p.strip()]
    if len(paras) >= 2:
        i, j = rng.sample(range(len(paras)), 2)
        paras[i], paras[j] = paras[j], paras[i]
    # drop one sentence from the longest paragraph
    if paras:
        li = max(range(len(paras)), key=lambda x: len(paras[x]))
        sents = SENT_SPLIT.split(paras[li])
        if len(sents) > 1:
            del sents[rng.randrange(len(sents))]
            paras[li] = " ".join(sents)
    pub = a.get("published")
    if pub:
        try:
            pub = (date.fromisoformat(pub[:10]) + timedelta(days=k)).isoformat()
        except ValueError:
            pass
    url = a.get("url")
    if url:
        url = url + ("&" if "?" in url else "?") + "r=%d" % k
    return dict(a, id="%s~r%d" % (a["id"], k), text="\n\n".join(paras), published=pub, url=url)


def build_corpus(base: list[dict], n: int, seed: int) -> list[dict]:
    order = list(base)
    random.Random(seed).shuffle(order)
    out = []
    k = 0
    while len(out) < n and order:
        for a in order:
            if len(out) >= n:
                break
            out.append(perturb(a, k, seed))
        k += 1
    return out


def count_stories(path: Path):
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        return len(doc.get("stories") or []), len(doc.get("articles") or [])
    except (OSError, ValueError):
        return None, None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=str(C.DEFAULT_BIN))
    ap.add_argument("--baseline-bin", default=None, help="second binary to run side by side")
    ap.add_argument("--cmd", default=None, help="command template for --bin (see eval/common.py)")
    ap.add_argument("--baseline-cmd", default=None, help="command template for --baseline-bin")
    ap.add_argument("--n", type=int, default=20000, help="largest corpus size (default %(default)s)")
    ap.add_argument("--sizes", default="1000,5000,20000")
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--repeat", type=int, default=1, help="runs per cell; the best wall time is kept")
    ap.add_argument("--extra-args", default="")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--shard", type=int, default=5000,
                    help="articles per input file; all shards go in one run (default %(default)s)")
    ap.add_argument("--data", default=None)
    ap.add_argument("--json")
    ap.add_argument("--timeout", type=float, default=3600.0)
    ap.add_argument("--keep", action="store_true", help="keep the temp dir with the corpora and outputs")
    args = ap.parse_args(argv)

    data = C.resolve_data(args.data)
    if data is None:
        print("skipping: %s not found" % (args.data or "../shared/data"))
        return 0
    runners = [("storyline", args.bin, args.cmd or C.DEFAULT_CMD, args.cmd is not None)]
    if args.baseline_bin or args.baseline_cmd:
        runners.append(("baseline", args.baseline_bin or "", args.baseline_cmd or C.DEFAULT_CMD,
                        args.baseline_cmd is not None))
    for label, b, _, given in runners:
        if not given and not Path(b).exists():
            print("error: %s binary %s not found (build it, or pass --cmd)" % (label, b))
            return 2

    sizes = sorted({min(int(s), args.n) for s in args.sizes.split(",") if s.strip()} | {args.n})
    threads = [int(t) for t in args.threads.split(",") if t.strip()]
    base = load_base(data)
    if not base:
        print("skipping: no corpora found under %s" % data)
        return 0
    corpus = build_corpus(base, max(sizes), args.seed)

    mi = C.machine_info()
    print("machine: %s" % mi["uname"])
    print("cpu: %s; nproc %s" % (mi.get("cpu", "?"), mi["nproc"]))
    print("base articles: %d unique; corpus: %d (replicas up to r%d); seed %d"
          % (len(base), len(corpus), (len(corpus) - 1) // len(base), args.seed))

    td = Path(tempfile.mkdtemp(prefix="storyline-bench-"))
    results = []
    try:
        inputs = {}
        for n in sizes:
            # shards of --shard articles each (the CLI caps the size of one input file)
            d = td / ("corpus_%d" % n)
            d.mkdir()
            parts = []
            for k, start in enumerate(range(0, n, args.shard)):
                p = d / ("part-%03d.jsonl" % k)
                C.write_jsonl(p, corpus[start:min(n, start + args.shard)])
                parts.append(p)
            inputs[n] = parts
        for n in sizes:
            mb = sum(p.stat().st_size for p in inputs[n]) / 1e6
            for t in threads:
                cell = {}
                for label, b, tmpl, _ in runners:
                    best = None
                    for rep in range(args.repeat):
                        out = td / ("out_%s_%d_t%d.json" % (label, n, t))
                        log = td / ("log_%s_%d_t%d.txt" % (label, n, t))
                        argv = C.build_cmd(tmpl, b, [str(p) for p in inputs[n]], str(out), t, args.extra_args)
                        C.eprint("[%s n=%d t=%d rep=%d] %s" % (label, n, t, rep, " ".join(argv)))
                        r = C.run_measured(argv, log, timeout=args.timeout)
                        if r["rc"] != 0:
                            C.eprint("FAILED rc=%s\n%s" % (r["rc"], C.tail(log)))
                            best = dict(r, error="rc=%s" % r["rc"])
                            break
                        st, na = count_stories(out)
                        r.update(stories=st, out_articles=na)
                        if best is None or r["seconds"] < best["seconds"]:
                            best = r
                    row = {"binary": label, "path": b, "size": n, "input_mb": mb, "threads": t, **best,
                           "cmd": argv}
                    if "error" not in row:
                        row["articles_per_s"] = n / row["seconds"] if row["seconds"] else None
                        row["us_per_article"] = 1e6 * row["seconds"] / n
                    cell[label] = row
                    results.append(row)
                if "baseline" in cell and "error" not in cell["baseline"] and "error" not in cell["storyline"]:
                    cell["storyline"]["speedup_vs_baseline"] = cell["baseline"]["seconds"] / cell["storyline"]["seconds"]
    finally:
        if args.keep:
            C.eprint("kept %s" % td)
        else:
            shutil.rmtree(td, ignore_errors=True)

    header = ["binary", "articles", "MB", "threads", "wall s", "art/s", "us/art", "peak RSS MiB",
              "stories"]
    if len(runners) > 1:
        header.append("x faster than baseline")
    body = []
    for r in results:
        if "error" in r:
            body.append([r["binary"], r["size"], "%.1f" % r["input_mb"], r["threads"], "ERROR " + r["error"]]
                        + ["-"] * (len(header) - 5))
            continue
        row = [r["binary"], r["size"], "%.1f" % r["input_mb"], r["threads"], "%.2f" % r["seconds"],
               "%.0f" % r["articles_per_s"], "%.0f" % r["us_per_article"], "%.1f" % (r["maxrss_kib"] / 1024),
               r.get("stories")]
        if len(runners) > 1:
            row.append("%.2f" % r["speedup_vs_baseline"] if "speedup_vs_baseline" in r else "")
        body.append(row)
    print()
    print(C.markdown_table(header, body))
    print("\nwall s = wall-clock of the whole CLI run (read, cluster, write JSON); peak RSS = the run's max resident set (/usr/bin/time %M; wait4 fallback).")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"machine": mi, "seed": args.seed, "base_articles": len(base), "results": results}, f, indent=1)
        print("saved %s" % args.json)
    return 1 if any("error" in r for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
