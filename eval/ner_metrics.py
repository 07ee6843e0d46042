"""NER metrics, stdlib only (tested in test_ner_metrics.py).

conlleval: phrase-level exact match as the CoNLL shared task's conlleval script counts it
(re-implemented from its description): a chunk starts at B-X, or at I-X when the previous tag is
O or of another type; it continues over I-X of the same type; a gold chunk counts as found when a
predicted chunk has the same start, end and type. P, R, F1 micro over all types.

factrueval_track1: FactRuEval-2016 track 1 (mention level, partial-overlap credit), re-implemented
from the published description and span-weight table: gold mentions that are unnamed (no token
with a name weight) or embedded in another mention are ignored; each gold mention is matched to
at most one predicted mention of the same type (greedy by token overlap |∩|/|∪|, a close
stand-in for the official optimal matching); a match earns
Σw(∩) / (Σw(∩) + |pred \\ gold| + Σw(gold \\ pred)) where w is 1 for name-span tokens and 0 for
descriptors; a prediction matched to an ignored gold mention counts neither way.
P = credit / |pred counted|, R = credit / |gold counted|.
"""

from __future__ import annotations


def chunks(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, typ = set(), None, None
    for i, t in enumerate(list(tags) + ["O"]):
        prefix, _, kind = t.partition("-")
        inside = prefix == "I" and typ == kind and start is not None
        if start is not None and not inside:
            out.add((start, i, typ))
            start, typ = None, None
        if prefix == "B" or (prefix == "I" and start is None):
            start, typ = i, kind
    return out


def prf(tp: float, n_pred: float, n_gold: float) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "tp": tp, "pred": n_pred, "gold": n_gold}


def conlleval(gold_sents: list[list[str]], pred_sents: list[list[str]]) -> dict:
    """{"overall": prf, "PER": prf, ...} over sentences of tags."""
    by_type: dict[str, list[float]] = {}
    for g, p in zip(gold_sents, pred_sents, strict=True):
        gc, pc = chunks(g), chunks(p)
        for c in gc | pc:
            row = by_type.setdefault(c[2], [0, 0, 0])
            row[0] += c in gc and c in pc
            row[1] += c in pc
            row[2] += c in gc
    out = {t: prf(*row) for t, row in sorted(by_type.items())}
    tot = [sum(r[k] for r in by_type.values()) for k in range(3)]
    out["overall"] = prf(*tot)
    return out


def factrueval_track1(gold: list[dict], pred: list[dict]) -> dict:
    """gold: [{"type", "tokens": set, "marks": {tok: w}}], pred: [{"type", "tokens": set}] of one
    document. Returns {type: [credit, n_pred, n_gold]} to be summed over documents."""
    ignored = []
    for g in gold:
        embedded = any(g["tokens"] < o["tokens"] and o["type"] in _PARENTS[g["type"]]
                       for o in gold if o is not g)
        ignored.append(embedded or not any(g["marks"].get(t, 0) for t in g["tokens"]))
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g["type"] == p["type"] and g["tokens"] & p["tokens"]:
                pairs.append((len(g["tokens"] & p["tokens"]) / len(g["tokens"] | p["tokens"]), gi, pi))
    used_g, used_p, match = set(), set(), {}
    for _, gi, pi in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi), used_p.add(pi)
            match[gi] = pi
    # Two gold mentions over the same tokens (Org and LocOrg): count one, the matched one.
    for gi, g in enumerate(gold):
        for gj in range(gi + 1, len(gold)):
            if not ignored[gi] and not ignored[gj] and gold[gj]["tokens"] == g["tokens"]:
                ignored[gi if (gj in match and gi not in match) else gj] = True
    res: dict[str, list[float]] = {}
    for gi, g in enumerate(gold):
        if ignored[gi]:
            continue
        row = res.setdefault(g["type"], [0.0, 0, 0])
        row[2] += 1
        if gi in match:
            row[0] += _quality(g, pred[match[gi]])
    matched_ignored = {match[gi] for gi in match if ignored[gi]}
    for pi, p in enumerate(pred):
        if pi not in matched_ignored:
            res.setdefault(p["type"], [0.0, 0, 0])[1] += 1
    return res


_PARENTS = {"per": {"loc", "org", "locorg"}, "loc": {"loc", "org", "locorg"},
            "org": {"org", "locorg"}, "locorg": {"org", "locorg"}}


def _quality(g: dict, p: dict) -> float:
    w = g["marks"]
    tp = sum(w.get(t, 0) for t in g["tokens"] & p["tokens"])
    fn = sum(w.get(t, 0) for t in g["tokens"] - p["tokens"])
    fp = len(p["tokens"] - g["tokens"])
    if tp + fn + fp == 0:  # no weighted token at all: plain overlap
        return len(g["tokens"] & p["tokens"]) / len(g["tokens"] | p["tokens"])
    return tp / (tp + fp + fn)
