#include "engine/json_output.h"

#include <filesystem>
#include <map>

#include "base/time_util.h"

namespace storyline {
namespace {

constexpr std::size_t kTextEntities = 5;  // entities listed per story in the text format

using nlohmann::json;

json OptionalTime(const std::optional<int64_t>& t) {
  return t ? json(FormatIso8601(*t)) : json(nullptr);
}

json RecordJson(const ArticleRecord& r, const std::vector<ArticleRecord>& all) {
  json j = ArticleJson(r.article);
  j.erase("text");
  j["story"] = r.story;
  j["category"] = r.category;
  j["is_news"] = r.is_news;
  json copies = json::array();
  for (const CopyLink& c : r.copies) {
    json passages = json::array();
    for (const CopiedPassage& p : c.passages) {
      passages.push_back({{"begin", p.begin}, {"end", p.end}, {"other_begin", p.other_begin},
                          {"other_end", p.other_end}});
    }
    copies.push_back({{"of", all[c.of].article.id}, {"exact", c.exact},
                      {"similarity", std::round(c.similarity * 1000) / 1000}, {"chars", c.chars},
                      {"order", c.order}, {"passages", std::move(passages)}});
  }
  j["copies"] = std::move(copies);
  return j;
}

double Round3(double x) { return std::round(x * 1000) / 1000; }

// At most `max_bytes` of UTF-8 text, cut at a character boundary, with "…" when cut.
// At most `max_chars` code points (a Cyrillic line is as long as a Latin one), then "…".
std::string Shorten(const std::string& text, std::size_t max_chars) {
  std::size_t end = 0, chars = 0;
  while (end < text.size() && chars < max_chars) {
    ++end;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    ++chars;
  }
  if (end >= text.size()) return text;
  return text.substr(0, end) + "…";
}

json ExplanationJson(const ArticleRecord& r) {
  const Explanation& e = r.explanation;
  json terms = json::array();
  for (const auto& [term, weight] : e.shared_terms) {
    terms.push_back({{"term", term}, {"weight", Round3(weight)}});
  }
  json out = {{"decision", e.joined ? "joined" : "new story"},
              {"similarity", Round3(r.story_similarity)},
              {"best_candidate", Round3(e.best_candidate)},
              {"threshold", e.threshold},
              {"shared_terms", std::move(terms)},
              {"merged", e.merged}};
  if (e.consolidated_from != 0) {
    out["consolidated"] = {{"from_story", e.consolidated_from},
                           {"similarity", Round3(e.consolidation_similarity)},
                           {"threshold", e.consolidation_threshold}};
  }
  return out;
}

// The ids of articles given by their indices in the engine's list.
json IdsOf(const std::vector<std::size_t>& indices, const std::vector<ArticleRecord>& all) {
  json ids = json::array();
  for (std::size_t m : indices) ids.push_back(all[m].article.id);
  return ids;
}

json TimelineJson(const std::vector<TimelineEvent>& events, const std::vector<ArticleRecord>& all) {
  json timeline = json::array();
  for (const TimelineEvent& e : events) {
    timeline.push_back({{"date", e.date}, {"text", e.text}, {"articles", IdsOf(e.articles, all)}});
  }
  return timeline;
}

json SummaryJson(const Story& s, const std::vector<ArticleRecord>& all) {
  json summary = json::array();
  for (const SummaryLine& line : s.summary) {
    summary.push_back({{"text", line.text}, {"articles", IdsOf(line.articles, all)}});
  }
  return summary;
}

json ConflictsJson(const Story& s, const std::vector<ArticleRecord>& all) {
  json conflicts = json::array();
  for (const StoryConflict& c : s.conflicts) {
    json values = json::array();
    for (const ConflictingValue& v : c.values) {
      values.push_back({{"value", v.value}, {"articles", IdsOf(v.articles, all)}});
    }
    conflicts.push_back({{"about", c.about}, {"values", std::move(values)}});
  }
  return conflicts;
}

json EntitiesJson(const Story& s, const std::vector<ArticleRecord>& all) {
  json entities = json::array();
  for (const StoryEntity& e : s.entities) {
    entities.push_back({{"name", e.name}, {"kind", e.kind}, {"aliases", e.aliases},
                        {"role", e.role.empty() ? json(nullptr) : json(e.role)},
                        {"mentions", e.mentions}, {"articles", IdsOf(e.articles, all)}});
  }
  return entities;
}

json QuotesJson(const Story& s, const std::vector<ArticleRecord>& all) {
  json quotes = json::array();
  for (const Quote& q : s.quotes) {
    quotes.push_back({{"speaker", q.speaker}, {"text", q.text}, {"articles", IdsOf(q.articles, all)}});
  }
  return quotes;
}

// The top few quotes of a story for the text format; the JSON has them all.
std::string QuotesText(const Story& s) {
  constexpr std::size_t kShown = 3;
  std::string out = s.quotes.empty() ? "" : "     quotes:\n";
  for (std::size_t i = 0; i < s.quotes.size() && i < kShown; ++i) {
    const Quote& q = s.quotes[i];
    out += "       " + q.speaker + ": “" + Shorten(q.text, 110) + "”  (" +
           std::to_string(q.articles.size()) + " article" + (q.articles.size() == 1 ? "" : "s") + ")\n";
  }
  return out;
}

json StoryJson(const Story& s, const std::vector<ArticleRecord>& all) {
  json ids = json::array();
  json copies = json::array();  // who took what from whom inside the story, earlier first
  for (std::size_t m : s.members) {
    ids.push_back(all[m].article.id);
    for (const CopyLink& c : all[m].copies) {
      if (all[c.of].story != s.id) continue;
      copies.push_back({{"from", all[c.of].article.id}, {"to", all[m].article.id},
                        {"chars", c.chars}, {"exact", c.exact}, {"order", c.order}});
    }
  }
  return {{"id", s.id}, {"title", s.title}, {"articles", std::move(ids)},
          {"score", std::round(s.score * 10000) / 10000}, {"lang", s.lang},
          {"category", s.category}, {"size", s.members.size()}, {"copies", std::move(copies)},
          {"summary", SummaryJson(s, all)}, {"timeline", TimelineJson(s.timeline, all)},
          {"conflicts", ConflictsJson(s, all)},
          {"entities", EntitiesJson(s, all)},
          {"quotes", QuotesJson(s, all)}};
}

}  // namespace

json ArticleJson(const Article& a) {
  return {{"id", a.id},
          {"title", a.title},
          {"text", a.text},
          {"published", OptionalTime(a.published)},
          {"published_from", DateSourceName(a.published_from)},
          {"published_source", a.published_source},
          {"published_local", a.published_local},
          {"lang", a.lang},
          {"lang_confidence", std::round(static_cast<double>(a.lang_confidence) * 1000) / 1000},
          {"source", a.source},
          {"url", a.url},
          {"author", a.author}};
}

json TimelineDocument(const Engine& engine, std::size_t max_dates) {
  const BatchSummary& sum = engine.summary();
  json summary = {{"files", sum.files}, {"articles", sum.articles}, {"errors", sum.errors},
                  {"seconds", std::round(sum.seconds * 1000) / 1000}};
  return {{"timeline", TimelineJson(engine.TopicTimeline(max_dates), engine.articles())},
          {"summary", std::move(summary)}};
}

std::string TimelineText(const Engine& engine, std::size_t max_dates) {
  std::string out;
  for (const TimelineEvent& e : engine.TopicTimeline(max_dates)) {
    out += e.date + "  " + Shorten(e.text, 140) + "  (" + std::to_string(e.articles.size()) +
           " article" + (e.articles.size() == 1 ? "" : "s") + ")\n";
  }
  return out;
}

json ClusterDocument(const Engine& engine, bool explain) {
  const auto& records = engine.articles();
  json articles = json::array();
  for (const ArticleRecord& r : records) {
    articles.push_back(RecordJson(r, records));
    if (explain) articles.back()["explain"] = ExplanationJson(r);
  }
  json stories = json::array();
  for (const Story& s : engine.Stories()) stories.push_back(StoryJson(s, records));
  const BatchSummary& sum = engine.summary();
  json summary = {{"files", sum.files}, {"articles", sum.articles}, {"errors", sum.errors},
                  {"stories", sum.stories}, {"seconds", std::round(sum.seconds * 1000) / 1000}};
  return {{"articles", std::move(articles)}, {"stories", std::move(stories)},
          {"summary", std::move(summary)}};
}

std::string WhoLine(const std::vector<StoryEntity>& entities, std::size_t max) {
  std::string who;
  std::size_t listed = 0;
  for (const StoryEntity& e : entities) {
    if (listed == max) break;
    if (e.kind == "other") continue;  // products and events stay in the JSON only
    who += (listed++ ? "; " : "") + e.name + (e.role.empty() ? "" : " (" + e.role + ")");
  }
  return who;
}

std::string ClusterText(const Engine& engine) {
  const auto& records = engine.articles();
  std::string out;
  std::size_t rank = 0;
  for (const Story& s : engine.Stories()) {
    out += std::to_string(++rank) + ". " + s.title + "  [" + std::to_string(s.members.size()) +
           " article" + (s.members.size() == 1 ? "" : "s") + ", " + s.lang + ", " + s.category +
           "]\n";
    for (std::size_t m : s.members) {
      const Article& a = records[m].article;
      // "~" marks a date inferred from the story, not the article's own.
      const std::string mark = a.published_from == DateSource::kStory ? "~" : "";
      out += "     - " + a.id + (a.published ? "  " + mark + FormatIso8601(*a.published).substr(0, 10) : "") +
             (a.title.empty() ? "" : "  " + a.title) + "\n";
    }
    if (!s.summary.empty()) out += "     summary:\n";
    for (const SummaryLine& line : s.summary) out += "       " + Shorten(line.text, 130) + "\n";
    for (const StoryConflict& c : s.conflicts) {
      out += "     sources differ: " + c.about + ":";
      for (const ConflictingValue& v : c.values) {
        out += " " + v.value + " (" + std::to_string(v.articles.size()) + ")";
      }
      out += "\n";
    }
    // The few most important entities: a glance at who the story is about.
    const std::string who = WhoLine(s.entities, kTextEntities);
    if (!who.empty()) out += "     who: " + Shorten(who, 200) + "\n";
    if (!s.timeline.empty()) out += "     timeline:\n";
    for (const TimelineEvent& e : s.timeline) {
      out += "       " + e.date + "  " + Shorten(e.text, 110) + "  (" + std::to_string(e.articles.size()) +
             " article" + (e.articles.size() == 1 ? "" : "s") + ")\n";
    }
    out += QuotesText(s);
  }
  return out;
}

}  // namespace storyline
