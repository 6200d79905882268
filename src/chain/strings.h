// The two text fields of SIP-005 messages besides contract names (codec/stacks_address.h): StacksString, the body
// of a smart contract, and ClarityName, a function or asset name (stacks-codec/src/strings.rs,
// clarity-types/src/representations.rs).
//
// All functions are pure and thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "codec/consensus.h"
#include "util/result.h"

namespace stacks::chain {

/// Longest ClarityName: 128 bytes.
inline constexpr size_t CLARITY_NAME_MAX_LENGTH = 128;

/// True iff every byte is printable ASCII (0x20..0x7e), a tab or a newline; carriage returns and DEL are not.
/// The empty string is a valid StacksString.
bool IsStacksString(std::string_view text);

/// StacksString layout:
///   length u32      (bounded only by the message: at most max_length)
///   bytes [length]  each a byte IsStacksString accepts
/// Errors: kInvalidArgument if a byte is not allowed (nothing is written); kResourceExhausted if longer than u32.
util::Status WriteStacksString(codec::ByteWriter& writer, std::string_view text);

/// Errors: truncation as ByteReader; kResourceExhausted if the length exceeds max_length; kInvalidArgument
/// "<what> byte 0xNN at index I is not printable ASCII".
util::Result<std::string> ReadStacksString(codec::ByteReader& reader, size_t max_length, std::string_view what);

/// ClarityName layout (SIP-005):
///   length u8       0..=128
///   name [length]   a Clarity name (clarity::IsClarityName): so at least one byte
/// Errors: kInvalidArgument if `name` is not a Clarity name (nothing is written).
util::Status WriteClarityName(codec::ByteWriter& writer, std::string_view name, std::string_view what);

/// Errors: truncation as ByteReader; kResourceExhausted if the length byte exceeds 128; kInvalidArgument
/// "<what> '...' is not a clarity name".
util::Result<std::string> ReadClarityName(codec::ByteReader& reader, std::string_view what);

}  // namespace stacks::chain
