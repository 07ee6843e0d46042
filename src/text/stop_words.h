// Internal to the text stage: the stop lists of `<data_dir>/stopwords/<lang>.txt`.
// Thread safety: immutable after Load; share freely between threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "storyline/status.h"

namespace storyline::text_internal {

class StopWordLists {
 public:
  // Reads every `<lang>.txt` in `<data_dir>/stopwords/` (UTF-8, one word per line, '#' starts a
  // comment line, blank lines ignored) and case-folds the words as tokens are folded. Results
  // are cached per data_dir for the life of the process, so later calls cost a map lookup.
  // Errors: kNotFound when the folder is missing, kIoError when a file cannot be read.
  static Result<std::shared_ptr<const StopWordLists>> Load(const std::string& data_dir);

  // The stop set of `lang` (an ISO 639-1 base code, see BaseLanguage), or nullptr if none.
  const std::unordered_set<std::string>* Find(std::string_view lang) const;

  size_t LanguageCount() const { return lists_.size(); }

 private:
  static Result<std::shared_ptr<const StopWordLists>> LoadUncached(const std::string& data_dir);

  std::unordered_map<std::string, std::unordered_set<std::string>> lists_;
};

}  // namespace storyline::text_internal
