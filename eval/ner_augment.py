#!/usr/bin/env python3
"""Mention replacement for the entity tagger's training data (used by ner_eval.py).

A small corpus teaches a tagger the names it contains rather than the contexts names occur in.
Each sentence that has entities is copied `copies` times; in each copy every PER and LOC
mention is replaced, half of the time by another mention of the same type from the same
training data, otherwise by a name from the lexicon's lists (a person: given name + surname
from eval/ner_names.py, or a surname alone where the original was one word; a place: an ICU
place name), and every ORG mention by another ORG mention of the training data. MISC mentions
and all other words are kept. Deterministic for a seed; uses only the training files given,
so cross-validation folds never see their held-out part.
"""

from __future__ import annotations

import random
from pathlib import Path

from ner_metrics import chunks

KEEP_LOWER = {"and", "of", "the", "de", "la", "du", "des", "del", "da", "van", "von", "&", "-"}


def title(phrase: str) -> list[str]:
    """'bosnia and herzegovina' → [Bosnia, and, Herzegovina]; 'u.s.' → [U.S.]."""
    out = []
    for w in phrase.split(" "):
        out.append(w if w in KEEP_LOWER else ".".join(p[:1].upper() + p[1:] for p in w.split(".")))
    return out


def lexicon_places(tsv: Path) -> list[list[str]]:
    places = []
    for line in tsv.read_text(encoding="utf-8").splitlines():
        phrase, _, classes = line.partition("\t")
        if "place" in classes.split(",") and phrase[:1].isalpha():
            places.append(title(phrase))
    return places


def augment(sents: list[list[tuple[str, str]]], copies: int, names: list[str],
            places: list[list[str]], seed: int = 1) -> list[list[tuple[str, str]]]:
    rng = random.Random(seed)
    pools: dict[str, list[list[str]]] = {}
    spans = []
    for s in sents:
        tags = [t for _, t in s]
        found = sorted(chunks(tags))
        spans.append(found)
        for a, b, typ in found:
            pools.setdefault(typ, []).append([w for w, _ in s[a:b]])
    out = list(sents)
    for s, found in zip(sents, spans):
        if not found:
            continue
        for _ in range(copies):
            out.append(_replaced(s, found, pools, names, places, rng))
    return out


def _pick(typ: str, original: list[str], pools, names, places, rng) -> list[str]:
    own = pools.get(typ, [])
    if typ == "PER" and names and rng.random() < 0.5:
        surname = rng.choice(names)
        return [surname] if len(original) == 1 else [rng.choice(names), surname]
    if typ == "LOC" and places and rng.random() < 0.5:
        return rng.choice(places)
    if typ in ("PER", "LOC", "ORG") and own:
        return rng.choice(own)
    return original


def _replaced(s, found, pools, names, places, rng) -> list[tuple[str, str]]:
    out, i = [], 0
    for a, b, typ in found:
        out += s[i:a]
        words = _pick(typ, [w for w, _ in s[a:b]], pools, names, places, rng)
        out += [(w, ("B-" if k == 0 else "I-") + typ) for k, w in enumerate(words)]
        i = b
    return out + s[i:]
