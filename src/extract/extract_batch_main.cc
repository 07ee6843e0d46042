// storyline_extract_batch: a hidden evaluation tool (not installed, not part of the CLI).
//
// Usage: storyline_extract_batch [--text] [--parser fast|myhtml] [--no-prescan] [--keep-empty] [--date-fallback] [--normalize]
//        [--check-prescan] [--dump-tree] [FILE...]
//        (no FILE: one path per line on stdin)
// Reads each file as HTML (or plain text with --text; `.gz` is decompressed), runs
// Extractor::Extract in this one process, and prints one JSON line per file:
//   {"path", "ok", "title", "text", "author", "published", "published_source", "published_local",
//    "extract_us"} or {"path", "ok": false, "error"}.
// `extract_us` times Extract() alone (charset, parse, metadata, main text), not the file read,
// so eval/extract_eval.py can report pages per second per core.
// --keep-empty: a page without article text gives its metadata (text "") instead of an error.
// --date-fallback: a page that marks no date gets GuessPageDate's (ExtractOptions::date_fallback).
// --normalize: title and text then normalised as `storyline extract` and the pipeline do
// (NormalizeLine / NormalizeText: NFC, whitespace, mojibake repair), timed as "normalize_us".
// --dump-tree: instead of extracting, print the DomIndex the parser builds (html_dom.h).
// --parser: the HTML parser (ExtractOptions::parser; default as there). --no-prescan: parse
// HTML with myhtml without DropUnreadHtml (to measure it). --check-prescan: instead of
// extracting, parse each page as is and prescanned and print {"path", "same", "bytes",
// "kept_bytes", "stopped_at"}: "same" is whether the two trees give equal prescan_check dumps.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/charset.h"
#include "extract/extractor.h"
#include "extract/html_dom.h"
#include "extract/html_parse.h"
#include "extract/html_prescan.h"
#include "extract/prescan_check.h"
#include "ingest/file_source.h"
#include "text/normalize.h"

