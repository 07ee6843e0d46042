#include "ingest/jsonl.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>

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

void EmitJsonlLine(std::string_view line, std::size_t line_no, const std::string& file_origin,
                   const DocumentFn& on_doc, const ErrorFn& on_error) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (IsBlank(line)) return;
  std::string origin = file_origin + ":" + std::to_string(line_no);
  Result<Document> doc = ParseJsonlLine(line, origin);
  if (doc.ok()) {
    on_doc(std::move(*doc));
  } else {
    on_error(doc.status().WithPrefix(origin));
  }
}

void ReadJsonl(std::string_view content, const std::string& file_origin, const DocumentFn& on_doc,
               const ErrorFn& on_error) {
  std::size_t line_no = 0;
  while (!content.empty()) {
    std::size_t end = content.find('\n');
    EmitJsonlLine(content.substr(0, end), ++line_no, file_origin, on_doc, on_error);
    content.remove_prefix(end == std::string_view::npos ? content.size() : end + 1);
  }
}

namespace {

// Streams a plain or gzip-compressed file (zlib reads plain files transparently) line by line.
class LineStream {
 public:
  explicit LineStream(const std::string& path) : file_(gzopen(path.c_str(), "rb")) {
    if (file_ != nullptr) gzbuffer(file_, 1 << 18);
  }
  ~LineStream() {
    if (file_ != nullptr) gzclose(file_);
  }
  bool opened() const { return file_ != nullptr; }
  // Next line without its "\n" into `line`; false at the end or on error (see error()).
  // A line longer than `max` is cut to `max` bytes and `too_long` set; the rest is skipped.
  bool Next(std::string& line, std::size_t max, bool& too_long) {
    line.clear();
    too_long = false;
    while (true) {
      if (pos_ == len_ && !Fill()) return !line.empty() || too_long;
      const char* start = buf_ + pos_;
      const void* nl = std::memchr(start, '\n', len_ - pos_);
      const std::size_t n = nl ? static_cast<const char*>(nl) - start : len_ - pos_;
      const std::size_t room = max > line.size() ? max - line.size() : 0;
      if (n > room) too_long = true;
      line.append(start, std::min(n, room));
      pos_ += n + (nl ? 1 : 0);
      if (nl) return true;
    }
  }
  const std::string& error() const { return error_; }
  // The first bytes of the file, for content checks, without consuming them.
  std::string_view Peek() {
    if (pos_ == len_) Fill();
    return std::string_view(buf_ + pos_, len_ - pos_);
  }

 private:
  bool Fill() {
    if (eof_) return false;
    const int n = gzread(file_, buf_, sizeof buf_);
    if (n < 0 || (n == 0 && !gzeof(file_))) {
      int code = 0;
      const char* msg = gzerror(file_, &code);
      error_ = std::string("truncated or corrupt data: ") + (msg ? msg : "read error");
      eof_ = true;
      return false;
    }
    pos_ = 0;
    len_ = static_cast<std::size_t>(n);
    if (n == 0) eof_ = true;
    if (n == 0 && gzdirect(file_) == 0) CheckCleanEnd();
    return n > 0;
  }
  // zlib reports a gzip stream cut short only through gzerror after the last read.
  void CheckCleanEnd() {
    int code = 0;
    gzerror(file_, &code);
    if (code != Z_OK && code != Z_STREAM_END) error_ = "truncated or corrupt gzip data";
  }

  gzFile file_;
  char buf_[1 << 16];
  std::size_t pos_ = 0, len_ = 0;
  bool eof_ = false;
  std::string error_;
};

}  // namespace

void ReadJsonlFile(const std::string& path, const std::string& file_origin,
                   std::size_t max_line_bytes, const DocumentFn& on_doc, const ErrorFn& on_error) {
  LineStream stream(path);
  if (!stream.opened()) return on_error(Status::IoError(file_origin + ": cannot open file"));
  std::string_view head = stream.Peek();
  if (!stream.error().empty()) return on_error(Status::InvalidArgument(file_origin + ": " + stream.error()));
  if (IsBlank(head)) return on_error(Status::InvalidArgument(file_origin + ": empty file"));
  if (LooksBinary(head.substr(0, 4096))) {
    return on_error(Status::InvalidArgument(file_origin + ": binary content"));
  }
  std::string line;
  bool too_long = false;
  std::size_t line_no = 0;
  while (stream.Next(line, max_line_bytes, too_long)) {
    ++line_no;
    if (too_long) {
      on_error(Status::TooLarge(file_origin + ":" + std::to_string(line_no) +
                                ": line longer than " + std::to_string(max_line_bytes) + " bytes"));
      continue;
    }
    EmitJsonlLine(line, line_no, file_origin, on_doc, on_error);
  }
  if (!stream.error().empty()) {
    on_error(Status::InvalidArgument(file_origin + ": " + stream.error() + " after line " +
                                     std::to_string(line_no)));
  }
}

}  // namespace storyline
