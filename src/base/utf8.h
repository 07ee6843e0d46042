// Strict UTF-8 scanning helpers shared by every stage (no allocation, no ICU).
// Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace storyline {

// One step of a strict UTF-8 decoder (Unicode table 3-7: no overlongs, no surrogates,
// nothing above U+10FFFF). `length` is the sequence length when `valid`, else the length of
// the maximal invalid subpart (at least 1), which is what one U+FFFD replaces.
struct Utf8Step {
  int length = 1;
  bool valid = true;
};

inline Utf8Step NextUtf8(const unsigned char* s, size_t n) {
  const unsigned char c = s[0];
  if (c < 0x80) return {1, true};
  int len = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return {1, false};
  }
  for (int k = 1; k < len; ++k) {
    if (static_cast<size_t>(k) >= n) return {k, false};
    const unsigned char b = s[k];
    if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) return {k, false};
  }
  return {len, true};
}

// Index of the first byte >= 0x80, or text.size(); checks eight bytes at a time.
inline size_t FirstNonAscii(std::string_view text) {
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    if (word & 0x8080808080808080ULL) break;
  }
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
}

inline bool IsAscii(std::string_view text) { return FirstNonAscii(text) == text.size(); }

// Appends code point `cp` (at most U+10FFFF, not checked) encoded as UTF-8.
inline void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Longest prefix of `text` of at most `max_bytes` bytes that does not cut a UTF-8 sequence.
inline std::string_view Utf8Prefix(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

// Number of code points (counts bytes that are not continuation bytes).
inline size_t CountCodePoints(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or values over U+10FFFF).
inline bool IsValidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t i = FirstNonAscii(text); i < text.size();) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    const Utf8Step step = NextUtf8(s + i, text.size() - i);
    if (!step.valid) return false;
    i += step.length;
  }
  return true;
}

}  // namespace storyline
