#include "ingest/reader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include "ingest/content_check.h"
#include "ingest/file_source.h"
#include "ingest/jsonl.h"

namespace storyline {
namespace {

namespace fs = std::filesystem;

enum class FileKind { kUnknown, kHtml, kText, kJsonl };

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// Kind from the name, looking through one ".gz".
FileKind KindOf(std::string_view path) {
  std::string name = Lower(std::string(path));
  if (IsGzipPath(name)) name.resize(name.size() - 3);
  auto ends_with = [&](std::string_view ext) { return name.ends_with(ext); };
  if (ends_with(".html") || ends_with(".htm")) return FileKind::kHtml;
  if (ends_with(".txt")) return FileKind::kText;
  if (ends_with(".jsonl")) return FileKind::kJsonl;
  return FileKind::kUnknown;
}

// Walks `root` recursively; files with unknown extensions are skipped, unreadable directories
// reported. Sorted by id so that runs are reproducible whatever the file system order.
void ListDirectory(const std::string& root, std::vector<InputFile>& out, const ErrorFn& on_error) {
  std::vector<InputFile> found;
  std::error_code ec;
  auto options = fs::directory_options::skip_permission_denied;
  fs::recursive_directory_iterator it(root, options, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    if (!it->is_regular_file(type_ec) || KindOf(it->path().native()) == FileKind::kUnknown) continue;
    found.push_back({it->path().string(), it->path().lexically_relative(root).generic_string(), false});
  }
  if (ec) on_error(Status::IoError(root + ": cannot list directory: " + ec.message()));
  std::sort(found.begin(), found.end(),
            [](const InputFile& a, const InputFile& b) { return a.id < b.id; });
  out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
}

void ListOne(const std::string& path, std::vector<InputFile>& out, const ErrorFn& on_error) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (!fs::exists(st)) {
    bool missing = !ec || ec == std::errc::no_such_file_or_directory || ec == std::errc::not_a_directory;
    on_error(missing ? Status::NotFound(path + ": no such file or directory")
                     : Status::IoError(path + ": " + ec.message()));
  } else if (fs::is_directory(st)) {
    ListDirectory(path, out, on_error);
  } else if (KindOf(path) == FileKind::kUnknown) {
    on_error(Status::Unsupported(
        path + ": unsupported file type (expected .html, .htm, .txt or .jsonl, optionally .gz)"));
  } else {
    out.push_back({path, fs::path(path).filename().string(), true});
  }
}

// Reads, decompresses and sanity-checks the bytes of one file; errors carry no origin yet.
Result<std::string> LoadContent(const InputFile& file, const ReadOptions& options) {
  Result<std::string> raw = ReadWholeFile(file.path, options.max_file_bytes);
  if (!raw.ok() || !IsGzipPath(file.path)) return raw;
  return Gunzip(*raw, options.max_file_bytes);
}

Status CheckContent(std::string_view content) {
  if (IsBlank(content)) return Status::InvalidArgument("empty file");
  if (LooksBinary(content)) return Status::InvalidArgument("binary content");
  return Status::Ok();
}

}  // namespace

std::vector<InputFile> ListInputFiles(const std::vector<std::string>& paths, const ErrorFn& on_error) {
  std::vector<InputFile> out;
  for (const std::string& path : paths) {
    try {
      ListOne(path, out, on_error);
    } catch (const std::exception& e) {  // std::filesystem may throw (bad_alloc, path conversion)
      on_error(Status::IoError(path + ": " + e.what()));
    }
  }
  return out;
}

void ReadInputFile(const InputFile& file, const ReadOptions& options, const DocumentFn& on_doc,
                   const ErrorFn& on_error) {
  const std::string& origin = file.id;
  FileKind kind = KindOf(file.path);
  if (kind == FileKind::kJsonl) {
    return ReadJsonlFile(file.path, origin, options.max_file_bytes, on_doc, on_error);
  }
  Result<std::string> content = LoadContent(file, options);
  if (!content.ok()) return on_error(content.status().WithPrefix(origin));
  if (Status s = CheckContent(*content); !s.ok()) return on_error(s.WithPrefix(origin));
  Document doc;
  doc.id = file.id;
  doc.origin = origin;
  doc.format = kind == FileKind::kHtml ? DocFormat::kHtml : DocFormat::kText;
  doc.content = std::move(*content);
  on_doc(std::move(doc));
}

}  // namespace storyline
