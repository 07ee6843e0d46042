#include "digest/timex_rules.h"

#include <unordered_set>

namespace storyline::timex {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsPastCue(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "was", "were", "had", "did", "said", "told", "went", "came", "met", "made", "took", "gave",
      "held", "began", "left", "saw", "got", "won", "lost", "fell", "rose", "found", "ago",
      "paid", "sold", "bought", "hit", "struck", "led", "ran", "fled", "spoke", "wrote", "broke",
      "became", "knew", "thought", "brought", "sent", "spent", "kept", "shot", "killed",
      "был", "была", "было", "были", "назад"};
  static const std::unordered_set<std::string_view> kNotPast = {
      "need", "needed", "speed", "seed", "feed", "indeed", "red", "bed", "shed", "weed",
      "hundred", "united", "limited", "based", "related", "expected", "scheduled", "planned",
      "proposed", "supposed", "interested", "concerned", "detailed", "ted", "fred", "ned"};
  if (kWords.count(w)) return true;
  if (kNotPast.count(w)) return false;
  if (w.size() > 4 && EndsWith(w, "ed")) return true;
  // Russian past tense: -ил/-ал/-ял/-ел/-ул/-ыл with the gender/number and reflexive endings.
  for (std::string_view stem_end : {"ил", "ал", "ял", "ел", "ул", "ыл"}) {
    for (std::string_view tail : {"", "а", "о", "и", "ся", "ась", "ось", "ись"}) {
      std::string suffix = std::string(stem_end) + std::string(tail);
      if (w.size() >= suffix.size() + 4 && EndsWith(w, suffix)) return true;
    }
  }
  return false;
}

bool IsFutureCue(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "will", "ll", "shall", "would", "upcoming", "expected", "scheduled", "planned", "due",
      "slated", "expects", "intends", "plans", "aims", "payable", "effective", "tomorrow", "next", "coming", "будет", "будут", "буду", "будем",
      "состоится", "пройдет", "планирует", "планируется", "намерен", "собирается", "начнется",
      "завтра", "следующей", "следующем"};
  return kWords.count(w) > 0;
}

}  // namespace

bool Ctx::IsAny(size_t i, std::initializer_list<std::string_view> ws) const {
  std::string_view w = W(i);
  for (std::string_view x : ws) {
    if (w == x) return true;
  }
  return false;
}

std::optional<int> Ctx::Int(size_t i, size_t max_digits) const {
  if (!IsNumber(i) || toks_[i].lower.size() > max_digits) return std::nullopt;
  return std::stoi(toks_[i].lower);
}

std::optional<int> Ctx::Year(size_t i) const {
  if (!IsNumber(i) || toks_[i].lower.size() != 4) return std::nullopt;
  if (i > 0 && Glued(i) && IsAny(i - 1, {",", ".", "$", "#", "№"})) return std::nullopt;
  if (Glued(i + 1) && IsAny(i + 1, {",", "."}) && IsNumber(i + 2) && Glued(i + 2)) {
    return std::nullopt;
  }
  if (Glued(i + 1) && IsAny(i + 1, {"%"})) return std::nullopt;
  int y = std::stoi(toks_[i].lower);
  if (y < 1000 || y > 2199) return std::nullopt;
  return y;
}

std::optional<std::pair<int, size_t>> Ctx::Number(size_t i) const {
  if (auto v = Int(i, 3)) {
    if (Glued(i + 1) && IsAny(i + 1, {",", "."}) && IsNumber(i + 2) && Glued(i + 2)) {
      return std::nullopt;  // 1,000 or 2.5: not a count of units we can normalise
    }
    return std::pair{*v, i + 1};
  }
  auto v = NumberWord(W(i));
  if (!v) return std::nullopt;
  size_t next = i + 1;
  if (*v >= 20 && *v < 100 && *v % 10 == 0) {
    size_t j = Is(next, "-") && Glued(next) ? next + 1 : next;
    if (auto unit = NumberWord(W(j)); unit && *unit < 10 && !IsAny(j, {"a", "an"})) {
      return std::pair{*v + *unit, j + 1};
    }
  }
  return std::pair{*v, next};
}

std::optional<std::pair<int, size_t>> Ctx::SpelledYear(size_t i) const {
  auto hundreds = NumberWord(W(i));
  if (!hundreds || IsNumber(i)) return std::nullopt;
  if (*hundreds == 2 && Is(i + 1, "thousand")) {
    const bool cue = i > 0 && (IsAny(i - 1, {"year", "in", "by", "since", "until"}) ||
                               MonthNumber(W(i - 1)));
    if (!cue) return std::nullopt;
    size_t k = Is(i + 2, "and") ? i + 3 : i + 2;
    if (auto rest = Number(k); rest && IsWord(k) && rest->first < 100 && !IsAny(k, {"a", "an"})) {
      return std::pair{2000 + rest->first, rest->second};
    }
    return std::pair{2000, i + 2};
  }
  if (*hundreds < 11 || *hundreds > 20 || !IsWord(i + 1)) return std::nullopt;
  auto rest = Number(i + 1);
  if (!rest || rest->first < 10 || rest->first > 99) return std::nullopt;
  return std::pair{*hundreds * 100 + rest->first, rest->second};
}

bool Ctx::SentenceBreak(size_t i) const {
  return IsAny(i, {".", "!", "?", ";"}) || toks_[i].newline_before;
}

