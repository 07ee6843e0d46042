#include "extract/word_marks.h"

#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace storyline {
namespace {

constexpr std::array<std::string_view, 6> kWords = {"nav", "navbar", "date", "update", "dat", "\xd0\xb4\xd0\xb0\xd1\x82"};
constexpr WordMarks kMarks(kWords);

// The contract written the slow way: bit k when kWords[k] is a substring.
uint32_t Reference(std::string_view s) {
  uint32_t found = 0;
  for (std::size_t k = 0; k < kWords.size(); ++k) {
    if (s.find(kWords[k]) != std::string_view::npos) found |= 1u << k;
  }
  return found;
}

TEST(WordMarksTest, Cases) {
  EXPECT_EQ(kMarks.In(""), 0u);
  EXPECT_EQ(kMarks.In("na"), 0u);
  EXPECT_EQ(kMarks.In("nav"), 1u);
  EXPECT_EQ(kMarks.In("main-navbar"), 1u | 2u);
  EXPECT_EQ(kMarks.In("post-update"), 4u | 8u | 16u);  // "date" and "dat" inside "update"
  EXPECT_EQ(kMarks.In("dat"), 16u);
  EXPECT_EQ(kMarks.In("datum \xd0\xb4\xd0\xb0\xd1\x82\xd0\xb0"), 16u | 32u);
  EXPECT_EQ(kMarks.In("nad nvav updat"), 16u);
}

TEST(WordMarksTest, MatchesFindOnRandomNames) {
  const std::vector<std::string> pieces = {"n", "a", "v", "nav", "na", "bar", "d", "at", "e", "up", "date", "-", " ",
                                           "\xd0\xb4", "\xd0\xb0", "\xd1\x82", "x", "upd"};
  std::mt19937 rng(11);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (int k = static_cast<int>(rng() % 12); k > 0; --k) s += pieces[rng() % pieces.size()];
    ASSERT_EQ(kMarks.In(s), Reference(s)) << s;
  }
}

}  // namespace
}  // namespace storyline
