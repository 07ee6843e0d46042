#include "digest/story_quotes.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

#include "digest/quotes.h"
#include "digest/timex_tokens.h"

namespace storyline {
namespace {

using timex::Token;
using timex::TokenKind;

struct Candidate {
  std::size_t article = 0;
  std::string_view lang;
  std::string speaker;
  std::string text;
  bool direct = false;
  std::set<std::string> words;    // lower-case words and numbers of the text
  std::set<std::string> anchors;  // numbers and name keys: what survives a translation
};

struct Group {
  std::vector<std::size_t> members;  // indices into the candidates, in article order
};

bool IsMark(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.lower == "“" || t.lower == "”" || t.lower == "«" || t.lower == "»" || t.lower == "„" ||
          t.lower == "\"" || t.lower == ",");
}

// The content's text without its outer quotation marks and trailing comma; two pieces joined.
std::string ContentText(std::string_view text, const Attribution& a) {
  std::string out;
  for (const ByteSpan& s : a.content) {
    std::string_view piece = text.substr(s.begin, s.end - s.begin);
    const std::vector<Token> tokens = timex::Tokenize(piece);
    std::size_t b = 0, e = tokens.size();
    while (b < e && IsMark(tokens[b])) ++b;
    while (e > b && (IsMark(tokens[e - 1]) || tokens[e - 1].lower == "'")) --e;
    if (b >= e) continue;
    if (!out.empty()) out += " ";
    out += piece.substr(tokens[b].begin, tokens[e - 1].end - tokens[b].begin);
  }
  return out;
}

// At most `max_bytes`, cut at a space (or a character boundary), with "…" when cut.
std::string Shorten(const std::string& text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t cut = text.rfind(' ', max_bytes);
  if (cut == std::string::npos || cut == 0) {
    cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  return text.substr(0, cut) + "…";
}

std::string LastWord(std::string_view name) {
  const std::vector<Token> tokens = timex::Tokenize(name);
  for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
    if (it->kind == TokenKind::kWord) return std::string(name.substr(it->begin, it->end - it->begin));
  }
  return std::string(name);
}

std::size_t WordCount(std::string_view name) {
  std::size_t n = 0;
  for (const Token& t : timex::Tokenize(name)) n += t.kind == TokenKind::kWord;
  return n;
}

void FillWords(Candidate& c, NameKeyer& keyer) {
  for (const Token& t : timex::Tokenize(c.text)) {
    if (t.kind == TokenKind::kPunct) continue;
    c.words.insert(t.lower);
    if (t.kind == TokenKind::kNumber) {
      c.anchors.insert(t.lower);
    } else if (t.capitalized) {
      const std::string key = keyer.Key(std::string_view(c.text).substr(t.begin, t.end - t.begin), c.lang);
      if (!key.empty()) c.anchors.insert(key);
    }
  }
}

std::size_t Shared(const std::set<std::string>& a, const std::set<std::string>& b) {
  std::size_t n = 0;
  for (const std::string& w : a) n += b.count(w);
  return n;
}

bool SameText(const Candidate& a, const Candidate& b, const StoryQuoteOptions& o) {
  if (a.lang == b.lang) {
    const std::size_t shared = Shared(a.words, b.words);
    const std::size_t uni = a.words.size() + b.words.size() - shared;
    const std::size_t shorter = std::min(a.words.size(), b.words.size());
    return uni > 0 && (static_cast<double>(shared) >= o.same_text_jaccard * static_cast<double>(uni) ||
                       static_cast<double>(shared) >= o.same_text_containment * static_cast<double>(shorter));
  }
  const std::size_t shared = Shared(a.anchors, b.anchors);
  const std::size_t uni = a.anchors.size() + b.anchors.size() - shared;
  return shared >= o.min_shared_anchors && 2 * shared >= uni;
}

// Surname key → the fullest spelling: most words, then most articles, then the earliest.
std::unordered_map<std::string, std::string> FullestNames(const std::vector<Candidate>& cands,
                                                          const std::vector<std::string>& keys) {
  struct Variant {
    std::size_t words = 0;
    std::set<std::size_t> articles;
    std::size_t first = 0;
  };
  std::unordered_map<std::string, std::map<std::string, Variant>> variants;
  for (std::size_t i = 0; i < cands.size(); ++i) {
    Variant& v = variants[keys[i]][cands[i].speaker];
    if (v.articles.empty()) v = {WordCount(cands[i].speaker), {}, i};
    v.articles.insert(cands[i].article);
  }
  std::unordered_map<std::string, std::string> out;
  for (const auto& [key, names] : variants) {
    const std::pair<const std::string, Variant>* best = nullptr;
    for (const auto& entry : names) {
      const Variant& v = entry.second;
      if (!best || v.words > best->second.words ||
          (v.words == best->second.words &&
           (v.articles.size() > best->second.articles.size() ||
            (v.articles.size() == best->second.articles.size() && v.first < best->second.first)))) {
        best = &entry;
      }
    }
    out[key] = best->first;
  }
  return out;
}

std::vector<Candidate> Collect(const std::vector<QuoteArticle>& articles, NameKeyer& keyer,
                               const StoryQuoteOptions& options) {
  std::vector<Candidate> out;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    for (const Attribution& a : FindAttributions(articles[i].text, articles[i].lang)) {
      if (a.speaker.empty()) continue;
      Candidate c{i, articles[i].lang, a.speaker, ContentText(articles[i].text, a),
                  a.kind == QuoteKind::kDirect, {}, {}};
      if (c.text.size() < options.min_text_bytes) continue;
      FillWords(c, keyer);
      out.push_back(std::move(c));
    }
  }
  return out;
}

}  // namespace

