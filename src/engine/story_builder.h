// Turns the clusterer's groups into Stories: title, language, category, score.
// (The digest issue will move headline choice into a digest stage.)
#pragma once

#include <vector>

#include "base/cancel.h"
#include "base/progress.h"
#include "cluster/story_assigner.h"
#include "digest/timeline.h"
#include "engine/pipeline.h"
#include "storyline/story.h"
#include "text/lemmatizer.h"
#include "text/name_key.h"

namespace storyline {

// Each member offers its title, or when it has none its lead (first sentence, cut near 120
// characters); the offer sharing the most words with the other members' offers wins (ties: a
// title over a lead, then the earliest member). One unrepresentative headline among
// headline-less reports no longer names the story.
std::string ChooseStoryTitle(const std::vector<std::size_t>& members,
                             const std::vector<AnalyzedArticle>& articles);

// The story's dated events (digest/timeline.h), article indices mapped to `articles`' indices.
// An article's reference date is the day of `published_local` as the source wrote it, else the
// UTC day of `published`.
std::vector<TimelineEvent> BuildStoryTimeline(const std::vector<std::size_t>& members,
                                              const std::vector<AnalyzedArticle>& articles,
                                              const TimelineOptions& options = {});

// The story's entities (digest/entities.h), article indices mapped to `articles`' indices.
// `keyer` is the calling thread's; with `ru_lemmas`, Russian names are shown in the nominative.
std::vector<StoryEntity> BuildStoryEntities(const std::vector<std::size_t>& members,
                                            const std::vector<AnalyzedArticle>& articles,
                                            NameKeyer& keyer, const Lemmatizer* ru_lemmas = nullptr);

// The story's summary (digest/summary.h), article indices mapped to `articles`' indices.
std::vector<SummaryLine> BuildStorySummary(const std::vector<std::size_t>& members,
                                          const std::vector<AnalyzedArticle>& articles);

// The facts the story's articles give differently (digest/conflicts.h), article indices mapped
// to `articles`' indices; empty for a one-article story.
std::vector<StoryConflict> BuildStoryConflicts(const std::vector<std::size_t>& members,
                                              const std::vector<AnalyzedArticle>& articles);

// The story's quotes (digest/story_quotes.h), article indices mapped to `articles`' indices.
std::vector<Quote> BuildStoryQuoteList(const std::vector<std::size_t>& members,
                                       const std::vector<AnalyzedArticle>& articles,
                                       NameKeyer& keyer);

// Builds stories from groups, with their digests (title, summary, timeline, entities, quotes,
// conflicts) and scores; "now" for the age decay is the latest publication time in the batch.
// Sorted by score, best first; ties by id. `progress` (may be null) advances once per story;
// when `cancel` (may be null) fires, the stories built so far are returned.
std::vector<Story> BuildStories(const std::vector<StoryGroup>& groups,
                                const std::vector<AnalyzedArticle>& articles,
                                Progress* progress = nullptr, const CancelToken* cancel = nullptr);

}  // namespace storyline
