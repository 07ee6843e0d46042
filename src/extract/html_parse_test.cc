#include "extract/html_parse.h"

#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/html_tree.h"

namespace storyline {
namespace {

// The subtree of `i` written compactly: elements as name(children), texts quoted, comments
// as <!>, elements of unknown names as ?(…).
std::string Shape(const DomIndex& dom, DomIndex::Id i) {
  std::string out;
  WalkIndex(
      dom, i,
      [&](DomIndex::Id n) {
        const myhtml_tag_id_t tag = dom.Tag(n);
        if (tag == MyHTML_TAG__TEXT) return out += "'" + std::string(dom.Text(n)) + "'", false;
        if (tag == MyHTML_TAG__COMMENT) return out += "<!>", false;
        if (tag == MyHTML_TAG__DOCTYPE) return out += "<doctype>", false;
        const std::string_view name = KnownTagName(tag);
        out += name.empty() ? (tag == MyHTML_TAG__UNDEF ? "#document" : "?") : std::string(name);
        out += "(";
        return true;
      },
      [&](DomIndex::Id) { out += ")"; });
  return out;
}

// `html` must outlive the index (its texts point into it): literals, or strings the test keeps.
DomIndex Parse(std::string_view html) {
  DomIndex dom;
  EXPECT_TRUE(ParseHtmlFast(html, dom).ok());
  return dom;
}

std::string BodyShape(std::string_view html) {
  DomIndex dom = Parse(html);
  return dom.body() == DomIndex::kNone ? "no body" : Shape(dom, dom.body());
}

struct ShapeCase {
  const char* html;
  const char* body;
};

TEST(HtmlParseTest, TreeShapes) {
  const ShapeCase cases[] = {
      // Blocks close an open <p>; end tags out of scope are ignored; </p> alone is an empty <p>.
      {"<p>a<p>b", "body(p('a')p('b'))"},
      {"<p>a<div>b</div>c", "body(p('a')div('b')'c')"},
      {"<p>a<h2>b</h2>c", "body(p('a')h2('b')'c')"},
      {"<p>a<ul><li>b</ul>", "body(p('a')ul(li('b')))"},
      {"<div>a</span>b</div>", "body(div('ab'))"},
      {"a</p>b", "body('a'p()'b')"},
      {"<h1>a<h2>b</h1>c", "body(h1('a')h2('b')'c')"},
      // Implied ends of list items, definitions, options.
      {"<ul><li>a<li>b</ul>c", "body(ul(li('a')li('b'))'c')"},
      {"<ul><li>a<ul><li>b</ul><li>c</ul>", "body(ul(li('a'ul(li('b')))li('c')))"},
      {"<dl><dt>a<dd>b<dt>c</dl>", "body(dl(dt('a')dd('b')dt('c')))"},
      {"<select><option>a<option>b</select>c", "body(select(option('a')option('b'))'c')"},
      {"<select><div>a</div></select>", "body(select('a'))"},
      // Tables: implied tbody and tr, cells closed by cells and rows, misplaced text before.
      {"<table><tr><td>a<td>b<tr><td>c</table>d", "body(table(tbody(tr(td('a')td('b'))tr(td('c'))))'d')"},
      {"<table><td>a</table>", "body(table(tbody(tr(td('a')))))"},
      {"<table>x<tr><td>a</table>", "body('x'table(tbody(tr(td('a')))))"},
      {"<table><div>x</div><tr><td>a</table>", "body(div('x')table(tbody(tr(td('a')))))"},
      {"<table><tr><td><table><tr><td>in</table>out</table>",
       "body(table(tbody(tr(td(table(tbody(tr(td('in'))))'out')))))"},
      {"<table><thead><tr><th>h<tbody><tr><td>d</table>", "body(table(thead(tr(th('h')))tbody(tr(td('d')))))"},
      // Void elements; formatting reopened in the next block; misnesting by the adoption agency.
      {"<p>a<br>b<img>c<hr>d", "body(p('a'br()'b'img()'c')hr()'d')"},
      {"<p><b>a</p><p>b</b>c", "body(p(b('a'))p(b('b')'c'))"},
      {"<b>a<i>b</b>c</i>", "body(b('a'i('b'))i('c'))"},
      {"<a>x<div>y</a>z</div>", "body(a('x')div(a('y')'z'))"},
      {"<a>1<a>2", "body(a('1')a('2'))"},
      {"<h2><a>t</h2><p>x", "body(h2(a('t'))p(a('x')))"},
      // Raw text and RCDATA; <pre>'s first newline; comments.
      {"<textarea><b>&amp;</textarea>", "body(textarea('<b>&'))"},
      {"<xmp><b>&amp;</xmp>", "body(xmp('<b>&amp;'))"},
      {"<pre>\nx\n</pre>", "body(pre('x\n'))"},
      {"a<!-- x -->b<!---->c<!-->d", "body('a'<!>'b'<!>'c'<!>'d')"},
      {"<body><noscript><p>n</p></noscript>", "body(noscript(p('n')))"},
      {"<iframe><p>n</p></iframe>", "body(iframe('<p>n</p>'))"},
      // Foreign content: text kept, HTML breaks out, integration points hold HTML.
      {"<svg><title>t</title><g><text>u</text></g></svg>x", "body(svg(title('t')g(text('u')))'x')"},
      {"<svg><g><p>q", "body(svg(g())p('q'))"},
      {"<svg><foreignObject><p>h</p></foreignObject></svg>", "body(svg(foreignobject(p('h'))))"},
      {"<math><mi>x</mi></math>", "body(math(mi('x')))"},
      {"<svg><![CDATA[a<b]]></svg>", "body(svg('a<b'))"},
      {"<table><svg><g>x</g></svg><tr><td>a</table>", "body(svg(g('x'))table(tbody(tr(td('a')))))"},
      // Character references.
      {"a&amp;b&lt;&#65;&#x42;&copy&notit;&#x80;&#0;&bogus;&", "body('a&b<AB\xc2\xa9\xc2\xacit;\xe2\x82\xac\xef\xbf\xbd&bogus;&')"},
      {"a\r\nb\rc", "body('a\nb\nc')"},
      // </form> closes only the form: a <div> opened in it stays open.
      {"<form><div>a</form>b</div>c", "body(form(div('ab'))'c')"},
      {"<table><form><tr><td>a</table>", "body(table(form()tbody(tr(td('a')))))"},
      {"<table><colgroup><col><col></colgroup><tr><td>a</table>",
       "body(table(colgroup(col()col())tbody(tr(td('a')))))"},
      {"<table><input type=hidden><input><tr><td>a</table>", "body(input()table(input()tbody(tr(td('a')))))"},
      // Custom elements are elements; head-only elements in the body stay there.
      {"<my-card>x</my-card>", "body(?('x'))"},
      {"<p>x<meta name=a content=b>y", "body(p('x'meta()'y'))"},
  };
  for (const ShapeCase& c : cases) EXPECT_EQ(BodyShape(c.html), c.body) << c.html;
}

TEST(HtmlParseTest, DocumentShapes) {
  const ShapeCase cases[] = {
      {"", "#document(html(head()body()))"},
      {"x", "#document(html(head()body('x')))"},
      {"<!DOCTYPE html><title>t</title><p>x", "#document(<doctype>html(head(title('t'))body(p('x'))))"},
      {"<html><head><meta charset=utf-8></head> <body>b</body></html>",
       "#document(html(head(meta())' 'body('b')))"},
      // A head-only element between </head> and <body> goes in the head.
      {"<head></head><link rel=canonical href=u><body>x", "#document(html(head(link())body('x')))"},
      {"<head><noscript><style>s</style></noscript><p>x", "#document(html(head(noscript(style()))body(p('x'))))"},
      {"<title>a<b>c</title>", "#document(html(head(title('a<b>c'))body()))"},
      // Comments after </body> go to <html>, after </html> to the document; text to the body.
      {"<body>a</body><!--1-->b</html><!--2-->", "#document(html(head()body('ab')<!>)<!>)"},
  };
  for (const ShapeCase& c : cases) {
    DomIndex dom = Parse(c.html);
    EXPECT_EQ(Shape(dom, 0), c.body) << c.html;
  }
}

TEST(HtmlParseTest, TableClosesParagraphOnlyWithStandardsDoctype) {
  EXPECT_EQ(BodyShape("<p>a<table><td>b</table>"), "body(p('a'table(tbody(tr(td('b'))))))");
  EXPECT_EQ(BodyShape("<!DOCTYPE html><p>a<table><td>b</table>"), "body(p('a')table(tbody(tr(td('b')))))");
  EXPECT_EQ(BodyShape("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\"><p>a<table></table>"),
            "body(p('a'table()))");
}

TEST(HtmlParseTest, ReadAttributesOnly) {
  DomIndex dom = Parse(
      "<body><META NAME=author CONTENT='A &amp; B' name=second><div Class=Lead ID=x name=n title=t data-x=1 hidden>"
      "<time datetime=\"2020-01-02\" pubdate>d</time><abbr title='1 May'>m</abbr><span itemprop=articleBody>s</span>"
      "<a href=/x content=\"&copy=1\">l</a>");
  std::vector<std::string> seen;
  for (DomIndex::Id i = 0; i < dom.size(); ++i) {
    switch (dom.Tag(i)) {
      case MyHTML_TAG_META:
        EXPECT_EQ(dom.Attr(i, "name"), "author");  // the first of a name counts
        EXPECT_EQ(dom.Attr(i, "content"), "A & B");
        break;
      case MyHTML_TAG_DIV:
        EXPECT_EQ(dom.Name(i), "lead x");
        EXPECT_TRUE(dom.Has(i, DomIndex::kHidden));
        EXPECT_EQ(dom.Attr(i, "name"), "");   // read on <meta> only
        EXPECT_EQ(dom.Attr(i, "title"), "");  // read on <abbr> only
        break;
      case MyHTML_TAG_TIME:
        EXPECT_EQ(dom.Attr(i, "datetime"), "2020-01-02");
        EXPECT_TRUE(dom.Has(i, DomIndex::kPubdate));
        break;
      case MyHTML_TAG_ABBR: EXPECT_EQ(dom.Attr(i, "title"), "1 May"); break;
      case MyHTML_TAG_SPAN: EXPECT_TRUE(dom.Has(i, DomIndex::kItempropArticleBody)); break;
      case MyHTML_TAG_A:
        EXPECT_EQ(dom.Attr(i, "href"), "");  // read on <link> only
        EXPECT_EQ(dom.Attr(i, "content"), "&copy=1");  // a legacy name before '=' in a value stays
        break;
      default: continue;
    }
    seen.emplace_back(KnownTagName(dom.Tag(i)));
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"meta", "div", "time", "abbr", "span", "a"}));
}

