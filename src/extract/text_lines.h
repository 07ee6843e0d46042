// A scrape's lines as the cleaner sees them (internal to the extract stage): each line's weight,
// words, script letters, shape (a sentence, a short line, a number or time stamp, chrome by its
// signals) and its score for the best block (text_scrape.cc). Pure functions; thread-safe.
#pragma once

#include <unicode/uscript.h>

#include <array>
#include <cstddef>
#include <string_view>

namespace storyline::scrape {

// Line weight: code points, a CJK character counting as kWideWeight (it carries about a word).
inline constexpr std::size_t kWideWeight = 3;
inline constexpr std::size_t kProseWeight = 80;       // a line ending like a sentence from here on is prose
inline constexpr std::size_t kUnpunctuatedProse = 200;  // a line this long is prose whatever its end
inline constexpr long kLineCost = 60;                 // a kept line's score is its weight minus this
inline constexpr long kShortLineScore = -20;          // a short line that does not end like a sentence
inline constexpr long kChromeScore = -80;             // a line that is chrome by its signals
inline constexpr std::size_t kChromeMaxWeight = 300;  // longer lines are prose whatever their signals
inline constexpr std::size_t kMaxHeadlineWeight = 200;

inline constexpr std::size_t kWordsPerSeparator = 6;  // "A | B | C …": a separator every few words is a menu
inline constexpr std::size_t kWeightPerPunctuation = 400;  // a long line needs a , . ; ! ? this often to be prose
// A line is in another script when fewer than 1/kForeignShare of its letters are in the script
// of the page ("Hewlett-Packard берёт пример с Google" is Russian).
inline constexpr std::size_t kForeignShare = 5;

// Letters by script (the first eight scripts met), digits and clause punctuation of one line.
struct CharCounts {
  std::size_t code_points = 0, wide = 0, digits = 0, punctuation = 0, non_space = 0, letters = 0;
  std::array<std::size_t, 8> script_letters{};
  std::array<UScriptCode, 8> scripts{};
  std::size_t script_kinds = 0;
};

// What the scorer needs to know about one line.
struct LineInfo {
  bool blank = true;
  std::size_t weight = 0;   // code points, CJK counted kWideWeight each
  std::size_t words = 0;    // whitespace tokens, or CJK characters / 2 when more
  bool sentence = false;    // ends like a sentence
  bool chrome = false;      // page furniture by one of the signals
  bool label = false;       // a listicle's repeated label ("Pros", "Cons"; also chrome)
  bool headline_ok = false; // could be a headline by its shape
  CharCounts chars;         // letters by script, digits, punctuation
};

// A run of lines: [begin, end) in line indices.
struct Block {
  std::size_t begin = 0, end = 0;  // [begin, end) in line indices
};

// Whether the line holds a clock time ("10:20", "8:21PM").
bool HasClockTime(std::string_view line);

// Fills `info` from the line's text: weight, words, shape and the chrome signals of the line
// alone (repeats and scripts are the page's, see text_scrape.cc).
void Describe(std::string_view line, LineInfo& info);

// A line of the story's kind: ends like a sentence and is long enough, or is long.
bool IsProse(const LineInfo& info);

// The line's score towards the best block (BestBlock): a prose line its weight less a cost,
// chrome and short lines a penalty.
long Score(const LineInfo& info);

// Letters of the line in `script`.
std::size_t LettersIn(const CharCounts& n, UScriptCode script);

}  // namespace storyline::scrape
