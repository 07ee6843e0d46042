#include "cluster/cluster_options.h"

#include <string>

namespace storyline {
namespace {

Status Bad(const char* field, const char* range, double value) {
  return Status::InvalidArgument(std::string("cluster option ") + field + " must be " + range +
                                 ", got " + std::to_string(value));
}

}  // namespace

Status ValidateClusterOptions(const ClusterOptions& o) {
  if (!(o.threshold > 0.0 && o.threshold <= 1.0)) return Bad("threshold", "in (0, 1]", o.threshold);
  if (!(o.window_days > 0.0)) return Bad("window_days", "> 0", o.window_days);
  if (!(o.decay_half_life_days >= 0.0)) {
    return Bad("decay_half_life_days", ">= 0", o.decay_half_life_days);
  }
  if (!(o.decay_grace_days >= 0.0)) return Bad("decay_grace_days", ">= 0", o.decay_grace_days);
  if (!(o.lead_weight >= 1.0)) return Bad("lead_weight", ">= 1", o.lead_weight);
  if (!(o.title_weight > 0.0)) return Bad("title_weight", "> 0", o.title_weight);
  if (!(o.name_weight >= 0.0)) return Bad("name_weight", ">= 0", o.name_weight);
  if (!(o.number_weight >= 0.0)) return Bad("number_weight", ">= 0", o.number_weight);
  if (!(o.link_weight >= 0.0 && o.link_weight <= 1.0))
    return Bad("link_weight", "in [0, 1]", o.link_weight);
  if (!(o.group_average == 0.0 || o.group_average == 1.0)) {
    return Bad("group_average", "0 or 1", o.group_average);
  }
  if (!(o.cross_threshold >= 0.0 && o.cross_threshold <= 1.0)) {
    return Bad("cross_threshold", "in [0, 1]", o.cross_threshold);
  }
  if (!(o.merge_threshold >= 0.0 && o.merge_threshold <= 1.0)) {
    return Bad("merge_threshold", "in [0, 1]", o.merge_threshold);
  }
  if (!(o.consolidate_threshold >= 0.0 && o.consolidate_threshold <= 1.0)) {
    return Bad("consolidate_threshold", "in [0, 1]", o.consolidate_threshold);
  }
  if (!(o.link_centroid_floor >= 0.0 && o.link_centroid_floor <= 1.0)) {
    return Bad("link_centroid_floor", "in [0, 1]", o.link_centroid_floor);
  }
  const std::size_t sizes[] = {o.max_doc_terms,     o.centroid_terms, o.index_terms,
                               o.link_members,      o.member_terms,   o.probe_terms,
                               o.max_postings_scan, o.max_candidates};
  for (std::size_t s : sizes) {
    if (s == 0)
      return Status::InvalidArgument("cluster options: term and candidate counts must be > 0");
  }
  if (o.first_story_id == 0)
    return Status::InvalidArgument("cluster option first_story_id must be > 0");
  return Status::Ok();
}

}  // namespace storyline

namespace storyline {
namespace {

template <class T>
struct Field {
  const char* name;
  T ClusterOptions::*member;
};

constexpr Field<double> kDoubleFields[] = {
    {"threshold", &ClusterOptions::threshold},
    {"group_average", &ClusterOptions::group_average},
    {"merge_threshold", &ClusterOptions::merge_threshold},
    {"consolidate_threshold", &ClusterOptions::consolidate_threshold},
    {"cross_threshold", &ClusterOptions::cross_threshold},
    {"window_days", &ClusterOptions::window_days},
    {"decay_half_life_days", &ClusterOptions::decay_half_life_days},
    {"decay_grace_days", &ClusterOptions::decay_grace_days},
    {"lead_weight", &ClusterOptions::lead_weight},
    {"title_weight", &ClusterOptions::title_weight},
    {"name_weight", &ClusterOptions::name_weight},
    {"number_weight", &ClusterOptions::number_weight},
    {"title_name_mismatch", &ClusterOptions::title_name_mismatch},
    {"link_weight", &ClusterOptions::link_weight},
    {"link_centroid_floor", &ClusterOptions::link_centroid_floor},
};

constexpr Field<std::size_t> kSizeFields[] = {
    {"max_doc_terms", &ClusterOptions::max_doc_terms},
    {"lead_tokens", &ClusterOptions::lead_tokens},
    {"centroid_terms", &ClusterOptions::centroid_terms},
    {"index_terms", &ClusterOptions::index_terms},
    {"link_members", &ClusterOptions::link_members},
    {"member_terms", &ClusterOptions::member_terms},
    {"probe_terms", &ClusterOptions::probe_terms},
    {"max_postings_scan", &ClusterOptions::max_postings_scan},
    {"max_candidates", &ClusterOptions::max_candidates},
    {"cross_min_shared", &ClusterOptions::cross_min_shared},
};

}  // namespace

Status SetClusterOption(ClusterOptions& options, std::string_view name, double value) {
  for (const auto& f : kDoubleFields) {
    if (name == f.name) {
      options.*f.member = value;
      return Status::Ok();
    }
  }
  for (const auto& f : kSizeFields) {
    if (name == f.name) {
      if (value < 0) return Status::InvalidArgument(std::string(name) + " must be >= 0");
      options.*f.member = static_cast<std::size_t>(value);
      return Status::Ok();
    }
  }
  return Status::InvalidArgument("unknown cluster option '" + std::string(name) + "'");
}

}  // namespace storyline
