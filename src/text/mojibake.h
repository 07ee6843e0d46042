// Internal to the text stage: repair of UTF-8 text that was once decoded as windows-1252,
// ISO-8859-1 or windows-1251 ("ÐŸÑ€Ð¸Ð²ÐµÑ‚", "РџСЂРёРІРµС‚" → "Привет").
// Thread safety: thread safe (the code page tables are built once, then read only).
#pragma once

#include <string>

namespace storyline::text_internal {

// `text` must be valid UTF-8. Each line is repaired only when the repair is unambiguous: the
// line is dense in mojibake pairs (a lead like "Ð"/"Р" followed by a continuation like "Ÿ"/"џ"),
// every character maps back to a byte of the code page, those bytes are valid UTF-8 without C1
// controls, and the result has far fewer such pairs. Real Russian, French or German text fails
// the byte round trip, so it is never touched. Double mojibake gets a second pass.
// Returns true when something was changed.
bool RepairMojibake(std::string* text);

}  // namespace storyline::text_internal
