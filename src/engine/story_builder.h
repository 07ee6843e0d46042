// Turns the clusterer's groups into Stories: title, language, category, score.
// (The digest issue will move headline choice into a digest stage.)
#pragma once

#include <vector>

#include "cluster/story_assigner.h"
#include "engine/pipeline.h"
#include "storyline/story.h"

namespace storyline {

// The member whose title shares the most words with the other members' titles (ties: the
// earliest); when no member has a title, the start of the earliest article's first sentence.
std::string ChooseStoryTitle(const std::vector<std::size_t>& members,
                             const std::vector<AnalyzedArticle>& articles);

// Builds stories from groups; `now` is the latest publication time in the batch (for decay).
// Sorted by score, best first; ties by id.
std::vector<Story> BuildStories(const std::vector<StoryGroup>& groups,
                                const std::vector<AnalyzedArticle>& articles);

}  // namespace storyline
