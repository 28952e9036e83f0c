#include "report/eval_report.h"

#include <iomanip>

namespace jamkoll {
namespace {

nlohmann::ordered_json summary_json(const Evaluation& e) {
  nlohmann::ordered_json j;
  j["verdicts"] = e.total();
  j["accuracy"] = e.accuracy();
  j["addressed_precision"] = e.addressed_precision();
  j["addressed_recall"] = e.addressed_recall();
  j["addressed_f1"] = e.addressed_f1();
  nlohmann::ordered_json confusion;
  for (Status expected : {Status::kAddressed, Status::kMentioned, Status::kMissing}) {
    nlohmann::ordered_json row;
    for (Status got : {Status::kAddressed, Status::kMentioned, Status::kMissing}) {
      auto r = e.confusion().find(expected);
      std::size_t n = 0;
      if (r != e.confusion().end() && r->second.count(got)) n = r->second.at(got);
      row[status_name(got)] = n;
    }
    confusion[status_name(expected)] = row;
  }
  j["confusion"] = confusion;
  nlohmann::ordered_json per_target;
  for (const auto& [id, counts] : e.per_target()) {
    per_target[id] = static_cast<double>(counts.first) / static_cast<double>(counts.second);
  }
  j["per_target_accuracy"] = per_target;
  return j;
}

void print_text(std::ostream& out, std::size_t documents, const Evaluation& tool, const Evaluation& baseline,
                const std::vector<Disagreement>& disagreements) {
  out << std::fixed << std::setprecision(3);
  out << documents << " documents, " << tool.total() << " verdicts\n\n";
  out << "                       jamkoll  keyword baseline\n";
  out << "three-class accuracy   " << tool.accuracy() << "    " << baseline.accuracy() << "\n";
  out << "addressed precision    " << tool.addressed_precision() << "    " << baseline.addressed_precision() << "\n";
  out << "addressed recall       " << tool.addressed_recall() << "    " << baseline.addressed_recall() << "\n";
  out << "addressed F1           " << tool.addressed_f1() << "    " << baseline.addressed_f1() << "\n\n";
  out << "confusion (rows: expected, columns: jamkoll)\n             addressed  mentioned  missing\n";
  for (Status e : {Status::kAddressed, Status::kMentioned, Status::kMissing}) {
    out << std::left << std::setw(13) << status_name(e) << std::right;
    for (Status g : {Status::kAddressed, Status::kMentioned, Status::kMissing}) {
      std::size_t n = 0;
      auto r = tool.confusion().find(e);
      if (r != tool.confusion().end() && r->second.count(g)) n = r->second.at(g);
      out << std::setw(9) << n << "  ";
    }
    out << "\n";
  }
  out << "\nper-target accuracy (jamkoll / baseline)\n";
  for (const auto& [id, counts] : tool.per_target()) {
    const auto& b = baseline.per_target().at(id);
    out << "  " << std::left << std::setw(24) << id << std::right << counts.first << "/" << counts.second << "  "
        << static_cast<double>(counts.first) / static_cast<double>(counts.second) << " / "
        << static_cast<double>(b.first) / static_cast<double>(b.second) << "\n";
  }
  if (!disagreements.empty()) {
    out << "\ndisagreements (document, target, expected → jamkoll)\n";
    for (const Disagreement& d : disagreements) {
      out << "  " << d.path << "  " << d.target << "  " << d.expected << " → " << d.got << "\n";
    }
  }
}

}  // namespace

void write_eval_text(std::ostream& out, const EvalRun& run) {
  print_text(out, run.documents, run.tool, run.baseline, run.disagreements);
  if (run.labels_left_out > 0) out << "\nlabels left out (the labellers disagreed): " << run.labels_left_out << "\n";
  if (run.totals_only) out << "\ndisagreements: hidden (--totals-only)\n";
}

nlohmann::ordered_json eval_json(const EvalRun& run, const RulePack& pack) {
  nlohmann::ordered_json j;
  j["schema"] = "jamkoll.eval/1";
  j["rulepack"] = {{"id", pack.id}, {"version", pack.version}};
  j["documents"] = run.documents;
  j["labels_left_out"] = run.labels_left_out;
  j["jamkoll"] = summary_json(run.tool);
  j["keyword_baseline"] = summary_json(run.baseline);
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Disagreement& d : run.disagreements) {
    list.push_back({{"path", d.path}, {"target", d.target}, {"expected", d.expected}, {"got", d.got}});
  }
  j["disagreements"] = list;
  if (run.totals_only) j["disagreements_hidden"] = true;
  return j;
}

}  // namespace jamkoll
