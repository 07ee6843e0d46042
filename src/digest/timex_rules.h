// The rule machinery shared by the English and Russian timex rules: a view of the tokens with
// small matching helpers, and what a rule returns.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "digest/timex_anchor.h"
#include "digest/timex_tokens.h"

namespace storyline::timex {

// A match: tokens [first, last), its TIMEX3 type and value.
struct Found {
  size_t first = 0;
  size_t last = 0;
  std::string type;
  std::string value;
  // "a year earlier" in an earnings report: the quarter a year before the quarter the text
  // named last, when it named one (TagTimex fills it in; `value` is the fallback).
  bool year_before_quarter = false;
  // "that day", "the following year", "на следующий день": `anaphor_shift` units of
  // `anaphor_unit` from the date the text named last (TagTimex fills it in; `value`, counted
  // from the DCT, is the fallback).
  bool anaphoric = false;
  Unit anaphor_unit = Unit::kDay;
  int anaphor_shift = 0;
};

// A date `shift` units (day, month or year) from the last one named: the Found to return.
Found Anaphor(size_t first, size_t last, const Anchor& anchor, Unit unit, int shift);
// The value `n` units from a date value ("2019-10-31", "2019-10", "2019"); nullopt when the
// value is coarser than the unit or not a date.
std::optional<std::string> ShiftDateValue(const std::string& value, Unit unit, int n);

class Ctx {
 public:
  Ctx(const std::vector<Token>& tokens, Anchor anchor) : toks_(tokens), anchor_(anchor) {}

  size_t size() const { return toks_.size(); }
  const Anchor& anchor() const { return anchor_; }
  const Token& tok(size_t i) const { return toks_[i]; }
  // Lower-cased token i, "" past the end.
  std::string_view W(size_t i) const {
    return i < toks_.size() ? std::string_view(toks_[i].lower) : std::string_view();
  }
  bool Is(size_t i, std::string_view w) const { return W(i) == w; }
  bool IsAny(size_t i, std::initializer_list<std::string_view> ws) const;
  // Token i follows token i-1 without a space ("Sept" "."; "third" "-" "quarter").
  bool Glued(size_t i) const { return i < toks_.size() && !toks_[i].space_before; }
  bool IsNumber(size_t i) const { return i < toks_.size() && toks_[i].kind == TokenKind::kNumber; }
  bool IsWord(size_t i) const { return i < toks_.size() && toks_[i].kind == TokenKind::kWord; }
  // The value of a digit token of 1..max_digits digits.
  std::optional<int> Int(size_t i, size_t max_digits = 4) const;
  // A four-digit year 1000..2199 at token i not glued to other digits ("1,990", "1990.5").
  std::optional<int> Year(size_t i) const;
  // "3", "three", "twenty four", "twenty-four", "a": (value, index after it).
  std::optional<std::pair<int, size_t>> Number(size_t i) const;
  // A year in words: "nineteen ninety-six", "twenty twelve", "two thousand", "two thousand
  // and one" (the last two only after "year", "in", "by", "since", "until" or a month).
  std::optional<std::pair<int, size_t>> SpelledYear(size_t i) const;
  // Tense of the clause around tokens [first, last): the nearest past or future cue.
  Tense TenseAround(size_t first, size_t last) const;
  // Token i ends a sentence or clause (". ! ? ;") or starts a new line.
  bool SentenceBreak(size_t i) const;

 private:
  Tense CueAt(size_t i) const;

  const std::vector<Token>& toks_;
  Anchor anchor_;
};

using Rule = std::optional<Found> (*)(const Ctx&, size_t);

// The rules of each language, tried at every token; the longest match wins.
const std::vector<Rule>& EnglishRules();
const std::vector<Rule>& RussianRules();
// English periods and references added to EnglishRules: "current", "the year", "the year-ago
// quarter", years in words, "5 1/2 hours" (timex_rules_en_periods.cc).
const std::vector<Rule>& EnglishPeriodRules();

// Shared pieces.
std::string DurationValue(int n, Unit unit);  // P3Y, PT2H, P10Y for a decade, PXY when n < 0
Found Make(size_t first, size_t last, std::string type, std::string value);
// "1/2" or "and a half" at i: the index after it, or i when there is none.
size_t AfterHalf(const Ctx& c, size_t i);
// n and a half units: P2Y6M, PT5H30M, PT1M30S, P2DT12H, P2.5W.
std::string HalfDurationValue(int n, Unit unit);

}  // namespace storyline::timex
