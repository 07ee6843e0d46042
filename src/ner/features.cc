#include "ner/features.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "base/hash.h"

namespace storyline {
namespace {

// Feature templates; the value is hashed with its template so that equal strings in different
// templates differ. Never renumber: trained models store the hashes.
enum Template : uint64_t {
  kBias = 1, kWord, kLower, kShape, kPrefix, kSuffix = kPrefix + 4, kPrevLower = kSuffix + 5,
  kNextLower, kPrev2Lower, kNext2Lower, kPrevShapeShape, kShapeNextShape, kPrevLowerLower,
  kLowerNextLower, kFirstShape, kPrevSuffix, kNextSuffix, kLength, kPrevShape, kNextShape,
  kGaz, kPrevGaz, kNextGaz, kDict,
};

// Classes that gazetteer matches are made of (the dictionary ones are looked up per word).
constexpr uint16_t kGazetteerMask = static_cast<uint16_t>(~(kLexCommon | kLexProper));

uint64_t Hash(uint64_t tmpl, std::string_view value) {
  uint64_t h = 1469598103934665603ULL ^ Mix64(tmpl);
  for (char c : value) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return Mix64(h);
}

// Hash(tmpl, a + "|" + b) without building the string.
uint64_t HashJoined(uint64_t tmpl, std::string_view a, std::string_view b) {
  uint64_t h = 1469598103934665603ULL ^ Mix64(tmpl);
  for (char c : a) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  h = (h ^ static_cast<unsigned char>('|')) * 1099511628211ULL;
  for (char c : b) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return Mix64(h);
}

void AppendUtf8(UChar32 c, std::string* out) {
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(buf, n, 4, c, error);
  if (!error) out->append(buf, static_cast<std::size_t>(n));
}

// The last `n` code points of s (all of s when shorter).
std::string_view LastChars(std::string_view s, std::size_t n) {
  std::size_t i = s.size();
  while (i > 0 && n > 0) {
    --i;
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) --n;
  }
  return n > 0 ? s : s.substr(i);
}

std::string_view FirstChars(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  while (i < s.size() && n > 0) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --n;
  }
  return s.substr(0, i);
}

struct WordInfo {
  std::string lower;
  std::string shape;
  std::vector<std::string> gaz;  // "class|position" of the gazetteer match covering the word
  std::string dict;              // capitalisation + dictionary status, empty without a dictionary
};

std::string Joined(std::string_view a, std::string_view b) {
  std::string s(a);
  s.push_back('|');
  s.append(b);
  return s;
}

void AddTokenFeatures(const std::vector<std::string_view>& words,
                      const std::vector<WordInfo>& info, std::size_t i,
                      std::vector<uint64_t>* f) {
  static const WordInfo kStart{"<s>", "<s>", {}, {}};
  static const WordInfo kEnd{"</s>", "</s>", {}, {}};
  auto at = [&](std::ptrdiff_t k) -> const WordInfo& {
    const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    if (j < 0) return kStart;
    if (j >= static_cast<std::ptrdiff_t>(info.size())) return kEnd;
    return info[static_cast<std::size_t>(j)];
  };
  const WordInfo& w = info[i];
  f->push_back(Hash(kBias, ""));
  f->push_back(Hash(kWord, words[i]));
  f->push_back(Hash(kLower, w.lower));
  f->push_back(Hash(kShape, w.shape));
  for (std::size_t n = 1; n <= 3; ++n) f->push_back(Hash(kPrefix + n, FirstChars(w.lower, n)));
  for (std::size_t n = 1; n <= 4; ++n) f->push_back(Hash(kSuffix + n, LastChars(w.lower, n)));
  f->push_back(Hash(kPrevLower, at(-1).lower));
  f->push_back(Hash(kNextLower, at(1).lower));
  f->push_back(Hash(kPrev2Lower, at(-2).lower));
  f->push_back(Hash(kNext2Lower, at(2).lower));
  f->push_back(Hash(kPrevShape, at(-1).shape));
  f->push_back(Hash(kNextShape, at(1).shape));
  f->push_back(HashJoined(kPrevShapeShape, at(-1).shape, w.shape));
  f->push_back(HashJoined(kShapeNextShape, w.shape, at(1).shape));
  f->push_back(HashJoined(kPrevLowerLower, at(-1).lower, w.lower));
  f->push_back(HashJoined(kLowerNextLower, w.lower, at(1).lower));
  if (i == 0) f->push_back(Hash(kFirstShape, w.shape));
  f->push_back(Hash(kPrevSuffix, LastChars(at(-1).lower, 3)));
  f->push_back(Hash(kNextSuffix, LastChars(at(1).lower, 3)));
  const std::size_t len = w.lower.size();
  f->push_back(Hash(kLength, len <= 2 ? "s" : len <= 6 ? "m" : "l"));
  for (const std::string& g : w.gaz) f->push_back(Hash(kGaz, g));
  for (const std::string& g : at(-1).gaz) f->push_back(Hash(kPrevGaz, g));
  for (const std::string& g : at(1).gaz) f->push_back(Hash(kNextGaz, g));
  if (!w.dict.empty()) f->push_back(Hash(kDict, i == 0 ? w.dict + "^" : w.dict));
}

