#include "rank/news_filter.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

#include "rank/test_text.h"

namespace storyline {
namespace {

using testing::AnalyzeForTest;

// About 60 words of plain news prose, so that only the title decides.
constexpr const char* kLongBody =
    "Officials said on Monday that the new bridge across the river would open to traffic next "
    "week, two months later than planned, after inspectors found problems with the lighting and "
    "drainage. The city council approved extra money for the repairs at a meeting that lasted "
    "late into the night, and the mayor told reporters that residents would not pay more in "
    "taxes because of the delay.";

constexpr const char* kLongBodyRu =
    "В понедельник власти города сообщили, что новый мост через реку откроют для движения на "
    "следующей неделе, на два месяца позже запланированного срока. Инспекторы нашли проблемы с "
    "освещением и водостоком, и городской совет выделил дополнительные деньги на ремонт. Мэр "
    "заявил журналистам, что жителям не придется платить больше налогов из-за задержки, а "
    "подрядчик обещал завершить все работы в срок и без новых расходов для бюджета города.";

struct NewsCase {
  const char* name;
  const char* lang;
  const char* title;
  const char* body;
  NotNewsReason expected;
};

const NewsCase kCases[] = {
    {"PlainNews", "en", "New bridge to open next week after delay", kLongBody, NotNewsReason::kNone},
    {"PlainNewsRu", "ru", "Новый мост откроют на следующей неделе", kLongBodyRu, NotNewsReason::kNone},
    {"ShortText", "en", "Bridge opens", "The new bridge opens next week, officials said.",
     NotNewsReason::kTooShort},
    {"ShortTextRu", "ru", "Мост откроют", "Новый мост откроют на следующей неделе.",
     NotNewsReason::kTooShort},
    {"HowToBake", "en", "How to Bake the Perfect Sourdough Bread at Home", kLongBody,
     NotNewsReason::kHowTo},
    {"HowToInsideNewsTitle", "en", "Ministers argue over how to fund pensions", kLongBody,
     NotNewsReason::kNone},
    {"HowToRu", "ru", "Как правильно выбрать зимние шины", kLongBodyRu, NotNewsReason::kHowTo},
    {"Listicle", "en", "10 Best Places to Visit in Autumn", kLongBody, NotNewsReason::kListicle},
    {"ListicleTop", "en", "Top 5 smartphones of the year", kLongBody, NotNewsReason::kListicle},
    {"ListicleRu", "ru", "7 способов сэкономить на отпуске", kLongBodyRu, NotNewsReason::kListicle},
    {"NumberInNewsTitle", "en", "10 killed as storm hits coast", kLongBody, NotNewsReason::kNone},
    {"Recipe", "en", "Grandma's apple pie recipe", kLongBody, NotNewsReason::kRecipe},
    {"RecipeRu", "ru", "Рецепт идеального борща", kLongBodyRu, NotNewsReason::kRecipe},
    {"Horoscope", "en", "Your weekly horoscope: Aries", kLongBody, NotNewsReason::kHoroscope},
    {"HoroscopeRu", "ru", "Гороскоп на неделю для всех знаков зодиака", kLongBodyRu,
     NotNewsReason::kHoroscope},
    {"ListicleRulesRu", "ru", "10 правил идеальных выходных", kLongBodyRu, NotNewsReason::kListicle},
    {"Puzzle", "en", "Sudoku 2,596 easy", kLongBody, NotNewsReason::kPuzzle},
    {"AdvertRu", "ru", "Где купить недорогой диван — СКИДКИ до 50%", kLongBodyRu,
     NotNewsReason::kAdvert},
    {"AdvertYoRu", "ru", "ПРОМОКОДЫ на Ёлки и подарки", kLongBodyRu, NotNewsReason::kAdvert},
    {"AdvertEn", "en", "Use this promo code for free shipping", kLongBody, NotNewsReason::kAdvert},
};

// Failure messages name the case instead of dumping its bytes.
void PrintTo(const NewsCase& c, std::ostream* os) { *os << c.name; }

class NewsFilterTest : public ::testing::TestWithParam<NewsCase> {};

TEST_P(NewsFilterTest, Decides) {
  const NewsCase& c = GetParam();
  Article article;
  article.title = c.title;
  article.text = c.body;
  article.lang = c.lang;
  const AnalyzedText body = AnalyzeForTest(c.body, c.lang);
  EXPECT_EQ(NotNewsReasonName(CheckNews(article, body)), std::string(NotNewsReasonName(c.expected)));
  EXPECT_EQ(IsNews(article, body), c.expected == NotNewsReason::kNone);
}

INSTANTIATE_TEST_SUITE_P(Titles, NewsFilterTest, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(NewsFilterOptionsTest, MinWordsIsConfigurableAndNumbersDoNotCount) {
  Article article;
  article.title = "Bridge opens";
  const AnalyzedText body = AnalyzeForTest("The bridge opened at 9 on 12 May 2020", "en");
  NewsFilterOptions options;
  options.min_words = 6;
  EXPECT_TRUE(IsNews(article, body, options));  // 6 words, 3 numbers
  options.min_words = 7;
  EXPECT_EQ(CheckNews(article, body, options), NotNewsReason::kTooShort);
}

}  // namespace
}  // namespace storyline
