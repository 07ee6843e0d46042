// Dates as pages write them: attribute values ("2019-11-01T12:30:00+03:00", "20191101"),
// URL paths ("/2019/11/01/"), and running text ("Published 1 November 2019", "01.11.2019 12:30",
// "1 ноября 2019", "Nov. 1, 2019", "1. November 2019", "2019年11月1日").
// Pure functions over UTF-8; no clock, no locale, thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace storyline {

// A calendar date as written on the page, with the time and UTC offset when it says them.
struct LocalDate {
  int year = 0, month = 0, day = 0;
  int hour = -1, minute = 0, second = 0;   // hour -1: no time of day given
  std::optional<int> utc_offset_minutes;  // "+03:00" → 180, "Z" → 0; nullopt when not given
  // A numeric date read day first whose two parts could be either ("03.04.2020", "8/1/2025"):
  // pages in the US write the month first. The reading stays day first unless the caller
  // knows better (another date of the same page).
  bool day_month_ambiguous = false;
};

// Years outside this range are not taken as publication dates (page furniture, typos).
inline constexpr int kMinDateYear = 1990;
inline constexpr int kMaxDateYear = 2035;

// A whole attribute value that is a date: ISO 8601 and its near relatives (space for "T",
// "/" or "." for "-", fractions of a second, "+0300"), "20191101", RFC 1123
// ("Fri, 01 Nov 2019 12:30:00 GMT"), a 10-digit Unix time, or else the first date of
// FindDateInText. nullopt when none.
std::optional<LocalDate> ParseDateValue(std::string_view value);

// A full date in a URL path: "/2019/11/01/", "/2019-11-01-title", "/20191101/", "_20191101_".
// A year and month alone ("/2019/11/") is not a date. nullopt when none.
std::optional<LocalDate> FindDateInUrl(std::string_view url);

// The first complete date (day, month, year) in running text, with a time of day right after
// it when there is one ("01.11.2019 12:30", "1 November 2019, 12:30"). Month names in English,
// German, French, Spanish, Italian, Portuguese, Dutch, Russian, Ukrainian, Polish and Turkish,
// full or abbreviated, any case. Numeric dates are read day first ("01.11.2019", "1/11/2019"),
// except that "11/25/2019" (second part over 12) is read month first. Only the first
// `max_bytes` of `text` are searched. nullopt when none.
std::optional<LocalDate> FindDateInText(std::string_view text, std::size_t max_bytes = 4096);

// A date found in text and the bytes [begin, end) it spans (the time of day included).
struct DateMatch {
  LocalDate date;
  std::size_t begin = 0, end = 0;
};

// The dates of FindDateInText in order, at most `max_count`.
std::vector<DateMatch> FindDatesInText(std::string_view text, std::size_t max_bytes, std::size_t max_count);

// A day and month named with its weekday and no year ("Thursday, December 23", "Thursday 23
// December", "в четверг, 23 декабря"; English and Russian weekday names), placed in the year
// that puts it nearest `anchor` (Unix seconds: a date the article is known to be close to,
// such as its story's) among the years in which that day is that weekday; nullopt when that
// is more than `max_days` from the anchor, or when no such mention exists. A date followed by
// a year is left to FindDateInText. Only the first `max_bytes` are searched.
std::optional<LocalDate> FindWeekdayDateInText(std::string_view text, int64_t anchor, int max_days,
                                               std::size_t max_bytes = 4096);

// Unix seconds (UTC; a time without offset is taken as UTC, a date alone as 00:00 UTC).
int64_t ToUnixSeconds(const LocalDate& date);

// "2019-11-01", "2019-11-01T12:30:00" or "2019-11-01T12:30:00+03:00", as written.
std::string FormatLocalDate(const LocalDate& date);

}  // namespace storyline
