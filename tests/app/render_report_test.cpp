// The report format table (app/render_report.h): one row per format, the names the command lines
// and the service take, and what each row says is what the commands do with it.
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "app/render_report.h"
#include "judge/pack_loader.h"

namespace jamkoll {
namespace {

TEST(ReportFormats, EveryFormatHasOneRowAndItsNameLeadsBackToIt) {
  std::set<std::string_view> names;
  for (const ReportFormat format : {ReportFormat::kCsv, ReportFormat::kHtml, ReportFormat::kJson, ReportFormat::kJsonl,
                                    ReportFormat::kJunit, ReportFormat::kMatrixCsv, ReportFormat::kText}) {
    const ReportFormatInfo& info = report_format_info(format);
    EXPECT_EQ(info.format, format);
    EXPECT_EQ(report_format_named(info.name), format) << info.name;
    EXPECT_FALSE(info.mime.empty()) << info.name;
    EXPECT_EQ(info.extension.front(), '.') << info.name;
    names.insert(info.name);
  }
  EXPECT_EQ(names.size(), report_format_table().size());
  EXPECT_EQ(report_format_named("xlsx"), std::nullopt);
  EXPECT_EQ(report_format_named("JSON"), std::nullopt);  // names are exact
  EXPECT_EQ(report_format_names(), "csv, html, json, jsonl, junit, matrix-csv, text");
}

TEST(ReportFormats, TheTableSaysWhatTheServiceAndTheWatchFolderUse) {
  EXPECT_EQ(report_format_info(ReportFormat::kJsonl).mime, "application/x-ndjson; charset=utf-8");
  EXPECT_EQ(report_format_info(ReportFormat::kText).extension, ".txt");
  EXPECT_EQ(report_format_info(ReportFormat::kJunit).extension, ".junit.xml");
  EXPECT_TRUE(report_format_info(ReportFormat::kCsv).excel);
  EXPECT_TRUE(report_format_info(ReportFormat::kMatrixCsv).excel);
  EXPECT_FALSE(report_format_info(ReportFormat::kHtml).excel);
  EXPECT_TRUE(report_format_info(ReportFormat::kJsonl).per_document);
  EXPECT_FALSE(report_format_info(ReportFormat::kJson).per_document);
}

TEST(ReportFormats, EveryFormatRendersAnEmptyRun) {
  const auto pack = load_default_pack();
  ASSERT_TRUE(pack);
  for (const ReportFormatInfo& info : report_format_table()) {
    std::ostringstream out;
    render_report(out, {}, ReportContext{&(*pack)->pack, Language::kSwedish}, info.format);
    if (info.format != ReportFormat::kJsonl) {
      EXPECT_FALSE(out.str().empty()) << info.name;  // a header, an empty list, a summary
    }
  }
}

}  // namespace
}  // namespace jamkoll
