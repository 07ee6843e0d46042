// Quote attribution: who said what in one article. English and Russian rules.
//
// Contract:
// - An attribution has a source (the speaker as written: "Richard Revesz, director of the
//   institute", "he", "Путин"), a cue (the verb or phrase that reports: "said", "told",
//   "according to", "заявил", "по словам") and content (what was said), each as UTF-8 byte
//   offsets into the text given. Content is one span, or two when a direct quote is broken by its
//   attribution ("“A,” he said, “B.”"). Direct content keeps its quotation marks; indirect
//   content is the reported clause, "that"/"что" included, final full stop excluded. Span
//   boundaries follow PolNeAR's conventions (an apposition's closing comma stays in the source:
//   "Revesz, director of X, said"); a paragraph-initial "Name: text" line is an attribution with
//   the colon as cue.
// - Kinds: direct (the content is a quotation), indirect ("X said (that) CLAUSE", "according to
//   X, CLAUSE"), mixed (a clause that contains a quotation).
// - `speaker` is a name for the source: the capitalised name inside the source span with titles
//   dropped ("Mr. Revesz" → "Revesz"), a surname expanded to the fullest earlier mention in the
//   article ("Revesz" → "Richard Revesz"), a personal pronoun ("he", "она") resolved to the
//   nearest preceding named speaker or capitalised personal name. "" when none is found
//   ("officials said").
// - Quotation marks: “ ” " « » „ “ and '' (two apostrophes); ‘ ’ are apostrophes. A mark that never closes in
//   its paragraph is ignored; a quotation is at most `kMaxQuoteTokens` tokens.
// - Bad input never fails: empty or markless text gives {}; time is linear in the text's length
//   (windows are bounded), so a 1 MB paragraph without punctuation is fine.
// - Thread safety: a pure function over immutable tables; call it from any thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace storyline {

struct ByteSpan {
  uint32_t begin = 0;  // first byte
  uint32_t end = 0;    // one past the last byte; begin == end: absent
  bool empty() const { return begin >= end; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

enum class QuoteKind { kDirect, kIndirect, kMixed };

struct Attribution {
  ByteSpan source;
  ByteSpan cue;
  std::vector<ByteSpan> content;  // one span, or two for a quotation broken by its attribution
  QuoteKind kind = QuoteKind::kIndirect;
  std::string speaker;            // resolved name, "" when unknown (see the contract above)
};

inline constexpr std::size_t kMaxQuoteTokens = 600;

// The attributions of `text`, in text order of their cues. `lang` "ru" uses the Russian rules,
// anything else the English ones (Russian cue words are recognised in any text, so a mixed
// article still works).
std::vector<Attribution> FindAttributions(std::string_view text, std::string_view lang);

// "direct" | "indirect" | "mixed".
std::string_view QuoteKindName(QuoteKind kind);

}  // namespace storyline