// "C" capitalised, "A" all capitals, "l" lower case, "" not a letter; then the dictionary's
// view of the lower-cased word: "c" common, "p" proper, "cp" both, "-" unknown.
std::string DictStatus(std::string_view word, const std::string& lower, const std::string& shape,
                       const NerLexicon& lex) {
  if (shape.empty() || (shape[0] != 'X' && shape[0] != 'x')) return "";
  std::string out = shape == "X" && word.size() > 1 ? "A" : shape[0] == 'X' ? "C" : "l";
  const uint16_t c = lex.Find(FoldWord(lower, lex.fold()));
  if (c & kLexCommon) out += 'c';
  if (c & kLexProper) out += 'p';
  if (!(c & (kLexCommon | kLexProper))) out += '-';
  return out;
}

void AddLexiconInfo(const std::vector<std::string_view>& words, const NerLexicon& lex,
                    std::vector<WordInfo>* info) {
  std::vector<std::string> keys;
  keys.reserve(info->size());
  for (const WordInfo& w : *info) keys.push_back(FoldWord(w.lower, lex.fold()));
  for (LexMatch m : lex.Matches(keys, kGazetteerMask)) {
    // A name in lower case is mostly a word ("us", "turkey", "china" the porcelain); cue words
    // ("ministry", "president") count in any case.
    const char first = (*info)[m.begin].shape.empty() ? ' ' : (*info)[m.begin].shape[0];
    if (first != 'X' && first != 'd') m.classes &= kLexOrgCue | kLexTitle | kLexPlaceCue;
    for (std::size_t i = m.begin; i < m.end; ++i) {
      const char* pos = m.end - m.begin == 1 ? "S" : i == m.begin ? "B" : i + 1 == m.end ? "E" : "I";
      for (int k = 0; k < kLexClassCount; ++k) {
        const uint16_t bit = static_cast<uint16_t>(1u << k);
        if (m.classes & bit) (*info)[i].gaz.push_back(Joined(LexClassName(bit), pos));
      }
    }
  }
  if (!lex.has_dictionary()) return;
  for (std::size_t i = 0; i < words.size(); ++i) {
    (*info)[i].dict = DictStatus(words[i], (*info)[i].lower, (*info)[i].shape, lex);
  }
}

}  // namespace

std::string NerLower(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
    const auto b = static_cast<unsigned char>(word[static_cast<std::size_t>(i)]);
    if (b < 0x80) {  // ASCII, as ICU reads it: digits become '0', capitals lower case
      out.push_back(b >= '0' && b <= '9' ? '0' : b >= 'A' && b <= 'Z' ? static_cast<char>(b - 'A' + 'a') : static_cast<char>(b));
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
    if (c < 0) continue;
    if (u_isdigit(c)) c = '0';
    if (c < 0x80) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    } else {
      AppendUtf8(u_tolower(c), &out);
    }
  }
  return out;
}

std::string NerShape(std::string_view word) {
  std::string out;
  for (int32_t i = 0; i < static_cast<int32_t>(word.size());) {
    const auto b = static_cast<unsigned char>(word[static_cast<std::size_t>(i)]);
    if (b < 0x80) {  // ASCII, as ICU classes it
      const char cls = b >= 'A' && b <= 'Z'   ? 'X'
                       : b >= 'a' && b <= 'z' ? 'x'
                       : b >= '0' && b <= '9' ? 'd'
                                              : static_cast<char>(b);
      if (out.empty() || out.back() != cls) out.push_back(cls);
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(word.data(), i, static_cast<int32_t>(word.size()), c);
    char cls = '*';
    if (c < 0) continue;
    if (u_isupper(c) || u_istitle(c)) cls = 'X';
    else if (u_isalpha(c)) cls = 'x';
    else if (u_isdigit(c)) cls = 'd';
    else if (c < 0x80) cls = static_cast<char>(c);
    if (out.empty() || out.back() != cls) out.push_back(cls);
  }
  return out;
}

std::vector<std::vector<uint64_t>> SentenceFeatures(const std::vector<std::string_view>& words,
                                                    const NerLexicon* lexicon) {
  std::vector<WordInfo> info;
  info.reserve(words.size());
  for (std::string_view w : words) info.push_back({NerLower(w), NerShape(w), {}, {}});
  if (lexicon != nullptr && !lexicon->empty()) AddLexiconInfo(words, *lexicon, &info);
  std::vector<std::vector<uint64_t>> out(words.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    out[i].reserve(28);
    AddTokenFeatures(words, info, i, &out[i]);
  }
  return out;
}

}  // namespace storyline
