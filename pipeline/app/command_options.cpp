#include "app/command_options.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/option_values.h"
#include "ingest/format_detection.h"
#include "judge/data_source.h"
#include "judge/pack_loader.h"

namespace jamkoll {
namespace {

// PDFs are read in a child process (ingest/pdf/pdf_child.h) by jamkoll-pdf: beside this binary in
// the build tree, in ../libexec/jamkoll/ when installed (/usr/bin/jamkoll, /usr/libexec/jamkoll/).
// When neither exists the installed path is named, and reading a PDF fails with an error naming it.
std::string pdf_helper_path() {
  std::error_code error;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return "";  // read_pdf then says there is no PDF reader
  const std::filesystem::path beside = self.parent_path() / "jamkoll-pdf";
  const std::filesystem::path installed = self.parent_path().parent_path() / "libexec" / "jamkoll" / "jamkoll-pdf";
  return (std::filesystem::exists(beside, error) ? beside : installed).string();
}

std::vector<std::string> split_ids(const std::string& list) {
  std::vector<std::string> out;
  std::stringstream in(list);
  std::string id;
  while (std::getline(in, id, ',')) {
    if (!id.empty()) out.push_back(id);
  }
  return out;
}

}  // namespace

Outcome<std::shared_ptr<const Judge>> judge_from_options(const ParsedArguments& args) {
  auto rules = args.values.find("--rules");
  auto pack = rules == args.values.end() ? load_default_pack() : load_pack(*directory_pack_source(rules->second));
  if (!pack) return pack.failure();
  std::map<std::string, bool> overrides;
  for (const auto& [option, required] : {std::pair<std::string, bool>{"--require", true}, {"--optional", false}}) {
    auto it = args.values.find(option);
    if (it == args.values.end()) continue;
    for (const std::string& id : split_ids(it->second)) overrides[id] = required;
  }
  return Judge::create(*pack, overrides);
}

Outcome<ReadOptions> read_options_from(const ParsedArguments& args) {
  ReadOptions options;
  if (auto it = args.values.find("--input-format"); it != args.values.end()) {
    if (!input_format_from_name(it->second)) return Failure::usage("--input-format takes " + input_format_names());
    options.input_format = it->second;
  }
  if (auto it = args.values.find("--xml-mapping"); it != args.values.end()) {
    std::ifstream in(it->second);
    if (!in) return Failure::usage("--xml-mapping: cannot read " + it->second);
    std::ostringstream text;
    text << in.rdbuf();
    auto mapping = parse_xml_mapping(text.str(), it->second);
    if (!mapping) return mapping.failure();
    options.xml_mapping = std::move(*mapping);
  }
  ReadLimits& limits = options.limits;
  auto mib = [&](const char* option, std::uint64_t& target) -> bool {
    auto it = args.values.find(option);
    if (it == args.values.end()) return true;
    const std::optional<unsigned long long> v = whole_number_in(it->second, 1, 1ull << 20);
    if (v) target = *v << 20;
    return v.has_value();
  };
  for (const auto& [option, field] : {std::pair<const char*, std::uint64_t*>{"--max-file-size", &limits.max_file_bytes},
                                      {"--max-member-size", &limits.max_member_bytes},
                                      {"--max-unpacked-size", &limits.max_total_unpacked_bytes}}) {
    if (!mib(option, *field)) return Failure::usage(std::string(option) + " takes a size in MiB (1–1048576)");
  }
  if (auto it = args.values.find("--max-ratio"); it != args.values.end()) {
    const std::optional<double> ratio = decimal_in(it->second, 1, 1e9);
    if (!ratio) return Failure::usage("--max-ratio takes a number ≥ 1");
    limits.max_compression_ratio = *ratio;
  }
  if (auto it = args.values.find("--pdf-timeout"); it != args.values.end()) {
    const std::optional<unsigned long long> seconds = whole_number_in(it->second, 1, 86400);
    if (!seconds) return Failure::usage("--pdf-timeout takes seconds (1–86400)");
    limits.pdf_timeout_seconds = static_cast<unsigned>(*seconds);
  }
  limits.pdf_helper = pdf_helper_path();
  return options;
}

Outcome<Language> language_from_options(const ParsedArguments& args) {
  auto it = args.values.find("--lang");
  if (it == args.values.end() || it->second == "sv") return Language::kSwedish;
  if (it->second == "en") return Language::kEnglish;
  return Failure::usage("--lang takes sv or en");
}

}  // namespace jamkoll
