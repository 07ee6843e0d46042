#include "text/name_key.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <map>
#include <unordered_map>

namespace storyline {

struct NameKeyer::Impl {
  std::map<std::string, std::unique_ptr<icu::Transliterator>, std::less<>> by_lang;
  std::unordered_map<std::string, std::string> cache;  // "lang\tword" → key

  // Null when ICU cannot build the transliterator (then no keys are made).
  icu::Transliterator* For(std::string_view lang) {
    const std::string id = lang == "ru" ? "Russian-Latin/BGN; Latin-ASCII; Lower"
                                        : "Any-Latin; Latin-ASCII; Lower";
    auto it = by_lang.find(id);
    if (it == by_lang.end()) {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
          icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
      if (U_FAILURE(status)) t.reset();
      it = by_lang.emplace(id, std::move(t)).first;
    }
    return it->second.get();
  }
};

NameKeyer::NameKeyer() : impl_(std::make_unique<Impl>()) {}
NameKeyer::~NameKeyer() = default;

namespace {

bool IsAsciiWord(std::string_view word) {
  for (char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

std::string KeyOfAscii(std::string_view ascii) {
  std::string letters;
  for (char c : ascii) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c >= 'a' && c <= 'z') letters.push_back(c);
  }
  return letters.size() < 4 ? "" : NameKeyer::Skeleton(letters);
}

// Transliteration is by far the costliest step and names repeat, so keys are cached; the cache
// is dropped when it grows past this many words (one analyser per thread, so memory is bounded).
constexpr std::size_t kMaxCachedWords = 1 << 16;

}  // namespace

std::string NameKeyer::Key(std::string_view word, std::string_view lang) {
  if (IsAsciiWord(word)) return KeyOfAscii(word);  // ASCII needs no transliteration
  std::string cache_key = std::string(lang) + '\t' + std::string(word);
  if (auto it = impl_->cache.find(cache_key); it != impl_->cache.end()) return it->second;
  icu::Transliterator* t = impl_->For(lang);
  if (t == nullptr) return "";
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  t->transliterate(u);
  std::string ascii;
  u.toUTF8String(ascii);
  std::string key = KeyOfAscii(ascii);
  if (impl_->cache.size() >= kMaxCachedWords) impl_->cache.clear();
  impl_->cache.emplace(std::move(cache_key), key);
  return key;
}

std::string NameKeyer::Skeleton(std::string_view w) {
  static constexpr std::pair<std::string_view, char> kDigraphs[] = {
      {"ph", 'f'}, {"ck", 'k'}, {"kh", 'h'}, {"ch", 'c'}, {"sh", 's'}, {"zh", 'y'}};
  std::string folded;
  for (std::size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    for (const auto& [pair, to] : kDigraphs) {
      if (w.substr(i, 2) == pair) {
        c = to;
        ++i;
        break;
      }
    }
    switch (c) {
      case 'c': case 'q': c = 'k'; break;
      case 'w': c = 'v'; break;
      case 'x': case 'z': c = 's'; break;
      case 'j': c = 'y'; break;
      default: break;
    }
    folded.push_back(c);
  }
  std::string out;
  for (char c : folded) {
    const bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    if (!out.empty() && (vowel || c == out.back())) continue;
    out.push_back(c);
    if (out.size() == 5) break;
  }
  return out;
}

}  // namespace storyline