Tense Ctx::CueAt(size_t i) const {
  std::string_view w = W(i);
  if (IsFutureCue(w)) return Tense::kFuture;
  if (w == "going" && Is(i + 1, "to")) return Tense::kFuture;
  // "as soon as Tuesday", "as early as Monday", "set to resume Monday", "is to meet".
  if (w == "as" && IsAny(i + 1, {"soon", "early"}) && Is(i + 2, "as")) return Tense::kFuture;
  if (IsAny(i, {"set", "is", "are"}) && Is(i + 1, "to")) return Tense::kFuture;
  if (!IsPastCue(w)) return Tense::kNone;
  // "will be held", "to be signed": a participle after "be" takes the tense of what precedes.
  if (i >= 2 && Is(i - 1, "be") && IsAny(i - 2, {"will", "ll", "shall", "to"})) {
    return Tense::kFuture;
  }
  return Tense::kPast;
}

Tense Ctx::TenseAround(size_t first, size_t last) const {
  constexpr size_t kWindow = 12;
  bool left_open = true;
  bool right_open = true;
  for (size_t d = 1; d <= kWindow && (left_open || right_open); ++d) {
    if (left_open && first >= d) {
      const size_t i = first - d;
      left_open = !SentenceBreak(i) && !toks_[i + 1].newline_before;
      if (Tense t = CueAt(i); left_open && t != Tense::kNone) return t;
    } else {
      left_open = false;
    }
    const size_t j = last + d - 1;
    if (right_open && j < toks_.size()) {
      right_open = !SentenceBreak(j);
      if (Tense t = CueAt(j); right_open && t != Tense::kNone) return t;
    } else {
      right_open = false;
    }
  }
  return Tense::kNone;
}

std::string DurationValue(int n, Unit unit) {
  std::string count = n < 0 ? "X" : std::to_string(n);
  switch (unit) {
    case Unit::kMinute: return "PT" + count + "M";
    case Unit::kHour: return "PT" + count + "H";
    case Unit::kWeekend: return "P" + (n < 0 ? count : std::to_string(2 * n)) + "D";
    case Unit::kQuarter: return "P" + count + "Q";  // TimeBank's "P2Q", not "P6M"
    case Unit::kDecade: return "P" + (n < 0 ? "X" : std::to_string(10 * n)) + (n < 0 ? "DE" : "Y");
    case Unit::kCentury: return "P" + (n < 0 ? "X" : std::to_string(100 * n)) + (n < 0 ? "CE" : "Y");
    default: return "P" + count + std::string(UnitLetter(unit));
  }
}

size_t AfterHalf(const Ctx& c, size_t i) {
  if (c.Is(i, "1") && c.Is(i + 1, "/") && c.Is(i + 2, "2") && c.Glued(i + 1) && c.Glued(i + 2)) {
    return i + 3;
  }
  if (c.Is(i, "and") && c.Is(i + 1, "a") && c.Is(i + 2, "half")) return i + 3;
  return i;
}

std::string HalfDurationValue(int n, Unit unit) {
  const std::string count = std::to_string(n);
  switch (unit) {
    case Unit::kYear: return "P" + (n ? count + "Y" : "") + "6M";
    case Unit::kHour: return "PT" + (n ? count + "H" : "") + "30M";
    case Unit::kMinute: return "PT" + (n ? count + "M" : "") + "30S";
    case Unit::kDay: return "P" + (n ? count + "D" : "") + "T12H";
    case Unit::kDecade: return "P" + std::to_string(10 * n + 5) + "Y";
    case Unit::kCentury: return "P" + std::to_string(100 * n + 50) + "Y";
    default: return "P" + count + ".5" + std::string(UnitLetter(unit));
  }
}

Found Anaphor(size_t first, size_t last, const Anchor& anchor, Unit unit, int shift) {
  Found f = Make(first, last, "DATE", anchor.Shift(unit, shift));
  f.anaphoric = true;
  f.anaphor_unit = unit;
  f.anaphor_shift = shift;
  return f;
}

std::optional<std::string> ShiftDateValue(const std::string& v, Unit unit, int n) {
  auto digits = [&](size_t from, size_t len) {
    for (size_t k = from; k < from + len; ++k) {
      if (k >= v.size() || v[k] < '0' || v[k] > '9') return false;
    }
    return true;
  };
  if (!digits(0, 4) || (v.size() > 4 && v[4] != '-')) return std::nullopt;
  const int year = std::stoi(v.substr(0, 4));
  if (unit == Unit::kYear) return Pad(year + n, 4);
  if (v.size() < 7 || !digits(5, 2)) return std::nullopt;
  const int month = std::stoi(v.substr(5, 2));
  if (unit == Unit::kMonth) {
    const int m = year * 12 + month - 1 + n;
    return Pad(m / 12, 4) + "-" + Pad(m % 12 + 1, 2);
  }
  if (unit != Unit::kDay || v.size() < 10 || v[7] != '-' || !digits(8, 2)) return std::nullopt;
  const CivilDate d = AddDays({year, month, std::stoi(v.substr(8, 2))}, n);
  return FormatDate(d.year, d.month, d.day);
}

Found Make(size_t first, size_t last, std::string type, std::string value) {
  return Found{first, last, std::move(type), std::move(value)};
}

}  // namespace storyline::timex
