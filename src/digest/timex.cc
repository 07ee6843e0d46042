#include "digest/timex.h"

#include <algorithm>

#include "base/time_util.h"
#include "digest/timex_rules.h"
#include "digest/timex_tokens.h"

namespace storyline {
namespace {

// "2019-11-01", "XXXX-XX-XX", "2019-11-01TNI": a value that names one day.
bool IsDayValue(const std::string& v) {
  return v.size() >= 10 && v[4] == '-' && v[7] == '-' && (v.size() == 10 || v[10] == 'T');
}

bool IsQuarterValue(const std::string& v) {
  return v.size() == 7 && v.compare(4, 2, "-Q") == 0 && v[0] >= '1' && v[0] <= '2';
}

// The longest match of any rule starting at token i; the earlier rule wins a tie.
std::optional<timex::Found> LongestAt(const timex::Ctx& ctx, const std::vector<timex::Rule>& rules,
                                      size_t i) {
  std::optional<timex::Found> best;
  for (timex::Rule rule : rules) {
    auto found = rule(ctx, i);
    if (found && found->last > i && (!best || found->last > best->last)) best = std::move(found);
  }
  // "the end of 1990", "the middle of October": the position phrase joins the extent.
  if (!best && ctx.Is(i, "the") && ctx.IsAny(i + 1, {"end", "beginning", "middle", "start"}) &&
      ctx.Is(i + 2, "of")) {
    best = LongestAt(ctx, rules, i + 3);
    if (best && best->first == i + 3 && best->type == "DATE") {
      best->first = i;
    } else {
      best.reset();
    }
  }
  // "в конце марта", "в начале 2019 года": the Russian position word joins the date's extent.
  if (!best && ctx.IsAny(i, {"начале", "конце", "середине", "начала", "конца", "середины"})) {
    best = LongestAt(ctx, rules, i + 1);
    if (best && best->first == i + 1 && best->type == "DATE") {
      best->first = i;
    } else {
      best.reset();
    }
  }
  // "early Tuesday", "late yesterday": the modifier joins a day's extent ("earlier Sunday"
  // is left out: TimeBank's annotators mostly left "earlier"/"later" out of it);
  // "noon Thursday", "midnight Friday" make it a time.
  if (!best && ctx.IsAny(i, {"early", "late", "noon", "midnight"})) {
    best = LongestAt(ctx, rules, i + 1);
    if (best && best->first == i + 1 && IsDayValue(best->value)) {
      best->first = i;
      if (ctx.IsAny(i, {"noon", "midnight"})) {
        best->type = "TIME";
        best->value = best->value.substr(0, 10) + (ctx.Is(i, "noon") ? "T12:00" : "T24:00");
      }
    } else {
      best.reset();
    }
  }
  return best;
}

}  // namespace

std::vector<Timex> TagTimex(std::string_view text, std::string_view lang,
                            std::optional<CivilDate> dct) {
  const std::vector<timex::Token> tokens = timex::Tokenize(text);
  const timex::Ctx ctx(tokens, timex::Anchor(dct));
  const auto& rules = lang == "ru" ? timex::RussianRules() : timex::EnglishRules();
  std::vector<Timex> out;
  std::string last_quarter;  // "2019-Q3": the quarter the text named last
  std::string last_date;     // "2019-10-31", "2019-10", "2019": the date the text named last
  for (size_t i = 0; i < tokens.size();) {
    auto found = LongestAt(ctx, rules, i);
    if (!found) {
      ++i;
      continue;
    }
    Timex t;
    t.begin = tokens[found->first].begin;
    t.end = tokens[found->last - 1].end;
    t.text.assign(text.substr(t.begin, t.end - t.begin));
    t.type = std::move(found->type);
    t.value = std::move(found->value);
    if (found->year_before_quarter && !last_quarter.empty()) {
      t.value = std::to_string(std::stoi(last_quarter.substr(0, 4)) - 1) + last_quarter.substr(4);
    } else if (!found->year_before_quarter && IsQuarterValue(t.value)) {
      last_quarter = t.value;
    }
    if (found->anaphoric) {
      if (auto v = timex::ShiftDateValue(last_date, found->anaphor_unit, found->anaphor_shift)) {
        t.value = *v;
      }
    }
    if (t.type == "DATE" && timex::ShiftDateValue(t.value, timex::Unit::kYear, 0)) {
      last_date = t.value.substr(0, std::min<size_t>(t.value.size(), 10));
    }
    out.push_back(std::move(t));
    i = found->last;
  }
  return out;
}

std::optional<CivilDate> ParseCivilDate(std::string_view s) {
  if (s.size() < 10 || !ParseIso8601(s.substr(0, 10))) return std::nullopt;
  auto num = [&](size_t pos, size_t len) { return std::stoi(std::string(s.substr(pos, len))); };
  return CivilDate{num(0, 4), num(5, 2), num(8, 2)};
}

}  // namespace storyline
