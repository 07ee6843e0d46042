#!/usr/bin/env python3
"""Story-clustering evaluation of `storyline cluster` on the real gold sets.

Reporting sets (figures you may quote, next to the published baseline):
  duc                 clusters-duc/articles.jsonl, 741 AP/NYT docs, 59 TDT events.
                      Scored twice: strict (gold = `cluster`) and lenient
                      (the 7 related topic pairs of related_topic_pairs.tsv merged).
  galaxy              clusters-wikinews-galaxy/articles.jsonl, all 653 / 202 events.
  galaxy-handpicked   the 74-article `handpicked` subset alone (24 fine-grained events).
  multinews           clusters-multinews-sample/articles.jsonl, 1,238 / 500 (text only).
  galaxy-wikinews-big the 333-article `wikinews_big` subset alone (held out when you
                      tune on galaxy-wikinews-tune; no published baseline).  Opt-in.
Tuning sets (for choosing thresholds; never report them as results):
  duc2006, duc2007    DUC 2006/2007 *topic* clusters (broader than events).
  galaxy-wikinews-tune  `wikinews` + `wikinews_medium` subsets (246 / 73 events).  Opt-in.
                      It overlaps `galaxy`: if you tune on it, report galaxy-handpicked
                      and galaxy-wikinews-big instead of `galaxy`.

Each set is converted to the CLI's jsonl input in a temp dir (id, text, title,
published = `date`, source, url, lang; gold labels are NOT written), the binary
is run once per set, and B-cubed / ARI / NMI (eval/metrics.py) are printed.

    python3 eval/cluster_eval.py [--bin PATH] [--sets duc,galaxy,...] [--json out.json]
        [--extra-args "--threshold 0.5"] [--data DIR] [--cmd TEMPLATE] [--self-test]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common as C  # noqa: E402
import metrics as M  # noqa: E402

# Published oracle-threshold TF-IDF average-link baselines (from the PROVENANCE files).
BASELINES = {
    "duc": {"b3_f1": 0.828, "b3_p": 0.862, "b3_r": 0.796, "ari": 0.779, "nmi": 0.930, "pred_k": 95},
    "duc-lenient": {"b3_f1": 0.847, "b3_p": 0.846, "b3_r": 0.848, "ari": 0.735, "nmi": 0.930, "pred_k": 73},
    "galaxy": {"b3_f1": 0.809, "b3_p": 0.815, "b3_r": 0.804, "ari": 0.503, "nmi": 0.930, "pred_k": 226},
    "galaxy-handpicked": {"b3_f1": 0.746, "b3_p": 0.825, "b3_r": 0.681, "ari": 0.547, "nmi": 0.871, "pred_k": 30},
    "multinews": {"b3_f1": 0.903, "b3_p": 0.943, "b3_r": 0.867, "ari": 0.769, "nmi": 0.976, "pred_k": 595},
    "duc2006": {"b3_f1": 0.895, "b3_p": 0.940, "b3_r": 0.854, "ari": 0.888, "nmi": 0.948, "pred_k": 91},
}

DEFAULT_SETS = ["duc", "galaxy", "galaxy-handpicked", "multinews", "duc2006", "duc2007"]
ALL_SETS = DEFAULT_SETS + ["galaxy-wikinews-big", "galaxy-wikinews-tune"]
TUNING = {"duc2006", "duc2007", "galaxy-wikinews-tune"}


def _record(a: dict, title_field: str = "title") -> dict:
    return {
        "id": a["id"],
        "title": a.get(title_field),
        "text": a.get("text") or "",
        "published": a.get("date"),
        "source": a.get("source"),
        "url": a.get("url"),
        "lang": a.get("lang"),
    }


def _union_find_merge(labels: dict, pairs: list[tuple[str, str]]) -> dict:
    parent: dict = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {k: find(v) for k, v in labels.items()}


def load_set(name: str, data: Path, duc_titles: str):
    """Return (records, {variant_name: {id: gold_label}})."""
    if name == "duc":
        arts = C.read_jsonl(data / "clusters-duc" / "articles.jsonl")
        recs = [_record(a, duc_titles) if duc_titles != "none" else {**_record(a), "title": None}
                for a in arts]
        strict = {a["id"]: a["cluster"] for a in arts}
        pairs = []
        with open(data / "clusters-duc" / "related_topic_pairs.tsv", encoding="utf-8") as f:
            next(f)
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 2:
                    pairs.append((parts[0], parts[1]))
        return recs, {"duc": strict, "duc-lenient": _union_find_merge(strict, pairs)}
    if name in ("duc2006", "duc2007"):
        arts = C.read_jsonl(data / "clusters-duc" / ("articles_%s_topics.jsonl.gz" % name))
        return [_record(a) for a in arts], {name: {a["id"]: a["cluster"] for a in arts}}
    if name.startswith("galaxy"):
        arts = C.read_jsonl(data / "clusters-wikinews-galaxy" / "articles.jsonl")
        keep = {
            "galaxy": None,
            "galaxy-handpicked": {"handpicked"},
            "galaxy-wikinews-big": {"wikinews_big"},
            "galaxy-wikinews-tune": {"wikinews", "wikinews_medium"},
        }[name]
        if keep is not None:
            arts = [a for a in arts if a.get("set") in keep]
        return [_record(a) for a in arts], {name: {a["id"]: a["cluster"] for a in arts}}
    if name == "multinews":
        arts = C.read_jsonl(data / "clusters-multinews-sample" / "articles.jsonl")
        return [_record(a) for a in arts], {name: {a["id"]: a["cluster"] for a in arts}}
    raise KeyError(name)


def half_of(label) -> str:
    """'tune' or 'test': a fixed split of gold clusters by the md5 of their label."""
    import hashlib
    return "tune" if int(hashlib.md5(str(label).encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def split_half(recs, golds, half):
    """Keeps the articles whose (first variant's) gold cluster falls in `half`."""
    first = next(iter(golds.values()))
    keep = {r["id"] for r in recs if half_of(first[r["id"]]) == half}
    return ([r for r in recs if r["id"] in keep],
            {v: {i: c for i, c in g.items() if i in keep} for v, g in golds.items()})


def evaluate(name, recs, golds, args, workdir: Path) -> list[dict]:
    inp = workdir / ("%s.jsonl" % name)
    out = workdir / ("%s.out.json" % name)
    log = workdir / ("%s.log" % name)
    C.write_jsonl(inp, C.stream_order(recs, None if args.file_order else args.seed))
    argv = C.build_cmd(args.cmd, args.bin, [str(inp)], str(out), args.threads, args.extra_args)
    C.eprint("[%s] %d articles: %s" % (name, len(recs), " ".join(argv)))
    run = C.run_measured(argv, log, timeout=args.timeout)
    rows = []
    if run["rc"] != 0 or not out.exists():
        C.eprint("[%s] FAILED rc=%s\n%s" % (name, run["rc"], C.tail(log)))
        for variant in golds:
            rows.append({"set": variant, "tuning": name in TUNING, "error": ("rc=%s" % run["rc"]) if run["rc"] else "no output file",
                         "seconds": run["seconds"], "cmd": argv})
        return rows
    ids = [r["id"] for r in recs]
    try:
        pred, info = C.parse_output(out, ids)
    except (ValueError, OSError) as e:
        C.eprint("[%s] cannot parse output: %s" % (name, e))
        return [{"set": v, "tuning": name in TUNING, "error": "bad output: %s" % e, "cmd": argv}
                for v in golds]
    if info["missing"]:
        C.eprint("[%s] WARNING: %d of %d input ids missing from the output (scored as singletons)"
                 % (name, info["missing"], len(ids)))
    for variant, gold in golds.items():
        g = [gold[i] for i in ids]
        p = [pred[i] for i in ids]
        s = M.cluster_scores(g, p)
        row = {"set": variant, "tuning": name in TUNING, **s, "seconds": run["seconds"],
               "maxrss_mib": run["maxrss_kib"] / 1024.0, "missing": info["missing"],
               "pred_sizes": M.size_stats(p), "gold_sizes": M.size_stats(g),
               "baseline": BASELINES.get(variant), "cmd": argv}
        rows.append(row)
    return rows


def print_table(rows: list[dict], title: str):
    header = ["set", "n", "gold k", "pred k", "B3-P", "B3-R", "B3-F1", "ARI", "NMI",
              "base F1", "max story", "gold max", "max share", "singl.", "sec"]
    body = []
    for r in rows:
        if "error" in r:
            body.append([r["set"], "-", "-", "-", "-", "-", "ERROR " + r["error"], "-", "-",
                         "-", "-", "-", "-", "-", r.get("seconds")])
            continue
        base = r.get("baseline") or {}
        ps = r["pred_sizes"]
        body.append([r["set"], r["n"], r["gold_k"], r["pred_k"], r["b3_p"], r["b3_r"], r["b3_f1"],
                     r["ari"], r["nmi"], base.get("b3_f1"), ps["max"], r["gold_sizes"]["max"], ps["max_share"],
                     ps["singletons"], "%.2f" % r["seconds"]])
    print("\n" + title)
    print(C.markdown_table(header, body))


def synthetic_set():
    """Tiny synthetic set with a known answer (made-up text, no real data).

    Gold stories: A = a1..a4, B = b1,b2, C = c1.  a4 has a different title,
    so the exact-title fake clusterer predicts {a1,a2,a3} {a4} {b1,b2} {c1}.
    Hand-computed: B3-P = 1; B3-R = (3*3/4 + 1/4 + 2*1 + 1)/7 = 5.5/7 = 11/14;
    ARI: index = C(3,2)+C(2,2) = 4, sum C(a,2) = 6+1 = 7, sum C(b,2) = 3+1 = 4,
    C(7,2) = 21, expected = 28/21 = 4/3, max = 5.5 -> ARI = (8/3)/(25/6) = 16/25.
    """
    def art(i, title, text, day):
        return {"id": i, "title": title, "text": text, "published": "2020-01-%02d" % day,
                "source": "example.org", "lang": "en"}
    recs = [
        art("a1", "Bridge closed after flood", "The river bridge was closed after the flood.", 1),
        art("a2", "Bridge closed after flood", "Officials closed the bridge as water rose.", 1),
        art("a3", "Bridge closed after flood", "Flood water forced the bridge to close.", 2),
        art("a4", "Flood: engineers inspect bridge", "Engineers inspected the closed bridge.", 2),
        art("b1", "Local team wins cup", "The local team won the cup final on Sunday.", 3),
        art("b2", "Local team wins cup", "Fans celebrated as the team lifted the cup.", 3),
        art("c1", "Library extends hours", "The city library will open longer in winter.", 4),
    ]
    gold = {"a1": "A", "a2": "A", "a3": "A", "a4": "A", "b1": "B", "b2": "B", "c1": "C"}
    return recs, {"synthetic": gold}


def self_test(args) -> int:
    if not args.cmd_given:
        fake = Path(__file__).resolve().parent / "fake_clusterer.py"
        args.cmd = "%s %s cluster {inputs} --quiet --out {out} --mode title" % (
            sys.executable, fake)
    recs, golds = synthetic_set()
    with tempfile.TemporaryDirectory(prefix="storyline-selftest-") as td:
        rows = evaluate("synthetic", recs, golds, args, Path(td))
    print_table(rows, "SELF-TEST (synthetic, 7 articles)")
    r = rows[0]
    if "error" in r:
        print("self-test FAILED: clusterer error")
        return 1
    ok = True
    if not args.cmd_given:
        expect = {"b3_p": 1.0, "b3_r": 11 / 14, "ari": 16 / 25, "pred_k": 4, "gold_k": 3}
        for k, v in expect.items():
            if abs(r[k] - v) > 1e-9:
                print("self-test mismatch %s: got %r want %r" % (k, r[k], v))
                ok = False
    print("self-test %s" % ("OK" if ok else "FAILED"))
    return 0 if ok else 1


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=str(C.DEFAULT_BIN), help="storyline binary (default %(default)s)")
    ap.add_argument("--sets", default=",".join(DEFAULT_SETS),
                    help="comma list from: %s (default %%(default)s)" % ",".join(ALL_SETS))
    ap.add_argument("--data", default=None, help="data dir (default ../shared/data from the repo root)")
    ap.add_argument("--json", help="save all results to this JSON file")
    ap.add_argument("--extra-args", default="", help="extra arguments passed to the binary")
    ap.add_argument("--threads", type=int, default=None, help="pass --threads N to the binary")
    ap.add_argument("--cmd", default=None,
                    help="command template; placeholders {bin} {inputs} {out} {threads_opt} {extra}. "
                         "Default: %r" % C.DEFAULT_CMD)
    ap.add_argument("--duc-titles", default="none", choices=["none", "headline_human"],
                    help="DUC 2003/04 docs have no publisher headline; 'headline_human' feeds the "
                         "assessor-written headline as title (default none)")
    ap.add_argument("--seed", type=int, default=1,
                    help="seed of the shuffled input order (default %(default)s)")
    ap.add_argument("--file-order", action="store_true",
                    help="feed articles in data-file order (gold clusters adjacent: optimistic)")
    ap.add_argument("--half", default="all", choices=["all", "tune", "test"],
                    help="keep only the gold clusters of one half of each set (md5 of the cluster "
                         "label, even = tune, odd = test): tune on one half, report the other")
    ap.add_argument("--timeout", type=float, default=3600.0)
    ap.add_argument("--keep", action="store_true", help="keep the temp dir (inputs, outputs, logs)")
    ap.add_argument("--self-test", action="store_true",
                    help="run on a 7-article synthetic set with a known answer (fake clusterer "
                         "unless --cmd is given) and check the figures")
    args = ap.parse_args(argv)
    args.cmd_given = args.cmd is not None
    if args.cmd is None:
        args.cmd = C.DEFAULT_CMD

    if args.self_test:
        return self_test(args)

    data = C.resolve_data(args.data)
    if data is None:
        print("skipping: %s not found" % (args.data or "../shared/data"))
        return 0
    if not args.cmd_given and not Path(args.bin).exists():
        print("error: binary %s not found (build it, or pass --bin / --cmd)" % args.bin)
        return 2
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    bad = [s for s in sets if s not in ALL_SETS]
    if bad:
        print("unknown set(s): %s; known: %s" % (", ".join(bad), ", ".join(ALL_SETS)))
        return 2

    td = tempfile.mkdtemp(prefix="storyline-eval-")
    rows: list[dict] = []
    try:
        for name in sets:
            recs, golds = load_set(name, data, args.duc_titles)
            if args.half != "all":
                recs, golds = split_half(recs, golds, args.half)
            got = evaluate(name, recs, golds, args, Path(td))
            if args.half != "all":
                for r in got:
                    r["set"] += ":" + args.half
                    r["tuning"] = r["tuning"] or args.half == "tune"
                    r["baseline"] = None  # published baselines are for whole sets
            rows.extend(got)
    finally:
        if args.keep:
            C.eprint("kept %s" % td)
        else:
            import shutil
            shutil.rmtree(td, ignore_errors=True)

    rep = [r for r in rows if not r["tuning"]]
    tun = [r for r in rows if r["tuning"]]
    print("clusterer command (first set): %s" % " ".join(rows[0]["cmd"]) if rows else "")
    if rep:
        print_table(rep, "REPORTING SETS (base F1 = published oracle-threshold TF-IDF average-link B3-F1)")
    if tun:
        print_table(tun, "TUNING SETS (for choosing parameters only; do NOT report as results)")
    print("\nmax story = size of the largest predicted story; max share = its share of all articles"
          " (chaining shows as a large share); singl. = predicted singletons.")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"machine": C.machine_info(), "extra_args": args.extra_args,
                       "results": rows}, f, indent=1)
        print("saved %s" % args.json)
    return 1 if any("error" in r for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
