// Name keys: a script-independent key for proper names, so that "Trump"/"Трамп",
// "Zakharova"/"Захарова" and "Coonoor"/"Кунур" meet across languages.
//
// The word is transliterated to ASCII (ICU "Russian-Latin/BGN" for Russian, "Any-Latin"
// otherwise; then "Latin-ASCII; Lower"), and reduced to a consonant skeleton: digraphs folded
// (ph→f, ck→k, kh/ch/sh/zh→h/c/s/j), similar letters merged (c,q→k; w→v; x,z→s; j→y), vowels
// after the first letter and repeated letters dropped, cut to 5 letters so that inflection
// ("Путина") does not matter. Collisions between different names happen; a match across
// languages is therefore only evidence when several keys are shared.
// Thread safety: NOT thread safe (ICU transliterators); one NameKeyer per thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace storyline {

class NameKeyer {
 public:
  NameKeyer();
  ~NameKeyer();
  NameKeyer(const NameKeyer&) = delete;
  NameKeyer& operator=(const NameKeyer&) = delete;

  // The key of one word (UTF-8, any case) in language `lang`; "" when the word has fewer than
  // 4 letters or transliteration fails.
  std::string Key(std::string_view word, std::string_view lang);

  // The skeleton of an ASCII lower-case word (exposed for tests).
  static std::string Skeleton(std::string_view ascii);

 private:
  struct Impl;  // ICU transliterators by language, created on first use
  std::unique_ptr<Impl> impl_;
};

}  // namespace storyline
