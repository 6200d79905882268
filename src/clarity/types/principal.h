// Principal identifiers as Clarity values and types hold them: a standard principal (codec::StacksAddress), a
// contract (codec::ContractPrincipal: issuer and name) and a trait (a contract and a trait name).
//
// Orderings follow the reference's derived ones (StandardPrincipalData: version then hash; QualifiedContractIdentifier:
// issuer then name; TraitIdentifier: trait name first, then contract). They decide the order of the members of a
// list-union type.
#pragma once

#include <compare>
#include <string>

#include "codec/stacks_address.h"

namespace stacks::clarity {

/// A standard principal: c32 version (0..31) and hash160. ToString() is its c32 address `SP...`.
using StandardPrincipal = codec::StacksAddress;

/// A contract: issuer and contract name. ToString() is `SP....name`.
using ContractIdentifier = codec::ContractPrincipal;

/// A trait defined in a contract. The name comes first so the default ordering is the reference's.
struct TraitIdentifier {
  std::string name;
  ContractIdentifier contract;

  /// `SP....contract.trait`
  std::string ToString() const { return contract.ToString() + "." + name; }

  auto operator<=>(const TraitIdentifier&) const = default;
};

}  // namespace stacks::clarity
