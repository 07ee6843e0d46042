#include "extract/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

namespace storyline {
namespace {

constexpr std::size_t kMetaSniffBytes = 2048;

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool IsCharsetNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' || c == '.';
}

// Reads the value after "charset" in one tag: charset="x", charset=x, content="...; charset=x".
std::string CharsetInTag(std::string_view tag) {
  std::size_t pos = tag.find("charset");
  if (pos == std::string_view::npos) return {};
  pos += 7;
  while (pos < tag.size() && (tag[pos] == ' ' || tag[pos] == '=' || tag[pos] == '"' || tag[pos] == '\'')) ++pos;
  std::size_t end = pos;
  while (end < tag.size() && IsCharsetNameChar(tag[end])) ++end;
  return std::string(tag.substr(pos, end - pos));
}

bool IsUtf8Label(const std::string& label) { return label == "utf-8" || label == "utf8"; }

// WHATWG maps these labels to windows-1252, a superset that browsers actually decode with.
const char* IcuNameFor(const std::string& label) {
  if (label == "iso-8859-1" || label == "latin1" || label == "us-ascii" || label == "ascii") {
    return "windows-1252";
  }
  return label.c_str();
}

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// The detector's best guess that is a single-byte or legacy multibyte charset; UTF-8/16/32
// answers are useless here because the caller already knows the bytes are not valid UTF-8.
std::string DetectCharset(std::string_view bytes, bool is_html) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&err));
  if (U_FAILURE(err)) return {};
  ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 1u << 20)), &err);
  ucsdet_enableInputFilter(det.get(), is_html);  // ignore markup when scoring
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &count, &err);
  for (int32_t i = 0; U_SUCCESS(err) && i < count; ++i) {
    const char* name = ucsdet_getName(matches[i], &err);
    if (U_FAILURE(err) || name == nullptr) break;
    std::string lower = Lower(name);
    if (lower.rfind("utf-", 0) != 0) return name;
  }
  return {};
}

struct Utf8Stats {
  std::size_t multibyte = 0;  // well-formed sequences of 2-4 bytes
  std::size_t invalid = 0;    // ill-formed sequences
};

Utf8Stats CountUtf8(std::string_view bytes) {
  Utf8Stats stats;
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  int64_t length = static_cast<int64_t>(bytes.size());
  for (int64_t i = 0; i < length;) {
    // Fast path for ASCII, eight bytes at a time: most HTML is markup.
    if (i + 8 <= length) {
      uint64_t word;
      std::memcpy(&word, s + i, sizeof word);
      if ((word & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, length, c);
    ++(c < 0 ? stats.invalid : stats.multibyte);
  }
  return stats;
}

// Well-formed UTF-8 (as U8_NEXT reads it: no overlongs, surrogates or values over U+10FFFF),
// skipping ASCII 32 and 8 bytes at a time. Most pages are; the counting above is for the rest.
bool IsWellFormedUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const unsigned char* end = s + bytes.size();
  auto continuation = [](unsigned char b) { return (b & 0xc0) == 0x80; };
  auto ascii_word = [](const unsigned char* p) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
  };
  constexpr uint64_t kHighBits = 0x8080808080808080ull;
  while (s < end) {
    // ASCII (markup, and the text of most pages) 32 bytes at a time, then 8.
    while (end - s >= 32 && ((ascii_word(s) | ascii_word(s + 8) | ascii_word(s + 16) | ascii_word(s + 24)) & kHighBits) == 0) {
      s += 32;
    }
    while (end - s >= 8 && (ascii_word(s) & kHighBits) == 0) s += 8;
    // Then byte by byte up to the next ASCII byte after a run of other characters (a word of
    // Cyrillic or Greek is read in one go, not retried as ASCII after each character).
    for (bool multibyte = false; s < end;) {
      const unsigned char c = *s;
      if (c < 0x80) {
        ++s;
        if (multibyte) break;
        continue;
      }
      multibyte = true;
      if (c >= 0xc2 && c <= 0xdf) {
        if (end - s < 2 || !continuation(s[1])) return false;
        s += 2;
      } else if (c >= 0xe0 && c <= 0xef) {
        unsigned char lo = c == 0xe0 ? 0xa0 : 0x80, hi = c == 0xed ? 0x9f : 0xbf;
        if (end - s < 3 || s[1] < lo || s[1] > hi || !continuation(s[2])) return false;
        s += 3;
      } else if (c >= 0xf0 && c <= 0xf4) {
        unsigned char lo = c == 0xf0 ? 0x90 : 0x80, hi = c == 0xf4 ? 0x8f : 0xbf;
        if (end - s < 4 || s[1] < lo || s[1] > hi || !continuation(s[2]) || !continuation(s[3])) return false;
        s += 4;
      } else {
        return false;
      }
    }
  }
  return true;
}

}  // namespace

