#!/usr/bin/env python3
"""TempEval-3 Task A (TIMEX3 extraction and normalisation) for the storyline timex tagger.

Stdlib only. Reads ../shared/data/tempeval3 (or --data DIR/tempeval3); skips cleanly when absent.

Sets:
  tbaq      TBAQ-cleaned (TimeBank + AQUAINT), the tuning set; system input = the gold file's
            TEXT with every tag removed, DCT = the CREATION_TIME timex.
  platinum  TE3 platinum test; system input = te3-platinum-input/*.TE3input (text + DCT only),
            gold = te3-platinum/*.tml.

Metrics (UzZaman et al. 2013, as described in the data's PROVENANCE.md; re-implemented):
  strict   P/R/F1 over exact extents,
  relaxed  P/R/F1 where any character overlap counts,
  type/value F1: an entity counts only when relaxed-matched AND the attribute is equal;
           P = correct / |system|, R = correct / |gold|.
Offsets are characters of the TEXT element after tag removal and entity unescaping. Only in-text
timexes are scored (the DCT is given to the system, not found by it); `--with-dct` also counts the
DCT as one perfectly matched timex per document, as a scorer run over whole .tml files would.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT / ".." / "shared" / "data"
DEFAULT_BIN = REPO_ROOT / "build" / "src" / "digest" / "storyline_timex_tool"

TAG_RE = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
ATTR_RE = re.compile(r'([A-Za-z_:]+)="([^"]*)"')


class Doc:
    def __init__(self, name: str, text: str, dct: str, timexes: list[dict]):
        self.name, self.text, self.dct, self.timexes = name, text, dct, timexes


def parse_tml(name: str, raw: str) -> Doc:
    """TEXT content without tags, the DCT value, and the TIMEX3 spans inside TEXT."""
    m = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    dct = dict(ATTR_RE.findall(m.group(0))).get("value", "")[:10] if m else ""
    start = raw.find("<TEXT>")
    end = raw.rfind("</TEXT>")
    body = raw[start + len("<TEXT>"):end] if start >= 0 and end > start else ""
    out: list[str] = []
    pos = 0
    length = 0
    open_timex: list[dict] = []
    timexes: list[dict] = []
    for t in TAG_RE.finditer(body):
        chunk = html.unescape(body[pos:t.start()])
        out.append(chunk)
        length += len(chunk)
        pos = t.end()
        closing, tag = t.group(1) == "/", t.group(2)
        if tag != "TIMEX3":
            continue
        if closing:
            if open_timex:
                tx = open_timex.pop()
                tx["end"] = length
                timexes.append(tx)
        else:
            attrs = dict(ATTR_RE.findall(t.group(3)))
            tx = {"begin": length, "type": attrs.get("type", ""), "value": attrs.get("value", "")}
            if t.group(4) == "/":  # empty timex: no extent, cannot be found in text
                continue
            open_timex.append(tx)
    chunk = html.unescape(body[pos:])
    out.append(chunk)
    text = "".join(out)
    for tx in timexes:
        tx["text"] = text[tx["begin"]:tx["end"]]
    timexes.sort(key=lambda x: (x["begin"], x["end"]))
    return Doc(name, text, dct, timexes)


def load_tbaq(root: Path) -> list[Doc]:
    docs = []
    with tarfile.open(root / "tbaq-cleaned.tar.gz") as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if member.isfile() and member.name.endswith(".tml"):
                raw = tar.extractfile(member).read().decode("utf-8")
                docs.append(parse_tml(Path(member.name).name, raw))
    return docs


def load_platinum(root: Path) -> list[tuple[Doc, Doc]]:
    """(gold, input) pairs; file names are matched case-insensitively, sarcozy = sarkozy."""
    inputs = {}
    for p in sorted((root / "te3-platinum-input").glob("*.TE3input")):
        key = p.name.split(".tml")[0].lower().replace("sarkozy", "sarcozy")
        inputs[key] = p
    pairs = []
    for p in sorted((root / "te3-platinum").glob("*.tml")):
        gold = parse_tml(p.stem, p.read_text(encoding="utf-8"))
        ip = inputs.get(p.stem.lower())
        if ip is None:
            print(f"warning: no input for {p.name}; using the gold text", file=sys.stderr)
            inp = Doc(gold.name, gold.text, gold.dct, [])
        else:
            inp = parse_tml(p.stem, ip.read_text(encoding="utf-8"))
            if inp.text != gold.text:
                print(f"warning: {p.name}: input text differs from gold text; using the gold text",
                      file=sys.stderr)
                inp = Doc(gold.name, gold.text, inp.dct or gold.dct, [])
        pairs.append((gold, inp))
    return pairs


def run_tagger(binary: Path, docs: list[Doc], lang: str) -> list[list[dict]]:
    """Runs the tool in batch mode: one request per line, one JSON list per line back."""
    with tempfile.TemporaryDirectory() as tmp:
        manifest = []
        for i, d in enumerate(docs):
            path = Path(tmp) / f"{i}.txt"
            path.write_text(d.text, encoding="utf-8")
            manifest.append(f"{path}\t{d.dct}\t{lang}")
        mpath = Path(tmp) / "manifest.tsv"
        mpath.write_text("\n".join(manifest) + "\n", encoding="utf-8")
        res = subprocess.run([str(binary), "--batch", str(mpath)], capture_output=True,
                             text=True, check=True)
    lines = res.stdout.splitlines()
    if len(lines) != len(docs):
        raise SystemExit(f"tagger returned {len(lines)} results for {len(docs)} documents")
    outs = []
    for d, line in zip(docs, lines):
        outs.append(bytes_to_chars(d.text, json.loads(line)))
    return outs


def bytes_to_chars(text: str, timexes: list[dict]) -> list[dict]:
    """The tool reports UTF-8 byte offsets; the scorer works in characters."""
    b2c = {}
    nbytes = 0
    for i, ch in enumerate(text):
        b2c[nbytes] = i
        nbytes += len(ch.encode("utf-8"))
    b2c[nbytes] = len(text)
    for t in timexes:
        t["begin"], t["end"] = b2c[t["begin"]], b2c[t["end"]]
    return timexes


class Counts:
    def __init__(self):
        self.n_sys = self.n_gold = 0
        self.strict_p = self.strict_r = self.relaxed_p = self.relaxed_r = 0
        self.attr_p = {"type": 0, "value": 0}
        self.attr_r = {"type": 0, "value": 0}

    def add_dct(self):
        self.n_sys += 1
        self.n_gold += 1
        self.strict_p += 1
        self.strict_r += 1
        self.relaxed_p += 1
        self.relaxed_r += 1
        for a in self.attr_p:
            self.attr_p[a] += 1
            self.attr_r[a] += 1


def overlap(a: dict, b: dict) -> int:
    return min(a["end"], b["end"]) - max(a["begin"], b["begin"])


def best_match(x: dict, others: list[dict]) -> dict | None:
    """The overlapping entity with the largest overlap (an exact one first)."""
    best, best_key = None, None
    for o in others:
        ov = overlap(x, o)
        if ov <= 0:
            continue
        key = (o["begin"] == x["begin"] and o["end"] == x["end"], ov)
        if best_key is None or key > best_key:
            best, best_key = o, key
    return best


def score_doc(c: Counts, gold: list[dict], sys_: list[dict]) -> None:
    c.n_sys += len(sys_)
    c.n_gold += len(gold)
    for side, mine, theirs in (("p", sys_, gold), ("r", gold, sys_)):
        for x in mine:
            m = best_match(x, theirs)
            if m is None:
                continue
            strict = m["begin"] == x["begin"] and m["end"] == x["end"]
            if side == "p":
                c.relaxed_p += 1
                c.strict_p += strict
            else:
                c.relaxed_r += 1
                c.strict_r += strict
            for a in ("type", "value"):
                if x.get(a) == m.get(a):
                    (c.attr_p if side == "p" else c.attr_r)[a] += 1


def prf(num_p: int, num_r: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = num_p / n_sys if n_sys else 0.0
    r = num_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(c: Counts) -> dict:
    out = {"n_gold": c.n_gold, "n_sys": c.n_sys}
    for name, (p_, r_) in {"strict": (c.strict_p, c.strict_r),
                           "relaxed": (c.relaxed_p, c.relaxed_r),
                           "type": (c.attr_p["type"], c.attr_r["type"]),
                           "value": (c.attr_p["value"], c.attr_r["value"])}.items():
        p, r, f = prf(p_, r_, c.n_sys, c.n_gold)
        out[name] = {"P": round(100 * p, 2), "R": round(100 * r, 2), "F1": round(100 * f, 2)}
    return out


def print_errors(gold_docs: list[Doc], sys_out: list[list[dict]], limit: int) -> None:
    shown = 0
    for d, sys_ in zip(gold_docs, sys_out):
        for g in d.timexes:
            m = best_match(g, sys_)
            exact = m is not None and m["begin"] == g["begin"] and m["end"] == g["end"]
            if m is None:
                line = f"MISS  {g['text']!r} {g['type']} {g['value']}"
            elif not exact or m["value"] != g["value"] or m["type"] != g["type"]:
                line = (f"DIFF  gold {g['text']!r} {g['type']} {g['value']}  |  sys {m['text']!r}"
                        f" {m['type']} {m['value']}")
            else:
                continue
            ctx = d.text[max(0, g["begin"] - 40):g["end"] + 25].replace("\n", " ")
            print(f"{d.name} dct={d.dct} {line}   «{ctx}»")
            shown += 1
        for s in sys_:
            if best_match(s, d.timexes) is None:
                ctx = d.text[max(0, s["begin"] - 40):s["end"] + 25].replace("\n", " ")
                print(f"{d.name} dct={d.dct} FALSE {s['text']!r} {s['type']} {s['value']}   «{ctx}»")
                shown += 1
        if shown >= limit:
            return


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", help="data directory (default ../shared/data)")
    ap.add_argument("--bin", default=str(DEFAULT_BIN), help="storyline_timex_tool binary")
    ap.add_argument("--set", choices=["tbaq", "platinum"], default="tbaq")
    ap.add_argument("--with-dct", action="store_true", help="also count each DCT as found")
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors")
    ap.add_argument("--json", help="write the figures here")
    args = ap.parse_args()

    data = Path(args.data) if args.data else DEFAULT_DATA
    root = data / "tempeval3"
    if not root.is_dir():
        print(f"skipping: {root} not found")
        return 0
    if args.set == "tbaq":
        gold_docs = load_tbaq(root)
        inputs = gold_docs
    else:
        pairs = load_platinum(root)
        gold_docs = [g for g, _ in pairs]
        inputs = [i for _, i in pairs]
    sys_out = run_tagger(Path(args.bin), inputs, "en")
    c = Counts()
    for d, s in zip(gold_docs, sys_out):
        score_doc(c, d.timexes, s)
        if args.with_dct:
            c.add_dct()
    result = report(c)
    result["set"] = args.set
    result["docs"] = len(gold_docs)
    if args.errors:
        print_errors(gold_docs, sys_out, args.errors)
    print(json.dumps(result, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
