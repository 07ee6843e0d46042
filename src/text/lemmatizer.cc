#include "text/lemmatizer.h"

#include <hunspell.hxx>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <filesystem>
#include <mutex>
#include <unordered_map>

#include "base/utf8.h"

namespace storyline {
namespace {

// Words longer than this are not names; Hunspell's own limit is 100 bytes.
constexpr std::size_t kMaxWordBytes = 96;
// Entity-name words seen in a batch; a server's cache is emptied when it grows past this.
constexpr std::size_t kMaxCachedWords = 200000;

const char* LocaleOf(std::string_view lang) {
  if (lang == "ru") return "ru_RU";
  return nullptr;
}

icu::UnicodeString Unicode(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string Utf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool StartsUpper(std::string_view word) {
  const icu::UnicodeString u = Unicode(word);
  return u.length() > 0 && u_isupper(u.char32At(0));
}

std::string Lower(std::string_view word) {
  icu::UnicodeString u = Unicode(word);
  return Utf8(u.toLower());
}

std::string Capitalise(std::string_view word) {
  icu::UnicodeString u = Unicode(word);
  if (u.length() == 0) return "";
  const int32_t first = u.moveIndex32(0, 1);
  icu::UnicodeString head(u, 0, first);
  icu::UnicodeString tail(u, first);
  return Utf8(head.toUpper() + tail);
}

}  // namespace

struct Lemmatizer::Impl {
  Impl(const std::string& aff, const std::string& dic) : hunspell(aff.c_str(), dic.c_str()) {}
  Hunspell hunspell;
  std::mutex mu;
  std::unordered_map<std::string, std::vector<std::string>> cache;
};

std::unique_ptr<Lemmatizer> Lemmatizer::Open(std::string_view lang, const std::string& dir) {
  const char* locale = LocaleOf(lang);
  if (locale == nullptr) return nullptr;
  const std::string base = dir + "/" + locale;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(base + ".aff", ec) ||
      !std::filesystem::is_regular_file(base + ".dic", ec)) {
    return nullptr;
  }
  return std::unique_ptr<Lemmatizer>(new Lemmatizer(std::make_unique<Impl>(base + ".aff", base + ".dic")));
}

const Lemmatizer* Lemmatizer::Shared(std::string_view lang) {
  if (LocaleOf(lang) == nullptr) return nullptr;
  static const std::unique_ptr<Lemmatizer> ru = Open("ru");  // the only language wired so far
  return ru.get();
}

Lemmatizer::Lemmatizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Lemmatizer::~Lemmatizer() = default;

std::vector<std::string> Lemmatizer::Lemmas(std::string_view word) const {
  if (word.empty() || word.size() > kMaxWordBytes || !IsValidUtf8(word)) return {};
  std::lock_guard<std::mutex> lock(impl_->mu);
  auto [it, inserted] = impl_->cache.try_emplace(std::string(word));
  if (!inserted) return it->second;
  std::vector<std::string> lemmas = impl_->hunspell.stem(it->first);
  if (impl_->cache.size() > kMaxCachedWords) {
    impl_->cache.clear();  // a long-lived process: bound the memory, keep the answer
    return lemmas;
  }
  it->second = lemmas;
  return lemmas;
}

}  // namespace storyline

namespace storyline {

bool Lemmatizer::IsDictionaryForm(std::string_view word) const {
  const std::vector<std::string> lemmas = Lemmas(word);
  if (lemmas.empty()) return true;
  const bool upper = StartsUpper(word);
  bool any_upper = false;
  for (const std::string& l : lemmas) any_upper |= StartsUpper(l);
  if (upper && any_upper) {
    for (const std::string& l : lemmas) {
      if (StartsUpper(l) && l == word) return true;
    }
    return false;
  }
  const std::string low = Lower(word);
  for (const std::string& l : lemmas) {
    if (Lower(l) == low) return true;
  }
  return false;
}

std::string Lemmatizer::NameLemma(std::string_view word, bool common) const {
  const std::vector<std::string> lemmas = Lemmas(word);
  for (const std::string& l : lemmas) {
    if (StartsUpper(l)) return l;
  }
  if (common && !lemmas.empty()) return Capitalise(lemmas.front());
  return "";
}

}  // namespace storyline
