// The events a Clarity execution emits (stacks-core clarity/src/vm/events.rs, StacksTransactionEvent), as plain
// structs: no JSON here. Tools and the node turn them into the event observer's shape (`contract_event`,
// `stx_transfer_event`, ...; src/events/payloads.h for the node, clarity-cli's --json for the CLI).
//
// Events are emitted into the innermost level of a GlobalContext (global_context.h) and travel with the store's
// levels: a level that commits appends its events to its parent's, one that rolls back drops them. What the
// outermost commit hands up is the transaction's list, in the order the reference emits them (the order of the
// natives that emitted them).
//
// Principals are codec::Principal (a standard principal or a contract); amounts are micro-units as u128.
// Values own their contents; events are plain copyable data, safe to share read-only.
#pragma once

#include <cstdint>
#include <string>
#include <variant>

#include "clarity/types/principal.h"
#include "clarity/types/value.h"
#include "codec/stacks_address.h"
#include "util/bytes.h"

namespace stacks::clarity::vm {

/// A token of a contract (AssetIdentifier): written `ADDR.contract::name`.
struct AssetIdentifier {
  ContractIdentifier contract;
  std::string asset_name;

  /// "ADDR.contract::name"
  std::string ToString() const { return contract.ToString() + "::" + asset_name; }
  auto operator<=>(const AssetIdentifier&) const = default;
};

/// `(print value)`: the reference's SmartContractEvent with topic "print".
struct PrintEvent {
  ContractIdentifier contract;  ///< The contract whose code printed.
  Value value;
  bool operator==(const PrintEvent&) const = default;
};

/// STX moved by stx-transfer? or stx-transfer-memo? (memo empty for the former).
struct StxTransferEvent {
  codec::Principal sender;
  codec::Principal recipient;
  Uint128 amount = 0;
  util::Bytes memo;
  bool operator==(const StxTransferEvent&) const = default;
};

/// STX created (e.g. by a boot-time faucet or a miner reward paid through Clarity).
struct StxMintEvent {
  codec::Principal recipient;
  Uint128 amount = 0;
  bool operator==(const StxMintEvent&) const = default;
};

/// STX destroyed by stx-burn?.
struct StxBurnEvent {
  codec::Principal sender;
  Uint128 amount = 0;
  bool operator==(const StxBurnEvent&) const = default;
};

/// STX locked by PoX.
struct StxLockEvent {
  Uint128 locked_amount = 0;
  uint64_t unlock_height = 0;  ///< Burn block height at which the STX unlock.
  codec::Principal locked_address;
  ContractIdentifier contract;  ///< The PoX contract that locked them.
  bool operator==(const StxLockEvent&) const = default;
};

/// ft-transfer?
struct FtTransferEvent {
  AssetIdentifier asset;
  codec::Principal sender;
  codec::Principal recipient;
  Uint128 amount = 0;
  bool operator==(const FtTransferEvent&) const = default;
};

/// ft-mint?
struct FtMintEvent {
  AssetIdentifier asset;
  codec::Principal recipient;
  Uint128 amount = 0;
  bool operator==(const FtMintEvent&) const = default;
};

/// ft-burn?
struct FtBurnEvent {
  AssetIdentifier asset;
  codec::Principal sender;
  Uint128 amount = 0;
  bool operator==(const FtBurnEvent&) const = default;
};

/// nft-transfer?: `value` is the asset's identifier value.
struct NftTransferEvent {
  AssetIdentifier asset;
  codec::Principal sender;
  codec::Principal recipient;
  Value value;
  bool operator==(const NftTransferEvent&) const = default;
};

/// nft-mint?
struct NftMintEvent {
  AssetIdentifier asset;
  codec::Principal recipient;
  Value value;
  bool operator==(const NftMintEvent&) const = default;
};

/// nft-burn?
struct NftBurnEvent {
  AssetIdentifier asset;
  codec::Principal sender;
  Value value;
  bool operator==(const NftBurnEvent&) const = default;
};

/// One event of a transaction.
using Event = std::variant<PrintEvent, StxTransferEvent, StxMintEvent, StxBurnEvent, StxLockEvent, FtTransferEvent,
                           FtMintEvent, FtBurnEvent, NftTransferEvent, NftMintEvent, NftBurnEvent>;

}  // namespace stacks::clarity::vm
