// English periods and references: "current", "the year", the year-ago comparisons of earnings
// reports ("the year-earlier quarter", "last year's quarter"), years in words.
#include <string>

#include "digest/timex_rules.h"

namespace storyline::timex {
namespace {

bool IsYearAgo(const Ctx& c, size_t i) {
  return c.Is(i, "year") && c.Is(i + 1, "-") && c.IsAny(i + 2, {"ago", "earlier"}) &&
         c.Glued(i + 1) && c.Glued(i + 2);
}

// "current" as an adjective ("its current chairman"): the present. "current year" and the
// like are left to the unit rules.
std::optional<Found> Current(const Ctx& c, size_t i) {
  if (!c.Is(i, "current") || UnitOf(c.W(i + 1)) || c.IsAny(i + 1, {"fiscal", "-"})) {
    return std::nullopt;
  }
  if (i > 0 && c.Is(i - 1, "then")) return std::nullopt;  // "the then current price"
  return Make(i, i + 1, "DATE", "PRESENT_REF");
}

// "the year", "the full year", "the fiscal year", "the current fiscal year", "the week", "the
// year 2000": the DCT's; "the year ended Sept. 30" is the twelve months to that date.
std::optional<Found> TheYear(const Ctx& c, size_t i) {
  if (!c.Is(i, "the")) return std::nullopt;
  size_t j = i + 1;
  if (c.IsAny(j, {"full", "current", "calendar"})) ++j;
  if (c.Is(j, "fiscal")) ++j;
  // "the month" only as the end of "the end of the month".
  const bool month = c.Is(j, "month") && j == i + 1 && i > 0 && c.Is(i - 1, "of");
  if ((!c.IsAny(j, {"year", "week"}) && !month) || (c.Glued(j + 1) && c.Is(j + 1, "-"))) {
    return std::nullopt;
  }
  const bool year = c.Is(j, "year");
  if (month) return Make(i, j + 1, "DATE", c.anchor().Shift(Unit::kMonth, 0));
  if (year && j == i + 1) {
    if (auto y = c.Year(j + 1)) return Make(i, j + 2, "DATE", Pad(*y, 4));
    if (auto y = c.SpelledYear(j + 1)) return Make(i, y->second, "DATE", Pad(y->first, 4));
  }
  if (c.IsAny(j + 1, {"ended", "ending", "through", "to"})) {
    return Make(i, j + 1, "DURATION", year ? "P1Y" : "P1W");
  }
  // "the year before", "the week after": anchored on an event, not on the DCT.
  if (c.IsAny(j + 1, {"before", "after", "earlier", "later", "following", "of", "in", "when",
                      "that", "since"})) {
    return std::nullopt;
  }
  return Make(i, j + 1, "DATE", c.anchor().Shift(year ? Unit::kYear : Unit::kWeek, 0));
}

// The comparisons of earnings reports: "the year-ago quarter", "the comparable year-earlier
// period", "the year-ago third quarter", "the year-earlier nine months", "the corresponding
// period last year". A report comes out in the quarter after the one it covers.
std::optional<Found> YearAgoPeriod(const Ctx& c, size_t i) {
  size_t j = c.Is(i, "the") ? i + 1 : i;
  if (c.IsAny(j, {"comparable", "corresponding", "same"})) ++j;
  const Anchor& a = c.anchor();
  if (!IsYearAgo(c, j)) {
    // "the corresponding period last year", "the same quarter a year ago".
    if (j == i || !c.IsAny(j - 1, {"comparable", "corresponding", "same"}) ||
        !c.IsAny(j, {"period", "quarter"})) {
      return std::nullopt;
    }
    if (c.Is(j + 1, "last") && c.Is(j + 2, "year")) {
      return Make(i, j + 3, "DATE", a.Shift(Unit::kQuarter, -5));
    }
    if (c.Is(j + 1, "a") && c.Is(j + 2, "year") && c.IsAny(j + 3, {"ago", "earlier"})) {
      return Make(i, j + 4, "DATE", a.Shift(Unit::kQuarter, -5));
    }
    return std::nullopt;
  }
  size_t k = j + 3;
  if (auto ord = OrdinalWord(c.W(k)); ord && c.Is(k + 1, "quarter")) {
    return Make(i, k + 2, "DATE",
                (a.known() ? Pad(a.year() - 1, 4) : "XXXX") + "-Q" + std::to_string(*ord));
  }
  if (c.IsAny(k, {"quarter", "period"})) {
    Found f = Make(i, k + 1, "DATE", a.Shift(Unit::kQuarter, -5));
    f.year_before_quarter = true;
    return f;
  }
  if (auto num = c.Number(k); num && c.IsWord(k) && c.Is(num->second, "months")) {
    return Make(i, num->second + 1, "DURATION", DurationValue(num->first, Unit::kMonth));
  }
  return std::nullopt;
}

// "this year's third quarter", "last year's quarter", "next year's first quarter".
std::optional<Found> YearsQuarter(const Ctx& c, size_t i) {
  int shift = 0;
  if (c.Is(i, "last")) shift = -1;
  else if (c.Is(i, "next")) shift = 1;
  else if (!c.Is(i, "this")) return std::nullopt;
  if (!c.Is(i + 1, "year") || !c.Is(i + 2, "'") || !c.Is(i + 3, "s") || !c.Glued(i + 3)) {
    return std::nullopt;
  }
  const Anchor& a = c.anchor();
  size_t k = i + 4;
  if (auto ord = OrdinalWord(c.W(k)); ord && c.Is(k + 1, "quarter")) {
    std::string year = a.known() ? Pad(a.year() + shift, 4) : "XXXX";
    return Make(i, k + 2, "DATE", year + "-Q" + std::to_string(*ord));
  }
  if (c.Is(k, "quarter") && shift < 0) return Make(i, k + 1, "DATE", a.Shift(Unit::kQuarter, -5));
  return std::nullopt;
}

// "recent years", "past years" (the past), "recent weeks", "coming months" (spans of unknown
// length; TimeBank leaves "the" out of "the coming years").
std::optional<Found> RecentUnits(const Ctx& c, size_t i) {
  if (!c.IsAny(i, {"recent", "coming", "past"})) return std::nullopt;
  auto unit = UnitOf(c.W(i + 1));
  if (!unit || c.W(i + 1).back() != 's' || *unit == Unit::kWeekend) return std::nullopt;
  if (c.Is(i, "past") && (*unit != Unit::kYear || (i > 0 && c.Is(i - 1, "the")))) {
    return std::nullopt;  // "the past years" is left to the duration rules
  }
  if (*unit == Unit::kYear && !c.Is(i, "coming")) return Make(i, i + 2, "DATE", "PAST_REF");
  return Make(i, i + 2, "DURATION", DurationValue(-1, *unit));
}

// "year-end", "year end": the last day of the DCT's year.
std::optional<Found> YearEnd(const Ctx& c, size_t i) {
  if (!c.Is(i, "year")) return std::nullopt;
  size_t k = c.Is(i + 1, "-") && c.Glued(i + 1) ? i + 2 : i + 1;
  if (!c.Is(k, "end") || c.Is(k + 1, "-")) return std::nullopt;
  const int y = c.anchor().year();
  return Make(i, k + 1, "DATE", FormatDate(y, 12, 31));
}

// "that day", "the same year", "the following month", "the next morning", "later that year":
// counted from the date the text named last.
std::optional<Found> AnaphoricDate(const Ctx& c, size_t i) {
  size_t j = c.IsAny(i, {"earlier", "later"}) ? i + 1 : i;
  int shift = 0;
  bool day_only = false;  // "the next year" is mostly a span ("over the next year")
  if (c.Is(j, "that")) {
    j += 1;
  } else if (c.Is(j, "the") && c.Is(j + 1, "same")) {
    j += 2;
  } else if (c.Is(j, "the") && c.Is(j + 1, "following")) {
    shift = 1, j += 2;
  } else if (c.Is(j, "the") && c.IsAny(j + 1, {"next", "previous", "prior"})) {
    shift = c.Is(j + 1, "next") ? 1 : -1, day_only = true, j += 2;
  } else {
    return std::nullopt;
  }
  const bool part = PartOfDay(c.W(j)).has_value();
  Unit unit = Unit::kDay;
  if (c.Is(j, "year")) unit = Unit::kYear;
  else if (c.Is(j, "month")) unit = Unit::kMonth;
  else if (!c.Is(j, "day") && !part) return std::nullopt;
  if ((day_only && unit != Unit::kDay) || (c.Glued(j + 1) && c.Is(j + 1, "-"))) return std::nullopt;
  return Anaphor(i, j + 1, c.anchor(), unit, shift);
}

// "nineteen ninety-six", "the year two thousand".
std::optional<Found> YearInWords(const Ctx& c, size_t i) {
  auto y = c.SpelledYear(i);
  if (!y) return std::nullopt;
  return Make(i, y->second, "DATE", Pad(y->first, 4));
}

// "half an hour", "half a day": the half of one unit.
std::optional<Found> HalfUnit(const Ctx& c, size_t i) {
  if (!c.Is(i, "half") || !c.IsAny(i + 1, {"a", "an"})) return std::nullopt;
  auto unit = UnitOf(c.W(i + 2));
  if (!unit || c.W(i + 2).back() == 's') return std::nullopt;
  return Make(i, i + 3, "DURATION", HalfDurationValue(0, *unit));
}

}  // namespace

const std::vector<Rule>& EnglishPeriodRules() {
  static const std::vector<Rule> rules = {Current, TheYear, YearAgoPeriod, YearsQuarter,
                                          YearInWords, HalfUnit, RecentUnits, YearEnd,
                                          AnaphoricDate};
  return rules;
}

}  // namespace storyline::timex
