// Cheap checks on raw input bytes, shared by the readers and the extractor.
#pragma once

#include <string_view>

namespace storyline {

// True when the bytes look like binary data rather than text in some charset: a NUL byte or more
// than 10% control characters (other than tab, newline, carriage return, form feed, escape) in
// the first 4 KB. Text that starts with a UTF-16 byte-order mark is never binary (it has NULs).
bool LooksBinary(std::string_view bytes);

// True when the bytes are empty or only ASCII whitespace (and perhaps a UTF-8 BOM).
bool IsBlank(std::string_view bytes);

// True when the bytes start with a UTF-16 (LE or BE) byte-order mark.
bool HasUtf16Bom(std::string_view bytes);

}  // namespace storyline
