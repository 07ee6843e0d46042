// JSON Lines feeds: one article per line.
//
// Each non-blank line is a JSON object with `id` (string or number) and `text` or `html`
// (a string; `html` makes the document DocFormat::kHtml; `text` wins when both are given), and
// optionally `title`, `url`, `source`, `published` (alias `date`; an ISO 8601 string, or a
// number of Unix seconds) and `lang`. Unknown fields are ignored.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "ingest/document.h"
#include "ingest/reader.h"
#include "storyline/status.h"

namespace storyline {

// Parses one line into a Document whose id is the `id` field and whose origin is `origin`.
// Errors (kInvalidArgument, message without the origin): malformed JSON, not an object, no id,
// no non-blank text/html.
Result<Document> ParseJsonlLine(std::string_view line, const std::string& origin);

// Splits `content` into lines and emits one Document per good line, origin "<file_origin>:<n>"
// (n counts from 1, blank lines included). A bad line is reported as "<file_origin>:<n>: why"
// and the next line is read.
void ReadJsonl(std::string_view content, const std::string& file_origin, const DocumentFn& on_doc,
               const ErrorFn& on_error);

// Streams a .jsonl or .jsonl.gz file line by line (memory bounded by the longest line), with
// the same per-line behaviour as ReadJsonl. The size limit applies to each line, not the file:
// a longer line is reported as kTooLarge and skipped. An empty or binary file, and gzip data
// cut short, are reported naming the file (and the last good line).
void ReadJsonlFile(const std::string& path, const std::string& file_origin,
                   std::size_t max_line_bytes, const DocumentFn& on_doc, const ErrorFn& on_error);

}  // namespace storyline
