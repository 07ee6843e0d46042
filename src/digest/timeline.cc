#include "digest/timeline.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

#include "base/time_util.h"

namespace storyline {
namespace {

using Span = std::pair<std::size_t, std::size_t>;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
bool IsWordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

// Words after which a period rarely ends a sentence.
bool IsAbbreviation(std::string_view word) {
  static const std::set<std::string, std::less<>> kAbbreviations = {
      "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "sgt",
      "capt", "prof", "inc", "corp", "ltd", "co", "vs", "etc", "jan", "feb", "mar", "apr",
      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "гг", "тыс", "млн", "млрд", "ул",
      "др", "им", "руб", "проф", "акад"};
  std::size_t code_points = 0;
  for (char c : word) code_points += IsContinuation(c) ? 0 : 1;
  return code_points == 1 || kAbbreviations.count(LowerAscii(word)) > 0;
}

// Length of a closing quote or bracket at `i` (ASCII or », ”, ’), 0 if none.
std::size_t ClosingAt(std::string_view t, std::size_t i) {
  if (t[i] == '"' || t[i] == '\'' || t[i] == ')' || t[i] == ']') return 1;
  if (t.substr(i, 2) == "\xC2\xBB") return 2;
  if (t.substr(i, 3) == "\xE2\x80\x9D" || t.substr(i, 3) == "\xE2\x80\x99") return 3;
  return 0;
}

// Where the sentence ends if the punctuation at `i` closes one, else npos.
std::size_t SentenceEndAfter(std::string_view t, std::size_t i) {
  std::size_t j = i + 1;
  while (j < t.size()) {
    const std::size_t n = ClosingAt(t, j);
    if (n == 0) break;
    j += n;
  }
  if (j < t.size() && !IsSpace(t[j])) return std::string_view::npos;
  if (t[i] != '.') return j;
  std::size_t k = i;
  while (k > 0 && IsWordByte(t[k - 1])) --k;
  if (k < i && IsAbbreviation(t.substr(k, i - k))) return std::string_view::npos;
  std::size_t next = j;
  while (next < t.size() && IsSpace(t[next]) && t[next] != '\n') ++next;
  if (next < t.size() && t[next] >= 'a' && t[next] <= 'z') return std::string_view::npos;
  return j;
}

void AddTrimmed(std::string_view t, std::size_t begin, std::size_t end, std::vector<Span>& out) {
  while (begin < end && IsSpace(t[begin])) ++begin;
  while (end > begin && IsSpace(t[end - 1])) --end;
  if (begin < end) out.emplace_back(begin, end);
}

std::optional<int64_t> FullDayOf(const Timex& t) {
  if (t.type != "DATE" || t.value.size() != 10) return std::nullopt;
  const std::optional<CivilDate> d = ParseCivilDate(t.value);
  if (!d) return std::nullopt;
  return DaysFromCivil(d->year, static_cast<unsigned>(d->month), static_cast<unsigned>(d->day));
}

int64_t DayOf(const CivilDate& d) {
  return DaysFromCivil(d.year, static_cast<unsigned>(d.month), static_cast<unsigned>(d.day));
}

std::string FormatDay(int64_t day) { return FormatIso8601(day * 86400).substr(0, 10); }

struct Mention {
  std::size_t article = 0;
  Span sentence;
};

struct DateMentions {
  std::vector<Mention> mentions;      // article order, then text order
  std::vector<std::size_t> articles;  // distinct, ascending
};

using DateTable = std::map<int64_t, DateMentions>;

void AddMention(DateTable& table, int64_t day, const Mention& m) {
  DateMentions& d = table[day];
  for (auto it = d.mentions.rbegin(); it != d.mentions.rend() && it->article == m.article; ++it) {
    if (it->sentence == m.sentence) return;  // an article counts a sentence once
  }
  d.mentions.push_back(m);
  if (d.articles.empty() || d.articles.back() != m.article) d.articles.push_back(m.article);
}

// The sentence holding byte `offset`, or nullopt when it falls between sentences.
std::optional<Span> SentenceAt(const std::vector<Span>& sentences, std::size_t offset) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](std::size_t o, const Span& s) { return o < s.first; });
  if (it == sentences.begin()) return std::nullopt;
  --it;
  return offset < it->second ? std::optional<Span>(*it) : std::nullopt;
}

void CollectArticle(const std::vector<TimelineArticle>& articles, std::size_t i,
                    std::pair<int64_t, int64_t> window, DateTable& table) {
  const TimelineArticle& a = articles[i];
  const std::vector<Span> sentences = SplitSentences(a.text);
  bool mentioned = false;
  struct Dated {
    int64_t day;
    Span sentence;
    bool written_out;  // "June 1st", "1 июня", "2009-06-01"; not "today" or "on Thursday"
  };
  std::vector<Dated> dated;
  for (const Timex& t : TagTimex(a.text, a.lang, a.published)) {
    const std::optional<int64_t> day = FullDayOf(t);
    if (!day || *day < window.first || *day > window.second) continue;
    const std::optional<Span> sentence = SentenceAt(sentences, t.begin);
    if (!sentence) continue;
    const bool written_out = std::any_of(t.text.begin(), t.text.end(),
                                         [](char c) { return c >= '0' && c <= '9'; });
    dated.push_back({*day, *sentence, written_out});
  }
  // Timexes come in text order, so one sentence's are adjacent: [run, end) is one sentence.
  for (std::size_t run = 0, end = 0; run < dated.size(); run = end) {
    while (end < dated.size() && dated[end].sentence == dated[run].sentence) ++end;
    // "At a press conference on June 1st, … earlier today": a sentence that writes its date
    // out is about that day; its "today" was resolved against a later publication date. A
    // "today" is dropped when the sentence writes out a day other than its own.
    std::optional<int64_t> written_day;
    bool several_written = false;
    for (std::size_t k = run; k < end; ++k) {
      if (!dated[k].written_out) continue;
      if (written_day && *written_day != dated[k].day) several_written = true;
      written_day = dated[k].day;
    }
    for (std::size_t k = run; k < end; ++k) {
      const bool overridden = !dated[k].written_out && written_day &&
                              (several_written || *written_day != dated[k].day);
      if (overridden) continue;
      AddMention(table, dated[k].day, {i, dated[k].sentence});
      mentioned = true;
    }
  }
  if (!mentioned && !sentences.empty()) AddMention(table, DayOf(*a.published), {i, sentences[0]});
}

