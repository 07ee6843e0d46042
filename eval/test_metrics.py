"""Hand-checked tests for eval/metrics.py.

Run:  python3 -m unittest discover -s eval -p 'test_*.py'
"""

import math
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import metrics as M  # noqa: E402


class Perfect(unittest.TestCase):
    def test_identical_partitions_score_one(self):
        gold = ["a", "a", "b", "b", "b", "c"]
        pred = [7, 7, 3, 3, 3, 9]  # relabelled, same partition
        s = M.cluster_scores(gold, pred)
        for key in ("b3_p", "b3_r", "b3_f1", "ari", "nmi", "homogeneity",
                    "completeness", "v_measure", "pair_p", "pair_r", "pair_f1"):
            self.assertAlmostEqual(s[key], 1.0, places=12, msg=key)
        self.assertEqual((s["n"], s["gold_k"], s["pred_k"]), (6, 3, 3))

    def test_trivial_identical(self):
        # both all-in-one, both all-singletons: sklearn conventions give 1.0
        self.assertEqual(M.ari([0, 0, 0], [1, 1, 1]), 1.0)
        self.assertEqual(M.nmi([0, 0, 0], [1, 1, 1]), 1.0)
        self.assertEqual(M.ari([0, 1, 2], [5, 4, 3]), 1.0)
        self.assertAlmostEqual(M.nmi([0, 1, 2], [5, 4, 3]), 1.0, places=12)


class Degenerate(unittest.TestCase):
    # gold: two classes of 3 -> a = (3, 3), N = 6
    gold = [0, 0, 0, 1, 1, 1]

    def test_all_in_one(self):
        pred = [0] * 6
        # B3: every item's predicted cluster has 6 members, 3 of its class:
        #   P = (1/N) sum_i a_i^2 / N = (9 + 9) / 36 = 0.5 ; R = 1
        #   F1 = 2 * 0.5 * 1 / 1.5 = 2/3
        p, r, f = M.bcubed(self.gold, pred)
        self.assertAlmostEqual(p, 0.5)
        self.assertAlmostEqual(r, 1.0)
        self.assertAlmostEqual(f, 2 / 3)
        # ARI: index = sum C(a_i,2) = 6, sum C(b,2) = C(6,2) = 15 = total,
        #   expected = 6 * 15 / 15 = 6 = index  -> 0
        self.assertAlmostEqual(M.ari(self.gold, pred), 0.0)
        # MI = 0 (pred carries no information) -> NMI 0; H(pred) = 0 so
        # completeness = 1, homogeneity = 1 - H(G|K)/H(G) = 1 - ln2/ln2 = 0
        self.assertAlmostEqual(M.nmi(self.gold, pred), 0.0)
        h, c, v = M.homogeneity_completeness_v(self.gold, pred)
        self.assertAlmostEqual(h, 0.0)
        self.assertAlmostEqual(c, 1.0)
        self.assertAlmostEqual(v, 0.0)
        # pair counting: 15 pairs all predicted same, 6 truly same
        self.assertEqual(M.pair_counts(self.gold, pred), (6, 9, 0, 0))

    def test_all_singletons(self):
        pred = list(range(6))
        # B3: P = 1 ; R = (1/N) sum_i a_i * (1/a_i) = k / N = 2/6 = 1/3
        #   F1 = 2 * 1 * (1/3) / (4/3) = 0.5
        p, r, f = M.bcubed(self.gold, pred)
        self.assertAlmostEqual(p, 1.0)
        self.assertAlmostEqual(r, 1 / 3)
        self.assertAlmostEqual(f, 0.5)
        # ARI: index = 0, sum C(b,2) = 0 -> expected 0; max = 6/2 = 3 -> 0
        self.assertAlmostEqual(M.ari(self.gold, pred), 0.0)
        # MI = H(G) = ln 2 ; H(pred) = ln 6
        #   NMI = 2 ln2 / (ln2 + ln6) = 0.557886...
        self.assertAlmostEqual(M.nmi(self.gold, pred),
                               2 * math.log(2) / (math.log(2) + math.log(6)))
        self.assertAlmostEqual(M.nmi(self.gold, pred), 0.5578858913022595, places=12)
        # homogeneity 1 ; completeness = 1 - H(K|G)/H(K) = 1 - ln3/ln6
        h, c, _ = M.homogeneity_completeness_v(self.gold, pred)
        self.assertAlmostEqual(h, 1.0)
        self.assertAlmostEqual(c, 1 - math.log(3) / math.log(6))
        self.assertEqual(M.pair_counts(self.gold, pred), (0, 0, 6, 9))
        pp, pr, pf = M.pairwise_prf(self.gold, pred)
        self.assertEqual((pp, pr, pf), (1.0, 0.0, 0.0))


