#include "ner/ner_tokenizer.h"

#include <gtest/gtest.h>

#include "ner/features.h"

namespace storyline {
namespace {

// Sentences joined by " || ", tokens by " ".
std::string Render(std::string_view text) {
  std::string out;
  for (const NerSentence& s : SplitForNer(text)) {
    if (!out.empty()) out += " || ";
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (i > 0) out += ' ';
      out += s[i].text;
    }
  }
  return out;
}

TEST(SplitForNer, TokensAndSentences) {
  struct Case {
    const char* text;
    const char* want;
  } cases[] = {
      {"Sergei Lavrov met Rex Tillerson.", "Sergei Lavrov met Rex Tillerson ."},
      {"The U.S. said no. Then it said yes.", "The U.S. said no . || Then it said yes ."},
      {"S. Lavrov and Mr. Kerry spoke.", "S. Lavrov and Mr. Kerry spoke ."},
      {"Airbus's A380, Rolls-Royce and O'Neill", "Airbus 's A380 , Rolls-Royce and O'Neill"},
      {"He said \"no.\" Then left", "He said \" no . \" || Then left"},
      {"Лавров (МИД России) заявил: «нет».", "Лавров ( МИД России ) заявил : « нет » ."},
      {"г. Москва, 3.5 млн", "г. Москва , 3.5 млн"},
      {"one\ntwo", "one || two"},
      {"it fell. and rose", "it fell . and rose"},  // no capital after the period
      {"", ""},
      {"  \n\n ", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Render(c.text), c.want) << c.text;
}

TEST(SplitForNer, OffsetsPointIntoTheText) {
  const std::string text = "Кремль, Moscow\xFF and Paris";  // an invalid byte is skipped
  for (const NerSentence& s : SplitForNer(text)) {
    for (const NerToken& t : s) EXPECT_EQ(text.substr(t.begin, t.end - t.begin), t.text);
  }
  EXPECT_EQ(Render(text), "Кремль , Moscow and Paris");
}

TEST(NerFeatures, LowerAndShape) {
  struct Case {
    const char* word;
    const char* lower;
    const char* shape;
  } cases[] = {
      {"McDonald", "mcdonald", "XxXx"}, {"U.S.", "u.s.", "X.X."}, {"2019", "0000", "d"},
      {"Путин", "путин", "Xx"},         {"ОАО", "оао", "X"},      {"Q3", "q0", "Xd"},
      // ASCII and other scripts mixed in one word (ASCII takes a fast path, the rest ICU's).
      {"iPhone-4é", "iphone-0é", "xXx-dx"}, {"Ärzte2", "ärzte0", "Xxd"}, {"ГАЗ-3110", "газ-0000", "X-d"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(NerLower(c.word), c.lower) << c.word;
    EXPECT_EQ(NerShape(c.word), c.shape) << c.word;
  }
}

TEST(NerFeatures, OneListPerWordAndContextMatters) {
  std::vector<std::string_view> a{"John", "Smith"}, b{"Mr", "Smith"};
  auto fa = SentenceFeatures(a), fb = SentenceFeatures(b);
  ASSERT_EQ(fa.size(), 2u);
  EXPECT_NE(fa[1], fb[1]) << "the previous word is a feature";
  EXPECT_TRUE(SentenceFeatures({}).empty());
}

}  // namespace
}  // namespace storyline
