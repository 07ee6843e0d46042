#include "cluster/term_vector.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

TEST(TermVector, DotAndNorm) {
  const TermVector a = {{1, 1.f}, {3, 2.f}, {7, 2.f}};
  const TermVector b = {{2, 5.f}, {3, 1.f}, {7, 0.5f}};
  EXPECT_DOUBLE_EQ(Dot(a, b), 3.0);
  EXPECT_DOUBLE_EQ(Norm(a), 3.0);
  EXPECT_DOUBLE_EQ(Dot(a, {}), 0.0);
}

TEST(TermVector, NormalizeKeepsZero) {
  TermVector v = {{1, 3.f}, {2, 4.f}};
  Normalize(v);
  EXPECT_NEAR(Norm(v), 1.0, 1e-6);
  TermVector zero;
  Normalize(zero);
  EXPECT_TRUE(zero.empty());
}

TEST(TermVector, SumMerges) {
  const TermVector sum = Sum({{1, 1.f}, {4, 1.f}}, {{2, 2.f}, {4, 3.f}, {9, 1.f}});
  ASSERT_EQ(sum.size(), 4u);
  const uint32_t terms[] = {1, 2, 4, 9};
  const float weights[] = {1.f, 2.f, 4.f, 1.f};
  for (std::size_t i = 0; i < sum.size(); ++i) {
    EXPECT_EQ(sum[i].term, terms[i]);
    EXPECT_FLOAT_EQ(sum[i].weight, weights[i]);
  }
}

TEST(TermVector, HeaviestBreaksTiesByTerm) {
  const TermVector v = {{1, 1.f}, {2, 5.f}, {3, 1.f}, {4, 3.f}};
  const std::vector<TermWeight> top = Heaviest(v, 3);
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(top[0].term, 2u);
  EXPECT_EQ(top[1].term, 4u);
  EXPECT_EQ(top[2].term, 1u);
  const TermVector kept = KeepHeaviest(v, 2);
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept[0].term, 2u);  // sorted by term again
  EXPECT_EQ(kept[1].term, 4u);
}

}  // namespace
}  // namespace storyline
