// stacks-cli's transaction commands: send_tokens, deploy_contract, call_contract_func. Each builds and signs the
// transaction `stx` (@stacks/cli 6.x over Stacks.js 6.17) builds for the same arguments, byte for byte: anchor mode
// Any, no post-conditions, post-condition mode Deny for transfers and Allow for deploys and calls, deploys as a
// versioned smart contract with Clarity 2, mainnet or testnet (-t) version and chain id.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chain/transaction.h"
#include "util/result.h"

namespace stacks::cli {

/// The signing account and the fields every transaction command takes.
struct TxCommon {
  bool testnet = false;
  std::string_view fee_ustx;     ///< Decimal, 0..2^64-1.
  std::string_view nonce;        ///< Decimal, 0..2^64-1.
  std::string_view payment_key;  ///< Hex private key: 64 digits (uncompressed public key) or 66 ending in 01.
};

/// `send_tokens ADDRESS AMOUNT FEE NONCE PAYMENT_KEY [MEMO]`. ADDRESS is a standard or contract principal; MEMO is
/// text of at most 34 UTF-8 bytes, zero-padded.
/// Errors: kInvalidArgument naming the argument (recipient, amount, fee, nonce, payment key, memo) and the reason.
util::Result<chain::Transaction> SendTokens(const TxCommon& common, std::string_view recipient, std::string_view amount,
                                            std::string_view memo);

/// `deploy_contract SOURCE_FILE CONTRACT_NAME FEE NONCE PAYMENT_KEY`; `source` is the file's contents.
/// Errors: kInvalidArgument naming the argument; the source must be printable ASCII (a Stacks string).
util::Result<chain::Transaction> DeployContract(const TxCommon& common, std::string_view contract_name,
                                                std::string_view source);

/// `call_contract_func CONTRACT_ADDRESS CONTRACT_NAME FUNCTION_NAME FEE NONCE PAYMENT_KEY [ARGS...]`; each ARG is a
/// Clarity literal (`u10`, `'ST...`, `(list 1 2)`, ...) where `stx` prompts for them.
/// Errors: kInvalidArgument naming the argument (argument N counts from 1) and the reason.
util::Result<chain::Transaction> CallContractFunction(const TxCommon& common, std::string_view contract_address,
                                                      std::string_view contract_name, std::string_view function_name,
                                                      const std::vector<std::string>& args);

/// Parses a decimal u64 argument. Errors: kInvalidArgument "<what>: ..." for anything else.
util::Result<uint64_t> ParseU64Argument(std::string_view text, std::string_view what);

}  // namespace stacks::cli
