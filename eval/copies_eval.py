#!/usr/bin/env python3
"""Copied-passage evaluation: synthetic-but-real splice gold, passage and pair precision/recall.

No public gold for partial copies exists, so one is made reproducibly from real texts (see
eval/copies_gold.md): for each case, 1-3 consecutive sentences of article A are lightly edited
and spliced into an unrelated article B (another gold cluster) at a sentence boundary; the
spliced character spans are recorded on both sides. A is dated a day before B, so the copy must
point B -> A. All other articles of the set go in unmodified (background): any copy link
between two different gold clusters that is not a spliced pair is a false copy.

The binary runs once per set; its JSON output must carry
    articles[].copies[] = {"of": id, "exact": bool, "similarity": x, "chars": N,
                           "passages": [{"begin", "end", "other_begin", "other_end"}]}
with byte offsets into the article text (UTF-8). The input texts are written already
normalised to one line, so the engine's text equals the text written here.

    python3 eval/copies_eval.py [--bin PATH] [--sets multinews,duc] [--n 200] [--seed 1]
        [--json out.json] [--keep] [--extra-args "..."] [--cmd TEMPLATE] [--data DIR]
    python3 eval/copies_eval.py --self-test       # scorer checks + a run of the built-in fake
    python3 eval/copies_eval.py --fake-cluster IN.jsonl... --out OUT.json   # the fake itself

Figures (per set):
  pairs  P/R: a predicted link = a copies entry with at least one passage. TP = (B, A) gold
         pairs found; FP = links between different gold clusters that are not gold pairs
         (includes A -> B, the wrong direction). Links inside one gold cluster that are not
         gold are not scored (same-story outlets do copy each other) and are counted apart.
  chars  P/R on the new side (B): characters of B inside predicted passages of the B -> A
         entry vs inside the gold spans. char_p counts the passage characters of false links
         too; char_p_linked only those of gold pairs. other_* are the same on A's side.
  false_links_per_1k: false copy links per 1,000 input articles (real different-event pairs).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common as C  # noqa: E402

SETS = {
    "multinews": "clusters-multinews-sample/articles.jsonl",
    "duc": "clusters-duc/articles.jsonl",
}
DEFAULT_SETS = ["multinews", "duc"]
A_DATE, B_DATE = "2001-01-01", "2001-01-02"
EDIT_KINDS = [("verbatim", 0.3), ("word", 0.4), ("drop", 0.3)]

# --------------------------------------------------------------------------------------------
# Text handling

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACE = re.compile(r"\s+")
# A sentence ends at . ! ? (plus closing quotes/brackets) followed by space and an opening
# quote, capital letter or digit.
_SENT_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9\u0410-\u042f\u0401])")
_WORD = re.compile(r"[^\W\d_]{4,}")


def one_line(text: str) -> str:
    """NFC, no control characters, all whitespace runs as one space, trimmed: a text that the
    engine's extraction and NormalizeText leave exactly as it is."""
    text = unicodedata.normalize("NFC", text or "")
    return _SPACE.sub(" ", _CONTROL.sub("", text)).strip()


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of a one-line text (spaces between them excluded)."""
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        out.append((start, m.end()))
        start = m.end() + 1
    if start < len(text):
        out.append((start, len(text)))
    return [(b, e) for b, e in out if e > b]


def byte_to_char(text: str) -> list[int]:
    """m[byte offset] = character offset, for every byte offset 0..len(utf8) (inside a
    character: the character's index)."""
    m = []
    for i, ch in enumerate(text):
        m.extend([i] * len(ch.encode("utf-8")))
    m.append(len(text))
    return m


def union_len(spans) -> int:
    n, end = 0, -1
    for b, e in sorted(spans):
        if e <= end:
            continue
        n += e - max(b, end)
        end = e
    return n


def overlap(a_spans, b_spans) -> int:
    """Characters inside both unions."""
    a = _merge(a_spans)
    b = _merge(b_spans)
    i = j = n = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        n += max(0, hi - lo)
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return n


def _merge(spans):
    out = []
    for b, e in sorted(s for s in spans if s[1] > s[0]):
        if out and b <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([b, e])
    return out

# --------------------------------------------------------------------------------------------
# Gold construction


def good_sentence(text: str, span) -> bool:
    s = text[span[0]:span[1]]
    return 40 <= len(s) <= 400 and len(s.split()) >= 8


def pick_passage(rng: random.Random, a_text: str):
    """A run of 1-3 good consecutive sentences of A, or None."""
    sents = sentences(a_text)
    m = rng.choice([1, 2, 2, 3, 3])
    runs = [i for i in range(len(sents) - m + 1)
            if all(good_sentence(a_text, sents[i + j]) for j in range(m))]
    if not runs:
        return None
    i = rng.choice(runs)
    return sents[i:i + m]


def change_one_word(rng: random.Random, piece: str, vocab: list[str]) -> str | None:
    """Replace one word of >= 4 letters, away from the piece's first and last 3 words."""
    words = list(_WORD.finditer(piece))
    inner = words[3:-3]
    if not inner or not vocab:
        return None
    w = rng.choice(inner)
    new = rng.choice([v for v in vocab if v.lower() != w.group(0).lower()] or ["changed"])
    return piece[:w.start()] + new + piece[w.end():]


def make_case(rng: random.Random, a: dict, b: dict):
    """Splice an edited passage of A into B. Returns (new B text, gold pieces, kind) or None.
    Pieces: (begin, end, other_begin, other_end) in characters of new B and of A."""
    a_text, b_text = a["text"], b["text"]
    run = pick_passage(rng, a_text)
    if run is None:
        return None
    kind = rng.choices([k for k, _ in EDIT_KINDS], [w for _, w in EDIT_KINDS])[0]
    if kind == "drop" and len(run) < 3:
        kind = "word"
    if kind == "drop":
        run = [run[0], run[2]]
    texts = [a_text[s:e] for s, e in run]
    if kind == "word":
        longest = max(range(len(texts)), key=lambda i: len(texts[i]))
        edited = change_one_word(rng, texts[longest], _WORD.findall(b_text))
        if edited is None:
            kind = "verbatim"
        else:
            texts[longest] = edited
    bounds = [0] + [e + 1 for _, e in sentences(b_text)[:-1]] + [len(b_text) + 1]
    at = min(rng.choice(bounds), len(b_text))
    prefix = b_text[:at].rstrip()
    out = prefix + (" " if prefix else "")
    pieces = []
    if kind == "drop" or len(texts) == 1:
        groups = [[i] for i in range(len(texts))]
    else:
        groups = [list(range(len(texts)))]  # consecutive sentences: one piece
    for g in groups:
        begin = len(out)
        out += " ".join(texts[i] for i in g) + " "
        pieces.append((begin, len(out) - 1, run[g[0]][0], run[g[-1]][1]))
    out = (out + b_text[at:].lstrip()).rstrip()
    return out, pieces, kind


def build_gold(records: list[dict], n: int, seed: int):
    """(input records in write order, gold cases). Deterministic for (records, n, seed)."""
    rng = random.Random(seed)
    recs = sorted(({**r, "text": one_line(r.get("text"))} for r in records), key=lambda r: r["id"])
    recs = [r for r in recs if r["text"]]
    order = list(range(len(recs)))
    rng.shuffle(order)
    used, cases = set(), []
    for bi in order:
        if len(cases) >= n:
            break
        b = recs[bi]
        if bi in used or not 600 <= len(b["text"]) <= 12000:
            continue
        for _ in range(20):  # find an unused A from another cluster that has a good passage
            ai = rng.randrange(len(recs))
            a = recs[ai]
            if ai in used or ai == bi or a.get("cluster") == b.get("cluster"):
                continue
            made = make_case(rng, a, b)
            if made is None:
                continue
            used.update((ai, bi))
            text, pieces, kind = made
            recs[bi] = {**b, "text": text}
            cases.append({"b": b["id"], "a": a["id"], "kind": kind,
                          "pieces": [list(p) for p in pieces]})
            break
    a_ids = {c["a"] for c in cases}
    b_ids = {c["b"] for c in cases}
    rows = []
    for r in recs:
        date = B_DATE if r["id"] in b_ids else A_DATE
        rows.append({"id": r["id"], "text": r["text"], "published": date,
                     "lang": r.get("lang") or None, "cluster": r.get("cluster")})
    # Spliced copies after everything else, so ties in date also keep them last.
    rows.sort(key=lambda r: (r["id"] in b_ids, r["id"] not in a_ids))
    return rows, cases

# --------------------------------------------------------------------------------------------
# Scoring


def parse_copies(doc: dict) -> dict:
    """{article id: [(of, [(begin, end, other_begin, other_end) bytes], exact)]}"""
    out = {}
    for a in doc.get("articles") or []:
        entries = []
        for c in a.get("copies") or []:
            ps = [(int(p["begin"]), int(p["end"]), int(p["other_begin"]), int(p["other_end"]))
                  for p in c.get("passages") or []]
            entries.append((str(c.get("of")), ps, bool(c.get("exact"))))
        out[str(a.get("id"))] = entries
    return out


def score(rows: list[dict], cases: list[dict], copies: dict) -> dict:
    text = {r["id"]: r["text"] for r in rows}
    cluster = {r["id"]: r.get("cluster") for r in rows}
    maps = {}

    def to_chars(aid, b, e):
        m = maps.setdefault(aid, byte_to_char(text.get(aid, "")))
        bad = not (0 <= b <= e < len(m))
        b, e = min(max(b, 0), len(m) - 1), min(max(e, 0), len(m) - 1)
        return (m[b], m[e]), bad

    gold = {(c["b"], c["a"]): c for c in cases}
    pred = {}  # (new, of) -> (new-side char spans, other-side char spans)
    bad_offsets = 0
    near_dup_only = 0
    for aid, entries in copies.items():
        for of, ps, exact in entries:
            if not ps:
                near_dup_only += 1
                continue
            mine, other = [], []
            for b, e, ob, oe in ps:
                s, bad1 = to_chars(aid, b, e)
                o, bad2 = to_chars(of, ob, oe)
                bad_offsets += bad1 or bad2
                mine.append(s)
                other.append(o)
            pred[(aid, of)] = (mine, other)
    tp = sum(1 for k in pred if k in gold)
    # A spliced passage may also be in the cluster-mates of its source A (wire rewrites): B's
    # links to A's cluster are right but not the recorded source, so they are not scored.
    source_cluster = {c["b"]: cluster.get(c["a"]) for c in cases}
    def unscored(k):
        return cluster.get(k[0]) == cluster.get(k[1]) or source_cluster.get(k[0], ()) == cluster.get(k[1])
    fp_links = [k for k in pred if k not in gold and not unscored(k)]
    same_cluster = [k for k in pred if k not in gold and unscored(k)]
    reversed_links = sum(1 for (x, y) in pred if (y, x) in gold)
    g_chars = sum(union_len([tuple(p[:2]) for p in c["pieces"]]) for c in cases)
    g_other = sum(union_len([tuple(p[2:]) for p in c["pieces"]]) for c in cases)
    tp_chars = tp_other = p_chars = p_other = 0
    by_kind = {}
    for key, c in gold.items():
        k = by_kind.setdefault(c["kind"], {"cases": 0, "found": 0, "gold_chars": 0, "tp_chars": 0})
        gs = [tuple(p[:2]) for p in c["pieces"]]
        k["cases"] += 1
        k["gold_chars"] += union_len(gs)
        if key not in pred:
            continue
        mine, other = pred[key]
        t = overlap(mine, gs)
        k["found"] += 1
        k["tp_chars"] += t
        tp_chars += t
        tp_other += overlap(other, [tuple(p[2:]) for p in c["pieces"]])
        p_chars += union_len(mine)
        p_other += union_len(other)
    fp_chars = sum(union_len(pred[k][0]) for k in fp_links)
    fp_other = sum(union_len(pred[k][1]) for k in fp_links)
    n_pred = tp + len(fp_links)

    def div(a, b):
        return a / b if b else None

    for k in by_kind.values():
        k["pair_r"] = div(k["found"], k["cases"])
        k["char_r"] = div(k["tp_chars"], k["gold_chars"])
    return {
        "articles": len(rows), "cases": len(cases), "pred_links": len(pred),
        "tp": tp, "fp": len(fp_links), "fn": len(cases) - tp,
        "pair_p": div(tp, n_pred), "pair_r": div(tp, len(cases)),
        "char_p": div(tp_chars, p_chars + fp_chars), "char_p_linked": div(tp_chars, p_chars),
        "char_r": div(tp_chars, g_chars),
        "other_char_p": div(tp_other, p_other + fp_other), "other_char_r": div(tp_other, g_other),
        "false_links_per_1k": 1000.0 * len(fp_links) / max(1, len(rows)),
        "same_cluster_links": len(same_cluster), "reversed": reversed_links,
        "near_dup_only": near_dup_only, "bad_offsets": bad_offsets, "by_kind": by_kind,
        "false_examples": sorted(fp_links)[:10],
    }

# --------------------------------------------------------------------------------------------
# Running


def run_set(args, name: str, records: list[dict], tmp: Path) -> dict | None:
    rows, cases = build_gold(records, args.n, args.seed)
    inp = tmp / ("%s.jsonl" % name)
    C.write_jsonl(inp, ({k: v for k, v in r.items() if k != "cluster"} for r in rows))
    (tmp / ("%s.gold.jsonl" % name)).write_text(
        "".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
    out = tmp / ("%s.out.json" % name)
    argv = C.build_cmd(args.cmd, args.bin, [str(inp)], str(out), args.threads, args.extra_args)
    run = C.run_measured(argv, tmp / ("%s.log" % name))
    if run["rc"] != 0 or not out.exists():
        C.eprint("%s: command failed (rc %s): %s\n%s" % (name, run["rc"], " ".join(argv),
                                                      C.tail(tmp / ("%s.log" % name))))
        return None
    with open(out, encoding="utf-8") as f:
        res = score(rows, cases, parse_copies(json.load(f)))
    res.update({"seconds": run["seconds"], "maxrss_kib": run["maxrss_kib"],
                "command": " ".join(argv)})
    return res


def print_report(results: dict, args) -> None:
    cols = ["set", "arts", "cases", "pair-P", "pair-R", "char-P", "char-P(linked)", "char-R",
            "A-char-P", "A-char-R", "false/1k", "same-cl", "sec"]
    rows = [[n, r["articles"], r["cases"], r["pair_p"], r["pair_r"], r["char_p"],
             r["char_p_linked"], r["char_r"], r["other_char_p"], r["other_char_r"],
             r["false_links_per_1k"], r["same_cluster_links"], r["seconds"]]
            for n, r in results.items()]
    print(C.markdown_table(cols, rows))
    print()
    kinds = [[n, kind, k["cases"], k["pair_r"], k["char_r"]]
             for n, r in results.items() for kind, k in sorted(r["by_kind"].items())]
    print(C.markdown_table(["set", "edit", "cases", "pair-R", "char-R"], kinds))
    for n, r in results.items():
        if r["pred_links"] == 0:
            C.eprint("%s: no copies entry has passages: does the binary write "
                     "articles[].copies[].passages?" % n)
        if r["bad_offsets"]:
            C.eprint("%s: %d passages had offsets outside the text (byte offsets of a different "
                     "text?)" % (n, r["bad_offsets"]))
        if r["false_examples"]:
            print("%s false links (first %d): %s" % (n, len(r["false_examples"]),
                                                     ", ".join("%s->%s" % k for k in r["false_examples"])))
    print("\nseed %d, n %d; command: %s" % (args.seed, args.n, args.cmd))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=str(C.DEFAULT_BIN))
    ap.add_argument("--cmd", default=C.DEFAULT_CMD)
    ap.add_argument("--extra-args", default="")
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--data", default=None)
    ap.add_argument("--sets", default=",".join(DEFAULT_SETS))
    ap.add_argument("--n", type=int, default=200, help="spliced cases per set (default 200)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", default=None)
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--self-test", action="store_true")
    ap.add_argument("--fake-cluster", nargs="*", default=None, metavar="INPUT")
    ap.add_argument("--out", default=None, help="with --fake-cluster: output file")
    args = ap.parse_args(argv)
    if args.fake_cluster is not None:
        return fake_cluster(args.fake_cluster, args.out)
    if args.self_test:
        return self_test()
    data = C.resolve_data(args.data)
    if data is None:
        print("skipping: ../shared/data not found")
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="copies_eval_"))
    results = {}
    try:
        for name in [s for s in args.sets.split(",") if s]:
            if name not in SETS:
                C.eprint("unknown set %r (have: %s)" % (name, ", ".join(SETS)))
                return 2
            path = data / SETS[name]
            if not path.exists():
                print("skipping %s: %s not found" % (name, path))
                continue
            res = run_set(args, name, C.read_jsonl(path), tmp)
            if res is None:
                return 1
            results[name] = res
    finally:
        if args.keep:
            print("kept %s" % tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print_report(results, args)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"sets": results, "seed": args.seed, "n": args.n,
                       "machine": C.machine_info()}, f, indent=1)
    return 0

