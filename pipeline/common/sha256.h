// SHA-256 of a byte string as lower-case hex, recorded in reports so a result can be tied to the
// exact input and rule pack. Self-contained (FIPS 180-4), no crypto library needed.
// Tests: end to end through tests/app/check_command_test.cpp (the report's sha256), tests/app/baseline_paths_test.cpp
#pragma once

#include <string>
#include <string_view>

namespace jamkoll {

std::string sha256_hex(std::string_view bytes);

}  // namespace jamkoll
