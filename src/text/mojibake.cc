#include "text/mojibake.h"

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>
#include <vector>

#include "base/utf8.h"

namespace storyline::text_internal {
namespace {

// One single-byte code page: byte → code point and back. Bytes the code page leaves undefined
// map to U+0080..U+009F of the same value, as lenient decoders (and WHATWG) do.
class CodePage {
 public:
  explicit CodePage(const char* icu_name) {
    for (int b = 0; b < 0x80; ++b) to_unicode_[b] = b;
    UErrorCode status = U_ZERO_ERROR;
    UConverter* conv = ucnv_open(icu_name, &status);
    for (int b = 0x80; b < 0x100; ++b) to_unicode_[b] = DecodeByte(conv, b);
    if (conv != nullptr) ucnv_close(conv);
    low_.fill(-1);
    for (int b = 0; b < 0x100; ++b) {
      if (to_unicode_[b] < kLowLimit) {
        low_[to_unicode_[b]] = static_cast<int16_t>(b);
      } else {
        from_unicode_.emplace_back(to_unicode_[b], b);
      }
    }
    std::sort(from_unicode_.begin(), from_unicode_.end());
  }

  // The byte for code point `c`, or -1 when the code page has none.
  int ByteOf(UChar32 c) const {
    if (c < kLowLimit) return c < 0 ? -1 : low_[c];
    auto it = std::lower_bound(from_unicode_.begin(), from_unicode_.end(), std::pair<UChar32, int>(c, 0));
    return it != from_unicode_.end() && it->first == c ? it->second : -1;
  }

 private:
  static UChar32 DecodeByte(UConverter* conv, int b) {
    if (conv == nullptr) return b;
    UChar out[4];
    const char in = static_cast<char>(b);
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    const int32_t n = ucnv_toUChars(conv, out, 4, &in, 1, &status);
    ucnv_reset(conv);
    if (U_FAILURE(status) || n != 1 || out[0] == 0xFFFD || out[0] == 0x1A) return b;
    return out[0];
  }

  static constexpr UChar32 kLowLimit = 0x500;  // Latin and Cyrillic: a direct table

