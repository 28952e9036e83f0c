// How a report names its documents to a reader: each path relative to the folder all the inputs
// share, so a batch of one draft per county reads "Uppsala/strategi.docx", "Dalarna/strategi.docx"
// rather than three rows of "strategi.docx". Lexical only (no file-system access).
//
//   relative_labels({"lan/Uppsala/strategi.docx", "lan/Dalarna/strategi.docx"})
//     → {"Uppsala/strategi.docx", "Dalarna/strategi.docx"}
//   relative_labels({"samples/a.docx"}) → {"a.docx"}
// Tests: tests/report/html_overview_test.cpp
#pragma once

#include <string>
#include <vector>

namespace jamkoll {

// One label per path, in the same order: the path after the longest folder prefix all paths
// share ('/'-separated; the file name alone when every path is in one folder).
std::vector<std::string> relative_labels(const std::vector<std::string>& paths);

}  // namespace jamkoll
