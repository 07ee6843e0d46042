// libFuzzer target: DropUnreadHtml on arbitrary bytes must give myhtml the same tree (less the
// text it drops) as the bytes themselves; aborts on any difference.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "extract/html_dom.h"
#include "extract/html_prescan.h"
#include "extract/prescan_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  std::string_view html(reinterpret_cast<const char*>(data), size);
  std::string kept;
  if (!storyline::DropUnreadHtml(html, kept)) return 0;
  storyline::Result<myhtml_tree_t*> a = storyline::ParseHtml(html);
  if (!a.ok()) return 0;
  std::string dump_a = storyline::DumpTreeForPrescanCheck(*a);
  storyline::Result<myhtml_tree_t*> b = storyline::ParseHtml(kept);
  if (!b.ok() || storyline::DumpTreeForPrescanCheck(*b) != dump_a) std::abort();
  return 0;
}
