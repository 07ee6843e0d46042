#include "digest/quotes_speaker.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "digest/quotes_lexicon.h"

namespace storyline::quotes {
namespace {

using timex::Token;
using timex::TokenKind;
using Tokens = std::vector<Token>;

// A personal pronoun refers back at most this far to an earlier attribution's speaker.
constexpr uint32_t kPronounReachBytes = 2000;

struct NameRun {
  std::size_t first = 0;  // token indices, titles already dropped
  std::size_t last = 0;   // inclusive
  uint32_t begin = 0;     // bytes
  uint32_t end = 0;
  std::string key;        // SurnameKey of the last token
};

bool IsSentenceStart(const Tokens& t, std::size_t i) {
  if (i == 0 || t[i].newline_before) return true;
  const Token& p = t[i - 1];
  return p.kind == TokenKind::kPunct &&
         (p.lower == "." || p.lower == "!" || p.lower == "?" || p.lower == "“" || p.lower == "\"" ||
          p.lower == "«" || p.lower == "—" || p.lower == ":");
}

bool IsNameWord(const Token& t) {
  return t.kind == TokenKind::kWord && t.capitalized && !IsNameStopWord(t.lower);
}

// The head of an institution's name that "of" continues: "Bank of America", "Republic of China".
bool IsInstitutionHead(std::string_view w) {
  static const std::unordered_set<std::string_view> kHeads = {
      "republic", "bank", "university", "ministry", "department", "institute", "academy",
      "council", "union", "church", "court", "chamber", "federation", "association", "society",
      "museum", "board", "office", "college", "commission", "committee", "kingdom", "league",
      "organization", "organisation", "federal"};
  return kHeads.count(w) > 0;
}

// Where a run of capitalised words that starts at `i` ends (inclusive): "Sen. Ted Cruz",
// "J. K. Rowling", "Lopez-Cantera", "People's Republic of China".
std::size_t RunEnd(const Tokens& t, std::size_t i, std::size_t limit) {
  std::size_t j = i;
  while (j + 1 < limit) {
    const Token& n = t[j + 1];
    if (IsNameWord(n) && n.space_before && !n.newline_before) {
      ++j;
    } else if ((n.lower == "'" || n.lower == "’") && !n.space_before && j + 3 < limit &&
               t[j + 2].lower == "s" && !t[j + 2].space_before && IsNameWord(t[j + 3]) &&
               t[j + 3].space_before && IsInstitutionHead(t[j + 3].lower)) {
      j += 3;  // "People's Republic", not "Obama's Secretary"
    } else if (n.lower == "of" && IsInstitutionHead(t[j].lower) && j + 2 < limit &&
               IsNameWord(t[j + 2])) {
      j += 2;
    } else if (n.lower == "." && !n.space_before && j + 2 < limit && IsNameWord(t[j + 2]) &&
               (t[j].lower.size() == 1 || IsAbbreviation(t[j].lower))) {
      j += 2;
    } else if (n.lower == "-" && !n.space_before && j + 2 < limit && IsNameWord(t[j + 2]) &&
               !t[j + 2].space_before) {
      j += 2;
    } else {
      break;
    }
  }
  return j;
}

// Capitalised runs of `t[lo, hi)` with leading titles dropped ("President Barack Obama" →
// "Barack Obama"). A one-word run at a sentence start counts only when the word is also written
// capitalised mid-sentence somewhere in the text, or never lower-case ("Officials said" is not a
// name when "officials" occurs elsewhere).
std::vector<NameRun> Runs(const Tokens& t, std::size_t lo, std::size_t hi,
                          const std::unordered_set<std::string>& mid_capitalized,
                          const std::unordered_set<std::string>& lowercase) {
  std::vector<NameRun> out;
  for (std::size_t i = lo; i < hi; ++i) {
    if (!IsNameWord(t[i])) continue;
    const std::size_t end = RunEnd(t, i, hi);
    std::size_t first = i;
    while (first < end && IsTitle(t[first].lower)) ++first;
    while (first < end && !IsNameWord(t[first])) ++first;
    const bool lone_start = first == end && IsSentenceStart(t, first);
    if (!IsTitle(t[first].lower) && (!lone_start || mid_capitalized.count(t[first].lower) ||
                                     !lowercase.count(t[first].lower))) {
      out.push_back({first, end, t[first].begin, t[end].end, SurnameKey(t[end].lower)});
    }
    i = end;
  }
  return out;
}

struct WordCase {
  std::unordered_set<std::string> mid_capitalized;
  std::unordered_set<std::string> lowercase;
};

WordCase CaseOfWords(const Tokens& t) {
  WordCase out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind != TokenKind::kWord) continue;
    if (!t[i].capitalized) out.lowercase.insert(t[i].lower);
    else if (IsNameWord(t[i]) && !IsSentenceStart(t, i)) out.mid_capitalized.insert(t[i].lower);
  }
  return out;
}