namespace storyline {
namespace {

constexpr std::size_t kMaxBytes = 64u << 20;

Result<std::string> ReadMaybeGzip(const std::string& path) {
  Result<std::string> raw = ReadWholeFile(path, kMaxBytes);
  if (!raw.ok() || !IsGzipPath(path)) return raw;
  return Gunzip(*raw, kMaxBytes);
}

nlohmann::json ExtractOne(const Extractor& extractor, const std::string& path, DocFormat format, bool normalize) {
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
  if (normalize) {
    // What `storyline extract` and the pipeline do next (engine/pipeline.cc, ExtractArticle):
    // NFC, whitespace, and the repair of unambiguous mojibake.
    start = std::chrono::steady_clock::now();
    article->title = NormalizeLine(article->title);
    article->text = NormalizeText(article->text);
    out["normalize_us"] = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
  }
  out.update({{"ok", true}, {"title", article->title}, {"text", article->text}, {"author", article->author}});
  out["published"] = article->published ? nlohmann::json(*article->published) : nlohmann::json();
  out["published_source"] = article->published_source;
  out["published_local"] = article->published_local;
  return out;
}

// Parses the page (decoded as Extract does) as is and prescanned, and compares the trees.
nlohmann::json CheckPrescan(const std::string& path) {
  nlohmann::json out = {{"path", path}};
  Result<std::string> bytes = ReadMaybeGzip(path);
  if (!bytes.ok()) return out.update({{"ok", false}, {"error", bytes.status().message()}}), out;
  std::string utf8;
  if (std::optional<std::string_view> as_is = Utf8AsIs(*bytes)) {
    utf8 = std::string(*as_is);
  } else {
    Result<std::string> decoded = DecodeToUtf8(*bytes, true);
    if (!decoded.ok()) return out.update({{"ok", false}, {"error", decoded.status().message()}}), out;
    utf8 = std::move(*decoded);
  }
  std::string kept;
  PrescanStats stats;
  bool changed = DropUnreadHtml(utf8, kept, &stats);
  if (!changed) kept = utf8;
  Result<myhtml_tree_t*> a = ParseHtml(utf8);
  std::string dump_a = a.ok() ? DumpTreeForPrescanCheck(*a) : "parse failed";
  Result<myhtml_tree_t*> b = ParseHtml(kept);
  std::string dump_b = b.ok() ? DumpTreeForPrescanCheck(*b) : "parse failed";
  out.update({{"ok", true}, {"same", dump_a == dump_b}, {"bytes", utf8.size()}, {"kept_bytes", kept.size()}});
  out["stopped_at"] = stats.stopped_at == std::string_view::npos ? nlohmann::json() : nlohmann::json(stats.stopped_at);
  return out;
}

// The DomIndex the chosen parser builds of the page (decoded as Extract does), one node a line:
// depth, tag id, class and id names, text (script and style texts left out). To compare the
// parsers' trees.
std::string DumpTree(const std::string& path, HtmlParser parser) {
  Result<std::string> bytes = ReadMaybeGzip(path);
  if (!bytes.ok()) return "error\n";
  std::string utf8;
  if (std::optional<std::string_view> as_is = Utf8AsIs(*bytes)) utf8 = std::string(*as_is);
  else if (Result<std::string> decoded = DecodeToUtf8(*bytes, true); decoded.ok()) utf8 = std::move(*decoded);
  DomIndex dom;
  if (parser == HtmlParser::kFast) {
    if (!ParseHtmlFast(utf8, dom).ok()) return "error\n";
  } else {
    Result<myhtml_tree_t*> tree = ParseHtml(utf8);
    if (!tree.ok()) return "error\n";
    dom.Build(*tree);
  }
  std::string out;
  for (DomIndex::Id i = 0; i < dom.size(); ++i) {
    int depth = 0;
    for (DomIndex::Id p = dom.Parent(i); p != DomIndex::kNone; p = dom.Parent(p)) ++depth;
    const myhtml_tag_id_t parent = i == 0 ? myhtml_tag_id_t{MyHTML_TAG__UNDEF} : dom.Tag(dom.Parent(i));
    if (dom.Tag(i) == MyHTML_TAG__TEXT && (parent == MyHTML_TAG_SCRIPT || parent == MyHTML_TAG_STYLE)) {
      continue;  // what the fast parser keeps of these differs on purpose (html_parse.h)
    }
    out += std::string(static_cast<std::size_t>(depth), ' ') + std::to_string(dom.Tag(i));
    if (i == dom.body()) out += " BODY";
    if (!dom.Name(i).empty()) out += " name=" + std::string(dom.Name(i));
    if (dom.Tag(i) == MyHTML_TAG__TEXT) {
      std::string t(dom.Text(i).substr(0, 80));
      for (char& c : t) c = c == '\n' ? '|' : c;
      out += " [" + t + "]";
    }
    out += "\n";
  }
  return out;
}

int Main(int argc, char** argv) {
  DocFormat format = DocFormat::kHtml;
  ExtractOptions options;
  bool check = false, dump = false, normalize = false;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--text") format = DocFormat::kText;
    else if (arg == "--no-prescan") options.prescan = false;
    else if (arg == "--keep-empty") options.min_text_chars = 0;
    else if (arg == "--date-fallback") options.date_fallback = true;
    else if (arg == "--parser" && i + 1 < argc) {
      std::string name = argv[++i];
      if (name != "fast" && name != "myhtml") {
        std::fprintf(stderr, "--parser: fast or myhtml, not %s\n", name.c_str());
        return 2;
      }
      options.parser = name == "fast" ? HtmlParser::kFast : HtmlParser::kMyhtml;
    }
    else if (arg == "--normalize") normalize = true;
    else if (arg == "--check-prescan") check = true;
    else if (arg == "--dump-tree") dump = true;
    else paths.push_back(arg);
  }
  if (paths.empty()) {
    for (std::string line; std::getline(std::cin, line);) {
      if (!line.empty()) paths.push_back(line);
    }
  }
  Extractor extractor(options);
  for (const std::string& path : paths) {
    if (dump) {
      std::string tree = DumpTree(path, options.parser);
      std::fwrite(tree.data(), 1, tree.size(), stdout);
      continue;
    }
    std::string line = (check ? CheckPrescan(path) : ExtractOne(extractor, path, format, normalize)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    line.push_back('\n');
    std::fwrite(line.data(), 1, line.size(), stdout);
  }
  return 0;
}

}  // namespace
}  // namespace storyline

int main(int argc, char** argv) { return storyline::Main(argc, argv); }
