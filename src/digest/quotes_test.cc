#include "digest/quotes.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace storyline {
namespace {

std::string Cut(std::string_view text, ByteSpan s) {
  return std::string(text.substr(s.begin, s.end - s.begin));
}

struct Expected {
  std::string source;
  std::string cue;
  std::vector<std::string> content;
  QuoteKind kind;
  std::string speaker;
};

struct Case {
  const char* name;
  const char* lang;
  std::string text;
  std::vector<Expected> expected;  // every attribution, in cue order
};

class QuoteCaseTest : public ::testing::TestWithParam<Case> {};

TEST_P(QuoteCaseTest, FindsSourceCueContentAndSpeaker) {
  const Case& c = GetParam();
  const std::vector<Attribution> got = FindAttributions(c.text, c.lang);
  ASSERT_EQ(got.size(), c.expected.size()) << c.name;
  for (std::size_t i = 0; i < got.size(); ++i) {
    const Expected& e = c.expected[i];
    EXPECT_EQ(Cut(c.text, got[i].source), e.source) << c.name << " #" << i;
    EXPECT_EQ(Cut(c.text, got[i].cue), e.cue) << c.name << " #" << i;
    std::vector<std::string> content;
    for (ByteSpan s : got[i].content) content.push_back(Cut(c.text, s));
    EXPECT_EQ(content, e.content) << c.name << " #" << i;
    EXPECT_EQ(QuoteKindName(got[i].kind), QuoteKindName(e.kind)) << c.name << " #" << i;
    EXPECT_EQ(got[i].speaker, e.speaker) << c.name << " #" << i;
  }
}

const Case kCases[] = {
    // Regressions from the bundled sample: "showed off" made "off iPhone 4's …" a quote, and
    // a sentence starting with "iOS" (lower-case first letter) was read as the quote's tail.
    {"a phrasal verb is not a reporting verb", "en",
     "Jobs showed off the new video calling abilities of the phone.", {}},
    {"called after commonly or a form of be names, it does not report", "en",
     "Jobs noted that five billion applications, commonly called \"apps,\" were sold. The "
     "feature is called FaceTime.",
     {{"Jobs", "noted",
       {"that five billion applications, commonly called \"apps,\" were sold"},
       QuoteKind::kMixed, "Jobs"}}},  // reported speech holding a quoted word
    {"a sentence-initial preposition is not the speaker", "en",
     "During his speech Jobs stated that the phone would change everything.",
     {{"During his speech Jobs", "stated", {"that the phone would change everything"},
       QuoteKind::kIndirect, "Jobs"}}},
    {"an institution's name runs through 's and of", "en",
     "Officials from the People's Republic of China have agreed to buy 60 jets.",
     {{"Officials from the People's Republic of China", "have agreed", {"to buy 60 jets"},
       QuoteKind::kIndirect, "People's Republic of China"}}},
    {"a sentence starting with iOS ends the content", "en",
     "Jobs called the new software \"the most advanced system in the world.\" iOS will support ads.",
     {{"Jobs", "called", {"the new software \"the most advanced system in the world.\""},
       QuoteKind::kMixed, "Jobs"}}},
    {"direct quote, attribution after it", "en",
     "“We will win this race,” Smith said on Tuesday.",
     {{"Smith", "said", {"“We will win this race,”"}, QuoteKind::kDirect, "Smith"}}},
    {"inverted cue with an apposition source", "en",
     "\"They lost,\" said Jane Doe, a spokeswoman for the group.",
     {{"Jane Doe, a spokeswoman for the group", "said", {"\"They lost,\""}, QuoteKind::kDirect,
       "Jane Doe"}}},
    {"indirect with that; the title is dropped from the speaker", "en",
     "Sen. Ted Cruz argued that the plan would fail.",
     {{"Sen. Ted Cruz", "argued", {"that the plan would fail"}, QuoteKind::kIndirect,
       "Ted Cruz"}}},
    {"apposition before the cue belongs to the source, closing comma included (PolNeAR)", "en",
     "Richard Revesz, director of the institute, said the states were exaggerating.",
     {{"Richard Revesz, director of the institute,", "said", {"the states were exaggerating"},
       QuoteKind::kIndirect, "Richard Revesz"}}},
    {"according to, first and last", "en",
     "According to the poll, Trump leads in Ohio. Turnout was low, according to officials.",
     {{"the poll", "According to", {"Trump leads in Ohio"}, QuoteKind::kIndirect, ""},
      {"officials", "according to", {"Turnout was low"}, QuoteKind::kIndirect, ""}}},
    {"pronoun resolved to the nearest preceding named speaker; surname expanded", "en",
     "Mary Barra said sales rose. The market is strong, she said. Barra added that prices would "
     "fall.",
     {{"Mary Barra", "said", {"sales rose"}, QuoteKind::kIndirect, "Mary Barra"},
      {"she", "said", {"The market is strong"}, QuoteKind::kIndirect, "Mary Barra"},
      {"Barra", "added", {"that prices would fall"}, QuoteKind::kIndirect, "Mary Barra"}}},
    {"a quotation broken by its attribution is one attribution", "en",
     "“We are ready,” he said, “and we will not wait.”",
     {{"he", "said", {"“We are ready,”", "“and we will not wait.”"}, QuoteKind::kDirect, ""}}},
    {"mixed: a clause that contains a quotation", "en",
     "Clinton told reporters that the plan was “a disaster” for workers.",
     {{"Clinton", "told", {"that the plan was “a disaster” for workers"}, QuoteKind::kMixed,
       "Clinton"}}},
    {"a multi-sentence quotation stays whole", "en",
     "“Prices rose. Wages did not,” the minister said.",
     {{"the minister", "said", {"“Prices rose. Wages did not,”"}, QuoteKind::kDirect, ""}}},
    {"Russian: quotation, dash, cue, source", "ru", "«Мы победим», — заявил Владимир Путин.",
     {{"Владимир Путин", "заявил", {"«Мы победим»"}, QuoteKind::kDirect, "Владимир Путин"}}},
    {"Russian: по словам with an inflected surname expanded", "ru",
     "Сергей Лавров прибыл в Женеву. По словам Лаврова, переговоры продолжатся.",
     {{"Лаврова", "По словам", {"переговоры продолжатся"}, QuoteKind::kIndirect,
       "Сергей Лавров"}}},
    {"Russian: indirect with что", "ru", "Песков сказал, что встреча состоится.",
     {{"Песков", "сказал", {"что встреча состоится"}, QuoteKind::kIndirect, "Песков"}}},
    {"no cue, no attribution", "en", "The bridge collapsed on Thursday. “Help” was painted on it.",
     {}},
    {"an unbalanced quotation mark is ignored", "en", "“We will win, Smith said.",
     {{"Smith", "said", {"We will win"}, QuoteKind::kIndirect, "Smith"}}},
    {"doubled apostrophes are a quotation mark", "en", "''We have to win,'' Mr. Cruz said.",
     {{"Mr. Cruz", "said", {"''We have to win,''"}, QuoteKind::kDirect, "Cruz"}}},
    {"a headline speaker before a colon", "en", "Rubio: I Still Believe Trump Cannot Be Trusted",
     {{"Rubio", ":", {"I Still Believe Trump Cannot Be Trusted"}, QuoteKind::kIndirect, "Rubio"}}},
    {"a second cue after 'but' ends the first content", "en",
     "Smith praised the plan, but Jones said it would fail.",
     {{"Smith", "praised", {"the plan"}, QuoteKind::kIndirect, "Smith"},
      {"Jones", "said", {"it would fail"}, QuoteKind::kIndirect, "Jones"}}},
    {"a quotation ending in ! or ? goes on with its attribution", "en",
     "\"Who will pay for it?\" Lindqvist asked reporters.",
     {{"Lindqvist", "asked", {"\"Who will pay for it?\""}, QuoteKind::kDirect, "Lindqvist"}}},
    {"an adjunct between the cue and a colon belongs to neither", "en",
     "Mary Barra said in a statement: “We are ready.”",
     {{"Mary Barra", "said", {"“We are ready.”"}, QuoteKind::kDirect, "Mary Barra"}}},
    {"a full name in the source beats a capitalised first word", "ru",
     "Государственный секретарь Барри Лоуенкрон подчеркнул: «Мы не допускаем пытки».",
     {{"Государственный секретарь Барри Лоуенкрон", "подчеркнул", {"«Мы не допускаем пытки»"},
       QuoteKind::kDirect, "Барри Лоуенкрон"}}},
    {"empty text", "en", "", {}},
};

INSTANTIATE_TEST_SUITE_P(All, QuoteCaseTest, ::testing::ValuesIn(kCases));

// Each pattern would make an unbounded walk quadratic: content runs to the paragraph's end, cues
// without a source walk back over the whole paragraph, quotations never close.
class MegabyteParagraphTest : public ::testing::TestWithParam<const char*> {};

TEST_P(MegabyteParagraphTest, FinishesQuicklyWithSpansInsideTheText) {
  std::string text;
  while (text.size() < (1u << 20)) text += GetParam();
  const auto start = std::chrono::steady_clock::now();
  const std::vector<Attribution> found = FindAttributions(text, "en");
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 5.0);
  for (const Attribution& a : found) {
    EXPECT_LE(a.source.end, text.size());
    for (ByteSpan s : a.content) EXPECT_LE(s.end, text.size());
  }
}

INSTANTIATE_TEST_SUITE_P(Patterns, MegabyteParagraphTest,
                         ::testing::Values("officials said the plan and the other plan said ",
                                           "said ", ", said ", "“ he said “ ", "word "));

TEST(Quotes, InvalidUtf8DoesNotCrash) {
  const std::string text = "\xff\xfe“ \xd0 said \xe2\x80";
  const std::vector<Attribution> found = FindAttributions(text, "en");
  for (const Attribution& a : found) EXPECT_LE(a.cue.end, text.size());
}

}  // namespace
}  // namespace storyline
