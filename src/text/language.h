// Language identification.
//
// Detect reads the title and the first ~2000 bytes of the text (cut on a UTF-8 boundary).
// Confidence: CLD2's share of the text in its top language (halved when CLD2 says unreliable);
// fastText's probability. Combined: agreement → 1 - (1-a)(1-b); disagreement → the more
// confident answer times (1 - other/2). Fewer than 30 visible characters (CJK counts double) →
// at most 0.3. When no detector reaches 0.2 the answer is "und" with confidence 0.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "storyline/status.h"

namespace storyline {

struct LanguageGuess {
  std::string code = "und";  // ISO 639-1 where one exists ("en", "ru", "uk"), else CLD2's code; "und" unknown
  float confidence = 0.0f;   // 0..1
};

class LanguageDetector {
 public:
  virtual ~LanguageDetector() = default;
  // Thread safe (const). Uses title and text together; short or mixed text gives low confidence.
  virtual LanguageGuess Detect(std::string_view title, std::string_view text) const = 0;
};

// CLD2 (full tables) combined with fastText lid.176.ftz, which is read from
// `<data_dir>/models/lid.176.ftz`. Errors: kNotFound when the model file is missing.
Result<std::unique_ptr<LanguageDetector>> MakeLanguageDetector(const std::string& data_dir);

// CLD2 alone (no data files needed).
std::unique_ptr<LanguageDetector> MakeCld2Detector();

}  // namespace storyline
