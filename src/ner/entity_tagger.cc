#include "ner/entity_tagger.h"

#include "ner/consistency.h"
#include "ner/features.h"
#include "ner/ner_tokenizer.h"

namespace storyline {
namespace {

// Sentences longer than this are tagged in pieces: decoding cost and memory stay linear even
// for a "sentence" that is a whole scraped page without punctuation.
constexpr std::size_t kMaxSentenceTokens = 200;

// Decodes each sentence, then makes the document's person names consistent.
std::vector<std::vector<int>> DecodeDocument(const NerModel& model,
                                             const std::vector<std::vector<std::string_view>>& sentences) {
  std::vector<std::vector<int>> tags;
  tags.reserve(sentences.size());
  for (const auto& words : sentences) tags.push_back(model.Decode(SentenceFeatures(words, &model.lexicon())));
  HarmonisePersons(sentences, model.labels(), model.lexicon(), &tags);
  return tags;
}

void CollectMentions(const std::vector<NerToken>& toks, const std::vector<int>& tags,
                     const std::vector<std::string>& labels, std::vector<EntityMention>* out) {
  for (std::size_t i = 0; i < tags.size(); ++i) {
    const std::string& l = labels[static_cast<std::size_t>(tags[i])];
    if (l[0] != 'B') continue;
    std::size_t j = i + 1;
    while (j < tags.size() && labels[static_cast<std::size_t>(tags[j])][0] == 'I') ++j;
    EntityMention m;
    m.begin = toks[i].begin;
    m.end = toks[j - 1].end;
    m.type = l.substr(2);
    m.kind = EntityKindOfType(m.type);
    out->push_back(std::move(m));
    i = j - 1;
  }
}

}  // namespace

Result<EntityTagger> EntityTagger::Load(const std::string& path) {
  Result<NerModel> model = NerModel::Load(path);
  if (!model.ok()) return model.status();
  return EntityTagger(std::move(model).value());
}

std::vector<std::string> EntityTagger::TagWords(const std::vector<std::string_view>& words) const {
  std::vector<std::string> out;
  for (int t : model_.Decode(SentenceFeatures(words, &model_.lexicon()))) {
    out.push_back(model_.labels()[static_cast<std::size_t>(t)]);
  }
  return out;
}

std::vector<std::vector<std::string>> EntityTagger::TagDocument(
    const std::vector<std::vector<std::string_view>>& sentences) const {
  std::vector<std::vector<std::string>> out;
  for (const std::vector<int>& tags : DecodeDocument(model_, sentences)) {
    out.emplace_back();
    for (int t : tags) out.back().push_back(model_.labels()[static_cast<std::size_t>(t)]);
  }
  return out;
}

std::vector<EntityMention> EntityTagger::Tag(std::string_view text) const {
  std::vector<NerSentence> pieces;
  for (const NerSentence& s : SplitForNer(text)) {
    for (std::size_t from = 0; from < s.size(); from += kMaxSentenceTokens) {
      pieces.emplace_back(s.begin() + static_cast<std::ptrdiff_t>(from),
                          s.begin() + static_cast<std::ptrdiff_t>(std::min(s.size(), from + kMaxSentenceTokens)));
    }
  }
  std::vector<std::vector<std::string_view>> words(pieces.size());
  for (std::size_t p = 0; p < pieces.size(); ++p) {
    for (const NerToken& t : pieces[p]) words[p].push_back(t.text);
  }
  const std::vector<std::vector<int>> tags = DecodeDocument(model_, words);
  std::vector<EntityMention> out;
  for (std::size_t p = 0; p < pieces.size(); ++p) CollectMentions(pieces[p], tags[p], model_.labels(), &out);
  return out;
}

std::string NerModelPath(const std::string& data_dir, std::string_view lang) {
  return data_dir + "/models/ner-" + std::string(lang) + ".model";
}

Result<EntityTaggers> EntityTaggers::Load(const std::string& data_dir) {
  EntityTaggers taggers;
  for (const char* lang : {"en", "ru"}) {
    Result<EntityTagger> t = EntityTagger::Load(NerModelPath(data_dir, lang));
    if (!t.ok()) return t.status();
    taggers.Add(lang, std::move(t).value());
  }
  return taggers;
}

void EntityTaggers::Add(std::string lang, EntityTagger tagger) {
  by_lang_.emplace_back(std::move(lang), std::make_shared<const EntityTagger>(std::move(tagger)));
}

const EntityTagger* EntityTaggers::For(std::string_view lang) const {
  for (const auto& [l, t] : by_lang_) {
    if (l == lang) return t.get();
  }
  return nullptr;
}

}  // namespace storyline
