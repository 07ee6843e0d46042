#include "ingest/jsonl.h"

#include <cmath>
#include <cstdint>

#include <nlohmann/json.hpp>

#include "base/time_util.h"
#include "ingest/content_check.h"

namespace storyline {
namespace {

using Json = nlohmann::json;

// "[json.exception.parse_error.101] parse error at ..." → "parse error at ...".
std::string CleanJsonError(const std::string& what) {
  auto close = what.find("] ");
  return close == std::string::npos ? what : what.substr(close + 2);
}

std::string StringField(const Json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_string()) return {};
  return it->get<std::string>();
}

Result<std::string> IdField(const Json& obj) {
  auto it = obj.find("id");
  if (it == obj.end() || it->is_null()) return Status::InvalidArgument("missing id");
  if (it->is_number()) return it->dump();
  if (!it->is_string()) return Status::InvalidArgument("id must be a string or a number");
  std::string id = it->get<std::string>();
  if (IsBlank(id)) return Status::InvalidArgument("missing id (empty string)");
  return id;
}

// A number is taken as Unix seconds and turned into ISO 8601 so that Document keeps one form.
std::string PublishedField(const Json& obj) {
  for (const char* key : {"published", "date"}) {
    auto it = obj.find(key);
    if (it == obj.end()) continue;
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return FormatIso8601(it->get<int64_t>());
    // Floats are range-checked first: converting an out-of-range double is undefined.
    if (it->is_number_float() && std::abs(it->get<double>()) < 1e13) {
      return FormatIso8601(static_cast<int64_t>(it->get<double>()));
    }
  }
  return {};
}

Status FillBody(const Json& obj, Document& doc) {
  std::string text = StringField(obj, "text");
  if (!IsBlank(text)) {
    doc.format = DocFormat::kText;
    doc.content = std::move(text);
    return Status::Ok();
  }
  std::string html = StringField(obj, "html");
  if (!IsBlank(html)) {
    doc.format = DocFormat::kHtml;
    doc.content = std::move(html);
    return Status::Ok();
  }
  return Status::InvalidArgument("missing text or html");
}

Result<Json> ParseJson(std::string_view line) {
  try {
    return Json::parse(line);
  } catch (const Json::exception& e) {
    return Status::InvalidArgument("malformed JSON: " + CleanJsonError(e.what()));
  }
}

}  // namespace

Result<Document> ParseJsonlLine(std::string_view line, const std::string& origin) {
  Result<Json> parsed = ParseJson(line);
  if (!parsed.ok()) return parsed.status();
  const Json& obj = *parsed;
  if (!obj.is_object()) return Status::InvalidArgument("expected a JSON object");
  Result<std::string> id = IdField(obj);
  if (!id.ok()) return id.status();
  Document doc;
  doc.id = std::move(*id);
  doc.origin = origin;
  if (Status s = FillBody(obj, doc); !s.ok()) return s;
  doc.title = StringField(obj, "title");
  doc.url = StringField(obj, "url");
  doc.source = StringField(obj, "source");
  doc.published = PublishedField(obj);
  doc.lang = StringField(obj, "lang");
  return doc;
}

void ReadJsonl(std::string_view content, const std::string& file_origin, const DocumentFn& on_doc,
               const ErrorFn& on_error) {
  std::size_t line_no = 0;
  while (!content.empty()) {
    ++line_no;
    std::size_t end = content.find('\n');
    std::string_view line = content.substr(0, end);
    content.remove_prefix(end == std::string_view::npos ? content.size() : end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (IsBlank(line)) continue;
    std::string origin = file_origin + ":" + std::to_string(line_no);
    Result<Document> doc = ParseJsonlLine(line, origin);
    if (doc.ok()) {
      on_doc(std::move(*doc));
    } else {
      on_error(doc.status().WithPrefix(origin));
    }
  }
}

}  // namespace storyline
