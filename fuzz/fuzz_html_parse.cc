// libFuzzer target: the fast HTML parser (html_parse.h) on arbitrary bytes must build a
// well-formed DomIndex (pre-order ranges nested in their parents', a <body>, nesting within
// kMaxParseDepth) that the extraction then reads (under ASan: every text and value is readable);
// aborts otherwise. Inputs are split at the first 0xff byte into the page and a second page
// parsed right after, so that buffers reused between pages are exercised too.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "extract/html_dom.h"
#include "extract/html_metadata.h"
#include "extract/html_parse.h"
#include "extract/html_text.h"

namespace {

void CheckIndex(const storyline::DomIndex& dom) {
  using Id = storyline::DomIndex::Id;
  if (dom.size() == 0 || dom.End(0) != dom.size() || dom.body() == storyline::DomIndex::kNone) std::abort();
  std::size_t bytes = 0;
  for (Id i = 1; i < dom.size(); ++i) {
    const Id parent = dom.Parent(i);
    if (parent >= i || dom.End(i) <= i || dom.End(i) > dom.End(parent)) std::abort();
    for (char c : dom.Text(i)) bytes += static_cast<unsigned char>(c);  // reads every byte
    std::size_t depth = 0;
    for (Id p = parent; p != storyline::DomIndex::kNone && depth < 600; p = dom.Parent(p)) ++depth;
    if (depth > storyline::kMaxParseDepth + 2) std::abort();
  }
  if (bytes == SIZE_MAX) std::abort();
}

void ParseAndRead(std::string_view html) {
  storyline::DomIndex dom;
  if (!storyline::ParseHtmlFast(html, dom).ok()) std::abort();
  CheckIndex(dom);
  storyline::HtmlMetadata meta = storyline::ExtractHtmlMetadata(dom);
  (void)storyline::ExtractMainText(dom, meta.title);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  // Copies, so that ASan sees reads past the page's end.
  std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t split = input.find('\xff');
  const std::string first(input.substr(0, split));
  ParseAndRead(first);
  if (split != std::string_view::npos) {
    const std::string second(input.substr(split + 1));
    ParseAndRead(second);
  }
  return 0;
}
