// storyline_ner_tool: trains and applies the entity tagger (for eval/ner_eval.py and for rebuilding
// the shipped models; see docs/NER_MODEL.md).
//
//   storyline_ner_tool lexicon --lang en [--dictionary WORDLIST] [--names LIST] --out LEXICON.tsv
//   storyline_ner_tool train --lang en --out MODEL [--epochs N] [--min-count N] [--seed N]
//                            [--lexicon TSV] CONLL...
//   storyline_ner_tool average --out MODEL MODEL...   the mean of models trained alike
//   storyline_ner_tool tag MODEL CONLL      each line of CONLL gets the predicted tag as a last column;
//                                           "-DOCSTART-" lines separate documents (not echoed)
//   storyline_ner_tool text MODEL TEXTFILE  one mention a line: begin end type text
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "ner/entity_tagger.h"
#include "ner/lexicon_builder.h"
#include "ner/ner_trainer.h"

namespace storyline {
namespace {

int Fail(const Status& s) {
  std::cerr << "storyline_ner: " << s.ToString() << "\n";
  return s.code() == StatusCode::kNotFound ? 3 : 1;
}

int Usage() {
  std::cerr << "usage: storyline_ner_tool lexicon --lang L [--dictionary WORDLIST] [--names LIST] --out TSV\n"
               "       storyline_ner_tool train --lang L --out MODEL [--epochs N] [--min-count N]\n"
               "                                [--seed N] [--lexicon TSV] FILE...\n"
               "       storyline_ner_tool average --out MODEL MODEL...\n"
               "       storyline_ner_tool tag MODEL CONLL\n"
               "       storyline_ner_tool text MODEL TEXTFILE\n";
  return 2;
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return Status::NotFound(path + ": cannot open");
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

int Lexicon(const std::vector<std::string>& args) {
  LexiconSources sources;
  std::string out;
  for (std::size_t i = 0; i + 1 < args.size(); i += 2) {
    if (args[i] == "--lang") sources.lang = args[i + 1];
    else if (args[i] == "--dictionary") sources.dictionary_path = args[i + 1];
    else if (args[i] == "--names") sources.names_path = args[i + 1];
    else if (args[i] == "--out") out = args[i + 1];
    else return Usage();
  }
  if (args.size() % 2 != 0 || out.empty() || sources.lang.empty()) return Usage();
  Result<NerLexicon> lex = BuildLexicon(sources);
  if (!lex.ok()) return Fail(lex.status());
  std::ofstream f(out, std::ios::binary | std::ios::trunc);
  f << lex->ToTsv();
  f.close();
  if (!f) return Fail(Status::IoError(out + ": cannot write"));
  std::cerr << lex->size() << " lexicon entries\n";
  return 0;
}

Status LoadLexicon(const std::string& path, NerLexicon* lex) {
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  Result<NerLexicon> parsed = NerLexicon::ParseTsv(*text);
  if (!parsed.ok()) return parsed.status().WithPrefix(path);
  *lex = std::move(parsed).value();
  return Status::Ok();
}

int Train(const std::vector<std::string>& args) {
  NerTrainOptions options;
  std::string out;
  std::vector<LabeledSentence> data;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool has_value = i + 1 < args.size();
    if (a == "--lang" && has_value) options.lang = args[++i];
    else if (a == "--out" && has_value) out = args[++i];
    else if (a == "--epochs" && has_value) options.epochs = std::stoi(args[++i]);
    else if (a == "--min-count" && has_value) options.min_count = std::stoi(args[++i]);
    else if (a == "--seed" && has_value) options.seed = std::stoull(args[++i]);
    else if (a == "--lexicon" && has_value) {
      if (Status s = LoadLexicon(args[++i], &options.lexicon); !s.ok()) return Fail(s);
    }
    else if (a.rfind("--", 0) == 0) return Usage();
    else {
      auto part = ReadConll(a);
      if (!part.ok()) return Fail(part.status());
      data.insert(data.end(), part->begin(), part->end());
    }
  }
  if (out.empty() || options.lang.empty()) return Usage();
  auto model = TrainNer(data, options, [](int epoch, std::size_t wrong, std::size_t tokens) {
    std::cerr << "epoch " << epoch << ": " << wrong << " of " << tokens << " tokens wrong\n";
  });
  if (!model.ok()) return Fail(model.status());
  std::cerr << model->num_features() << " features kept\n";
  Status s = model->Save(out);
  return s.ok() ? 0 : Fail(s);
}

int Average(const std::vector<std::string>& args) {
  if (args.size() < 3 || args[0] != "--out") return Usage();
  std::vector<NerModel> models;
  for (std::size_t i = 2; i < args.size(); ++i) {
    Result<NerModel> m = NerModel::Load(args[i]);
    if (!m.ok()) return Fail(m.status());
    models.push_back(std::move(m).value());
  }
  Result<NerModel> avg = AverageModels(models);
  if (!avg.ok()) return Fail(avg.status());
  Status s = avg->Save(args[1]);
  return s.ok() ? 0 : Fail(s);
}

int TagConll(const std::string& model_path, const std::string& path) {
  auto tagger = EntityTagger::Load(model_path);
  if (!tagger.ok()) return Fail(tagger.status());
  std::ifstream f(path);
  if (!f) return Fail(Status::NotFound(path + ": cannot open"));
  std::vector<std::vector<std::string>> doc(1);  // the lines of each sentence
  auto flush_document = [&] {
    if (doc.back().empty()) doc.pop_back();
    std::vector<std::vector<std::string_view>> words(doc.size());
    for (std::size_t s = 0; s < doc.size(); ++s) {
      for (const auto& l : doc[s]) words[s].push_back(std::string_view(l).substr(0, l.find_first_of(" \t")));
    }
    const auto tags = tagger->TagDocument(words);
    for (std::size_t s = 0; s < doc.size(); ++s) {
      for (std::size_t i = 0; i < doc[s].size(); ++i) std::cout << doc[s][i] << ' ' << tags[s][i] << '\n';
      std::cout << '\n';
    }
    doc.assign(1, {});
  };
  for (std::string line; std::getline(f, line);) {
    if (line.rfind("-DOCSTART-", 0) == 0) {
      flush_document();
    } else if (line.find_first_not_of(" \t\r") == std::string::npos) {
      if (!doc.back().empty()) doc.emplace_back();
    } else {
      doc.back().push_back(line);
    }
  }
  flush_document();
  return 0;
}

int TagText(const std::string& model_path, const std::string& path) {
  auto tagger = EntityTagger::Load(model_path);
  if (!tagger.ok()) return Fail(tagger.status());
  std::ifstream f(path, std::ios::binary);
  if (!f) return Fail(Status::NotFound(path + ": cannot open"));
  std::stringstream ss;
  ss << f.rdbuf();
  const std::string text = ss.str();
  for (const EntityMention& m : tagger->Tag(text)) {
    std::cout << m.begin << '\t' << m.end << '\t' << m.type << '\t'
              << text.substr(m.begin, m.end - m.begin) << '\n';
  }
  return 0;
}

}  // namespace
}  // namespace storyline

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return storyline::Usage();
  const std::string cmd = args[0];
  args.erase(args.begin());
  try {
    if (cmd == "lexicon") return storyline::Lexicon(args);
    if (cmd == "train") return storyline::Train(args);
    if (cmd == "average") return storyline::Average(args);
    if (cmd == "tag" && args.size() == 2) return storyline::TagConll(args[0], args[1]);
    if (cmd == "text" && args.size() == 2) return storyline::TagText(args[0], args[1]);
  } catch (const std::exception& e) {  // std::stoi on a bad number
    std::cerr << "storyline_ner: " << e.what() << "\n";
    return 2;
  }
  return storyline::Usage();
}
