#include <fstream>
#include <sstream>
#include <string>
#include <tuple>

#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

#include "extract/date_text.h"
#include "extract/html_author.h"
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

// `n` short words: filler that pushes what follows past the bytes read after the headline.
std::string Words(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += "word ";
  return out;
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
      // Regression (wcxb-dev 0450, 0380): what the page writes before the headline.
      {"a date before the headline goes", "<title>Preparing a transition | Blog</title><h1>Dec 18 2025 Preparing a transition in Debusine</h1>",
       "Preparing a transition in Debusine", 1766016000},  // the date is the page's too: 2025-12-18
      {"and a dated headline keeps a short rest", "<title>23.01.2022 Results</title>", "23.01.2022 Results",
       1642896000},  // 2022-01-23
      // Regression (DAnIEL tune, sina.com.hk): every section of the page sits in an <h1>; the
      // longest, a menu, is no headline.
      {"an h1 longer than a headline (a section wrapper) loses to the title tag",
       "<title>Samsung shows an all-white Galaxy Tab in Vietnam - Digital - Sina</title><h1><div>Digital news: " +
           Words(60) + "</div></h1>",
       "Samsung shows an all-white Galaxy Tab in Vietnam - Digital", std::nullopt},
      {"a \"Title:\" descriptor goes", "<title>Title:Alignment-preserving model merging via Fisher geometry</title>",
       "Alignment-preserving model merging via Fisher geometry", std::nullopt},
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
      // Regression (htmldate-eval elpais.com): modified_time equal to published_time to the
      // second vetoed the shown day, and the canonical URL's day before it won.
      {"a modification time equal to the publication vetoes nothing",
       "<link rel='canonical' href='https://example.com/2020/02/18/ciencia/story.html'>"
       "<meta property='article:published_time' content='2020-02-19T18:37:32+01:00'>"
       "<meta property='article:modified_time' content='2020-02-19T18:37:32+01:00'><h1>H</h1><p>19 February 2020</p>",
       "2020-02-19T18:37:32+01:00", "meta:article:published_time"},
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
      {"a label in another language before the name (Blogger)",
       "<span class='post-author vcard'>Publi\xc3\xa9 par <span class='fn'><a rel='author'>Jeanne Roux</a></span></span>",
       "Jeanne Roux"},
      {"German and Polish labels",
       "<div class='author'>Von <a href='/a'>Claudia Ludewig</a></div>", "Claudia Ludewig"},
      {"a Polish label glued to the name", "<span class='autor'>Autor: Beata Tercz\xc5\x84ska</span>",
       "Beata Tercz\xc5\x84ska"},
      {"a Russian label", "<div class='author'>\xd0\x90\xd0\xb2\xd1\x82\xd0\xbe\xd1\x80: \xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd "
       "\xd0\x9f\xd0\xb5\xd1\x82\xd1\x80\xd0\xbe\xd0\xb2</div>", "\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd \xd0\x9f\xd0\xb5\xd1\x82\xd1\x80\xd0\xbe\xd0\xb2"},
      {"a CMS's placeholder is no name", "<span class='post-author'>Posted by <a rel='author'>Unknown</a></span>", ""},
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
      // The site's own name as the author (wcxb-dev 0232, 0227) gives way to a writer named elsewhere.
      {"meta author naming the site gives way to JSON-LD",
       "<meta property='og:site_name' content='UXCam'><meta name='author' content='UXCam'>"
       "<script type='application/ld+json'>{\"headline\":\"H\",\"author\":{\"@type\":\"Person\",\"name\":"
       "\"Annemarie Bufe\"}}</script>",
       "Annemarie Bufe"},
      {"meta author naming the host gives way to the byline",
       "<meta property='og:url' content='https://www.renofi.com/blog/roi/'><meta name='author' content='RenoFi'>"
       "<div class='author'>Richard Garner</div>",
       "Richard Garner"},
      {"the site's name stays when no one else is named",
       "<meta property='og:site_name' content='Five Books'><meta name='author' content='Five Books'>", "Five Books"},
      {"a byline that reads as no name does not replace the site",
       "<meta property='og:site_name' content='Supermove'><meta name='author' content='Supermove'>"
       "<div class='author'>mins read</div>",
       "Supermove"},
      {"a blog named after its writer keeps the JSON-LD person",
       "<meta property='og:site_name' content='Anil Madhavapeddy'>"
       "<script type='application/ld+json'>{\"headline\":\"H\",\"author\":{\"@type\":\"Person\",\"name\":"
       "\"Anil Madhavapeddy\"}}</script><div class='author'>Daniel Buenzli</div>",
       "Anil Madhavapeddy"},
  };
  for (const auto& tc : cases) {
    EXPECT_EQ(MetadataOf(std::string("<html><head></head><body>") + tc.html + "</body></html>").author, tc.author)
        << tc.name;
  }
}

