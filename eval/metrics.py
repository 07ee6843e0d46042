"""Clustering and pair metrics for the storyline evaluation harness (stdlib only).

All clustering metrics take two equal-length sequences of hashable labels,
``gold`` and ``pred``, aligned item by item (item i has gold label gold[i] and
predicted label pred[i]).  Labels are opaque: only equality matters.

Implemented from the definitions, not copied from any scorer:

* B-cubed precision / recall / F1 (Bagga & Baldwin 1998; item-averaged, as in
  Amigo et al. 2009).  For item i with predicted cluster C(i) and gold class
  G(i):  P_i = |C(i) & G(i)| / |C(i)|,  R_i = |C(i) & G(i)| / |G(i)|;
  P and R are the means over all items, and F1 = 2PR / (P + R) of those means.
  Via the contingency table n_ij (gold class i, predicted cluster j, gold
  sizes a_i, predicted sizes b_j):  P = (1/N) sum n_ij^2 / b_j,
  R = (1/N) sum n_ij^2 / a_i.
* ARI: Hubert & Arabie (1985) adjusted Rand index from the contingency table.
* Mutual information, NMI with the arithmetic-mean normaliser
  MI / ((H(gold) + H(pred)) / 2) (scikit-learn's default), homogeneity,
  completeness and V-measure (Rosenberg & Hirschberg 2007).  Natural logs.
* Pair-counting precision / recall / F1 over all item pairs (same predicted
  cluster = positive decision, same gold class = positive truth).
* Pair P/R/F1 for an explicit list of labelled pairs (pair_scores).

Degenerate-case conventions follow scikit-learn so figures are comparable:
ARI = 1.0 when both partitions are identical and trivial (all in one, or all
singletons); NMI = 1.0 when both have a single cluster; NMI = 0.0 when MI = 0
otherwise; homogeneity = 1.0 when H(gold) = 0; completeness = 1.0 when
H(pred) = 0.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Hashable, Iterable, Sequence


def _check(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> int:
    if len(gold) != len(pred):
        raise ValueError("gold and pred must have the same length (%d != %d)" % (len(gold), len(pred)))
    return len(gold)


def contingency(gold: Sequence[Hashable], pred: Sequence[Hashable]):
    """Return (cells, gold_sizes, pred_sizes) as Counters.

    cells maps (gold_label, pred_label) -> count."""
    _check(gold, pred)
    cells = Counter(zip(gold, pred))
    a = Counter(gold)
    b = Counter(pred)
    return cells, a, b


def bcubed(gold: Sequence[Hashable], pred: Sequence[Hashable]):
    """Item-averaged B-cubed (precision, recall, f1)."""
    n = _check(gold, pred)
    if n == 0:
        return 1.0, 1.0, 1.0
    cells, a, b = contingency(gold, pred)
    p = sum(c * c / b[j] for (i, j), c in cells.items()) / n
    r = sum(c * c / a[i] for (i, j), c in cells.items()) / n
    f = 0.0 if p + r == 0 else 2 * p * r / (p + r)
    return p, r, f


def _comb2(x: int) -> int:
    return x * (x - 1) // 2


def pair_counts(gold: Sequence[Hashable], pred: Sequence[Hashable]):
    """Pair confusion over all unordered item pairs: (tp, fp, fn, tn)."""
    n = _check(gold, pred)
    cells, a, b = contingency(gold, pred)
    tp = sum(_comb2(c) for c in cells.values())
    same_pred = sum(_comb2(c) for c in b.values())
    same_gold = sum(_comb2(c) for c in a.values())
    fp = same_pred - tp
    fn = same_gold - tp
    tn = _comb2(n) - tp - fp - fn
    return tp, fp, fn, tn


def _prf(tp: int, fp: int, fn: int):
    p = tp / (tp + fp) if tp + fp else 1.0  # no positive decisions: vacuous precision
    r = tp / (tp + fn) if tp + fn else 1.0  # no positive truths: vacuous recall
    f = 0.0 if p + r == 0 else 2 * p * r / (p + r)
    return p, r, f


def pairwise_prf(gold: Sequence[Hashable], pred: Sequence[Hashable]):
    """Pair-counting (precision, recall, f1) over all item pairs."""
    tp, fp, fn, _ = pair_counts(gold, pred)
    return _prf(tp, fp, fn)


def ari(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> float:
    """Hubert & Arabie adjusted Rand index."""
    n = _check(gold, pred)
    cells, a, b = contingency(gold, pred)
    total = _comb2(n)
    index = sum(_comb2(c) for c in cells.values())
    sa = sum(_comb2(c) for c in a.values())
    sb = sum(_comb2(c) for c in b.values())
    expected = sa * sb / total if total else 0.0
    max_index = (sa + sb) / 2.0
    if max_index == expected:
        # Only possible when both partitions are the same trivial partition
        # (all singletons, or one cluster): perfect agreement.
        return 1.0
    return (index - expected) / (max_index - expected)


def _entropy(counts: Iterable[int], n: int) -> float:
    h = 0.0
    for c in counts:
        if c:
            q = c / n
            h -= q * math.log(q)
    return h


def mutual_info(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> float:
    n = _check(gold, pred)
    if n == 0:
        return 0.0
    cells, a, b = contingency(gold, pred)
    mi = 0.0
    for (i, j), c in cells.items():
        mi += (c / n) * math.log(c * n / (a[i] * b[j]))
    return max(mi, 0.0)


def nmi(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> float:
    """NMI with arithmetic-mean normalisation (scikit-learn default)."""
    n = _check(gold, pred)
    a = Counter(gold)
    b = Counter(pred)
    if (len(a) == len(b) == 1) or n == 0:
        return 1.0
    mi = mutual_info(gold, pred)
    if mi <= 1e-15:
        return 0.0
    hg = _entropy(a.values(), n)
    hp = _entropy(b.values(), n)
    return mi / ((hg + hp) / 2.0)


def homogeneity_completeness_v(gold: Sequence[Hashable], pred: Sequence[Hashable]):
    """(homogeneity, completeness, v_measure) with beta = 1."""
    n = _check(gold, pred)
    if n == 0:
        return 1.0, 1.0, 1.0
    cells, a, b = contingency(gold, pred)
    hg = _entropy(a.values(), n)
    hp = _entropy(b.values(), n)
    # conditional entropies H(gold | pred) and H(pred | gold)
    h_g_given_p = -sum((c / n) * math.log(c / b[j]) for (i, j), c in cells.items())
    h_p_given_g = -sum((c / n) * math.log(c / a[i]) for (i, j), c in cells.items())
    h = 1.0 if hg == 0 else 1.0 - h_g_given_p / hg
    c = 1.0 if hp == 0 else 1.0 - h_p_given_g / hp
    v = 0.0 if h + c == 0 else 2 * h * c / (h + c)
    return h, c, v


def size_stats(labels: Sequence[Hashable]) -> dict:
    """Cluster-size distribution, used to spot chaining (one giant story)."""
    n = len(labels)
    sizes = sorted(Counter(labels).values(), reverse=True)
    if not sizes:
        return {"k": 0, "max": 0, "max_share": 0.0, "singletons": 0, "top5": []}
    return {
        "k": len(sizes),
        "max": sizes[0],
        "max_share": sizes[0] / n,
        "singletons": sum(1 for s in sizes if s == 1),
        "top5": sizes[:5],
    }


def cluster_scores(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> dict:
    """All clustering figures in one dict."""
    p, r, f = bcubed(gold, pred)
    pp, pr, pf = pairwise_prf(gold, pred)
    h, c, v = homogeneity_completeness_v(gold, pred)
    return {
        "n": len(gold),
        "gold_k": len(set(gold)),
        "pred_k": len(set(pred)),
        "b3_p": p,
        "b3_r": r,
        "b3_f1": f,
        "ari": ari(gold, pred),
        "nmi": nmi(gold, pred),
        "homogeneity": h,
        "completeness": c,
        "v_measure": v,
        "pair_p": pp,
        "pair_r": pr,
        "pair_f1": pf,
    }


def pair_scores(gold_same: Sequence[bool], pred_same: Sequence[bool]) -> dict:
    """Precision/recall/F1 for explicit labelled pairs, positive = same story."""
    if len(gold_same) != len(pred_same):
        raise ValueError("length mismatch")
    tp = sum(1 for g, p in zip(gold_same, pred_same) if g and p)
    fp = sum(1 for g, p in zip(gold_same, pred_same) if (not g) and p)
    fn = sum(1 for g, p in zip(gold_same, pred_same) if g and not p)
    tn = sum(1 for g, p in zip(gold_same, pred_same) if (not g) and not p)
    p, r, f = _prf(tp, fp, fn)
    n = len(gold_same)
    return {
        "n": n,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": p,
        "recall": r,
        "f1": f,
        "accuracy": (tp + tn) / n if n else 1.0,
    }
