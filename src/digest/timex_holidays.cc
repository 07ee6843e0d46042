#include "digest/timex_holidays.h"

#include <string>

#include "base/time_util.h"

namespace storyline::timex {
namespace {

// How a named day falls in a year: a fixed day, the nth weekday of a month (n = -1: the last),
// or an offset from Easter.
struct DayRule {
  int month = 0;
  int day = 0;
  int weekday = 0;  // 1 = Monday; with nth
  int nth = 0;
  int easter_offset = 0;
  bool easter = false;
  bool orthodox = false;
};

struct Name {
  std::vector<std::string_view> words;  // lower-cased tokens, "'" and "s" included
  DayRule rule;
};

CivilDate NthWeekday(int year, int month, int weekday, int nth) {
  if (nth < 0) {
    CivilDate last{year, month, DaysInMonth(year, month)};
    return AddDays(last, -((WeekdayOf(last) - weekday + 7) % 7));
  }
  CivilDate first{year, month, 1};
  return AddDays(first, (weekday - WeekdayOf(first) + 7) % 7 + 7 * (nth - 1));
}

CivilDate DateIn(const DayRule& r, int year) {
  if (r.easter) return AddDays(EasterSunday(year, r.orthodox), r.easter_offset);
  if (r.nth != 0) {
    CivilDate d = NthWeekday(year, r.month, r.weekday, r.nth);
    return r.day ? AddDays(d, r.day) : d;  // Election Day: the Tuesday after the first Monday
  }
  return {year, r.month, r.day};
}

const std::vector<Name>& Names() {
  static const std::vector<Name> names = {
      {{"christmas", "eve"}, {12, 24}},
      {{"christmas", "day"}, {12, 25}},
      {{"christmas"}, {12, 25}},
      {{"new", "year", "'", "s", "eve"}, {12, 31}},
      {{"new", "year", "'", "s", "day"}, {1, 1}},
      {{"new", "year", "'", "s"}, {1, 1}},
      {{"thanksgiving", "day"}, {11, 0, 4, 4}},
      {{"thanksgiving"}, {11, 0, 4, 4}},
      {{"labor", "day"}, {9, 0, 1, 1}},
      {{"memorial", "day"}, {5, 0, 1, -1}},
      {{"election", "day"}, {11, 1, 1, 1}},
      {{"independence", "day"}, {7, 4}},
      {{"veterans", "day"}, {11, 11}},
      {{"halloween"}, {10, 31}},
      {{"valentine", "'", "s", "day"}, {2, 14}},
      {{"boxing", "day"}, {12, 26}},
      {{"good", "friday"}, {0, 0, 0, 0, -2, true}},
      {{"easter", "sunday"}, {0, 0, 0, 0, 0, true}},
      {{"easter", "monday"}, {0, 0, 0, 0, 1, true}},
      {{"easter"}, {0, 0, 0, 0, 0, true}},
      // Russian: the case forms news text uses; Christmas and Easter are the Orthodox ones.
      {{"новый", "год"}, {1, 1}},
      {{"нового", "года"}, {1, 1}},
      {{"новым", "годом"}, {1, 1}},
      {{"новому", "году"}, {1, 1}},
      {{"рождество"}, {1, 7}},
      {{"рождества"}, {1, 7}},
      {{"рождеству"}, {1, 7}},
      {{"рождеством"}, {1, 7}},
      {{"день", "победы"}, {5, 9}},
      {{"дня", "победы"}, {5, 9}},
      {{"дню", "победы"}, {5, 9}},
      {{"днем", "победы"}, {5, 9}},
      {{"днём", "победы"}, {5, 9}},
      {{"пасха"}, {0, 0, 0, 0, 0, true, true}},
      {{"пасху"}, {0, 0, 0, 0, 0, true, true}},
      {{"пасхи"}, {0, 0, 0, 0, 0, true, true}},
      {{"пасхой"}, {0, 0, 0, 0, 0, true, true}},
  };
  return names;
}

bool IsAsciiWord(const Ctx& c, size_t k) {
  return c.IsWord(k) && static_cast<unsigned char>(c.tok(k).lower[0]) < 0x80;
}

// The longest name at token i: its rule and the index after it. Names are proper nouns
// ("new year" in lower case is a time span): the first word is capitalised, and so is every
// later English word ("Christmas day" is read as "Christmas").
std::optional<std::pair<DayRule, size_t>> NameAt(const Ctx& c, size_t i) {
  if (!c.IsWord(i) || !c.tok(i).capitalized) return std::nullopt;
  std::optional<std::pair<DayRule, size_t>> best;
  for (const Name& n : Names()) {
    size_t k = i;
    bool ok = true;
    for (std::string_view w : n.words) {
      const bool lower_english = k > i && w != "s" && IsAsciiWord(c, k) && !c.tok(k).capitalized;
      if (!c.Is(k, w) || lower_english || (k > i && w == "'" && !c.Glued(k))) {
        ok = false;
        break;
      }
      ++k;
    }
    if (ok && (!best || k > best->second)) best = std::pair{n.rule, k};
  }
  return best;
}

int64_t Days(CivilDate d) { return DaysFromCivil(d.year, d.month, d.day); }

}  // namespace

CivilDate EasterSunday(int year, bool orthodox) {
  if (orthodox) {
    // Meeus's Julian algorithm, then the Julian → Gregorian offset (13 days in 1900..2099).
    const int a = year % 4, b = year % 7, c = year % 19;
    const int d = (19 * c + 15) % 30;
    const int e = (2 * a + 4 * b - d + 34) % 7;
    const int month = (d + e + 114) / 31;
    const int day = (d + e + 114) % 31 + 1;
    const int offset = year / 100 - year / 400 - 2;
    return AddDays({year, month, day}, offset);
  }
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const int a = year % 19, b = year / 100, c = year % 100;
  const int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return {year, month, day};
}

std::optional<Found> NamedDay(const Ctx& c, size_t i) {
  int shift = 0;  // -1 last, +1 next
  size_t j = i;
  if (c.IsAny(i, {"last", "past"})) shift = -1, ++j;
  else if (c.IsAny(i, {"next", "coming"})) shift = 1, ++j;
  else if (c.Is(i, "this")) ++j;
  auto name = NameAt(c, j);
  if (!name) return std::nullopt;
  const auto& [rule, end] = *name;
  const Anchor& a = c.anchor();
  auto dct = a.dct();
  if (!dct) {
    if (rule.easter) return Make(i, end, "DATE", "XXXX-XX-XX");
    CivilDate d = DateIn(rule, 2001);
    return Make(i, end, "DATE", FormatDate(0, d.month, d.day));
  }
  const int64_t today = Days(*dct);
  int year = dct->year;
  if (shift < 0) {
    if (Days(DateIn(rule, year)) >= today) --year;
  } else if (shift > 0) {
    if (Days(DateIn(rule, year)) <= today) ++year;
  } else if (j == i) {
    const CivilDate this_year = DateIn(rule, year);
    year = a.YearFor(this_year.month, this_year.day, c.TenseAround(i, end));
  }
  const CivilDate d = DateIn(rule, year);
  return Make(i, end, "DATE", FormatDate(d.year, d.month, d.day));
}

}  // namespace storyline::timex
