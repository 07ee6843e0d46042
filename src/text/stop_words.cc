#include "text/stop_words.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>

#include "text/case_fold.h"

namespace storyline::text_internal {
namespace {

std::string_view Trim(std::string_view s) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

Status ReadList(const std::filesystem::path& path, bool fold_yo, std::unordered_set<std::string>* words) {
  std::ifstream in(path);
  if (!in) return Status::IoError(path.string() + ": cannot open stop list");
  std::string line;
  while (std::getline(in, line)) {
    const std::string_view word = Trim(line);
    if (word.empty() || word.front() == '#') continue;
    std::string folded;
    AppendFolded(word, fold_yo, &folded);
    words->insert(std::move(folded));
  }
  if (in.bad()) return Status::IoError(path.string() + ": read error");
  return Status::Ok();
}

}  // namespace

Result<std::shared_ptr<const StopWordLists>> StopWordLists::Load(const std::string& data_dir) {
  // An immutable cache of file contents, not application state: keyed by data_dir.
  static std::mutex mu;
  static std::map<std::string, std::shared_ptr<const StopWordLists>> cache;
  std::lock_guard<std::mutex> lock(mu);
  if (auto it = cache.find(data_dir); it != cache.end()) return it->second;
  Result<std::shared_ptr<const StopWordLists>> loaded = LoadUncached(data_dir);
  if (loaded.ok()) cache.emplace(data_dir, *loaded);
  return loaded;
}

Result<std::shared_ptr<const StopWordLists>> StopWordLists::LoadUncached(const std::string& data_dir) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(data_dir) / "stopwords";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir.string() + ": no stop-word folder");
  auto lists = std::make_shared<StopWordLists>();
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& path = it->path();
    if (path.extension() != ".txt") continue;
    const std::string lang = BaseLanguage(path.stem().string());
    Status status = ReadList(path, lang == "ru", &lists->lists_[lang]);
    if (!status.ok()) return status;
  }
  if (ec) return Status::IoError(dir.string() + ": " + ec.message());
  return std::shared_ptr<const StopWordLists>(std::move(lists));
}

const std::unordered_set<std::string>* StopWordLists::Find(std::string_view lang) const {
  auto it = lists_.find(std::string(lang));
  return it == lists_.end() ? nullptr : &it->second;
}

}  // namespace storyline::text_internal
