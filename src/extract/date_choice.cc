#include "extract/date_choice.h"

#include <algorithm>
#include <utility>

namespace storyline {

bool SameDay(const LocalDate& a, const LocalDate& b) { return a.year == b.year && a.month == b.month && a.day == b.day; }

bool HasRankBelow(const std::vector<DateCandidate>& dates, int rank) {
  return std::any_of(dates.begin(), dates.end(), [&](const DateCandidate& d) { return d.rank < rank; });
}

void ResolveDayMonth(std::vector<DateCandidate>& dates, std::optional<LocalDate>& shown) {
  bool any = shown && shown->day_month_ambiguous;
  for (const DateCandidate& c : dates) any = any || c.date.day_month_ambiguous;
  if (!any) return;
  std::vector<LocalDate> known;
  for (const DateCandidate& c : dates) {
    if (!c.date.day_month_ambiguous) known.push_back(c.date);
  }
  auto named = [&](const LocalDate& d) {
    return std::any_of(known.begin(), known.end(), [&](const LocalDate& k) { return SameDay(k, d); });
  };
  auto resolve = [&](LocalDate& d) {
    if (!d.day_month_ambiguous) return;
    LocalDate swapped = d;
    std::swap(swapped.day, swapped.month);
    if (named(swapped) && !named(d)) d = swapped;
  };
  for (DateCandidate& c : dates) resolve(c.date);
  if (shown) resolve(*shown);
}

const DateCandidate* BestDate(const std::vector<DateCandidate>& dates, const std::optional<LocalDate>& shown) {
  const DateCandidate* best = nullptr;
  for (const DateCandidate& d : dates) {
    if (best == nullptr || d.rank < best->rank) best = &d;
  }
  if (best == nullptr || !shown) return best;
  // A modification time that is a publication time to the second (the page was never updated:
  // article:modified_time = published_time) is no update and vetoes nothing.
  auto never_updated = [&](const DateCandidate& m) {
    return m.date.hour >= 0 && std::any_of(dates.begin(), dates.end(), [&](const DateCandidate& p) {
             return p.rank < kRankGenericMeta && SameDay(p.date, m.date) && p.date.hour == m.date.hour &&
                    p.date.minute == m.date.minute && p.date.second == m.date.second;
           });
  };
  const DateCandidate* agreeing = nullptr;
  for (const DateCandidate& d : dates) {
    if (!SameDay(d.date, *shown)) continue;
    if (d.rank == kRankModified && !never_updated(d)) return best;
    if (d.rank == kRankModified) continue;
    if (d.rank >= kRankTextAfterH1) continue;  // the shown date itself, read from the text
    if (agreeing == nullptr || d.rank < agreeing->rank) agreeing = &d;
  }
  return agreeing != nullptr ? agreeing : best;
}

}  // namespace storyline
