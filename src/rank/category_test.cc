#include "rank/category.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <ostream>
#include <string>

#include "rank/test_text.h"

namespace storyline {
namespace {

using testing::AnalyzeForTest;

struct CategoryCase {
  const char* name;
  const char* lang;
  const char* title;
  const char* body;
  const char* expected;
};

const CategoryCase kCases[] = {
    {"EnSports", "en", "Liverpool beat Chelsea 2-1 to stay top of the Premier League",
     "Mohamed Salah scored the winning goal in the 78th minute as Liverpool beat Chelsea 2-1 at "
     "Anfield on Sunday. The striker turned in a cross from the left after the visitors' "
     "goalkeeper spilled a shot. Chelsea had equalised before half-time through their captain, "
     "and the match was level for most of the second half. The victory keeps Liverpool eight "
     "points clear at the top of the league table. Their coach praised the players and the fans "
     "after a tense game, while Chelsea's manager complained about a penalty decision.",
     "sports"},
    {"EnCentralBankRate", "en", "Central bank raises interest rates to fight inflation",
     "The central bank raised its key interest rate by half a percentage point on Thursday, the "
     "third increase this year, as inflation stayed well above its target. Policymakers said "
     "consumer prices rose 6.2 percent in the year to March, driven by energy and food costs. "
     "The decision lifted the currency against the dollar, while stock markets fell and bond "
     "yields climbed. Economists expect borrowing costs for mortgages and business loans to rise, "
     "which could slow economic growth and investment in the coming quarters.",
     "economy"},
    {"EnTechnology", "en", "Apple unveils new iPhone with faster chip and better camera",
     "Apple on Tuesday unveiled its latest iPhone, powered by a new processor that the company "
     "says runs apps and artificial intelligence features much faster. The smartphone gets a "
     "brighter display, a bigger battery and an improved camera. A software update brings new "
     "privacy tools for users and lets developers build apps on the device. Analysts said the "
     "launch puts pressure on Samsung and Google, whose Android phones compete in the same market.",
     "technology"},
    {"EnScience", "en", "Scientists discover water ice near the Moon's south pole",
     "Scientists analysing data from a NASA spacecraft say they have found evidence of water ice "
     "in craters near the south pole of the Moon. The study, published in a scientific journal, "
     "used a telescope instrument in orbit to measure how the surface reflects light. The "
     "researchers said the discovery could help astronauts on future missions, who might turn the "
     "ice into drinking water and rocket fuel. Further research with a lander is planned.",
     "science"},
    {"EnEntertainment", "en", "Director's new film wins top prize at Venice festival",
     "The new film by the Oscar-winning director won the top prize at the Venice film festival on "
     "Saturday. The movie, a drama about a singer who returns to her home town, stars two "
     "Hollywood actors and features songs from the band's latest album. Critics praised the "
     "actress for her performance. The film will premiere in cinemas next month before it "
     "streams on Netflix, and the director said a television series is planned.",
     "entertainment"},
    {"EnSociety", "en", "Parliament calls early election after coalition collapses",
     "Lawmakers voted on Wednesday to dissolve parliament and hold an early election in June "
     "after the governing coalition collapsed over a dispute about immigration. The prime "
     "minister said voters should decide the country's future, while opposition leaders accused "
     "the government of failing citizens. The president must now sign the decree. Police "
     "arrested several protesters outside the building, and a court will rule on whether the "
     "referendum planned for the same day can go ahead.",
     "society"},
    {"RuSports", "ru", "«Спартак» обыграл ЦСКА в матче РПЛ",
     "Московский «Спартак» обыграл ЦСКА со счетом 2:1 в матче 15-го тура Российской "
     "премьер-лиги. Победный гол забил нападающий команды на 80-й минуте. Вратарь соперника "
     "отразил несколько ударов, но не спас свой клуб от поражения. Болельщики на стадионе "
     "устроили овацию игрокам. После этой победы «Спартак» поднялся на третье место в турнирной "
     "таблице чемпионата. Тренер армейцев заявил, что команда заслуживала ничьей.",
     "sports"},
    {"RuEconomy", "ru", "Центробанк снизил ключевую ставку до 7,5%",
     "Банк России снизил ключевую ставку на 0,5 процентного пункта, до 7,5% годовых. Регулятор "
     "объяснил решение замедлением инфляции и слабым ростом экономики. После объявления курс "
     "рубля к доллару почти не изменился, а индекс Московской биржи вырос на 1%. Аналитики "
     "ожидают, что банки снизят ставки по кредитам и ипотеке. Акции крупнейших компаний "
     "подорожали, инвесторы рассчитывают на дальнейшее смягчение денежной политики.",
     "economy"},
    {"RuSociety", "ru", "Госдума приняла закон о выборах в первом чтении",
     "Депутаты Государственной думы приняли в первом чтении законопроект об изменении порядка "
     "выборов в региональные парламенты. За документ проголосовали 320 депутатов, оппозиция "
     "выступила против. Авторы закона утверждают, что он упростит голосование для граждан. "
     "Президент ранее поддержал инициативу правительства. Представители партии меньшинства "
     "заявили, что обжалуют решение в Конституционном суде.",
     "society"},
    {"EnNoTopicIsOther", "en", "A quiet afternoon in the garden",
     "My grandmother kept a small garden behind her house, with roses along the fence and a "
     "wooden bench under an old apple tree. On quiet afternoons we sat there and talked about "
     "nothing in particular while the bees moved from flower to flower. She liked the smell of "
     "cut grass and the sound of rain on the leaves, and she always said that the best hours "
     "were the ones nobody planned.",
     "other"},
    {"UnknownLanguageIsOther", "de", "Bayern gewinnt das Spiel gegen Dortmund",
     "Bayern München hat das Spiel gegen Borussia Dortmund mit 3:1 gewonnen. Die Mannschaft "
     "spielte stark.",
     "other"},
};

// Failure messages name the case instead of dumping its bytes.
void PrintTo(const CategoryCase& c, std::ostream* os) { *os << c.name; }

class CategoryTest : public ::testing::TestWithParam<CategoryCase> {
 protected:
  static void SetUpTestSuite() {
    Result<CategoryClassifier> loaded = CategoryClassifier::Load(STORYLINE_TEST_DATA_DIR);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    classifier_ = new CategoryClassifier(std::move(loaded).value());
  }
  static void TearDownTestSuite() { delete classifier_; }
  static const CategoryClassifier* classifier_;
};
const CategoryClassifier* CategoryTest::classifier_ = nullptr;

TEST_P(CategoryTest, Classifies) {
  const CategoryCase& c = GetParam();
  ASSERT_NE(classifier_, nullptr);
  const AnalyzedText title = AnalyzeForTest(c.title, c.lang);
  const AnalyzedText body = AnalyzeForTest(c.body, c.lang);
  std::string scores;
  for (double score : classifier_->Score(title, body, c.lang)) scores += std::to_string(score) + " ";
  EXPECT_EQ(classifier_->Classify(title, body, c.lang), c.expected) << "scores: " << scores;
}

INSTANTIATE_TEST_SUITE_P(Articles, CategoryTest, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(CategoryNameTest, RoundTrips) {
  for (int i = 0; i <= static_cast<int>(Category::kOther); ++i) {
    const auto category = static_cast<Category>(i);
    EXPECT_EQ(ParseCategory(CategoryName(category)), category);
  }
  EXPECT_EQ(ParseCategory("politics"), std::nullopt);
}

class CategoryLoadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("storyline_rank_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_ / "lexicons");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / "lexicons" / name) << content;
  }
  std::filesystem::path dir_;
};

TEST_F(CategoryLoadTest, MissingFolderIsNotFound) {
  Result<CategoryClassifier> loaded = CategoryClassifier::Load((dir_ / "nowhere").string());
  EXPECT_EQ(loaded.status().code(), StatusCode::kNotFound);
}

TEST_F(CategoryLoadTest, BadLinesNameFileAndLine) {
  const struct {
    const char* content;
    const char* message_part;
  } cases[] = {
      {"# c\nsports\tmatch\n", "xx.tsv:2"},
      {"sports\tmatch\tabc\n", "bad weight"},
      {"politics\tvote\t1\n", "unknown category"},
      {"other\tvote\t1\n", "unknown category"},
      {"sports\tmatch\t1\nsports\tmatch\t2\n", "repeated"},
  };
  for (const auto& c : cases) {
    Write("xx.tsv", c.content);
    Result<CategoryClassifier> loaded = CategoryClassifier::Load(dir_.string());
    ASSERT_FALSE(loaded.ok()) << c.content;
    EXPECT_EQ(loaded.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(loaded.status().message().find(c.message_part), std::string::npos)
        << loaded.status().message();
  }
}

TEST_F(CategoryLoadTest, LanguageFromFileNameAndMinScore) {
  Write("xx.tsv", "# test\n\nsports\tmatch\t1\r\neconomy\tmatch\t0.5\n");
  CategoryOptions options;
  options.min_distinct_stems = 1;
  Result<CategoryClassifier> loaded = CategoryClassifier::Load(dir_.string(), options);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_TRUE(loaded->HasLanguage("xx"));
  EXPECT_FALSE(loaded->HasLanguage("en"));
  AnalyzedText title;
  title.tokens.push_back(Token{.folded = "match", .stem = "match"});
  EXPECT_EQ(loaded->Classify(title, {}, "xx"), "sports");  // 2 / (2 + 10) = 0.17
  EXPECT_EQ(loaded->Classify(title, {}, "yy"), "other");
  AnalyzedText long_body;
  long_body.tokens.assign(100, Token{.folded = "word", .stem = "word"});
  EXPECT_EQ(loaded->Classify(title, long_body, "xx"), "other");  // 2 / 112 < 0.04
}

TEST_F(CategoryLoadTest, OneRepeatedStemDoesNotDecide) {
  Write("xx.tsv", "sports\tmatch\t2\nsports\tgoal\t2\n");
  Result<CategoryClassifier> loaded = CategoryClassifier::Load(dir_.string());
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  AnalyzedText text;
  text.tokens.assign(5, Token{.folded = "match", .stem = "match"});
  EXPECT_EQ(loaded->Classify(text, text, "xx"), "other");
  text.tokens.push_back(Token{.folded = "goal", .stem = "goal"});
  EXPECT_EQ(loaded->Classify(text, text, "xx"), "sports");
}

TEST_F(CategoryLoadTest, RejectsNegativeOptions) {
  Write("xx.tsv", "sports\tmatch\t1\n");
  CategoryOptions options;
  options.min_score = -1;
  EXPECT_EQ(CategoryClassifier::Load(dir_.string(), options).status().code(),
            StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace storyline
