#!/usr/bin/env python3
"""Readers for the NER corpora in ../shared/data, and CoNLL-style training files from them.

Stdlib only. Used by ner_eval.py and entities_eval.py, and to rebuild the shipped models:

  python3 eval/ner_data.py --out /tmp/ner-data     # writes meantime.conll, factrueval-dev.conll, ...

Type mapping (to the tagger's PER / ORG / LOC / LOCORG / MISC):
  CoNLL-2003   PER ORG LOC MISC as given.
  FactRuEval   Person → PER, Org → ORG, Location → LOC, LocOrg → LOCORG; Project and Facility are
               not track-1 types and stay O. Nested mentions: the outermost named mention is
               tagged over its whole token range (descriptors included: «мэрии Москвы» is one ORG).
  MEANTIME     named (syntactic_type NAM) mentions; PER, ORG, LOC as given, PRO (products such as
               "A380", "iTunes") → MISC; FIN and MIX stay O. Overlapping mentions: the longest whose
               words are all capitalised or connectors wins ("Airbus parent company European
               Aeronautic ..." loses to "Airbus"). Titles are cut from persons ("President
               Barack Obama" → "Barack Obama"). Only the annotated sentences (the first six
               of each article) are written.
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import sys
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import resolve_data  # noqa: E402

FRE_TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOCORG"}
MEANTIME_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "PRO": "MISC"}
# Span kinds that name something (the others describe: org_descr, job, geo_adj, ...).
FRE_NAME_SPANS = {"name", "surname", "patronymic", "nickname", "org_name", "loc_name"}


# ---------------------------------------------------------------- CoNLL-2003

DOCSTART = [("-DOCSTART-", "O")]  # a document boundary among sentences (keep_docstart)


def read_conll(path: Path, keep_docstart: bool = False) -> list[list[tuple[str, str]]]:
    """Sentences of (word, tag) from a CoNLL file (gz or plain); first and last columns.
    With keep_docstart, each "-DOCSTART-" line is kept as the sentence DOCSTART."""
    opener = gzip.open if str(path).endswith(".gz") else open
    sents, cur = [], []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            cols = line.split()
            if not cols or cols[0] == "-DOCSTART-":
                if cur:
                    sents.append(cur)
                cur = []
                if cols and keep_docstart:
                    sents.append(DOCSTART)
                continue
            cur.append((cols[0], cols[-1]))
    if cur:
        sents.append(cur)
    return sents


def write_conll(sents, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for s in sents:
            for w, t in s:
                f.write(f"{w} {t}\n")
            f.write("\n")


# ---------------------------------------------------------------- FactRuEval

def _tar_members(tar_path: Path) -> dict[str, str]:
    out = {}
    with tarfile.open(tar_path) as tar:
        for m in tar.getmembers():
            if m.isfile():
                out[m.name.split("/")[-1]] = tar.extractfile(m).read().decode("utf-8")
    return out


def factrueval_docs(tar_path: Path) -> list[dict]:
    """Each document: name, sentences (lists of token ids), tokens {id: (start, len, text)},
    mentions [{id, type, tokens:set, marks:{tok: 0|1}, spans:[span kinds]}]."""
    files = _tar_members(tar_path)
    docs = []
    for name in sorted(n[:-7] for n in files if n.endswith(".tokens")):
        tokens, sentences, cur = {}, [], []
        for line in files[name + ".tokens"].splitlines():
            parts = line.split(" ", 3)
            if len(parts) < 4:
                if cur:
                    sentences.append(cur)
                cur = []
                continue
            tid = int(parts[0])
            tokens[tid] = (int(parts[1]), int(parts[2]), parts[3])
            cur.append(tid)
        if cur:
            sentences.append(cur)
        spans = {}
        for line in files.get(name + ".spans", "").splitlines():
            p = line.split("#")[0].split()
            if len(p) >= 6:
                first, n = int(p[4]), int(p[5])
                ids = sorted(tokens)
                k = ids.index(first) if first in tokens else -1
                spans[int(p[0])] = (p[1], ids[k:k + n] if k >= 0 else [])
        mentions = []
        for line in files.get(name + ".objects", "").splitlines():
            p = line.split("#")[0].split()
            if len(p) < 3:
                continue
            toks, marks, kinds = set(), {}, []
            for sid in p[2:]:
                kind, ids = spans.get(int(sid), ("", []))
                kinds.append(kind)
                for t in ids:
                    toks.add(t)
                    marks[t] = max(marks.get(t, 0), _fre_mark(FRE_TYPES.get(p[1], ""), kind))
            mentions.append({"id": int(p[0]), "type": p[1], "tokens": toks, "marks": marks,
                             "spans": kinds})
        docs.append({"name": name, "tokens": tokens, "sentences": sentences,
                     "mentions": mentions, "text": files.get(name + ".txt", "")})
    return docs


def _fre_mark(tag: str, span_kind: str) -> int:
    """Weight of a token in the track-1 quality (FactRuEval's published span weight table)."""
    if tag == "PER":
        return int(span_kind in {"name", "surname", "patronymic", "nickname"})
    if tag in {"ORG", "LOC", "LOCORG"}:
        return int(span_kind in {"org_name", "loc_name"})
    return 0


def factrueval_conll(docs: list[dict]) -> list[list[tuple[str, str]]]:
    sents = []
    for d in docs:
        tag_of = {}
        order = {t: i for i, t in enumerate(sorted(d["tokens"]))}
        ids = sorted(d["tokens"])
        named = [m for m in d["mentions"]
                 if m["type"] in FRE_TYPES and m["tokens"] and any(m["marks"].values())]
        # outermost first: longest token range, then earliest
        named.sort(key=lambda m: (-(max(order[t] for t in m["tokens"]) -
                                    min(order[t] for t in m["tokens"])), min(m["tokens"])))
        for m in named:
            lo = min(order[t] for t in m["tokens"])
            hi = max(order[t] for t in m["tokens"])
            rng = ids[lo:hi + 1]
            if any(t in tag_of for t in rng):
                continue
            for k, t in enumerate(rng):
                tag_of[t] = ("B-" if k == 0 else "I-") + FRE_TYPES[m["type"]]
        for s in d["sentences"]:
            sents.append([(d["tokens"][t][2], tag_of.get(t, "O")) for t in s])
    return sents


# ---------------------------------------------------------------- MEANTIME

CONNECTORS = {"of", "and", "the", "de", "for", "&", "-", "'s", "du", "la", "von", "van", "der"}
# Titles before a person's name are not part of it (CoNLL's convention, and the story entities
# attach roles separately): "President Barack Obama" → "Barack Obama".
PERSON_TITLES = {"president", "senator", "sen.", "prime", "minister", "mr", "mr.", "mrs", "mrs.",
                 "ms", "ms.", "dr", "dr.", "spokeswoman", "spokesman", "chairman", "chairwoman",
                 "ceo", "chief", "executive", "governor", "gov.", "secretary", "general", "judge"}


def _name_like(words: list[str]) -> bool:
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in CONNECTORS for w in words)