class SixItemExample(unittest.TestCase):
    """gold = [0,0,0,1,1,1], pred = [0,0,1,1,2,2] (the scikit-learn user-guide
    example; its ARI is quoted there as 0.24).

    Contingency (rows gold, cols pred):   g0: [2, 1, 0]   g1: [0, 1, 2]
    gold sizes a = (3, 3); pred sizes b = (2, 2, 2); N = 6.
    """

    gold = [0, 0, 0, 1, 1, 1]
    pred = [0, 0, 1, 1, 2, 2]

    def test_bcubed(self):
        # P = (1/6) * (4/2 + 1/2 + 1/2 + 4/2) = 5/6
        # R = (1/6) * (4/3 + 1/3 + 1/3 + 4/3) = 5/9
        # F1 = 2 * (5/6)(5/9) / (5/6 + 5/9) = (50/54) / (25/18) = 2/3
        p, r, f = M.bcubed(self.gold, self.pred)
        self.assertAlmostEqual(p, 5 / 6)
        self.assertAlmostEqual(r, 5 / 9)
        self.assertAlmostEqual(f, 2 / 3)

    def test_ari(self):
        # index = C(2,2)+C(2,2) = 2 ; sum C(a,2) = 6 ; sum C(b,2) = 3 ; C(6,2) = 15
        # expected = 6*3/15 = 1.2 ; max = (6+3)/2 = 4.5
        # ARI = (2 - 1.2) / (4.5 - 1.2) = 0.8 / 3.3 = 8/33 = 0.242424...
        self.assertAlmostEqual(M.ari(self.gold, self.pred), 8 / 33)

    def test_nmi_hcv(self):
        # MI = 2 * (2/6) ln(6*2/(3*2)) + 2 * (1/6) ln(6*1/(3*2)) = (2/3) ln 2
        # H(gold) = ln 2 ; H(pred) = ln 3
        # NMI = (2/3) ln2 / ((ln2 + ln3)/2) = 4 ln2 / (3 ln6) = 0.515803...
        self.assertAlmostEqual(M.mutual_info(self.gold, self.pred), 2 / 3 * math.log(2))
        self.assertAlmostEqual(M.nmi(self.gold, self.pred), 4 * math.log(2) / (3 * math.log(6)))
        # H(G|K) = 2 * (1/6) ln 2 = (1/3) ln 2 -> h = 1 - 1/3 = 2/3
        # H(K|G) = 2*(2/6) ln(3/2) + 2*(1/6) ln 3 -> c = 1 - H(K|G)/ln 3
        h, c, v = M.homogeneity_completeness_v(self.gold, self.pred)
        self.assertAlmostEqual(h, 2 / 3)
        hkg = (2 / 3) * math.log(1.5) + (1 / 3) * math.log(3)
        self.assertAlmostEqual(c, 1 - hkg / math.log(3))
        self.assertAlmostEqual(v, 2 * h * c / (h + c))

    def test_pairs(self):
        # same-pred pairs: 3 (one per cluster), of which 2 same-gold -> tp=2, fp=1
        # same-gold pairs: 6 -> fn = 4 ; tn = 15 - 7 = 8
        self.assertEqual(M.pair_counts(self.gold, self.pred), (2, 1, 4, 8))
        p, r, f = M.pairwise_prf(self.gold, self.pred)
        self.assertAlmostEqual(p, 2 / 3)
        self.assertAlmostEqual(r, 1 / 3)
        self.assertAlmostEqual(f, 4 / 9)


