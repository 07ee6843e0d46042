// The Telegram Data Clustering Contest's batch formats over an engine's results.
#include <algorithm>
#include <filesystem>
#include <map>

#include "engine/json_output.h"

namespace storyline {
namespace {

using nlohmann::json;

const char* const kCategories[] = {"society", "economy",  "technology", "sports",
                                   "entertainment", "science", "other"};

bool ContestLanguage(const std::string& lang) { return lang == "en" || lang == "ru"; }

// The contest refers to articles by bare file name.
std::string FileName(const std::string& id) {
  return std::filesystem::path(id).filename().string();
}

bool InContest(const ArticleRecord& r) { return ContestLanguage(r.article.lang) && r.is_news; }

json LanguagesJson(const std::vector<ArticleRecord>& records) {
  json out = json::array();
  for (const char* lang : {"en", "ru"}) {
    json ids = json::array();
    for (const auto& r : records) {
      if (r.article.lang == lang) ids.push_back(FileName(r.article.id));
    }
    out.push_back({{"lang_code", lang}, {"articles", std::move(ids)}});
  }
  return out;
}

json NewsJson(const std::vector<ArticleRecord>& records) {
  json ids = json::array();
  for (const auto& r : records) {
    if (InContest(r)) ids.push_back(FileName(r.article.id));
  }
  return {{"articles", std::move(ids)}};
}

json CategoriesJson(const std::vector<ArticleRecord>& records) {
  json out = json::array();
  for (const char* cat : kCategories) {
    json ids = json::array();
    for (const auto& r : records) {
      if (InContest(r) && r.category == cat) ids.push_back(FileName(r.article.id));
    }
    out.push_back({{"category", cat}, {"articles", std::move(ids)}});
  }
  return out;
}

// News members of a story, most relevant first: the article that founded the story, then by
// similarity to the story when they joined.
std::vector<std::size_t> RelevantMembers(const Story& s, const std::vector<ArticleRecord>& records) {
  std::vector<std::size_t> members;
  for (std::size_t m : s.members) {
    if (InContest(records[m])) members.push_back(m);
  }
  std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
    const double sa = records[a].story_similarity, sb = records[b].story_similarity;
    if ((sa == 0.0) != (sb == 0.0)) return sa == 0.0;
    return sa > sb;
  });
  return members;
}

json ThreadJson(const Story& s, const std::vector<std::size_t>& members,
                const std::vector<ArticleRecord>& records, bool with_category) {
  json ids = json::array();
  for (std::size_t m : members) ids.push_back(FileName(records[m].article.id));
  json t = {{"title", s.title}};
  if (with_category) t["category"] = s.category;
  t["articles"] = std::move(ids);
  return t;
}

json ThreadsJson(const Engine& engine) {
  json out = json::array();
  for (const Story& s : engine.Stories()) {
    auto members = RelevantMembers(s, engine.articles());
    if (!members.empty()) out.push_back(ThreadJson(s, members, engine.articles(), false));
  }
  return out;
}

// Stories are already sorted by importance.
json TopJson(const Engine& engine) {
  const auto& records = engine.articles();
  json any = json::array();
  std::map<std::string, json> by_category;
  for (const Story& s : engine.Stories()) {
    auto members = RelevantMembers(s, records);
    if (members.empty()) continue;
    any.push_back(ThreadJson(s, members, records, true));
    auto& list = by_category[s.category];
    if (list.is_null()) list = json::array();
    list.push_back(ThreadJson(s, members, records, false));
  }
  json out = json::array();
  out.push_back({{"category", "any"}, {"threads", std::move(any)}});
  for (const char* cat : kCategories) {
    json threads = by_category.count(cat) ? by_category[cat] : json::array();
    out.push_back({{"category", cat}, {"threads", std::move(threads)}});
  }
  return out;
}

}  // namespace

Result<nlohmann::json> TgnewsDocument(const Engine& engine, const std::string& mode) {
  const auto& records = engine.articles();
  if (mode == "languages") return LanguagesJson(records);
  if (mode == "news") return NewsJson(records);
  if (mode == "categories") return CategoriesJson(records);
  if (mode == "threads") return ThreadsJson(engine);
  if (mode == "top") return TopJson(engine);
  return Status::InvalidArgument("unknown tgnews mode '" + mode +
                                 "' (expected languages, news, categories, threads or top)");
}

}  // namespace storyline
