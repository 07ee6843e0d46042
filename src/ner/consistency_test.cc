#include "ner/consistency.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

const std::vector<std::string> kLabels{"O", "B-PER", "I-PER", "B-ORG", "I-ORG"};

// Tags as label names, for readable cases.
std::vector<std::vector<int>> Ids(const std::vector<std::vector<std::string>>& names) {
  std::vector<std::vector<int>> out;
  for (const auto& s : names) {
    out.emplace_back();
    for (const auto& n : s) {
      out.back().push_back(static_cast<int>(std::find(kLabels.begin(), kLabels.end(), n) - kLabels.begin()));
    }
  }
  return out;
}

TEST(HarmonisePersons, SurnameAloneFollowsTheFullName) {
  const std::vector<std::vector<std::string_view>> doc{
      {"Alexander", "Lebed", "arrived", "."},
      {"Lebed", "said", "Lebed", "would", "stay", "with", "Lebed", "Group", "."},
      {"Officials", "met", "Lebed", "."}};
  auto tags = Ids({{"B-PER", "I-PER", "O", "O"},
                   {"B-ORG", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O"},
                   {"O", "O", "O", "O"}});
  HarmonisePersons(doc, kLabels, NerLexicon(), &tags);
  EXPECT_EQ(tags, Ids({{"B-PER", "I-PER", "O", "O"},
                       {"B-PER", "O", "B-PER", "O", "O", "O", "B-ORG", "I-ORG", "O"},
                       {"O", "O", "B-PER", "O"}}))
      << "a one-word ORG and an untagged capitalised word become persons; the longer ORG stays";
}

TEST(HarmonisePersons, LeavesSentenceStartsLowerCaseAndOtherDocumentsAlone) {
  const std::vector<std::vector<std::string_view>> doc{{"Mary", "Bush", "spoke", "."},
                                                       {"Bush", "fires", "near", "a", "bush", "."}};
  auto tags = Ids({{"B-PER", "I-PER", "O", "O"}, {"O", "O", "O", "O", "O", "O"}});
  const auto before = tags;
  HarmonisePersons(doc, kLabels, NerLexicon(), &tags);
  EXPECT_EQ(tags, before) << "untagged at the sentence start or in lower case: unchanged";

  std::vector<std::vector<int>> no_per = Ids({{"B-ORG", "I-ORG", "O", "O"}});
  HarmonisePersons({{"Mary", "Bush", "spoke", "."}}, {"O", "B-ORG", "I-ORG"}, NerLexicon(), &no_per);
  EXPECT_EQ(no_per, Ids({{"B-ORG", "I-ORG", "O", "O"}})) << "no person labels: nothing to do";
}

TEST(HarmonisePersons, RussianFormsMeetThroughTheFold) {
  const std::vector<std::vector<std::string_view>> doc{{"Владимир", "Путин", "прибыл"},
                                                       {"Визит", "Путина", "завершён"}};
  auto tags = Ids({{"B-PER", "I-PER", "O"}, {"O", "O", "O"}});
  HarmonisePersons(doc, kLabels, NerLexicon(LexFold::kRussianEndings), &tags);
  EXPECT_EQ(tags, Ids({{"B-PER", "I-PER", "O"}, {"O", "B-PER", "O"}}));
}

TEST(HarmonisePersons, AWrongPersonMadeOfAPlaceOrAMonthDoesNotSpread) {
  NerLexicon lex;
  lex.Add("germany", kLexPlace);
  lex.Add("thursday", kLexCalendar);
  lex.Add("talks", kLexCommon);
  lex.Add("bush", kLexCommon | kLexProper);
  const std::vector<std::vector<std::string_view>> doc{
      {"Chancellor", "Germany", "met", "Helmut", "Thursday", "and", "Peace", "Talks", "."},
      {"In", "Germany", "on", "Thursday", "Talks", "began", "."},
      {"George", "Bush", "came", ";", "then", "Bush", "left", "."}};
  auto tags = Ids({{"B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "O"},
                   {"O", "B-ORG", "O", "O", "O", "O", "O"},
                   {"B-PER", "I-PER", "O", "O", "O", "O", "O", "O"}});
  HarmonisePersons(doc, kLabels, lex, &tags);
  EXPECT_EQ(tags[1], Ids({{"O", "B-ORG", "O", "O", "O", "O", "O"}})[0]);
  EXPECT_EQ(tags[2], Ids({{"B-PER", "I-PER", "O", "O", "O", "B-PER", "O", "O"}})[0])
      << "a word that is common and proper ('Bush') can still be a surname";
}

}  // namespace
}  // namespace storyline