class IIRExample(unittest.TestCase):
    """Manning, Raghavan & Schuetze, Introduction to IR, ch. 16 (Fig. 16.4):
    17 items, classes x (8), o (5), d (4); clusters
      1: x x x x x o     2: x o o o o d     3: x x d d d
    The book gives TP=20, FP=20, FN=24, TN=72, RI=0.68, P=0.5, R=0.455,
    F1=0.48 and NMI = 0.36 (its NMI uses the arithmetic-mean normaliser).
    """

    gold = list("xxxxxo") + list("xooood") + list("xxddd")
    pred = [1] * 6 + [2] * 6 + [3] * 5

    def test_setup(self):
        self.assertEqual(self.gold.count("x"), 8)
        self.assertEqual(self.gold.count("o"), 5)
        self.assertEqual(self.gold.count("d"), 4)

    def test_pair_counts(self):
        tp, fp, fn, tn = M.pair_counts(self.gold, self.pred)
        self.assertEqual((tp, fp, fn, tn), (20, 20, 24, 72))
        self.assertAlmostEqual((tp + tn) / (tp + fp + fn + tn), 0.68, places=2)
        p, r, f = M.pairwise_prf(self.gold, self.pred)
        self.assertAlmostEqual(p, 0.5)
        self.assertAlmostEqual(r, 20 / 44)
        self.assertAlmostEqual(f, 0.48, places=2)

    def test_nmi(self):
        self.assertAlmostEqual(M.nmi(self.gold, self.pred), 0.36, places=2)

    def test_ari(self):
        # index 20 ; sum C(a,2) = 28+10+6 = 44 ; sum C(b,2) = 15+15+10 = 40
        # expected = 44*40/136 = 220/17 ; max = 42
        # ARI = (20 - 220/17) / (42 - 220/17) = 120/494 = 60/247
        self.assertAlmostEqual(M.ari(self.gold, self.pred), 60 / 247)

    def test_bcubed(self):
        # P = (1/17) * ((25+1)/6 + (1+16+1)/6 + (4+9)/5) = (149/15)/17 = 149/255
        # R = (1/17) * ((25+1+4)/8 + (1+16)/5 + (1+9)/4) = 9.65/17 = 193/340
        p, r, _ = M.bcubed(self.gold, self.pred)
        self.assertAlmostEqual(p, 149 / 255)
        self.assertAlmostEqual(r, 193 / 340)


class BruteForce(unittest.TestCase):
    """Random partitions: contingency-table formulas vs direct definitions."""

    def test_random(self):
        import random
        rng = random.Random(12345)
        for trial in range(200):
            n = rng.randint(1, 40)
            gold = [rng.randint(0, rng.randint(0, 8)) for _ in range(n)]
            pred = [rng.randint(0, rng.randint(0, 8)) for _ in range(n)]
            # B-cubed per item, straight from the definition
            ps, rs = [], []
            for i in range(n):
                c = [j for j in range(n) if pred[j] == pred[i]]
                g = [j for j in range(n) if gold[j] == gold[i]]
                both = len(set(c) & set(g))
                ps.append(both / len(c))
                rs.append(both / len(g))
            p, r, _ = M.bcubed(gold, pred)
            self.assertAlmostEqual(p, sum(ps) / n)
            self.assertAlmostEqual(r, sum(rs) / n)
            # pair counts by enumerating pairs
            tp = fp = fn = tn = 0
            for i in range(n):
                for j in range(i + 1, n):
                    sg, sp = gold[i] == gold[j], pred[i] == pred[j]
                    tp += sg and sp
                    fp += sp and not sg
                    fn += sg and not sp
                    tn += (not sg) and (not sp)
            self.assertEqual(M.pair_counts(gold, pred), (tp, fp, fn, tn))
            # ARI from the pair confusion matrix (an independent closed form)
            if fn == 0 and fp == 0:
                want = 1.0
            else:
                want = 2.0 * (tp * tn - fn * fp) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn))
            self.assertAlmostEqual(M.ari(gold, pred), want, places=9)
            # NMI symmetric, bounded
            v = M.nmi(gold, pred)
            self.assertAlmostEqual(v, M.nmi(pred, gold))
            self.assertTrue(-1e-12 <= v <= 1 + 1e-12)


class LabelledPairs(unittest.TestCase):
    def test_pair_scores(self):
        gold = [True, True, True, False, False]
        pred = [True, False, True, True, False]
        s = M.pair_scores(gold, pred)
        # tp 2, fn 1, fp 1, tn 1 -> P = R = F1 = 2/3 ; accuracy 3/5
        self.assertEqual((s["tp"], s["fp"], s["fn"], s["tn"]), (2, 1, 1, 1))
        self.assertAlmostEqual(s["precision"], 2 / 3)
        self.assertAlmostEqual(s["recall"], 2 / 3)
        self.assertAlmostEqual(s["f1"], 2 / 3)
        self.assertAlmostEqual(s["accuracy"], 0.6)

    def test_size_stats(self):
        st = M.size_stats(["a", "a", "a", "b", "c", "c"])
        self.assertEqual(st["max"], 3)
        self.assertAlmostEqual(st["max_share"], 0.5)
        self.assertEqual(st["singletons"], 1)
        self.assertEqual(st["k"], 3)


if __name__ == "__main__":
    unittest.main()
