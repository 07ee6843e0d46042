// Tokens for the timex rules: words, numbers and single punctuation characters with byte offsets.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace storyline::timex {

enum class TokenKind { kWord, kNumber, kPunct };

struct Token {
  TokenKind kind = TokenKind::kPunct;
  uint32_t begin = 0;        // byte offsets into the text
  uint32_t end = 0;
  std::string lower;         // lower-cased (ASCII and Cyrillic); digits as written
  bool capitalized = false;  // first letter upper case
  bool inner_capital = false;  // lower-case first letter, a later one upper case ("iOS", "eBay")
  bool space_before = true;  // whitespace (or text start) right before the token
  bool newline_before = false;
};

std::vector<Token> Tokenize(std::string_view text);

}  // namespace storyline::timex
