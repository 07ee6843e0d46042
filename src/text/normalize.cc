#include "text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include "text/mojibake.h"
#include "base/utf8.h"

namespace storyline {
namespace {


constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

std::string ReplaceInvalidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = 0;
  while (i < text.size()) {
    const size_t ascii_end = i + FirstNonAscii(text.substr(i));
    out.append(text.data() + i, ascii_end - i);
    i = ascii_end;
    if (i == text.size()) break;
    const Utf8Step step = NextUtf8(s + i, text.size() - i);
    if (step.valid) {
      out.append(text.data() + i, step.length);
    } else {
      out.append(kReplacement);
    }
    i += step.length;
  }
  return out;
}

// NFC through ICU on UTF-8 directly; most text is already NFC, so check first.
std::string ToNfc(std::string text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return text;
  const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (nfc->isNormalizedUTF8(piece, status) || U_FAILURE(status)) return text;
  std::string out;
  out.reserve(text.size());
  icu::StringByteSink<std::string> sink(&out);
  status = U_ZERO_ERROR;
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  return U_SUCCESS(status) ? out : text;
}

// Builds the output line by line: spaces are held back until content follows (so lines are
// trimmed and runs collapse), newlines likewise (so runs of 3+ become one paragraph break).
class WhitespaceCleaner {
 public:
  explicit WhitespaceCleaner(size_t size_hint) { out_.reserve(size_hint); }
  void Space() { pending_space_ = !out_.empty(); }
  void Newlines(int count) {
    if (out_.empty()) return;
    pending_newlines_ += count;
    pending_space_ = false;
  }
  void Content(std::string_view bytes) {
    if (pending_newlines_ > 0) {
      out_.append(pending_newlines_ >= 2 ? 2 : 1, '\n');
    } else if (pending_space_) {
      out_.push_back(' ');
    }
    pending_newlines_ = 0;
    pending_space_ = false;
    out_.append(bytes);
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
  int pending_newlines_ = 0;
  bool pending_space_ = false;
};

// Bytes that are ordinary content: printable ASCII, continuation bytes, and lead bytes that
// cannot start one of the special characters handled in HandleSpecial.
bool IsPlainByte(unsigned char c) {
  if (c < 0x80) return c > 0x20 && c < 0x7F;
  return c != 0xC2 && c != 0xE2 && c != 0xE3 && c != 0xEF;
}

enum class CharKind { kContent, kSpace, kNewline, kParagraph, kDrop, kC1 };

// What a C1 control U+0080..U+009F left in text stands for: a windows-1252 byte that was decoded
// as ISO-8859-1 ("she\x92s", "\x93Quote\x94", "2011 \x97 the year"). Real text has no C1
// controls, so the mapping is unambiguous (browsers do the same for &#146;); the five bytes that
// windows-1252 leaves undefined map to nothing.
constexpr std::string_view kC1AsWindows1252[32] = {
    "\u20AC", "", "\u201A", "\u0192", "\u201E", "\u2026", "\u2020", "\u2021",
    "\u02C6", "\u2030", "\u0160", "\u2039", "\u0152", "", "\u017D", "",
    "", "\u2018", "\u2019", "\u201C", "\u201D", "\u2022", "\u2013", "\u2014",
    "\u02DC", "\u2122", "\u0161", "\u203A", "\u0153", "", "\u017E", "\u0178"};

CharKind ClassifyMultibyte(const unsigned char* s, int len) {
  const uint32_t b1 = s[1], b2 = len > 2 ? s[2] : 0;
  if (s[0] == 0xC2) {
    if (b1 < 0xA0) return CharKind::kC1;  // C1 controls U+0080..U+009F
    return b1 == 0xA0 ? CharKind::kSpace : CharKind::kContent;
  }
  if (s[0] == 0xE2 && b1 == 0x80) {
    if (b2 <= 0x8A || b2 == 0xAF) return CharKind::kSpace;  // U+2000..U+200A, U+202F
    if (b2 == 0x8B) return CharKind::kDrop;                 // zero-width space
    if (b2 == 0xA8) return CharKind::kNewline;              // line separator
    if (b2 == 0xA9) return CharKind::kParagraph;            // paragraph separator
  }
  if (s[0] == 0xE2 && b1 == 0x81 && b2 == 0x9F) return CharKind::kSpace;  // U+205F
  if (s[0] == 0xE3 && b1 == 0x80 && b2 == 0x80) return CharKind::kSpace;  // U+3000
  if (s[0] == 0xEF && b1 == 0xBB && b2 == 0xBF) return CharKind::kDrop;   // BOM
  return CharKind::kContent;
}

// Handles the character at text[i] that is not a plain byte; returns the bytes consumed.
size_t HandleSpecial(std::string_view text, size_t i, WhitespaceCleaner* cleaner) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data()) + i;
  const unsigned char c = s[0];
  if (c < 0x80) {
    if (c == '\n') {
      cleaner->Newlines(1);
    } else if (c == '\r') {
      const bool crlf = i + 1 < text.size() && text[i + 1] == '\n';
      cleaner->Newlines(1);
      return crlf ? 2 : 1;
    } else if (c == ' ' || c == '\t' || c == '\v' || c == '\f') {
      cleaner->Space();
    }
    return 1;  // other C0 controls and DEL are dropped
  }
  const int len = NextUtf8(s, text.size() - i).length;  // text is valid UTF-8 here
  switch (ClassifyMultibyte(s, len)) {
    case CharKind::kContent: cleaner->Content(text.substr(i, len)); break;
    case CharKind::kSpace: cleaner->Space(); break;
    case CharKind::kNewline: cleaner->Newlines(1); break;
    case CharKind::kParagraph: cleaner->Newlines(2); break;
    case CharKind::kDrop: break;
    case CharKind::kC1: {
      const std::string_view mapped = kC1AsWindows1252[s[1] - 0x80];
      if (!mapped.empty()) cleaner->Content(mapped);
      break;
    }
  }
  return len;
}

std::string CleanWhitespace(std::string_view text) {
  WhitespaceCleaner cleaner(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t run = i;
    while (run < text.size() && IsPlainByte(static_cast<unsigned char>(text[run]))) ++run;
    if (run > i) {
      cleaner.Content(text.substr(i, run - i));
      i = run;
    } else {
      i += HandleSpecial(text, i, &cleaner);
    }
  }
  return cleaner.Take();
}

}  // namespace

std::string NormalizeText(std::string_view text) {
  if (IsAscii(text)) return CleanWhitespace(text);
  std::string utf8 = IsValidUtf8(text) ? std::string(text) : ReplaceInvalidUtf8(text);
  text_internal::RepairMojibake(&utf8);
  return CleanWhitespace(ToNfc(std::move(utf8)));
}

std::string NormalizeLine(std::string_view text) {
  std::string out = NormalizeText(text);
  size_t write = 0;
  for (size_t read = 0; read < out.size(); ++read) {
    if (out[read] != '\n') {
      out[write++] = out[read];
    } else if (write > 0 && out[write - 1] != ' ') {
      out[write++] = ' ';
    }
  }
  out.resize(write);
  return out;
}

}  // namespace storyline
