#include "text/lemmatizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

namespace storyline {
namespace {

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(Lemmatizer, NoDictionaryMeansNoLemmatizer) {
  EXPECT_EQ(Lemmatizer::Open("en"), nullptr) << "only Russian is wired";
  EXPECT_EQ(Lemmatizer::Open("ru", "/nonexistent-dictionary-dir"), nullptr);
}

TEST(Lemmatizer, RussianNamesToTheNominative) {
  std::unique_ptr<Lemmatizer> ru = Lemmatizer::Open("ru");
  if (!ru) GTEST_SKIP() << "hunspell-ru not installed (" << kSystemDictionaryDir << "/ru_RU.dic)";
  EXPECT_TRUE(Has(ru->Lemmas("Японии"), "Япония"));
  EXPECT_TRUE(Has(ru->Lemmas("Москву"), "Москва"));
  EXPECT_TRUE(Has(ru->Lemmas("Дмитрия"), "Дмитрий"));
  EXPECT_TRUE(Has(ru->Lemmas("Путина"), "Путин"));
  EXPECT_TRUE(Has(ru->Lemmas("Россия"), "Россия")) << "a nominative is its own lemma";
  EXPECT_TRUE(ru->Lemmas("Лоуенкрон").empty()) << "unknown surname";
  EXPECT_TRUE(ru->Lemmas("").empty());
  EXPECT_TRUE(ru->Lemmas("\xff\xfe").empty()) << "invalid UTF-8";
  EXPECT_TRUE(ru->Lemmas(std::string(1000, 'a')).empty()) << "too long for a word";
  EXPECT_TRUE(Has(ru->Lemmas("Японии"), "Япония")) << "cached answer is the same";
}

TEST(Lemmatizer, SharedIsOneInstance) {
  EXPECT_EQ(Lemmatizer::Shared("en"), nullptr);
  EXPECT_EQ(Lemmatizer::Shared("ru"), Lemmatizer::Shared("ru"));
  if (Lemmatizer::Shared("ru") != nullptr) {
    EXPECT_EQ(Lemmatizer::Shared("ru")->NameLemma("Москву", false), "Москва");
  }
}

TEST(Lemmatizer, DictionaryFormsAndNameLemmas) {
  std::unique_ptr<Lemmatizer> ru = Lemmatizer::Open("ru");
  if (!ru) GTEST_SKIP() << "hunspell-ru not installed";
  EXPECT_TRUE(ru->IsDictionaryForm("Япония"));
  EXPECT_FALSE(ru->IsDictionaryForm("Японии"));
  EXPECT_FALSE(ru->IsDictionaryForm("Путина")) << "the capitalised lemma is Путин";
  EXPECT_TRUE(ru->IsDictionaryForm("Совет")) << "a common noun written with a capital";
  EXPECT_FALSE(ru->IsDictionaryForm("Совета"));
  EXPECT_TRUE(ru->IsDictionaryForm("Лоуенкрон")) << "unknown: nothing to say";
  EXPECT_EQ(ru->NameLemma("Дмитрия", false), "Дмитрий");
  EXPECT_EQ(ru->NameLemma("Совета", false), "");
  EXPECT_EQ(ru->NameLemma("Совета", true), "Совет");
  EXPECT_EQ(ru->NameLemma("Лоуенкрон", true), "");
}

}  // namespace
}  // namespace storyline
