#include "digest/story_quotes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace storyline {
namespace {

struct Expected {
  std::string speaker;
  std::vector<std::size_t> articles;
};

struct Case {
  const char* name;
  std::vector<QuoteArticle> articles;
  std::vector<Expected> expected;  // every quote, in order
};

class StoryQuotesCaseTest : public ::testing::TestWithParam<Case> {};

TEST_P(StoryQuotesCaseTest, MergesQuotesAndNamesSpeakers) {
  const Case& c = GetParam();
  NameKeyer keyer;
  const std::vector<Quote> got = BuildStoryQuotes(c.articles, keyer);
  ASSERT_EQ(got.size(), c.expected.size()) << c.name;
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].speaker, c.expected[i].speaker) << c.name << " #" << i;
    EXPECT_EQ(got[i].articles, c.expected[i].articles) << c.name << " #" << i;
    EXPECT_FALSE(got[i].text.empty()) << c.name << " #" << i;
  }
}

const Case kCases[] = {
    {"one quote, other punctuation and a light edit, two articles; full name preferred",
     {{"“We will rebuild the bridge by spring,” Mayor John Smith said on Monday.", "en"},
      {"\"We will rebuild this bridge by the spring\" Smith said.", "en"}},
     {{"John Smith", {0, 1}}}},
    {"a translation with the same figures and speaker is one quote",
     {{"“We will send 500 tonnes of aid on 12 trucks in 2024,” Sergei Lavrov said.", "en"},
      {"«Мы отправим 500 тонн помощи на 12 грузовиках в 2024 году», — заявил Сергей Лавров.", "ru"}},
     {{"Sergei Lavrov", {0, 1}}}},
    {"different quotes of one speaker stay apart; the most carried comes first",
     {{"“The talks failed completely today,” Jane Doe said.", "en"},
      {"“Prices will rise again next year,” Jane Doe said. “The talks failed completely today,” "
       "she said.", "en"}},
     {{"Jane Doe", {0, 1}}, {"Jane Doe", {1}}}},
    {"a quote with no named speaker is left out",
     {{"Officials said the bridge would reopen next spring after repairs.", "en"}},
     {}},
    {"no articles", {}, {}},
};

INSTANTIATE_TEST_SUITE_P(All, StoryQuotesCaseTest, ::testing::ValuesIn(kCases));

TEST(StoryQuotes, TextHasNoOuterQuotationMarks) {
  NameKeyer keyer;
  const std::vector<Quote> got =
      BuildStoryQuotes({{"“We will rebuild the bridge by spring,” Mayor John Smith said.", "en"}}, keyer);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text, "We will rebuild the bridge by spring");
}

TEST(NameSpeakersAsEntities, TitlesAndObliqueCasesGiveWayToThePersonsName) {
  std::vector<StoryEntity> entities = {
      {"Steve Jobs", "person", {"Jobs"}, "CEO", {0}, 3},
      {"Наото Кан", "person", {}, "", {0}, 2},
      {"Дмитрий Медведев", "person", {"Дмитрия Медведева", "Медведев"}, "", {0}, 3},
      {"Apple", "organization", {"Apple Inc"}, "", {0}, 5},
  };
  std::vector<Quote> quotes = {
      {"Apple CEO Steve Jobs", "We are ready", {0}},
      {"Японии Наото Кан", "что визит вызывает сожаление", {0}},
      {"Дмитрия Медведева", "слова", {0}},
      {"Jobs", "short form", {0}},
      {"Apple", "an organisation is not a person", {0}},
      {"Mary Barra", "no such person in the story", {0}},
      {"Tom Jobs", "a one-word spelling is matched whole only", {0}},
  };
  NameSpeakersAsEntities(quotes, entities);
  EXPECT_EQ(quotes[0].speaker, "Steve Jobs");
  EXPECT_EQ(quotes[1].speaker, "Наото Кан");
  EXPECT_EQ(quotes[2].speaker, "Дмитрий Медведев");
  EXPECT_EQ(quotes[3].speaker, "Steve Jobs");
  EXPECT_EQ(quotes[4].speaker, "Apple");
  EXPECT_EQ(quotes[5].speaker, "Mary Barra");
  EXPECT_EQ(quotes[6].speaker, "Tom Jobs");
}

}  // namespace
}  // namespace storyline
