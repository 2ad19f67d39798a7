// UTF-8 validation with a position: ANTLR's input stream throws on invalid
// UTF-8 with no position, so the parse stage checks first.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace guidepost {

// Byte offset of the first byte that is not part of valid UTF-8.
std::optional<size_t> first_invalid_utf8(std::string_view s);

// 1-based line and code-point column of a byte offset.
void locate_byte(std::string_view s, size_t offset, uint32_t& line, uint32_t& col);

}  // namespace guidepost