std::vector<std::string> WordsOf(std::string_view s) {
  std::vector<std::string> words;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !IsWordByte(s[i])) ++i;
    std::size_t j = i;
    while (j < s.size() && IsWordByte(s[j])) ++j;
    if (j - i >= 3) words.push_back(LowerAscii(s.substr(i, j - i)));
    i = j;
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// The mention whose words the other mentions share most (a centroid without vectors); the
// first few dozen only, which bounds the cost on dates every article repeats.
const Mention& Representative(const std::vector<TimelineArticle>& articles,
                              const DateMentions& d) {
  constexpr std::size_t kMaxCandidates = 40;
  const std::size_t n = std::min(d.mentions.size(), kMaxCandidates);
  std::vector<std::vector<std::string>> words(n);
  std::unordered_map<std::string, int> df;
  for (std::size_t k = 0; k < n; ++k) {
    const Mention& m = d.mentions[k];
    const std::string_view text = articles[m.article].text;
    words[k] = WordsOf(text.substr(m.sentence.first, m.sentence.second - m.sentence.first));
    for (const std::string& w : words[k]) ++df[w];
  }
  std::size_t best = 0;
  double best_score = -1.0;
  for (std::size_t k = 0; k < n; ++k) {
    double shared = 0.0;
    for (const std::string& w : words[k]) shared += df[w] - 1;
    const double score = shared / std::sqrt(static_cast<double>(words[k].size()) + 1.0);
    if (score > best_score) best_score = score, best = k;
  }
  return d.mentions[best];
}

std::optional<std::pair<int64_t, int64_t>> DatedSpan(const std::vector<TimelineArticle>& articles) {
  std::optional<std::pair<int64_t, int64_t>> span;
  for (const TimelineArticle& a : articles) {
    if (!a.published) continue;
    const int64_t day = DayOf(*a.published);
    if (!span) span = std::pair{day, day};
    span->first = std::min(span->first, day);
    span->second = std::max(span->second, day);
  }
  return span;
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text) {
  std::vector<Span> out;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t end = std::string_view::npos;
    if (text[i] == '\n') end = i;
    else if (text[i] == '.' || text[i] == '!' || text[i] == '?') end = SentenceEndAfter(text, i);
    if (end == std::string_view::npos) continue;
    AddTrimmed(text, begin, end, out);
    begin = end;
    i = std::max(i, end == 0 ? 0 : end - 1);
  }
  AddTrimmed(text, begin, text.size(), out);
  return out;
}

std::vector<TimelineEvent> BuildTimeline(const std::vector<TimelineArticle>& articles,
                                         const TimelineOptions& options) {
  const auto span = DatedSpan(articles);
  if (!span) return {};
  const std::pair<int64_t, int64_t> window{span->first - options.background_days,
                                           span->second + options.background_days};
  DateTable table;
  for (std::size_t i = 0; i < articles.size(); ++i) {
    if (articles[i].published) CollectArticle(articles, i, window, table);
  }
  std::vector<DateTable::const_iterator> ranked;
  for (auto it = table.cbegin(); it != table.cend(); ++it) ranked.push_back(it);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    if (a->second.articles.size() != b->second.articles.size()) {
      return a->second.articles.size() > b->second.articles.size();
    }
    return a->second.mentions.size() > b->second.mentions.size();
  });  // stable: ties stay in date order, the earlier date first
  if (ranked.size() > options.max_dates) ranked.resize(options.max_dates);
  std::sort(ranked.begin(), ranked.end(),
            [](const auto& a, const auto& b) { return a->first < b->first; });
  std::vector<TimelineEvent> timeline;
  for (const auto& it : ranked) {
    const Mention& m = Representative(articles, it->second);
    const std::string_view text = articles[m.article].text;
    timeline.push_back({FormatDay(it->first),
                        CleanSentence(text.substr(m.sentence.first,
                                                  m.sentence.second - m.sentence.first),
                                      options.max_text_bytes),
                        it->second.articles});
  }
  return timeline;
}

std::string CleanSentence(std::string_view s, std::size_t max_bytes) {
  std::string out;
  for (char c : s) {
    if (!IsSpace(c)) out += c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  if (out.size() <= max_bytes) return out;
  std::size_t cut = out.rfind(' ', max_bytes);
  if (cut == std::string::npos || cut == 0) {
    cut = max_bytes;
    while (cut > 0 && IsContinuation(out[cut])) --cut;
  }
  return out.substr(0, cut) + "…";
}

}  // namespace storyline
