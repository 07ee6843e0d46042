#include "extract/html_entities.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace storyline {
namespace {

struct NamedRef {
  std::string_view name;  // without '&', with ';' when the standard lists it so
  std::string_view utf8;
};

// html_entity_table.inc was generated with
//   python3 -c 'import html.entities as E
//   for k, v in sorted(E.html5.items()): print("{\"%s\", \"%s\"}," % (k, "".join("\\x%02x" % c for c in v.encode())))'
constexpr NamedRef kNamedRefs[] = {
#include "extract/html_entity_table.inc"
};

constexpr std::size_t kLongestName = 32;

// windows-1252 for 0x80..0x9F, as the standard replaces those numeric references (0: kept).
constexpr std::array<char16_t, 32> kWindows1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool IsAlnum(char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(c | 0x20);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

const NamedRef* FindName(std::string_view name) {
  const NamedRef* end = std::end(kNamedRefs);
  const NamedRef* it = std::lower_bound(std::begin(kNamedRefs), end, name,
                                        [](const NamedRef& r, std::string_view n) { return r.name < n; });
  return it != end && it->name == name ? it : nullptr;
}

std::size_t DecodeNumeric(std::string_view in, std::string& out) {
  // in = "&#..."
  std::size_t i = 2;
  const bool hex = i < in.size() && (in[i] | 0x20) == 'x';
  if (hex) ++i;
  const std::size_t digits_at = i;
  uint32_t value = 0;
  bool overflow = false;
  for (; i < in.size(); ++i) {
    const int d = hex ? HexValue(in[i]) : (in[i] >= '0' && in[i] <= '9' ? in[i] - '0' : -1);
    if (d < 0) break;
    value = value * (hex ? 16 : 10) + static_cast<uint32_t>(d);
    if (value > 0x10FFFF) overflow = true, value = 0x110000;
  }
  if (i == digits_at) return 0;  // "&#" or "&#x" without digits: text
  if (i < in.size() && in[i] == ';') ++i;
  char32_t cp = value;
  if (overflow || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) cp = 0xFFFD;
  else if (value >= 0x80 && value <= 0x9F && kWindows1252[value - 0x80] != 0) cp = kWindows1252[value - 0x80];
  AppendUtf8(out, cp);
  return i;
}

}  // namespace

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::size_t DecodeCharRef(std::string_view in, bool in_attribute, std::string& out) {
  if (in.size() < 2) return 0;
  if (in[1] == '#') return DecodeNumeric(in, out);
  std::size_t run = 1;
  while (run < in.size() && run <= kLongestName && IsAlnum(in[run])) ++run;
  if (run == 1) return 0;
  // "&name;" exactly, the usual case.
  if (run < in.size() && in[run] == ';') {
    if (const NamedRef* r = FindName(in.substr(1, run))) {
      out.append(r->utf8);
      return run + 1;
    }
  }
  // Else the longest legacy name (listed without ';') that the run starts with: "&notit;" is ¬it;.
  for (std::size_t len = std::min(run - 1, std::size_t{6}); len >= 2; --len) {
    const NamedRef* r = FindName(in.substr(1, len));
    if (r == nullptr) continue;
    const std::size_t used = 1 + len;
    if (in_attribute && used < in.size() && (in[used] == '=' || IsAlnum(in[used]))) return 0;
    out.append(r->utf8);
    return used;
  }
  return 0;
}

}  // namespace storyline
