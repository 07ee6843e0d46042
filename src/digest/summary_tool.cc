// storyline_summary_tool GROUPS.jsonl [NAME=VALUE...]   (NAME: a SummaryOptions field, for tuning)
// Each input line: {"articles":[{"title":..., "text":..., "published": Unix seconds or null}]}.
// Each output line: {"summary":[{"text":..., "articles":[indices]}],
//                    "conflicts":[{"about":..., "values":[{"value":..., "articles":[indices]}]}]}.
// Used by eval/summary_eval.py and eval/conflicts_sample.py on gold story groups; a bad line
// prints {"error":...}.
#include <fstream>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "digest/conflicts.h"
#include "digest/summary.h"

namespace {

nlohmann::json SummarizeLine(const std::string& line, const storyline::SummaryOptions& options) {
  const nlohmann::json in = nlohmann::json::parse(line);
  std::vector<std::string> titles, texts;
  std::vector<storyline::SummaryArticle> articles;
  for (const auto& a : in.at("articles")) {
    titles.push_back(a.contains("title") && a["title"].is_string() ? a["title"].get<std::string>() : "");
    texts.push_back(a.at("text").get<std::string>());
  }
  std::size_t i = 0;
  for (const auto& a : in.at("articles")) {
    std::optional<int64_t> published;
    if (a.contains("published") && a["published"].is_number()) published = a["published"].get<int64_t>();
    articles.push_back({titles[i], texts[i], published});
    ++i;
  }
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : storyline::SummarizeStory(articles, options)) {
    out.push_back({{"text", s.text}, {"articles", s.articles}});
  }
  std::vector<std::string_view> views(texts.begin(), texts.end());
  nlohmann::json conflicts = nlohmann::json::array();
  for (const auto& c : storyline::FindConflicts(views)) {
    nlohmann::json values = nlohmann::json::array();
    for (const auto& v : c.values) values.push_back({{"value", v.value}, {"articles", v.articles}});
    conflicts.push_back({{"about", c.about}, {"values", values}});
  }
  return {{"summary", out}, {"conflicts", conflicts}};
}

}  // namespace

bool SetOption(storyline::SummaryOptions& o, const std::string& kv) {
  const std::size_t eq = kv.find('=');
  if (eq == std::string::npos) return false;
  const std::string name = kv.substr(0, eq);
  const double v = std::stod(kv.substr(eq + 1));
  if (name == "lead_bonus") o.lead_bonus = v;
  else if (name == "title_bonus") o.title_bonus = v;
  else if (name == "redundancy") o.redundancy = v;
  else if (name == "support") o.support = v;
  else if (name == "target_words") o.target_words = static_cast<std::size_t>(v);
  else if (name == "min_words") o.min_words = static_cast<std::size_t>(v);
  else if (name == "max_words") o.max_words = static_cast<std::size_t>(v);
  else return false;
  return true;
}

int main(int argc, char** argv) {
  storyline::SummaryOptions options;
  for (int i = 2; i < argc; ++i) {
    if (!SetOption(options, argv[i])) {
      std::cerr << "storyline_summary_tool: unknown option " << argv[i] << "\n";
      return 2;
    }
  }
  if (argc < 2) {
    std::cerr << "usage: storyline_summary_tool GROUPS.jsonl [NAME=VALUE...]\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "storyline_summary_tool: cannot read " << argv[1] << "\n";
    return 1;
  }
  std::string line;
  while (std::getline(in, line)) {
    try {
      std::cout << SummarizeLine(line, options).dump() << "\n";
    } catch (const std::exception& e) {
      std::cout << nlohmann::json{{"error", e.what()}}.dump() << "\n";
    }
  }
  return 0;
}