TEST(HtmlParseTest, ScriptsKeepOnlyWhatIsRead) {
  const ShapeCase cases[] = {
      {"<body><script>var a = \"<p>\";</script>", "body(script(' '))"},  // not read: one space
      {"<body><script src=x></script>", "body(script())"},
      {"<body><script type=application/ld+json>{\"a\":\"</b>\"}</script>", "body(script('{\"a\":\"</b>\"}'))"},
      {"<body><script>x={\"datePublished\":\"2020\"}</script>", "body(script('x={\"datePublished\":\"2020\"}'))"},
      // Escaped script data: "</script>" inside "<!-- <script>" does not end it.
      {"<body><script><!-- <script>a</script> --></script>b", "body(script(' ')'b')"},
      {"<body><script><!-- a --></script>b", "body(script(' ')'b')"},
      {"<body><style>p { color: red }</style>x", "body(style()'x')"},
  };
  for (const ShapeCase& c : cases) EXPECT_EQ(BodyShape(c.html), c.body) << c.html;
}

TEST(HtmlParseTest, LaterHtmlAndBodyTagsAddTheirAttributes) {
  DomIndex dom = Parse("<p>x<body class=main id=b><body class=other hidden><html class=h>");
  ASSERT_NE(dom.body(), DomIndex::kNone);
  EXPECT_EQ(dom.Name(dom.body()), "main b");  // the first of each name counts
  EXPECT_TRUE(dom.Has(dom.body(), DomIndex::kHidden));
  EXPECT_EQ(dom.Name(dom.Parent(dom.body())), "h ");
}

