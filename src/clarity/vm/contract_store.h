// Deployed contracts in the store (stacks-core clarity/src/vm/database/clarity_db.rs insert_contract_hash,
// insert_contract, set_contract_data_size, get_contract_size, get_contract, has_contract), and ContractCache, the
// loaded-contract cache a long-lived caller keeps between transactions.
//
// What a deployment writes, under the reference's keys (storage/keys.h):
//   data      clarity-contract::{id}                 SHA-512/256 of the source, then the block height (4 bytes, big
//                                                    endian), in hex (ContractCommitment)
//   metadata  vm-metadata::9::contract-size          the source length in bytes, decimal (JSON u64)
//             vm-metadata::9::contract-src           the source itself
//             vm-metadata::9::contract-data-size     the constants' memory use, decimal (JSON u64)
//             vm-metadata::9::contract               this VM's description of the contract (JSON, below)
// The reference stores its own serde JSON of the whole ContractContext under `contract`; metadata is not part of
// the authenticated state, and this VM stores what it needs to rebuild the context: the Clarity version, the epoch
// it was deployed in (the parser's nesting limit), and what deployment evaluated —
//   {"format": 1, "clarity_version": 3, "epoch": "3.0",
//    "constants": {"NAME": {"type": TYPE, "value": "HEX"}, ...}, "fungible_tokens": {"NAME": "SUPPLY" | null}}
// with TYPE a JSON form of the constant's type (so a list read against a declared type keeps it). Loading parses
// contract-src again and registers its definitions (define.h) with those values.
//
// Thread safety: the functions are as safe as the WriteStack they get (one thread); ContractCache is not
// thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "clarity/costs/cost_table.h"
#include "clarity/storage/write_stack.h"
#include "clarity/vm/contract.h"
#include "util/result.h"

namespace stacks::clarity::vm {

/// The commitment, source size and source of a contract being deployed at `block_height` (insert_contract_hash).
/// Errors: the store's (a level must be open).
util::Status WriteContractHeader(storage::WriteStack& store, const ContractIdentifier& id, std::string_view source,
                                 uint32_t block_height);

/// The contract description and data size of a deployed `contract` (insert_contract, set_contract_data_size), for a
/// contract deployed in `epoch`. Errors: the store's.
util::Status WriteContract(storage::WriteStack& store, const ContractContext& contract, costs::Epoch epoch);

/// Whether `id` is deployed: its description is stored, possibly in an open level (has_contract). Errors: the
/// store's.
util::Result<bool> ContractExists(storage::WriteStack& store, const ContractIdentifier& id);

/// The deepest JSON nesting the reference's stored contract (serde_json of its Contract) reaches in the bodies of
/// `contract`'s functions: a body sits at depth 5 (Contract, contract_context, functions, the function, its body);
/// a list adds 3 (its object, its `expr`, its array), an atom 2, a literal 2 plus its value's (1 for an integer or
/// bool, 4 for a buffer or standard principal, 5 for an ASCII string or contract principal, 6 for a UTF-8 string), a
/// field 6, a trait reference 8. Constants and types are not measured (their stored depth stays below the limit for
/// everything the type checker admits except constants nested ~30 deep). Pure.
uint32_t StoredBodyDepth(const ContractContext& contract);

/// serde_json's recursion limit as the reference's WASM build reads a stored contract: 127 nested objects and arrays
/// load, 128 do not (measured against the reference VM on npm: a function body of 40 nested lists around an integer
/// loads, 41 do not). The reference's native build (a node) disables the limit (clarity/src/vm/database/
/// structures.rs deserialize_json), so only ChainContext::wasm_build applies it.
inline constexpr uint32_t MAX_STORED_JSON_DEPTH = 127;

/// Loads the deployed contract `id`: reads its source and description and rebuilds its context (no costs are
/// charged: the caller charges cost_load_contract). Errors: kNotFound if it is not deployed; kCorruption if the
/// stored description, source or sizes do not load; the store's.
util::Result<std::shared_ptr<const ContractContext>> ReadContract(storage::WriteStack& store,
                                                                  const ContractIdentifier& id);

/// Loaded contracts kept between transactions, so that calling a contract does not parse it again. Holds at most
/// `capacity` contracts, dropping the oldest inserted first.
///
/// Contracts never change once deployed, so an entry stays right as long as the store it came from only moves
/// forward by committed transactions. The owner must Clear() the cache when the store's state is replaced (a
/// different fork or block is opened, a block is rolled back). GlobalContext inserts only contracts read from
/// committed state (not from a level still open), and bypasses the cache for contracts pending in open levels.
class ContractCache {
 public:
  explicit ContractCache(size_t capacity = 1024) : m_capacity(capacity == 0 ? 1 : capacity) {}

  /// The cached contract `id`, or null. (Not safe to call from two threads at once: it remembers its last answer.)
  std::shared_ptr<const ContractContext> Find(const ContractIdentifier& id) const;
  /// Caches `contract` (replacing an entry of the same id).
  void Insert(std::shared_ptr<const ContractContext> contract);
  void Clear();
  size_t size() const { return m_entries.size(); }

 private:
  size_t m_capacity;
  std::unordered_map<ContractIdentifier, std::shared_ptr<const ContractContext>, codec::ContractPrincipalHash>
      m_entries;
  std::deque<ContractIdentifier> m_order;  ///< Insertion order, oldest first.
  /// The contract Find answered last (transactions tend to call one contract after another): compared before
  /// hashing. Null after any change.
  mutable std::shared_ptr<const ContractContext> m_last;
};

}  // namespace stacks::clarity::vm
