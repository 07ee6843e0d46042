// NerLexicon: word lists the entity tagger uses as features: gazetteers (place names, language
// names, organisation names), cue words (organisation suffixes, person titles, place words),
// calendar words, and a spelling dictionary that tells common words ("delayed") from proper
// nouns ("Aaron"). It travels inside the model file (docs/NER_MODEL.md), so the tagger always
// sees the lists it was trained with; `storyline_ner_tool lexicon` builds one from ICU's locale
// data, a word list and the hand-written cue words in lexicon_builder.cc.
//
// Entries are phrases of one to kMaxPhraseWords words, stored lower-cased as NerLower gives
// them, words separated by one space. Thread safety: const methods are safe from many threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "storyline/status.h"

namespace storyline {

// Classes of a lexicon entry (bits; one entry may have several). Part of the model format:
// never renumber.
enum LexClass : uint16_t {
  kLexPlace = 1 << 0,     // country, region, continent, city
  kLexLanguage = 1 << 1,  // language or script name ("German", "Cyrillic")
  kLexOrg = 1 << 2,       // organisation name
  kLexOrgCue = 1 << 3,    // word that ends or starts organisation names ("Inc", "Ministry")
  kLexTitle = 1 << 4,     // person title or role before a name ("Mr", "President")
  kLexPlaceCue = 1 << 5,  // word inside place names ("River", "Island", "область")
  kLexCalendar = 1 << 6,  // month and weekday names
  kLexCommon = 1 << 7,    // the dictionary lists the word in lower case
  kLexProper = 1 << 8,    // the dictionary lists the word capitalised
  kLexPerson = 1 << 9,    // given name or surname
};
constexpr int kLexClassCount = 10;

// How a word is keyed before lookup (stored in the model; never renumber). kRussianEndings
// folds ё to е and strips one inflectional ending when three letters remain, so that the
// forms of a name meet: "Россия", "России" → "росс"; "Путин", "Путина", "Путиным" → "путин".
enum class LexFold : uint8_t { kNone = 0, kRussianEndings = 1 };
constexpr uint8_t kLexFoldCount = 2;

// The key of one NerLower-ed word.
std::string FoldWord(std::string_view lower, LexFold fold);
constexpr std::size_t kMaxPhraseWords = 6;

// Short name of one class bit ("place", "orgcue", ...), used in feature values.
std::string_view LexClassName(uint16_t bit);

// A gazetteer match: words [begin, end) of a sentence form one lexicon phrase.
struct LexMatch {
  std::size_t begin = 0, end = 0;
  uint16_t classes = 0;
};

class NerLexicon {
 public:
  explicit NerLexicon(LexFold fold = LexFold::kNone) : fold_(fold) {}
  LexFold fold() const { return fold_; }
  // Adds classes to a phrase (NerLower-ed words joined by single spaces; more than
  // kMaxPhraseWords words are ignored); its words are folded.
  void Add(std::string_view phrase, uint16_t classes);
  // Adds classes to a key (a phrase whose words are folded already: a parsed model or TSV).
  void AddKey(std::string_view key, uint16_t classes);
  // The key of a phrase: each word folded.
  std::string Key(std::string_view phrase) const;
  void Reserve(std::size_t entries);
  bool empty() const { return entries_.empty(); }
  std::size_t size() const { return entries_.size(); }
  // Whether any entry carries kLexCommon or kLexProper (a spelling dictionary was added).
  bool has_dictionary() const { return has_dictionary_; }
  // Classes of one key, 0 when absent.
  uint16_t Find(std::string_view key) const;
  // Longest matches from left to right over folded words (FoldWord with fold()), counting
  // only the classes in `mask`; matches do not overlap.
  std::vector<LexMatch> Matches(const std::vector<std::string>& keys, uint16_t mask) const;
  // Entries (keys) sorted (deterministic serialisation).
  std::vector<std::pair<std::string, uint16_t>> Sorted() const;

  // "key<TAB>class,class" lines; '#' lines and blank lines are skipped; a first line
  // "!fold<TAB>ru-endings" sets the fold. Errors: kInvalidArgument naming the line (unknown
  // class or fold, no tab).
  static Result<NerLexicon> ParseTsv(std::string_view text);
  std::string ToTsv() const;

 private:
  std::unordered_map<std::string, uint16_t> entries_;
  std::unordered_map<std::string, uint8_t> longest_from_;  // first word → most words of a phrase
  bool has_dictionary_ = false;
  LexFold fold_ = LexFold::kNone;
};

}  // namespace storyline
