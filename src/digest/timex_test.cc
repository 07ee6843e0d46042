#include "digest/timex.h"

#include <gtest/gtest.h>

#include "digest/timex_holidays.h"

namespace storyline {
namespace {

// 2019-11-01 is a Friday in ISO week 44.
constexpr CivilDate kDct{2019, 11, 1};

struct Case {
  const char* lang;
  const char* text;
  const char* expect_text;  // the single timex expected
  const char* type;
  const char* value;
};

class TimexCaseTest : public ::testing::TestWithParam<Case> {};

TEST_P(TimexCaseTest, FindsOneTimexWithValue) {
  const Case& c = GetParam();
  std::vector<Timex> got = TagTimex(c.text, c.lang, kDct);
  ASSERT_EQ(got.size(), 1u) << c.text;
  EXPECT_EQ(got[0].text, c.expect_text) << c.text;
  EXPECT_EQ(std::string_view(c.text).substr(got[0].begin, got[0].end - got[0].begin), got[0].text);
  EXPECT_EQ(got[0].type, c.type) << c.text;
  EXPECT_EQ(got[0].value, c.value) << c.text;
}

const Case kEnglish[] = {
    {"en", "The summit was held on Thursday.", "Thursday", "DATE", "2019-10-31"},
    {"en", "The summit will be held on Thursday.", "Thursday", "DATE", "2019-11-07"},
    {"en", "Talks resumed on Friday.", "Friday", "DATE", "2019-11-01"},
    // "until <weekday>" ends a span still running: the next one (today included), whatever
    // the verb's tense; not "not until" or a past perfect, which end before the DCT.
    {"en", "Officials postponed the vote until Tuesday.", "Tuesday", "DATE", "2019-11-05"},
    {"en", "The markets have been closed until Monday.", "Monday", "DATE", "2019-11-04"},
    {"en", "The shops stay closed until Friday.", "Friday", "DATE", "2019-11-01"},
    {"en", "It was not until Tuesday that he spoke.", "Tuesday", "DATE", "2019-10-29"},
    {"en", "Until Wednesday, they had not called him.", "Wednesday", "DATE", "2019-10-30"},
    {"en", "He arrived in Paris on 10 January.", "10 January", "DATE", "2019-01-10"},
    {"en", "She will arrive on 10 January.", "10 January", "DATE", "2020-01-10"},
    // "plans to" looks forward: the June after the DCT, not the nearer June before it.
    {"en", "The chief plans to stand down on 10 June.", "10 June", "DATE", "2020-06-10"},
    {"en", "It happened on January 10, 2019, in Kyiv.", "January 10, 2019", "DATE", "2019-01-10"},
    {"en", "The law took effect on 2019-01-10.", "2019-01-10", "DATE", "2019-01-10"},
    {"en", "Sales fell on Sept. 30.", "Sept. 30", "DATE", "2019-09-30"},
    {"en", "Prices rose last week.", "last week", "DATE", "2019-W43"},
    {"en", "Six deaths were reported in the last week.", "the last week", "DATE", "2019-W43"},
    {"en", "Sales rose last year.", "last year", "DATE", "2018"},
    {"en", "The vote is expected next month.", "next month", "DATE", "2019-12"},
    {"en", "The plant closed three days ago.", "three days ago", "DATE", "2019-10-29"},
    {"en", "He will leave in two weeks.", "two weeks", "DURATION", "P2W"},
    {"en", "He served for three years.", "three years", "DURATION", "P3Y"},
    {"en", "Profit doubled over the past two months.", "the past two months", "DURATION", "P2M"},
    {"en", "They met yesterday.", "yesterday", "DATE", "2019-10-31"},
    {"en", "The strike is over now.", "now", "DATE", "PRESENT_REF"},
    {"en", "The shop opens at 3 p.m. sharp.", "3 p.m.", "TIME", "2019-11-01T15:00"},
    {"en", "Inspectors come every week.", "every week", "SET", "P1W"},
    {"en", "Output grew in the third quarter.", "the third quarter", "DATE", "2019-Q3"},
    {"en", "Rates were high in the 1990s.", "1990s", "DATE", "199"},
    {"en", "Rates fell in the late 1970s.", "the late 1970s", "DATE", "197"},
    {"en", "Coal ruled for centuries.", "centuries", "DURATION", "PXCE"},
    {"en", "The economy will slow in coming months.", "coming months", "DURATION", "PXM"},
    {"en", "He was shot last Oct. 23.", "Oct. 23", "DATE", "2019-10-23"},
    {"en", "It will not change for a couple of years.", "a couple of years", "DURATION", "P2Y"},
    {"en", "They stay for two more weeks.", "two more weeks", "DURATION", "P2W"},
    {"en", "Troops arrive by the end of the month.", "the end of the month", "DATE", "2019-11"},
    {"en", "Costs rose this past spring.", "this past spring", "DATE", "2019-SP"},
    {"en", "Losses grew over the past two quarters.", "the past two quarters", "DURATION", "P2Q"},
    {"en", "Profit beat a year-earlier loss.", "year-earlier", "DATE", "2018"},
    {"en", "The shop was open for hours.", "hours", "DURATION", "PTXH"},
    {"en", "He came two days before the vote.", "two days", "DURATION", "P2D"},
    {"en", "The plan saves $500 million a year.", "a year", "SET", "P1Y"},
    {"en", "It adds 700 seats a week.", "a week", "SET", "P1W"},
    {"en", "Orangemen march each July.", "each July", "SET", "XXXX-07"},
    {"en", "The plan was drafted in March.", "March", "DATE", "2019-03"},
    {"en", "The flu pandemic of 2009 killed many.", "2009", "DATE", "2009"},
    // Named days: the fourth Thursday of November 2018; the nearest Christmas; Election Day is
    // the Tuesday after the first Monday; Easter 2019 fell on 21 April.
    {"en", "He was rescued last Thanksgiving.", "last Thanksgiving", "DATE", "2018-11-22"},
    {"en", "Shops close on Christmas Day.", "Christmas Day", "DATE", "2019-12-25"},
    {"en", "The vote falls on Election Day.", "Election Day", "DATE", "2019-11-05"},
    {"en", "He returned after Easter.", "Easter", "DATE", "2019-04-21"},
    {"en", "The law was passed in nineteen ninety-six.", "nineteen ninety-six", "DATE", "1996"},
    {"en", "Jobs were promised by the year two thousand.", "the year two thousand", "DATE", "2000"},
    {"en", "He arrived on March eighth.", "March eighth", "DATE", "2019-03-08"},
    {"en", "The flight took 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M"},
    {"en", "The talks lasted an hour and a half.", "an hour and a half", "DURATION", "PT1H30M"},
    {"en", "The camp was built within half a year.", "half a year", "DURATION", "P6M"},
    {"en", "It took almost four years.", "almost four years", "DURATION", "P4Y"},
    {"en", "Its current chairman resigned.", "current", "DATE", "PRESENT_REF"},
    {"en", "For the year, sales rose.", "the year", "DATE", "2019"},
    {"en", "Profit fell from the year-ago quarter.", "the year-ago quarter", "DATE", "2018-Q3"},
    {"en", "Sales in this year's third quarter rose.", "this year's third quarter", "DATE",
     "2019-Q3"},
    {"en", "Talks broke off at noon Thursday.", "noon Thursday", "TIME", "2019-10-31T12:00"},
    {"en", "He spoke late yesterday.", "late yesterday", "DATE", "2019-10-31"},
    {"en", "Elections are due this September.", "this September", "DATE", "2019-09"},
    {"en", "In June last year, he left.", "June last year", "DATE", "2018-06"},
    {"en", "A year earlier, the plant closed.", "A year earlier", "DATE", "2018"},
    {"en", "He came to power in recent years.", "recent years", "DATE", "PAST_REF"},
    {"en", "Prices fell in recent weeks.", "recent weeks", "DURATION", "PXW"},
    {"en", "The deal should close by year-end.", "year-end", "DATE", "2019-12-31"},
    {"en", "Such attacks happened in the past as well.", "the past", "DATE", "PAST_REF"},
    {"en", "Sales in the latest period rose.", "the latest period", "DATE", "2019-Q3"},
    {"en", "Trading was heavy on Friday Oct. 25.", "Friday Oct. 25", "DATE", "2019-10-25"},
    {"en", "It lasted two years or so.", "two years or so", "DURATION", "P2Y"},
    {"en", "He left a week or so ago.", "a week or so ago", "DATE", "2019-W43"},
    // "payable" looks forward although "declared" is past: the next 2 January.
    {"en", "The board declared a dividend payable Jan. 2.", "Jan. 2", "DATE", "2020-01-02"},
};

const Case kRussian[] = {
    {"ru", "Это случилось 3 дня назад.", "3 дня назад", "DATE", "2019-10-29"},
    {"ru", "Цены выросли в прошлом году.", "прошлом году", "DATE", "2018"},
    {"ru", "На прошлой неделе прошли выборы.", "прошлой неделе", "DATE", "2019-W43"},
    {"ru", "Встреча прошла в четверг.", "четверг", "DATE", "2019-10-31"},
    {"ru", "Встреча состоится в четверг.", "четверг", "DATE", "2019-11-07"},
    {"ru", "Торги приостановили до понедельника.", "понедельника", "DATE", "2019-11-04"},
    {"ru", "Указ подписан 10 января 2019 года.", "10 января 2019 года", "DATE", "2019-01-10"},
    {"ru", "Закон принят в 2019 году.", "2019 году", "DATE", "2019"},
    {"ru", "Документ датирован 10.01.2019.", "10.01.2019", "DATE", "2019-01-10"},
    {"ru", "Он приехал вчера.", "вчера", "DATE", "2019-10-31"},
    {"ru", "Сегодня начались переговоры.", "Сегодня", "DATE", "2019-11-01"},
    {"ru", "Он проработал там два года.", "два года", "DURATION", "P2Y"},
    {"ru", "Заседание начнется в 15:30.", "15:30", "TIME", "2019-11-01T15:30"},
    {"ru", "Проверки проходят каждую неделю.", "каждую неделю", "SET", "P1W"},
    {"ru", "Решение примут через две недели.", "через две недели", "DATE", "2019-W46"},
    {"ru", "Проект представили в марте.", "марте", "DATE", "2019-03"},
    {"ru", "Это было в XX веке.", "XX веке", "DATE", "19"},
    {"ru", "Это было в 1990-е годы.", "1990-е годы", "DATE", "199"},
    {"ru", "Так жили в 90-х.", "90-х", "DATE", "199"},
    // Named days; Christmas and Easter are the Orthodox ones (Easter 2019: 28 April).
    {"ru", "Выборы состоялись под Новый год.", "Новый год", "DATE", "2019-01-01"},
    {"ru", "Парад состоится в День Победы.", "День Победы", "DATE", "2020-05-09"},
    {"ru", "Он приехал на Пасху.", "Пасху", "DATE", "2019-04-28"},
    {"ru", "Семья встретила Рождество дома.", "Рождество", "DATE", "2019-01-07"},
    {"ru", "Ремонт занял полтора года.", "полтора года", "DURATION", "P1Y6M"},
    {"ru", "Переговоры длились полчаса.", "полчаса", "DURATION", "PT30M"},
    {"ru", "Цены росли в последние годы.", "последние годы", "DURATION", "PXY"},
    {"ru", "Стройку закончили в конце 2018 года.", "конце 2018 года", "DATE", "2018"},
    {"ru", "Решение ждут в ближайшие дни.", "ближайшие дни", "DURATION", "PXD"},
    // 2019-11-01 is a Friday in ISO week 44: the weekend before it is 2019-W43-WE.
    {"ru", "Митинг прошёл в прошлые выходные.", "прошлые выходные", "DATE", "2019-W43-WE"},
    {"ru", "Он выступил в четверг вечером.", "четверг вечером", "DATE", "2019-10-31TEV"},
    {"ru", "Цены будут расти в следующие годы.", "следующие годы", "DURATION", "PXY"},
};

INSTANTIATE_TEST_SUITE_P(English, TimexCaseTest, ::testing::ValuesIn(kEnglish));
INSTANTIATE_TEST_SUITE_P(Russian, TimexCaseTest, ::testing::ValuesIn(kRussian));

TEST(TimexTest, ModalMayIsNotAMonth) {
  EXPECT_TRUE(TagTimex("He may resign, and march on.", "en", kDct).empty());
}

TEST(TimexTest, NoDctLeavesTheYearUnknown) {
  auto got = TagTimex("He arrived on 10 January.", "en", std::nullopt);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].value, "XXXX-01-10");
}

