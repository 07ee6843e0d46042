// Russian rules. Prepositions stay outside the extent ("в марте" → "марте"), the year word
// inside ("2019 года", "2019 г.").
#include <string>

#include "digest/timex_holidays.h"
#include "digest/timex_rules.h"

namespace storyline::timex {
namespace {

// "года", "году", "год", "г." after a year: the index after it.
size_t AfterYearWord(const Ctx& c, size_t i) {
  if (c.IsAny(i, {"года", "году", "год", "годом"})) return i + 1;
  if (c.Is(i, "г")) return c.Is(i + 1, ".") && c.Glued(i + 1) ? i + 2 : i + 1;
  return i;
}

std::optional<Found> DayMonthYear(const Ctx& c, size_t i) {
  auto day = c.Int(i, 2);
  if (!day || *day < 1 || *day > 31) return std::nullopt;
  auto month = MonthNumber(c.W(i + 1));
  if (!month) return std::nullopt;
  if (auto y = c.Year(i + 2)) {
    return Make(i, AfterYearWord(c, i + 3), "DATE", FormatDate(*y, *month, *day));
  }
  Tense t = c.TenseAround(i, i + 2);
  return Make(i, i + 2, "DATE", c.anchor().DayOfMonth(*month, *day, t));
}

std::optional<Found> MonthYear(const Ctx& c, size_t i) {
  auto month = MonthNumber(c.W(i));
  if (!month) return std::nullopt;
  if (auto y = c.Year(i + 1)) {
    return Make(i, AfterYearWord(c, i + 2), "DATE", Pad(*y, 4) + "-" + Pad(*month, 2));
  }
  return Make(i, i + 1, "DATE", c.anchor().Month(*month, c.TenseAround(i, i + 1)));
}

std::optional<Found> NumericDate(const Ctx& c, size_t i) {
  auto d = c.Int(i, 2);
  auto m = c.Int(i + 2, 2);
  auto y = c.Int(i + 4, 4);
  if (!d || !m || !y || c.W(i + 4).size() != 4 || !c.Is(i + 1, ".") || !c.Is(i + 3, ".")) return std::nullopt;
  for (size_t k = i + 1; k <= i + 4; ++k) {
    if (!c.Glued(k)) return std::nullopt;
  }
  if (*m < 1 || *m > 12 || *d < 1 || *d > 31) return std::nullopt;
  return Make(i, AfterYearWord(c, i + 5), "DATE", FormatDate(*y, *m, *d));
}

std::optional<Found> IsoDate(const Ctx& c, size_t i) {
  auto y = c.Year(i);
  auto m = c.Int(i + 2, 2);
  auto d = c.Int(i + 4, 2);
  if (!y || !m || !d || !c.Is(i + 1, "-") || !c.Is(i + 3, "-") || !c.Glued(i + 1) ||
      !c.Glued(i + 4) || *m < 1 || *m > 12 || *d < 1 || *d > 31) {
    return std::nullopt;
  }
  return Make(i, i + 5, "DATE", FormatDate(*y, *m, *d));
}

// "2019 году", "2019 г.", a bare "2019", "1990-е годы", "90-х".
std::optional<Found> YearOrDecade(const Ctx& c, size_t i) {
  auto y = c.Year(i);
  if (!y) {
    auto yy = c.Int(i, 2);
    if (!yy || c.W(i).size() != 2 || *yy % 10 != 0 || !c.Is(i + 1, "-") ||
        !c.IsAny(i + 2, {"е", "х", "ые", "ых"})) {
      return std::nullopt;
    }
    size_t end = c.IsAny(i + 3, {"годы", "годов", "годах", "гг"}) ? i + 4 : i + 3;
    return Make(i, end, "DATE", std::to_string(*yy >= 30 ? 190 + *yy / 10 : 200 + *yy / 10));
  }
  if (c.Is(i + 1, "-") && c.Glued(i + 1) && c.IsAny(i + 2, {"е", "х", "ые", "ых"})) {
    size_t end = c.IsAny(i + 3, {"годы", "годов", "годах", "гг"}) ? i + 4 : i + 3;
    return Make(i, end, "DATE", Pad(*y / 10, 3));
  }
  size_t end = AfterYearWord(c, i + 1);
  if (end == i + 1 && (*y < 1800 || *y > 2100)) return std::nullopt;
  return Make(i, end, "DATE", Pad(*y, 4));
}

std::optional<Found> DeicticWord(const Ctx& c, size_t i) {
  const Anchor& a = c.anchor();
  std::string_view w = c.W(i);
  std::string day;
  if (w == "сегодня") day = a.Today();
  if (w == "вчера") day = a.Day(-1);
  if (w == "завтра") day = a.Day(1);
  if (w == "позавчера") day = a.Day(-2);
  if (w == "послезавтра") day = a.Day(2);
  if (!day.empty()) {
    if (auto part = PartOfDay(c.W(i + 1))) {
      return Make(i, i + 2, "TIME", day + "T" + std::string(*part));
    }
    return Make(i, i + 1, "DATE", day);
  }
  if (w == "сейчас" || w == "ныне" || w == "сегодняшний") return Make(i, i + 1, "DATE", "PRESENT_REF");
  if (w == "настоящее" && c.Is(i + 1, "время")) return Make(i, i + 2, "DATE", "PRESENT_REF");
  if (w == "недавно") return Make(i, i + 1, "DATE", "PAST_REF");
  if (w == "ближайшее" && c.Is(i + 1, "время")) return Make(i, i + 2, "DATE", "FUTURE_REF");
  if (w == "скоро" || w == "вскоре") return Make(i, i + 1, "DATE", "FUTURE_REF");
  return std::nullopt;
}

std::optional<Found> Weekday(const Ctx& c, size_t i) {
  size_t j = i;
  int shift = 0;
  if (c.IsAny(j, {"прошлый", "прошлую", "прошлое", "прошлой"})) shift = -1, ++j;
  else if (c.IsAny(j, {"следующий", "следующую", "следующее", "следующей"})) shift = 1, ++j;
  auto wd = WeekdayNumber(c.W(j));
  if (!wd) return std::nullopt;
  const Anchor& a = c.anchor();
  std::string value;
  if (shift < 0) {
    std::string prev = a.Weekday(*wd, Tense::kPast);
    value = prev == a.Today() ? a.Day(-7) : prev;
  } else {
    // "закрыты до пятницы": the end of a span that is still running.
    const bool until = i > 0 && c.Is(i - 1, "до");
    value = a.Weekday(*wd, shift > 0 || until ? Tense::kFuture : c.TenseAround(i, j + 1));
  }
  if (auto part = PartOfDay(c.W(j + 1))) {  // "в пятницу вечером"
    return Make(i, j + 2, "DATE", value + "T" + std::string(*part));
  }
  return Make(i, j + 1, "DATE", value);
}

// "прошлой неделе", "в этом году", "следующем месяце", "прошлым летом".
std::optional<Found> RelativeUnit(const Ctx& c, size_t i) {
  static const std::pair<std::string_view, int> kShifts[] = {
      {"прошлой", -1}, {"прошлом", -1}, {"прошлого", -1}, {"прошлый", -1}, {"прошлую", -1},
      {"прошлым", -1}, {"минувшей", -1}, {"минувшем", -1}, {"минувшего", -1}, {"позапрошлом", -2},
      {"позапрошлой", -2}, {"этой", 0}, {"этом", 0}, {"этого", 0}, {"этим", 0}, {"текущем", 0},
      {"текущей", 0}, {"текущего", 0}, {"нынешнем", 0}, {"нынешней", 0}, {"нынешнего", 0},
      {"следующей", 1}, {"следующем", 1}, {"следующего", 1}, {"будущем", 1}, {"будущей", 1},
      {"будущего", 1}, {"грядущей", 1}, {"грядущем", 1}, {"прошлые", -1}, {"прошлых", -1},
      {"эти", 0}, {"этих", 0}, {"следующие", 1}, {"ближайшие", 1}};
  std::optional<int> shift;
  for (auto [w, s] : kShifts) {
    if (c.Is(i, w)) shift = s;
  }
  if (!shift) return std::nullopt;
  const Anchor& a = c.anchor();
  if (auto season = SeasonIndex(c.W(i + 1))) {
    std::string v = *shift < 0 ? a.Season(*season, *shift + 1, true) : a.Season(*season, *shift, false);
    return Make(i, i + 2, "DATE", v);
  }
  auto unit = UnitOf(c.W(i + 1));
  if (!unit || *unit == Unit::kMinute || *unit == Unit::kHour || *unit == Unit::kDay) {
    return std::nullopt;
  }
  // The plural forms ("эти", "следующие") name a weekend only: "следующие годы" is a span.
  if (*unit != Unit::kWeekend &&
      c.IsAny(i, {"прошлые", "прошлых", "эти", "этих", "следующие", "ближайшие"})) {
    return std::nullopt;
  }
  return Make(i, i + 2, "DATE", a.Shift(*unit, *shift));
}

// Count of units: "3 дня", "трёх лет", "неделю" (after "назад"/"через" only), with the number.
std::optional<std::pair<int, size_t>> CountAndUnit(const Ctx& c, size_t i, Unit* unit) {
  int n = 1;
  size_t k = i;
  if (auto num = c.Number(i)) n = num->first, k = num->second;
  auto u = UnitOf(c.W(k));
  if (!u) return std::nullopt;
  *unit = *u;
  return std::pair{n, k + 1};
}

// "3 дня назад", "год назад", "через две недели".
std::optional<Found> AgoOrIn(const Ctx& c, size_t i) {
  const bool in = c.Is(i, "через");
  Unit unit{};
  auto counted = CountAndUnit(c, in ? i + 1 : i, &unit);
  if (!counted) return std::nullopt;
  size_t end = counted->second;
  if (!in && !c.Is(end, "назад")) return std::nullopt;
  int n = counted->first;
  if (unit == Unit::kDecade) unit = Unit::kYear, n *= 10;
  if (unit == Unit::kCentury) unit = Unit::kYear, n *= 100;
  return Make(i, in ? end : end + 1, "DATE", c.anchor().Shift(unit, in ? n : -n));
}

// "полгода", "полчаса", "полтора года", "полторы недели": halves.
std::optional<Found> HalfDuration(const Ctx& c, size_t i) {
  if (c.Is(i, "полгода")) return Make(i, i + 1, "DURATION", "P6M");
  if (c.Is(i, "полчаса")) return Make(i, i + 1, "DURATION", "PT30M");
  if (!c.IsAny(i, {"полтора", "полторы", "полутора"})) return std::nullopt;
  auto unit = UnitOf(c.W(i + 1));
  if (!unit || *unit == Unit::kWeekend) return std::nullopt;
  return Make(i, i + 2, "DURATION", HalfDurationValue(1, *unit));
}

// "два года", "последние три года", "несколько лет", "10 лет", "последние годы".
std::optional<Found> Duration(const Ctx& c, size_t i) {
  size_t j = c.IsAny(i, {"последние", "ближайшие", "первые", "следующие"}) ? i + 1 : i;
  if (j > i && c.IsAny(j, {"годы", "месяцы", "недели", "дни", "десятилетия"})) {
    return Make(i, j + 1, "DURATION", DurationValue(-1, *UnitOf(c.W(j))));
  }
  if (c.IsAny(j, {"несколько", "нескольких"})) {
    auto unit = UnitOf(c.W(j + 1));
    if (!unit) return std::nullopt;
    return Make(i, j + 2, "DURATION", DurationValue(-1, *unit));
  }
  auto num = c.Number(j);
  if (!num) return std::nullopt;
  auto unit = UnitOf(c.W(num->second));
  if (!unit || *unit == Unit::kWeekend) return std::nullopt;
  if (c.IsNumber(j) && c.Year(j)) return std::nullopt;  // "2019 год" is a date
  return Make(i, num->second + 1, "DURATION", DurationValue(num->first, *unit));
}

std::optional<Found> Set(const Ctx& c, size_t i) {
  static const std::pair<std::string_view, std::string_view> kAdverbs[] = {
      {"ежедневно", "P1D"}, {"еженедельно", "P1W"}, {"ежемесячно", "P1M"}, {"ежегодно", "P1Y"}};
  for (auto [w, v] : kAdverbs) {
    if (c.Is(i, w)) return Make(i, i + 1, "SET", std::string(v));
  }
  if (!c.IsAny(i, {"каждый", "каждую", "каждое", "каждые", "каждого", "каждой"})) return std::nullopt;
  if (auto wd = WeekdayNumber(c.W(i + 1))) {
    return Make(i, i + 2, "SET", "XXXX-WXX-" + std::to_string(*wd));
  }
  Unit unit{};
  auto counted = CountAndUnit(c, i + 1, &unit);
  if (!counted) return std::nullopt;
  return Make(i, counted->second, "SET", DurationValue(counted->first, unit));
}

// "15:30", "в 15 часов" is left out (ambiguous with durations).
std::optional<Found> ClockTime(const Ctx& c, size_t i) {
  auto h = c.Int(i, 2);
  if (!h || *h > 23 || !c.Is(i + 1, ":") || !c.Glued(i + 1) || !c.Glued(i + 2) ||
      c.W(i + 2).size() != 2) {
    return std::nullopt;
  }
  int m = *c.Int(i + 2, 2);
  if (m > 59 || (c.Is(i + 3, ":") && c.Glued(i + 3))) return std::nullopt;
  return Make(i, i + 3, "TIME", c.anchor().Today() + "T" + Pad(*h, 2) + ":" + Pad(m, 2));
}

int RomanValue(std::string_view w) {
  int total = 0;
  for (char ch : w) {
    int v = ch == 'x' ? 10 : ch == 'v' ? 5 : ch == 'i' ? 1 : 0;
    if (v == 0) return 0;
    total += v;
  }
  if (w == "xix") return 19;
  if (w == "xiv") return 14;
  if (w == "ix") return 9;
  if (w == "iv") return 4;
  return total;
}

// "XX век", "XXI веке", "21 века".
std::optional<Found> Century(const Ctx& c, size_t i) {
  int n = c.IsNumber(i) ? c.Int(i, 2).value_or(0) : RomanValue(c.W(i));
  if (n < 1 || n > 22 || UnitOf(c.W(i + 1)) != Unit::kCentury) return std::nullopt;
  return Make(i, i + 2, "DATE", Pad(n - 1, 2));
}

// "в тот день", "в тот же день", "в том же году", "на следующий день": counted from the date
// the text named last ("в следующем году" is the DCT's next year, a RelativeUnit).
std::optional<Found> AnaphoricDate(const Ctx& c, size_t i) {
  size_t j = i + 1;
  int shift = 0;
  if (c.IsAny(i, {"тот", "того", "том", "тому"})) {
    if (c.Is(j, "же")) ++j;
  } else if (c.IsAny(i, {"следующий", "следующего", "следующему"})) {
    shift = 1;
  } else {
    return std::nullopt;
  }
  auto unit = UnitOf(c.W(j));
  if (!unit || (*unit != Unit::kDay && (shift != 0 || *unit != Unit::kYear))) return std::nullopt;
  if (c.IsAny(j, {"дней", "дни", "суток"})) return std::nullopt;
  return Anaphor(i, j + 1, c.anchor(), *unit, shift);
}

// "летом 2019 года", "весной".
std::optional<Found> Season(const Ctx& c, size_t i) {
  auto s = SeasonIndex(c.W(i));
  if (!s || !c.IsAny(i, {"весной", "летом", "осенью", "зимой"})) return std::nullopt;
  if (auto y = c.Year(i + 1)) {
    static const char* kCodes[] = {"SP", "SU", "FA", "WI"};
    return Make(i, AfterYearWord(c, i + 2), "DATE", Pad(*y, 4) + "-" + kCodes[*s]);
  }
  return Make(i, i + 1, "DATE", c.anchor().Season(*s, 0, false));
}

}  // namespace

const std::vector<Rule>& RussianRules() {
  static const std::vector<Rule> rules = {DayMonthYear, MonthYear, NumericDate, IsoDate,
                                          YearOrDecade, DeicticWord, Weekday, RelativeUnit,
                                          AgoOrIn, HalfDuration, Duration, Set, ClockTime, Century, Season,
                                          NamedDay, AnaphoricDate};
  return rules;
}

}  // namespace storyline::timex