# --------------------------------------------------------------------------------------------
# A stand-in for the binary (exact sentence matches only) and the self-test


def fake_cluster(inputs: list[str], out: str | None) -> int:
    """Links each article to earlier ones sharing whole sentences (case-insensitive), with
    byte offsets, adjacent shared sentences merged. Same JSON shape as `storyline cluster`."""
    recs = [r for p in inputs for r in C.read_jsonl(Path(p))]
    order = sorted(range(len(recs)), key=lambda i: recs[i].get("published") or "9999")
    seen: dict[str, list[tuple[str, int, int]]] = {}
    arts = {}
    for i in order:
        r = recs[i]
        text = r["text"]
        byte = [0]
        for ch in text:
            byte.append(byte[-1] + len(ch.encode("utf-8")))
        links: dict[str, list[list[int]]] = {}
        mine = []
        for b, e in sentences(text):
            key = text[b:e].lower()
            for of, ob, oe in seen.get(key, []):
                ps = links.setdefault(of, [])
                if ps and ps[-1][1] + 1 == byte[b] and ps[-1][3] + 1 == ob:
                    ps[-1][1], ps[-1][3] = byte[e], oe
                else:
                    ps.append([byte[b], byte[e], ob, oe])
            mine.append((key, byte[b], byte[e]))
        for key, b, e in mine:
            seen.setdefault(key, []).append((r["id"], b, e))
        arts[r["id"]] = [{"of": of, "exact": False, "similarity": 0.0,
                          "chars": sum(p[1] - p[0] for p in ps),
                          "passages": [dict(zip(("begin", "end", "other_begin", "other_end"), p))
                                       for p in ps]} for of, ps in sorted(links.items())]
    doc = {"articles": [{"id": rid, "story": 0, "copies": c} for rid, c in arts.items()],
           "stories": []}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    return 0


