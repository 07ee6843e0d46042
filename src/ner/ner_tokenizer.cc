#include "ner/ner_tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string>

namespace storyline {
namespace {

struct Scanner {
  std::string_view text;

  // The code point at byte `i` and its length; a negative code point for an invalid byte.
  std::pair<UChar32, int32_t> At(std::size_t i) const {
    int32_t off = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(text.data(), off, static_cast<int32_t>(text.size()), c);
    return {c, off - static_cast<int32_t>(i)};
  }
  bool IsWordChar(std::size_t i) const {
    if (i >= text.size()) return false;
    UChar32 c = At(i).first;
    return c >= 0 && (u_isalnum(c) || u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY_MASK) &
                                          U_GC_M_MASK);
  }
  bool IsJoiner(std::size_t i) const {
    if (i >= text.size()) return false;
    char c = text[i];
    if (c == '\'' || c == '-' || c == '.' || c == '&') return true;
    return text.substr(i, 3) == "\xE2\x80\x99";  // ’
  }
  std::size_t JoinerLen(std::size_t i) const { return text[i] == '\xE2' ? 3 : 1; }
};

bool IsAbbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 16> kAbbrev = {
      "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Prof", "Gen", "Col", "Lt", "Sen", "Rep",
      "Gov", "г", "им"};
  return std::find(kAbbrev.begin(), kAbbrev.end(), word) != kAbbrev.end();
}

std::size_t CodePoints(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// One word starting at `i` (a word character): its end.
std::size_t WordEnd(const Scanner& s, std::size_t i) {
  std::size_t j = i;
  while (true) {
    while (s.IsWordChar(j)) j += static_cast<std::size_t>(s.At(j).second);
    if (s.IsJoiner(j) && s.IsWordChar(j + s.JoinerLen(j))) {
      // "'s" is a token of its own, as in the training corpora.
      std::string_view rest = s.text.substr(j + s.JoinerLen(j));
      const bool possessive = s.text[j] != '-' && s.text[j] != '.' && s.text[j] != '&' &&
                              (rest.substr(0, 1) == "s" || rest.substr(0, 1) == "S") &&
                              !s.IsWordChar(j + s.JoinerLen(j) + 1);
      if (possessive) return j;
      j += s.JoinerLen(j);
      continue;
    }
    break;
  }
  std::string_view word = s.text.substr(i, j - i);
  const bool dotted = word.find('.') != std::string_view::npos;  // "U.S" gets its final dot
  if (j < s.text.size() && s.text[j] == '.' &&
      (CodePoints(word) == 1 || IsAbbreviation(word) || dotted)) {
    ++j;
  }
  return j;
}

bool EndsSentence(std::string_view tok) {
  return tok == "." || tok == "!" || tok == "?" || tok == "\xE2\x80\xA6" || tok == "...";
}

bool StartsSentence(const Scanner& s, const NerToken& t) {
  UChar32 c = s.At(t.begin).first;
  if (c < 0) return false;
  return u_isupper(c) || u_istitle(c) || u_isdigit(c) || t.text == "\"" || t.text == "«" ||
         t.text == "\xE2\x80\x9C";
}

bool IsClosingQuote(std::string_view tok) {
  return tok == "\"" || tok == "»" || tok == "\xE2\x80\x9D" || tok == ")" || tok == "'";
}

}  // namespace

std::vector<NerSentence> SplitForNer(std::string_view text) {
  Scanner s{text};
  std::vector<NerSentence> sentences(1);
  bool pending_end = false;  // the last token was sentence-final punctuation
  for (std::size_t i = 0; i < text.size();) {
    auto [c, len] = s.At(i);
    if (c < 0 || u_isspace(c) || u_iscntrl(c)) {
      if (c == '\n' && !sentences.back().empty()) sentences.emplace_back(), pending_end = false;
      i += static_cast<std::size_t>(std::max(len, 1));
      continue;
    }
    std::size_t end = s.IsWordChar(i) ? WordEnd(s, i) : i + static_cast<std::size_t>(len);
    if (end == i + 1 && text[i] == '.' && text.substr(i, 3) == "...") end = i + 3;
    if (s.IsJoiner(i) && (text[i] == '\'' || text[i] == '\xE2')) {
      const std::size_t after = i + s.JoinerLen(i);
      if (after < text.size() && (text[after] == 's' || text[after] == 'S') &&
          !s.IsWordChar(after + 1)) {
        end = after + 1;  // the possessive "'s" split off by WordEnd
      }
    }
    NerToken tok{text.substr(i, end - i), static_cast<uint32_t>(i), static_cast<uint32_t>(end)};
    if (pending_end && !IsClosingQuote(tok.text) && StartsSentence(s, tok) &&
        !sentences.back().empty()) {
      sentences.emplace_back();
    }
    if (!(pending_end && IsClosingQuote(tok.text))) pending_end = EndsSentence(tok.text);
    sentences.back().push_back(tok);
    i = end;
  }
  if (sentences.back().empty()) sentences.pop_back();
  return sentences;
}

}  // namespace storyline
