#include "engine/story_builder.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_set>

#include "base/time_util.h"
#include "digest/conflicts.h"
#include "digest/entities.h"
#include "digest/story_quotes.h"
#include "digest/summary.h"
#include "digest/timeline.h"
#include "rank/story_score.h"

namespace storyline {
namespace {

std::set<std::string> TitleStems(const AnalyzedText& title) {
  std::set<std::string> stems;
  for (const Token& t : title.tokens) {
    if (!t.is_stop) stems.insert(t.stem);
  }
  return stems;
}

// The stems of the text's first sentence (the one LeadAsTitle shows): what an article without
// a headline offers as one. Body tokens carry their offsets in the text; stop words may have
// been dropped from them already, so the sentence is found in the text, not by its tokens.
std::set<std::string> LeadStems(const AnalyzedArticle& a) {
  std::set<std::string> stems;
  const std::vector<std::pair<std::size_t, std::size_t>> sentences = SplitSentences(a.article.text);
  if (sentences.empty()) return stems;
  for (const Token& t : a.body.tokens) {
    if (t.begin >= sentences[0].second) break;
    if (!t.is_stop) stems.insert(t.stem);
  }
  return stems;
}

double Overlap(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0.0;
  std::size_t shared = 0;
  for (const auto& s : a) shared += b.count(s);
  return static_cast<double>(shared) / static_cast<double>(std::min(a.size(), b.size()));
}

// True when the period ending `sentence` closes it rather than an abbreviation ("2010 г.",
// "U.S."): the sentence splitter would end a sentence there if another one followed.
bool FinalPeriodEndsSentence(std::string_view sentence) {
  if (sentence.size() < 2 || sentence.back() != '.' || sentence[sentence.size() - 2] == '.') {
    return false;  // no period, or an ellipsis
  }
  const std::size_t space = sentence.find_last_of(" \t");
  const std::string last_word(sentence.substr(space == std::string_view::npos ? 0 : space + 1));
  return SplitSentences(last_word + " Next").size() > 1;
}

// The first sentence of the text (digest/timeline.h's splitter: "06.00", "0.5" and "2010 г."
// do not end it), without its closing period, cut at a word boundary near 120 characters
// (code points, so a Cyrillic headline is as long as a Latin one).
std::string LeadAsTitle(const std::string& text) {
  constexpr std::size_t kMaxChars = 120;
  const std::vector<std::pair<std::size_t, std::size_t>> sentences = SplitSentences(text);
  if (sentences.empty()) return "";
  std::string lead = text.substr(sentences[0].first, sentences[0].second - sentences[0].first);
  if (FinalPeriodEndsSentence(lead)) lead.pop_back();
  const bool has_word = std::any_of(lead.begin(), lead.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0x80) != 0 || std::isalnum(static_cast<unsigned char>(c));
  });
  if (!has_word) return "";  // "…", "* * *": no title rather than punctuation
  std::size_t limit = 0, chars = 0;  // byte offset of the kMaxChars-th code point
  while (limit < lead.size() && chars < kMaxChars) {
    ++limit;
    while (limit < lead.size() && (static_cast<unsigned char>(lead[limit]) & 0xC0) == 0x80) ++limit;
    ++chars;
  }
  if (limit < lead.size()) {
    std::size_t cut = lead.rfind(' ', limit);
    lead = lead.substr(0, cut == std::string::npos || cut == 0 ? limit : cut) + "…";
  }
  return lead;
}

template <class F>
std::string Majority(const std::vector<std::size_t>& members, F field) {
  std::map<std::string, std::size_t> counts;
  for (std::size_t m : members) ++counts[field(m)];
  std::string best;
  std::size_t best_n = 0;
  for (const auto& [value, n] : counts) {
    if (n > best_n) best = value, best_n = n;
  }
  return best;
}

