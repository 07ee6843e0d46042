#include "ner/lexicon.h"

#include <algorithm>

namespace storyline {
namespace {

constexpr std::string_view kClassNames[kLexClassCount] = {
    "place", "language", "org", "orgcue", "title", "placecue", "calendar", "common", "proper",
    "person"};

std::size_t CountWords(std::string_view phrase) {
  return phrase.empty() ? 0 : 1 + static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' '));
}

// Case endings of Russian nouns and adjectives, longest first.
constexpr std::string_view kRussianEndings[] = {
    "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ом", "ем", "ой", "ей", "ою", "ею",
    "ам", "ям", "ах", "ях", "ию", "ия", "ии", "ие", "ье", "ья", "ью", "ый", "ий", "ая", "яя",
    "ое", "ее", "ые", "ым", "им", "ых", "их", "ую", "юю", "ея", "а", "я", "о", "е", "у", "ю",
    "ы", "и", "ь", "й"};

std::size_t CodePoints(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

Result<uint16_t> ParseClasses(std::string_view list) {
  uint16_t bits = 0;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    const std::string_view name = list.substr(0, comma);
    const auto* it = std::find(std::begin(kClassNames), std::end(kClassNames), name);
    if (it == std::end(kClassNames)) {
      return Status::InvalidArgument("unknown lexicon class '" + std::string(name) + "'");
    }
    bits |= static_cast<uint16_t>(1u << (it - std::begin(kClassNames)));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
  }
  return bits;
}

}  // namespace

std::string FoldWord(std::string_view lower, LexFold fold) {
  if (fold != LexFold::kRussianEndings) return std::string(lower);
  std::string s;
  s.reserve(lower.size());
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if (lower.substr(i, 2) == "ё") s += "е", ++i;
    else s.push_back(lower[i]);
  }
  for (std::string_view e : kRussianEndings) {
    if (s.size() > e.size() && std::string_view(s).substr(s.size() - e.size()) == e &&
        CodePoints(s) - CodePoints(e) >= 3) {
      s.resize(s.size() - e.size());
      break;
    }
  }
  return s;
}

std::string_view LexClassName(uint16_t bit) {
  for (int k = 0; k < kLexClassCount; ++k) {
    if (bit == (1u << k)) return kClassNames[k];
  }
  return "?";
}

std::string NerLexicon::Key(std::string_view phrase) const {
  if (fold_ == LexFold::kNone) return std::string(phrase);
  std::string key;
  while (!phrase.empty()) {
    const std::size_t sp = phrase.find(' ');
    if (!key.empty()) key.push_back(' ');
    key += FoldWord(phrase.substr(0, sp), fold_);
    phrase = sp == std::string_view::npos ? std::string_view() : phrase.substr(sp + 1);
  }
  return key;
}

void NerLexicon::Add(std::string_view phrase, uint16_t classes) { AddKey(Key(phrase), classes); }

void NerLexicon::AddKey(std::string_view phrase, uint16_t classes) {
  const std::size_t words = CountWords(phrase);
  if (words == 0 || words > kMaxPhraseWords || classes == 0) return;
  entries_[std::string(phrase)] |= classes;
  has_dictionary_ |= (classes & (kLexCommon | kLexProper)) != 0;
  if (words == 1) return;  // most entries: no need to remember them as phrase starts
  uint8_t& longest = longest_from_[std::string(phrase.substr(0, phrase.find(' ')))];
  longest = std::max(longest, static_cast<uint8_t>(words));
}

void NerLexicon::Reserve(std::size_t entries) { entries_.reserve(entries); }

uint16_t NerLexicon::Find(std::string_view phrase) const {
  auto it = entries_.find(std::string(phrase));
  return it == entries_.end() ? 0 : it->second;
}

std::vector<LexMatch> NerLexicon::Matches(const std::vector<std::string>& lower,
                                          uint16_t mask) const {
  std::vector<LexMatch> out;
  for (std::size_t i = 0; i < lower.size();) {
    auto first = longest_from_.find(lower[i]);
    std::size_t best = 0;
    uint16_t best_classes = 0;
    const std::size_t most =
        first == longest_from_.end() ? 1 : std::min<std::size_t>(first->second, lower.size() - i);
    std::vector<std::string> prefixes{lower[i]};
    for (std::size_t n = 2; n <= most; ++n) prefixes.push_back(prefixes.back() + ' ' + lower[i + n - 1]);
    for (std::size_t n = most; n >= 1 && best == 0; --n) {
      const uint16_t c = Find(prefixes[n - 1]) & mask;
      if (c != 0) best = n, best_classes = c;
    }
    if (best == 0) {
      ++i;
      continue;
    }
    out.push_back({i, i + best, best_classes});
    i += best;
  }
  return out;
}

std::vector<std::pair<std::string, uint16_t>> NerLexicon::Sorted() const {
  std::vector<std::pair<std::string, uint16_t>> out(entries_.begin(), entries_.end());
  std::sort(out.begin(), out.end());
  return out;
}

Result<NerLexicon> NerLexicon::ParseTsv(std::string_view text) {
  NerLexicon lex;
  if (text.substr(0, 6) == "!fold\t") {
    const std::size_t nl = text.find('\n');
    std::string_view name = text.substr(6, nl == std::string_view::npos ? nl : nl - 6);
    if (!name.empty() && name.back() == '\r') name.remove_suffix(1);
    if (name != "ru-endings" && name != "none") {
      return Status::InvalidArgument("lexicon: unknown fold '" + std::string(name) + "'");
    }
    lex.fold_ = name == "none" ? LexFold::kNone : LexFold::kRussianEndings;
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
  }
  std::size_t line_no = 0;
  while (!text.empty()) {
    ++line_no;
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      return Status::InvalidArgument("lexicon line " + std::to_string(line_no) + ": no tab");
    }
    Result<uint16_t> classes = ParseClasses(line.substr(tab + 1));
    if (!classes.ok()) return classes.status().WithPrefix("lexicon line " + std::to_string(line_no));
    lex.AddKey(line.substr(0, tab), *classes);
  }
  return lex;
}

std::string NerLexicon::ToTsv() const {
  std::string out = fold_ == LexFold::kRussianEndings ? "!fold\tru-endings\n" : "";
  for (const auto& [phrase, classes] : Sorted()) {
    out += phrase;
    char sep = '\t';
    for (int k = 0; k < kLexClassCount; ++k) {
      if (!(classes & (1u << k))) continue;
      out.push_back(sep);
      out.append(kClassNames[k]);
      sep = ',';
    }
    out.push_back('\n');
  }
  return out;
}

}  // namespace storyline