def meantime_docs(tar_path: Path, cross_doc: bool = True) -> list[dict]:
    """Each document: corpus, doc_id, sentences [[(t_id, word)]], mentions [{tokens:[t_id],
    type, syntactic_type, instance}] (instance: the cross-document instance id or None)."""
    part = "intra_cross-doc_annotation" if cross_doc else "intra-doc_annotation"
    docs = []
    with tarfile.open(tar_path) as tar:
        for m in sorted(tar.getmembers(), key=lambda m: m.name):
            if not (m.isfile() and f"/{part}/" in m.name and m.name.endswith(".xml")):
                continue
            root = ET.parse(io.BytesIO(tar.extractfile(m).read())).getroot()
            docs.append(_meantime_doc(root, m.name.split("/")[-2]))
    return docs


def _meantime_doc(root, corpus: str) -> dict:
    sents: dict[int, list] = {}
    for t in root.iter("token"):
        sents.setdefault(int(t.get("sentence")), []).append((int(t.get("t_id")), t.text or ""))
    markables = root.find("Markables")
    entities = {}
    mentions = {}
    for e in markables:
        if e.tag == "ENTITY_MENTION":
            toks = [int(a.get("t_id")) for a in e.iter("token_anchor")]
            mentions[e.get("m_id")] = {"tokens": toks, "syntactic_type": e.get("syntactic_type"),
                                       "type": None, "instance": None}
        elif e.tag == "ENTITY":
            entities[e.get("m_id")] = (e.get("ent_type"), e.get("instance_id"))
    for r in root.find("Relations") or []:
        if r.tag != "REFERS_TO":
            continue
        target = r.find("target")
        if target is None or target.get("m_id") not in entities:
            continue
        etype, inst = entities[target.get("m_id")]
        for s in r.iter("source"):
            if s.get("m_id") in mentions:
                mentions[s.get("m_id")].update(type=etype, instance=inst)
    return {"corpus": corpus, "doc_id": root.get("doc_id"),
            "sentences": [sents[k] for k in sorted(sents)],
            "mentions": [v for v in mentions.values() if v["tokens"]]}


