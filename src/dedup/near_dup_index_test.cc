#include "dedup/near_dup_index.h"

#include <gtest/gtest.h>

#include "dedup/dedup_test_corpus.h"
#include "dedup/test_text.h"

namespace storyline {
namespace {

Fingerprint Fp(const char* text) { return ComputeFingerprint(MakeTestText(text)); }

struct QueryCase {
  const char* name;
  const char* query;
  std::vector<std::size_t> expected_docs;  // best first
  bool first_exact;
};

TEST(NearDupIndex, FindsCopiesOnly) {
  NearDupIndex index;
  index.Add(10, Fp(kWireStory));
  index.Add(11, Fp(kUnrelatedStory));
  const QueryCase cases[] = {
      {"exact copy", kWireStory, {10}, true},
      {"recased copy is exact", kWireStoryRecased, {10}, true},
      {"new lead sentence", kWireStoryNewLead, {10}, false},
      {"unrelated to the wire story", kUnrelatedStory, {11}, true},
      {"new text",
       "Local football club signs a young striker from the second division.",
       {},
       false},
  };
  for (const auto& c : cases) {
    const std::vector<DupMatch> got = index.Query(Fp(c.query));
    ASSERT_EQ(got.size(), c.expected_docs.size()) << c.name;
    for (std::size_t i = 0; i < got.size(); ++i)
      EXPECT_EQ(got[i].doc, c.expected_docs[i]) << c.name;
    if (!got.empty()) {
      EXPECT_EQ(got[0].exact, c.first_exact) << c.name;
    }
  }
}

TEST(NearDupIndex, RanksExactBeforeNear) {
  NearDupIndex index;
  index.Add(1, Fp(kWireStoryNewLead));
  index.Add(2, Fp(kWireStory));
  const std::vector<DupMatch> got = index.Query(Fp(kWireStory));
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].doc, 2u);
  EXPECT_TRUE(got[0].exact);
  EXPECT_DOUBLE_EQ(got[0].similarity, 1.0);
  EXPECT_EQ(got[1].doc, 1u);
  EXPECT_FALSE(got[1].exact);
  EXPECT_GE(got[1].similarity, 0.8);
}

TEST(NearDupIndex, ShortTextsMatchOnlyExactly) {
  NearDupIndex index;
  index.Add(1, Fp("Breaking news"));
  index.Add(2, Fp(""));
  EXPECT_EQ(index.Query(Fp("Breaking news")).size(), 1u);
  EXPECT_TRUE(index.Query(Fp("Breaking")).empty());
  EXPECT_TRUE(index.Query(Fp("")).empty());  // empty texts are not copies of each other
}

TEST(NearDupIndex, EmptyIndexFindsNothing) {
  NearDupIndex index;
  EXPECT_TRUE(index.Query(Fp(kWireStory)).empty());
  EXPECT_EQ(index.size(), 0u);
}

TEST(NearDupIndex, ValidatesOptions) {
  EXPECT_TRUE(ValidateNearDupOptions({}).ok());
  NearDupOptions too_many_rows;
  too_many_rows.rows = 8;  // 16 × 8 > 64
  EXPECT_EQ(ValidateNearDupOptions(too_many_rows).code(), StatusCode::kInvalidArgument);
  NearDupOptions bad_similarity;
  bad_similarity.min_similarity = 0.0;
  EXPECT_FALSE(ValidateNearDupOptions(bad_similarity).ok());
  NearDupIndex clamped(too_many_rows);  // still works
  clamped.Add(1, Fp(kWireStory));
  EXPECT_EQ(clamped.Query(Fp(kWireStory)).size(), 1u);
}

}  // namespace
}  // namespace storyline
