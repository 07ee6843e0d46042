"""Hand-checked cases for ner_metrics (counts worked out in the comments)."""

import unittest

from ner_metrics import chunks, conlleval, factrueval_track1


class ConllevalTest(unittest.TestCase):
    def test_chunks_follow_conlleval_rules(self):
        self.assertEqual(chunks(["B-PER", "I-PER", "O", "B-LOC"]), {(0, 2, "PER"), (3, 4, "LOC")})
        # I- after O starts a chunk; I- of another type ends the previous one and starts another
        self.assertEqual(chunks(["O", "I-ORG", "I-PER"]), {(1, 2, "ORG"), (2, 3, "PER")})
        # B- right after B- of the same type: two chunks
        self.assertEqual(chunks(["B-LOC", "B-LOC"]), {(0, 1, "LOC"), (1, 2, "LOC")})
        self.assertEqual(chunks([]), set())

    def test_exact_match_only(self):
        gold = [["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"]]
        # PER found exactly; LOC typed as ORG (wrong); ORG cut short is impossible with one token,
        # so a spurious MISC is added instead: tp=1, pred=3, gold=3 → P = R = F1 = 1/3.
        pred = [["B-PER", "I-PER", "O", "B-ORG", "B-MISC", "I-MISC"]]
        r = conlleval(gold, pred)
        self.assertEqual((r["overall"]["tp"], r["overall"]["pred"], r["overall"]["gold"]), (1, 3, 3))
        self.assertAlmostEqual(r["overall"]["f1"], 1 / 3)
        self.assertEqual(r["PER"]["f1"], 1.0)
        self.assertEqual(r["LOC"]["f1"], 0.0)

    def test_partial_span_is_wrong(self):
        r = conlleval([["B-PER", "I-PER"]], [["B-PER", "O"]])
        self.assertEqual(r["overall"]["f1"], 0.0)


class FactRuEvalTrack1Test(unittest.TestCase):
    def test_partial_credit_and_ignored_mentions(self):
        # Gold: per {1,2} (both name tokens); org {5,6} with only 6 named (5 is a descriptor);
        # locorg {6} embedded in the org → ignored.
        gold = [{"type": "per", "tokens": {1, 2}, "marks": {1: 1, 2: 1}},
                {"type": "org", "tokens": {5, 6}, "marks": {5: 0, 6: 1}},
                {"type": "locorg", "tokens": {6}, "marks": {6: 1}}]
        # Pred: per {2} → credit 1/(1+0+1) = 0.5; org {6} → 1/(1+0+0) = 1 (descriptor free);
        # locorg {6} matches the ignored gold → counted nowhere.
        pred = [{"type": "per", "tokens": {2}}, {"type": "org", "tokens": {6}},
                {"type": "locorg", "tokens": {6}}]
        r = factrueval_track1(gold, pred)
        self.assertEqual(r["per"], [0.5, 1, 1])
        self.assertEqual(r["org"], [1.0, 1, 1])
        self.assertNotIn("locorg", r)

    def test_spurious_and_missed(self):
        gold = [{"type": "loc", "tokens": {3}, "marks": {3: 1}}]
        pred = [{"type": "per", "tokens": {3}}]  # wrong type: no match
        r = factrueval_track1(gold, pred)
        self.assertEqual(r["loc"], [0.0, 0, 1])
        self.assertEqual(r["per"], [0.0, 1, 0])


if __name__ == "__main__":
    unittest.main()