TEST(HtmlParseTest, CustomElementsHaveOneIdPerName) {
  DomIndex dom = Parse("<x-a>1</x-a><x-b>2</x-b><x-a>3</x-a>");
  std::vector<myhtml_tag_id_t> tags;
  for (DomIndex::Id i = dom.body() + 1; i < dom.End(dom.body()); i = dom.End(i)) tags.push_back(dom.Tag(i));
  ASSERT_EQ(tags.size(), 3u);
  EXPECT_EQ(tags[0], tags[2]);
  EXPECT_NE(tags[0], tags[1]);
  for (myhtml_tag_id_t t : tags) EXPECT_GE(t, static_cast<myhtml_tag_id_t>(MyHTML_TAG_LAST_ENTRY));
}

TEST(HtmlParseTest, DeepNestingIsCappedAndKeepsText) {
  std::string html;
  for (int k = 0; k < 100000; ++k) html += "<div>";
  html += "deep";
  for (int k = 0; k < 100000; ++k) html += "<span>s</span>";
  DomIndex dom = Parse(html);
  std::size_t text = 0, max_depth = 0;
  for (DomIndex::Id i = 0; i < dom.size(); ++i) {
    if (dom.Tag(i) == MyHTML_TAG__TEXT) text += dom.Text(i).size();
    std::size_t depth = 0;
    for (DomIndex::Id p = dom.Parent(i); p != DomIndex::kNone && depth <= kMaxParseDepth + 8; p = dom.Parent(p)) ++depth;
    max_depth = std::max(max_depth, depth);
  }
  EXPECT_EQ(text, 4u + 100000u);
  EXPECT_LE(max_depth, kMaxParseDepth + 2);
}

