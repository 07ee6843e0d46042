// JSON string escaping for the digest's evaluation drivers (storyline_timex_tool,
// storyline_quotes_tool), which print their results by hand to stay free of a JSON library.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace storyline {

// `s` with '"', '\\' and control characters escaped for a JSON string (no quotes added).
inline std::string JsonEscape(std::string_view s) {
  std::string out;
  for (char ch : s) {
    const auto u = static_cast<unsigned char>(ch);
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += ch;
    } else if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", u);
      out += buf;
    } else {
      out += ch;
    }
  }
  return out;
}

}  // namespace storyline
