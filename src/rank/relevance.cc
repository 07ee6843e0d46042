#include "rank/relevance.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace storyline {
namespace {

using TermCounts = std::unordered_map<std::string, std::size_t>;

// Distinct content stems of a title: repeats in one title must not count twice.
std::unordered_set<std::string> ContentStems(const AnalyzedText& title) {
  std::unordered_set<std::string> stems;
  for (const Token& token : title.tokens) {
    if (!token.is_stop && !token.is_number && !token.stem.empty()) stems.insert(token.stem);
  }
  return stems;
}

// The `limit` stems found in the most titles, with their title frequency. In a story of two or
// more, a stem only one title uses says nothing about the story, so it never counts.
TermCounts TopTerms(const std::vector<std::unordered_set<std::string>>& titles, std::size_t limit) {
  TermCounts counts;
  for (const auto& stems : titles) {
    for (const std::string& stem : stems) ++counts[stem];
  }
  const std::size_t min_count = std::min<std::size_t>(2, titles.size());
  std::vector<std::pair<std::string, std::size_t>> ranked;
  for (const auto& entry : counts) {
    if (entry.second >= min_count) ranked.push_back(entry);
  }
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  ranked.resize(std::min(ranked.size(), limit));
  return TermCounts(ranked.begin(), ranked.end());
}

double Coverage(const std::unordered_set<std::string>& stems, const TermCounts& top,
                double total) {
  double covered = 0;
  for (const auto& [stem, count] : top) covered += stems.count(stem) ? count : 0;
  return total > 0 ? covered / total : 0.0;
}

}  // namespace

std::vector<std::size_t> OrderByRelevance(std::span<const RelevanceDoc> members,
                                          const RelevanceOptions& options) {
  std::vector<std::unordered_set<std::string>> titles;
  titles.reserve(members.size());
  for (const RelevanceDoc& doc : members) titles.push_back(ContentStems(*doc.title));
  const TermCounts top = TopTerms(titles, options.top_terms);
  double total = 0;
  for (const auto& entry : top) total += static_cast<double>(entry.second);
  std::vector<double> relevance;
  relevance.reserve(members.size());
  for (const auto& stems : titles) relevance.push_back(Coverage(stems, top, total));

  std::vector<std::size_t> order(members.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  // Unknown times sort after every known one; then the input position keeps the order total.
  const auto time_key = [&](std::size_t i) {
    return std::make_pair(!members[i].time.has_value(), members[i].time.value_or(0));
  };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (relevance[a] != relevance[b]) return relevance[a] > relevance[b];
    return time_key(a) < time_key(b);
  });
  return order;
}

}  // namespace storyline