// A page with more nodes than kMaxParseNodes is parsed up to the cap: the start is kept, the
// rest is not read.
TEST(HtmlParseTest, NodeCountIsCapped) {
  std::string html = "<html><body><p>first paragraph</p>";
  const std::size_t paragraphs = kMaxParseNodes / 2 + 1000;  // two nodes each: <p> and its text
  html.reserve(html.size() + paragraphs * 9 + 32);
  for (std::size_t k = 0; k < paragraphs; ++k) html += "<p>x</p>";
  html += "<p>last paragraph</p>";
  DomIndex dom = Parse(html);
  EXPECT_LE(dom.size(), kMaxParseNodes + 8);
  EXPECT_GE(dom.size(), kMaxParseNodes - 8);
  bool first = false, last = false;
  for (DomIndex::Id i = 0; i < dom.size(); ++i) {
    first = first || dom.Text(i) == "first paragraph";
    last = last || dom.Text(i) == "last paragraph";
  }
  EXPECT_TRUE(first);
  EXPECT_FALSE(last);
}

TEST(HtmlParseTest, TruncatedAndJunkInputNeverFails) {
  for (const char* html : {"<", "</", "<div class=\"x", "<!--", "<!DOCTYPE", "<script>", "<script><!--", "<a href='",
                           "<table><tr", "&", "&#", "&#x", "&#99999999999;", "<svg><![CDATA[", "<p><b><i><u><s>"}) {
    DomIndex dom;
    EXPECT_TRUE(ParseHtmlFast(html, dom).ok()) << html;
    EXPECT_NE(dom.body(), DomIndex::kNone) << html;
  }
  std::mt19937 rng(3);
  const std::string alphabet = "<>/!-=\"' abp&#;x\n\0\xc3\xa9tdrlis";
  for (int round = 0; round < 2000; ++round) {
    std::string html;
    for (int k = static_cast<int>(rng() % 200); k > 0; --k) html.push_back(alphabet[rng() % alphabet.size()]);
    DomIndex dom;
    ASSERT_TRUE(ParseHtmlFast(html, dom).ok());
    ASSERT_EQ(dom.End(0), dom.size());
  }
}

TEST(HtmlParseTest, MisnestedFormattingIsLinearAndKeepsText) {
  std::string html;
  for (int k = 0; k < 20000; ++k) html += "<b><i><a href=x><div>t</b></i></a>";
  DomIndex dom = Parse(html);
  std::size_t text = 0;
  for (DomIndex::Id i = 0; i < dom.size(); ++i) {
    if (dom.Tag(i) == MyHTML_TAG__TEXT) text += dom.Text(i).size();
  }
  EXPECT_EQ(text, 20000u);
  EXPECT_LT(dom.size(), 20u * 20000u);
}

// The parser's copies of an <a> the page never closed (reopened in each paragraph after it, up
// to the next <a>) are no links, by both parsers alike; copies of a link closed by its own </a>
// (reopened inside it, or adopted around a misnested block) are, as is every <a> the page wrote.
TEST(HtmlParseTest, CopiesOfALinkLeftOpenAreNoLinks) {
  struct Case {
    std::string html;
    std::vector<bool> links;  // IsLink of each <a>, in document order
  };
  const std::vector<Case> cases = {
      {"<p>One <a href=x>two</p><p>three</p><p>four <a href=y>five</a></p>", {true, false, false, true}},
      {"<p>One <a href=x>two</p><p>three</p><p>four <!-- <a href=z> --></a></p>", {true, true, true}},
      {"<p>One <A HREF=x>two</p><p>three</p>", {true, false}},
      {"<p><a href=x><div>Title</div><div>Summary</div></a></p>", {true, true, true}},
      {"<a href=x>one<div>two</a>three</div>", {true, true}},
      // An "</a>" a script or a style writes closes nothing; one after the script does.
      {"<p>One <a href=x>two</p><p>three</p><script>document.write(\"</a>\")</script>", {true, false}},
      {"<p>One <a href=x>two</p><p>three</p><STYLE>/* </a> */</STYLE>", {true, false}},
      {"<p>One <a href=x>two</p><p>three<script>x()</script></a></p>", {true, true}},
      {"<p>One <a href=x>two</p><p>three</p><script>var s = \"</a>", {true, false}},  // never closed
      {"<p>One <a href=x>two</p><p>three<scripted>x</scripted></a></p>", {true, true}},  // no script
  };
  for (const Case& c : cases) {
    DomIndex fast = Parse(c.html);
    DomIndex slow;
    Result<myhtml_tree_t*> tree = ParseHtml(c.html);
    ASSERT_TRUE(tree.ok());
    slow.Build(*tree);
    for (const DomIndex* dom : {&fast, &slow}) {
      std::vector<bool> links;
      for (DomIndex::Id i = 0; i < dom->size(); ++i) {
        if (dom->Tag(i) == MyHTML_TAG_A) links.push_back(dom->IsLink(i));
      }
      EXPECT_EQ(links, c.links) << c.html << (dom == &fast ? " (fast parser)" : " (myhtml)");
    }
  }
}

