#include "rank/test_text.h"

#include <libstemmer.h>

#include <cctype>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>

namespace storyline::testing {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

struct Language {
  std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer;
  std::set<std::string> stop_words;
};

Language& GetLanguage(std::string_view lang) {
  static std::map<std::string, Language, std::less<>> languages;
  auto it = languages.find(lang);
  if (it != languages.end()) return it->second;
  Language& language = languages[std::string(lang)];
  const char* algorithm = lang == "ru" ? "russian" : lang == "en" ? "english" : nullptr;
  if (algorithm != nullptr) language.stemmer.reset(sb_stemmer_new(algorithm, "UTF_8"));
  std::ifstream in(std::string(STORYLINE_TEST_DATA_DIR) + "/stopwords/" + std::string(lang) + ".txt");
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') language.stop_words.insert(line);
  }
  return language;
}

// Appends the folded UTF-8 of one ASCII or two-byte Cyrillic character; false for a separator.
bool AppendFolded(std::string_view text, std::size_t& pos, std::string& word) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    ++pos;
    if (!std::isalnum(c)) return false;
    word += static_cast<char>(std::tolower(c));
    return true;
  }
  const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  char32_t cp = length == 2 && pos + 1 < text.size()
                    ? ((c & 0x1F) << 6) | (static_cast<unsigned char>(text[pos + 1]) & 0x3F)
                    : 0;
  pos += length;
  if (cp < 0x400 || cp > 0x4FF) return false;  // not Cyrillic: punctuation such as «» — …
  if (cp >= 0x410 && cp <= 0x42F) cp += 0x20;
  if (cp == 0x401 || cp == 0x451) cp = 0x435;
  word += static_cast<char>(0xC0 | (cp >> 6));
  word += static_cast<char>(0x80 | (cp & 0x3F));
  return true;
}

Token MakeToken(std::string word, std::size_t begin, std::size_t end, Language& language) {
  Token token;
  token.begin = static_cast<uint32_t>(begin);
  token.end = static_cast<uint32_t>(end);
  token.is_number = word.find_first_not_of("0123456789") == std::string::npos;
  token.is_stop = language.stop_words.count(word) > 0;
  token.stem = word;
  if (language.stemmer && !token.is_number) {
    const sb_symbol* stem = sb_stemmer_stem(
        language.stemmer.get(), reinterpret_cast<const sb_symbol*>(word.data()),
        static_cast<int>(word.size()));
    token.stem.assign(reinterpret_cast<const char*>(stem),
                      static_cast<std::size_t>(sb_stemmer_length(language.stemmer.get())));
  }
  token.folded = std::move(word);
  return token;
}

}  // namespace

AnalyzedText AnalyzeForTest(std::string_view text, std::string_view lang) {
  Language& language = GetLanguage(lang);
  AnalyzedText result;
  std::string word;
  std::size_t begin = 0;
  const auto flush = [&](std::size_t end) {
    if (!word.empty()) result.tokens.push_back(MakeToken(std::move(word), begin, end, language));
    word.clear();
  };
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const bool starts_word = word.empty();
    if (AppendFolded(text, pos, word)) {
      if (starts_word) begin = start;
    } else {
      flush(start);
    }
  }
  flush(text.size());
  return result;
}

}  // namespace storyline::testing