TEST(TimexTest, OffsetsAreBytesInRussianText) {
  const std::string text = "Вчера и сегодня";
  auto got = TagTimex(text, "ru", kDct);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].begin, 0u);
  EXPECT_EQ(got[0].end, 10u);  // five two-byte letters
  EXPECT_EQ(got[1].text, "сегодня");
  EXPECT_EQ(got[1].value, "2019-11-01");
}

TEST(TimexTest, AgesAndAmountsAreNotTimexes) {
  EXPECT_TRUE(TagTimex("A 40-year-old man paid $1,990.", "en", kDct).empty());
}

TEST(TimexTest, YearEndedIsADuration) {
  auto got = TagTimex("Net income for the year ended June 30 fell.", "en", kDct);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].text, "the year");
  EXPECT_EQ(got[0].type, "DURATION");
  EXPECT_EQ(got[0].value, "P1Y");
  EXPECT_EQ(got[1].text, "June 30");
}

TEST(TimexTest, YearEarlierInAnEarningsReportIsTheQuarterAYearBefore) {
  auto got = TagTimex("Net income rose in the third quarter of 2018. A year earlier, it fell.",
                      "en", kDct);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].value, "2018-Q3");
  EXPECT_EQ(got[1].text, "A year earlier");
  EXPECT_EQ(got[1].value, "2017-Q3");
}

