// Story quotes: the attributions (quotes.h) of a story's articles merged into who said what.
//
// Contract:
// - Every article's attributions are found with FindAttributions; those whose speaker is a name
//   and whose content has at least `min_text_bytes` are kept ("officials said …" is not).
// - Two attributions are one quote when their speakers share a surname key (NameKeyer, so
//   "Lavrov" meets "Лавров" and "Лаврова") and their texts agree: in one language, word-set
//   Jaccard ≥ `same_text_jaccard` or one text's words nearly contained in the other's (light
//   edits, other punctuation, a shortened quote); across languages, at least
//   `min_shared_anchors` shared numbers and name keys making up ≥ half of the anchors (a
//   translation keeps its names and figures; without them, translations are not merged).
// - A quote's speaker is the fullest name any article gives that surname (most words, then the
//   most articles, then the earliest); its text is the first article's wording, cut near
//   `max_text_bytes`; `articles` are indices into the input, ascending.
// - Quotes are ordered by how many articles carry them, then direct quotations before reported
//   speech, then first appearance; the best `max_quotes` are returned.
// - Thread safety: uses the caller's NameKeyer (not thread safe); otherwise pure.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "storyline/story.h"
#include "text/name_key.h"

namespace storyline {

struct QuoteArticle {
  std::string_view text;  // main text, UTF-8
  std::string_view lang;  // "en", "ru"; other values use the English rules
};

struct StoryQuoteOptions {
  std::size_t max_quotes = 10;        // quotes kept per story, the most carried; fixed a priori
  std::size_t min_text_bytes = 20;    // shorter contents ("it", "the plan") say too little
  std::size_t max_text_bytes = 300;   // a quote's text is cut near this length
  double same_text_jaccard = 0.5;     // word-set Jaccard for one quote in one language
  double same_text_containment = 0.8; // share of the shorter text's words found in the longer
  std::size_t min_shared_anchors = 2; // numbers and name keys shared by a translation
};

std::vector<Quote> BuildStoryQuotes(const std::vector<QuoteArticle>& articles, NameKeyer& keyer,
                                    const StoryQuoteOptions& options = {});

// Speakers named as the story's person entities name them: a speaker that is one of a person's
// spellings, or ends with one of at least two words ("Apple CEO Steve Jobs", "Японии Наото Кан":
// a title or attribute the quote finder kept), takes that person's entity name ("Steve Jobs",
// "Наото Кан"; in Russian the nominative: "Дмитрия Медведева" → "Дмитрий Медведев"). The longest
// matching spelling wins; speakers matching no person stay as they are.
void NameSpeakersAsEntities(std::vector<Quote>& quotes, const std::vector<StoryEntity>& entities);

}  // namespace storyline