def _name_runs(toks: list[int], word: dict) -> list[list[int]]:
    """Maximal runs of name-like tokens inside a mention, connectors trimmed from both ends:
    "JSA Research defence analyst Paul Nesbit" → [JSA Research], [Paul Nesbit]."""
    runs, cur = [], []
    for t in toks + [None]:
        w = word.get(t, "") if t is not None else ""
        if t is not None and _name_like([w]) and w not in {"(", ")", ","}:
            cur.append(t)
            continue
        while cur and word[cur[0]].lower() in CONNECTORS:
            cur = cur[1:]
        while cur and word[cur[-1]].lower() in CONNECTORS:
            cur = cur[:-1]
        if cur:
            runs.append(cur)
        cur = []
    return runs


def meantime_conll(docs: list[dict]) -> list[list[tuple[str, str]]]:
    sents = []
    for d in docs:
        word = {tid: w for s in d["sentences"] for tid, w in s}
        cands = []
        for m in d["mentions"]:
            if m["syntactic_type"] != "NAM" or m["type"] not in MEANTIME_TYPES:
                continue
            toks = sorted(m["tokens"])
            if toks != list(range(toks[0], toks[-1] + 1)):
                continue  # discontinuous
            for run in _name_runs(toks, word):
                typ = MEANTIME_TYPES[m["type"]]
                while typ == "PER" and len(run) > 1 and word[run[0]].lower() in PERSON_TITLES:
                    run = run[1:]
                cands.append((run, typ))
        spans = {tuple(r) for r, _ in cands}
        # "Boeing and Lockheed Martin" when "Boeing" and "Lockheed Martin" are mentions too: the
        # parts win (CoNLL tags conjoined names separately).
        def conjoined(run):
            return any(word[t] == "and" for t in run) and any(
                set(o) < set(run) for o in spans)
        cands = [(0, -len(r), r, typ) for r, typ in cands if not conjoined(r)]
        tag_of = {}
        for _, _, toks, typ in sorted(cands):
            if any(t in tag_of for t in toks):
                continue
            for k, t in enumerate(toks):
                tag_of[t] = ("B-" if k == 0 else "I-") + typ
        # Only the first sentences of each article are annotated (0-5 here); later ones would
        # teach the tagger that names are not entities.
        sent_of = {tid: i for i, s in enumerate(d["sentences"]) for tid, _ in s}
        last = max((sent_of[t] for m in d["mentions"] for t in m["tokens"] if t in sent_of), default=-1)
        for s in d["sentences"][:last + 1]:
            sents.append([(w, tag_of.get(tid, "O")) for tid, w in s])
    return sents


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", help="data dir (default ../shared/data)")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    data = resolve_data(args.data)
    if data is None:
        print("skipping: ../shared/data not found")
        return 0
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    fre = data / "factrueval"
    write_conll(factrueval_conll(factrueval_docs(fre / "factrueval-2016-devset.tar.gz")),
                out / "factrueval-dev.conll")
    write_conll(factrueval_conll(factrueval_docs(fre / "factrueval-2016-testset.tar.gz")),
                out / "factrueval-test.conll")
    mt = meantime_docs(data / "meantime" / "meantime_newsreader_english_oct15.tar.gz", cross_doc=False)
    write_conll(meantime_conll(mt), out / "meantime.conll")
    for name in ("train", "testa", "testb"):
        write_conll(read_conll(data / "conll2003" / f"eng.{name}.gz"), out / f"conll-{name}.conll")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