// The source's own calendar day when it gave one: a story dated 23:30 local is that day's news.
std::optional<CivilDate> ReferenceDate(const Article& a) {
  if (!a.published) return std::nullopt;
  if (a.published_local.size() >= 10) {
    if (auto local = ParseCivilDate(std::string_view(a.published_local).substr(0, 10))) return local;
  }
  return ParseCivilDate(FormatIso8601(*a.published).substr(0, 10));
}

}  // namespace

std::vector<TimelineEvent> BuildStoryTimeline(const std::vector<std::size_t>& members,
                                              const std::vector<AnalyzedArticle>& articles,
                                              const TimelineOptions& options) {
  std::vector<TimelineArticle> inputs;
  inputs.reserve(members.size());
  for (std::size_t m : members) {
    const Article& a = articles[m].article;
    inputs.push_back({a.text, a.lang, ReferenceDate(a)});
  }
  std::vector<TimelineEvent> timeline = BuildTimeline(inputs, options);
  for (TimelineEvent& e : timeline) {
    for (std::size_t& i : e.articles) i = members[i];
  }
  return timeline;
}

std::vector<StoryEntity> BuildStoryEntities(const std::vector<std::size_t>& members,
                                            const std::vector<AnalyzedArticle>& articles,
                                            NameKeyer& keyer, const Lemmatizer* ru_lemmas) {
  std::vector<EntityArticle> inputs;
  inputs.reserve(members.size());
  for (std::size_t m : members) {
    const AnalyzedArticle& a = articles[m];
    inputs.push_back({a.article.text, a.article.lang, a.entities});
  }
  std::vector<StoryEntity> entities = BuildEntities(inputs, keyer, {}, ru_lemmas);
  for (StoryEntity& e : entities) {
    for (std::size_t& i : e.articles) i = members[i];
    std::sort(e.articles.begin(), e.articles.end());
  }
  return entities;
}

std::vector<SummaryLine> BuildStorySummary(const std::vector<std::size_t>& members,
                                          const std::vector<AnalyzedArticle>& articles) {
  std::vector<SummaryArticle> inputs;
  inputs.reserve(members.size());
  for (std::size_t m : members) {
    const Article& a = articles[m].article;
    inputs.push_back({a.title, a.text, a.published});
  }
  std::vector<SummaryLine> summary;
  for (SummarySentence& s : SummarizeStory(inputs)) {
    for (std::size_t& i : s.articles) i = members[i];
    summary.push_back({std::move(s.text), std::move(s.articles)});
  }
  return summary;
}

std::vector<StoryConflict> BuildStoryConflicts(const std::vector<std::size_t>& members,
                                              const std::vector<AnalyzedArticle>& articles) {
  if (members.size() < 2) return {};
  std::vector<std::string_view> texts;
  texts.reserve(members.size());
  for (std::size_t m : members) texts.push_back(articles[m].article.text);
  std::vector<StoryConflict> out;
  for (Conflict& c : FindConflicts(texts)) {
    StoryConflict sc{std::move(c.about), {}};
    for (ConflictValue& v : c.values) {
      for (std::size_t& i : v.articles) i = members[i];
      sc.values.push_back({std::move(v.value), std::move(v.articles)});
    }
    out.push_back(std::move(sc));
  }
  return out;
}

std::vector<Quote> BuildStoryQuoteList(const std::vector<std::size_t>& members,
                                       const std::vector<AnalyzedArticle>& articles,
                                       NameKeyer& keyer) {
  std::vector<QuoteArticle> inputs;
  inputs.reserve(members.size());
  for (std::size_t m : members) inputs.push_back({articles[m].article.text, articles[m].article.lang});
  std::vector<Quote> quotes = BuildStoryQuotes(inputs, keyer);
  for (Quote& q : quotes) {
    for (std::size_t& i : q.articles) i = members[i];
    std::sort(q.articles.begin(), q.articles.end());
  }
  return quotes;
}

