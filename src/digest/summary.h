// Story summaries: a few sentences, taken from the story's articles, that cover it.
//
// Contract:
// - Each article is split into sentences (SplitSentences). Candidates are sentences of
//   `min_words`..`max_words` words that do not look like chrome or fragments: no URL or e-mail,
//   not ending in ':' or '?', not the article's title repeated, at least one letter in four.
// - Sentences are scored by how well they state what the story's articles share: cosine of the
//   sentence's word vector with the story centroid (each article weighs the same, so one long
//   article does not speak for the story), plus a bonus for sentences near the start of their
//   article (news puts what happened first), plus a small bonus for words of the story's titles.
// - Selection is greedy by score; a sentence too similar to one already chosen (cosine ≥
//   `redundancy`) is skipped, so no two say the same thing. Up to `max_sentences`, stopping
//   once `target_words` are reached, but not before `min_sentences` when enough candidates
//   exist.
// - Each chosen sentence lists the article it was taken from and every other article with a
//   sentence at cosine ≥ `support` to it (the same fact told elsewhere), ascending.
// - The chosen sentences come in the order a reader needs: by their article's publication time
//   (undated last), then by position in the article.
// - Words: lower-cased, cut to their first 6 letters (a stem that serves English, Russian and
//   most European languages without a stemmer), ≥ 3 letters; weighted by inverse sentence
//   frequency within the story, so words every sentence repeats count little.
// - Thread safety: pure functions; call from any thread. Cost: O(sentences × words) plus
//   O(chosen × sentences) for support, bounded by `max_sentences_per_article`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace storyline {

struct SummaryArticle {
  std::string_view title;           // may be empty
  std::string_view text;            // main text, UTF-8
  std::optional<int64_t> published;  // Unix seconds; nullopt: ordered after dated articles
};

struct SummarySentence {
  std::string text;                   // whitespace-normalised, cut near max_text_bytes
  std::vector<std::size_t> articles;  // indices into the input articles, ascending
  std::size_t source = 0;             // the article the text was taken from
};

struct SummaryOptions {
  std::size_t min_sentences = 3;   // fewer only when the story has fewer candidates
  std::size_t max_sentences = 5;
  std::size_t target_words = 90;   // stop adding once the summary has this many words
  std::size_t min_words = 6;       // shorter sentences are fragments or chrome
  std::size_t max_words = 60;      // longer ones are run-ons or lists
  double redundancy = 0.3;         // cosine at which a sentence repeats a chosen one
  double support = 0.55;           // cosine at which another article states the same thing
  double lead_bonus = 0.1;         // score bonus for an article's first sentence, fading by rank
  double title_bonus = 0.15;       // score bonus × share of the sentence's words in titles
  std::size_t max_sentences_per_article = 60;  // later sentences are not candidates
  std::size_t max_text_bytes = 400;
};

std::vector<SummarySentence> SummarizeStory(const std::vector<SummaryArticle>& articles,
                                            const SummaryOptions& options = {});

}  // namespace storyline
