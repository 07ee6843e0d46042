#include "engine/pipeline.h"

#include "rank/news_filter.h"
#include "text/normalize.h"

namespace storyline {
namespace {

// Analysed texts are held for the whole batch until story assignment, which reads only content
// tokens' stems, flags and (for numbers) folded forms: dropping the rest halves the memory.
void DropWhatClusteringIgnores(AnalyzedText& text) {
  std::erase_if(text.tokens, [](const Token& t) { return t.is_stop; });
  for (Token& t : text.tokens) {
    if (!t.is_number) std::string().swap(t.folded);
  }
  text.tokens.shrink_to_fit();
}

}  // namespace

Result<Article> ExtractArticle(const Document& doc, const PipelineModels& models) {
  Result<Article> extracted = models.extractor.Extract(doc);
  if (!extracted.ok()) return extracted.status();
  Article article = std::move(extracted).value();
  article.title = NormalizeLine(article.title);
  article.text = NormalizeText(article.text);
  if (article.text.empty()) {
    return Status::InvalidArgument(doc.origin + ": no article text after normalisation");
  }
  if (!doc.lang.empty()) {
    article.lang = doc.lang;
    article.lang_confidence = 1.0f;
  } else {
    LanguageGuess guess = models.language->Detect(article.title, article.text);
    article.lang = guess.code;
    article.lang_confidence = guess.confidence;
  }
  return article;
}

Result<AnalyzedArticle> AnalyzeDocument(const Document& doc, const PipelineModels& models,
                                        Analyzer& analyzer) {
  Result<Article> article = ExtractArticle(doc, models);
  if (!article.ok()) return article.status();
  AnalyzedArticle out;
  out.article = std::move(article).value();
  out.title = analyzer.Analyze(out.article.title, out.article.lang);
  out.body = analyzer.Analyze(out.article.text, out.article.lang);
  out.fingerprint = ComputeFingerprint(out.body);
  out.passages = SketchPassages(out.body);  // before the folded forms are dropped
  out.category = models.categories->Classify(out.title, out.body, out.article.lang);
  out.is_news = IsNews(out.article, out.body);
  // Tagged here, in parallel, rather than when stories are built: the tagger is the costliest
  // digest step and story building is sequential.
  if (models.entities != nullptr) {
    if (const EntityTagger* tagger = models.entities->For(out.article.lang)) {
      out.entities = tagger->Tag(out.article.text);
    }
  }
  DropWhatClusteringIgnores(out.title);
  DropWhatClusteringIgnores(out.body);
  return out;
}

}  // namespace storyline
