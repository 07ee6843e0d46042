#include "extract/html_metadata.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <nlohmann/json.hpp>

#include "base/time_util.h"
#include "extract/html_dom.h"

namespace storyline {
namespace {

using Json = nlohmann::json;

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Everything the single walk over the tree collects; choices between sources come after.
struct Candidates {
  std::string og_title, twitter_title, h1, title_tag;
  std::string meta_published, itemprop_published, time_datetime;
  std::string og_url, canonical, site_name, meta_author;
  std::string ld_headline, ld_published, ld_author;
};

void SetOnce(std::string& field, std::string_view value) {
  value = Trim(value);
  if (field.empty() && !value.empty()) field = std::string(value);
}

void TakeMeta(myhtml_tree_node_t* node, Candidates& c) {
  std::string key(AttrValue(node, "property"));
  if (key.empty()) key = AttrValue(node, "name");
  if (key.empty()) key = AttrValue(node, "itemprop");
  key = Lower(key);
  std::string_view content = AttrValue(node, "content");
  if (key == "og:title") SetOnce(c.og_title, content);
  else if (key == "twitter:title") SetOnce(c.twitter_title, content);
  else if (key == "article:published_time" || key == "og:article:published_time") SetOnce(c.meta_published, content);
  else if (key == "datepublished") SetOnce(c.itemprop_published, content);
  else if (key == "og:url") SetOnce(c.og_url, content);
  else if (key == "og:site_name") SetOnce(c.site_name, content);
  else if (key == "author") SetOnce(c.meta_author, content);
}

std::string LdAuthorName(const Json& author) {
  if (author.is_string()) return author.get<std::string>();
  if (author.is_array() && !author.empty()) return LdAuthorName(author.front());
  if (author.is_object() && author.contains("name")) return LdAuthorName(author["name"]);
  return {};
}

std::string LdString(const Json& obj, const char* key) {
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Finds the first object carrying a headline or datePublished, through arrays and @graph.
void TakeJsonLd(const Json& j, Candidates& c, int depth) {
  if (depth > 8) return;
  if (j.is_array()) {
    for (const Json& item : j) TakeJsonLd(item, c, depth + 1);
    return;
  }
  if (!j.is_object()) return;
  if (j.contains("headline") || j.contains("datePublished")) {
    SetOnce(c.ld_headline, LdString(j, "headline"));
    SetOnce(c.ld_published, LdString(j, "datePublished"));
    if (j.contains("author")) SetOnce(c.ld_author, LdAuthorName(j["author"]));
  }
  if (j.contains("@graph")) TakeJsonLd(j["@graph"], c, depth + 1);
}

void TakeScript(myhtml_tree_node_t* node, Candidates& c) {
  if (Lower(Trim(AttrValue(node, "type"))) != "application/ld+json") return;
  myhtml_tree_node_t* text_node = myhtml_node_child(node);
  if (text_node == nullptr) return;
  std::size_t length = 0;
  const char* text = myhtml_node_text(text_node, &length);
  if (text == nullptr) return;
  Json j = Json::parse(std::string_view(text, length), nullptr, /*allow_exceptions=*/false);
  if (!j.is_discarded()) TakeJsonLd(j, c, 0);  // broken JSON-LD is common; ignore it
}

void TakeElement(myhtml_tree_node_t* node, Candidates& c) {
  switch (TagOf(node)) {
    case MyHTML_TAG_META: return TakeMeta(node, c);
    case MyHTML_TAG_SCRIPT: return TakeScript(node, c);
    case MyHTML_TAG_TITLE: return SetOnce(c.title_tag, InnerText(node));
    case MyHTML_TAG_H1: return SetOnce(c.h1, InnerText(node));
    case MyHTML_TAG_LINK:
      if (Lower(AttrValue(node, "rel")) == "canonical") SetOnce(c.canonical, AttrValue(node, "href"));
      return;
    case MyHTML_TAG_TIME: SetOnce(c.time_datetime, AttrValue(node, "datetime")); break;
    default: break;
  }
  if (Lower(AttrValue(node, "itemprop")) == "datepublished") {
    SetOnce(c.itemprop_published, AttrValue(node, "content"));
    SetOnce(c.itemprop_published, AttrValue(node, "datetime"));
  }
}

Candidates Collect(myhtml_tree_t* tree) {
  Candidates c;
  WalkTree(
      myhtml_tree_get_document(tree),
      [&](myhtml_tree_node_t* n) {
        myhtml_tag_id_t tag = TagOf(n);
        if (tag == MyHTML_TAG__TEXT || tag == MyHTML_TAG__COMMENT) return false;
        TakeElement(n, c);
        return tag != MyHTML_TAG_SCRIPT && tag != MyHTML_TAG_STYLE;
      },
      [](myhtml_tree_node_t*) {});
  return c;
}

std::string FirstNonEmpty(std::initializer_list<const std::string*> options) {
  for (const std::string* s : options) {
    if (!s->empty()) return *s;
  }
  return {};
}

std::optional<int64_t> FirstDate(std::initializer_list<const std::string*> options) {
  for (const std::string* s : options) {
    if (auto t = ParseIso8601(Trim(*s))) return t;
  }
  return std::nullopt;
}

bool IsHttpUrl(std::string_view url) { return url.starts_with("http://") || url.starts_with("https://"); }

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  AppendCollapsed(out, s);
  return std::string(Trim(out));
}

}  // namespace

std::string StripSiteSuffix(std::string_view title) {
  static constexpr std::array<std::string_view, 4> kSeparators = {" | ", " - ", " \xe2\x80\x94 ", " \xe2\x80\x93 "};
  std::size_t best = std::string_view::npos, width = 0;
  for (std::string_view sep : kSeparators) {
    std::size_t pos = title.rfind(sep);
    if (pos != std::string_view::npos && (best == std::string_view::npos || pos > best)) best = pos, width = sep.size();
  }
  if (best == std::string_view::npos) return std::string(title);
  std::string_view head = Trim(title.substr(0, best)), tail = Trim(title.substr(best + width));
  return head.size() > tail.size() ? std::string(head) : std::string(title);
}

std::string HostOf(std::string_view url) {
  if (!IsHttpUrl(url)) return {};
  url.remove_prefix(url.find("://") + 3);
  std::string host = Lower(url.substr(0, url.find_first_of("/:?#")));
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

HtmlMetadata ExtractHtmlMetadata(myhtml_tree_t* tree) {
  Candidates c = Collect(tree);
  HtmlMetadata m;
  std::string stripped_title = StripSiteSuffix(c.title_tag);
  m.title = CollapseSpaces(FirstNonEmpty({&c.og_title, &c.twitter_title, &c.ld_headline, &c.h1, &stripped_title}));
  m.published = FirstDate({&c.meta_published, &c.itemprop_published, &c.ld_published, &c.time_datetime});
  if (IsHttpUrl(c.og_url)) m.url = c.og_url;
  else if (IsHttpUrl(c.canonical)) m.url = c.canonical;
  m.source = c.site_name.empty() ? HostOf(m.url) : CollapseSpaces(c.site_name);
  m.author = CollapseSpaces(FirstNonEmpty({&c.meta_author, &c.ld_author}));
  return m;
}

}  // namespace storyline
