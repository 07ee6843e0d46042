#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

#include "extract/date_text.h"
#include "extract/html_dom.h"
#include "extract/html_metadata.h"
#include "extract/html_parse.h"
#include "extract/html_text.h"

namespace storyline {
namespace {

using testing::ReadFixture;

bool operator==(const HtmlMetadata& a, const HtmlMetadata& b) {
  return a.title == b.title && a.published == b.published && a.published_local.has_value() == b.published_local.has_value() &&
         a.published_source == b.published_source && a.url == b.url && a.source == b.source && a.author == b.author;
}

// The metadata with the fast parser (html_parse.h); myhtml's tree must give the same.
HtmlMetadata MetadataOf(const std::string& html) {
  DomIndex dom;
  EXPECT_TRUE(ParseHtmlFast(html, dom).ok());
  HtmlMetadata fast = ExtractHtmlMetadata(dom);
  Result<myhtml_tree_t*> tree = ParseHtml(html);
  EXPECT_TRUE(tree.ok());
  EXPECT_TRUE(ExtractHtmlMetadata(*tree) == fast) << "myhtml reads this page otherwise";
  return fast;
}

// The main text with the fast parser; myhtml's tree must give the same.
std::string TextOf(const std::string& html, const std::string& title = "") {
  DomIndex dom;
  EXPECT_TRUE(ParseHtmlFast(html, dom).ok());
  std::string fast = ExtractMainText(dom, title);
  Result<myhtml_tree_t*> tree = ParseHtml(html);
  EXPECT_TRUE(tree.ok());
  EXPECT_EQ(ExtractMainText(*tree, title), fast) << "myhtml reads this page otherwise";
  return fast;
}

TEST(HtmlMetadataTest, OpenGraphFixture) {
  HtmlMetadata m = MetadataOf(ReadFixture("boilerplate.html"));
  EXPECT_EQ(m.title, "Bridge closure extended by two weeks");
  EXPECT_EQ(m.published, 1614846600);  // 2021-03-04T09:30:00+01:00
  EXPECT_EQ(m.url, "https://www.riverside-gazette.example/news/bridge-closure");
  EXPECT_EQ(m.source, "Riverside Gazette");
  EXPECT_EQ(m.author, "Dana Whitfield");
}

TEST(HtmlMetadataTest, JsonLdFixture) {
  HtmlMetadata m = MetadataOf(ReadFixture("jsonld.html"));
  EXPECT_EQ(m.title, "Ferry fares to rise in July");
  EXPECT_EQ(m.published, 1591949700);  // JSON-LD 2020-06-12T08:15Z beats <time> 2020-06-13
  EXPECT_EQ(m.url, "https://harbourtimes.example/2020/06/ferry-fares");
  EXPECT_EQ(m.source, "harbourtimes.example");
  EXPECT_EQ(m.author, "Priya Nair and Tom Berg");  // both names of the JSON-LD author array
}

struct MetaCase {
  std::string name, html, title;
  std::optional<int64_t> published;
};

TEST(HtmlMetadataTest, Preferences) {
  const MetaCase cases[] = {
      {"twitter beats h1", "<meta name='twitter:title' content='T'><h1>H</h1>", "T", std::nullopt},
      {"h1 beats title tag", "<title>X | S</title><h1> Head  line </h1>", "Head line", std::nullopt},
      {"title tag suffix stripped", "<title>Long headline text - Site</title>", "Long headline text",
       std::nullopt},
      {"og title suffix stripped", "<meta property='og:title' content='Rail strike called off | Northern Post'>",
       "Rail strike called off", std::nullopt},
      {"agreeing h1 beats a rewritten og title",
       "<meta property='og:title' content='Strike called off: what it means for you'><h1>Rail strike called off</h1>",
       "Rail strike called off", std::nullopt},
      {"unrelated h1 (a logo) loses", "<meta property='og:title' content='Rail strike called off'><h1>Northern Post</h1>",
       "Rail strike called off", std::nullopt},
      // Regression (wcxb-dev, DAnIEL tune): the og:title rewritten for sharing, the page's own
      // headline a whole sentence that shares a word with it.
      {"a sentence-long h1 beats a rewritten og title",
       "<meta property='og:title' content='More girls having under-age sex'>"
       "<h1>A quarter of young women have had sex under age, survey finds</h1>",
       "A quarter of young women have had sex under age, survey finds", std::nullopt},
      {"a long h1 sharing no word with the titles (an advert) loses",
       "<meta property='og:title' content='Battle with the troika over the minimum wage'>"
       "<title>Ethnos - Battle with the troika over the minimum wage</title>"
       "<h1>A car charger for phones, tablets and players at half price today</h1>",
       "Battle with the troika over the minimum wage", std::nullopt},
      {"a five-word h1 that disagrees still loses",
       "<meta property='og:title' content='Best tax software of 2025'><h1>Tax software for small firms</h1>",
       "Best tax software of 2025", std::nullopt},
      {"itemprop datePublished", "<span itemprop='datePublished' content='2019-11-01T00:32:00Z'></span>", "",
       1572568320},
      {"time element", "<p><time datetime='2019-11-01T00:32:00Z'>x</time></p>", "", 1572568320},
      {"bad date skipped for the next one",
       "<meta property='article:published_time' content='yesterday'><time datetime='2019-11-01T00:32Z'></time>",
       "", 1572568320},
  };
  for (const auto& c : cases) {
    HtmlMetadata m = MetadataOf(c.html);
    EXPECT_EQ(m.title, c.title) << c.name;
    EXPECT_EQ(m.published, c.published) << c.name;
  }
}

// `n` short words: filler that pushes what follows past the bytes read after the headline.
std::string Words(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += "word ";
  return out;
}

struct DateSourceCase {
  std::string name, html;
  std::string local, source;  // FormatLocalDate of published_local, published_source
};

TEST(HtmlMetadataTest, DateSources) {
  const DateSourceCase cases[] = {
      {"url beats meta", "<link rel='canonical' href='https://x.example/2019/11/01/a'>"
       "<meta property='article:published_time' content='2019-10-31T23:30:00Z'>", "2019-11-01", "url"},
      {"published meta beats json-ld",
       "<meta name='parsely-pub-date' content='2019-11-01T10:00:00Z'><script type='application/ld+json'>"
       "{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-10-01\"}</script>",
       "2019-11-01T10:00:00Z", "meta:parsely-pub-date"},
      {"json-ld graph article", "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\"},"
       "{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"datePublished\":\"2019-11-01T12:30:00+03:00\","
       "\"dateModified\":\"2019-11-02\"}]}</script>", "2019-11-01T12:30:00+03:00", "json-ld:datePublished"},
      {"publication beats modification", "<meta property='article:modified_time' content='2019-11-05'>"
       "<meta name='dc.date' content='2019-11-01'>", "2019-11-01", "meta:dc.date"},
      {"modification when nothing else", "<meta property='article:modified_time' content='2019-11-05'>",
       "2019-11-05", "meta:article:modified_time"},
      {"time pubdate beats an earlier time", "<time datetime='2019-10-01'>x</time>"
       "<time pubdate datetime='2019-11-01'>y</time>", "2019-11-01", "time"},
      {"time text without attribute", "<h1>H</h1><time class='published'>1 November 2019</time>", "2019-11-01",
       "time:text"},
      {"dateline element", "<h1>H</h1><div class='article-meta'>Published 1 November 2019, 12:30</div>",
       "2019-11-01T12:30:00", "text:dateline"},
      {"russian dateline", "<h1>H</h1><span class='date'>1 ноября 2019</span>", "2019-11-01", "text:dateline"},
      {"update dateline skipped", "<h1>H</h1><div class='meta'>Updated 5 November 2019</div>"
       "<p>Filed 01.11.2019 12:30 from the city hall.</p>", "2019-11-01T12:30:00", "text"},
      {"nav dates ignored", "<nav><span class='date'>5 November 2019</span></nav><h1>H</h1>"
       "<p>Filed 01.11.2019.</p>", "2019-11-01", "text"},
      {"text before the headline as a last resort", "<p>Monday 01.11.2019</p><h1>H</h1>", "2019-11-01",
       "text:page"},
      {"none", "<h1>H</h1><p>No date here.</p>", "", ""},
      // A CMS's dc.date is often the last save; the date the page shows goes first.
      {"dateline beats dc.date", "<meta name='dc.date' content='2019-11-08'><h1>H</h1>"
       "<div class='date'>1 November 2019</div>", "2019-11-01", "text:dateline"},
      // The day shown under the headline picks, among the candidates, one that names it: here a
      // UTC meta time a day after the local evening the page shows.
      {"shown day picks the agreeing candidate", "<meta property='article:published_time' content='2019-11-02T02:30:00Z'>"
       "<h1>H</h1><p>By A. Writer</p><time datetime='2019-11-01T21:30:00-05:00'>November 1, 2019</time>",
       "2019-11-01T21:30:00-05:00", "time"},
      {"shown update day keeps the publication", "<meta property='article:published_time' content='2019-10-01T10:00:00Z'>"
       "<meta property='article:modified_time' content='2019-11-05T10:00:00Z'><h1>H</h1><p>5 November 2019</p>",
       "2019-10-01T10:00:00Z", "meta:article:published_time"},
      {"shown day nothing names changes nothing", "<meta property='article:published_time' content='2019-10-01T10:00:00Z'>"
       "<h1>H</h1><p>The fair opens on 5 November 2019.</p>", "2019-10-01T10:00:00Z", "meta:article:published_time"},
      // Regression (htmldate-eval pronats.de): the only dateline says "Aktualisiert"; it was
      // skipped and a date inside the article text won.
      {"an update dateline beats a date in the body text",
       "<h1>H</h1><p>" + Words(450) + " Seit 4. August 2014 gilt das Gesetz.</p>"
       "<div class='info'>Aktualisiert: 30.12.2016</div>", "2016-12-30", "text:dateline-updated"},
      // Regression (htmldate-eval literaturkritik.de): the page labels which date is which.
      {"a labelled publication date beats the first date of the page",
       "<h1>H</h1><p>" + Words(450) + "</p><p>Letzte \xc3\x84nderung: 31.10.2023 - 14:49:39 Erschienen am: 01.11.2023</p>",
       "2023-11-01", "text:published"},
      {"a labelled russian publication date beats a date in the text",
       "<h1>H</h1><p>\xd0\xa4\xd0\xb5\xd1\x81\xd1\x82\xd0\xb8\xd0\xb2\xd0\xb0\xd0\xbb\xd1\x8c 12 \xd0\xb8\xd1\x8e\xd0\xbd\xd1\x8f 2020.</p>"
       "<p>\xd0\x9e\xd0\xbf\xd1\x83\xd0\xb1\xd0\xbb\xd0\xb8\xd0\xba\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe: 7 \xd0\xb8\xd1\x8e\xd0\xbd\xd1\x8f 2020</p>",
       "2020-06-07", "text:published"},
      // The one-pass label search (stop 10): capitals, and a two-word label broken by a newline.
      {"an upper-case publication label",
       "<h1>H</h1><p>" + Words(450) + " Seit 4. August 2014 gilt das Gesetz.</p><p>PUBLISHED: 3 May 2021</p>",
       "2021-05-03", "text:published"},
      {"a two-word label across collapsed whitespace",
       "<h1>H</h1><p>" + Words(450) + " 12 \xd0\xb8\xd1\x8e\xd0\xbd\xd1\x8f 2020.</p>"
       "<p>\xd0\x94\xd0\xb0\xd1\x82\xd0\xb0\n  \xd0\xbf\xd1\x83\xd0\xb1\xd0\xbb\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8: 7 \xd0\xb8\xd1\x8e\xd0\xbd\xd1\x8f 2020</p>",
       "2020-06-07", "text:published"},
      // A labelled date counts where the day shown under the headline picks it (the label
      // search runs only where it could be chosen, LabelCouldBeChosen).
      {"a labelled date the shown day names beats metadata",
       "<meta property='article:published_time' content='2019-10-01T10:00:00Z'><h1>H</h1>"
       "<p>Published: 5 November 2019</p>", "2019-11-05", "text:published"},
      {"a labelled date the shown day names beats the url",
       "<link rel='canonical' href='https://x.example/2019/11/01/a'><h1>H</h1><p>Published: 5 November 2019</p>",
       "2019-11-05", "text:published"},
      {"a labelled date loses where metadata names the shown day",
       "<meta property='article:published_time' content='2019-10-01T10:00:00Z'><h1>H</h1>"
       "<p>Filed 1 October 2019.</p><p>Published: 5 November 2019</p>", "2019-10-01T10:00:00Z",
       "meta:article:published_time"},
      {"a labelled date loses where a modification names the shown day",
       "<meta property='article:published_time' content='2019-10-01T10:00:00Z'>"
       "<meta property='article:modified_time' content='2019-11-05T10:00:00Z'><h1>H</h1>"
       "<p>Published: 5 November 2019</p>", "2019-10-01T10:00:00Z", "meta:article:published_time"},
      // Regression (htmldate-eval uk.trustpilot.com, munich2022.com): the page draws its text
      // with JavaScript and shows no date; the state it renders from names it.
      {"script state when the page shows no date",
       "<h1>H</h1><p>No date here.</p><script>window.__STATE__={\"review\":{\"publishedDate\": "
       "\"2016-11-04T20:37:27Z\",\"updatedDate\":\"2016-11-05T10:00:00Z\"}}</script>",
       "2016-11-04T20:37:27Z", "script"},
      {"a shown date beats script state", "<h1>H</h1><p>Filed 01.11.2019.</p>"
       "<script>var s={\"createdAt\":\"2016-01-01\"};</script>", "2019-11-01", "text"},
      // Regression (htmldate-eval be.ch, wcxb-dev): publication meta names htmldate knows
      // and we did not; the page then fell back to a date in its text.
      {"publication_date meta", "<meta name='publication_date' content='2022-02-08T14:00:00'><h1>H</h1>"
       "<p>Die Impforte schliessen am 28. Februar 2022.</p>", "2022-02-08T14:00:00", "meta:publication_date"},
      {"published-date meta", "<meta name='published-date' content='2021-02-16'><h1>H</h1><p>No date.</p>",
       "2021-02-16", "meta:published-date"},
      // Regression (htmldate-eval eff.org): the page's only date is in its share image's path.
      {"share image path as the last resort", "<meta property='og:image' content='https://x.example/files/2016/05/04/c.png'>"
       "<h1>H</h1><p>No date here.</p>", "2016-05-04", "url:image"},
      {"share image path loses to any shown date", "<meta property='og:image' content='https://x.example/files/2016/05/04/c.png'>"
       "<h1>H</h1><p>Filed 01.11.2019.</p>", "2019-11-01", "text"},
      {"a date far below the headline is not the shown one",
       "<meta property='article:published_time' content='2019-11-02T02:30:00Z'><h1>H</h1><p>" + std::string(700, 'x') +
       "</p><time datetime='2019-11-01T21:30:00-05:00'>November 1, 2019</time>",
       "2019-11-02T02:30:00Z", "meta:article:published_time"},
      // Regression (htmldate-eval talent.ch, leichtathletik-ostalbkreis.de): a date in the
      // headline's wording is what the article is about; the date under it was lost to it.
      {"a date in the headline is not the date under it",
       "<title>Protokoll der Sitzung vom 10. Oktober 2019</title><h1>Protokoll der Sitzung vom 10. Oktober 2019</h1>"
       "<p>26.12.2019 von Webteam</p><p>Zeit und Ort: Z\xc3\xbcrich.</p>", "2019-12-26", "text"},
      {"a dateline inside the h1 that the title lacks still counts",
       "<title>Zuschauer kehren zur\xc3\xbc""ck</title><h1>Zuschauer kehren zur\xc3\xbc""ck <span>02.02.2022 \xe2\x80\xa2 Presse</span></h1>"
       "<p>Laut der am 28.01.2022 in Kraft getretenen Verordnung.</p>", "2022-02-02", "text"},
      // Regression (wcxb-dev blockrenovation.com, casact.org, greatdayimprovements.com): a US
      // page writes "09.10.2024" month first; read day first, the shown day disagreed with
      // the metadata and a text candidate won.
      {"an ambiguous shown date takes the reading the metadata confirms",
       "<meta property='article:published_time' content='2024-09-10T16:07:00Z'><h1>H</h1>"
       "<div class='date'>09.10.2024</div>", "2024-09-10T16:07:00Z", "meta:article:published_time"},
      {"an ambiguous dateline takes the reading of a time element",
       "<h1>H</h1><div class='date'>03/01/2017 by A. Writer</div><time datetime='2017-03-01T12:00:00Z'></time>",
       "2017-03-01", "text:dateline"},
      {"an ambiguous date that the metadata reads day first stays day first",
       "<meta property='article:published_time' content='2024-10-09T16:07:00Z'><h1>H</h1>"
       "<div class='date'>09.10.2024</div>", "2024-10-09T16:07:00Z", "meta:article:published_time"},
      {"an ambiguous date stays day first without other dates", "<h1>H</h1><div class='date'>09.10.2024</div>",
       "2024-10-09", "text:dateline"},
      // Update labels are compared after lower-casing ASCII only: a capitalised Russian or
      // Ukrainian label ("Обновлено", "Оновлено") was not seen, and the update, shown under the
      // headline, beat the publication meta.
      {"a capitalised russian update label",
       "<meta property='article:published_time' content='2020-06-06T10:00:00+03:00'><h1>H</h1>"
       "<div class='date'>\xd0\x9e\xd0\xb1\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbe: 07.06.2020 12:00</div>",
       "2020-06-06T10:00:00+03:00", "meta:article:published_time"},
      {"a capitalised ukrainian update label",
       "<meta property='article:published_time' content='2020-06-06T10:00:00+03:00'><h1>H</h1>"
       "<div class='date'>\xd0\x9e\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbe 7 \xd1\x87\xd0\xb5\xd1\x80\xd0\xb2\xd0\xbd\xd1\x8f 2020</div>",
       "2020-06-06T10:00:00+03:00", "meta:article:published_time"},
      {"a spanish update label", "<meta property='article:published_time' content='2020-06-06T10:00:00+02:00'><h1>H</h1>"
       "<div class='date'>Actualizado el 7 de junio de 2020</div>", "2020-06-06T10:00:00+02:00", "meta:article:published_time"},
      {"an unlabelled russian dateline still picks its day",
       "<meta property='article:published_time' content='2020-06-06T23:30:00Z'><h1>H</h1>"
       "<div class='date'>07.06.2020 02:30</div>", "2020-06-07T02:30:00", "text:dateline"},
  };
  for (const auto& c : cases) {
    HtmlMetadata m = MetadataOf(c.html);
    EXPECT_EQ(m.published_local ? FormatLocalDate(*m.published_local) : "", c.local) << c.name;
    EXPECT_EQ(m.published_source, c.source) << c.name;
  }
}

// Authors: visible bylines when the metadata names none, all the names of a JSON-LD array,
// labels stripped, and values that are no names (URLs, a bullet, a template key) dropped.
TEST(HtmlMetadataTest, Authors) {
  const struct {
    const char* name;
    const char* html;
    const char* author;
  } cases[] = {
      {"itemprop author with a label node",
       "<p class='by'>By <span itemprop='author'><span itemprop='name'>Tomas Brandt</span></span></p>", "Tomas Brandt"},
      {"class author, innermost name",
       "<div class='post-author'><span>Written by</span><span class='author-name'>Rhea Lindqvist</span></div>",
       "Rhea Lindqvist"},
      {"two linked names joined by and",
       "<div class='byline'>By <a href='/a'>Omar Haddad</a> and <a href='/b'>Lena Fischer</a></div>",
       "Omar Haddad and Lena Fischer"},
      {"label glued to the name in another node",
       "<div class='author'><b>By</b>Kasia Nowak</div>", "Kasia Nowak"},
      {"a two-word label before by", "<p class='byline'>Recipe by Aidan Price</p>", "Aidan Price"},
      {"label in its own node before the name", "<div class='article-author'><span>Text by</span> <a>Mira Sato</a></div>",
       "Mira Sato"},
      {"a date in the byline is no name, the name inside it is",
       "<div class='author-date'>By <span class='author-name'>Ben Ortiz</span> on 3 May 2021</div>", "Ben Ortiz"},
      {"comment authors are not the article's", "<div class='comment-author'>Pat Doe</div>", ""},
      {"bio text is not a byline",
       "<div class='author-bio'>Ada Quinn writes about science and lives by the sea.</div>", ""},
      {"a bullet is no name", "<div class='author-sep'>\xe2\x80\xa2</div>", ""},
      {"a template key is no name", "<span class='author'>page.head.author</span>", ""},
      {"meta author beats the visible byline",
       "<meta name='author' content='Noor Aziz'><div class='author'>Someone Else</div>", "Noor Aziz"},
      {"article:author URL dropped for the byline",
       "<meta property='article:author' content='https://example.org/people/x'><div class='author'>Eva Lund</div>",
       "Eva Lund"},
      {"parsely-author", "<meta name='parsely-author' content='Hugo Brandt'>", "Hugo Brandt"},
      {"JSON-LD array of two",
       "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":"
       "[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},{\"@type\":\"Person\",\"name\":\"Li Wei\"}]}</script>",
       "Ana Ruiz and Li Wei"},
      {"JSON-LD array of three",
       "<script type='application/ld+json'>{\"headline\":\"H\",\"author\":[\"A One\",\"B Two\",\"C Three\"]}"
       "</script>",
       "A One, B Two, C Three"},
      {"By in a name is kept", "<div class='author'>Byron Hale</div>", "Byron Hale"},
      // Regression (wcxb-dev): a "By" line in the text with no element named for it.
      {"a By line in plain text", "<h1>Coffee and health</h1><p class='meta'>By Amy Wilhelm</p><p>Text.</p>",
       "Amy Wilhelm"},
      {"a label node then a linked name",
       "<p><span>Written by</span> <a href='/authors/emily-walker/'>Emily Walker</a></p>", "Emily Walker"},
      {"a byline at the end of the story", "<p>Story text.</p><h3>Written by Cassidy Horton</h3>", "Cassidy Horton"},
      {"a by phrase is not a byline", "<p>Search by ZIP Code</p><p>Sorted by Lowest Price</p>", ""},
      {"a lower-case name is not a byline", "<p>By the way, it rained</p>", ""},
      {"a byline element beats a By line", "<p>By Someone Else</p><div class='author'>Eva Lund</div>", "Eva Lund"},
  };
  for (const auto& tc : cases) {
    EXPECT_EQ(MetadataOf(std::string("<html><head></head><body>") + tc.html + "</body></html>").author, tc.author)
        << tc.name;
  }
}

TEST(StripSiteSuffixTest, Table) {
  const std::pair<std::string, std::string> cases[] = {
      {"Rail strike called off — Northern Post", "Rail strike called off"},
      {"Rail strike called off | Post", "Rail strike called off"},
      {"Rail strike - called off - Post", "Rail strike - called off"},
      {"Live – Ukraine crisis", "Live – Ukraine crisis"},  // the kept part must be longer than the suffix
      {"No suffix here", "No suffix here"},
      {"Пожар в Москве — РИА Новости", "Пожар в Москве"},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(StripSiteSuffix(in), out) << in;
}

TEST(HostOfTest, Table) {
  EXPECT_EQ(HostOf("https://www.Example.com:8080/a?b"), "example.com");
  EXPECT_EQ(HostOf("http://news.example.org"), "news.example.org");
  EXPECT_EQ(HostOf("/relative/path"), "");
  EXPECT_EQ(HostOf("ftp://example.com/"), "");
}

TEST(MainTextTest, BoilerplateFixtureKeepsOnlyTheStory) {
  std::string text = TextOf(ReadFixture("boilerplate.html"), "Bridge closure extended by two weeks");
  EXPECT_EQ(text,
            "The Mill Street bridge will stay closed for two more weeks after engineers found further corrosion in "
            "its steel supports, the council said on Thursday.\n\n"
            "Repairs began in February and were due to finish this weekend. A council spokesman said the \"extra "
            "work\" would cost about £40,000.\n\n"
            "Diversions stay in place\n\n"
            "Buses will continue to use the diversion via Station Road & the ring road, adding around ten minutes "
            "to journeys into the town centre.\n\n"
            "Route 4: diverted via Station Road\n\n"
            "Route 7: unchanged");
}

TEST(MainTextTest, DensestBlockWithoutArticle) {
  std::string text = TextOf(ReadFixture("jsonld.html"), "Ferry fares to rise in July");
  EXPECT_EQ(text,
            "Fares on the island ferry will rise by six percent from the first of July, the operator announced on "
            "Friday.\n\n"
            "A return ticket for a car and two passengers will cost 48 euros, up from 45 euros.\n\n"
            "The operator blamed higher fuel prices and said it had held fares for three years.");
}

struct TextCase {
  std::string name, html, text;
};

TEST(MainTextTest, Inline) {
  const TextCase cases[] = {
      {"div text blocks and br", "<body><div>First block.<br>Second line.</div><div>Third.</div></body>",
       "First block.\n\nSecond line.\n\nThird."},
      {"nbsp and entities", "<p>A&nbsp;&nbsp;B &lt;C&gt; &#x41;</p>", "A B <C> A"},
      {"inline tags do not split", "<p>One <b>bold</b> and <a href=x>link</a>.</p>", "One bold and link."},
      {"hidden and noscript skipped", "<p>Kept</p><p hidden>Gone</p><noscript>Enable JS</noscript>", "Kept"},
      {"empty article falls back to body", "<article></article><p>Body text</p>", "Body text"},
      {"no body text", "<script>x()</script>", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(TextOf(c.html), c.text) << c.name;
}

TEST(MainTextTest, DeepNestingDoesNotOverflow) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<span>";
  html += "deep text";
  EXPECT_EQ(TextOf(html), "deep text");
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Hand-written prose for the root-choice cases: each sentence is long enough to be scored.
const std::string kP1 = "The harbour board voted on Tuesday to close the old pier for repairs until the spring.";
const std::string kP2 = "Fishermen who moor there will use the north quay, which has forty free berths this winter.";
const std::string kP3 = "The board said the work would cost less than the figure it had published in its plan.";

std::string P(const std::string& text) { return "<p>" + text + "</p>"; }

TEST(MainTextTest, RootChoiceRules) {
  const TextCase cases[] = {
      {"a teaser <article> does not win over denser prose elsewhere",
       "<body><div class='story'>" + P(kP1) + P(kP2) + P(kP3) +
           "</div><article class='card'><p>Short teaser text for another story here.</p></article></body>",
       kP1 + "\n\n" + kP2 + "\n\n" + kP3},
      {"list items in separate sections are all kept (the root climbs)",
       "<body><main><section><h2>One</h2><div>" + P(kP1) + "</div></section><section><h2>Two</h2><div>" +
           P(kP2) + "</div></section><section><h2>Three</h2><div>" + P(kP3) + "</div></section></main></body>",
       "One\n\n" + kP1 + "\n\nTwo\n\n" + kP2 + "\n\nThree\n\n" + kP3},
      {"a sibling block after an ad slot joins the article",
       "<body><div id='wrap'><div>" + P(kP1) + P(kP2) + "</div><div class='ad-slot'></div><div>" + P(kP3) +
           "</div><div><a href='/a'>Home</a> <a href='/b'>World</a></div></div></body>",
       kP1 + "\n\n" + kP2 + "\n\n" + kP3},
      {"loose text beside <br>s in a table cell is prose",
       "<body><table><tr><td class='side'><a href='/x'>Weather</a><br><a href='/y'>Sport</a></td><td>" + kP1 +
           "<br><br>" + kP2 + "<br><br>" + kP3 + "<div>Print</div></td></tr></table></body>",
       kP1 + "\n\n" + kP2 + "\n\n" + kP3 + "\n\nPrint"},
      {"a hidden wrapper holding the whole page is not skipped (streamed React pages)",
       "<body><div hidden id='S:0'><article>" + P(kP1) + P(kP2) + P(kP3) + "</article></div></body>",
       kP1 + "\n\n" + kP2 + "\n\n" + kP3},
      {"itemprop=articleBody is believed when it holds enough prose",
       "<body><div>" + P(kP1) + "</div><div itemprop='articleBody'>" + P(kP2) + P(kP3) + "</div></body>",
       kP2 + "\n\n" + kP3},
      {"a paragraph mostly of links is dropped",
       "<body><article>" + P(kP1) + "<p>See also: <a href='/1'>Pier history and the old ferry route</a></p>" +
           P(kP2) + "</article></body>",
       kP1 + "\n\n" + kP2},
      {"a story rendered twice (a print copy beside it) is kept once",
       "<body><div id='wrap'><div>" + P(kP1) + P(kP2) + P(kP3) + "</div><div class='print'>" + P(kP1) + P(kP2) +
           P(kP3) + "</div></div></body>",
       kP1 + "\n\n" + kP2 + "\n\n" + kP3},
  };
  for (const auto& c : cases) EXPECT_EQ(TextOf(c.html), c.text) << c.name;
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Regression (htmldate-eval piratenpartei-hessen.de): a WordPress theme wraps the whole post in
// <div class="socialicons-sticky">; once the sidebar's tag cloud grew past the post's text, the
// "social" wrapper was dropped as a share bar and the page came out empty.
TEST(HtmlTextTest, ProseWrappedInASocialNamedDivIsKept) {
  std::string post;
  for (int i = 0; i < 6; ++i) {
    post += "<p>Die Piratenpartei ruft alle dazu auf, den Empfehlungen des Instituts zu folgen und "
            "unnötige soziale Kontakte zu meiden, damit das Gesundheitssystem nicht überlastet wird.</p>";
  }
  std::string cloud;
  for (int i = 0; i < 150; ++i) cloud += "<a href=\"/tag/" + std::to_string(i) + "\">Schlagwort" + std::to_string(i) + "</a> ";
  const std::string html = "<html><body><main><article><div class=\"socialicons-sticky\">" + post +
                           "</div><div class=\"share-buttons\"><a href=\"#\">Teilen</a> <a href=\"#\">Tweet</a></div>"
                           "</article></main><aside class=\"sidebar\"><div class=\"tagcloud\">" + cloud +
                           "</div></aside></body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("Gesundheitssystem nicht überlastet"), std::string::npos) << text.substr(0, 200);
  EXPECT_EQ(text.find("Teilen"), std::string::npos) << "a real share bar is still dropped";
  EXPECT_EQ(text.find("Schlagwort"), std::string::npos);
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Regression (DAnIEL iatronet.gr): the story's column climbed into its parent because the
// "latest news" column beside it, headline links with summaries in <li>s, held more prose than
// the story; the teasers came out as the story's last paragraphs.
TEST(HtmlTextTest, TeaserColumnBesideTheStoryIsLeftOut) {
  std::string story;
  for (int i = 0; i < 6; ++i) {
    story += "<p>Η απορρόφηση δεν κρίθηκε ως συμφέρον βήμα, οπότε τα δύο κέντρα θα συνεχίσουν να "
             "λειτουργούν αυτόνομα ως θυγατρικές του ομίλου, αποφάσισε η γενική συνέλευση.</p>";
  }
  std::string teasers;
  for (int i = 0; i < 12; ++i) {
    teasers += "<li><a href=\"/news/" + std::to_string(i) + "\">Τίτλος είδησης αριθμός " + std::to_string(i) +
               " για την υγεία και τα νοσοκομεία της χώρας</a><div class=\"tooltip\">Συνεχίζονται χωρίς αποτέλεσμα οι συναντήσεις των "
               "εργαζομένων στο νοσοκομείο με τη διοίκηση, καθώς δεν διαφαίνεται λύση.</div></li>";
  }
  const std::string html = "<html><body><div id=\"container\"><div id=\"midcol\">" + story +
                           "</div><div id=\"rightcol\"><h3>Τελευταία Νέα</h3><ul>" + teasers +
                           "</ul></div></div></body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("γενική συνέλευση"), std::string::npos);
  EXPECT_EQ(text.find("Συνεχίζονται"), std::string::npos) << text;
}

// A list inside the story (few links) still comes with it when the root climbs.
TEST(HtmlTextTest, ListInsideTheStoryIsKept) {
  std::string html = "<html><body><div id=\"post\"><div class=\"intro\">";
  for (int i = 0; i < 2; ++i) {
    html += "<p>The council approved the budget on Tuesday after a debate that lasted most of the day, officials said.</p>";
  }
  html += "</div><ul>";
  for (int i = 0; i < 6; ++i) {
    html += "<li>Item " + std::to_string(i) + ": funding for schools, roads and the harbour rises by two percent next year.</li>";
  }
  html += "</ul></div></body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("Item 5: funding"), std::string::npos) << text;
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Regression (DAnIEL iatronet.gr): a two-sentence story beside a "latest news" list whose
// summaries held more text; the list won the vote for the root and the story was lost.
// Regression (DAnIEL tune, telegraph.co.uk): the story's first paragraphs each sit in a <div> of
// their own ahead of the body <div>; each is far below a fifth of the body's prose, so only the
// body was kept. A promotion paragraph after the body stays out.
TEST(HtmlTextTest, LeadParagraphsInTheirOwnElementsBeforeTheBodyAreKept) {
  std::string body;
  for (int i = 0; i < 6; ++i) {
    body += "<p>The research team measured how sensitive each of the volunteers was to fatty acids, "
            "repeating the tests over several weeks in paragraph " + std::to_string(i) + ".</p>";
  }
  const std::string html =
      "<html><body><div id=\"nav\"><a href=\"/\">Home</a> <a href=\"/science\">Science</a></div>"
      "<div id=\"main\"><div class=\"first\"><p>For generations, scientists thought the human tongue "
      "could detect only four basic tastes: sweet, sour, salt and bitter.</p></div>"
      "<div class=\"second\"><p>Now researchers say fat should join them as a sixth taste, after a "
      "study of volunteers at a university in the United States.</p></div>"
      "<div class=\"body\">" + body + "</div>"
      "<div class=\"promo\"><p>Sign up today and get the best of our science coverage delivered to "
      "your inbox every single morning, free of charge.</p></div></div></body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("For generations, scientists"), std::string::npos) << text;
  EXPECT_NE(text.find("Now researchers say fat"), std::string::npos) << text;
  EXPECT_NE(text.find("paragraph 5"), std::string::npos) << text;
  EXPECT_EQ(text.find("Sign up today"), std::string::npos) << text;
  EXPECT_LT(text.find("For generations"), text.find("paragraph 0")) << text;
}

TEST(HtmlTextTest, ShortStoryBesideALongerTeaserListIsChosen) {
  const std::string story =
      "<p>Σε αγορά 7.500 μετοχών, συνολικής αξίας 1.873,06 ευρώ, προέβη χθες το μέλος του διοικητικού "
      "συμβουλίου της εταιρείας, ανακοίνωσε η διοίκηση του ομίλου.</p>";
  std::string teasers;
  for (int i = 0; i < 5; ++i) {
    teasers += "<li><a href=\"/news/" + std::to_string(i) + "\">Τίτλος άλλης είδησης " + std::to_string(i) +
               " για τα νοσοκομεία της χώρας και τις απεργίες των γιατρών</a><div class=\"tooltip\">Συνεχίζονται χωρίς αποτέλεσμα οι "
               "συναντήσεις των εργαζομένων στο νοσοκομείο " + std::to_string(i) +
               " με τη διοίκηση, καθώς δεν διαφαίνεται λύση στην καταβολή των δεδουλευμένων.</div></li>";
  }
  const std::string html = "<html><body><div id=\"container\"><div id=\"midcol\"><h1>Αγορά μετοχών</h1>" + story +
                           "</div><div id=\"rightcol\"><h3>Τελευταία Νέα</h3><ul>" + teasers +
                           "</ul></div></div></body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("Σε αγορά 7.500 μετοχών"), std::string::npos) << text;
  EXPECT_EQ(text.find("Συνεχίζονται"), std::string::npos) << text;
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Regression (htmldate-eval bfs.de): the first <h1> was a screen-reader heading ("Navigation und
// Service") ahead of the menu, so the dateline under the real headline fell outside the bytes
// read after "the" <h1>, and the page got no date; that heading was also the title candidate.
TEST(HtmlMetadataTest, DatelineUnderTheLongestH1) {
  std::string menu;
  for (int i = 0; i < 60; ++i) menu += "<li><a href=\"/m" + std::to_string(i) + "\">Menüpunkt " + std::to_string(i) + "</a></li>";
  const std::string html =
      "<html><body><h1 class=\"aural\">Navigation und Service</h1><ul>" + menu +
      "</ul><div class=\"singleview\"><h1>Radon im Boden: Neue Karte gibt Orientierung</h1>"
      "<div class=\"docData\"><span>Datum</span> <span>25.01.2022</span></div>"
      "<p>Das Bundesamt hat eine neue Karte veröffentlicht.</p></div></body></html>";
  const HtmlMetadata meta = MetadataOf(html);
  ASSERT_TRUE(meta.published_local.has_value());
  EXPECT_EQ(FormatLocalDate(*meta.published_local), "2022-01-25");
  EXPECT_EQ(meta.title, "Radon im Boden: Neue Karte gibt Orientierung");
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Regression (DAnIEL cbc.ca): the story's column climbed into its parent because the column
// beside it held teaser cards (a headline link, then a summary, in <dt>/<dd> or <h3>/<p>) with
// more prose than the story; the summaries came out as the story's last paragraphs.
TEST(HtmlTextTest, TeaserCardsBesideTheStoryAreLeftOut) {
  const std::string story = P(kP1) + P(kP2);
  std::string cards;
  for (int i = 0; i < 4; ++i) {
    const std::string n = std::to_string(i);
    cards += "<div class=\"card\"><h3><a href=\"/news/" + n + "\">Headline of another story number " + n +
             " on the site</a></h3><p>Summary " + n + " of that other story, long enough to be scored as prose.</p></div>";
  }
  const std::string html = "<html><body><div id=\"main\"><div class=\"story\"><h1>Pier to close</h1>" + story +
                           "</div><div class=\"more\">" + cards + "</div></div></body></html>";
  EXPECT_EQ(TextOf(html), kP1 + "\n\n" + kP2);
}

// Only the paragraph right after a headline link reads as a teaser: a story that opens under an
// author link is still the story, whole, and the sidebar beside it stays out.
TEST(HtmlTextTest, StoryUnderAnAuthorLinkIsKept) {
  const std::string html =
      "<html><body><div id=\"main\"><div class=\"story\"><div><a href=\"/staff/jo\">Jo Marsh, harbour "
      "correspondent</a></div>" + P(kP1) + P(kP2) + P(kP3) +
      "</div><div class=\"side\"><p>Harbour office hours change in January.</p></div></div></body></html>";
  EXPECT_EQ(TextOf(html), kP1 + "\n\n" + kP2 + "\n\n" + kP3);
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// The story's column often ends with furniture that no class name gives away: a heading whose
// list was dropped ("Related articles"), the author's name, "3 min read". Trimmed from the end,
// while list items, table cells and short lines ending a sentence stay.
TEST(HtmlTextTest, FurnitureAtTheEndIsTrimmed) {
  const TextCase cases[] = {
      {"a heading heading nothing and a short line are trimmed",
       "<body><div class='post'>" + P(kP1) + P(kP2) +
           "<h3>Related articles</h3><ul><li><a href='/a'>Old pier</a></li></ul><p>Jane Doe</p></div></body>",
       kP1 + "\n\n" + kP2},
      {"short list items at the end stay",
       "<body><div class='post'>" + P(kP1) + P(kP2) + "<ul><li>Route 4: diverted</li><li>Route 7: unchanged</li></ul></div></body>",
       kP1 + "\n\n" + kP2 + "\n\nRoute 4: diverted\n\nRoute 7: unchanged"},
      {"a short last sentence stays", "<body><div class='post'>" + P(kP1) + P(kP2) + "<p>Nobody was hurt.</p></div></body>",
       kP1 + "\n\n" + kP2 + "\n\nNobody was hurt."},
      {"a heading inside the story stays", "<body><div class='post'>" + P(kP1) + "<h2>Repairs</h2>" + P(kP2) + "</div></body>",
       kP1 + "\n\nRepairs\n\n" + kP2},
      {"the last paragraph left is never trimmed", "<body><p>Short note</p></body>", "Short note"},
  };
  for (const auto& c : cases) EXPECT_EQ(TextOf(c.html), c.text) << c.name;
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Author boxes, copyright notices, modal dialogs, sign-up forms and breadcrumbs are named for
// what they are; their text is not the story's.
TEST(HtmlTextTest, AuthorBoxCopyrightAndSignUpAreDropped) {
  const std::string html =
      "<html><body><div class=\"breadcrumbs\"><span>Home</span> <span>Local news from the harbour and the coast</span></div>"
      "<div class=\"post\">" + P(kP1) + P(kP2) + P(kP3) +
      "<div class=\"author-box\"><p>Jo Marsh has covered the harbour for ten years and lives in the old town.</p></div>"
      "<p class=\"copyright\">Copyright 2024 Harbour News Limited, all rights reserved by the publisher.</p>"
      "<div class=\"signup-modal\"><p>Get the harbour news in your inbox every morning, free of charge.</p></div></div></body></html>";
  EXPECT_EQ(TextOf(html), kP1 + "\n\n" + kP2 + "\n\n" + kP3);
}

// A disclaimer box (affiliate links, "no investment advice") is furniture too; a page that is
// mostly a disclaimer (a legal page) keeps it (wcxb-dev: disclosure notes kept under the story).
TEST(HtmlTextTest, DisclaimerBoxIsDropped) {
  const std::string html = "<html><body><div class=\"post\">" + P(kP1) + P(kP2) + P(kP3) +
                           "<div class=\"post-disclaimer\"><p>This post contains affiliate links; we may earn a fee "
                           "when you buy through them.</p></div></div></body></html>";
  EXPECT_EQ(TextOf(html), kP1 + "\n\n" + kP2 + "\n\n" + kP3);
  const std::string legal[] = {kP1 + " " + kP2, kP2 + " " + kP3, kP3 + " " + kP1, kP1 + " " + kP3};
  std::string body, text;
  for (const std::string& l : legal) body += P(l), text += (text.empty() ? "" : "\n\n") + l;
  EXPECT_EQ(TextOf("<html><body><div id=\"disclaimer\">" + body + "</div><div class=\"side\"><p>Tide tables.</p></div></body></html>"),
            text);
}

// ... but a wrapper so named that holds the page's story is not furniture.
TEST(HtmlTextTest, StoryInAnAuthorNamedWrapperIsKept) {
  const std::string html = "<html><body><div class=\"entry author-jo\">" + P(kP1) + P(kP2) + P(kP3) +
                           "</div><div class=\"side\"><p>Tide tables.</p></div></body></html>";
  EXPECT_EQ(TextOf(html), kP1 + "\n\n" + kP2 + "\n\n" + kP3);
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// A date or dateline line at the start of the text is the page's, not the story's; a first
// sentence with a number in it is the story's.
TEST(HtmlTextTest, DateLineAtTheStartIsTrimmed) {
  const TextCase cases[] = {
      {"a date line", "<body><div class='post'><p>Updated 3 May 2024, 12:40</p>" + P(kP1) + P(kP2) + "</div></body>",
       kP1 + "\n\n" + kP2},
      {"a byline with a date, then a dateline",
       "<body><div class='post'><div>By Jo Marsh | 3 May 2024</div><div>2024-05-03 12:40 Local</div>" + P(kP1) +
           P(kP2) + "</div></body>",
       kP1 + "\n\n" + kP2},
      {"a short first sentence with a number stays",
       "<body><div class='post'><p>Nine boats sank in 2023.</p>" + P(kP1) + "</div></body>",
       "Nine boats sank in 2023.\n\n" + kP1},
      {"a first line without a digit stays", "<body><div class='post'><p>Harbour news</p>" + P(kP1) + "</div></body>",
       "Harbour news\n\n" + kP1},
  };
  for (const auto& c : cases) EXPECT_EQ(TextOf(c.html), c.text) << c.name;
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

const std::string kP4 = "Repairs to the sea wall beside the pier will start in March and last about six weeks.";
const std::string kP5 = "The council will publish a timetable for the works on its website before the end of January.";
const std::string kP6 = "Divers inspected the piles last year and found that a third of them needed new steel sleeves.";

// A page-builder section: a label long enough to be scored, then the section's text.
std::string Section(const std::string& kind, const std::string& label, const std::string& a, const std::string& b) {
  return "<div class=\"" + kind + "\"><div class=\"wrap\"><div class=\"label\">" + label + "</div><div class=\"text\">" +
         P(a) + P(b) + "</div></div></div>";
}

// Regression (wcxb-dev page-builder pages): each section of a story sits in wrappers of its
// own with a scored label; the climb stopped at the first section's label and kept a third of
// the story.
TEST(HtmlTextTest, PageBuilderSectionsAreJoined) {
  const std::string html = "<html><body><div class=\"page\">" +
                           Section("section s1", "Section one: the old pier", kP1, kP2) +
                           Section("section s2", "Section two: the north quay", kP3, kP4) +
                           Section("section s3", "Section three: the sea wall", kP5, kP6) + "</div></body></html>";
  EXPECT_EQ(TextOf(html), "Section one: the old pier\n\n" + kP1 + "\n\n" + kP2 + "\n\nSection two: the north quay\n\n" + kP3 +
                              "\n\n" + kP4 + "\n\nSection three: the sea wall\n\n" + kP5 + "\n\n" + kP6);
}

// ... but past a label the climb does not take in a block of another kind (a box of other
// news) or one of the same kind full of links (related posts).
TEST(HtmlTextTest, PastALabelOtherBlocksAreNotJoined) {
  const std::string other_kind = "<html><body><div class=\"page\">" +
                                 Section("section s1", "Section one: the old pier", kP1, kP2) +
                                 "<div class=\"box\">" + P(kP3) + "</div></div></body></html>";
  EXPECT_EQ(TextOf(other_kind), kP1 + "\n\n" + kP2);
  std::string related;
  for (const std::string& c : {kP3, kP4, kP5}) {
    related += "<div class=\"section\"><div class=\"wrap\"><p><a href=\"/r\">" + c.substr(0, 30) + "</a> " + c + "</p></div></div>";
  }
  const std::string linked_kind = "<html><body><div class=\"page\">" +
                                  Section("section s1", "Section one: the old pier", kP1, kP2) + related +
                                  "</div></body></html>";
  EXPECT_EQ(TextOf(linked_kind), kP1 + "\n\n" + kP2);
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Comment sections named in other languages (Polish "komentarze", German "Kommentare") are
// furniture like "comments".
TEST(HtmlTextTest, CommentsNamedInOtherLanguagesAreDropped) {
  for (const std::string name : {"material-komentarze", "kommentare-liste"}) {
    const std::string html = "<html><body><div class=\"artykul\">" + P(kP1) + P(kP2) + P(kP3) + "</div><div class=\"" +
                             name + "\"><p>Czytelnik: " + kP4 + "</p></div></body></html>";
    EXPECT_EQ(TextOf(html), kP1 + "\n\n" + kP2 + "\n\n" + kP3) << name;
  }
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Regression (DAnIEL heraldsun.com.au, newstalkzb.co.nz): a box of other news beside the story,
// headline links inside a summary, held enough prose to join the story as a sibling.
TEST(HtmlTextTest, LinkLadenSiblingDoesNotJoin) {
  const std::string box =
      "<div class=\"box\"><p>Also today: <a href=\"/a\">Town hall to close for the summer</a>, <a href=\"/b\">ferry "
      "timetable changes</a> and the weekend market that fills the square with stalls every Saturday.</p></div>";
  const std::string html =
      "<html><body><div id=\"wrap\"><div class=\"story\">" + P(kP1) + P(kP2) + P(kP3) + "</div>" + box + "</div></body></html>";
  EXPECT_EQ(TextOf(html), kP1 + "\n\n" + kP2 + "\n\n" + kP3);
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Regression (DAnIEL ctv.ca): readers' comments, each in its own box, held more than half the
// page's text, so their "comments" name was not trusted (a name is only trusted below half the
// page, for themes that wrap everything in such a name), and the story's column climbed into
// them. A comment section that does not hold the densest container is the readers', beside it.
TEST(HtmlTextTest, CommentsLongerThanTheStoryAreDropped) {
  std::string comments = "<div class=\"commentdiv\"><p>Comments</p>";
  for (int i = 0; i < 6; ++i) {
    comments += "<div class=\"c\"><p><b>Reader " + std::to_string(i) + "</b></p><div class=\"t\"><p>" + kP4 + " " +
                kP1 + "</p></div></div>";
  }
  comments += "</div>";
  const std::string html = "<html><body><div id=\"main\"><div class=\"story\">" + P(kP1) + P(kP2) + P(kP3) + "</div>" +
                           comments + "</div></body></html>";
  EXPECT_EQ(TextOf(html), kP1 + "\n\n" + kP2 + "\n\n" + kP3);
}

// A page whose whole story sits in a comment-named wrapper keeps it (the wrapper holds the story).
TEST(HtmlTextTest, StoryInACommentNamedWrapperIsKept) {
  const std::string html = "<html><body><div class=\"has-comments\"><div class=\"story\">" + P(kP1) + P(kP2) + P(kP3) +
                           "</div></div></body></html>";
  EXPECT_EQ(TextOf(html), kP1 + "\n\n" + kP2 + "\n\n" + kP3);
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Regression (DAnIEL onet.pl): "…więcej!</a><a href=…> </p>" left an empty <a> open, and the
// parser reopened it in every later paragraph; the story's second half counted as link text and
// was dropped. Text in a reopened textless link is prose; a link with text stays a link.
TEST(HtmlTextTest, ParagraphsAfterAnUnclosedEmptyLinkAreKept) {
  const std::string first =
      "<p>Jedna czwarta Polaków za najważniejsze wydarzenie minionego roku w Polsce uznała wybory, "
      "wynika z sondażu, który przeprowadzono w pierwszym tygodniu grudnia na próbie dorosłych.</p>";
  const std::string later =
      "<p>Wydarzenia na świecie w zeszłym roku zdominował przede wszystkim kryzys finansowy, którego "
      "kolejna fala szczególnie dotknęła kraje europejskie i zagroziła strefie euro w całym roku.</p>";
  std::string html = "<html><body><div class='story'>" + first + first +
                     "<p>Dowiedz się więcej!<a href='/foto'> </p>" + later + later + later + "</div>";
  html += "<div class='links'><ul>";
  for (int i = 0; i < 8; ++i) html += "<li><a href='/n" + std::to_string(i) + "'>Inne wiadomości numer " + std::to_string(i) + "</a></li>";
  html += "</ul></div></body></html>";
  DomIndex dom;
  ASSERT_TRUE(ParseHtmlFast(html, dom).ok());
  const std::string text = ExtractMainText(dom, "");
  EXPECT_NE(text.find("Jedna czwarta"), std::string::npos) << text;
  EXPECT_NE(text.find("zagroziła strefie euro"), std::string::npos) << text;
  EXPECT_EQ(text.find("Inne wiadomości"), std::string::npos) << text;
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Regression (wcxb-dev 4091): a theme wrapped each section of a post in
// <div class="content-nav-section">; each held less than a quarter of the page (a large menu in
// the header), so every section was dropped as navigation and the page came out nearly empty.
// Unlinked prose under a navigation name is kept; a menu of links under the same name is not.
TEST(HtmlTextTest, PostSectionsUnderANavigationNameAreKept) {
  auto section = [](const std::string& topic) {
    std::string s = "<div class='content-nav-section'><h2>" + topic + "</h2>";
    for (int i = 0; i < 4; ++i) {
      s += "<p>Budgeting is a valuable skill for everyone who wants to build wealth: start by tracking your "
           "income and expenses with a spending plan, then review it every month and adjust (" + topic + ").</p>";
    }
    return s + "</div>";
  };
  std::string menu = "<header><div class='header-nav'><ul>";
  for (int i = 0; i < 60; ++i) menu += "<li><a href='/m" + std::to_string(i) + "'>Personal finance guide " + std::to_string(i) + "</a></li>";
  menu += "</ul></div></header>";
  const std::string html = "<html><body>" + menu + "<main><div class='body-content'>" + section("saving") +
                           section("investing") + section("credit") +
                           "<div class='content-nav-section'><a href='/a'>Previous article</a> <a href='/b'>Next article</a></div>"
                           "</div></main></body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("(saving)"), std::string::npos) << text;
  EXPECT_NE(text.find("(credit)"), std::string::npos) << text;
  EXPECT_EQ(text.find("Personal finance guide"), std::string::npos) << text;
  EXPECT_EQ(text.find("Next article"), std::string::npos) << text;
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Regression (wcxb-dev 0010): a review roundup puts each product in a box: a review, then a
// short pros/cons list beside "check price" links. The box's list read as a teaser column, the
// climb stopped inside the first box, and one product came out instead of the roundup.
TEST(HtmlTextTest, ProductBoxesOfARoundupAreKept) {
  auto box = [](const std::string& name) {
    std::string s = "<div class='c-product-widget'><div class='product'><div class='text'><h3>" + name +
                    "</h3><div class='content'>";
    for (int i = 0; i < 3; ++i) {
      s += "<p>The " + name + " aced every test we threw at it, from boiling water with impressive speed "
           "to baking multi-rack batches evenly, and its controls are easy to learn for anyone.</p>";
    }
    return s + "</div></div></div><ul><li>It cleans even stubborn stains completely</li><li>Controls can be finicky at times</li></ul>"
               "<a href='/buy/" + name + "'>Check price at the store</a> <a href='/r/" + name + "'>Read review</a></div>";
  };
  std::string related = "<aside class='sidebar'><ul>";
  for (int i = 0; i < 5; ++i) related += "<li><a href='/o" + std::to_string(i) + "'>Other appliance news number " + std::to_string(i) + "</a></li>";
  related += "</ul></aside>";
  const std::string html = "<html><body><main><div class='feature'><p>Every year we test the latest large "
                           "appliances, and here is what topped our lists most recently, by category.</p>" +
                           box("Bosch800") + box("Hisense26") + box("Samsung6") + "</div></main>" + related +
                           "</body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("The Bosch800 aced"), std::string::npos) << text;
  EXPECT_NE(text.find("The Samsung6 aced"), std::string::npos) << text;
  EXPECT_EQ(text.find("Other appliance news"), std::string::npos) << text;
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Regression (wcxb-dev 0165): a listicle's sections are <div id="183515">, <div id="183516">…
// with no class, each a heading over its text. With no class name to compare, the climb did not
// see the story's next sections and kept one. The id's shape (digits aside) is their kind; a
// sibling column of links is still left out.
TEST(HtmlTextTest, SectionsKnownByTheirIdShapeAreKept) {
  std::string sections;
  for (int i = 0; i < 5; ++i) {
    sections += "<div id='18351" + std::to_string(i) + "'><h2>" + std::to_string(i + 1) + ". Agency number " +
                std::to_string(i) + ", a creative team from Austin</h2><div>";
    for (int k = 0; k < 3; ++k) {
      sections += "<p>Meet agency " + std::to_string(i) + ", a creatively-led social team hailing from Austin, "
                  "with a knack for representing top-tier brands and delivering content (" + std::to_string(k) + ").</p>";
    }
    sections += "</div></div>";
  }
  std::string links = "<div><h2>More guides</h2><ul>";
  for (int i = 0; i < 10; ++i) links += "<li><a href='/g" + std::to_string(i) + "'>Another marketing guide to read, part " + std::to_string(i) + "</a></li>";
  links += "</ul></div>";
  const std::string html = "<html><body><main><div class='space-y-10'>" + sections + links + "</div></main></body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("Meet agency 0"), std::string::npos) << text;
  EXPECT_NE(text.find("Meet agency 4"), std::string::npos) << text;
  EXPECT_EQ(text.find("Another marketing guide"), std::string::npos) << text;
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Regression (DAnIEL news.com.au): a short story's column also held "Today's top stories",
// headline links each over a one-line summary, outside any list. The column held more than 1.5
// times the story's prose, so the climb took it and the teasers came out after the story. An
// ancestor whose added text is mostly links is not taken; one that adds a linked sentence is.
TEST(HtmlTextTest, TeaserBlockAroundAShortStoryIsLeftOut) {
  const std::string story =
      "<div class='story-body'><p>One of Australia's most treasured national icons is being used to sell "
      "cigarettes in Europe, and health groups say the campaign breaks the rules.</p><p>The packets show a "
      "kangaroo and the words \"Australian Favourite\", which the company says is only a brand name.</p>"
      "<p>See <a href='/rules'>the rules on tobacco advertising</a> for what is allowed in each country.</p></div>";
  std::string teasers = "<h3>Today's Top Stories</h3>";
  for (int i = 0; i < 6; ++i) {
    const std::string href = "'/s" + std::to_string(i) + "'";
    teasers += "<div class='story-block'><h4><a href=" + href + ">Activists throw acid at a whaling boat, part " +
               std::to_string(i) + " of the week's news</a></h4><div class='inner'><div class='caption'><p>Hostilities "
               "reach boiling point in the Southern Ocean (" + std::to_string(i) + ").</p><span><a href=" + href +
               ">See more of this story</a></span></div></div></div>";
  }
  const std::string html = "<html><body><div class='content'>" + story + teasers + "</div></body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("treasured national icons"), std::string::npos) << text;
  EXPECT_NE(text.find("the rules on tobacco advertising"), std::string::npos) << text;
  EXPECT_EQ(text.find("Hostilities reach boiling point"), std::string::npos) << text;
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Regression (wcxb-dev 4503, 0046): a Next.js page streams each paragraph of the story in a
// <div hidden id="S:n"> at the end of the body; the story's own column held only "Loading…"
// placeholders, and the page came out as its sidebar.
TEST(HtmlTextTest, StreamedStoryIsReadWhereItsPlaceholdersStand) {
  std::string column = "<main><div class='article-body'>";
  std::string segments;
  for (int i = 0; i < 5; ++i) {
    column += "<!--$?--><template id=\"B:" + std::to_string(i) + "\"></template><div>Loading paragraph...</div><!--/$-->";
    segments += "<div hidden id=\"S:" + std::to_string(i) + "\"><p>Index funds can put a stock strategy on autopilot, "
                "and they can do this while still producing good returns over the long run (" + std::to_string(i) + ").</p></div>";
  }
  column += "</div></main><aside><p>Our advisors are happy to talk about savings strategies with you at any time of day.</p></aside>";
  DomIndex dom;
  const std::string html = "<html><body>" + column + segments + "</body></html>";
  ASSERT_TRUE(ParseHtmlFast(html, dom).ok());
  const std::string text = ExtractMainText(dom, "");
  EXPECT_NE(text.find("long run (0)"), std::string::npos) << text;
  EXPECT_NE(text.find("long run (4)"), std::string::npos) << text;
  EXPECT_LT(text.find("long run (0)"), text.find("long run (4)")) << text;
  EXPECT_EQ(text.find("Loading paragraph"), std::string::npos) << text;
  EXPECT_EQ(text.find("Our advisors"), std::string::npos) << text;
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Regression (DAnIEL ctv.ca): the readers' comments sat in the story's own element, after the
// comment rules' line and a counter, each a bold name over a paragraph; with many comments the
// story was under a fifth of the text. The text now ends where the comments open.
TEST(HtmlTextTest, CommentsInTheStoryElementAreCut) {
  const std::string story =
      "<p>More people are diagnosed with cancer in Ottawa than in the rest of Ontario, while fewer people die from it.</p>"
      "<p>Those findings were released in a City of Ottawa report on Monday, using data collected in 2007.</p>"
      "<p>The report said the most common types of cancer in Ottawa were breast, lung and prostate cancer.</p>";
  std::string comments = "<span>*Submitted comments are subject to moderation before being displayed.</span><hr>"
                         "<div>| 13 Comment(s)</div><hr>";
  for (int i = 0; i < 12; ++i) {
    comments += "<p><b>Reader " + std::to_string(i) + "</b><br>I wonder if the higher number of diagnosed cancers has "
                "something to do with how many people here get tested every single year.</p><hr>";
  }
  const std::string html = "<html><body><div class='storyBody'>" + story + comments + "</div></body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("breast, lung and prostate"), std::string::npos) << text;
  EXPECT_EQ(text.find("I wonder if"), std::string::npos) << text;
  EXPECT_EQ(text.find("Submitted comments"), std::string::npos) << text;
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Regression (DAnIEL nr2.ru): the site's legal notice, several paragraphs of rights and terms,
// was longer than the short story and became the root. Paragraphs of 100+ bytes with "©" are no
// prose; a short credit with "©" in the story is harmless.
TEST(HtmlTextTest, LegalNoticeLongerThanTheStoryIsNoRoot) {
  const std::string story =
      "<div class='news'><p>Kyiv, January 5 – Ukrainian tennis player Alexandr Dolgopolov reached the semi-final of "
      "the Brisbane International on Thursday.</p><p>In the quarter-final Dolgopolov beat Radek Stepanek of the Czech "
      "Republic in three sets.</p><p>Photo © Reuters</p><p>In the semi-final he meets Gilles Simon of France on "
      "Saturday morning.</p></div>";
  const std::string legal =
      "<div class='lm02'><p>Owner and rights holder of the NR2.Ru project: © News Agency NR2 NEW RUSSIA L.P. Version 5.0, "
      "August 2004-2013. Information about the agency and its partners.</p><p>Legal restrictions: under the contract "
      "between the agency and its authors, the site publishes materials of independent journalists, residents and "
      "non-residents, and of periodicals with which it has agreements.</p><p>Все права на материалы и новости, "
      "опубликованные на сайте © NR2.Ru, охраняются в соответствии с законодательством РФ и международным правом.</p>"
      "<p>Quoting up to half of a material is allowed without agreement with © News Agency NR2 NEW RUSSIA L.P., with a "
      "direct hyperlink to the page the material was taken from, placed in the text itself.</p></div>";
  const std::string html = "<html><body>" + story + legal + "</body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("Dolgopolov reached the semi-final"), std::string::npos) << text;
  EXPECT_NE(text.find("Gilles Simon"), std::string::npos) << text;
  EXPECT_EQ(text.find("rights holder"), std::string::npos) << text;
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Regression (wcxb-dev 0111, 0257 and 16 more): WordPress wraps every table of a post in
// <figure class="wp-block-table">, and a <figure> was furniture (an image with its caption), so
// the price tables of a pricing guide were lost. A figure around a table or a code listing is
// content; one around an image still is not.
TEST(HtmlTextTest, TablesAndCodeInFiguresAreKept) {
  auto p = [](int i) {
    return "<p>Small plumbing jobs cover quick fixes like repairing leaks, unclogging drains or replacing fixtures; "
           "they usually take less than two hours, and here is what you can charge (" + std::to_string(i) + ").</p>";
  };
  const std::string html =
      "<html><body><article>" + p(1) +
      "<figure class='wp-block-table'><table><tr><td>Toilet repair</td><td>$100–$250</td></tr>"
      "<tr><td>Drain clearing</td><td>$125–$300</td></tr></table></figure>" + p(2) +
      "<figure class='wp-block-code'><pre>git stash pop</pre></figure>" + p(3) +
      "<figure><img src='a.jpg'><figcaption>A plumber at work in Brooklyn, photographed in May</figcaption></figure>" + p(4) +
      "</article></body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("Toilet repair"), std::string::npos) << text;
  EXPECT_NE(text.find("git stash pop"), std::string::npos) << text;
  EXPECT_EQ(text.find("plumber at work"), std::string::npos) << text;
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

// Regression (wcxb-dev 0399): every paragraph of a story had class="contextmenu Body", and the
// "menu" inside "contextmenu" made each one furniture. A menu named so is still furniture.
TEST(HtmlTextTest, ContextMenuParagraphsAreNoMenu) {
  std::string story;
  for (int i = 0; i < 5; ++i) {
    story += "<p class='contextmenu Body'>The day represents the rebirth of light and the return of the sun, as "
             "day length starts to increase again after the solstice (" + std::to_string(i) + ").</p>";
  }
  const std::string html = "<html><body><div class='mainmenu'><p>Gardening courses and workshops for the whole "
                           "family, every weekend of the year in our gardens.</p></div><article>" + story +
                           "</article></body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("solstice (0)"), std::string::npos) << text;
  EXPECT_NE(text.find("solstice (4)"), std::string::npos) << text;
  EXPECT_EQ(text.find("Gardening courses"), std::string::npos) << text;
}

}  // namespace
}  // namespace storyline
