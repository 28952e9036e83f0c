// Fuzzes `annotate` on whole files: a DOCX the reader accepts is judged and annotated (comment
// anchors, comments part, relationships, content types, zip rewrite) without crashing.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/ooxml/docx_reader.h"
#include "judge/judge.h"
#include "judge/pack_loader.h"
#include "report/annotate/docx_annotator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const auto judge = *jamkoll::Judge::create(*jamkoll::load_default_pack());
  static const jamkoll::ReportContext context{&judge->pack().pack, jamkoll::Language::kSwedish};
  jamkoll::ReadLimits limits;
  limits.max_member_bytes = 8 << 20;  // keep each run fast; the limits themselves are under test
  limits.max_total_unpacked_bytes = 16 << 20;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto document = jamkoll::read_docx(bytes, limits);
  if (!document) return 0;
  const jamkoll::DocumentVerdict verdict = judge->judge(*document);
  (void)jamkoll::annotate_docx(bytes, limits, verdict, context, {jamkoll::CommentScope::kAll, "2026-12-04T18:00:00Z"});
  return 0;
}
