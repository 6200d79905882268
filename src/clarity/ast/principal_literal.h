// How both parsers read the address of a principal literal (`'SP...`, `'SP....name`): as stacks-core's
// c32_address_decode (stacks-common/src/address/c32.rs), which never reads the first character (any c32
// character stands where 'S' is written), checks the rest as c32check, and then, as parse_standard_principal, wants
// a 20-byte hash. So `'AT1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM` is the principal ST1PQ...PGZGM.
//
// Pure and thread-safe.
#pragma once

#include <optional>
#include <string_view>
#include <tuple>

#include "clarity/types/principal.h"
#include "codec/c32.h"
#include "util/bytes.h"

namespace stacks::clarity::ast {

/// The standard principal `c32` (the literal without its quote) names, or nullopt if it is 5 characters or fewer,
/// is not c32check after its first character, or does not hold 20 bytes.
inline std::optional<StandardPrincipal> DecodePrincipalLiteral(std::string_view c32) {
  if (c32.size() <= 5) return std::nullopt;
  util::Result<codec::C32CheckPayload> payload = codec::C32CheckDecode(c32.substr(1));
  if (!payload || payload->data.size() != std::tuple_size_v<crypto::Hash160>) return std::nullopt;
  StandardPrincipal principal;
  principal.version = payload->version;
  principal.hash160 = util::ToArray<20>(payload->data);
  return principal;
}

}  // namespace stacks::clarity::ast
