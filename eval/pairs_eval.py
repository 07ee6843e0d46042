#!/usr/bin/env python3
"""Same-story pair evaluation on tgcontest-toloka clustering pairs.

For each pool (TSV of labelled pairs with full texts), both articles of every
pair are written as jsonl items (identical url+text deduplicated), the whole
pool is clustered in ONE run of the binary, and each pair's decision is
"same story" iff both articles got the same story id.  Positive class = OK.

Pools:
  ru_honey_pool  175 RU pairs (77 OK / 98 BAD)   REPORT
  en_train_pool   35 EN pairs (18 OK / 17 BAD)   REPORT (the only EN pairs; a train
                                                 pool upstream, but nothing here tunes on it)
  ru_train_pool   20 RU pairs                    TUNING
  ru_exam_pool    20 RU pairs                    TUNING

    python3 eval/pairs_eval.py [--bin PATH] [--pools a,b] [--json out.json]
        [--extra-args "..."] [--data DIR] [--cmd TEMPLATE]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common as C  # noqa: E402
import metrics as M  # noqa: E402

POOLS = {
    "ru_honey_pool": ("ru", False),
    "en_train_pool": ("en", False),
    "ru_train_pool": ("ru", True),
    "ru_exam_pool": ("ru", True),
}
DEFAULT_POOLS = ["ru_honey_pool", "en_train_pool", "ru_train_pool", "ru_exam_pool"]


def load_pool(path: Path, lang: str):
    """Return (records, pairs) where pairs = [(id_a, id_b, gold_same)]."""
    csv.field_size_limit(sys.maxsize)
    recs: dict[str, dict] = {}
    pairs = []
    with open(path, encoding="utf-8", newline="") as f:
        rd = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in rd:
            ids = []
            for side in ("first", "second"):
                url = row.get("INPUT:%s_url" % side) or ""
                text = row.get("INPUT:%s_text" % side) or ""
                title = row.get("INPUT:%s_title" % side) or None
                key = hashlib.sha1((url + "\n" + text).encode("utf-8")).hexdigest()[:12]
                aid = "tg-" + key
                if aid not in recs:
                    host = urlparse(url).netloc.lower()
                    if host.startswith("www."):
                        host = host[4:]
                    recs[aid] = {"id": aid, "title": title, "text": text, "url": url or None,
                                 "source": host or None, "lang": lang}
                ids.append(aid)
            q = (row.get("GOLDEN:quality") or "").strip().upper()
            if q not in ("OK", "BAD"):
                continue
            pairs.append((ids[0], ids[1], q == "OK"))
    return list(recs.values()), pairs


def evaluate(pool, recs, pairs, args, workdir: Path, tuning: bool) -> dict:
    inp = workdir / ("%s.jsonl" % pool)
    out = workdir / ("%s.out.json" % pool)
    log = workdir / ("%s.log" % pool)
    C.write_jsonl(inp, C.stream_order(recs, None if args.file_order else args.seed))
    argv = C.build_cmd(args.cmd, args.bin, [str(inp)], str(out), args.threads, args.extra_args)
    C.eprint("[%s] %d articles, %d pairs: %s" % (pool, len(recs), len(pairs), " ".join(argv)))
    run = C.run_measured(argv, log, timeout=args.timeout)
    base = {"pool": pool, "tuning": tuning, "articles": len(recs), "seconds": run["seconds"], "cmd": argv}
    if run["rc"] != 0 or not out.exists():
        C.eprint("[%s] FAILED rc=%s\n%s" % (pool, run["rc"], C.tail(log)))
        return {**base, "error": ("rc=%s" % run["rc"]) if run["rc"] else "no output file"}
    try:
        label, info = C.parse_output(out, [r["id"] for r in recs])
    except (ValueError, OSError) as e:
        return {**base, "error": "bad output: %s" % e}
    if info["missing"]:
        C.eprint("[%s] WARNING: %d ids missing from output (treated as singletons)" % (pool, info["missing"]))
    gold = [g for _, _, g in pairs]
    pred = [label[a] == label[b] for a, b, _ in pairs]
    s = M.pair_scores(gold, pred)
    return {**base, **s, "missing": info["missing"], "stories": len(set(label.values())),
            "pred_sizes": M.size_stats(list(label.values()))}


def print_table(rows, title):
    header = ["pool", "articles", "pairs", "OK", "stories", "TP", "FP", "FN", "TN",
              "P", "R", "F1", "acc", "sec"]
    body = []
    for r in rows:
        if "error" in r:
            body.append([r["pool"], r["articles"], "-", "-", "-", "-", "-", "-", "-", "-", "-",
                         "ERROR " + r["error"], "-", "%.2f" % r["seconds"]])
            continue
        body.append([r["pool"], r["articles"], r["n"], r["tp"] + r["fn"], r["stories"], r["tp"], r["fp"],
                     r["fn"], r["tn"], r["precision"], r["recall"], r["f1"], r["accuracy"],
                     "%.2f" % r["seconds"]])
    print("\n" + title)
    print(C.markdown_table(header, body))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=str(C.DEFAULT_BIN))
    ap.add_argument("--pools", default=",".join(DEFAULT_POOLS))
    ap.add_argument("--data", default=None, help="data dir (default ../shared/data from the repo root)")
    ap.add_argument("--json")
    ap.add_argument("--extra-args", default="")
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--cmd", default=None, help="command template (see cluster_eval.py)")
    ap.add_argument("--seed", type=int, default=1,
                    help="seed of the shuffled input order (default %(default)s)")
    ap.add_argument("--file-order", action="store_true",
                    help="feed articles in data-file order (gold clusters adjacent: optimistic)")
    ap.add_argument("--timeout", type=float, default=3600.0)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args(argv)
    cmd_given = args.cmd is not None
    if args.cmd is None:
        args.cmd = C.DEFAULT_CMD

    data = C.resolve_data(args.data)
    if data is None:
        print("skipping: %s not found" % (args.data or "../shared/data"))
        return 0
    pdir = data / "tgcontest-toloka" / "clustering_pairs"
    if not pdir.is_dir():
        print("skipping: %s not found" % pdir)
        return 0
    if not cmd_given and not Path(args.bin).exists():
        print("error: binary %s not found (build it, or pass --bin / --cmd)" % args.bin)
        return 2
    pools = [p.strip() for p in args.pools.split(",") if p.strip()]
    bad = [p for p in pools if p not in POOLS]
    if bad:
        print("unknown pool(s): %s; known: %s" % (", ".join(bad), ", ".join(POOLS)))
        return 2

    td = tempfile.mkdtemp(prefix="storyline-pairs-")
    rows = []
    try:
        for pool in pools:
            lang, tuning = POOLS[pool]
            recs, pairs = load_pool(pdir / ("%s.tsv" % pool), lang)
            rows.append(evaluate(pool, recs, pairs, args, Path(td), tuning))
    finally:
        if args.keep:
            C.eprint("kept %s" % td)
        else:
            shutil.rmtree(td, ignore_errors=True)

    rep = [r for r in rows if not r["tuning"]]
    tun = [r for r in rows if r["tuning"]]
    if rows:
        print("clusterer command (first pool): %s" % " ".join(rows[0]["cmd"]))
    if rep:
        print_table(rep, "REPORTING POOLS (positive = OK same story; no published figures exist)")
    if tun:
        print_table(tun, "TUNING POOLS (for choosing parameters only; do NOT report)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"machine": C.machine_info(), "extra_args": args.extra_args, "results": rows}, f, indent=1)
        print("saved %s" % args.json)
    return 1 if any("error" in r for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