std::string ChooseStoryTitle(const std::vector<std::size_t>& members,
                             const std::vector<AnalyzedArticle>& articles) {
  // Each member offers its headline, or without one its lead sentence; the offer sharing the
  // most with the others' offers wins. Ties: a headline over a lead, then the earliest member.
  std::vector<std::set<std::string>> stems;
  std::vector<bool> has_title;
  for (std::size_t m : members) {
    has_title.push_back(!articles[m].article.title.empty());
    stems.push_back(has_title.back() ? TitleStems(articles[m].title) : LeadStems(articles[m]));
  }
  double best_score = -1.0;
  std::size_t best = members.size();
  for (std::size_t i = 0; i < members.size(); ++i) {
    double score = 0.0;
    for (std::size_t j = 0; j < members.size(); ++j) {
      if (j != i) score += Overlap(stems[i], stems[j]);
    }
    const bool better = best == members.size() || score > best_score + 1e-9 ||
                        (score > best_score - 1e-9 && has_title[i] && !has_title[best]);
    if (better) best_score = score, best = i;
  }
  if (best == members.size()) return "";
  const Article& chosen = articles[members[best]].article;
  return has_title[best] ? chosen.title : LeadAsTitle(chosen.text);
}

std::vector<Story> BuildStories(const std::vector<StoryGroup>& groups,
                                const std::vector<AnalyzedArticle>& articles, Progress* progress,
                                const CancelToken* cancel) {
  std::vector<int64_t> times;
  for (const auto& a : articles) {
    if (a.article.published) times.push_back(*a.article.published);
  }
  std::sort(times.begin(), times.end());
  const bool have_now = !times.empty();
  const int64_t now = have_now ? times.back() : 0;
  // A story with no dated article is ranked as if it were of the batch's median age: without
  // this it would never decay and would outrank every dated story.
  const int64_t median = have_now ? times[times.size() / 2] : 0;
  std::vector<Story> stories;
  NameKeyer keyer;  // one for the whole batch: its transliterators and key cache are reused
  stories.reserve(groups.size());
  if (progress) progress->Start("building story digests", groups.size(), "stories");
  for (const StoryGroup& g : groups) {
    if (cancel != nullptr && cancel->cancelled()) break;
    if (progress) progress->Advance();
    Story s;
    s.id = g.id;
    s.members = g.members;
    s.title = ChooseStoryTitle(g.members, articles);
    s.lang = Majority(g.members, [&](std::size_t m) { return articles[m].article.lang; });
    s.category = Majority(g.members, [&](std::size_t m) { return articles[m].category; });
    s.timeline = BuildStoryTimeline(g.members, articles);
    s.summary = BuildStorySummary(g.members, articles);
    s.conflicts = BuildStoryConflicts(g.members, articles);
    const bool russian = std::any_of(g.members.begin(), g.members.end(),
                                     [&](std::size_t m) { return articles[m].article.lang == "ru"; });
    // Loaded on the first Russian story (~0.2 s), then kept for the process.
    const Lemmatizer* ru_lemmas = russian ? Lemmatizer::Shared("ru") : nullptr;
    s.entities = BuildStoryEntities(g.members, articles, keyer, ru_lemmas);
    s.quotes = BuildStoryQuoteList(g.members, articles, keyer);
    NameSpeakersAsEntities(s.quotes, s.entities);
    StoryStats stats;
    stats.article_count = g.members.size();
    std::unordered_set<std::string> sources;
    for (std::size_t m : g.members) {
      const Article& a = articles[m].article;
      sources.insert(a.source.empty() ? a.id : a.source);
      if (!a.published) continue;
      if (!stats.first_time || *a.published < *stats.first_time) stats.first_time = a.published;
      if (!stats.last_time || *a.published > *stats.last_time) stats.last_time = a.published;
    }
    stats.distinct_sources = sources.size();
    if (have_now && !stats.first_time) stats.first_time = stats.last_time = median;
    if (have_now) stats.now = now;
    s.score = ScoreStory(stats);
    stories.push_back(std::move(s));
  }
  if (progress) progress->Finish();
  std::sort(stories.begin(), stories.end(), [](const Story& a, const Story& b) {
    return a.score != b.score ? a.score > b.score : a.id < b.id;
  });
  return stories;
}

}  // namespace storyline
