#include "extract/date_text.h"

#include <string>

#include <gtest/gtest.h>

namespace storyline {
namespace {

struct DateCase {
  std::string name, input;
  std::string expected;  // FormatLocalDate of the result, "" for none
};

std::string Formatted(const std::optional<LocalDate>& d) { return d ? FormatLocalDate(*d) : ""; }

TEST(ParseDateValueTest, Table) {
  const DateCase cases[] = {
      {"iso date", "2019-11-01", "2019-11-01"},
      {"iso with offset", "2019-11-01T12:30:00+03:00", "2019-11-01T12:30:00+03:00"},
      {"iso fraction and Z", " 2019-11-01T23:30:15.123Z ", "2019-11-01T23:30:15Z"},
      {"space and compact offset", "2019-11-01 12:30 +0300", "2019-11-01T12:30:00+03:00"},
      {"slashes", "2019/11/01", "2019-11-01"},
      {"compact", "20191101", "2019-11-01"},
      {"rfc 1123", "Fri, 01 Nov 2019 12:30:00 GMT", "2019-11-01T12:30:00Z"},
      {"unix seconds", "1572611400", "2019-11-01T12:30:00Z"},
      {"unix milliseconds", "1572611400000", "2019-11-01T12:30:00Z"},
      {"words", "November 1, 2019", "2019-11-01"},
      // Regression (htmldate-eval simmentalzeitung.ch): a program's slash date is month first.
      {"us slash date with time", "11/01/2023 12:43:42", "2023-11-01T12:43:42"},
      {"us slash date", "3/5/2021", "2021-03-05"},
      {"slash date, first part over 12", "25/01/2022", "2022-01-25"},
      {"dotted date stays day first", "11.01.2023", "2023-01-11"},
      {"not a date", "yesterday", ""},
      {"month 13", "2019-13-01", ""},
      {"30 February", "2019-02-30", ""},
      {"year out of range", "1890-01-01", ""},
      {"empty", "", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(Formatted(ParseDateValue(c.input)), c.expected) << c.name;
}

// Which numeric dates could be read with day and month swapped: only day-first readings of
// two parts that are both at most 12 and differ.
TEST(FindDateInTextTest, DayMonthAmbiguity) {
  const std::pair<std::string, bool> cases[] = {
      {"09.10.2024", true}, {"8/1/2025", true}, {"28.09.19", false}, {"03.04.20", true},
      {"13.10.2024", false}, {"10/25/2024", false}, {"05.05.2024", false}, {"2024-09-10", false},
      {"9 October 2024", false},
  };
  for (const auto& [text, ambiguous] : cases) {
    std::optional<LocalDate> d = FindDateInText(text);
    ASSERT_TRUE(d.has_value()) << text;
    EXPECT_EQ(d->day_month_ambiguous, ambiguous) << text;
  }
}

TEST(FindDateInTextTest, Table) {
  const DateCase cases[] = {
      {"english day month", "Published 1 November 2019", "2019-11-01"},
      {"english month day", "Posted on Nov. 1st, 2019 by the desk", "2019-11-01"},
      {"german", "Veröffentlicht am 1. November 2019, 14:05 Uhr", "2019-11-01T14:05:00"},
      {"russian genitive", "Опубликовано 1 ноября 2019 г. в 12:30", "2019-11-01T12:30:00"},
      {"russian capitalised", "1 НОЯБРЯ 2019", "2019-11-01"},
      {"ukrainian", "7 червня 2020, 18:40", "2020-06-07T18:40:00"},
      {"ukrainian abbreviated", "12 лист. 2020 р., 09:15", "2020-11-12T09:15:00"},
      {"ukrainian abbreviated without dot", "3 жовт 2019", "2019-10-03"},
      {"russian abbreviated february", "5 февр. 2021", "2021-02-05"},
      {"turkish", "30 Kasım 2020 Pazartesi", "2020-11-30"},
      {"french", "le 1er mars 2019", "2019-03-01"},
      {"spanish", "1 de marzo de 2019", "2019-03-01"},
      {"numeric day first", "01.11.2019 12:30", "2019-11-01T12:30:00"},
      {"numeric slashes day first", "1/11/2019", "2019-11-01"},
      {"numeric slashes month first", "11/25/2019", "2019-11-25"},
      {"year first", "Stand: 2019-11-01", "2019-11-01"},
      {"cjk", "2019年11月1日", "2019-11-01"},
      {"version number is not a date", "version 1.11.2019.3 released", ""},
      {"no year", "1 November", ""},
      {"a month word needs a day and year", "May we all", ""},
      {"first of two", "2 March 2018 and 1 April 2019", "2018-03-02"},
      // Two-digit years: dotted, two-digit day and month only (htmldate-eval der-farang.com,
      // goodnight.at, hertie-school.org datelines "31.10.23", "Party, 30.10.23", "02.12.19").
      {"two-digit year", "Von: B. Jahner | 31.10.23", "2023-10-31"},
      {"two-digit year with time", "28.09.19 12:44", "2019-09-28T12:44:00"},
      {"two-digit year in the nineties", "Stand 05.03.98", "1998-03-05"},
      {"two-digit year out of range", "am 05.03.50", ""},
      {"short day is a version, not a date", "Release 1.12.20 notes", ""},
      {"slashes need four digits", "31/10/23", ""},
      {"hyphens, month abbreviated", "19-Dec-2025", "2025-12-19"},
      {"hyphens, month in full, time after", "17-January-2012 11:02", "2012-01-17T11:02:00"},
      {"one hyphen is no date", "17-January 2012", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(Formatted(FindDateInText(c.input)), c.expected) << c.name;
}

TEST(FindDateInTextTest, OnlyTheFirstBytesAreSearched) {
  std::string text(100, 'x');
  text += " 1 November 2019";
  EXPECT_FALSE(FindDateInText(text, 50));
  EXPECT_TRUE(FindDateInText(text, 200));
}

TEST(FindDateInUrlTest, Table) {
  const DateCase cases[] = {
      {"slashes", "https://example.com/2019/11/01/bridge-closure/", "2019-11-01"},
      {"dashes", "https://example.com/news/2019-11-01-bridge", "2019-11-01"},
      {"compact", "https://example.com/20191101/bridge", "2019-11-01"},
      {"year and month only", "https://example.com/2019/11/bridge", ""},
      {"digits in the host are ignored", "https://20191101.example.com/a", ""},
      {"long id", "https://example.com/a/201911010042", ""},
      {"not a url", "", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(Formatted(FindDateInUrl(c.input)), c.expected) << c.name;
}

TEST(LocalDateTest, ToUnixSecondsHonoursTheOffset) {
  EXPECT_EQ(ToUnixSeconds(*ParseDateValue("2019-11-01T03:00:00+03:00")), 1572566400);
  EXPECT_EQ(ToUnixSeconds(*ParseDateValue("2019-11-01")), 1572566400);
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Days checked on a calendar: 2026-12-01 was a Tuesday, 2021-12-23 a Thursday, 2020-12-10 a
// Thursday, 2023-10-13 a Friday.
LocalDate Day(int y, int m, int d) {
  LocalDate out;
  out.year = y, out.month = m, out.day = d;
  return out;
}

TEST(FindWeekdayDateInTextTest, OddInputIsBoundedAndSafe) {
  const int64_t anchor = ToUnixSeconds(Day(2021, 12, 1));
  EXPECT_FALSE(FindWeekdayDateInText("", anchor, 31));
  EXPECT_FALSE(FindWeekdayDateInText("\xff\xfe\x80 Thursday, \xc3", anchor, 31));
  EXPECT_FALSE(FindWeekdayDateInText("Thursday, December", anchor, 31));  // cut short
  // A mention past max_bytes is not read; 1 MB of weekday names stays fast and finds none.
  std::string big;
  for (int i = 0; i < 100000; ++i) big += "Thursday, ";
  EXPECT_FALSE(FindWeekdayDateInText(big + "Thursday, December 23", anchor, 31));
  EXPECT_TRUE(FindWeekdayDateInText("Thursday, December 23", anchor, 31));
}

TEST(FindWeekdayDateInTextTest, Table) {
  const int64_t kDec1_2021 = ToUnixSeconds(Day(2021, 12, 1));
  struct Case {
    const char* text;
    int64_t anchor;
    int max_days;
    const char* want;  // "" = none
  } cases[] = {
      {"The vote took place on Thursday, December 23, after weeks of talks.", kDec1_2021, 31, "2021-12-23"},
      {"Голосование прошло в четверг, 23 декабря, после долгих переговоров.", kDec1_2021, 31, "2021-12-23"},
      {"Divers reached the wreck on Friday 13 October.", ToUnixSeconds(Day(2023, 10, 20)), 31, "2023-10-13"},
      {"The summit opens on Thursday, Dec. 3.", ToUnixSeconds(Day(2026, 12, 1)), 31, "2026-12-03"},
      // Across the new year: Friday, January 7 of a story dated late December 2021 is 2022.
      {"Schools reopen on Friday, January 7.", ToUnixSeconds(Day(2021, 12, 28)), 31, "2022-01-07"},
      // No year near the anchor has Thursday 23 December: 2020's was a Wednesday.
      {"On Thursday, December 23 the talks ended.", ToUnixSeconds(Day(2020, 12, 1)), 31, ""},
      {"The vote took place on Thursday, December 23.", ToUnixSeconds(Day(2021, 6, 1)), 31, ""},  // too far
      {"It happened on Thursday, December 23, 2021.", kDec1_2021, 31, ""},  // has a year
      {"On Monday, February 30 nothing happened.", kDec1_2021, 31, ""},     // no such day
      {"On Thursday the council met.", kDec1_2021, 31, ""},                 // no day
  };
  for (const Case& c : cases) {
    std::optional<LocalDate> d = FindWeekdayDateInText(c.text, c.anchor, c.max_days);
    EXPECT_EQ(d ? FormatLocalDate(*d) : "", c.want) << c.text;
  }
}

}  // namespace
}  // namespace storyline
