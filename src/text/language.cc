#include "text/language.h"

// compact_lang_det.h uses FILE without including <cstdio>.
#include <cstdio>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <fasttext/fasttext.h>

#include <algorithm>
#include <exception>
#include <filesystem>
#include <sstream>
#include <utility>
#include <vector>

#include "base/utf8.h"

namespace storyline {
namespace {

constexpr size_t kTextPrefixBytes = 2000;  // detection reads the title and this much text
constexpr size_t kFastTextPrefixBytes = 600;  // of which fastText reads this much
constexpr size_t kShortTextChars = 30;     // below this many code points, text is "short"
constexpr float kShortTextCap = 0.3f;      // the most confidence short text can get
constexpr float kMinConfidence = 0.2f;     // below this for both detectors: "und"
constexpr std::string_view kLabelPrefix = "__label__";

std::string DetectionInput(std::string_view title, std::string_view text) {
  const std::string_view prefix = Utf8Prefix(text, kTextPrefixBytes);
  std::string input;
  input.reserve(title.size() + prefix.size() + 1);
  input.append(title);
  if (!title.empty() && !prefix.empty()) input.push_back('\n');
  input.append(prefix);
  return input;
}

// Counts visible characters; CJK and Hangul (U+3000 and up, lead byte >= E3) count double
// because one of them carries about as much as a short word.
bool IsShort(std::string_view input) {
  size_t visible = 0;
  for (char c : input) {
    const auto b = static_cast<unsigned char>(c);
    if ((b & 0xC0) == 0x80 || b == ' ' || b == '\n' || b == '\t' || b == '\r') continue;
    visible += b >= 0xE3 ? 2 : 1;
  }
  return visible < kShortTextChars;
}

// CLD2 and fastText mostly use ISO 639-1 already; these are the legacy or regional ones.
std::string CanonicalCode(std::string_view code) {
  static constexpr std::pair<std::string_view, std::string_view> kMap[] = {
      {"iw", "he"}, {"jw", "jv"}, {"in", "id"}, {"ji", "yi"}, {"zh-Hant", "zh"},
      {"sr-ME", "sr"}, {"un", "und"}, {"xx", "und"}, {"nb", "no"}};
  for (const auto& [from, to] : kMap) {
    if (code == from) return std::string(to);
  }
  return code.empty() ? "und" : std::string(code);
}

LanguageGuess Cld2Guess(std::string_view input) {
  CLD2::Language lang3[3];
  int percent3[3] = {0, 0, 0};
  double scores3[3];
  int text_bytes = 0, valid_prefix_bytes = 0;
  bool reliable = false;
  const CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  const CLD2::Language top = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      input.data(), static_cast<int>(input.size()), true, &hints, CLD2::kCLDFlagBestEffort, lang3,
      percent3, scores3, nullptr, &text_bytes, &reliable, &valid_prefix_bytes);
  LanguageGuess guess;
  guess.code = CanonicalCode(CLD2::LanguageCode(top));
  if (guess.code == "und") return guess;
  // percent3 is the share of text in the top language; unreliable answers count half.
  guess.confidence = std::clamp(percent3[0], 0, 100) / 100.0f * (reliable ? 1.0f : 0.5f);
  return guess;
}

LanguageGuess CapShort(LanguageGuess guess, bool short_text) {
  if (short_text) guess.confidence = std::min(guess.confidence, kShortTextCap);
  return guess;
}

// Neither confident → und; agreement → combined; disagreement → the more confident one,
// discounted by the other's confidence; short text → capped.
LanguageGuess Combine(const LanguageGuess& a, const LanguageGuess& b, bool short_text) {
  if (std::max(a.confidence, b.confidence) < kMinConfidence) return {};
  LanguageGuess out;
  if (a.code == b.code) {
    out = {a.code, 1.0f - (1.0f - a.confidence) * (1.0f - b.confidence)};
  } else {
    const LanguageGuess& best = a.confidence >= b.confidence ? a : b;
    const LanguageGuess& other = a.confidence >= b.confidence ? b : a;
    out = {best.code, best.confidence * (1.0f - 0.5f * other.confidence)};
  }
  return CapShort(out, short_text);
}

class Cld2Detector : public LanguageDetector {
 public:
  LanguageGuess Detect(std::string_view title, std::string_view text) const override {
    const std::string input = DetectionInput(title, text);
    if (input.empty()) return {};
    const LanguageGuess guess = Cld2Guess(input);
    if (guess.confidence < kMinConfidence) return {};
    return CapShort(guess, IsShort(input));
  }
};

// predictLine on a const FastText builds its own state per call (checked in fastText 0.9.2:
// FastText::predict makes a local Model::State), so concurrent calls are safe.
class CombinedDetector : public LanguageDetector {
 public:
  explicit CombinedDetector(std::unique_ptr<fasttext::FastText> model) : model_(std::move(model)) {}

  LanguageGuess Detect(std::string_view title, std::string_view text) const override {
    const std::string input = DetectionInput(title, text);
    if (input.empty()) return {};
    return Combine(Cld2Guess(input), FastTextGuess(input), IsShort(input));
  }

 private:
  LanguageGuess FastTextGuess(const std::string& input) const {
    // fastText's cost grows with every character n-gram; its accuracy is flat past a few
    // hundred bytes, so it reads less than CLD2 does.
    std::string line(Utf8Prefix(input, kFastTextPrefixBytes));
    std::replace_if(line.begin(), line.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    line.push_back('\n');  // fastText reads one line, ended by a newline
    std::istringstream stream(line);
    std::vector<std::pair<fasttext::real, std::string>> predictions;
    try {
      model_->predictLine(stream, predictions, 1, 0.0f);
    } catch (const std::exception&) {
      return {};
    }
    if (predictions.empty()) return {};
    std::string_view label = predictions[0].second;
    if (label.substr(0, kLabelPrefix.size()) == kLabelPrefix) label.remove_prefix(kLabelPrefix.size());
    return {CanonicalCode(label), std::clamp(static_cast<float>(predictions[0].first), 0.0f, 1.0f)};
  }

  std::unique_ptr<fasttext::FastText> model_;
};

}  // namespace

std::unique_ptr<LanguageDetector> MakeCld2Detector() { return std::make_unique<Cld2Detector>(); }

Result<std::unique_ptr<LanguageDetector>> MakeLanguageDetector(const std::string& data_dir) {
  const std::filesystem::path path = std::filesystem::path(data_dir) / "models" / "lid.176.ftz";
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return Status::NotFound(path.string() + ": fastText language model not found");
  }
  auto model = std::make_unique<fasttext::FastText>();
  try {
    model->loadModel(path.string());
  } catch (const std::exception& e) {
    return Status::InvalidArgument(path.string() + ": cannot load fastText model: " + e.what());
  }
  return std::unique_ptr<LanguageDetector>(std::make_unique<CombinedDetector>(std::move(model)));
}

}  // namespace storyline
