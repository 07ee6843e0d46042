#include "ner/lexicon.h"

#include <gtest/gtest.h>

#include "ner/features.h"
#include "ner/lexicon_builder.h"
#include "ner/ner_model.h"

namespace storyline {
namespace {

NerLexicon Small() {
  NerLexicon lex;
  lex.Add("new york", kLexPlace);
  lex.Add("new york stock exchange", kLexOrg);
  lex.Add("york", kLexPlace);
  lex.Add("inc", kLexOrgCue);
  lex.Add("new", kLexCommon);
  return lex;
}

TEST(NerLexicon, LongestMatchesLeftToRight) {
  const NerLexicon lex = Small();
  const std::vector<std::string> words{"the", "new", "york", "stock", "exchange", "in", "new", "york"};
  const std::vector<LexMatch> m = lex.Matches(words, static_cast<uint16_t>(~kLexCommon));
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].begin, 1u);
  EXPECT_EQ(m[0].end, 5u);
  EXPECT_EQ(m[0].classes, kLexOrg);
  EXPECT_EQ(m[1].begin, 6u);
  EXPECT_EQ(m[1].end, 8u);
  EXPECT_EQ(m[1].classes, kLexPlace);
}

TEST(NerLexicon, MaskHidesClasses) {
  const NerLexicon lex = Small();
  EXPECT_TRUE(lex.Matches({"new"}, kLexPlace).empty()) << "'new' alone is only a common word";
  EXPECT_EQ(lex.Matches({"new"}, kLexCommon).size(), 1u);
  EXPECT_EQ(lex.Find("inc"), kLexOrgCue);
  EXPECT_EQ(lex.Find("ltd"), 0);
}

TEST(NerLexicon, TsvRoundTripAndErrors) {
  Result<NerLexicon> lex = NerLexicon::ParseTsv("# comment\nnew york\tplace\nbush\tcommon,proper\n\n");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_EQ(lex->Find("bush"), kLexCommon | kLexProper);
  EXPECT_TRUE(lex->has_dictionary());
  EXPECT_EQ(lex->ToTsv(), "bush\tcommon,proper\nnew york\tplace\n");
  EXPECT_EQ(NerLexicon::ParseTsv("x\tnosuchclass\n").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(NerLexicon::ParseTsv("no tab here\n").status().code(), StatusCode::kInvalidArgument);
}

TEST(NerLexicon, TravelsInTheModelFile) {
  NerModel m("en", {"O", "B-LOC", "I-LOC"});
  m.set_lexicon(Small());
  Result<NerModel> back = NerModel::Parse(m.Serialize());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->lexicon().ToTsv(), Small().ToTsv());
}

TEST(NerLexicon, FeaturesDependOnTheLexicon) {
  const NerLexicon lex = Small();
  const std::vector<std::string_view> words{"He", "went", "to", "New", "York"};
  const auto plain = SentenceFeatures(words);
  const auto with = SentenceFeatures(words, &lex);
  EXPECT_EQ(plain[1].size() + 1, with[1].size()) << "'went': only the dictionary status is added";
  EXPECT_GT(with[3].size(), plain[3].size() + 2) << "'New': place match, next word in it, dictionary";
  EXPECT_EQ(SentenceFeatures(words, nullptr), plain);
}

TEST(NerLexicon, RussianFoldMeetsInflectedForms) {
  struct Case {
    const char* word;
    const char* key;
  } cases[] = {{"россия", "росс"}, {"россии", "росс"}, {"путин", "путин"}, {"путина", "путин"},
               {"путиным", "путин"}, {"лавров", "лавров"}, {"лаврова", "лавров"},
               {"москвы", "москв"}, {"рим", "рим"}, {"риме", "рим"}, {"ёлка", "елк"},
               {"ес", "ес"}, {"paris", "paris"}};
  for (const Case& c : cases) EXPECT_EQ(FoldWord(c.word, LexFold::kRussianEndings), c.key) << c.word;
  EXPECT_EQ(FoldWord("россии", LexFold::kNone), "россии");

  NerLexicon lex(LexFold::kRussianEndings);
  lex.Add("нижний новгород", kLexPlace);
  std::vector<std::string> keys;
  for (const char* w : {"в", "нижнем", "новгороде"}) keys.push_back(FoldWord(w, lex.fold()));
  const std::vector<LexMatch> m = lex.Matches(keys, kLexPlace);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].begin, 1u);
  EXPECT_EQ(m[0].end, 3u);

  Result<NerLexicon> back = NerLexicon::ParseTsv(lex.ToTsv());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->fold(), LexFold::kRussianEndings);
  EXPECT_EQ(back->ToTsv(), lex.ToTsv()) << "keys are not folded twice";
  NerModel model("ru", {"O", "B-LOC", "I-LOC"});
  model.set_lexicon(lex);
  Result<NerModel> parsed = NerModel::Parse(model.Serialize());
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ(parsed->lexicon().fold(), LexFold::kRussianEndings);
  EXPECT_EQ(parsed->lexicon().ToTsv(), lex.ToTsv());
  EXPECT_EQ(NerLexicon::ParseTsv("!fold\tpig-latin\n").status().code(), StatusCode::kInvalidArgument);
}

TEST(LexiconBuilder, EnglishNamesFromIcu) {
  Result<NerLexicon> lex = BuildLexicon({"en", "", ""});
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_TRUE(lex->Find("germany") & kLexPlace);
  EXPECT_TRUE(lex->Find("united states") & kLexPlace);
  EXPECT_TRUE(lex->Find("bosnia and herzegovina") & kLexPlace) << "'&' spelled out";
  EXPECT_TRUE(lex->Find("europe") & kLexPlace);
  EXPECT_TRUE(lex->Find("london") & kLexPlace) << "a time-zone city";
  EXPECT_TRUE(lex->Find("german") & kLexLanguage);
  EXPECT_TRUE(lex->Find("monday") & kLexCalendar);
  EXPECT_TRUE(lex->Find("inc") & kLexOrgCue);
  EXPECT_TRUE(lex->Find("mr.") & kLexTitle);
  EXPECT_FALSE(lex->has_dictionary());
  EXPECT_EQ(BuildLexicon({"xx", "", ""}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(BuildLexicon({"en", "/no/such/list", ""}).status().code(), StatusCode::kNotFound);
}

TEST(LexiconBuilder, RussianNamesFromIcu) {
  Result<NerLexicon> lex = BuildLexicon({"ru", "", ""});
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_EQ(lex->fold(), LexFold::kRussianEndings);
  EXPECT_TRUE(lex->Find(lex->Key("германии")) & kLexPlace) << "an inflected form";
  EXPECT_TRUE(lex->Find(lex->Key("москва")) & kLexPlace);
  EXPECT_TRUE(lex->Find(lex->Key("января")) & kLexCalendar);
  EXPECT_EQ(LexiconPhrase("St. Kitts & Nevis"), "st. kitts & nevis");
}

}  // namespace
}  // namespace storyline
