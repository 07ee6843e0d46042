// storyline_timex_tool FILE [--dct YYYY-MM-DD] [--lang en|ru]
// storyline_timex_tool --batch MANIFEST   (lines "path<TAB>dct<TAB>lang"; one JSON list per line)
// Prints the timexes of a UTF-8 text file as a JSON list; used by eval/timex_eval.py.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "digest/timex.h"
#include "digest/tool_json.h"

namespace {

using storyline::JsonEscape;

std::string ToJson(const std::vector<storyline::Timex>& timexes) {
  std::string out = "[";
  for (size_t i = 0; i < timexes.size(); ++i) {
    const auto& t = timexes[i];
    out += (i ? ",{" : "{");
    out += "\"begin\":" + std::to_string(t.begin) + ",\"end\":" + std::to_string(t.end);
    out += ",\"text\":\"" + JsonEscape(t.text) + "\",\"type\":\"" + t.type + "\",\"value\":\"" +
           JsonEscape(t.value) + "\"}";
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

int TagOne(const std::string& path, const std::string& dct, const std::string& lang) {
  std::string text;
  if (!ReadFile(path, &text)) {
    std::cerr << "cannot read " << path << "\n";
    return 1;
  }
  std::optional<storyline::CivilDate> anchor;
  if (!dct.empty()) {
    anchor = storyline::ParseCivilDate(dct);
    if (!anchor) {
      std::cerr << "bad --dct " << dct << " (want YYYY-MM-DD)\n";
      return 2;
    }
  }
  std::cout << ToJson(storyline::TagTimex(text, lang, anchor)) << "\n";
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
    std::string path, dct, lang;
    std::getline(fields, path, '\t');
    std::getline(fields, dct, '\t');
    std::getline(fields, lang, '\t');
    if (int rc = TagOne(path, dct, lang.empty() ? "en" : lang); rc != 0) return rc;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string file, dct, lang = "en";
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--batch" && i + 1 < argc) return Batch(argv[++i]);
    if (arg == "--dct" && i + 1 < argc) {
      dct = argv[++i];
    } else if (arg == "--lang" && i + 1 < argc) {
      lang = argv[++i];
    } else if (!arg.empty() && arg[0] != '-') {
      file = arg;
    } else {
      std::cerr << "usage: storyline_timex_tool FILE [--dct YYYY-MM-DD] [--lang en|ru]\n"
                   "       storyline_timex_tool --batch MANIFEST\n";
      return 2;
    }
  }
  if (file.empty()) {
    std::cerr << "usage: storyline_timex_tool FILE [--dct YYYY-MM-DD] [--lang en|ru]\n";
    return 2;
  }
  return TagOne(file, dct, lang);
}