// React's streamed rendering: <div hidden id="S:x"> holds what a script puts where
// <template id="B:x"> (or P:x) stands, in place of the fallback that runs to <!--/$-->.
TEST(HtmlParseTest, StreamedSegmentsTakeTheirPlaceholdersPlace) {
  const ShapeCase cases[] = {
      {"<div><!--$?--><template id=\"B:0\"></template><div>Loading</div><!--/$--></div>"
       "<div hidden id=\"S:0\"><p>Story</p></div>",
       "body(div(<!>p('Story')template()<!>))"},
      // No end marker: the fallback is left.
      {"<div><template id=\"B:1\"></template><div>Loading</div></div><div hidden id=\"S:1\"><p>Story</p></div>",
       "body(div(p('Story')template()div('Loading')))"},
      // A segment inside a segment.
      {"<div><template id=\"B:0\"></template></div><div hidden id=\"S:0\"><p>a</p><template id=\"B:1\"></template></div>"
       "<div hidden id=\"S:1\"><p>b</p></div>",
       "body(div(p('a')p('b')template()template()))"},
      // Without its placeholder, or not hidden, or not a segment id, a div stays where it is.
      {"<div hidden id=\"S:2\"><p>x</p></div>", "body(div(p('x')))"},
      {"<div><template id=\"B:3\"></template></div><div id=\"S:3\"><p>x</p></div>", "body(div(template())div(p('x')))"},
      {"<div><template id=\"B:4\"></template></div><div hidden id=\"X:4\"><p>x</p></div>", "body(div(template())div(p('x')))"},
      // Malformed: a segment holding its own placeholder stays where it is; a second placeholder
      // of the same id stays empty; a placeholder whose id is only "B:" is none.
      {"<div hidden id=\"S:5\"><p>x</p><template id=\"B:5\"></template></div>",
       "body(div(p('x')template()))"},
      {"<div><template id=\"B:6\"></template><template id=\"B:6\"></template></div><div hidden id=\"S:6\"><p>x</p></div>",
       "body(div(p('x')template()template()))"},
      {"<div><template id=\"B:\"></template></div><div hidden id=\"S:\"><p>x</p></div>", "body(div(template())div(p('x')))"},
      // A placeholder in <head> keeps nothing there: the segment stays in the body.
      {"<template id=\"B:7\"></template><div hidden id=\"S:7\"><p>x</p></div>", "body(div(p('x')))"},
  };
  for (const ShapeCase& c : cases) EXPECT_EQ(BodyShape(c.html), c.body) << c.html;
}

// InnerText: text runs together inside inline elements and is parted where a browser breaks the
// line (a <br>, a block), so a title written "Tax 101<br>A guide" is not "Tax 101A guide".
TEST(InnerTextTest, BreaksBetweenBlocksAndAtBr) {
  const std::pair<const char*, const char*> cases[] = {
      {"<h1>Tax 101<br>A guide to taxes</h1>", "Tax 101 A guide to taxes"},
      {"<h1>Best <em>Notion</em> Alternatives<div>Top tools</div></h1>", "Best Notion Alternatives Top tools"},
      {"<h1>in<b>line</b>d</h1>", "inlined"},
      {"<h1> <p>one</p><p>two</p> </h1>", "one two"},
  };
  for (const auto& [html, want] : cases) {
    DomIndex dom = Parse(html);
    DomIndex::Id h1 = DomIndex::kNone;
    for (DomIndex::Id i = 0; i < dom.size() && h1 == DomIndex::kNone; ++i) {
      if (dom.Tag(i) == MyHTML_TAG_H1) h1 = i;
    }
    ASSERT_NE(h1, DomIndex::kNone) << html;
    EXPECT_EQ(InnerText(dom, h1), want) << html;
  }
}

}  // namespace
}  // namespace storyline
