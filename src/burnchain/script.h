// Bitcoin script: the few opcodes burnchain operations use, reading a script into instructions, and building the
// standard output scripts.
//
// Reading follows the rust-bitcoin instruction iterator that stacks-core vendors (stacks-common/src/deps_common/
// bitcoin/blockdata/script.rs) with minimal-push enforcement off, as stacks-core's bits::parse_script calls it:
//   0x00..0x4b        push that many following bytes (0x00 pushes nothing)
//   0x4c/0x4d/0x4e    OP_PUSHDATA1/2/4: a 1-, 2- or 4-byte little-endian length, then that many bytes
//   anything else     a bare opcode
// A push that runs past the end of the script ends the reading with an error instruction.
//
// Building pushes data as rust-bitcoin's Builder::push_slice does: the shortest push opcode for the length.
//
// All functions are pure and thread-safe. Returned views point into the script passed in.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "crypto/hash.h"
#include "util/bytes.h"

namespace stacks::burnchain {

inline constexpr uint8_t OP_0 = 0x00;
inline constexpr uint8_t OP_PUSHBYTES_20 = 0x14;
inline constexpr uint8_t OP_PUSHBYTES_32 = 0x20;
inline constexpr uint8_t OP_PUSHDATA1 = 0x4c;
inline constexpr uint8_t OP_PUSHDATA2 = 0x4d;
inline constexpr uint8_t OP_PUSHDATA4 = 0x4e;
inline constexpr uint8_t OP_1 = 0x51;
inline constexpr uint8_t OP_RETURN = 0x6a;
inline constexpr uint8_t OP_DUP = 0x76;
inline constexpr uint8_t OP_EQUAL = 0x87;
inline constexpr uint8_t OP_EQUALVERIFY = 0x88;
inline constexpr uint8_t OP_HASH160 = 0xa9;
inline constexpr uint8_t OP_CHECKSIG = 0xac;

/// One step of a script.
struct ScriptInstruction {
  enum class Kind {
    kPush,   ///< A data push; `data` holds the pushed bytes.
    kOp,     ///< A bare opcode.
    kError,  ///< A push ran past the end of the script; always the last instruction.
  };
  Kind kind = Kind::kOp;
  uint8_t opcode = 0;
  util::ByteView data;  ///< Into the script; empty unless kind is kPush.
};

/// The instructions of `script`, front to back (see the file comment). At most script.size() instructions. The
/// views stay valid as long as the script's bytes do.
std::vector<ScriptInstruction> ParseScript(util::ByteView script);

/// The data of a script that is exactly OP_RETURN followed by one push (of any push form), or nullopt. The view
/// points into `script`.
std::optional<util::ByteView> OpReturnPayload(util::ByteView script);

/// Appends the shortest push of `data` to `script`. REQUIRES: data.size() < 2^32.
void AppendPush(util::Bytes& script, util::ByteView data);

/// OP_RETURN <push data>.
util::Bytes OpReturnScript(util::ByteView data);
/// OP_DUP OP_HASH160 <20> OP_EQUALVERIFY OP_CHECKSIG
util::Bytes P2pkhScript(const crypto::Hash160& hash160);
/// OP_HASH160 <20> OP_EQUAL
util::Bytes P2shScript(const crypto::Hash160& hash160);
/// OP_0 <20-byte witness program>
util::Bytes P2wpkhScript(const crypto::Hash160& program);
/// OP_0 <32-byte witness program>
util::Bytes P2wshScript(const crypto::Hash256& program);
/// OP_1 <32-byte witness program> (BIP 341)
util::Bytes P2trScript(const crypto::Hash256& program);

}  // namespace stacks::burnchain
