#include "text/language.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace storyline {
namespace {

struct Paragraph {
  const char* code;
  const char* text;
};

// Sentences written for these tests (a council budget story in five languages).
const Paragraph kParagraphs[] = {
    {"en", "The city council approved a new budget on Tuesday after a long debate about schools, "
           "roads and public transport. Officials said the plan would take effect next month."},
    {"ru", "Городской совет во вторник утвердил новый бюджет после долгих споров о школах, дорогах "
           "и общественном транспорте. Чиновники заявили, что план вступит в силу в следующем месяце."},
    {"uk", "Міська рада у вівторок затвердила новий бюджет після тривалих суперечок щодо шкіл, доріг "
           "і громадського транспорту. Посадовці заявили, що план набуде чинності наступного місяця."},
    {"de", "Der Stadtrat hat am Dienstag nach einer langen Debatte über Schulen, Straßen und den "
           "öffentlichen Nahverkehr einen neuen Haushalt beschlossen. Die Beamten sagten, der Plan "
           "werde im nächsten Monat in Kraft treten."},
    {"fr", "Le conseil municipal a approuvé mardi un nouveau budget après un long débat sur les "
           "écoles, les routes et les transports publics. Les responsables ont déclaré que le plan "
           "entrerait en vigueur le mois prochain."},
};

class LanguageDetectorTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto made = MakeLanguageDetector(STORYLINE_TEST_DATA_DIR);
    ASSERT_TRUE(made.ok()) << made.status().ToString();
    detector_ = std::move(made).value().release();
  }
  static void TearDownTestSuite() {
    delete detector_;
    detector_ = nullptr;
  }
  static LanguageDetector* detector_;
};
LanguageDetector* LanguageDetectorTest::detector_ = nullptr;

TEST_F(LanguageDetectorTest, ParagraphsInFiveLanguages) {
  for (const Paragraph& p : kParagraphs) {
    const LanguageGuess guess = detector_->Detect("", p.text);
    EXPECT_EQ(guess.code, p.code) << p.text;
    EXPECT_GE(guess.confidence, 0.8f) << p.code;
    EXPECT_LE(guess.confidence, 1.0f) << p.code;
  }
}

TEST_F(LanguageDetectorTest, TitleCountsWithText) {
  const LanguageGuess guess = detector_->Detect("Городской совет утвердил бюджет", kParagraphs[1].text);
  EXPECT_EQ(guess.code, "ru");
  const LanguageGuess title_only = detector_->Detect(kParagraphs[0].text, "");
  EXPECT_EQ(title_only.code, "en");
}

TEST_F(LanguageDetectorTest, ChineseSentenceIsNotTooShort) {
  // 29 characters, but CJK characters count double toward the short-text limit.
  const LanguageGuess guess = detector_->Detect("", "市议会周二批准了新的预算，学校和道路将获得更多资金。");
  EXPECT_EQ(guess.code, "zh");
  EXPECT_GT(guess.confidence, 0.5f);
}

TEST_F(LanguageDetectorTest, ShortOrEmptyTextIsUnsure) {
  const LanguageGuess empty = detector_->Detect("", "");
  EXPECT_EQ(empty.code, "und");
  EXPECT_EQ(empty.confidence, 0.0f);
  for (const char* text : {"Hello world", "Привет", "OK", "12345 678", "!!! ???"}) {
    const LanguageGuess guess = detector_->Detect("", text);
    EXPECT_TRUE(guess.code == "und" || guess.confidence <= 0.3f) << text << " → " << guess.code;
  }
}

TEST_F(LanguageDetectorTest, ConcurrentCallsGiveSequentialAnswers) {
  std::vector<LanguageGuess> expected;
  for (const Paragraph& p : kParagraphs) expected.push_back(detector_->Detect("", p.text));
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 200; ++round) {
        const size_t i = (round + t) % std::size(kParagraphs);
        const LanguageGuess guess = detector_->Detect("", kParagraphs[i].text);
        mismatches[t] += guess.code != expected[i].code || guess.confidence != expected[i].confidence;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(Cld2DetectorTest, ParagraphsInFiveLanguages) {
  const auto detector = MakeCld2Detector();
  for (const Paragraph& p : kParagraphs) {
    const LanguageGuess guess = detector->Detect("", p.text);
    EXPECT_EQ(guess.code, p.code) << p.text;
    EXPECT_GE(guess.confidence, 0.8f) << p.code;
  }
  EXPECT_EQ(detector->Detect("", "").code, "und");
  const LanguageGuess short_guess = detector->Detect("", "Hello world");
  EXPECT_TRUE(short_guess.code == "und" || short_guess.confidence <= 0.3f);
}

TEST(MakeLanguageDetectorTest, MissingModelIsNotFound) {
  auto made = MakeLanguageDetector("/nonexistent/storyline-data");
  ASSERT_FALSE(made.ok());
  EXPECT_EQ(made.status().code(), StatusCode::kNotFound);
}

TEST(MakeLanguageDetectorTest, CorruptModelIsAnErrorNotAThrow) {
  const std::filesystem::path dir = std::filesystem::path(testing::TempDir()) / "storyline_bad_model";
  std::filesystem::create_directories(dir / "models");
  std::ofstream(dir / "models" / "lid.176.ftz") << "not a fastText model";
  auto made = MakeLanguageDetector(dir.string());
  ASSERT_FALSE(made.ok());
  EXPECT_EQ(made.status().code(), StatusCode::kInvalidArgument);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace storyline
