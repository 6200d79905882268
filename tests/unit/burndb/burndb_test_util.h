// Helpers shared by the burndb tests: operation transactions that parse (a LeaderKeyRegister, a PreStx and a
// TransferStx acting for it) and one that does not, built by hand as the burnchain tests build theirs.
#pragma once

#include <string>

#include "burnchain/bitcoin_tx.h"
#include "burnchain/burn_op.h"
#include "burnchain/burnchain_test_util.h"
#include "chainstate/chainstate_test_util.h"
#include "util/bytes.h"

namespace stacks::burndb::testing {

using stacks::testing::TempDir;

/// A VRF public key that decodes (stacks-core's leader_key_register.rs vectors).
inline constexpr std::string_view VRF_KEY_HEX = "a366b51292bef4edd64063d9145c617fec373bceb0758e98cd72becd84d54c7a";

/// A LeaderKeyRegister with a one-byte memo `tag`, so that different tags give different txids.
inline burnchain::BitcoinTx KeyRegisterTx(uint8_t tag) {
  const util::Bytes payload =
      util::Concat({util::Bytes(20, 0x22), burnchain::testing::Hex(VRF_KEY_HEX), util::Bytes{tag}});
  return burnchain::testing::OpTx('^', payload, {burnchain::testing::P2pkhOut(1, 10)});
}

/// A PreStx whose output 1 pays 20 bytes of `sender_byte`.
inline burnchain::BitcoinTx PreStxTx(uint8_t sender_byte) {
  return burnchain::testing::OpTx('p', {}, {burnchain::testing::P2pkhOut(sender_byte, 5500)});
}

/// A TransferStx whose input 0 spends output 1 of `pre_stx` (so it acts for the PreStx's sender).
inline burnchain::BitcoinTx TransferStxTx(const burnchain::BitcoinTx& pre_stx) {
  burnchain::BitcoinTx tx = burnchain::testing::OpTx('$', util::Bytes(77, 1), {burnchain::testing::P2pkhOut(2, 10)});
  tx.inputs[0].prevout = {burnchain::BitcoinTxid(pre_stx), 1};
  return tx;
}

/// A transaction whose OP_RETURN carries no burn operation: another network's magic bytes.
inline burnchain::BitcoinTx ForeignMagicTx() {
  return burnchain::testing::OpTx('^', util::Bytes(60, 0), {burnchain::testing::P2pkhOut(1, 10)}, 0,
                                  burnchain::MAGIC_BYTES_MAINNET);
}

}  // namespace stacks::burndb::testing
