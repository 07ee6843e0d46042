// storyline_entities_tool: runs the story-entity merging on given mentions (for
// eval/entities_eval.py, which measures merging apart from tagging).
//
// stdin: one mention a line, "doc<TAB>lang<TAB>kind<TAB>text" (kind: person, organization, place,
// other); the documents of one run are one story. stdout: one line per input line, the entity
// number of the mention, or -1 when it was skipped.
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "digest/entities.h"

namespace {

storyline::EntityKind KindOf(const std::string& s) {
  if (s == "person") return storyline::EntityKind::kPerson;
  if (s == "organization") return storyline::EntityKind::kOrganization;
  if (s == "place") return storyline::EntityKind::kPlace;
  return storyline::EntityKind::kOther;
}

}  // namespace

int main() {
  struct Doc {
    std::string lang, text;
    std::vector<storyline::EntityMention> mentions;
  };
  std::map<std::string, std::size_t> doc_index;
  std::vector<Doc> docs;
  std::vector<std::pair<std::size_t, std::size_t>> lines;  // (doc, mention)
  for (std::string line; std::getline(std::cin, line);) {
    std::vector<std::string> f;
    for (std::size_t i = 0, j; f.size() < 3 && (j = line.find('\t', i)) != std::string::npos; i = j + 1) {
      f.push_back(line.substr(i, j - i));
      if (f.size() == 3) f.push_back(line.substr(j + 1));
    }
    if (f.size() != 4) {
      std::cerr << "storyline_entities_tool: want doc, lang, kind, text: " << line << "\n";
      return 2;
    }
    auto [it, added] = doc_index.emplace(f[0], docs.size());
    if (added) docs.push_back({f[1], "", {}});
    Doc& d = docs[it->second];
    // Mentions are laid out as separate sentences of a synthetic text, so no role is found.
    const auto begin = static_cast<uint32_t>(d.text.size());
    d.text += f[3];
    d.mentions.push_back({begin, static_cast<uint32_t>(d.text.size()), KindOf(f[2]), ""});
    d.text += ".\n";
    lines.emplace_back(it->second, d.mentions.size() - 1);
  }
  std::vector<storyline::EntityArticle> articles;
  for (const Doc& d : docs) articles.push_back({d.text, d.lang, d.mentions});
  storyline::NameKeyer keyer;
  // As the engine does: Russian names keyed and shown by their dictionary forms when Debian's
  // hunspell-ru is installed.
  const storyline::EntityClusters c =
      storyline::ClusterEntities(articles, keyer, {}, storyline::Lemmatizer::Shared("ru"));
  for (const auto& [doc, m] : lines) std::cout << c.mention_entity[doc][m] << "\n";
  return 0;
}