std::size_t TokenAt(const Tokens& t, uint32_t byte) {
  return std::lower_bound(t.begin(), t.end(), byte,
                          [](const Token& tok, uint32_t b) { return tok.begin < b; }) -
         t.begin();
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::string SurnameKey(std::string_view w) {
  // Longest endings first; a stem keeps at least three letters (six bytes of Cyrillic).
  static constexpr std::string_view kEndings[] = {"ому", "ого", "ым", "ом", "ой", "ую",
                                                  "а",   "у",   "е",  "ы",  "ю",  "я"};
  for (std::string_view e : kEndings) {
    if (EndsWith(w, e) && w.size() - e.size() >= 6) return std::string(w.substr(0, w.size() - e.size()));
  }
  return std::string(w);
}

void ResolveSpeakers(std::string_view text, const Tokens& tokens,
                     std::vector<Attribution>& attributions) {
  const WordCase cases = CaseOfWords(tokens);
  const std::vector<NameRun> all_runs =
      Runs(tokens, 0, tokens.size(), cases.mid_capitalized, cases.lowercase);
  std::unordered_map<std::string, const NameRun*> fullest;  // surname key → longest run so far
  std::size_t next_run = 0;
  const NameRun* last_multiword = nullptr;
  std::string last_speaker;
  uint32_t last_speaker_at = 0;
  auto name_of = [&](const NameRun& r) { return std::string(text.substr(r.begin, r.end - r.begin)); };
  for (Attribution& a : attributions) {
    while (next_run < all_runs.size() && all_runs[next_run].end <= a.cue.begin) {
      const NameRun& r = all_runs[next_run++];
      const NameRun*& best = fullest[r.key];
      if (!best || r.last - r.first > best->last - best->first) best = &r;
      if (r.last > r.first) last_multiword = &r;
    }
    if (a.source.empty()) continue;
    const std::size_t sb = TokenAt(tokens, a.source.begin);
    const std::size_t se = TokenAt(tokens, a.source.end);
    if (se == sb + 1 && IsPersonPronoun(tokens[sb].lower)) {
      if (!last_speaker.empty() && a.cue.begin - last_speaker_at <= kPronounReachBytes) {
        a.speaker = last_speaker;
      } else if (last_multiword) {
        a.speaker = name_of(*last_multiword);
      }
    } else {
      const std::vector<NameRun> own = Runs(tokens, sb, se, cases.mid_capitalized, cases.lowercase);
      if (own.empty()) continue;
      // "Государственный секретарь … Барри Лоуенкрон": a lone capitalised word at the sentence
      // start gives way to a full name later in the source.
      const NameRun* pick = &own.front();
      if (pick->first == pick->last && IsSentenceStart(tokens, pick->first)) {
        for (const NameRun& later : own) {
          if (later.last > later.first) {
            pick = &later;
            break;
          }
        }
      }
      const NameRun& r = *pick;
      auto it = fullest.find(r.key);
      const bool expand = it != fullest.end() && it->second->last - it->second->first > r.last - r.first;
      a.speaker = name_of(expand ? *it->second : r);
    }
    if (!a.speaker.empty()) {
      last_speaker = a.speaker;
      last_speaker_at = a.cue.begin;
    }
  }
}

}  // namespace storyline::quotes
