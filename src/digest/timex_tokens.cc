#include "digest/timex_tokens.h"

#include <algorithm>

namespace storyline::timex {
namespace {

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Two-byte Cyrillic letters А..я and Ё/ё (U+0400..U+045F) are all the rules need.
bool IsCyrillicLead(unsigned char c) { return c == 0xD0 || c == 0xD1; }

// Appends the lower-case form of the Cyrillic letter at s[i..i+1]; returns whether it was upper.
bool AppendCyrillicLower(std::string_view s, size_t i, std::string& out) {
  unsigned cp = ((static_cast<unsigned char>(s[i]) & 0x1F) << 6) |
                (static_cast<unsigned char>(s[i + 1]) & 0x3F);
  bool upper = false;
  if (cp >= 0x410 && cp <= 0x42F) {
    cp += 0x20;
    upper = true;
  } else if (cp >= 0x400 && cp <= 0x40F) {
    cp += 0x50;
    upper = true;
  }
  if (cp == 0x451) cp = 0x435;  // ё → е: the lexicons are written with е
  out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
  out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  return upper;
}

bool IsWordStart(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  return IsAsciiLetter(c) || (IsCyrillicLead(c) && i + 1 < s.size());
}

}  // namespace

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  bool space = true;
  bool newline = false;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      space = true;
      newline = newline || c == '\n';
      ++i;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.space_before = space;
    t.newline_before = newline;
    if (IsDigit(c)) {
      t.kind = TokenKind::kNumber;
      while (i < s.size() && IsDigit(static_cast<unsigned char>(s[i]))) t.lower.push_back(s[i++]);
    } else if (IsWordStart(s, i)) {
      t.kind = TokenKind::kWord;
      bool first = true;
      while (i < s.size() && IsWordStart(s, i)) {
        unsigned char d = static_cast<unsigned char>(s[i]);
        bool upper = false;
        if (IsCyrillicLead(d)) {
          upper = AppendCyrillicLower(s, i, t.lower);
          i += 2;
        } else {
          upper = d >= 'A' && d <= 'Z';
          t.lower.push_back(static_cast<char>(upper ? d | 0x20 : d));
          ++i;
        }
        if (first) t.capitalized = upper;
        else if (upper && !t.capitalized) t.inner_capital = true;
        first = false;
      }
    } else {
      t.kind = TokenKind::kPunct;
      size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      len = std::min(len, s.size() - i);
      t.lower.assign(s.substr(i, len));
      i += len;
    }
    t.end = static_cast<uint32_t>(i);
    out.push_back(std::move(t));
    space = false;
    newline = false;
  }
  return out;
}

}  // namespace storyline::timex
