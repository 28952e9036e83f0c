// `jamkoll extract [--format text|json] [--plain] FILE`: the blocks jamkoll reads from a file,
// the debugging view of ingestion.
#include <iostream>

#include "app/command_options.h"
#include "app/commands.h"
#include "app/exit_codes.h"
#include "app/standard_input.h"
#include "ingest/read_document.h"
#include "report/json_report.h"

namespace jamkoll {
namespace {

void write_blocks_text(std::ostream& out, const Document& doc) {
  for (const Block& b : doc.blocks) {
    out << '#' << b.index << ' ' << block_kind_name(b.kind);
    if (b.kind == BlockKind::kHeading || (b.kind == BlockKind::kListItem && b.level > 0)) out << ' ' << b.level;
    out << "  " << b.part;
    if (b.table) out << "  table " << b.table->table << " row " << b.table->row << " column " << b.table->column;
    if (!b.heading_path.empty()) {
      out << "  §";
      for (std::size_t i = 0; i < b.heading_path.size(); ++i) out << (i ? " › " : " ") << b.heading_path[i];
    }
    out << '\n';
    std::string indented = "    ";
    for (char c : b.text) indented += c == '\n' ? std::string("\n    ") : std::string(1, c);
    out << indented << '\n';
  }
  out << doc.blocks.size() << " blocks, " << doc.comments.size() << " comments (not strategy text, not shown)\n";
}

OrderedJson blocks_json(const std::string& path, const std::string& sha256, const Document& doc) {
  OrderedJson j;
  j["schema"] = "jamkoll.blocks/1";
  j["path"] = path;
  j["format"] = doc.format;
  j["sha256"] = sha256;
  OrderedJson blocks = OrderedJson::array();
  for (const Block& b : doc.blocks) {
    OrderedJson o;
    o["index"] = b.index;
    o["kind"] = std::string(block_kind_name(b.kind));
    o["level"] = b.level;
    o["part"] = b.part;
    o["heading"] = b.heading_path;
    if (b.table) o["table"] = {{"table", b.table->table}, {"row", b.table->row}, {"column", b.table->column}};
    o["text"] = b.text;
    blocks.push_back(std::move(o));
  }
  j["blocks"] = std::move(blocks);
  j["comments"] = doc.comments.size();
  return j;
}

// The file, or the draft on standard input under its --name.
Outcome<LoadedDocument> load(const std::string& path, bool from_stdin, const ReadOptions& options) {
  if (!from_stdin) return read_document(path, options.limits, options.input_format, options.xml_mapping);
  auto bytes = read_standard_input(options.limits);
  if (!bytes) return bytes.failure();
  return read_document_bytes(*bytes, path, options.limits, options.input_format, options.xml_mapping);
}

}  // namespace

const CommandSpec& extract_command_spec() {
  static const CommandSpec spec{
      "extract",
      {{"extract",
        {"[flaggor] FIL", "[options] FILE"},
        {"blocken jamkoll läser ur en fil (för felsökning); - läser från standard in",
         "the blocks jamkoll reads from a file (a debugging view); - reads standard input"}}},
      {{{},
        {{{"--format"}, {"text|json"}, {"utdatans format (json: jamkoll.blocks/1)", "the output's format (json: jamkoll.blocks/1)"}, {"text"}},
         {{"--plain"},
          {},
          {"bara den löpande texten, som jamkoll ser den", "only the running text, as jamkoll sees it"},
          {}},
         name_option()}},
       read_option_group()},
      {"Slutkoder: 0 filen lästes; 2 den kunde inte läsas; 64 felaktig kommandorad. Mer: docs/formats.md.",
       "Exit codes: 0 the file was read; 2 it could not be read; 64 usage error. More: docs/formats.md."}};
  return spec;
}

int run_extract(const std::vector<std::string>& raw) {
  const ParsedArguments args = parse_command_line(raw, extract_command_spec());
  const std::string format = args.values.count("--format") ? args.values.at("--format") : "text";
  if (!args.error.empty() || args.positional.size() != 1 || (format != "text" && format != "json")) {
    std::cerr << "usage: jamkoll extract [--format text|json] [--plain] [--name NAME] FILE"
              << (args.error.empty() ? "" : " (" + args.error + ")") << " (see jamkoll extract --help)\n";
    return exit_code::kUsage;
  }
  const bool from_stdin = args.positional.front() == kStandardInput;
  auto stdin_name = standard_input_name(args, from_stdin);
  auto read_options = read_options_from(args);
  if (!read_options || !stdin_name) {
    std::cerr << "jamkoll extract: " << (!stdin_name ? stdin_name.failure() : read_options.failure()).message << "\n";
    return exit_code::kUsage;
  }
  const std::string path = from_stdin ? *stdin_name : args.positional.front();
  auto loaded = load(path, from_stdin, *read_options);
  if (!loaded) {
    std::cerr << "jamkoll: " << path << ": " << loaded.failure().code << ": " << loaded.failure().message << "\n";
    return exit_code::kUnreadable;
  }
  for (const std::string& w : loaded->warnings) std::cerr << "jamkoll: " << path << ": warning: " << w << "\n";
  if (args.flags.count("--plain")) {
    std::cout << plain_text(loaded->document);
  } else if (format == "json") {
    std::cout << blocks_json(path, loaded->sha256, loaded->document).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  } else {
    write_blocks_text(std::cout, loaded->document);
  }
  return exit_code::kOk;
}

}  // namespace jamkoll
