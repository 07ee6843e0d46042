#include "digest/summary.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace storyline {
namespace {

// Two reports of one event, each with a lead, background and chrome; a third adds a fact.
const std::string kA =
    "Rescuers pulled 40 survivors from the capsized ferry off the coast of Bohol on Tuesday, "
    "officials said.\n"
    "The ferry, carrying 200 passengers, overturned in rough seas shortly after leaving port.\n"
    "Read more at http://example.com/ferry\n"
    "The coast guard said divers were searching the hull for more passengers.\n"
    "PHOTO: AP\n"
    "Do you have information about this story?\n";
const std::string kB =
    "Forty survivors were pulled from the capsized ferry off Bohol on Tuesday, officials said.\n"
    "The ferry overturned in rough seas shortly after leaving port with 200 passengers aboard.\n"
    "It is the third ferry disaster in the region this year, local media reported.\n";
const std::string kC =
    "The ferry operator's licence was suspended on Wednesday pending an investigation.\n"
    "Rescuers pulled 40 survivors from the capsized ferry off Bohol, officials said.\n";

std::vector<SummaryArticle> Story() {
  return {{"Ferry capsizes off Bohol", kA, 1'000'000},
          {"40 rescued as ferry sinks", kB, 1'000'100},
          {"", kC, 1'090'000}};
}

TEST(SummaryTest, ChoosesThreeToFiveSentencesWithoutRepeats) {
  const auto summary = SummarizeStory(Story());
  ASSERT_GE(summary.size(), 3u);
  ASSERT_LE(summary.size(), 5u);
  // The rescue is told three times and the capsizing twice: each appears once.
  int rescue = 0, overturned = 0;
  for (const auto& s : summary) {
    rescue += s.text.find("survivors") != std::string::npos;
    overturned += s.text.find("overturned") != std::string::npos;
  }
  EXPECT_EQ(rescue, 1);
  EXPECT_EQ(overturned, 1);
}

TEST(SummaryTest, DropsChromeAndQuestions) {
  for (const auto& s : SummarizeStory(Story())) {
    EXPECT_EQ(s.text.find("http"), std::string::npos) << s.text;
    EXPECT_EQ(s.text.find("PHOTO"), std::string::npos) << s.text;
    EXPECT_NE(s.text.back(), '?') << s.text;
  }
}

TEST(SummaryTest, SentenceListsEveryArticleThatStatesIt) {
  const auto summary = SummarizeStory(Story());
  bool found = false;
  for (const auto& s : summary) {
    if (s.text.find("survivors") == std::string::npos) continue;
    found = true;
    // All three articles report the 40 survivors.
    EXPECT_EQ(s.articles, (std::vector<std::size_t>{0, 1, 2})) << s.text;
  }
  EXPECT_TRUE(found);
}

TEST(SummaryTest, OrderedByPublicationThenPosition) {
  const auto summary = SummarizeStory(Story());
  ASSERT_FALSE(summary.empty());
  for (std::size_t i = 1; i < summary.size(); ++i) {
    EXPECT_LE(summary[i - 1].source, summary[i].source);
  }
  // The licence suspension, a day later, comes last if chosen.
  for (std::size_t i = 0; i + 1 < summary.size(); ++i) {
    EXPECT_EQ(summary[i].text.find("licence"), std::string::npos);
  }
}

TEST(SummaryTest, HeadlineRepeatedAsFirstLineIsSkipped) {
  const std::string text =
      "Ferry capsizes off Bohol\n"
      "Rescuers pulled 40 survivors from the capsized ferry off the coast of Bohol on Tuesday.\n";
  const auto summary = SummarizeStory({{"Ferry capsizes off Bohol", text, std::nullopt}});
  ASSERT_EQ(summary.size(), 1u);
  EXPECT_EQ(summary[0].text.rfind("Rescuers", 0), 0u);
}

TEST(SummaryTest, RussianTextIsSummarised) {
  const std::string text =
      "Спасатели подняли 40 выживших с перевернувшегося парома у берегов Бохоля во вторник.\n"
      "Паром, на борту которого было 200 пассажиров, перевернулся вскоре после выхода из порта.\n"
      "Водолазы береговой охраны продолжают обследовать корпус судна.\n";
  const auto summary = SummarizeStory({{"Паром перевернулся у Бохоля", text, std::nullopt}});
  EXPECT_EQ(summary.size(), 3u);
}

TEST(SummaryTest, EmptyAndDegenerateInputs) {
  EXPECT_TRUE(SummarizeStory({}).empty());
  EXPECT_TRUE(SummarizeStory({{"", "", std::nullopt}}).empty());
  EXPECT_TRUE(SummarizeStory({{"", "Too short.", std::nullopt}}).empty());
  // A long run of one word with no sentence end: bounded, and no crash.
  std::string run;
  for (int i = 0; i < 100000; ++i) run += "word ";
  EXPECT_TRUE(SummarizeStory({{"", run, std::nullopt}}).empty());
  // Invalid UTF-8 is read as replacement characters, not a crash.
  EXPECT_NO_FATAL_FAILURE(SummarizeStory({{"", "\xff\xfe valid words follow here in this line of text", std::nullopt}}));
}

}  // namespace
}  // namespace storyline
