// Test helper: a stand-in for the Analyzer so that rank tests do not depend on the text stage's
// implementation. Splits at anything but ASCII letters/digits and Cyrillic letters, folds ASCII
// and Cyrillic case ("ё" → "е"), stems with libstemmer (Snowball english/russian, as the Analyzer
// does) and marks stop words from <STORYLINE_TEST_DATA_DIR>/stopwords/<lang>.txt.
// Thread safety: not thread safe (caches stemmers and stop lists). Test code only.
#pragma once

#include <string_view>

#include "text/analyzer.h"

namespace storyline::testing {

AnalyzedText AnalyzeForTest(std::string_view text, std::string_view lang);

}  // namespace storyline::testing
