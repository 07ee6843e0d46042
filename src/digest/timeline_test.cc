#include "digest/timeline.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace storyline {
namespace {

// 2021-03-05 is a Friday, so a past "on Thursday" is 2021-03-04.
constexpr CivilDate kFriday{2021, 3, 5};
constexpr CivilDate kSaturday{2021, 3, 6};

struct Event {
  std::string date;
  std::vector<std::size_t> articles;
};

struct Case {
  const char* name;
  std::vector<TimelineArticle> articles;
  std::vector<Event> expected;  // the whole timeline, in order
};

class TimelineCaseTest : public ::testing::TestWithParam<Case> {};

TEST_P(TimelineCaseTest, GivesTheExpectedDatesAndArticles) {
  const Case& c = GetParam();
  const std::vector<TimelineEvent> got = BuildTimeline(c.articles);
  ASSERT_EQ(got.size(), c.expected.size()) << c.name;
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].date, c.expected[i].date) << c.name << " #" << i;
    EXPECT_EQ(got[i].articles, c.expected[i].articles) << c.name << " #" << i;
    EXPECT_FALSE(got[i].text.empty()) << c.name << " #" << i;
  }
}

const Case kCases[] = {
    {"relative weekday resolved against the article date",
     {{"The minister resigned on Thursday after a week of protests.", "en", kFriday}},
     {{"2021-03-04", {0}}}},
    {"one event date from two articles is one entry with both",
     {{"The bridge collapsed on Thursday.", "en", kFriday},
      {"Engineers inspected what was left after the bridge collapsed on March 4, 2021.", "en",
       kSaturday}},
     {{"2021-03-04", {0, 1}}}},
    {"dates come in date order, not text order",
     {{"The vote is due on March 10, 2021. The bill was tabled on March 1, 2021.", "en", kFriday}},
     {{"2021-03-01", {0}}, {"2021-03-10", {0}}}},
    {"a background date years away is dropped; the article gives its own date",
     {{"The plant first opened on June 12, 2015.", "en", kFriday}},
     {{"2021-03-05", {0}}}},
    {"an undated article is ignored",
     {{"The trial began on March 2, 2021.", "en", std::nullopt},
      {"The court heard the first witness on Thursday.", "en", kFriday}},
     {{"2021-03-04", {1}}}},
    {"a story of undated articles has no timeline",
     {{"The trial began on March 2, 2021.", "en", std::nullopt}},
     {}},
    {"a sentence that writes its date out is about that day, not its 'today'",
     {{"At a press conference on March 1, 2021, the chief executive said the company filed for "
       "bankruptcy earlier today.",
       "en", kFriday}},
     {{"2021-03-01", {0}}}},
    {"a 'today' in a sentence of its own still counts",
     {{"The company filed for bankruptcy on March 1, 2021. Its shares fell today.", "en", kFriday}},
     {{"2021-03-01", {0}}, {"2021-03-05", {0}}}},
    {"Russian: a past weekday",
     {{"Министр подал в отставку в четверг.", "ru", kFriday}},
     {{"2021-03-04", {0}}}},
};

INSTANTIATE_TEST_SUITE_P(Cases, TimelineCaseTest, ::testing::ValuesIn(kCases));

TEST(Timeline, RepresentativeSentenceStatesTheEvent) {
  const std::vector<TimelineEvent> got = BuildTimeline(
      {{"Rain fell all week. The dam broke on Thursday, flooding the valley.", "en", kFriday}});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "The dam broke on Thursday, flooding the valley.");
}

TEST(Timeline, ThousandsOfDatesInOneSentence) {
  // No full stop anywhere: one "sentence" with 20,000 dates, written out and deictic.
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "on March 1, 2021 and today ";
  const std::vector<TimelineEvent> got = BuildTimeline({{text, "en", kFriday}});
  ASSERT_FALSE(got.empty());
  EXPECT_EQ(got[0].date, "2021-03-01");
  for (const TimelineEvent& e : got) EXPECT_NE(e.date, "2021-03-05") << "its 'today' gives way";
}

TEST(Timeline, KeepsTheMostMentionedDates) {
  TimelineOptions options;
  options.max_dates = 1;
  const std::vector<TimelineEvent> got = BuildTimeline(
      {{"Talks began on March 1, 2021. Talks ended on March 3, 2021.", "en", kFriday},
       {"Negotiators met again after the talks of March 3, 2021.", "en", kFriday}},
      options);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].date, "2021-03-03");
  EXPECT_EQ(got[0].articles, (std::vector<std::size_t>{0, 1}));
}

struct SplitCase {
  const char* text;
  std::vector<std::string> sentences;
};

class SplitSentencesTest : public ::testing::TestWithParam<SplitCase> {};

TEST_P(SplitSentencesTest, Splits) {
  const SplitCase& c = GetParam();
  std::vector<std::string> got;
  for (const auto& [b, e] : SplitSentences(c.text)) got.emplace_back(c.text + b, e - b);
  EXPECT_EQ(got, c.sentences) << c.text;
}

const SplitCase kSplits[] = {
    {"One. Two! Three?", {"One.", "Two!", "Three?"}},
    {"Mr. Smith met U.S. officials. They agreed.", {"Mr. Smith met U.S. officials.", "They agreed."}},
    {"He said \"no.\" Then he left.", {"He said \"no.\"", "Then he left."}},
    {"Sales fell on Sept. 30 this year.", {"Sales fell on Sept. 30 this year."}},
    {"Title line\n\nBody text. More", {"Title line", "Body text.", "More"}},
    {"Прибыл в 2019 г. в Москву. Уехал.", {"Прибыл в 2019 г. в Москву.", "Уехал."}},
    {"  ", {}},
    {"version 2.0 shipped", {"version 2.0 shipped"}},
};

INSTANTIATE_TEST_SUITE_P(Cases, SplitSentencesTest, ::testing::ValuesIn(kSplits));

}  // namespace
}  // namespace storyline
