// storyline_quotes_tool FILE [--lang en|ru]
// storyline_quotes_tool --batch MANIFEST   (lines "path<TAB>lang"; one JSON list per line)
// Prints the attributions of a UTF-8 text file as a JSON list (byte offsets); used by
// eval/polnear_eval.py.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "digest/quotes.h"
#include "digest/tool_json.h"

namespace {

using storyline::JsonEscape;

std::string SpanJson(storyline::ByteSpan s) {
  return "[" + std::to_string(s.begin) + "," + std::to_string(s.end) + "]";
}

std::string ToJson(std::string_view text, const std::vector<storyline::Attribution>& found) {
  std::string out = "[";
  for (std::size_t i = 0; i < found.size(); ++i) {
    const auto& a = found[i];
    out += (i ? ",{" : "{");
    out += "\"source\":" + SpanJson(a.source) + ",\"cue\":" + SpanJson(a.cue) + ",\"content\":[";
    for (std::size_t k = 0; k < a.content.size(); ++k) out += (k ? "," : "") + SpanJson(a.content[k]);
    out += "],\"kind\":\"" + std::string(storyline::QuoteKindName(a.kind)) + "\",\"speaker\":\"" +
           JsonEscape(a.speaker) + "\",\"source_text\":\"" +
           JsonEscape(text.substr(a.source.begin, a.source.end - a.source.begin)) + "\"}";
  }
  return out + "]";
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

int TagOne(const std::string& path, const std::string& lang) {
  std::string text;
  if (!ReadFile(path, &text)) {
    std::cerr << "cannot read " << path << "\n";
    return 1;
  }
  std::cout << ToJson(text, storyline::FindAttributions(text, lang)) << "\n";
  return 0;
}

int Batch(const std::string& manifest) {
  std::ifstream in(manifest);
  if (!in) {
    std::cerr << "cannot read " << manifest << "\n";
    return 1;
  }
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::istringstream fields(line);
    std::string path, lang;
    std::getline(fields, path, '\t');
    std::getline(fields, lang, '\t');
    if (int rc = TagOne(path, lang.empty() ? "en" : lang); rc != 0) return rc;
  }
  return 0;
}

constexpr const char* kUsage =
    "usage: storyline_quotes_tool FILE [--lang en|ru]\n"
    "       storyline_quotes_tool --batch MANIFEST\n";

}  // namespace

int main(int argc, char** argv) {
  std::string file, lang = "en";
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--batch" && i + 1 < argc) return Batch(argv[++i]);
    if (arg == "--lang" && i + 1 < argc) {
      lang = argv[++i];
    } else if (!arg.empty() && arg[0] != '-') {
      file = arg;
    } else {
      std::cerr << kUsage;
      return 2;
    }
  }
  if (file.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  return TagOne(file, lang);
}
