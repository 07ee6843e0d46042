#!/usr/bin/env python3
"""Mention replacement for the entity tagger's training data (used by ner_eval.py).

A small corpus teaches a tagger the names it contains rather than the contexts names occur in.
Each sentence that has entities is copied `copies` times (and `person_copies` more times when
it has a person); in each copy every PER and LOC mention is replaced, half of the time by
another mention of the same type from the same training data, otherwise by a name from the
lexicon's lists (a person: given name + surname from eval/ner_names.py, or a surname alone
where the original was one word; a place: an ICU place name), and every ORG mention by another
ORG mention of the training data or, for a share of them, by a lexicon organisation or a name
followed by an organisation cue word ("Lindqvist Bank"). MISC mentions and all other words are
kept. Deterministic for a seed; uses only the training files given, so cross-validation folds
never see their held-out part.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from ner_metrics import chunks

KEEP_LOWER = {"and", "of", "the", "de", "la", "du", "des", "del", "da", "van", "von", "&", "-"}


def title(phrase: str) -> list[str]:
    """'bosnia and herzegovina' → [Bosnia, and, Herzegovina]; 'u.s.' → [U.S.]."""
    out = []
    for w in phrase.split(" "):
        out.append(w if w in KEEP_LOWER else ".".join(p[:1].upper() + p[1:] for p in w.split(".")))
    return out


def lexicon_phrases(tsv: Path, cls: str) -> list[list[str]]:
    """The phrases of one class of a lexicon TSV ('place', 'org', 'orgcue'), title-cased."""
    out = []
    for line in tsv.read_text(encoding="utf-8").splitlines():
        phrase, _, classes = line.partition("\t")
        if cls in classes.split(",") and phrase[:1].isalpha():
            out.append(title(phrase))
    return out


@dataclass
class Pools:
    """What replacements are drawn from besides the training mentions."""
    names: list[str] = field(default_factory=list)          # given names and surnames
    places: list[list[str]] = field(default_factory=list)   # place names
    orgs: list[list[str]] = field(default_factory=list)     # organisation names
    org_cues: list[list[str]] = field(default_factory=list)  # "Bank", "Ministry", ...
    org_share: float = 0.0  # share of ORG mentions replaced from orgs / "<Name> <cue>"


def augment(sents: list[list[tuple[str, str]]], copies: int, lexicon: Pools, seed: int = 1,
            person_copies: int = 0) -> list[list[tuple[str, str]]]:
    """`person_copies` more copies of each sentence with a person (MEANTIME has 89 persons for
    467 organisations)."""
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
        extra = person_copies if any(typ == "PER" for _, _, typ in found) else 0
        for _ in range(copies + extra):
            out.append(_replaced(s, found, pools, lexicon, rng))
    return out


def _pick(typ: str, original: list[str], pools, lex: Pools, rng) -> list[str]:
    own = pools.get(typ, [])
    if typ == "PER" and lex.names and rng.random() < 0.5:
        surname = rng.choice(lex.names)
        return [surname] if len(original) == 1 else [rng.choice(lex.names), surname]
    if typ == "LOC" and lex.places and rng.random() < 0.5:
        return rng.choice(lex.places)
    if typ == "ORG" and lex.orgs and rng.random() < lex.org_share:
        if rng.random() < 0.5 or not (lex.names and lex.org_cues):
            return rng.choice(lex.orgs)
        return [rng.choice(lex.names)] + rng.choice(lex.org_cues)
    if typ in ("PER", "LOC", "ORG") and own:
        return rng.choice(own)
    return original


def _replaced(s, found, pools, lex: Pools, rng) -> list[tuple[str, str]]:
    out, i = [], 0
    for a, b, typ in found:
        out += s[i:a]
        words = _pick(typ, [w for w, _ in s[a:b]], pools, lex, rng)
        out += [(w, ("B-" if k == 0 else "I-") + typ) for k, w in enumerate(words)]
        i = b
    return out + s[i:]
