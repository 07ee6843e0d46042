// EntityTagger: finds named entities (person, organization, place, other) in text with a trained
// NerModel. EntityTaggers holds one tagger per language, loaded from `<data_dir>/models/`.
//
// Contract: Tag() returns mentions in text order, non-overlapping, each a byte span of the text
// that starts and ends on a token boundary; a text of any size or content (invalid UTF-8
// included) is accepted. Thread safety: const methods may be called from many threads at once.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ner/entity_kind.h"
#include "ner/ner_model.h"
#include "storyline/status.h"

namespace storyline {

struct EntityMention {
  uint32_t begin = 0;  // byte offsets in the tagged text
  uint32_t end = 0;
  EntityKind kind = EntityKind::kOther;
  std::string type;  // the model's own type ("PER", "LOCORG", "MISC")
};

class EntityTagger {
 public:
  explicit EntityTagger(NerModel model) : model_(std::move(model)) {}
  // Errors: as NerModel::Load.
  static Result<EntityTagger> Load(const std::string& path);

  const NerModel& model() const { return model_; }
  // One BIO label per word (the words of one sentence).
  std::vector<std::string> TagWords(const std::vector<std::string_view>& words) const;
  // The sentences of one document: TagWords of each, then person names made consistent
  // across the document (ner/consistency.h).
  std::vector<std::vector<std::string>> TagDocument(
      const std::vector<std::vector<std::string_view>>& sentences) const;
  // A whole text as one document.
  std::vector<EntityMention> Tag(std::string_view text) const;

 private:
  NerModel model_;
};

// Model file of a language: "<data_dir>/models/ner-<lang>.model".
std::string NerModelPath(const std::string& data_dir, std::string_view lang);

class EntityTaggers {
 public:
  // Loads the English and Russian models. Errors: kNotFound / kInvalidArgument naming the file.
  static Result<EntityTaggers> Load(const std::string& data_dir);
  void Add(std::string lang, EntityTagger tagger);
  // The tagger of a language, or null when there is none (no entities are found then).
  const EntityTagger* For(std::string_view lang) const;

 private:
  std::vector<std::pair<std::string, std::shared_ptr<const EntityTagger>>> by_lang_;
};

}  // namespace storyline
