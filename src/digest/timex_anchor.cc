#include "digest/timex_anchor.h"

#include <algorithm>

#include "base/time_util.h"

namespace storyline::timex {
namespace {

constexpr const char* kSeasons[] = {"SP", "SU", "FA", "WI"};

CivilDate FromDays(int64_t z) {
  // Inverse of DaysFromCivil (Howard Hinnant's civil_from_days).
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int64_t ToDays(CivilDate d) { return DaysFromCivil(d.year, d.month, d.day); }

int SeasonOfMonth(int month) { return month == 12 ? 3 : month <= 2 ? 3 : (month - 3) / 3; }

}  // namespace

std::string Pad(int v, int width) {
  std::string s = std::to_string(v < 0 ? -v : v);
  if (static_cast<int>(s.size()) < width) s.insert(0, width - s.size(), '0');
  return s;
}

std::string FormatDate(int year, int month, int day) {
  return (year ? Pad(year, 4) : "XXXX") + "-" + Pad(month, 2) + "-" + Pad(day, 2);
}

CivilDate AddDays(CivilDate d, int days) { return FromDays(ToDays(d) + days); }

int WeekdayOf(CivilDate d) {
  const int64_t z = ToDays(d);  // 1970-01-01 was a Thursday (4)
  return static_cast<int>(((z % 7 + 7) % 7 + 3) % 7) + 1;
}

std::pair<int, int> IsoWeek(CivilDate d) {
  CivilDate thursday = AddDays(d, 4 - WeekdayOf(d));
  const int64_t jan1 = DaysFromCivil(thursday.year, 1, 1);
  return {thursday.year, static_cast<int>((ToDays(thursday) - jan1) / 7 + 1)};
}

int DaysInMonth(int year, int month) {
  return static_cast<int>(DaysFromCivil(month == 12 ? year + 1 : year, month % 12 + 1, 1) -
                          DaysFromCivil(year, month, 1));
}

std::string Anchor::Day(int offset) const {
  if (!dct_) return "XXXX-XX-XX";
  CivilDate d = AddDays(*dct_, offset);
  return FormatDate(d.year, d.month, d.day);
}

std::string Anchor::Shift(Unit unit, int n) const {
  if (!dct_) {
    switch (unit) {
      case Unit::kWeek: case Unit::kWeekend: return "XXXX-WXX";
      case Unit::kMonth: return "XXXX-XX";
      case Unit::kQuarter: return "XXXX-QX";
      case Unit::kDay: case Unit::kHour: case Unit::kMinute: return "XXXX-XX-XX";
      default: return "XXXX";
    }
  }
  const CivilDate d = *dct_;
  switch (unit) {
    case Unit::kMinute:
    case Unit::kHour:
    case Unit::kDay: return Day(n);
    case Unit::kWeek:
    case Unit::kWeekend: {
      auto [y, w] = IsoWeek(AddDays(d, 7 * n));
      return Pad(y, 4) + "-W" + Pad(w, 2) + (unit == Unit::kWeekend ? "-WE" : "");
    }
    case Unit::kMonth: {
      int m = d.year * 12 + (d.month - 1) + n;
      return Pad(m / 12, 4) + "-" + Pad(m % 12 + 1, 2);
    }
    case Unit::kQuarter: {
      int q = d.year * 4 + (d.month - 1) / 3 + n;
      return Pad(q / 4, 4) + "-Q" + std::to_string(q % 4 + 1);
    }
    case Unit::kYear: return Pad(d.year + n, 4);
    case Unit::kDecade: return Pad(d.year / 10 + n, 3);
    case Unit::kCentury: return Pad(d.year / 100 + n, 2);
  }
  return "";
}

std::string Anchor::Weekday(int weekday, Tense tense) const {
  if (!dct_) return "XXXX-WXX-" + std::to_string(weekday);
  const int today = WeekdayOf(*dct_);
  if (tense == Tense::kFuture) {
    int ahead = (weekday - today + 7) % 7;
    return Day(ahead == 0 ? 7 : ahead);
  }
  return Day(-((today - weekday + 7) % 7));
}

std::string Anchor::Weekend(bool future) const {
  if (!dct_) return "XXXX-WXX-WE";
  const int today = WeekdayOf(*dct_);
  int week_shift = 0;
  if (!future && today <= 5) week_shift = -1;
  auto [y, w] = IsoWeek(AddDays(*dct_, 7 * week_shift));
  return Pad(y, 4) + "-W" + Pad(w, 2) + "-WE";
}

std::string Anchor::WeekdayInWeek(int weekday, int weeks) const {
  if (!dct_) return "XXXX-WXX-" + std::to_string(weekday);
  return Day(weeks * 7 + weekday - WeekdayOf(*dct_));
}

int Anchor::YearFor(int month, int day, Tense tense) const {
  if (!dct_) return 0;
  constexpr int64_t kSlackDays = 30;
  const int64_t anchor = ToDays(*dct_);
  int best = dct_->year;
  int64_t best_distance = -1;
  for (int y = dct_->year - 1; y <= dct_->year + 1; ++y) {
    const int64_t diff = DaysFromCivil(y, month, std::min(day, DaysInMonth(y, month))) - anchor;
    if (tense == Tense::kPast && diff > kSlackDays) continue;
    if (tense == Tense::kFuture && diff < -kSlackDays) continue;
    const int64_t distance = diff < 0 ? -diff : diff;
    if (best_distance < 0 || distance < best_distance) best = y, best_distance = distance;
  }
  return best;
}

std::string Anchor::Month(int month, Tense tense) const {
  const int y = YearFor(month, 15, tense);
  return (y ? Pad(y, 4) : "XXXX") + "-" + Pad(month, 2);
}

std::string Anchor::DayOfMonth(int month, int day, Tense tense) const {
  return FormatDate(YearFor(month, day, tense), month, day);
}

std::string Anchor::Season(int season, int year_offset, bool relative_last) const {
  if (!dct_) return std::string("XXXX-") + kSeasons[season];
  int year = dct_->year + year_offset;
  if (relative_last && season >= SeasonOfMonth(dct_->month)) --year;
  return Pad(year, 4) + "-" + kSeasons[season];
}

}  // namespace storyline::timex
