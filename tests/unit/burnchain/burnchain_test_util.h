// Helpers shared by the burnchain tests: hex, the vectors in tests/unit/data/burnchain_vectors.json, and hand-built
// operation transactions (built from scripts, not from the builders under test).
#pragma once

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "burnchain/bitcoin_tx.h"
#include "burnchain/burn_op.h"
#include "burnchain/script.h"
#include "test_util.h"
#include "util/bytes.h"
#include "util/hex.h"
#include "util/result.h"

namespace stacks::burnchain::testing {

using stacks::testing::ErrorOf;

/// Bytes from hex that may separate fields with spaces ("01000000 00 00000000").
inline util::Bytes Hex(std::string_view text) {
  std::string compact;
  for (char c : text) {
    if (c != ' ') compact.push_back(c);
  }
  return util::FromHex(compact).value();
}

template <size_t N>
std::array<uint8_t, N> HexArray(std::string_view text) {
  return util::ToArray<N>(util::FromHexExact(text, N).value());
}

inline BitcoinTx TxFromHex(std::string_view text) { return DeserializeBitcoinTx(Hex(text)).value(); }

/// A section of tests/unit/data/burnchain_vectors.json (each names the stacks-core file it was ported from).
inline nlohmann::json Vectors(std::string_view section) {
  return stacks::testing::LoadTestData("burnchain_vectors.json")[std::string(section)];
}

inline MagicBytes MagicFromString(std::string_view text) { return {uint8_t(text[0]), uint8_t(text[1])}; }

/// True if the error's message starts with the reference's reason, e.g. "parse-error".
template <typename T>
::testing::AssertionResult FailsWith(const util::Result<T>& r, util::ErrorCode code, std::string_view reason) {
  if (r) return ::testing::AssertionFailure() << "succeeded";
  const util::Error& e = r.error();
  if (e.code != code)
    return ::testing::AssertionFailure() << "code " << util::ErrorCodeName(e.code) << ": " << e.message;
  if (e.message.rfind(std::string(reason) + ":", 0) != 0) {
    return ::testing::AssertionFailure() << "message '" << e.message << "' does not start with '" << reason << ":'";
  }
  return ::testing::AssertionSuccess();
}

/// A hash160 of 20 copies of `b`.
inline crypto::Hash160 Hash160Of(uint8_t b) {
  crypto::Hash160 h;
  h.fill(b);
  return h;
}

/// A P2PKH output of `value_sats` to 20 bytes of `b`.
inline TxOut P2pkhOut(uint8_t b, uint64_t value_sats) { return TxOut{value_sats, P2pkhScript(Hash160Of(b))}; }

/// An operation transaction: `num_inputs` inputs (input 0 spends `input0_vout` of txid 0x11..), output 0 OP_RETURN
/// <magic | opcode | payload> worth `op_return_sats`, then `outputs`.
inline BitcoinTx OpTx(uint8_t opcode, util::ByteView payload, std::vector<TxOut> outputs, uint64_t op_return_sats = 0,
                      MagicBytes magic = MAGIC_BYTES_DEFAULT, size_t num_inputs = 1, uint32_t input0_vout = 1) {
  BitcoinTx tx;
  for (size_t i = 0; i < num_inputs; ++i) {
    TxIn in;
    in.prevout.txid.fill(0x11);
    in.prevout.vout = i == 0 ? input0_vout : static_cast<uint32_t>(i);
    in.script_sig = {0x00};
    tx.inputs.push_back(in);
  }
  const uint8_t op[1] = {opcode};
  tx.outputs.push_back({op_return_sats, OpReturnScript(util::Concat({magic, op, payload}))});
  for (TxOut& o : outputs) tx.outputs.push_back(std::move(o));
  return tx;
}

}  // namespace stacks::burnchain::testing