  std::array<UChar32, 256> to_unicode_{};
  std::array<int16_t, kLowLimit> low_{};
  std::vector<std::pair<UChar32, int>> from_unicode_;
};

// Which mojibake leads count: cp1252 mojibake shows any Latin-1 lead (Ã, Ð, Ñ, â, ...);
// cp1251 mojibake of Cyrillic shows Р/С/Т/У (D0..D3) and в (E2, punctuation like "—").
// Restricting cp1251 leads matters: most real Cyrillic letters are bytes C2..F4 there.
struct Flavour {
  const CodePage* page;
  bool cyrillic_leads;
};

bool IsLeadByte(const Flavour& f, int byte) {
  if (f.cyrillic_leads) return (byte >= 0xD0 && byte <= 0xD3) || byte == 0xE2;
  return byte >= 0xC2 && byte <= 0xF4;
}

struct PairCount {
  int pairs = 0;
  int non_ascii = 0;
};

PairCount CountPairs(std::string_view line, const Flavour& f) {
  PairCount count;
  bool prev_is_lead = false;
  int32_t i = 0;
  const auto n = static_cast<int32_t>(line.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(line.data(), i, n, c);
    if (c < 0x80) {
      prev_is_lead = false;
      continue;
    }
    ++count.non_ascii;
    const int byte = f.page->ByteOf(c);
    if (prev_is_lead && byte >= 0x80 && byte <= 0xBF) {
      ++count.pairs;
      prev_is_lead = false;
    } else {
      prev_is_lead = byte >= 0 && IsLeadByte(f, byte);
    }
  }
  return count;
}

// C1 controls (U+0080..U+009F) and archaic Cyrillic (U+0460..U+048F: Ѣ, Ѳ, Ѹ, ...) never
// appear in news, but short real Cyrillic like "Сё" would decode to them.
bool IsImplausible(UChar32 c) { return (c >= 0x80 && c <= 0x9F) || (c >= 0x460 && c <= 0x48F); }

// The line with each run of characters whose code-page bytes form one valid UTF-8 character
// replaced by that character (the bytes the text had before the misreading); a character that is
// part of no such run stays as it is: one the code page has no byte for, or a real "”" left among
// the mojibake (a page that mixes misread UTF-8 with windows-1252 punctuation or entities).
// False when nothing was replaced, or when a replacement is implausible (IsImplausible).
bool DecodeMisreadRuns(std::string_view line, const CodePage& page, std::string* out) {
  struct Char {
    int32_t begin, end;  // the character's bytes in `line`
    int byte;            // its code-page byte, -1 when none
  };
  std::vector<Char> chars;
  const auto n = static_cast<int32_t>(line.size());
  for (int32_t i = 0; i < n;) {
    const int32_t begin = i;
    UChar32 c;
    U8_NEXT(line.data(), i, n, c);
    chars.push_back({begin, i, page.ByteOf(c)});
  }
  out->clear();
  bool replaced = false;
  for (std::size_t k = 0; k < chars.size();) {
    const int lead = chars[k].byte;
    const std::size_t len = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    if (len > 0 && k + len <= chars.size()) {
      char bytes[4];
      bool mapped = true;
      for (std::size_t j = 0; j < len; ++j) {
        mapped = mapped && chars[k + j].byte >= 0;
        bytes[j] = static_cast<char>(chars[k + j].byte);
      }
      int32_t i = 0;
      UChar32 c = -1;
      if (mapped) U8_NEXT(bytes, i, static_cast<int32_t>(len), c);
      if (c >= 0 && i == static_cast<int32_t>(len)) {
        if (IsImplausible(c)) return false;
        char utf8[4];
        int32_t w = 0;
        U8_APPEND_UNSAFE(utf8, w, c);
        out->append(utf8, static_cast<std::size_t>(w));
        k += len;
        replaced = true;
        continue;
      }
    }
    out->append(line.substr(chars[k].begin, chars[k].end - chars[k].begin));
    ++k;
  }
  return replaced;
}

// ISO-8859-1 comes after windows-1252: UTF-8 read as Latin-1 keeps the C1 controls that
// windows-1252 would have shown as punctuation ("â\u0080\u0099" for "’", not "â€™").
const std::array<Flavour, 3>& Flavours() {
  static const CodePage* const cp1252 = new CodePage("windows-1252");
  static const CodePage* const latin1 = new CodePage("ISO-8859-1");
  static const CodePage* const cp1251 = new CodePage("windows-1251");
  static const std::array<Flavour, 3> flavours = {Flavour{cp1252, false}, Flavour{latin1, false},
                                                  Flavour{cp1251, true}};
  return flavours;
}

int TotalPairs(std::string_view line) {
  int total = 0;
  for (const Flavour& f : Flavours()) total += CountPairs(line, f).pairs;
  return total;
}

// Tries one flavour on one line; on success `line` holds the repaired text.
bool TryRepair(const Flavour& f, std::string* line, std::string* scratch) {
  const PairCount before = CountPairs(*line, f);
  const int min_pairs = f.cyrillic_leads ? 2 : 1;  // one Cyrillic pair can be a real word
  if (before.pairs < min_pairs || before.pairs * 3 < before.non_ascii) return false;
  if (!DecodeMisreadRuns(*line, *f.page, scratch)) return false;
  // Single mojibake leaves no pairs; double mojibake leaves half after the first round.
  if (TotalPairs(*scratch) * 2 > before.pairs) return false;
  line->swap(*scratch);
  return true;
}

bool RepairLine(std::string* line, std::string* scratch) {
  bool changed = false;
  for (int round = 0; round < 2; ++round) {  // a second round undoes double mojibake
    bool repaired = false;
    for (const Flavour& f : Flavours()) {
      if (TryRepair(f, line, scratch)) {
        repaired = true;
        break;
      }
    }
    if (!repaired) break;
    changed = true;
  }
  return changed;
}

// Cheap filter: mojibake needs a lead character, which in UTF-8 starts with C3 (Â..ô) or
// D0 (Р, С, Т, У, в).
bool MayHaveMojibake(std::string_view text) {
  for (size_t i = FirstNonAscii(text); i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xC3 || c == 0xD0) return true;
  }
  return false;
}

}  // namespace

bool RepairMojibake(std::string* text) {
  if (!MayHaveMojibake(*text)) return false;
  std::string out, line, scratch;
  bool changed = false;
  size_t start = 0;
  while (start <= text->size()) {
    size_t end = text->find('\n', start);
    if (end == std::string::npos) end = text->size();
    line.assign(*text, start, end - start);
    changed |= RepairLine(&line, &scratch);
    out += line;
    if (end < text->size()) out.push_back('\n');
    start = end + 1;
  }
  if (changed) text->swap(out);
  return changed;
}

}  // namespace storyline::text_internal
