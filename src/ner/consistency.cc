#include "ner/consistency.h"

#include <algorithm>
#include <unordered_set>

#include "ner/features.h"

namespace storyline {
namespace {

int LabelId(const std::vector<std::string>& labels, std::string_view name) {
  const auto it = std::find(labels.begin(), labels.end(), name);
  return it == labels.end() ? -1 : static_cast<int>(it - labels.begin());
}

bool Inside(const std::vector<std::string>& labels, int tag) {
  return labels[static_cast<std::size_t>(tag)][0] == 'I';
}

// End (exclusive) of the mention that starts at i.
std::size_t MentionEnd(const std::vector<int>& tags, const std::vector<std::string>& labels,
                       std::size_t i) {
  std::size_t j = i + 1;
  while (j < tags.size() && Inside(labels, tags[j])) ++j;
  return j;
}

bool CanBeSurname(const NerLexicon& lex, const std::string& key) {
  const uint16_t c = lex.Find(key);
  if (c & ~(kLexPerson | kLexCommon | kLexProper)) return false;
  return !((c & kLexCommon) && !(c & (kLexProper | kLexPerson)));
}

std::unordered_set<std::string> Surnames(const std::vector<std::vector<std::string_view>>& sentences,
                                         const std::vector<std::vector<int>>& tags,
                                         const std::vector<std::string>& labels, int b_per,
                                         const NerLexicon& lex) {
  std::unordered_set<std::string> out;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    for (std::size_t i = 0; i < tags[s].size(); ++i) {
      if (tags[s][i] != b_per) continue;
      const std::size_t end = MentionEnd(tags[s], labels, i);
      std::string key = FoldWord(NerLower(sentences[s][end - 1]), lex.fold());
      if (end - i >= 2 && CanBeSurname(lex, key)) out.insert(std::move(key));
      i = end - 1;
    }
  }
  return out;
}

bool Capitalised(std::string_view word) { return NerShape(word).rfind('X', 0) == 0; }

}  // namespace

void HarmonisePersons(const std::vector<std::vector<std::string_view>>& sentences,
                      const std::vector<std::string>& labels, const NerLexicon& lexicon,
                      std::vector<std::vector<int>>* tags) {
  const int b_per = LabelId(labels, "B-PER");
  if (b_per < 0 || LabelId(labels, "I-PER") < 0) return;
  const std::unordered_set<std::string> surnames = Surnames(sentences, *tags, labels, b_per, lexicon);
  if (surnames.empty()) return;
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    std::vector<int>& t = (*tags)[s];
    for (std::size_t i = 0; i < t.size(); ++i) {
      const bool alone = (i + 1 == t.size() || !Inside(labels, t[i + 1])) && !Inside(labels, t[i]);
      if (!alone || t[i] == b_per) continue;
      const bool untagged = labels[static_cast<std::size_t>(t[i])] == "O";
      if (untagged && (i == 0 || !Capitalised(sentences[s][i]))) continue;
      if (surnames.count(FoldWord(NerLower(sentences[s][i]), lexicon.fold())) != 0) t[i] = b_per;
    }
  }
}

}  // namespace storyline