std::optional<std::string_view> Utf8AsIs(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xef\xbb\xbf") {
    bytes.remove_prefix(3);
  } else if (bytes.substr(0, 2) == "\xff\xfe" || bytes.substr(0, 2) == "\xfe\xff") {
    return std::nullopt;
  }
  if (!IsWellFormedUtf8(bytes)) return std::nullopt;
  return bytes;
}

std::string SniffMetaCharset(std::string_view html) {
  std::string head = Lower(html.substr(0, kMetaSniffBytes));
  for (std::size_t pos = head.find("<meta"); pos != std::string::npos; pos = head.find("<meta", pos + 5)) {
    std::size_t end = head.find('>', pos);
    std::string label = CharsetInTag(std::string_view(head).substr(pos, end == std::string::npos ? end : end - pos));
    if (!label.empty()) return label;
  }
  return {};
}

Result<std::string> ConvertToUtf8(std::string_view bytes, const char* charset) {
  if (bytes.empty()) return std::string();
  std::string out(bytes.size() * 3 + 16, '\0');
  for (int attempt = 0; attempt < 2; ++attempt) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t n = ucnv_convert("UTF-8", charset, out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                             static_cast<int32_t>(bytes.size()), &err);
    if (err == U_BUFFER_OVERFLOW_ERROR) {
      out.resize(static_cast<std::size_t>(n) + 1);
      continue;
    }
    if (U_FAILURE(err)) return Status::InvalidArgument(std::string("cannot decode as ") + charset + ": " + u_errorName(err));
    out.resize(static_cast<std::size_t>(n));
    return out;
  }
  return Status::Internal("charset conversion buffer sizing failed");
}

Result<std::string> DecodeToUtf8(std::string_view bytes, bool is_html) {
  if (bytes.substr(0, 3) == "\xef\xbb\xbf") {
    bytes.remove_prefix(3);
  } else if (bytes.substr(0, 2) == "\xff\xfe") {
    return ConvertToUtf8(bytes.substr(2), "UTF-16LE");
  } else if (bytes.substr(0, 2) == "\xfe\xff") {
    return ConvertToUtf8(bytes.substr(2), "UTF-16BE");
  }
  if (IsWellFormedUtf8(bytes)) return std::string(bytes);
  Utf8Stats stats = CountUtf8(bytes);
  // Valid UTF-8 wins even over a declared legacy charset (see the header); pure ASCII reads
  // the same in every ASCII-compatible charset.
  if (stats.invalid == 0) return std::string(bytes);
  std::string declared = is_html ? SniffMetaCharset(bytes) : std::string();
  if (!declared.empty() && !IsUtf8Label(declared)) {
    Result<std::string> converted = ConvertToUtf8(bytes, IcuNameFor(declared));
    if (converted.ok()) return converted;  // an unknown label falls through to detection
  }
  // A few stray bytes in otherwise good UTF-8 (a cut-off character, a pasted symbol) are
  // replaced rather than letting the detector reinterpret the whole page.
  if (stats.multibyte >= 10 * stats.invalid) return ConvertToUtf8(bytes, "UTF-8");
  std::string detected = DetectCharset(bytes, is_html);
  if (detected.empty()) return Status::InvalidArgument("undecodable bytes: not UTF-8 and no charset detected");
  return ConvertToUtf8(bytes, detected.c_str());
}

}  // namespace storyline
