// Internal to the text stage: repair of UTF-8 text that was once decoded as windows-1252,
// ISO-8859-1 or windows-1251 ("ÐŸÑ€Ð¸Ð²ÐµÑ‚", "РџСЂРёРІРµС‚" → "Привет").
// Thread safety: thread safe (the code page tables are built once, then read only).
#pragma once

#include <string>

namespace storyline::text_internal {

// `text` must be valid UTF-8. Each line is repaired only when the repair is unambiguous: the
// line is dense in mojibake pairs (a lead like "Ð"/"Р" followed by a continuation like "Ÿ"/"џ"),
// each run of characters whose code-page bytes form one valid UTF-8 character (not a C1 control)
// is replaced by it, and the result has far fewer such pairs. Characters that are part of no such
// run stay: a real "”" or "ö" on a line that is otherwise misread UTF-8. Real Russian, French or
// German text is not dense in pairs, so it is never touched. Double mojibake gets a second pass.
// Returns true when something was changed.
bool RepairMojibake(std::string* text);

}  // namespace storyline::text_internal
