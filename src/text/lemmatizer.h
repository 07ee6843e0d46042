// Lemmatizer: the dictionary forms of a word from a Hunspell dictionary (Debian's hunspell-ru:
// "Японии" → "Япония", "Дмитрия" → "Дмитрий", "Путина" → "Путин" and the noun "путина"). The
// digest uses it to show Russian entity names in the nominative.
// Thread safety: Lemmas() may be called from several threads (calls are serialised inside).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace storyline {

// Where Debian's hunspell-* packages put their dictionaries.
inline constexpr const char* kSystemDictionaryDir = "/usr/share/hunspell";

class Lemmatizer {
 public:
  // The lemmatizer of `lang` (ISO 639-1; only "ru" so far) from `dir`/<locale>.{aff,dic};
  // nullptr when the language has none or the files are absent (hunspell-ru not installed).
  static std::unique_ptr<Lemmatizer> Open(std::string_view lang,
                                          const std::string& dir = kSystemDictionaryDir);
  // One process-wide lemmatizer of `lang` from the system dictionaries, loaded on first use
  // (~0.2 s for Russian) and kept: a server rebuilding its stories does not reload it. nullptr
  // when Open would give nullptr.
  static const Lemmatizer* Shared(std::string_view lang);

  ~Lemmatizer();
  Lemmatizer(const Lemmatizer&) = delete;
  Lemmatizer& operator=(const Lemmatizer&) = delete;

  // The dictionary forms of `word` (UTF-8), as the dictionary writes them (proper nouns
  // capitalised); empty when the word is unknown or not valid UTF-8.
  std::vector<std::string> Lemmas(std::string_view word) const;

  // True when `word` is in a dictionary form, or unknown to the dictionary (nothing to say). A
  // capitalised word is compared with the capitalised lemmas when it has any ("Путина" is not
  // "Путин", although the noun "путина" exists), else regardless of case ("Совет" = "совет").
  bool IsDictionaryForm(std::string_view word) const;

  // The dictionary form of the name word `word`: its capitalised lemma ("Дмитрия" → "Дмитрий"),
  // or, with `common`, a lower-case lemma given a capital ("Совета" → "Совет"); "" when there
  // is none.
  std::string NameLemma(std::string_view word, bool common) const;

 private:
  struct Impl;
  explicit Lemmatizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace storyline
