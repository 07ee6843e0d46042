#include "text/name_key.h"

#include <gtest/gtest.h>

namespace storyline {
namespace {

struct SameKey {
  const char* a;
  const char* lang_a;
  const char* b;
  const char* lang_b;
};

// Pairs checked by hand: BGN transliteration of the Russian spelling, then the skeleton rules.
TEST(NameKeyer, SpellingsOfOneNameMeetAcrossScripts) {
  const SameKey cases[] = {
      {"Trump", "en", "Трамп", "ru"},           // trump / tramp → trmp
      {"Zakharova", "en", "Захарова", "ru"},    // zakharova → shrv
      {"Moscow", "en", "Москва", "ru"},         // moskow / moskva → mskv
      {"Coonoor", "en", "Кунур", "ru"},         // koonoor / kunur → knr
      {"Putin", "en", "Путина", "ru"},          // putin / putina → ptn
      {"Tsipras", "en", "Ципрас", "ru"},        // tsipras → tsprs
      {"Sergei", "en", "Sergey", "en"},         // spelling variants → srg
  };
  NameKeyer keyer;
  for (const auto& c : cases) {
    const std::string ka = keyer.Key(c.a, c.lang_a);
    EXPECT_FALSE(ka.empty()) << c.a;
    EXPECT_EQ(ka, keyer.Key(c.b, c.lang_b)) << c.a << " vs " << c.b;
  }
}

TEST(NameKeyer, DifferentNamesDifferAndShortWordsHaveNoKey) {
  NameKeyer keyer;
  EXPECT_NE(keyer.Key("Putin", "en"), keyer.Key("Obama", "en"));
  EXPECT_NE(keyer.Key("Лавров", "ru"), keyer.Key("Захарова", "ru"));
  EXPECT_EQ(keyer.Key("Bob", "en"), "") << "fewer than 4 letters";
  EXPECT_EQ(keyer.Key("", "en"), "");
  EXPECT_EQ(keyer.Key("2019", "en"), "");
}

TEST(NameKeyer, SkeletonRules) {
  EXPECT_EQ(NameKeyer::Skeleton("trump"), "trmp");
  EXPECT_EQ(NameKeyer::Skeleton("philippa"), "flp");
  EXPECT_EQ(NameKeyer::Skeleton("khrushchev"), "hrskv") << "kh→h, sh→s, ch→c→k, vowels dropped";
  EXPECT_EQ(NameKeyer::Skeleton("aaaa"), "a") << "the first letter stays even if a vowel";
  EXPECT_EQ(NameKeyer::Skeleton("abcdefghijklmnop").size(), 5u);
}

}  // namespace
}  // namespace storyline
