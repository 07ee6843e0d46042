// Relevance order of the articles within one story (tgnews "threads": the most representative
// article first).
//
// The story's top terms are the `top_terms` content stems (not stop words, not numbers) that
// appear in the most member titles (ties: alphabetical, for a stable order); in a story of two
// or more members a stem must appear in at least two titles to count. A member's
// relevance is the share of the top terms' total title frequency that its own title covers:
// a title that says what most titles say is the most central. Members are sorted by relevance
// (higher first), then by earlier publication time (unknown times after known ones), then by
// input position. Empty titles have relevance 0.
// Thread safety: pure function.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "text/analyzer.h"

namespace storyline {

// What OrderByRelevance sees of one member.
struct RelevanceDoc {
  const AnalyzedText* title = nullptr;  // the analysed title; may be empty, never null
  std::optional<int64_t> time;          // publication time, Unix seconds; nullopt: unknown
};

struct RelevanceOptions {
  // How many of the story's most frequent title stems define its topic. Default 10: enough for
  // a headline's content words, few enough to ignore one-off words.
  std::size_t top_terms = 10;
};

// Positions into `members`, most relevant first; a permutation of 0..members.size()-1.
std::vector<std::size_t> OrderByRelevance(std::span<const RelevanceDoc> members,
                                          const RelevanceOptions& options = {});

}  // namespace storyline
