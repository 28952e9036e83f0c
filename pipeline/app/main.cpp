// jamkoll: checks Swedish gender-mainstreaming strategy drafts against the national
// gender-equality goals and the county boards' assignment. This file only hands the command line
// to app/command_table.h.
#include <string>
#include <vector>

#include "app/command_table.h"

int main(int argc, char** argv) { return jamkoll::run_command_line(std::vector<std::string>(argv + 1, argv + argc)); }
