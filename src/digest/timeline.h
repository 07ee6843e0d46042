// Story timelines: the dated events of a story's articles, merged across sources.
//
// Contract:
// - Each article with a publication date is split into sentences (SplitSentences) and tagged
//   with TagTimex, the publication date as the reference date; a DATE whose value is a full day
//   (YYYY-MM-DD) makes the sentence a mention of that date. Coarser values (months, weeks,
//   years) are skipped.
// - Dates more than `background_days` before the story's first publication date or after its
//   last are background ("the 2003 invasion") and dropped.
// - An article with no mention left contributes its publication date with its lead sentence: a
//   news report with no other date tells what happened on the day it was written.
// - Undated articles are ignored (relative dates cannot be resolved without a reference).
// - Dates are ranked by how many articles mention them (then by mentions, then the earlier date);
//   the best `max_dates` are kept and returned in date order. Each gets the sentence most like
//   the other sentences of that date (ties: the earliest article in input order) and the indices
//   of every article that mentions it, ascending.
// - Thread safety: pure functions; call from any thread.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "digest/timex.h"
#include "storyline/story.h"

namespace storyline {

struct TimelineArticle {
  std::string_view text;               // main text, UTF-8
  std::string_view lang;               // "en", "ru"; other values use the English rules
  std::optional<CivilDate> published;  // the publication date; nullopt: the article is ignored
};

struct TimelineOptions {
  std::size_t max_dates = 10;        // dates kept per story, the most mentioned; fixed a priori
  int background_days = 365;         // dates farther than this outside the story's span are dropped
  std::size_t max_text_bytes = 400;  // a representative sentence is cut near this length
};

// The timeline of one story. `TimelineEvent::articles` are indices into `articles`.
std::vector<TimelineEvent> BuildTimeline(const std::vector<TimelineArticle>& articles,
                                         const TimelineOptions& options = {});

// Sentence spans [begin, end) in bytes of `text`, trimmed of surrounding whitespace: a sentence
// ends at a line break, or at . ! ? (with closing quotes or brackets) followed by a space, unless
// the word before a period is a single letter or a common abbreviation ("Mr.", "Jan.", "г.").
std::vector<std::pair<std::size_t, std::size_t>> SplitSentences(std::string_view text);

// `s` with whitespace runs made one space, cut at a word boundary near `max_bytes` (then "…").
std::string CleanSentence(std::string_view s, std::size_t max_bytes);

}  // namespace storyline
