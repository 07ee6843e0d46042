// Charset decoding: raw article bytes → UTF-8.
//
// Order of evidence: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE); for HTML the charset a
// <meta charset> or <meta http-equiv="Content-Type"> declares in the first 2 KB; else (or when
// the bytes are not valid under the declared UTF-8) ICU's detector (ucsdet). A declared legacy
// charset is overruled when the bytes are valid UTF-8 with non-ASCII sequences, because
// mislabelled UTF-8 pages are common and valid multibyte UTF-8 is very unlikely to be
// windows-1251 or KOI8-R text by accident. Thread safe (ICU converters are per call).
#pragma once

#include "base/utf8.h"  // IsValidUtf8

#include <optional>
#include <string>
#include <string_view>

#include "storyline/status.h"

namespace storyline {

// Returns the text in UTF-8 without a BOM. Invalid sequences left after conversion become
// U+FFFD. Errors (kInvalidArgument, message without the origin): no charset could decode it.
Result<std::string> DecodeToUtf8(std::string_view bytes, bool is_html);

// What DecodeToUtf8 returns, as a view of `bytes`, when that is `bytes` itself less a UTF-8 BOM
// (well-formed UTF-8); nullopt when it has to convert. Saves copying the page.
std::optional<std::string_view> Utf8AsIs(std::string_view bytes);

// The charset label declared by a <meta> tag in the first 2 KB, lower-cased; "" when none.
std::string SniffMetaCharset(std::string_view html);


// Converts from the named ICU charset to UTF-8. kInvalidArgument when ICU does not know it.
Result<std::string> ConvertToUtf8(std::string_view bytes, const char* charset);

}  // namespace storyline
