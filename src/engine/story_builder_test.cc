#include "engine/story_builder.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>

#include "base/clock.h"
#include "engine/json_output.h"

namespace storyline {
namespace {

// A title analysed the simple way: lower-cased words as stems, "the"/"in"/"of" as stop words.
AnalyzedArticle WithTitle(const std::string& title, const std::string& text = "Body text.") {
  AnalyzedArticle a;
  a.article.title = title;
  a.article.text = text;
  std::istringstream words(title);
  for (std::string w; words >> w;) {
    Token t;
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    t.folded = t.stem = w;
    t.is_stop = w == "the" || w == "in" || w == "of";
    a.title.tokens.push_back(t);
  }
  return a;
}

TEST(StoryBuilder, TitleSharingMostWithTheOthersWins) {
  const std::vector<AnalyzedArticle> articles = {
      WithTitle("Live updates"),
      WithTitle("Earthquake kills 14 in Arequipa"),
      WithTitle("Arequipa earthquake toll rises"),
      WithTitle("Rescuers dig in Arequipa after earthquake"),
  };
  EXPECT_EQ(ChooseStoryTitle({0, 1, 2, 3}, articles), "Earthquake kills 14 in Arequipa");
}

TEST(StoryBuilder, NoTitleFallsBackToTheLeadSentence) {
  std::vector<AnalyzedArticle> articles = {WithTitle("", "Floods hit Porto Alegre. More rain is due.")};
  EXPECT_EQ(ChooseStoryTitle({0}, articles), "Floods hit Porto Alegre");
  articles[0].article.text = std::string(200, 'x') + " y";
  const std::string cut = ChooseStoryTitle({0}, articles);
  EXPECT_LE(cut.size(), 124u) << "long leads are cut near 120 characters";
}

// Regression: the cut counted bytes, so a Cyrillic lead became a 60-letter title.
TEST(StoryBuilder, CyrillicLeadIsCutByCharactersNotBytes) {
  std::string lead;
  for (int i = 0; i < 20; ++i) lead += "слово ";  // 6 characters, 11 bytes each
  std::vector<AnalyzedArticle> articles = {WithTitle("", lead + "конец.")};
  const std::string title = ChooseStoryTitle({0}, articles);
  std::size_t chars = 0;
  for (unsigned char c : title) chars += (c & 0xC0) != 0x80;
  EXPECT_GT(chars, 100u) << title;
  EXPECT_LE(chars, 121u) << title;  // 120 and the "…"
  EXPECT_EQ(title.substr(title.size() - 3), "…");
}

// A headline-less article analysed the simple way: lower-cased words with their offsets, a
// word after one that ends in "." starts a sentence; "the" is a stop word and, as the pipeline
// does before clustering, dropped.
AnalyzedArticle WithoutTitle(const std::string& text) {
  AnalyzedArticle a = WithTitle("", text);
  std::istringstream words(text);
  bool start = true;
  std::size_t from = 0;
  for (std::string w; words >> w;) {
    Token t;
    t.begin = static_cast<uint32_t>(text.find(w, from));
    t.end = static_cast<uint32_t>(t.begin + w.size());
    from = t.end;
    const bool ends = w.back() == '.';
    if (ends) w.pop_back();
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    t.folded = t.stem = w;
    t.sentence_start = start;
    start = ends;
    if (w != "the") a.body.tokens.push_back(t);
  }
  return a;
}

// Regression: the lead was cut at the first "." anywhere, so "утром в 06.00 по московскому
// времени" and "в декабре 2010 г. цены" named stories "… утром в 06" and "… в декабре 2010 г".
TEST(StoryBuilder, LeadTitleIsTheWholeFirstSentence) {
  std::vector<AnalyzedArticle> articles = {WithTitle(
      "", "Конец света предрекали утром в 06.00 по московскому времени 21 мая 2011 года. Он не наступил.")};
  EXPECT_EQ(ChooseStoryTitle({0}, articles),
            "Конец света предрекали утром в 06.00 по московскому времени 21 мая 2011 года");
  articles[0].article.text = "В декабре 2010 г. цены выросли на 0.5 процента. Это рекорд.";
  EXPECT_EQ(ChooseStoryTitle({0}, articles), "В декабре 2010 г. цены выросли на 0.5 процента");
  articles[0].article.text = "Is the end near? Nobody knows.";
  EXPECT_EQ(ChooseStoryTitle({0}, articles), "Is the end near?");
  articles[0].article.text = "Prices rose in the U.S.";
  EXPECT_EQ(ChooseStoryTitle({0}, articles), "Prices rose in the U.S.") << "an abbreviation keeps its period";
  for (const char* junk : {"", "   \n\t ", ".", "* * *\n…"}) {
    articles[0].article.text = junk;
    EXPECT_EQ(ChooseStoryTitle({0}, articles), "") << "no punctuation-only title for: " << junk;
  }
}

// Regression: the one member with a headline always named the story, even when the headline
// was about something the other reports never mention.
TEST(StoryBuilder, LeadsOfHeadlineLessReportsCanOutvoteAnOddHeadline) {
  const std::vector<AnalyzedArticle> articles = {
      WithTitle("Meeting with the ambassador of Italy"),
      WithoutTitle("Georgia votes in parliamentary elections under observers. Turnout was high."),
      WithoutTitle("Observers praise Georgia parliamentary elections. The count goes on."),
  };
  EXPECT_EQ(ChooseStoryTitle({0, 1, 2}, articles),
            "Georgia votes in parliamentary elections under observers");
}

// The lead is the first sentence of the text even when the second one starts with a dropped
// stop word (its first remaining token then carries no sentence start).
TEST(StoryBuilder, ALeadIsOneSentenceWhateverTheTokensSay) {
  const std::vector<AnalyzedArticle> articles = {
      WithTitle("Storm floods Porto Alegre"),
      WithoutTitle("Farmers count losses. The storm floods Porto Alegre."),
      WithTitle("Farmers count their losses"),
  };
  // The lead shares all of itself with the last headline and nothing with the first, as that
  // headline does: a tie, which the headline wins. Counting the lead's second sentence would
  // give it the first headline's words as well, and the lead would win.
  EXPECT_EQ(ChooseStoryTitle({0, 1, 2}, articles), "Farmers count their losses");
}

TEST(StoryBuilder, AHeadlineWinsATieWithALead) {
  const std::vector<AnalyzedArticle> articles = {
      WithoutTitle("Floods hit Porto Alegre after storms. Roads are closed."),
      WithTitle("Floods hit Porto Alegre"),
  };
  EXPECT_EQ(ChooseStoryTitle({0, 1}, articles), "Floods hit Porto Alegre");
}

// Regression: the text listing's "who" line showed products ("3GS", "A380", "App Store").
TEST(StoryText, WhoLineListsPeopleOrganisationsAndPlacesOnly) {
  const std::vector<StoryEntity> entities = {
      {"Apple Inc", "organization", {}, "", {0}, 9}, {"3GS", "other", {}, "", {0}, 5},
      {"Steve Jobs", "person", {}, "CEO", {0}, 4},   {"App Store", "other", {}, "", {0}, 3},
      {"United States", "place", {}, "", {0}, 2},    {"Cupertino", "place", {}, "", {0}, 1}};
  EXPECT_EQ(WhoLine(entities, 3), "Apple Inc; Steve Jobs (CEO); United States");
  EXPECT_EQ(WhoLine({{"A380", "other", {}, "", {0}, 1}}, 5), "");
}

TEST(StoryBuilder, StoriesSortedByScoreWithMajorityLanguage) {
  std::vector<AnalyzedArticle> articles;
  for (const char* lang : {"en", "en", "ru", "en"}) {
    articles.push_back(WithTitle("Same event title"));
    articles.back().article.lang = lang;
    articles.back().article.source = "outlet" + std::to_string(articles.size());
  }
  const std::vector<Story> stories = BuildStories({{1, {0}}, {2, {1, 2, 3}}}, articles);
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0].id, 2u) << "three sources outrank one";
  EXPECT_EQ(stories[0].lang, "en");
  EXPECT_GT(stories[0].score, stories[1].score);
}

