#include "ingest/content_check.h"

#include <algorithm>
#include <cstddef>

namespace storyline {
namespace {

constexpr std::size_t kSniffBytes = 4096;

bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Escape (0x1b) appears in ISO-2022 encodings, so it does not count against the text.
bool IsSuspiciousControl(unsigned char c) {
  if (c == 0x7f) return true;
  if (c >= 0x20) return false;
  return c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b;
}

}  // namespace

bool HasUtf16Bom(std::string_view bytes) {
  return bytes.size() >= 2 && ((bytes[0] == '\xff' && bytes[1] == '\xfe') ||
                               (bytes[0] == '\xfe' && bytes[1] == '\xff'));
}

bool LooksBinary(std::string_view bytes) {
  if (HasUtf16Bom(bytes)) return false;
  std::string_view head = bytes.substr(0, kSniffBytes);
  if (head.find('\0') != std::string_view::npos) return true;
  auto controls = std::count_if(head.begin(), head.end(),
                                [](char c) { return IsSuspiciousControl(static_cast<unsigned char>(c)); });
  return !head.empty() && static_cast<std::size_t>(controls) * 10 > head.size();
}

bool IsBlank(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xef\xbb\xbf") bytes.remove_prefix(3);
  return std::all_of(bytes.begin(), bytes.end(),
                     [](char c) { return IsAsciiSpace(static_cast<unsigned char>(c)); });
}

}  // namespace storyline
