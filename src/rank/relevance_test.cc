#include "rank/relevance.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "rank/test_text.h"

namespace storyline {
namespace {

using testing::AnalyzeForTest;

struct Member {
  const char* title;
  std::optional<int64_t> time;
};

std::vector<std::size_t> Order(const std::vector<Member>& members) {
  std::vector<AnalyzedText> titles;
  for (const Member& m : members) titles.push_back(AnalyzeForTest(m.title, "en"));
  std::vector<RelevanceDoc> docs;
  for (std::size_t i = 0; i < members.size(); ++i) docs.push_back({&titles[i], members[i].time});
  return OrderByRelevance(docs);
}

struct RelevanceCase {
  const char* name;
  std::vector<Member> members;
  std::vector<std::size_t> expected;
};

const RelevanceCase kCases[] = {
    {"Empty", {}, {}},
    {"Single", {{"Anything at all", 5}}, {0}},
    {"CentralTitleFirst",
     {{"Storm closes schools", 100},
      {"Hurricane Dora hits Florida coast, thousands evacuated", 300},
      {"Hurricane Dora nears", 200},
      {"Photos of the week", 50},
      {"Florida coast braces for Dora", 250}},
     {1, 4, 2, 3, 0}},  // more of the shared terms first; off-topic titles tie at 0: earlier first
    {"TiesGoToEarlierThenUnknownTime",
     {{"Hurricane Dora hits Florida", std::nullopt},
      {"Hurricane Dora hits Florida", 300},
      {"Hurricane Dora hits Florida", 200}},
     {2, 1, 0}},
    {"EmptyTitleLast", {{"", 1}, {"Dora hits Florida", 5}, {"Dora nears Florida", 9}}, {1, 2, 0}},
};

// Failure messages name the case instead of dumping its bytes.
void PrintTo(const RelevanceCase& c, std::ostream* os) { *os << c.name; }

class RelevanceTest : public ::testing::TestWithParam<RelevanceCase> {};

TEST_P(RelevanceTest, Orders) { EXPECT_EQ(Order(GetParam().members), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(Stories, RelevanceTest, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(RelevanceOptionsTest, TopTermsLimitIgnoresRareWords) {
  // With one top term ("dora", in every title) all titles tie, so time decides; "coast" is in
  // one title only and never counts.
  std::vector<AnalyzedText> titles = {AnalyzeForTest("Dora hits Florida coast", "en"),
                                      AnalyzeForTest("Dora hits Florida", "en"),
                                      AnalyzeForTest("Dora weakens", "en")};
  const std::vector<RelevanceDoc> docs = {{&titles[0], 30}, {&titles[1], 20}, {&titles[2], 10}};
  RelevanceOptions options;
  options.top_terms = 1;
  EXPECT_EQ(OrderByRelevance(docs, options), (std::vector<std::size_t>{2, 1, 0}));
  EXPECT_EQ(OrderByRelevance(docs), (std::vector<std::size_t>{1, 0, 2}));
}

}  // namespace
}  // namespace storyline
