#include "judge/evaluation.h"

namespace jamkoll {

void Evaluation::add(const std::string& target, Status expected, Status got) {
  ++total_;
  ++confusion_[expected][got];
  auto& t = per_target_[target];
  ++t.second;
  if (expected == got) {
    ++correct_;
    ++t.first;
  }
}

double Evaluation::accuracy() const { return total_ ? static_cast<double>(correct_) / static_cast<double>(total_) : 0.0; }

namespace {
std::size_t cell(const std::map<Status, std::map<Status, std::size_t>>& c, Status e, Status g) {
  auto row = c.find(e);
  if (row == c.end()) return 0;
  auto it = row->second.find(g);
  return it == row->second.end() ? 0 : it->second;
}
}  // namespace

double Evaluation::addressed_precision() const {
  std::size_t tp = cell(confusion_, Status::kAddressed, Status::kAddressed);
  std::size_t predicted = 0;
  for (Status e : {Status::kAddressed, Status::kMentioned, Status::kMissing}) predicted += cell(confusion_, e, Status::kAddressed);
  return predicted ? static_cast<double>(tp) / static_cast<double>(predicted) : 0.0;
}

double Evaluation::addressed_recall() const {
  std::size_t tp = cell(confusion_, Status::kAddressed, Status::kAddressed);
  std::size_t actual = 0;
  for (Status g : {Status::kAddressed, Status::kMentioned, Status::kMissing}) actual += cell(confusion_, Status::kAddressed, g);
  return actual ? static_cast<double>(tp) / static_cast<double>(actual) : 0.0;
}

double Evaluation::addressed_f1() const {
  const double p = addressed_precision();
  const double r = addressed_recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

bool parse_status(const std::string& name, Status& out) {
  if (name == "addressed") {
    out = Status::kAddressed;
  } else if (name == "mentioned") {
    out = Status::kMentioned;
  } else if (name == "missing") {
    out = Status::kMissing;
  } else {
    return false;
  }
  return true;
}

}  // namespace jamkoll
