// Word lists for the timex rules (English and Russian), looked up by lower-cased token.
#pragma once

#include <optional>
#include <string_view>

namespace storyline::timex {

enum class Unit { kMinute, kHour, kDay, kWeek, kWeekend, kMonth, kQuarter, kYear, kDecade, kCentury };

// "january", "jan", "sept", "января", "марте" → 1..12.
std::optional<int> MonthNumber(std::string_view w);
// "monday", "mon", "понедельник", "среду" → 1 (Monday) .. 7 (Sunday).
std::optional<int> WeekdayNumber(std::string_view w);
// "year", "years", "лет", "недели" → unit. Plural or singular.
std::optional<Unit> UnitOf(std::string_view w);
// Cardinal number words: "three", "twenty", "a", "an", "три", "двух", "полгода" is not one.
std::optional<int> NumberWord(std::string_view w);
// "first", "third", "первый", "третьем" → 1..4 (enough for quarters and halves).
std::optional<int> OrdinalWord(std::string_view w);
// "spring" → 0 (SP), "summer" → 1 (SU), "fall"/"autumn" → 2 (FA), "winter" → 3 (WI); Russian too.
std::optional<int> SeasonIndex(std::string_view w);
// "morning" → "MO", "afternoon" → "AF", "evening" → "EV", "night" → "NI"; Russian too.
std::optional<std::string_view> PartOfDay(std::string_view w);

// TIMEX3 letter for a unit: Y, M, W, D, H (time), M (time), Q, DE, CE.
std::string_view UnitLetter(Unit u);
bool IsTimeUnit(Unit u);  // hours and minutes: "PT3H"

}  // namespace storyline::timex
