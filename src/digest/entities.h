// Story entities: the named entities of a story's articles (found by ner/EntityTagger) merged
// into one list, with aliases, kind, role and the articles each appears in.
//
// Contract:
// - Mentions are cleaned (a leading "the", a trailing "'s", surrounding quotes dropped) and
//   skipped when they have no upper-case letter or more than 8 words.
// - Each word gets a script-independent key (text/name_key.h: "Лавров", "Lavrov" and "Лаврова"
//   share one; words under 4 letters are keyed by their lower-case form).
// - Names with the same key sequence are one name whatever the tagger called them (the kind is
//   the majority). Longer names are placed first; a shorter name joins an entity of its kind when
//   - person: its last key is the entity's last key and its first word, if it has two or more,
//     matches the entity's first word by key or initial ("Lavrov", "S. Lavrov", "Sergey Lavrov"
//     → "Sergei Lavrov");
//   - other kinds: its keys are a prefix of the entity's ("Lockheed" → "Lockheed Martin") or it
//     is the entity's acronym ("EADS" → "European Aeronautic Defence and Space").
//   When several entities fit, the most mentioned wins.
// - name: the most frequent spelling among the entity's longest names (ties: the shorter, then
//   the first seen); aliases: the other spellings, most frequent first, case-insensitively
//   distinct, at most `max_aliases`.
// - role (persons): a run of role words right before a mention ("Deputy Foreign Minister Sergei
//   Ryabkov", "заместитель министра иностранных дел России Сергей Рябков") or an apposition
//   right after it ("Ryabkov, the deputy foreign minister,"); the most frequent one.
// - Order: articles mentioning it, then mentions, then name; at most `max_entities`.
// Thread safety: not thread safe only through `keyer` (one NameKeyer per thread).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "ner/entity_tagger.h"
#include "storyline/story.h"
#include "text/lemmatizer.h"
#include "text/name_key.h"

namespace storyline {

struct EntityArticle {
  std::string_view text;                  // the text the mentions point into
  std::string_view lang;                  // "en", "ru", ...
  std::vector<EntityMention> mentions;    // from EntityTagger::Tag(text)
};

struct EntityOptions {
  std::size_t max_entities = 15;  // entities kept per story, the most important
  std::size_t max_aliases = 6;    // aliases kept per entity
};

struct EntityClusters {
  std::vector<StoryEntity> entities;           // every entity, in no particular order
  // mention_entity[a][m]: the entity of mention m of article a (index into `entities`), or -1
  // for a skipped mention.
  std::vector<std::vector<int>> mention_entity;
};

// Every entity with its mentions' assignment (for evaluation). `StoryEntity::articles` are
// indices into `articles`.
// With `ru_lemmas`, Russian names are shown in the nominative where their spellings allow
// ("Японии" → "Япония"; see NominativeName in entities.cc); without it, as written most often.
EntityClusters ClusterEntities(const std::vector<EntityArticle>& articles, NameKeyer& keyer,
                               const EntityOptions& options = {},
                               const Lemmatizer* ru_lemmas = nullptr);

// The story's entities, most important first.
std::vector<StoryEntity> BuildEntities(const std::vector<EntityArticle>& articles,
                                       NameKeyer& keyer, const EntityOptions& options = {},
                                       const Lemmatizer* ru_lemmas = nullptr);

}  // namespace storyline
