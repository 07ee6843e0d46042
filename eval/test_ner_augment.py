"""Hand-checked cases for ner_augment.py and ner_names.py (no data needed)."""

import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ner_augment  # noqa: E402
import ner_names  # noqa: E402

SENTS = [
    [("Airbus", "B-ORG"), ("hired", "O"), ("John", "B-PER"), ("Leahy", "I-PER"), ("in", "O"),
     ("Toulouse", "B-LOC"), (".", "O")],
    [("Boeing", "B-ORG"), ("sold", "O"), ("planes", "O"), ("to", "O"), ("Japan", "B-LOC")],
    [("No", "O"), ("names", "O"), ("here", "O")],
]


class TitleTest(unittest.TestCase):
    def test_connectors_stay_lower(self):
        self.assertEqual(ner_augment.title("bosnia and herzegovina"), ["Bosnia", "and", "Herzegovina"])
        self.assertEqual(ner_augment.title("u.s."), ["U.S."])
        self.assertEqual(ner_augment.title("москва"), ["Москва"])


class AugmentTest(unittest.TestCase):
    def test_copies_keep_context_and_types(self):
        out = ner_augment.augment(SENTS, 2, ner_augment.Pools(["Smith", "Mary"], [["New", "York"]]), seed=3)
        self.assertEqual(out[:3], SENTS, "the originals come first, unchanged")
        self.assertEqual(len(out), 3 + 2 * 2, "two copies of each sentence with entities")
        for copy in out[3:5]:
            words = [w for w, _ in copy]
            self.assertIn("hired", words)
            self.assertEqual(copy[0][1], "B-ORG")
            self.assertIn(copy[0][0], {"Airbus", "Boeing"}, "ORG only from the training mentions")
            self.assertEqual(copy[-1], (".", "O"))
            per = [w for w, t in copy if t.endswith("PER")]
            self.assertEqual(len(per), 2, "a two-word person stays two words")

    def test_deterministic(self):
        pools = ner_augment.Pools(["Smith"], [["Paris"]], [["Red", "Cross"]], [["Bank"]], 0.5)
        a = ner_augment.augment(SENTS, 3, pools, seed=1)
        b = ner_augment.augment(SENTS, 3, pools, seed=1)
        self.assertEqual(a, b)

    def test_more_copies_of_sentences_with_a_person(self):
        out = ner_augment.augment(SENTS, 1, ner_augment.Pools(["Smith"], [["Paris"]]), seed=1,
                                  person_copies=2)
        self.assertEqual(len(out), 3 + 1 + 3, "1 copy of the Boeing sentence, 3 of the one with John Leahy")

    def test_no_copies(self):
        self.assertEqual(ner_augment.augment(SENTS, 0, ner_augment.Pools()), SENTS)

    def test_org_share_draws_lexicon_organisations(self):
        pools = ner_augment.Pools(["Smith"], [], [["Red", "Cross"]], [["Bank"]], org_share=1.0)
        out = ner_augment.augment(SENTS, 20, pools, seed=2)
        orgs = {tuple(w for w, t in c if t.endswith("ORG")) for c in out[3:]}
        self.assertEqual(orgs, {("Red", "Cross"), ("Smith", "Bank")},
                         "every ORG replaced: a lexicon org or a name + cue word")


class NamesTest(unittest.TestCase):
    def test_reads_literals_without_running_code(self):
        src = ("from collections import OrderedDict\n"
               "class Provider:\n"
               "    first_names_male = OrderedDict((('Aaron', 0.1), ('Abel', 0.2)))\n"
               "    last_names = ('Smith', 'Jones')\n"
               "    first_names = first_names_male.copy()\n"
               "    formats = ('{{first_name}} {{last_name}}',)\n")
        with tempfile.TemporaryDirectory() as t:
            f = Path(t) / "__init__.py"
            f.write_text(src, encoding="utf-8")
            self.assertEqual(ner_names.names_in(f), {"Aaron", "Abel", "Smith", "Jones"})


if __name__ == "__main__":
    unittest.main()
