// Conflicting facts: the same count, amount or age given differently by a story's sources.
//
// Contract:
// - A fact is a number with what it counts, read from each sentence (SplitSentences):
//   * a count or amount: a number (digits, "1,100", "6.5", optionally "$"/"€"/"£" before and
//     a scale word after: thousand, million, billion, тыс., млн, млрд) followed by the word it
//     counts ("32 people", "$6 billion", "45 %") and preceded, within three words, by the word
//     that says what happened ("killed at least 32 people" → killed … people). Both words are
//     required: "32 people" alone could be the dead or the injured. Qualifiers ("at least",
//     "more than", "about", "около", "более") are kept with the value, not in the key.
//   * an age: a full name (two capitalised words), a comma, a number 1–120, a comma ("Mary
//     Barra, 51, ..."); a surname alone may be two members of one family.
//   Years (1900–2100 with no unit), clock times and ordinals are not facts.
// - Words are compared by their first 6 lower-cased letters (a stem for English and Russian).
// - A conflict is a key with at least two distinct values, each stated by a different article.
//   Keys for which one article itself gives several values are dropped: a single report saying
//   "rose from 32 to 40" is a change over time, not a disagreement. Keys with more than
//   `max_values` distinct values are dropped too (a generic key such as "won … games"), and so
//   are keys whose largest value exceeds `max_ratio` times the smallest: "killed 18" (one
//   strike) and "killed 160" (the whole offensive) are different facts, not a disagreement.
// - For counts, each value's sentences must share at least `min_shared_context` content words
//   (4+ letters, not the fact's own words) with another value's: the same fact is told in
//   similar words, a background fact elsewhere in other words.
// - Qualified values agree when one number satisfies both: "more than 100" and "116", "about
//   60" and "62" (within 10 %), "nearly 200" and "190". A key is a conflict only when two of
//   its values cannot both be true.
// - Values are compared after applying the scale ("1.2 million" = "1,200,000").
// - Output: conflicts ordered by the number of articles involved (then first mention); each
//   lists its values in order of first mention with the articles stating them, ascending.
// - Counts that rise over time (a death toll) are reported as conflicts too: the reader sees
//   which article said what; their publication dates tell whether it is a correction.
// - Thread safety: pure functions. Cost: linear in the text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace storyline {

struct ConflictValue {
  std::string value;                  // as written, e.g. "at least 32", "$6 billion"
  std::vector<std::size_t> articles;  // indices into the input articles, ascending
};

struct Conflict {
  std::string about;                 // what the fact is, e.g. "killed … people", "age of Barra"
  std::vector<ConflictValue> values;  // ≥ 2, in order of first mention
};

struct ConflictOptions {
  std::size_t max_values = 4;       // keys with more distinct values are too generic
  std::size_t max_conflicts = 10;   // the best this-many are kept
  std::size_t context_words = 3;    // how far before the number the event word may be
  double max_ratio = 2.0;           // values farther apart than this factor count different things
  std::size_t min_shared_context = 2;  // words a value's sentences share with a rival value's
  std::size_t min_shared_context_money = 4;  // the same for amounts of money: a story quotes many
};

std::vector<Conflict> FindConflicts(const std::vector<std::string_view>& texts,
                                    const ConflictOptions& options = {});

}  // namespace storyline
