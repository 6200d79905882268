// Builders shared by the sortition tests.
#pragma once

#include <cstdint>

#include "burnchain/epoch_marker.h"
#include "burnchain/leader_block_commit.h"
#include "burnchain/leader_key_register.h"
#include "burnchain/pox_address.h"

namespace stacks::sortition::testing {

/// A hash whose every byte is `fill`.
inline crypto::Hash256 Filled(uint8_t fill) {
  crypto::Hash256 h{};
  h.fill(fill);
  return h;
}

/// A burn-only commit with the latest epoch marker, on time for `block_height`, spending (input_txid, input_vout).
inline burnchain::LeaderBlockCommitOp Commit(uint64_t block_height, uint32_t vtxindex, uint64_t burn_fee, uint8_t id,
                                             crypto::Hash256 input_txid = {}, uint32_t input_vout = 0) {
  burnchain::LeaderBlockCommitOp op;
  op.block_header_hash = Filled(id);
  op.new_seed = Filled(static_cast<uint8_t>(id + 0x40));
  op.key_block_ptr = 1;
  op.key_vtxindex = 0;
  op.memo = {burnchain::STACKS_EPOCH_LATEST_MARKER};
  op.burn_parent_modulus = burnchain::BurnParentModulus(block_height);
  op.burn_fee = burn_fee;
  op.input = {input_txid, input_vout};
  op.apparent_sender = "miner";
  op.commit_outs = {burnchain::StandardBurnAddress(false)};
  op.txid = Filled(id);
  op.txid[0] = static_cast<uint8_t>(block_height);
  op.vtxindex = vtxindex;
  op.block_height = block_height;
  return op;
}

}  // namespace stacks::sortition::testing
