// Test-only helper: a crude stand-in for the text stage's Analyzer, so that dedup and cluster
// tests do not depend on ICU, Snowball or stop-word files. Splits on spaces, strips ASCII
// punctuation at both ends of a word, lower-cases ASCII, and sets the flags the way the real
// Analyzer documents them. Stems are the folded form minus a plural "s". Not for production.
#pragma once

#include <cctype>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include "text/analyzer.h"

namespace storyline {

inline bool IsTestStopWord(const std::string& w) {
  static const std::set<std::string> kStop = {
      "a",    "an",    "the",  "and",   "or",   "but",  "of",    "in",   "on",    "at",
      "to",   "for",   "with", "by",    "from", "is",   "are",   "was",  "were",  "be",
      "been", "has",   "have", "had",   "it",   "its",  "this",  "that", "these", "those",
      "he",   "she",   "they", "we",    "i",    "you",  "his",   "her",  "their", "our",
      "as",   "not",   "will", "would", "said", "says", "after", "than", "more",  "about",
      "who",  "which", "also", "into",  "over", "up",   "out",   "new",  "one",   "two"};
  return kStop.count(w) > 0;
}

inline std::string TestStem(const std::string& folded) {
  if (folded.size() > 3 && folded.back() == 's' && folded[folded.size() - 2] != 's') {
    return folded.substr(0, folded.size() - 1);
  }
  return folded;
}

// "Police said. The Mayor" → police(start) said the(start) mayor(capitalized).
inline AnalyzedText MakeTestText(std::string_view text) {
  AnalyzedText out;
  std::istringstream in{std::string(text)};
  std::string word;
  bool next_starts_sentence = true;
  while (in >> word) {
    const bool ends_sentence = word.back() == '.' || word.back() == '!' || word.back() == '?';
    while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back()))) word.pop_back();
    while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.front())))
      word.erase(0, 1);
    if (word.empty()) continue;
    Token t;
    t.is_capitalized = std::isupper(static_cast<unsigned char>(word[0])) != 0;
    t.is_number = std::isdigit(static_cast<unsigned char>(word[0])) != 0;
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    t.folded = word;
    t.stem = t.is_number ? word : TestStem(word);
    t.is_stop = IsTestStopWord(word);
    t.sentence_start = next_starts_sentence;
    out.tokens.push_back(std::move(t));
    next_starts_sentence = ends_sentence;
  }
  return out;
}

}  // namespace storyline
