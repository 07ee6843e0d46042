// Input readers: turn paths on the command line into Documents.
//
// Directories are walked recursively in sorted order. Recognised files: .html .htm .txt .jsonl,
// each optionally gzip-compressed (.gz, read transparently); other files are skipped silently
// when found in a directory walk and reported when named directly. Every problem (unreadable
// file, file over the size limit, truncated gzip, binary content, malformed JSON line, a JSON
// line without id or text) is reported through `on_error` with a Status whose message starts
// with the input's origin, and reading goes on with the next input.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "base/cancel.h"
#include "ingest/document.h"
#include "storyline/status.h"

namespace storyline {

struct ReadOptions {
  // Largest input file (for JSONL: largest line), after decompression, in bytes. Larger ones
  // are reported and skipped. 64 MiB holds any real article page; JSONL feeds are streamed.
  std::size_t max_file_bytes = 64u << 20;
};

// One input file and the id prefix its articles get.
struct InputFile {
  std::string path;  // as openable
  std::string id;    // relative to the directory named on the command line, or the file name
  bool named_directly = false;
};

using DocumentFn = std::function<void(Document&&)>;
using ErrorFn = std::function<void(const Status&)>;

// Expands paths into the list of input files. A path that does not exist is reported via
// on_error. Order: command-line order, each directory in sorted path order.
std::vector<InputFile> ListInputFiles(const std::vector<std::string>& paths, const ErrorFn& on_error);

// Reads one file and emits its documents (one, or one per JSONL line).
void ReadInputFile(const InputFile& file, const ReadOptions& options, const DocumentFn& on_doc,
                   const ErrorFn& on_error);

}  // namespace storyline