// A name field left empty by a page's template keeps only what followed it (", USA TODAY",
// wcxb-dev 0106): that is an affiliation, not an author, and the next source is used.
TEST(CleanAuthorTest, Table) {
  const std::tuple<const char*, bool, const char*> cases[] = {
      {", USA TODAY", false, ""},
      {"The Author", false, ""},
      {"Administrator", false, ""},
      {"Nameless Ghost", false, "Nameless Ghost"},
      {" , Reuters", false, ""},
      {"Brian Truitt, USA TODAY", false, "Brian Truitt, USA TODAY"},
      {"By Brian Truitt,", true, "Brian Truitt"},
      {"https://example.org/people/x", false, ""},
  };
  for (const auto& [in, from_text, want] : cases) EXPECT_EQ(CleanAuthor(in, from_text), want) << in;
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

// The site's own name goes whatever its length (wcxb-dev 4042, 0408, 4271; tovima.gr's
// "tovima.gr - …" prefix); a segment that only begins with it, or a title that is nothing but
// it, stays.
TEST(StripSiteNameTest, Table) {
  const struct {
    const char* title;
    const char* site;
    const char* host;
    const char* want;
  } cases[] = {
      {"Coffee - University of Wisconsin-Stevens Point", "University of Wisconsin-Stevens Point", "uwsp.edu", "Coffee"},
      {"Best UK Art Exhibitions 2025 \xe2\x80\x93 Artlyst - Artlyst", "Artlyst", "", "Best UK Art Exhibitions 2025"},
      {"Website Design Portfolio | Thrive Internet Marketing", "Thrive Internet Marketing Agency", "", "Website Design Portfolio"},
      {"Penny - Stardew Valley Wiki", "", "stardewvalleywiki.com", "Penny"},
      {"tovima.gr - Flu season starts early", "", "www.tovima.gr", "Flu season starts early"},
      {"Loft \xe2\x80\x93 BizWest", "", "bizwest.com", "Loft"},
      {"Digjitale Signal #18 \xe2\x80\x93 The World Without Work?", "Digjitale", "", "Digjitale Signal #18 \xe2\x80\x93 The World Without Work?"},
      {"Live - Ukraine crisis", "Kyiv Post", "kyivpost.com", "Live - Ukraine crisis"},
      {"Artlyst", "Artlyst", "", "Artlyst"},
      {"Rail strike called off | Post", "", "", "Rail strike called off | Post"},
  };
  for (const auto& tc : cases) EXPECT_EQ(StripSiteName(tc.title, tc.site, tc.host), tc.want) << tc.title;
}

TEST(HostOfTest, Table) {
  EXPECT_EQ(HostOf("https://www.Example.com:8080/a?b"), "example.com");
  EXPECT_EQ(HostOf("http://news.example.org"), "news.example.org");
  EXPECT_EQ(HostOf("/relative/path"), "");
  EXPECT_EQ(HostOf("ftp://example.com/"), "");
}

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

// An <h1> inside another (an unclosed <h1> then a <div>: the parser nests the next <h1> in the
// <div>) has no more text than the outer one: the outer is the headline, and the dateline is
// the first date after all of it. Each is read once, not once per level (bench/pipeline_bench.cc,
// BM_ExtractNestedHeadings, up to 2^16 levels).
TEST(HtmlMetadataTest, NestedH1sReadAsTheOutermost) {
  const HtmlMetadata meta = MetadataOf(
      "<html><body><h1>Dam opens<div>after ten years<h1>of work</h1></div></h1>"
      "<p>Posted 3 March 2021</p><p>The dam opened on Monday.</p></body></html>");
  EXPECT_EQ(meta.title, "Dam opens after ten years of work");
  ASSERT_TRUE(meta.published_local.has_value());
  EXPECT_EQ(FormatLocalDate(*meta.published_local), "2021-03-03");

}

}  // namespace
}  // namespace storyline
