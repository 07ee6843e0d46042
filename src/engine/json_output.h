// JSON views of an engine's results: the `storyline cluster` document and the Telegram Data
// Clustering Contest formats. The schema is documented in docs/OUTPUT.md.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "storyline/engine.h"

namespace storyline {

// {"articles":[...], "stories":[...], "summary":{...}}; with `explain`, each article also gets
// "explain": {"decision","similarity","best_candidate","threshold","shared_terms","merged"}.
nlohmann::json ClusterDocument(const Engine& engine, bool explain = false);

// One article as `storyline extract` prints it.
nlohmann::json ArticleJson(const Article& article);

// The contest's outputs. `mode`: languages | news | categories | threads | top.
// Errors: kInvalidArgument for an unknown mode.
Result<nlohmann::json> TgnewsDocument(const Engine& engine, const std::string& mode);

// A readable plain-text listing of stories (for --format text).
std::string ClusterText(const Engine& engine);

// The text listing's "who" line: the first `max` people, organisations and places of
// `entities` (kind "other" — products, events — left out), "Name (role); …".
std::string WhoLine(const std::vector<StoryEntity>& entities, std::size_t max);

// `storyline timeline`: {"timeline":[{"date","text","articles":[ids]}], "summary":{...}} for
// Engine::TopicTimeline(max_dates); the text form is one line per date.
nlohmann::json TimelineDocument(const Engine& engine, std::size_t max_dates);
std::string TimelineText(const Engine& engine, std::size_t max_dates);

}  // namespace storyline