// "the next day", "later that year", "на следующий день", "в том же году" count from the date
// the text named last; without one, from the DCT.
TEST(TimexTest, AnaphoricDatesCountFromTheLastDateNamed) {
  struct Anaphora { const char* lang; const char* text; const char* anaphor; const char* value; };
  const Anaphora kCases[] = {
      {"en", "The plant opened on March 3, 2015. The next day, it closed.", "The next day",
       "2015-03-04"},
      {"en", "He left Cuba in June 1998 and returned later that year.", "later that year", "1998"},
      {"en", "The following month, the company put itself up for sale.", "The following month",
       "2019-12"},
      {"ru", "Завод открыли 3 марта 2015 года, а на следующий день закрыли.", "следующий день",
       "2015-03-04"},
      {"ru", "В 2010 году он уехал и в том же году вернулся.", "том же году", "2010"},
  };
  for (const Anaphora& a : kCases) {
    auto got = TagTimex(a.text, a.lang, kDct);
    ASSERT_FALSE(got.empty()) << a.text;
    EXPECT_EQ(got.back().text, a.anaphor) << a.text;
    EXPECT_EQ(got.back().type, "DATE") << a.text;
    EXPECT_EQ(got.back().value, a.value) << a.text;
  }
}

TEST(TimexTest, LowerCaseHolidayWordsAreNotNamedDays) {
  EXPECT_TRUE(TagTimex("The new year's budget has no christmas bonus.", "en", kDct).empty());
  EXPECT_TRUE(TagTimex("The school has twelve hundred pupils.", "en", kDct).empty());
  EXPECT_TRUE(TagTimex("They hold more than a quarter of the market.", "en", kDct).empty());
}

TEST(TimexTest, EasterDates) {
  struct Known { int year; bool orthodox; CivilDate date; };
  const Known kKnown[] = {{2000, false, {2000, 4, 23}}, {2024, false, {2024, 3, 31}},
                          {2019, false, {2019, 4, 21}}, {2000, true, {2000, 4, 30}},
                          {2024, true, {2024, 5, 5}},   {2019, true, {2019, 4, 28}}};
  for (const Known& k : kKnown) {
    CivilDate got = timex::EasterSunday(k.year, k.orthodox);
    EXPECT_EQ(got.month, k.date.month) << k.year << " " << k.orthodox;
    EXPECT_EQ(got.day, k.date.day) << k.year << " " << k.orthodox;
  }
}

TEST(TimexTest, ParsesCivilDate) {
  auto d = ParseCivilDate("2013-03-22");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year, 2013);
  EXPECT_EQ(d->month, 3);
  EXPECT_EQ(d->day, 22);
  EXPECT_FALSE(ParseCivilDate("22/03/2013"));
}

}  // namespace
}  // namespace storyline
