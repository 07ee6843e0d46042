// Calendar arithmetic relative to the document creation time (DCT), formatted as TIMEX3 values.
#pragma once

#include <optional>
#include <string>

#include "digest/timex.h"
#include "digest/timex_lexicon.h"

namespace storyline::timex {

enum class Tense { kNone, kPast, kFuture };

std::string Pad(int v, int width);
std::string FormatDate(int year, int month, int day);  // "2019-01-10"; year 0 → "XXXX"
CivilDate AddDays(CivilDate d, int days);
int WeekdayOf(CivilDate d);                           // 1 = Monday .. 7 = Sunday
std::pair<int, int> IsoWeek(CivilDate d);             // (ISO year, week 1..53)
int DaysInMonth(int year, int month);

// Resolves underspecified expressions against the DCT. Without a DCT, the unknown parts are X.
class Anchor {
 public:
  explicit Anchor(std::optional<CivilDate> dct) : dct_(dct) {}

  bool known() const { return dct_.has_value(); }
  std::string Today() const { return Day(0); }
  std::string Day(int offset) const;                 // DCT + offset days
  // The DCT moved by n units, written at the unit's granularity: 2019-W44, 2019-10, 2019-Q3,
  // 2018, 201 (decade), 20 (century).
  std::string Shift(Unit unit, int n) const;
  // Weekday 1..7: past/none → latest on or before the DCT; future → the next one after it.
  std::string Weekday(int weekday, Tense tense) const;
  // The weekend (ISO week + "-WE") just past, or the coming one for `future`.
  std::string Weekend(bool future) const;
  // Weekday n weeks away ("last Friday" = -1, "next Friday" = +1).
  std::string WeekdayInWeek(int weekday, int weeks) const;
  // Year for a day of a month mentioned without one: of the DCT's year and its neighbours, the
  // one nearest the DCT, where a past tense rules out dates over a month after the DCT and a
  // future tense dates over a month before it.
  int YearFor(int month, int day, Tense tense) const;
  std::string Month(int month, Tense tense) const;   // "2019-03" or "XXXX-03"
  std::string DayOfMonth(int month, int day, Tense tense) const;
  std::string Season(int season, int year_offset, bool relative_last) const;
  int year() const { return dct_ ? dct_->year : 0; }
  int month() const { return dct_ ? dct_->month : 0; }
  const std::optional<CivilDate>& dct() const { return dct_; }

 private:
  std::optional<CivilDate> dct_;
};

}  // namespace storyline::timex
