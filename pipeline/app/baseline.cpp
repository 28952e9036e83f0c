#include "app/baseline.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "app/input_files.h"
#include "common/unicode.h"
#include "judge/evaluation.h"
#include "judge/verdict_diff.h"

namespace jamkoll {
namespace {

constexpr const char* kSchema = "jamkoll.baseline/2";
constexpr const char* kLegacySchema = "jamkoll.baseline/1";  // paths as given, no SHA-256

bool ends_with_part(const std::string& path, const std::string& tail) {
  return path.size() > tail.size() && path.compare(path.size() - tail.size(), tail.size(), tail) == 0 &&
         path[path.size() - tail.size() - 1] == '/';
}

}  // namespace

Outcome<Baseline> Baseline::read(const std::string& file) {
  std::ifstream in(file);
  if (!in) return Failure::not_found(file + ": cannot read the baseline");
  Baseline b;
  b.file_ = file;
  try {
    const nlohmann::json j = nlohmann::json::parse(in);
    const std::string schema = j.value("schema", "");
    if (schema != kSchema && schema != kLegacySchema) {
      return Failure::usage(file + ": not a " + std::string(kSchema) + " (or " + kLegacySchema + ") file");
    }
    const bool legacy = schema == kLegacySchema;
    std::map<std::string, std::size_t> index;  // path → position in documents_
    for (const auto& a : j.at("accepted")) {
      Status s;
      if (!parse_status(a.at("status").get<std::string>(), s)) {
        return Failure::usage(file + ": unknown status '" + a.at("status").get<std::string>() + "'");
      }
      std::string path = to_nfc(a.at("path").get<std::string>());
      if (legacy) path = normalised_path(path);
      auto [it, added] = index.emplace(path, b.documents_.size());
      if (added) b.documents_.push_back(Document{path, "", {}, legacy, false, {}});
      Document& d = b.documents_[it->second];
      if (d.sha256.empty()) d.sha256 = a.value("sha256", "");
      d.accepted[a.at("target").get<std::string>()] = s;
    }
  } catch (const std::exception& e) {
    return Failure::usage(file + ": " + e.what());
  }
  return b;
}

Baseline Baseline::from_results(const std::vector<DocumentResult>& results, const CheckedFolder& folder) {
  Baseline b;
  for (const DocumentResult& r : results) {
    Document d{folder.relative(r.path), r.sha256, {}, false, false, {}};
    for (const TargetVerdict& t : r.verdict.targets) {
      if (t.required && t.status != Status::kAddressed) d.accepted[t.target->id] = t.status;
    }
    if (!d.accepted.empty()) b.documents_.push_back(std::move(d));
  }
  std::sort(b.documents_.begin(), b.documents_.end(), [](const Document& x, const Document& y) { return x.path < y.path; });
  return b;
}

Outcome<void> Baseline::write(const std::string& file) const {
  nlohmann::ordered_json j;
  j["schema"] = kSchema;
  j["accepted"] = nlohmann::ordered_json::array();
  for (const Document& d : documents_) {
    for (const auto& [target, status] : d.accepted) {
      j["accepted"].push_back({{"path", d.path}, {"sha256", d.sha256}, {"target", target}, {"status", status_name(status)}});
    }
  }
  std::ofstream out(file + ".tmp");
  out << j.dump(2) << "\n";
  out.close();
  if (!out || std::rename((file + ".tmp").c_str(), file.c_str()) != 0) return Failure::write_failed("cannot write " + file);
  return {};
}

// By relative path first (an old file's entries also by the path as given, or by the one entry
// that ends with the relative path), then by content: a document whose path has no entries but
// whose SHA-256 an entry carries moved inside the folder (an entry not yet matched first).
Baseline::Document* Baseline::find(const DocumentResult& result, const std::string& relative) {
  const std::string as_given = to_nfc(normalised_path(result.path));
  Document* tail_match = nullptr;
  std::size_t tail_matches = 0;
  for (Document& d : documents_) {
    if (d.path == relative || (d.legacy && d.path == as_given)) return &d;
    if (d.legacy && ends_with_part(d.path, relative)) {
      tail_match = &d;
      ++tail_matches;
    }
  }
  if (tail_matches == 1) return tail_match;
  if (result.sha256.empty()) return nullptr;
  Document* same_content = nullptr;
  for (Document& d : documents_) {
    if (d.sha256 != result.sha256) continue;
    if (!d.matched) return &d;
    if (!same_content) same_content = &d;
  }
  return same_content;
}

void Baseline::apply(DocumentResult& result, const CheckedFolder& folder) {
  Document* d = find(result, folder.relative(result.path));
  if (!d) return;
  d->matched = true;
  if (result.error) return;  // unreadable now: nothing to accept, but the entry is not stale
  for (const auto& [target, status] : d->accepted) {
    const std::string& id = target;  // clang 14 cannot capture a structured binding in a lambda
    const auto t = std::find_if(result.verdict.targets.begin(), result.verdict.targets.end(),
                                [&](const TargetVerdict& v) { return v.target->id == id; });
    if (t == result.verdict.targets.end()) {
      if (std::find(d->unknown_targets.begin(), d->unknown_targets.end(), target) == d->unknown_targets.end()) {
        d->unknown_targets.push_back(target);
      }
      continue;
    }
    if (t->required && t->status != Status::kAddressed && status_rank(t->status) >= status_rank(status)) {
      result.accepted_gaps.insert(target);
    }
  }
}

std::vector<std::string> Baseline::unmatched() const {
  std::vector<std::string> out;
  for (const Document& d : documents_) {
    if (!d.matched) {
      out.push_back(file_ + ": " + d.path + ": " + std::to_string(d.accepted.size()) +
                    (d.accepted.size() == 1 ? " accepted gap matches" : " accepted gaps match") +
                    " no checked document (neither by path relative to the checked folder nor by SHA-256)");
    }
    for (const std::string& target : d.unknown_targets) {
      out.push_back(file_ + ": " + d.path + ": accepted target " + target + " is not in the rule pack");
    }
  }
  return out;
}

}  // namespace jamkoll
