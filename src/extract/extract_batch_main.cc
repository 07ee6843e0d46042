// storyline_extract_batch: a hidden evaluation tool (not installed, not part of the CLI).
//
// Usage: storyline_extract_batch [--text] [FILE...]   (no FILE: one path per line on stdin)
// Reads each file as HTML (or plain text with --text; `.gz` is decompressed), runs
// Extractor::Extract in this one process, and prints one JSON line per file:
//   {"path", "ok", "title", "text", "author", "published", "published_source", "published_local",
//    "extract_us"} or {"path", "ok": false, "error"}.
// `extract_us` times Extract() alone (charset, parse, metadata, main text), not the file read,
// so eval/extract_eval.py can report pages per second per core.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/extractor.h"
#include "ingest/file_source.h"

namespace storyline {
namespace {

constexpr std::size_t kMaxBytes = 64u << 20;

Result<std::string> ReadMaybeGzip(const std::string& path) {
  Result<std::string> raw = ReadWholeFile(path, kMaxBytes);
  if (!raw.ok() || !IsGzipPath(path)) return raw;
  return Gunzip(*raw, kMaxBytes);
}

nlohmann::json ExtractOne(const Extractor& extractor, const std::string& path, DocFormat format) {
  nlohmann::json out = {{"path", path}};
  Result<std::string> bytes = ReadMaybeGzip(path);
  if (!bytes.ok()) return out.update({{"ok", false}, {"error", bytes.status().message()}}), out;
  Document doc;
  doc.id = doc.origin = path;
  doc.format = format;
  doc.content = std::move(*bytes);
  auto start = std::chrono::steady_clock::now();
  Result<Article> article = extractor.Extract(doc);
  auto us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
  out["extract_us"] = us;
  if (!article.ok()) return out.update({{"ok", false}, {"error", article.status().message()}}), out;
  out.update({{"ok", true}, {"title", article->title}, {"text", article->text}, {"author", article->author}});
  out["published"] = article->published ? nlohmann::json(*article->published) : nlohmann::json();
  out["published_source"] = article->published_source;
  out["published_local"] = article->published_local;
  return out;
}

int Main(int argc, char** argv) {
  DocFormat format = DocFormat::kHtml;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--text") format = DocFormat::kText;
    else paths.push_back(arg);
  }
  if (paths.empty()) {
    for (std::string line; std::getline(std::cin, line);) {
      if (!line.empty()) paths.push_back(line);
    }
  }
  Extractor extractor;
  for (const std::string& path : paths) {
    std::string line = ExtractOne(extractor, path, format).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    line.push_back('\n');
    std::fwrite(line.data(), 1, line.size(), stdout);
  }
  return 0;
}

}  // namespace
}  // namespace storyline

int main(int argc, char** argv) { return storyline::Main(argc, argv); }
