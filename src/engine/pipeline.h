// Per-article analysis: the parallel part of the pipeline, from a Document to everything the
// sequential story assignment needs. Internal to the engine.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dedup/fingerprint.h"
#include "dedup/passages.h"
#include "extract/extractor.h"
#include "ner/entity_tagger.h"
#include "ingest/document.h"
#include "rank/category.h"
#include "storyline/article.h"
#include "storyline/status.h"
#include "text/analyzer.h"
#include "text/language.h"

namespace storyline {

// Everything known about one article after the parallel stages.
struct AnalyzedArticle {
  Article article;
  AnalyzedText title;
  AnalyzedText body;
  Fingerprint fingerprint;
  PassageSketch passages;  // freed once the article is in the passage index
  std::string category;
  bool is_news = true;
  std::vector<EntityMention> entities;  // named entities of article.text, in text order
};

// The shared, read-only models the analysis uses. Thread safe: all const.
struct PipelineModels {
  Extractor extractor;
  std::unique_ptr<LanguageDetector> language;
  std::unique_ptr<CategoryClassifier> categories;
  std::unique_ptr<EntityTaggers> entities;  // null: no entities are tagged
};

// Extract → normalise → language → tokens → fingerprint → category and news filter → entities.
// `analyzer` is the calling thread's own. Errors name doc.origin.
Result<AnalyzedArticle> AnalyzeDocument(const Document& doc, const PipelineModels& models,
                                        Analyzer& analyzer);

// Extract → normalise → language only (for `storyline extract`).
Result<Article> ExtractArticle(const Document& doc, const PipelineModels& models);

}  // namespace storyline
