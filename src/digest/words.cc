#include "digest/words.h"

#include "base/utf8.h"

namespace storyline {
namespace {

// Decodes the code point at `i` (advancing it); invalid bytes come back as U+FFFD.
char32_t NextCodePoint(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  std::size_t n = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = n == 1 ? b0 : n == 2 ? (b0 & 0x1F) : n == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += n;
  return cp;
}


bool IsLetterOrDigit(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (cp == 0xFFFD || (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  return true;
}

bool IsUpper(char32_t cp) {
  return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
         (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);
}

// Simple case folding for the scripts news mostly comes in; others stay as they are.
char32_t ToLower(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (cp >= 0x391 && cp <= 0x3A9) return cp + 32;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  return cp;
}

}  // namespace

std::vector<Word> SplitWords(std::string_view s, std::size_t stem_letters) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = i;
    const char32_t cp = NextCodePoint(s, j);
    if (!IsLetterOrDigit(cp)) {
      i = j;
      continue;
    }
    Word w;
    w.begin = i;
    std::size_t upper = 0, digits = 0;
    bool first = true;
    while (i < s.size()) {
      std::size_t k = i;
      char32_t c = NextCodePoint(s, k);
      if (!IsLetterOrDigit(c)) {
        // "1,100" and "6.5" stay one number.
        const bool inner = (c == ',' || c == '.') && digits == w.letters && digits > 0 &&
                           k < s.size() && s[k] >= '0' && s[k] <= '9';
        if (!inner) break;
        if (w.stem.size() < stem_letters) w.stem += static_cast<char>(c);
        i = k;
        continue;
      }
      if (w.letters < stem_letters) AppendUtf8(w.stem, ToLower(c));
      if (first) w.capitalized = IsUpper(c);
      first = false;
      upper += IsUpper(c) ? 1 : 0;
      digits += (c >= '0' && c <= '9') ? 1 : 0;
      ++w.letters;
      i = k;
    }
    w.end = i;
    w.all_caps = w.letters >= 2 && upper == w.letters;
    w.number = digits == w.letters;
    out.push_back(std::move(w));
  }
  return out;
}

}  // namespace storyline
