#include "digest/conflicts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace storyline {
namespace {

const Conflict* Find(const std::vector<Conflict>& cs, const std::string& about) {
  for (const Conflict& c : cs) {
    if (c.about == about) return &c;
  }
  return nullptr;
}

TEST(ConflictsTest, DeathTollGivenDifferentlyBySources) {
  const std::vector<std::string_view> texts = {
      "The storm killed about 32 people in Honduras, officials said.",
      "Hurricane Mitch killed 40 people in Honduras on Wednesday, officials said.",
      "Officials said the hurricane killed 32 people in Honduras and destroyed bridges.",
  };
  const auto conflicts = FindConflicts(texts);
  const Conflict* c = Find(conflicts, "killed … people");
  ASSERT_NE(c, nullptr);
  ASSERT_EQ(c->values.size(), 2u);
  EXPECT_EQ(c->values[0].value, "about 32");
  EXPECT_EQ(c->values[0].articles, (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(c->values[1].value, "40");
  EXPECT_EQ(c->values[1].articles, (std::vector<std::size_t>{1}));
}

TEST(ConflictsTest, SameValueWrittenDifferentlyIsNoConflict) {
  const std::vector<std::string_view> texts = {
      "The company lost $1.2 billion in the quarter.",
      "The company lost $1,200 million in the quarter.",
  };
  EXPECT_TRUE(FindConflicts(texts).empty());
}

TEST(ConflictsTest, DifferentEventsWithTheSameUnitAreKeptApart) {
  const std::vector<std::string_view> texts = {
      "The attack killed 12 people.",
      "The attack injured 30 people.",
  };
  EXPECT_TRUE(FindConflicts(texts).empty());
}

TEST(ConflictsTest, OneArticleGivingTwoValuesIsAChangeNotAConflict) {
  const std::vector<std::string_view> texts = {
      "On Monday the floods killed 10 people. By Tuesday they had killed 14 people.",
      "The floods killed 14 people.",
  };
  EXPECT_TRUE(FindConflicts(texts).empty());
}

TEST(ConflictsTest, AgesOfOnePerson) {
  const std::vector<std::string_view> texts = {
      "Mary Barra, 51, will be the first woman to lead the company.",
      "Mary Barra, 52, joined the firm in 1980.",
  };
  const auto conflicts = FindConflicts(texts);
  const Conflict* c = Find(conflicts, "age of Mary Barra");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->values[0].value, "51");
  EXPECT_EQ(c->values[1].value, "52");
}

TEST(ConflictsTest, ASurnameAloneMayBeTwoPeople) {
  // Mother and daughter.
  EXPECT_TRUE(FindConflicts({"Bunch, 38, went to her mother.", "Bunch, 21, snapped awake."}).empty());
}

TEST(ConflictsTest, CountsOfOtherEventsInOtherWordsAreNotAConflict) {
  const std::vector<std::string_view> texts = {
      "Macron heads to Nice to mark the anniversary of the truck attack that killed 86 people.",
      "The suspect had praised Anders Breivik, who killed 77 people in July 2011.",
  };
  EXPECT_TRUE(FindConflicts(texts).empty());
}

TEST(ConflictsTest, ValuesFarApartAreDifferentFacts) {
  const std::vector<std::string_view> texts = {
      "Late Saturday a strike on a house in Gaza killed 18 people, officials said.",
      "The offensive in Gaza has killed 160 people, officials said.",
  };
  EXPECT_TRUE(FindConflicts(texts).empty());
}

TEST(ConflictsTest, QualifiedValuesThatAgreeAreNoConflict) {
  const std::vector<std::string_view> texts = {
      "The navy struggled to rescue more than 100 sailors trapped in the submarine.",
      "The navy struggled to rescue 116 sailors trapped in the submarine.",
  };
  EXPECT_TRUE(FindConflicts(texts).empty());
  const std::vector<std::string_view> rival = {
      "The navy struggled to rescue more than 100 sailors trapped in the submarine.",
      "The navy struggled to rescue 90 sailors trapped in the submarine.",
  };
  EXPECT_EQ(FindConflicts(rival).size(), 1u);
}

TEST(ConflictsTest, YearsTimesAndLoneNumbersAreNotFacts) {
  const std::vector<std::string_view> texts = {
      "The plant opened in 1998 and closed at 12:30 after 3 inspections by regulators.",
      "The plant opened in 2001 and closed at 14:30 after 5 inspections by regulators.",
  };
  // "after … inspections" is a fact; the years and clock times are not.
  const auto conflicts = FindConflicts(texts);
  for (const Conflict& c : conflicts) {
    EXPECT_EQ(c.about, "after … inspections") << c.about;
  }
}

TEST(ConflictsTest, RussianCounts) {
  const std::vector<std::string_view> texts = {
      "В Москве при пожаре на складе погибли 12 человек, сообщили в МЧС.",
      "При пожаре на складе в Москве погибли более 15 человек.",
  };
  const auto conflicts = FindConflicts(texts);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0].values[1].value, "более 15");
}

TEST(ConflictsTest, EmptyAndOddInput) {
  EXPECT_TRUE(FindConflicts({}).empty());
  EXPECT_TRUE(FindConflicts({"", "   ", "1,,,2... $ % 3"}).empty());
  std::string digits(100000, '7');
  EXPECT_NO_FATAL_FAILURE(FindConflicts({digits, digits + " people killed"}));
}

}  // namespace
}  // namespace storyline
