#include "dedup/fingerprint.h"

#include <gtest/gtest.h>

#include "dedup/dedup_test_corpus.h"
#include "dedup/test_text.h"

namespace storyline {
namespace {

Fingerprint Fp(const char* text) { return ComputeFingerprint(MakeTestText(text)); }

TEST(Fingerprint, IsDeterministic) {
  const Fingerprint a = Fp(kWireStory);
  const Fingerprint b = Fp(kWireStory);
  EXPECT_EQ(a.exact, b.exact);
  EXPECT_EQ(a.simhash, b.simhash);
  EXPECT_EQ(a.minhash, b.minhash);
  EXPECT_EQ(a.shingles, b.shingles);
  EXPECT_GT(a.shingles, 100u);
}

struct PairCase {
  const char* name;
  const char* a;
  const char* b;
  bool same_exact;
  double min_jaccard;  // MinHash estimate at least this
  double max_jaccard;  // and at most this
  int max_hamming;     // SimHash distance at most this
};

TEST(Fingerprint, ComparesPairs) {
  const PairCase cases[] = {
      {"identical", kWireStory, kWireStory, true, 1.0, 1.0, 0},
      {"recased and repunctuated", kWireStory, kWireStoryRecased, true, 1.0, 1.0, 0},
      {"new lead sentence", kWireStory, kWireStoryNewLead, false, 0.8, 0.99, 16},
      {"unrelated", kWireStory, kUnrelatedStory, false, 0.0, 0.1, 64},
  };
  for (const auto& c : cases) {
    const Fingerprint a = Fp(c.a);
    const Fingerprint b = Fp(c.b);
    EXPECT_EQ(a.exact == b.exact, c.same_exact) << c.name;
    const double sim = MinHashSimilarity(a, b);
    EXPECT_GE(sim, c.min_jaccard) << c.name;
    EXPECT_LE(sim, c.max_jaccard) << c.name;
    EXPECT_LE(HammingDistance(a.simhash, b.simhash), c.max_hamming) << c.name;
  }
}

TEST(Fingerprint, UnrelatedSimHashesAreFar) {
  EXPECT_GT(HammingDistance(Fp(kWireStory).simhash, Fp(kUnrelatedStory).simhash), 16);
}

struct ShortCase {
  const char* text;
  uint32_t shingles;
  bool has_exact;
};

TEST(Fingerprint, ShortTextsHaveNoShingles) {
  const ShortCase cases[] = {
      {"", 0, false},           {"Hello", 0, true},
      {"Hello world", 0, true}, {"Hello brave world", 1, true},
      {"a b a b a b", 2, true},  // distinct shingles only: "a b a", "b a b"
  };
  for (const auto& c : cases) {
    const Fingerprint fp = Fp(c.text);
    EXPECT_EQ(fp.shingles, c.shingles) << c.text;
    EXPECT_EQ(fp.exact != 0, c.has_exact) << c.text;
  }
  EXPECT_EQ(MinHashSimilarity(Fp("Hello world"), Fp("Hello world")), 0.0);
}

TEST(Fingerprint, TokenBoundariesMatter) {
  // "ab c" and "a bc" must not hash alike just because their concatenations do.
  EXPECT_NE(Fp("ab c").exact, Fp("a bc").exact);
}

TEST(Fingerprint, HammingDistanceCountsBits) {
  EXPECT_EQ(HammingDistance(0, 0), 0);
  EXPECT_EQ(HammingDistance(0, ~uint64_t{0}), 64);
  EXPECT_EQ(HammingDistance(0b1011, 0b0001), 2);
}

}  // namespace
}  // namespace storyline