TEST(StoryBuilder, SummaryListsTheEngineIndicesOfTheArticlesThatStateIt) {
  const std::string lead = "Floods cut the main road to Porto Alegre on Monday, the state government said.\n";
  std::vector<AnalyzedArticle> articles = {
      WithTitle("Unrelated", "Nothing here is part of the story at all, it is about something else."),
      WithTitle("Floods hit Porto Alegre", lead + "More rain is due in the south of the state this week."),
      WithTitle("Road to Porto Alegre cut", lead),
  };
  const std::vector<SummaryLine> summary = BuildStorySummary({1, 2}, articles);
  ASSERT_FALSE(summary.empty());
  EXPECT_EQ(summary[0].text.rfind("Floods cut the main road", 0), 0u) << summary[0].text;
  EXPECT_EQ(summary[0].articles, (std::vector<std::size_t>{1, 2}));
  for (const SummaryLine& line : summary) {
    EXPECT_EQ(line.text.find("Nothing here"), std::string::npos);
  }
}

TEST(StoryBuilder, ConflictsListTheEngineIndicesOfTheArticles) {
  std::vector<AnalyzedArticle> articles = {
      WithTitle("Unrelated", "The festival drew 40 visitors to the old town square."),
      WithTitle("Fire", "A fire at a dance hall in Goteborg killed 60 people, police said."),
      WithTitle("Fire", "A fire at a dance hall in Goteborg killed 65 people, police said."),
  };
  const std::vector<StoryConflict> conflicts = BuildStoryConflicts({1, 2}, articles);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].about, "killed … people");
  ASSERT_EQ(conflicts[0].values.size(), 2u);
  EXPECT_EQ(conflicts[0].values[0].articles, (std::vector<std::size_t>{1}));
  EXPECT_EQ(conflicts[0].values[1].articles, (std::vector<std::size_t>{2}));
  EXPECT_TRUE(BuildStoryConflicts({1}, articles).empty()) << "one article cannot disagree";
}

TEST(StoryBuilder, DigestsReportProgressAndStopWhenCancelled) {
  std::vector<AnalyzedArticle> articles;
  for (int i = 0; i < 3; ++i) articles.push_back(WithTitle("Title " + std::to_string(i)));
  const std::vector<StoryGroup> groups = {{1, {0}}, {2, {1}}, {3, {2}}};
  CancelToken cancel;
  cancel.Cancel();
  EXPECT_TRUE(BuildStories(groups, articles, nullptr, &cancel).empty());
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  FakeClock clock;
  ProgressOptions po;
  po.mode = ProgressOptions::Mode::kLines;
  po.unit = "stories";
  {
    Progress progress(f, &clock, po);
    EXPECT_EQ(BuildStories(groups, articles, &progress).size(), 3u);
  }
  std::rewind(f);
  std::string out;
  for (int c = std::fgetc(f); c != EOF; c = std::fgetc(f)) out.push_back(static_cast<char>(c));
  std::fclose(f);
  EXPECT_NE(out.find("building story digests"), std::string::npos) << out;
  EXPECT_NE(out.find("3/3 stories"), std::string::npos) << out;
}

}  // namespace
}  // namespace storyline