std::vector<Quote> BuildStoryQuotes(const std::vector<QuoteArticle>& articles, NameKeyer& keyer,
                                    const StoryQuoteOptions& options) {
  const std::vector<Candidate> cands = Collect(articles, keyer, options);
  std::vector<std::string> keys;
  keys.reserve(cands.size());
  for (const Candidate& c : cands) {
    const std::string last = LastWord(c.speaker);
    std::string key = keyer.Key(last, c.lang);
    keys.push_back(key.empty() ? last : key);
  }
  // Candidates are compared only with groups of the same speaker, so the cost grows with the
  // number of quotes per speaker, not with the story's size squared.
  std::unordered_map<std::string, std::vector<std::size_t>> groups_of_speaker;
  std::vector<Group> groups;
  for (std::size_t i = 0; i < cands.size(); ++i) {
    std::vector<std::size_t>& mine = groups_of_speaker[keys[i]];
    auto joined = std::find_if(mine.begin(), mine.end(), [&](std::size_t g) {
      return SameText(cands[groups[g].members.front()], cands[i], options);
    });
    if (joined != mine.end()) {
      groups[*joined].members.push_back(i);
    } else {
      mine.push_back(groups.size());
      groups.push_back({{i}});
    }
  }
  const auto names = FullestNames(cands, keys);
  struct Ranked {
    Quote quote;
    bool direct;
    std::size_t first;
  };
  std::vector<Ranked> ranked;
  for (const Group& g : groups) {
    const Candidate& head = cands[g.members.front()];
    std::set<std::size_t> ids;
    bool direct = false;
    for (std::size_t m : g.members) {
      ids.insert(cands[m].article);
      direct = direct || cands[m].direct;
    }
    ranked.push_back({{names.at(keys[g.members.front()]), Shorten(head.text, options.max_text_bytes),
                       {ids.begin(), ids.end()}},
                      direct, g.members.front()});
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    if (a.quote.articles.size() != b.quote.articles.size()) {
      return a.quote.articles.size() > b.quote.articles.size();
    }
    if (a.direct != b.direct) return a.direct;
    return a.first < b.first;
  });
  if (ranked.size() > options.max_quotes) ranked.resize(options.max_quotes);
  std::vector<Quote> out;
  for (Ranked& r : ranked) out.push_back(std::move(r.quote));
  return out;
}

void NameSpeakersAsEntities(std::vector<Quote>& quotes, const std::vector<StoryEntity>& entities) {
  for (Quote& q : quotes) {
    const std::string& speaker = q.speaker;
    std::size_t best_len = 0;
    const StoryEntity* best = nullptr;
    for (const StoryEntity& e : entities) {
      if (e.kind != "person") continue;
      auto consider = [&](const std::string& spelling) {
        if (spelling.empty() || spelling.size() > speaker.size() || spelling.size() <= best_len) return;
        const bool whole = spelling == speaker;
        const bool suffix = !whole && spelling.find(' ') != std::string::npos &&
                            speaker.compare(speaker.size() - spelling.size(), spelling.size(), spelling) == 0 &&
                            speaker[speaker.size() - spelling.size() - 1] == ' ';
        if (whole || suffix) best_len = spelling.size(), best = &e;
      };
      consider(e.name);
      for (const std::string& alias : e.aliases) consider(alias);
    }
    if (best != nullptr) q.speaker = best->name;
  }
}

}  // namespace storyline
