// Decoding of the parts of an RPC request that the endpoints parse themselves: path parameters, the `?tip=` and
// `?proof=` query arguments, hex, and POST /v2/transactions bodies. Pure functions of their input; thread-safe.
// The error messages are the reference node's (the api/ files prefix them with "Failed to decode: ").
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "chain/hashes.h"
#include "chain/transaction.h"
#include "net/rpc_types.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::net {

/// The most bytes a POST /v2/transactions body may hold (MAX_PAYLOAD_LEN in stacks-common/src/codec/mod.rs).
inline constexpr size_t MAX_PAYLOAD_LEN = 1 + 16 * 1024 * 1024;

/// TipRequest from the `tip` argument's value (nullopt when absent); never fails (see TipRequest).
TipRequest ParseTipRequest(std::optional<std::string_view> tip);

/// The `proof` argument: proofs are wanted unless it is present and not exactly "1" (the reference's rule).
bool ParseWithProof(std::optional<std::string_view> proof);

/// Hex of exactly `n` bytes, as the reference's from_hex: either case, no 0x prefix.
/// Errors (kInvalidArgument): "bad length <chars> for hex string", "bad character <c> for hex string".
util::Result<util::Bytes> ParseFixedHex(std::string_view hex, size_t n);

/// A decimal u64 without sign or spaces. Errors (kInvalidArgument): Rust's messages, "cannot parse integer from
/// empty string", "invalid digit found in string", "number too large to fit in target type".
util::Result<uint64_t> ParseU64(std::string_view text);

/// The sortition query of /v3/sortitions/{key}/{value} (QuerySpecifier::try_from in getsortition.rs). `key` absent
/// is kLatest. A value may carry a 0x prefix. Errors (kInvalidArgument): "Unknown query param: <key>", or as
/// ParseFixedHex / ParseU64 for the value.
util::Result<SortitionQuery> ParseSortitionQuery(std::optional<std::string_view> key,
                                                 std::optional<std::string_view> value);

/// A transaction and optional Atlas attachment posted to /v2/transactions.
struct PostedTransaction {
  chain::Transaction tx;
  std::optional<util::Bytes> attachment;
};

/// Decodes a POST /v2/transactions body given its Content-Type (posttransaction.rs): application/octet-stream is
/// the bare transaction; application/json (optionally with parameters) is {"tx": hex, "attachment"?: hex}. As the
/// reference, bytes after the transaction are ignored. Errors (kInvalidArgument), the reference's messages:
/// "Invalid Http request: expected non-zero-length body for PostTransaction", "Invalid Http request: PostTransaction
/// body is too big" (kResourceExhausted), "Missing Content-Type for transaction", "Wrong Content-Type for
/// transaction; expected application/json or application/octet-stream", "Failed to parse body" (bad JSON),
/// "Failed to parse tx", "Failed to parse attachment" (bad hex), "Failed to deserialize posted transaction: <why>".
util::Result<PostedTransaction> DecodePostedTransaction(std::optional<std::string_view> content_type,
                                                        std::string_view body);

}  // namespace stacks::net
