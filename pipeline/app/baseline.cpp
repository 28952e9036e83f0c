#include "app/baseline.h"

#include <fstream>
#include <nlohmann/json.hpp>

#include "judge/evaluation.h"
#include "judge/verdict_diff.h"

namespace jamkoll {
Outcome<Baseline> Baseline::read(const std::string& file) {
  std::ifstream in(file);
  if (!in) return Failure{"not-found", file + ": cannot read the baseline"};
  Baseline b;
  try {
    const nlohmann::json j = nlohmann::json::parse(in);
    if (j.value("schema", "") != "jamkoll.baseline/1") return Failure{"usage", file + ": not a jamkoll.baseline/1 file"};
    for (const auto& a : j.at("accepted")) {
      Status s;
      if (!parse_status(a.at("status").get<std::string>(), s)) {
        return Failure{"usage", file + ": unknown status '" + a.at("status").get<std::string>() + "'"};
      }
      b.accepted_[{a.at("path").get<std::string>(), a.at("target").get<std::string>()}] = s;
    }
  } catch (const std::exception& e) {
    return Failure{"usage", file + ": " + e.what()};
  }
  return b;
}

Baseline Baseline::from_results(const std::vector<DocumentResult>& results) {
  Baseline b;
  for (const DocumentResult& r : results) {
    for (const TargetVerdict& t : r.verdict.targets) {
      if (t.required && t.status != Status::kAddressed) b.accepted_[{r.path, t.target->id}] = t.status;
    }
  }
  return b;
}

Outcome<bool> Baseline::write(const std::string& file) const {
  nlohmann::ordered_json j;
  j["schema"] = "jamkoll.baseline/1";
  j["accepted"] = nlohmann::ordered_json::array();
  for (const auto& [key, status] : accepted_) {
    j["accepted"].push_back({{"path", key.first}, {"target", key.second}, {"status", status_name(status)}});
  }
  std::ofstream out(file + ".tmp");
  out << j.dump(2) << "\n";
  out.close();
  if (!out || std::rename((file + ".tmp").c_str(), file.c_str()) != 0) return Failure{"write-failed", "cannot write " + file};
  return true;
}

void Baseline::apply(DocumentResult& result) const {
  for (const TargetVerdict& t : result.verdict.targets) {
    if (!t.required || t.status == Status::kAddressed) continue;
    auto it = accepted_.find({result.path, t.target->id});
    if (it != accepted_.end() && status_rank(t.status) >= status_rank(it->second)) result.accepted_gaps.insert(t.target->id);
  }
}

}  // namespace jamkoll
