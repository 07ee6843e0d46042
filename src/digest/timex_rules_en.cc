// English rules. Extents follow TimeBank: "the" belongs to the expression, prepositions don't.
#include <algorithm>
#include <string>

#include "digest/timex_holidays.h"
#include "digest/timex_rules.h"

namespace storyline::timex {
namespace {

size_t SkipThe(const Ctx& c, size_t i) { return c.Is(i, "the") ? i + 1 : i; }

// "nearly", "more than", "at least", "up to", "less than": inside the extent in TimeBank.
size_t SkipQuantityModifier(const Ctx& c, size_t i) {
  if (c.IsAny(i, {"nearly", "almost"})) return i + 1;
  if (c.IsAny(i, {"more", "less"}) && c.Is(i + 1, "than")) return i + 2;
  if ((c.Is(i, "at") && c.Is(i + 1, "least")) || (c.Is(i, "up") && c.Is(i + 1, "to"))) return i + 2;
  return i;
}

// "eighth", "twenty-first": a day of the month in words (after a month name: "March eighth").
std::optional<std::pair<int, size_t>> OrdinalDay(const Ctx& c, size_t i) {
  static const std::string_view kOrdinals[] = {
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
      "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
      "seventeenth", "eighteenth", "nineteenth", "twentieth"};
  int tens = 0;
  size_t k = i;
  if (c.IsAny(k, {"twenty", "thirty"}) && c.Is(k + 1, "-") && c.Glued(k + 1)) {
    tens = c.Is(k, "twenty") ? 20 : 30;
    k += 2;
  } else if (c.Is(k, "thirtieth")) {
    return std::pair{30, k + 1};
  }
  for (int n = 1; n <= 20; ++n) {
    if (c.Is(k, kOrdinals[n - 1]) && (tens == 0 || n < 10) && tens + n <= 31) {
      return std::pair{tens + n, k + 1};
    }
  }
  return std::nullopt;
}

// Day of month at i ("7", "7th"); returns (day, index after).
std::optional<std::pair<int, size_t>> DayOfMonth(const Ctx& c, size_t i) {
  if (c.IsWord(i) && i > 0 && MonthNumber(c.W(i - 1))) return OrdinalDay(c, i);
  auto d = c.Int(i, 2);
  if (!d || *d < 1 || *d > 31) return std::nullopt;
  size_t next = i + 1;
  if (c.Glued(next) && c.IsAny(next, {"st", "nd", "rd", "th"})) ++next;
  return std::pair{*d, next};
}

// Month name at i, capitalised; an abbreviation may carry a glued ".". (month, index after).
std::optional<std::pair<int, size_t>> MonthAt(const Ctx& c, size_t i) {
  if (!c.IsWord(i) || !c.tok(i).capitalized) return std::nullopt;
  auto m = MonthNumber(c.W(i));
  if (!m) return std::nullopt;
  size_t next = i + 1;
  const bool abbreviation = c.W(i).size() <= 4 && !c.IsAny(i, {"may", "june", "july"});
  if (abbreviation && c.Is(next, ".") && c.Glued(next)) ++next;
  return std::pair{*m, next};
}

// ", 1998" or " 1998" after a month or day: (year, index after).
std::optional<std::pair<int, size_t>> TrailingYear(const Ctx& c, size_t i) {
  size_t j = c.Is(i, ",") ? i + 1 : i;
  if (auto y = c.Year(j)) return std::pair{*y, j + 1};
  if (auto y = c.SpelledYear(j)) return y;
  return std::nullopt;
}

std::optional<Found> IsoDate(const Ctx& c, size_t i) {
  auto y = c.Year(i);
  if (!y || !c.Is(i + 1, "-") || !c.Glued(i + 1) || !c.Glued(i + 2) || !c.Glued(i + 4)) {
    return std::nullopt;
  }
  auto m = c.Int(i + 2, 2);
  auto d = c.Int(i + 4, 2);
  if (!m || !d || !c.Is(i + 3, "-") || *m < 1 || *m > 12 || *d < 1 || *d > 31) return std::nullopt;
  return Make(i, i + 5, "DATE", FormatDate(*y, *m, *d));
}

std::optional<Found> MonthDate(const Ctx& c, size_t i) {
  size_t j = i;
  bool modified = false;
  if (c.Is(j, "this") && MonthAt(c, j + 1)) {
    // "this September": the DCT's year.
    auto [m, k] = *MonthAt(c, j + 1);
    if (!DayOfMonth(c, k)) {
      const int y = c.anchor().year();
      return Make(i, k, "DATE", (y ? Pad(y, 4) : "XXXX") + "-" + Pad(m, 2));
    }
  }
  if (c.IsAny(j, {"early", "late"})) {
    modified = true;
    ++j;
  } else if (c.Is(j, "mid") && c.Is(j + 1, "-") && c.Glued(j + 1)) {
    modified = true;
    j += 2;
  }
  auto month = MonthAt(c, j);
  if (!month) return std::nullopt;
  auto [m, k] = *month;
  if (auto day = DayOfMonth(c, k)) {
    if (auto year = TrailingYear(c, day->second)) {
      return Make(i, year->second, "DATE", FormatDate(year->first, m, day->first));
    }
    Tense t = c.TenseAround(i, day->second);
    return Make(i, day->second, "DATE", c.anchor().DayOfMonth(m, day->first, t));
  }
  if (auto year = TrailingYear(c, k); year && (year->second == k + 1 || !c.Is(k, ","))) {
    return Make(i, year->second, "DATE", Pad(year->first, 4) + "-" + Pad(m, 2));
  }
  // A bare month: "May" and "March" are verbs too, so they need a modifier or a preposition.
  const bool ambiguous = c.IsAny(j, {"may", "march"});
  const bool after_prep = i > 0 && c.IsAny(i - 1, {"in", "since", "until", "by", "of", "from",
                                                   "through", "before", "after", "during",
                                                   "till", "to", "last", "next", "this"});
  if (ambiguous && !modified && !after_prep) return std::nullopt;
  // "January this year", "June last year".
  if (c.IsAny(k, {"this", "last", "next"}) && c.Is(k + 1, "year") && !c.Is(k + 2, "'")) {
    const int y = c.anchor().year();
    const int shift = c.Is(k, "last") ? -1 : c.Is(k, "next") ? 1 : 0;
    return Make(i, k + 2, "DATE", (y ? Pad(y + shift, 4) : "XXXX") + "-" + Pad(m, 2));
  }
  if (c.W(j).size() <= 4 && k == j + 1 && !c.IsAny(j, {"may", "june", "july"})) {
    return std::nullopt;  // "Jan" alone is a name more often than a month
  }
  Tense t = c.TenseAround(i, k);
  return Make(i, k, "DATE", c.anchor().Month(m, t));
}

// "10 January 2019", "10 January", "the 10th of January".
std::optional<Found> DayMonthDate(const Ctx& c, size_t i) {
  size_t j = SkipThe(c, i);
  auto day = DayOfMonth(c, j);
  if (!day) return std::nullopt;
  size_t k = day->second;
  if (c.Is(k, "of")) ++k;
  auto month = MonthAt(c, k);
  if (!month) return std::nullopt;
  auto [m, after] = *month;
  if (auto year = TrailingYear(c, after); year && !c.Is(after, ",")) {
    return Make(i, year->second, "DATE", FormatDate(year->first, m, day->first));
  }
  return Make(i, after, "DATE",
              c.anchor().DayOfMonth(m, day->first, c.TenseAround(i, after)));
}

// Numeric dates: 1/10/2019 (US order) and 10.01.2019 (day first).
std::optional<Found> NumericDate(const Ctx& c, size_t i) {
  auto a = c.Int(i, 2);
  auto b = c.Int(i + 2, 2);
  if (!a || !b || !c.Glued(i + 1) || !c.Glued(i + 2) || !c.Glued(i + 3) || !c.Glued(i + 4)) {
    return std::nullopt;
  }
  std::string_view sep = c.W(i + 1);
  if ((sep != "/" && sep != ".") || c.W(i + 3) != sep || !c.IsNumber(i + 4)) return std::nullopt;
  int year = 0;
  if (auto y = c.Int(i + 4, 4); y && c.W(i + 4).size() == 4) {
    year = *y;
  } else if (auto yy = c.Int(i + 4, 2); yy && c.W(i + 4).size() == 2) {
    year = *yy < 50 ? 2000 + *yy : 1900 + *yy;
  } else {
    return std::nullopt;
  }
  int month = sep == "/" ? *a : *b;
  int day = sep == "/" ? *b : *a;
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  return Make(i, i + 5, "DATE", FormatDate(year, month, day));
}

// "1998", "fiscal 1998", "mid-1998", "the 1990s", "the '90s".
std::optional<Found> YearOrDecade(const Ctx& c, size_t i) {
  if (c.Is(i, "the") && c.IsAny(i + 1, {"early", "late", "mid"})) {
    // "the late 1970s": with a modifier TimeBank keeps "the" in a decade ("1990s" alone not).
    auto decade = YearOrDecade(c, i + 1);
    if (!decade || decade->value.size() != 3) return std::nullopt;
    decade->first = i;
    return decade;
  }
  size_t j = c.IsAny(i, {"fiscal", "early", "late"}) ? i + 1 : i;
  if (c.Is(j, "mid") && c.Is(j + 1, "-") && c.Glued(j + 2)) j += 2;
  if (c.Is(j, "'") && c.Int(j + 1, 2) && c.W(j + 1).size() == 2 && c.Is(j + 2, "s") &&
      c.Glued(j + 2)) {
    int yy = *c.Int(j + 1, 2);
    return Make(i, j + 3, "DATE", std::to_string(yy >= 30 ? 190 + yy / 10 : 200 + yy / 10));
  }
  auto y = c.Year(j);
  if (!y) return std::nullopt;
  if (c.Is(j + 1, "s") && c.Glued(j + 1)) return Make(i, j + 2, "DATE", Pad(*y / 10, 3));
  if (*y < 1800 || *y > 2100) return std::nullopt;
  return Make(i, j + 1, "DATE", Pad(*y, 4));
}

// Earnings reports compare quarters: "a year earlier" near "quarter" means that quarter.
bool NearQuarter(const Ctx& c, size_t i) {
  constexpr size_t kWindow = 25;
  for (size_t k = i > kWindow ? i - kWindow : 0; k < std::min(c.size(), i + kWindow); ++k) {
    if (c.IsAny(k, {"quarter", "third-quarter", "second-quarter", "quarterly"})) return true;
  }
  return false;
}

std::optional<Found> DeicticWord(const Ctx& c, size_t i) {
  const Anchor& a = c.anchor();
  std::string_view w = c.W(i);
  if (w == "today") return Make(i, i + 1, "DATE", a.Today());
  if (w == "yesterday") return Make(i, i + 1, "DATE", a.Day(-1));
  if (w == "tomorrow") return Make(i, i + 1, "DATE", a.Day(1));
  if (w == "tonight") return Make(i, i + 1, "TIME", a.Today() + "TNI");
  if (w == "now" || w == "currently" || w == "nowadays") return Make(i, i + 1, "DATE", "PRESENT_REF");
  if (w == "recently") return Make(i, i + 1, "DATE", "PAST_REF");
  if (w == "the" && c.Is(i + 1, "weekend")) {
    const bool future = c.TenseAround(i, i + 2) == Tense::kFuture;
    return Make(i, i + 2, "DATE", a.Weekend(future));
  }
  if ((w == "year-earlier" || w == "year-ago") ||
      (c.Is(i, "year") && c.Is(i + 1, "-") && c.IsAny(i + 2, {"earlier", "ago"}) && c.Glued(i + 1) &&
       c.Glued(i + 2))) {
    Found f = Make(i, w == "year" ? i + 3 : i + 1, "DATE",
                   NearQuarter(c, i) ? a.Shift(Unit::kQuarter, -5) : a.Shift(Unit::kYear, -1));
    f.year_before_quarter = true;
    return f;
  }
  if (w == "these" && c.Is(i + 1, "days")) return Make(i, i + 2, "DATE", "PRESENT_REF");
  if (w == "the" && c.Is(i + 1, "future")) return Make(i, i + 2, "DATE", "FUTURE_REF");
  // "in the past", but not "the past two months", "the past year" or "the past few weeks".
  if (w == "the" && c.Is(i + 1, "past") &&
      (!c.IsWord(i + 2) || (i > 0 && c.Is(i - 1, "in") && !UnitOf(c.W(i + 2)) &&
                            !c.Number(i + 2) &&
                            !c.IsAny(i + 2, {"few", "several", "many", "couple", "decade"})))) {
    return Make(i, i + 2, "DATE", "PAST_REF");
  }
  return std::nullopt;
}

// "yesterday morning", "this evening", "last night", "Friday night" (the day part suffix).
std::optional<Found> DayPart(const Ctx& c, size_t i) {
  const Anchor& a = c.anchor();
  std::string day;
  if (c.Is(i, "yesterday")) day = a.Day(-1);
  if (c.Is(i, "today") || c.Is(i, "this")) day = a.Today();
  if (c.Is(i, "tomorrow")) day = a.Day(1);
  if (c.Is(i, "last") && c.Is(i + 1, "night")) return Make(i, i + 2, "TIME", a.Day(-1) + "TNI");
  if (day.empty()) return std::nullopt;
  auto part = PartOfDay(c.W(i + 1));
  if (!part) return std::nullopt;
  return Make(i, i + 2, "TIME", day + "T" + std::string(*part));
}

// "Friday, Oct. 23", "Friday Oct. 13": the weekday joins the date's extent.
std::optional<Found> WeekdayDate(const Ctx& c, size_t i) {
  if (!c.tok(i).capitalized || c.W(i).size() < 6 || !WeekdayNumber(c.W(i))) return std::nullopt;
  auto date = MonthDate(c, c.Is(i + 1, ",") ? i + 2 : i + 1);
  if (!date || date->value.size() != 10) return std::nullopt;
  date->first = i;
  return date;
}

// "until Friday" right before token i, ending a span that runs past the DCT: not "it was not
// until Friday that …" and not a past perfect ("Until Thursday, they had not called …"),
// both of which end the span before the DCT.
bool UntilRunningSpan(const Ctx& c, size_t i) {
  if (i == 0 || !c.IsAny(i - 1, {"until", "till", "til"})) return false;
  if (i >= 2 && c.Is(i - 2, "not")) return false;
  constexpr size_t kWindow = 12;
  for (size_t d = 2; d <= kWindow && i >= d; ++d) {  // the clause before, up to a sentence break
    if (c.SentenceBreak(i - d)) break;
    if (c.Is(i - d, "had")) return false;
  }
  for (size_t j = i + 1; j < i + kWindow && j < c.size() && !c.SentenceBreak(j); ++j) {
    if (c.Is(j, "had")) return false;
  }
  return true;
}

std::optional<Found> Weekday(const Ctx& c, size_t i) {
  size_t j = i;
  int shift = 0;  // -1 last, +1 next, 2 = decide by tense
  if (c.IsAny(j, {"last", "past"})) shift = -1, ++j;
  else if (c.IsAny(j, {"next", "coming"})) shift = 1, ++j;
  else if (c.Is(j, "this")) ++j;
  if (!c.IsWord(j) || !c.tok(j).capitalized || c.W(j).size() < 6) return std::nullopt;
  auto wd = WeekdayNumber(c.W(j));
  if (!wd) return std::nullopt;
  const Anchor& a = c.anchor();
  std::string value;
  if (shift == -1) {
    std::string prev = a.Weekday(*wd, Tense::kPast);
    value = prev == a.Today() ? a.Day(-7) : prev;
  } else if (shift == 1) {
    value = a.Weekday(*wd, Tense::kFuture);
  } else if (UntilRunningSpan(c, i)) {
    // "closed until Friday", "has extended the ban until Monday": the end of a span that is
    // still running, whatever the tense of its verb ("continued", "suspended"); today counts.
    value = a.dct() && WeekdayOf(*a.dct()) == *wd ? a.Today() : a.Weekday(*wd, Tense::kFuture);
  } else {
    value = a.Weekday(*wd, c.TenseAround(i, j + 1));
  }
  if (auto part = PartOfDay(c.W(j + 1))) {
    return Make(i, j + 2, "DATE", value + "T" + std::string(*part));
  }
  return Make(i, j + 1, "DATE", value);
}

// "last week", "this year", "next month", "the last week", "earlier this year", "last fall",
// "last March".
std::optional<Found> RelativeUnit(const Ctx& c, size_t i) {
  size_t j = i;
  if (c.IsAny(j, {"early", "earlier", "late", "later", "mid"})) ++j;
  const bool the = c.Is(j, "the");
  if (the) ++j;
  int shift = 0;
  const bool this_past = c.Is(j, "this") && c.Is(j + 1, "past");  // "this past spring"
  if (this_past) ++j;
  if (c.IsAny(j, {"last", "previous", "past"})) shift = -1;
  else if (c.IsAny(j, {"next", "coming", "following"})) shift = 1;
  else if (c.IsAny(j, {"this", "current"})) shift = 0;
  else return std::nullopt;
  if (c.Is(j, "past") && !the && !this_past) return std::nullopt;
  if (c.Is(j, "following") && the) return std::nullopt;  // "the following year": an anaphor
  if (the && c.IsAny(j, {"this"})) return std::nullopt;
  const size_t k = j + 1;
  const Anchor& a = c.anchor();
  if (auto season = SeasonIndex(c.W(k))) {
    std::string v = shift < 0 ? a.Season(*season, 0, true) : a.Season(*season, shift > 0, false);
    return Make(i, k + 1, "DATE", v);
  }
  if (auto month = MonthAt(c, k); month && !the && shift != 0 && !DayOfMonth(c, month->second)) {
    int y = a.year() ? a.year() + (shift < 0 ? (month->first >= a.month() ? -1 : 0)
                                              : (month->first <= a.month() ? 1 : 0))
                     : 0;
    return Make(i, month->second, "DATE", (y ? Pad(y, 4) : "XXXX") + "-" + Pad(month->first, 2));
  }
  auto unit = UnitOf(c.W(k));
  if (!unit || c.W(k).back() == 's' || *unit == Unit::kMinute || *unit == Unit::kHour) {
    return std::nullopt;
  }
  if (the && *unit == Unit::kDay && c.IsAny(j, {"next", "previous"})) {
    return std::nullopt;  // "the next day": an anaphor
  }
  if (c.Is(j, "past") || (the && shift == 1)) {
    return Make(i, k + 1, "DURATION", DurationValue(1, *unit));
  }
  return Make(i, k + 1, "DATE", a.Shift(*unit, shift));
}

// "the third quarter", "third-quarter", "the first quarter of 2019", "the latest quarter".
std::optional<Found> Quarter(const Ctx& c, size_t i) {
  size_t j = SkipThe(c, i);
  const Anchor& a = c.anchor();
  if (c.IsAny(j, {"latest", "current", "year-ago"}) || (c.Is(j, "quarter") && j > i)) {
    size_t k = c.Is(j, "quarter") ? j : j + 1;
    const bool latest_period = c.Is(j, "latest") && c.Is(k, "period") && j > i;  // "the latest period"
    if (!c.Is(k, "quarter") && !latest_period) return std::nullopt;
    return Make(i, k + 1, "DATE", a.Shift(Unit::kQuarter, c.Is(j, "current") ? 0 : -1));
  }
  if (c.Is(j, "fiscal")) ++j;
  int year = a.year();
  bool year_given = false;
  if (c.IsAny(j, {"year-ago", "year-earlier"})) {
    year = year ? year - 1 : 0, year_given = true, ++j;
  } else if (auto y = c.Year(j)) {
    year = *y, year_given = true, ++j;
  }
  auto ord = OrdinalWord(c.W(j));
  if (!ord && year_given && c.IsAny(j, {"quarter", "period"}) && j > i + 1) {
    if (c.IsAny(i + 1, {"year-ago", "year-earlier"})) {
      return Make(i, j + 1, "DATE", a.Shift(Unit::kQuarter, -5));
    }
    return Make(i, j + 1, "DATE", Pad(year, 4));
  }
  if (!ord) return std::nullopt;
  size_t k = j + 1;
  if (c.Is(k, "-") && c.Glued(k)) {
    ++k;
    if (c.Is(i, "the") && j == i + 1) ++i;  // "the third-quarter loss": TimeBank tags the adjective
  }
  std::string_view period = c.W(k);
  if (period != "quarter" && period != "half") return std::nullopt;
  if (period == "half" && *ord > 2) return std::nullopt;
  size_t end = k + 1;
  if (year_given) {
  } else if (c.Is(end, "of") && c.Year(end + 1)) {
    year = *c.Year(end + 1);
    end += 2;
  } else if (auto y = c.Year(end)) {
    year = *y;
    end += 1;
  } else if (year && period == "quarter" && *ord > (a.month() - 1) / 3 + 1) {
    --year;
  }
  std::string letter = period == "quarter" ? "Q" : "H";
  return Make(i, end, "DATE", (year ? Pad(year, 4) : "XXXX") + "-" + letter + std::to_string(*ord));
}

// "three days ago", "a year earlier", "two weeks later".
std::optional<Found> Ago(const Ctx& c, size_t i) {
  auto num = c.Number(SkipQuantityModifier(c, i));
  if (!num) return std::nullopt;
  auto unit = UnitOf(c.W(num->second));
  if (!unit) return std::nullopt;
  size_t k = num->second + 1;
  if (c.Is(k, "or") && c.Is(k + 1, "so")) k += 2;  // "a week or so ago"
  int sign = 0;
  if (c.IsAny(k, {"ago", "earlier"})) sign = -1;  // "10 days before X": X's, a duration in TimeBank
  else if (c.IsAny(k, {"later", "hence"})) sign = 1;
  else if (c.Is(k, "from") && c.Is(k + 1, "now")) sign = 1, ++k;
  if (sign == 0) return std::nullopt;
  Unit u = *unit;
  int n = num->first;
  if (u == Unit::kDecade) u = Unit::kYear, n *= 10;
  if (u == Unit::kCentury) u = Unit::kYear, n *= 100;
  if (u == Unit::kYear && n == 1 && sign < 0) {
    // "a year ago": the year-ago quarter in an earnings report.
    Found f = Make(i, k + 1, "DATE", NearQuarter(c, i) ? c.anchor().Shift(Unit::kQuarter, -5)
                                                       : c.anchor().Shift(u, -1));
    f.year_before_quarter = true;
    return f;
  }
  return Make(i, k + 1, "DATE", c.anchor().Shift(u, sign * n));
}

// "$2 million a year", "four flights a week", "10% a year": a rate, the SET of every unit.
std::optional<Found> PerUnit(const Ctx& c, size_t i) {
  if (!c.IsAny(i, {"a", "an", "per"}) || i == 0) return std::nullopt;
  auto unit = UnitOf(c.W(i + 1));
  if (!unit || c.W(i + 1).back() == 's' || *unit == Unit::kWeekend) return std::nullopt;
  auto amount = [&](size_t k) {
    return c.IsNumber(k) || c.IsAny(k, {"million", "billion", "thousand", "hundred", "percent", "%"});
  };
  bool rate = amount(i - 1);
  if (!rate && c.IsWord(i - 1) && c.W(i - 1).back() == 's') {
    for (size_t k = i - 1; k-- > 0 && k + 4 > i;) rate = rate || amount(k);  // "700 seats a week"
  }
  if (!rate) return std::nullopt;
  return Make(i, i + 2, "SET", DurationValue(1, *unit));
}

// "three years", "the past two months", "the first nine months", "two-year", "several weeks".
std::optional<Found> Duration(const Ctx& c, size_t i) {
  size_t j = SkipQuantityModifier(c, i);
  const bool the = c.Is(j, "the");
  if (the) ++j;
  if (c.IsAny(j, {"past", "last", "next", "first", "coming", "previous", "final"})) ++j;
  else if (the) {
    // "the nine months" is fine, "the year" is not a duration we can trust.
  }
  if (c.IsAny(j, {"several", "few", "many"}) || (c.Is(j, "a") && c.Is(j + 1, "few"))) {
    size_t k = c.Is(j, "a") ? j + 2 : j + 1;
    auto unit = UnitOf(c.W(k));
    if (!unit || c.W(k).back() != 's') return std::nullopt;
    if (c.Is(k + 1, "ago")) return Make(i, k + 2, "DATE", "PAST_REF");
    return Make(i, k + 1, "DURATION", DurationValue(-1, *unit));
  }
  // "a couple of years" counts two.
  const bool couple = c.Is(j, "a") && c.Is(j + 1, "couple") && c.Is(j + 2, "of");
  auto num = couple ? std::optional<std::pair<int, size_t>>({2, j + 3}) : c.Number(j);
  if (!num) return std::nullopt;
  size_t k = num->second;
  if (c.IsAny(k, {"more", "additional", "further", "extra"})) ++k;  // "two more weeks"
  bool half = false;
  if (size_t after = AfterHalf(c, k); after > k && c.IsNumber(num->second - 1)) {
    half = true, k = after;  // "5 1/2 hours"
  }
  const bool hyphen = c.Is(k, "-") && c.Glued(k) && c.Glued(k + 1);
  if (hyphen) ++k;
  auto unit = UnitOf(c.W(k));
  if (!unit || *unit == Unit::kWeekend) return std::nullopt;
  if (size_t after = AfterHalf(c, k + 1); !half && !hyphen && after > k + 1 && c.IsWord(k + 1)) {
    return Make(i, after, "DURATION", HalfDurationValue(num->first, *unit));  // "an hour and a half"
  }
  if (half) return Make(i, k + 1, "DURATION", HalfDurationValue(num->first, *unit));
  if (hyphen && (c.W(k).back() == 's' || (c.Is(k + 1, "-") && c.Is(k + 2, "old")))) {
    return std::nullopt;
  }
  if (c.Is(k + 1, "old")) return std::nullopt;  // ages are not durations in TimeBank
  if (c.Is(k + 1, "-") && c.Glued(k + 1) && c.IsAny(k + 2, {"earlier", "ago"})) {
    return std::nullopt;  // "a year-earlier loss": "year-earlier" is the date
  }
  if (c.Is(k, "quarter") && c.Is(k + 1, "of")) return std::nullopt;  // "a quarter of them"
  if (!couple && c.IsAny(j, {"a", "an"}) && (the || c.W(k).back() == 's')) return std::nullopt;
  if (hyphen && the && j == i + 1) ++i;  // "the 14-day period": TimeBank tags "14-day"
  const size_t end = c.Is(k + 1, "or") && c.Is(k + 2, "so") ? k + 3 : k + 1;  // "two years or so"
  return Make(i, end, "DURATION", DurationValue(num->first, *unit));
}

// "for years", "for decades": a vague duration.
std::optional<Found> VagueDuration(const Ctx& c, size_t i) {
  if (i == 0 || !c.IsAny(i - 1, {"for", "over", "within"})) return std::nullopt;
  if (!c.IsAny(i, {"years", "months", "weeks", "decades", "days", "hours", "centuries"})) {
    return std::nullopt;
  }
  return Make(i, i + 1, "DURATION", DurationValue(-1, *UnitOf(c.W(i))));
}

std::optional<Found> Set(const Ctx& c, size_t i) {
  static const std::pair<std::string_view, std::string_view> kAdverbs[] = {
      {"daily", "P1D"}, {"weekly", "P1W"}, {"monthly", "P1M"}, {"annually", "P1Y"},
      {"yearly", "P1Y"}, {"hourly", "PT1H"}};
  for (auto [w, v] : kAdverbs) {
    if (c.Is(i, w)) return Make(i, i + 1, "SET", std::string(v));
  }
  if (!c.IsAny(i, {"every", "each"})) return std::nullopt;
  if (auto wd = WeekdayNumber(c.W(i + 1)); wd && c.W(i + 1).size() >= 6) {
    return Make(i, i + 2, "SET", "XXXX-WXX-" + std::to_string(*wd));
  }
  if (auto month = MonthAt(c, i + 1); month && !DayOfMonth(c, month->second)) {
    return Make(i, month->second, "SET", "XXXX-" + Pad(month->first, 2));  // "each July"
  }
  size_t k = i + 1;
  int n = 1;
  if (auto num = c.Number(k); num && !c.IsAny(k, {"a", "an"})) n = num->first, k = num->second;
  auto unit = UnitOf(c.W(k));
  if (!unit) return std::nullopt;
  return Make(i, k + 1, "SET", DurationValue(n, *unit));
}

// "3 p.m.", "3:30 pm", "15:30".
std::optional<Found> ClockTime(const Ctx& c, size_t i) {
  auto h = c.Int(i, 2);
  if (!h || *h > 23) return std::nullopt;
  size_t k = i + 1;
  int minute = 0;
  bool has_minutes = false;
  if (c.Is(k, ":") && c.Glued(k) && c.Glued(k + 1) && c.W(k + 1).size() == 2) {
    minute = *c.Int(k + 1, 2);
    has_minutes = minute < 60;
    if (!has_minutes) return std::nullopt;
    k += 2;
  }
  int hour = *h;
  bool meridiem = false;
  if (c.IsAny(k, {"am", "pm"})) {
    meridiem = true;
    hour = (hour % 12) + (c.Is(k, "pm") ? 12 : 0);
    k += 1;
  } else if (c.IsAny(k, {"a", "p"}) && c.Is(k + 1, ".") && c.Is(k + 2, "m") && c.Glued(k + 1) &&
             c.Glued(k + 2)) {
    meridiem = true;
    hour = (hour % 12) + (c.Is(k, "p") ? 12 : 0);
    k += (c.Is(k + 3, ".") && c.Glued(k + 3)) ? 4 : 3;
  }
  if (!meridiem && !has_minutes) return std::nullopt;
  if (!meridiem && (c.Glued(i) && i > 0 && c.IsNumber(i - 1))) return std::nullopt;
  std::string day = c.anchor().Today();
  size_t end = k;
  if (c.IsAny(end, {"est", "edt", "et", "gmt", "utc", "pst", "pdt", "cst", "cdt"})) ++end;
  if (auto wd = WeekdayNumber(c.W(end)); wd && c.W(end).size() >= 6) {
    day = c.anchor().Weekday(*wd, c.TenseAround(i, end + 1));
    k = end + 1;
  }
  return Make(i, k, "TIME", day + "T" + Pad(hour, 2) + ":" + Pad(minute, 2));
}

// "the 20th century", "the twentieth century".
std::optional<Found> Century(const Ctx& c, size_t i) {
  size_t j = SkipThe(c, i);
  int n = 0;
  if (auto d = c.Int(j, 2); d && c.Glued(j + 1) && c.IsAny(j + 1, {"st", "nd", "rd", "th"})) {
    n = *d, j += 2;
  } else if (c.IsAny(j, {"nineteenth", "twentieth"})) {
    n = c.Is(j, "nineteenth") ? 19 : 20, ++j;
  } else if (c.Is(j, "twenty") && c.Is(j + 1, "-") && c.Is(j + 2, "first")) {
    n = 21, j += 3;
  }
  if (n == 0 || !c.Is(j, "century")) return std::nullopt;
  return Make(i, j + 1, "DATE", Pad(n - 1, 2));
}

}  // namespace

const std::vector<Rule>& EnglishRules() {
  static const std::vector<Rule> rules = {IsoDate,  MonthDate, DayMonthDate, NumericDate,
                                          YearOrDecade, DeicticWord, DayPart, WeekdayDate, Weekday,
                                          RelativeUnit, Quarter, Ago, PerUnit, Duration, VagueDuration,
                                          Set, ClockTime, Century, NamedDay};
  static const std::vector<Rule> all = [] {
    std::vector<Rule> v = rules;
    v.insert(v.end(), EnglishPeriodRules().begin(), EnglishPeriodRules().end());
    return v;
  }();
  return all;
}

}  // namespace storyline::timex