def _synthetic_records(seed: int, n: int) -> list[dict]:
    """Made-up articles of pseudo-random words (some non-ASCII), 10 per cluster."""
    rng = random.Random(seed)
    vocab = ["".join(rng.choice("abcdefghijklmnoprstuvyz") for _ in range(rng.randint(3, 9)))
             for _ in range(3000)] + ["café", "Москва", "naïve", "Zürich"]
    recs = []
    for i in range(n):
        sents = []
        for _ in range(rng.randint(8, 14)):
            words = [rng.choice(vocab) for _ in range(rng.randint(9, 22))]
            sents.append(words[0].capitalize() + " " + " ".join(words[1:]) + ".")
        recs.append({"id": "syn-%03d" % i, "cluster": "c%d" % (i // 10), "text": " ".join(sents)})
    return recs


def self_test() -> int:
    # 1. The scorer on hand-made numbers: gold B[10,50) <- A[0,40); predicted [20,60) <- [5,45).
    rows = [{"id": "a", "text": "x" * 100, "cluster": 1}, {"id": "b", "text": "y" * 100, "cluster": 2},
            {"id": "c", "text": "é" * 50, "cluster": 3}]
    cases = [{"b": "b", "a": "a", "kind": "verbatim", "pieces": [[10, 50, 0, 40]]}]
    copies = {"b": [("a", [(20, 60, 5, 45)], False)], "a": [],
              "c": [("a", [(0, 20, 0, 10)], False)]}  # 20 bytes of "é" = 10 characters
    r = score(rows, cases, copies)
    assert (r["tp"], r["fp"], r["fn"]) == (1, 1, 0), r
    assert r["pair_p"] == 0.5 and r["pair_r"] == 1.0, r
    assert r["char_r"] == 30 / 40 and r["char_p_linked"] == 30 / 40, r
    assert r["char_p"] == 30 / 50, r  # 10 false characters of c
    assert r["other_char_r"] == 35 / 40, r
    assert byte_to_char("aé b") == [0, 1, 1, 2, 3, 4], byte_to_char("aé b")
    assert union_len([(0, 5), (3, 8), (10, 12)]) == 10 and overlap([(0, 10)], [(5, 20)]) == 5
    # 2. Gold construction is deterministic and its spans are what was spliced.
    recs = _synthetic_records(7, 120)
    rows1, cases1 = build_gold(recs, 30, 3)
    rows2, cases2 = build_gold(recs, 30, 3)
    assert cases1 == cases2 and rows1 == rows2
    assert len(cases1) == 30, len(cases1)
    text = {r["id"]: r["text"] for r in rows1}
    for c in cases1:
        for b, e, ob, oe in c["pieces"]:
            got, src = text[c["b"]][b:e], text[c["a"]][ob:oe]
            assert got == src or c["kind"] == "word", (c, got, src)
            assert got.strip() == got and got.endswith("."), (c, got)
    # 3. End to end with the fake binary: it finds unedited sentences exactly and nothing else.
    tmp = Path(tempfile.mkdtemp(prefix="copies_selftest_"))
    try:
        class A:  # noqa: N801 (argparse-like)
            n, seed, threads, extra_args = 30, 3, None, ""
            bin = sys.executable
            cmd = "{bin} %s --fake-cluster {inputs} --out {out}" % os.path.abspath(__file__)
        res = run_set(A, "synthetic", recs, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    assert res is not None
    assert res["pair_p"] == 1.0 and res["fp"] == 0 and res["bad_offsets"] == 0, res
    assert res["by_kind"].get("verbatim", {}).get("char_r", 1.0) == 1.0, res
    assert res["by_kind"].get("drop", {}).get("char_r", 1.0) == 1.0, res
    assert 0.5 < res["char_r"] < 1.0 and res["char_p"] == 1.0, res
    print("self-test ok: fake on %d synthetic cases: pair R %.3f, char R %.3f" %
          (res["cases"], res["pair_r"], res["char_r"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
