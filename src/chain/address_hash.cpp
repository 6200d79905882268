#include "chain/address_hash.h"

#include <string>

#include "util/bytes.h"

namespace stacks::chain {
namespace {

constexpr uint8_t OP_0 = 0x00;
constexpr uint8_t OP_PUSHDATA1 = 0x4c;
constexpr uint8_t OP_PUSHDATA2 = 0x4d;
constexpr uint8_t OP_1 = 0x51;
constexpr uint8_t OP_CHECKMULTISIG = 0xae;

// A data push, as rust-bitcoin's Builder::push_slice. Data here is at most a few hundred bytes.
void PushSlice(util::Bytes& script, util::ByteView data) {
  if (data.size() < OP_PUSHDATA1) {
    script.push_back(static_cast<uint8_t>(data.size()));
  } else if (data.size() < 0x100) {
    script.push_back(OP_PUSHDATA1);
    script.push_back(static_cast<uint8_t>(data.size()));
  } else {
    script.push_back(OP_PUSHDATA2);
    script.push_back(static_cast<uint8_t>(data.size() & 0xff));
    script.push_back(static_cast<uint8_t>(data.size() >> 8));
  }
  util::Append(script, data);
}

// A non-negative integer, as Builder::push_int: OP_0, OP_1..OP_16, or the minimal script-number encoding.
void PushInt(util::Bytes& script, uint64_t n) {
  if (n == 0) {
    script.push_back(OP_0);
    return;
  }
  if (n <= 16) {
    script.push_back(static_cast<uint8_t>(OP_1 - 1 + n));
    return;
  }
  util::Bytes number;
  while (n > 0xff) {
    number.push_back(static_cast<uint8_t>(n & 0xff));
    n >>= 8;
  }
  number.push_back(static_cast<uint8_t>(n));
  if (n & 0x80) number.push_back(0x00);  // keep the sign bit clear
  PushSlice(script, number);
}

util::Bytes RedeemScript(size_t signatures_required, std::span<const crypto::PublicKey> public_keys) {
  util::Bytes script;
  script.reserve(3 + public_keys.size() * 66);
  PushInt(script, signatures_required);
  for (const auto& key : public_keys) PushSlice(script, key.Serialize());
  PushInt(script, public_keys.size());
  script.push_back(OP_CHECKMULTISIG);
  return script;
}

}  // namespace

util::Result<crypto::Hash160> AddressHashFromPublicKeys(AddressHashMode mode, size_t signatures_required,
                                                        std::span<const crypto::PublicKey> public_keys) {
  if (public_keys.size() < signatures_required) {
    return util::ConsensusViolation("address needs " + std::to_string(signatures_required) + " signatures but has " +
                                    std::to_string(public_keys.size()) + " public keys");
  }
  const bool single = mode == AddressHashMode::kP2pkh || mode == AddressHashMode::kP2wpkh;
  if (single && (signatures_required != 1 || public_keys.size() != 1)) {
    return util::ConsensusViolation("single-sig address needs exactly one public key and one signature");
  }
  const bool segwit = mode == AddressHashMode::kP2wpkh || mode == AddressHashMode::kP2wsh;
  if (segwit) {
    for (const auto& key : public_keys) {
      if (!key.compressed()) return util::ConsensusViolation("segwit address has an uncompressed public key");
    }
  }
  switch (mode) {
    case AddressHashMode::kP2pkh:
      return crypto::Hash160Of(public_keys[0].Serialize());
    case AddressHashMode::kP2sh:
      return crypto::Hash160Of(RedeemScript(signatures_required, public_keys));
    case AddressHashMode::kP2wpkh: {
      const crypto::Hash160 key_hash = crypto::Hash160Of(public_keys[0].Serialize());
      util::Bytes program{OP_0};
      PushSlice(program, key_hash);
      return crypto::Hash160Of(program);
    }
    case AddressHashMode::kP2wsh: {
      const crypto::Hash256 script_hash = crypto::Sha256(RedeemScript(signatures_required, public_keys));
      util::Bytes program{OP_0};
      PushSlice(program, script_hash);
      return crypto::Hash160Of(program);
    }
  }
  return util::InvalidArgument("unknown address hash mode");
}

}  // namespace stacks::chain
