// Reading whole input files into memory, with a size cap, and gzip decompression.
//
// Error messages do not name the file; callers prefix them with the input's origin.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "storyline/status.h"

namespace storyline {

// Reads the file at `path`. Its size is checked with stat() before anything is read, so a file
// over `max_bytes` costs no memory: kTooLarge. Missing file: kNotFound; read failure: kIoError.
Result<std::string> ReadWholeFile(const std::string& path, std::size_t max_bytes);

// Decompresses gzip data (one or more concatenated members; trailing zero padding ignored).
// Output is capped: more than `max_bytes` of output stops decompression with kTooLarge.
// Truncated or corrupt data, or data that is not gzip: kInvalidArgument.
Result<std::string> Gunzip(std::string_view compressed, std::size_t max_bytes);

// True when the path ends in ".gz" (any case).
bool IsGzipPath(std::string_view path);

}  // namespace storyline
