#include "text/analyzer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

namespace storyline {
namespace {

class AnalyzerTest : public testing::Test {
 protected:
  void SetUp() override {
    auto made = Analyzer::Create(STORYLINE_TEST_DATA_DIR);
    ASSERT_TRUE(made.ok()) << made.status().ToString();
    analyzer_ = std::move(made).value();
  }

  std::vector<std::string> Surfaces(const std::string& text, const AnalyzedText& analyzed) {
    std::vector<std::string> out;
    for (const Token& t : analyzed.tokens) out.push_back(text.substr(t.begin, t.end - t.begin));
    return out;
  }

  std::unique_ptr<Analyzer> analyzer_;
};

TEST(AnalyzerCreateTest, MissingFolderIsNotFound) {
  auto made = Analyzer::Create("/nonexistent/storyline-data");
  ASSERT_FALSE(made.ok());
  EXPECT_EQ(made.status().code(), StatusCode::kNotFound);
}

// Stems checked against libstemmer 2.2 results recorded in /work/shared/DEPS.md.
TEST_F(AnalyzerTest, FoldsAndStems) {
  const struct {
    const char* lang;
    const char* word;
    const char* folded;
    const char* stem;
  } cases[] = {
      {"ru", "Выборах", "выборах", "выбор"},
      {"ru", "ВЫБОРАХ", "выборах", "выбор"},  // folding first makes upper case stem too
      {"ru", "заявила", "заявила", "заяв"},
      {"ru", "переговоров", "переговоров", "переговор"},
      {"ru", "Хрущёва", "хрущева", "хрущев"},  // ё → е for Russian
      {"en", "elections", "elections", "elect"},
      {"en", "Presidential", "presidential", "presidenti"},
      {"uk", "виборах", "виборах", "виборах"},  // no Ukrainian stemmer: folded form
      {"xx", "Elections", "elections", "elections"},
      {"ru-RU", "Выборах", "выборах", "выбор"},
  };
  for (const auto& c : cases) {
    const AnalyzedText out = analyzer_->Analyze(c.word, c.lang);
    ASSERT_EQ(out.tokens.size(), 1u) << c.word;
    EXPECT_EQ(out.tokens[0].folded, c.folded) << c.word;
    EXPECT_EQ(out.tokens[0].stem, c.stem) << c.word;
  }
}

TEST_F(AnalyzerTest, InitialGluedToSurnameIsSplit) {
  const std::string text = "С.Рябков заявил";
  const AnalyzedText out = analyzer_->Analyze(text, "ru");
  ASSERT_EQ(out.tokens.size(), 3u);
  EXPECT_EQ(Surfaces(text, out), (std::vector<std::string>{"С", "Рябков", "заявил"}));
  EXPECT_EQ(out.tokens[0].folded, "с");
  EXPECT_EQ(out.tokens[1].folded, "рябков");
  EXPECT_TRUE(out.tokens[0].is_capitalized);
  EXPECT_TRUE(out.tokens[1].is_capitalized);
  EXPECT_FALSE(out.tokens[1].sentence_start);
  EXPECT_TRUE(out.tokens[2].is_stop);  // "заявил" is in the storyline additions
}

TEST_F(AnalyzerTest, InitialWithSpaceDoesNotStartSentence) {
  const AnalyzedText out = analyzer_->Analyze("Сказал С. Рябков. Потом Mr. Smith ушёл.", "ru");
  ASSERT_EQ(out.tokens.size(), 7u);  // Сказал С Рябков Потом Mr Smith ушёл
  EXPECT_FALSE(out.tokens[2].sentence_start);  // Рябков after "С."
  EXPECT_TRUE(out.tokens[3].sentence_start);   // Потом after "Рябков."
  EXPECT_FALSE(out.tokens[5].sentence_start);  // Smith after "Mr."
}

TEST_F(AnalyzerTest, AbbreviationKeepsDots) {
  const std::string text = "The U.S. economy grew. E.g. this";
  const AnalyzedText out = analyzer_->Analyze(text, "en");
  EXPECT_EQ(Surfaces(text, out), (std::vector<std::string>{"The", "U.S.", "economy", "grew", "E.g.", "this"}));
  ASSERT_EQ(out.tokens.size(), 6u);
  EXPECT_EQ(out.tokens[1].folded, "u.s.");
  EXPECT_FALSE(out.tokens[1].is_number);
  EXPECT_TRUE(out.tokens[4].sentence_start);
}

TEST_F(AnalyzerTest, NumbersAreFlagged) {
  const std::string text = "In 2019 prices rose 3,5 and 1.5 percent, 1,000,000 G7";
  const AnalyzedText out = analyzer_->Analyze(text, "en");
  EXPECT_EQ(Surfaces(text, out),
            (std::vector<std::string>{"In", "2019", "prices", "rose", "3,5", "and", "1.5", "percent", "1,000,000", "G7"}));
  std::vector<bool> numbers;
  for (const Token& t : out.tokens) numbers.push_back(t.is_number);
  EXPECT_EQ(numbers, (std::vector<bool>{false, true, false, false, true, false, true, false, true, false}));
  EXPECT_EQ(out.tokens[1].stem, "2019");
  EXPECT_FALSE(out.tokens[1].is_capitalized);
}

TEST_F(AnalyzerTest, StopWords) {
  const struct {
    const char* lang;
    const char* word;
    bool stop;
  } cases[] = {
      {"en", "The", true},  {"en", "said", true},  {"en", "also", true},     {"en", "economy", false},
      {"ru", "и", true},    {"ru", "Это", true},   {"ru", "году", true},     {"ru", "бюджет", false},
      {"de", "und", true},  {"fr", "le", true},   {"nb", "og", true},       {"uk", "і", false},
      {"xx", "the", false}, {"ru", "Её", true},    {"ru", "ещё", true},  // stop list has "еще"
  };
  for (const auto& c : cases) {
    const AnalyzedText out = analyzer_->Analyze(c.word, c.lang);
    ASSERT_EQ(out.tokens.size(), 1u) << c.word;
    EXPECT_EQ(out.tokens[0].is_stop, c.stop) << c.lang << " " << c.word;
  }
}

TEST_F(AnalyzerTest, OffsetsPointAtSurfaces) {
  const std::string text = "  «Газпром» снизил цены — на 3,5%!\n\nThe don't-stop U.S. «Ёлка»… ok";
  const AnalyzedText out = analyzer_->Analyze(text, "ru");
  EXPECT_EQ(Surfaces(text, out), (std::vector<std::string>{"Газпром", "снизил", "цены", "на", "3,5", "The",
                                                           "don't", "stop", "U.S.", "Ёлка", "ok"}));
  for (const Token& t : out.tokens) {
    ASSERT_LE(t.begin, t.end);
    ASSERT_LE(t.end, text.size());
  }
  ASSERT_EQ(out.tokens.size(), 11u);
  EXPECT_EQ(out.tokens[9].folded, "елка");
}

TEST_F(AnalyzerTest, CapitalisationAndSentenceStarts) {
  const std::string text = "Putin met Biden in Geneva. then they left! Officials\nnew line? Yes";
  const AnalyzedText out = analyzer_->Analyze(text, "en");
  ASSERT_EQ(out.tokens.size(), 12u);
  std::vector<bool> caps, starts;
  for (const Token& t : out.tokens) {
    caps.push_back(t.is_capitalized);
    starts.push_back(t.sentence_start);
  }
  //                               Putin met    Biden  in     Geneva then   they   left   Officials new   line   Yes
  EXPECT_EQ(caps, (std::vector<bool>{true, false, true, false, true, false, false, false, true, false, false, true}));
  EXPECT_EQ(starts, (std::vector<bool>{true, false, false, false, false, true, false, false, true, true, false, true}));
}

TEST_F(AnalyzerTest, EmptyAndPunctuationOnly) {
  EXPECT_TRUE(analyzer_->Analyze("", "en").tokens.empty());
  EXPECT_TRUE(analyzer_->Analyze(" ... — !!! ", "en").tokens.empty());
}

TEST_F(AnalyzerTest, InvalidUtf8DoesNotBreakOffsets) {
  const std::string text = "abc\xFF def \xD0";
  const AnalyzedText out = analyzer_->Analyze(text, "en");
  std::vector<std::string> words;
  for (const Token& t : out.tokens) {
    ASSERT_LE(t.end, text.size());
    words.push_back(t.folded);
  }
  EXPECT_NE(std::find(words.begin(), words.end(), "abc"), words.end());
  EXPECT_NE(std::find(words.begin(), words.end(), "def"), words.end());
}

TEST(AnalyzerThreadsTest, OneAnalyzerPerThread) {
  std::vector<int> failures(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&failures, t] {
      auto made = Analyzer::Create(STORYLINE_TEST_DATA_DIR);
      if (!made.ok()) {
        ++failures[t];
        return;
      }
      for (int i = 0; i < 100; ++i) {
        const AnalyzedText out = (*made)->Analyze("Выборах elections", i % 2 ? "ru" : "en");
        failures[t] += out.tokens.size() != 2;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int f : failures) EXPECT_EQ(f, 0);
}

TEST_F(AnalyzerTest, ReusableAcrossCallsAndLanguages) {
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(analyzer_->Analyze("выборах", "ru").tokens.at(0).stem, "выбор");
    EXPECT_EQ(analyzer_->Analyze("elections", "en").tokens.at(0).stem, "elect");
  }
}

}  // namespace
}  // namespace storyline
