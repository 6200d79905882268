#include "burnchain/bitcoin_tx.h"

#include <algorithm>
#include <string>

#include "codec/consensus.h"
#include "util/hex.h"

namespace stacks::burnchain {

namespace {

// Smallest encodings, used to bound counts by the remaining input before reserving.
constexpr size_t MIN_INPUT_SIZE = 32 + 4 + 1 + 4;  // prevout, empty script_sig, sequence
constexpr size_t MIN_OUTPUT_SIZE = 8 + 1;          // value, empty script_pubkey
constexpr size_t MIN_WITNESS_ITEM_SIZE = 1;        // empty item

void AppendLittleEndian(util::Bytes& out, uint64_t v, size_t n) {
  for (size_t i = 0; i < n; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}

void AppendCompactSize(util::Bytes& out, uint64_t n) {
  if (n < 0xfd) {
    out.push_back(static_cast<uint8_t>(n));
  } else if (n <= 0xffff) {
    out.push_back(0xfd);
    AppendLittleEndian(out, n, 2);
  } else if (n <= 0xffffffff) {
    out.push_back(0xfe);
    AppendLittleEndian(out, n, 4);
  } else {
    out.push_back(0xff);
    AppendLittleEndian(out, n, 8);
  }
}

void AppendVarBytes(util::Bytes& out, util::ByteView bytes) {
  AppendCompactSize(out, bytes.size());
  util::Append(out, bytes);
}

void AppendReversed(util::Bytes& out, const Txid& txid) { out.insert(out.end(), txid.rbegin(), txid.rend()); }

void AppendInputsAndOutputs(util::Bytes& out, const BitcoinTx& tx) {
  AppendCompactSize(out, tx.inputs.size());
  for (const TxIn& in : tx.inputs) {
    AppendReversed(out, in.prevout.txid);
    AppendLittleEndian(out, in.prevout.vout, 4);
    AppendVarBytes(out, in.script_sig);
    AppendLittleEndian(out, in.sequence, 4);
  }
  AppendCompactSize(out, tx.outputs.size());
  for (const TxOut& o : tx.outputs) {
    AppendLittleEndian(out, o.value_sats, 8);
    AppendVarBytes(out, o.script_pubkey);
  }
}

util::Bytes Serialize(const BitcoinTx& tx, bool with_witness) {
  util::Bytes out;
  AppendLittleEndian(out, tx.version, 4);
  if (with_witness) {
    out.push_back(0x00);  // marker
    out.push_back(0x01);  // flag
  }
  AppendInputsAndOutputs(out, tx);
  if (with_witness) {
    for (const TxIn& in : tx.inputs) {
      AppendCompactSize(out, in.witness.size());
      for (const util::Bytes& item : in.witness) AppendVarBytes(out, item);
    }
  }
  AppendLittleEndian(out, tx.lock_time, 4);
  return out;
}

Txid ReversedDigest(util::ByteView bytes) {
  Txid digest = crypto::DoubleSha256(bytes);
  std::reverse(digest.begin(), digest.end());
  return digest;
}

// Little-endian reads and CompactSize over a ByteReader, which bounds every read by the input.
class TxReader {
 public:
  explicit TxReader(util::ByteView bytes) : m_reader(bytes) {}

  util::Result<uint64_t> ReadLittleEndian(size_t n, std::string_view what) {
    STACKS_TRY(util::ByteView raw, m_reader.ReadBytes(n, what));
    uint64_t v = 0;
    for (size_t i = n; i-- > 0;) v = v << 8 | raw[i];
    return v;
  }

  util::Result<uint32_t> ReadU32(std::string_view what) {
    STACKS_TRY(uint64_t v, ReadLittleEndian(4, what));
    return static_cast<uint32_t>(v);
  }

  util::Result<uint8_t> ReadU8(std::string_view what) { return m_reader.ReadU8(what); }

  // A minimal CompactSize.
  util::Result<uint64_t> ReadCompactSize(std::string_view what) {
    STACKS_TRY(uint8_t first, m_reader.ReadU8(what));
    size_t width = 0;
    uint64_t minimum = 0;
    switch (first) {
      case 0xfd:
        width = 2;
        minimum = 0xfd;
        break;
      case 0xfe:
        width = 4;
        minimum = 0x10000;
        break;
      case 0xff:
        width = 8;
        minimum = 0x100000000;
        break;
      default:
        return uint64_t{first};
    }
    STACKS_TRY(uint64_t v, ReadLittleEndian(width, what));
    if (v < minimum) return util::InvalidArgument("non-minimal CompactSize for " + std::string(what));
    return v;
  }

  // A CompactSize count of items of at least `min_item_size` bytes each, checked to fit in the rest of the input.
  util::Result<size_t> ReadCount(size_t min_item_size, std::string_view what) {
    STACKS_TRY(uint64_t count, ReadCompactSize(what));
    if (count > m_reader.remaining() / min_item_size) {
      return util::InvalidArgument(std::string(what) + " " + std::to_string(count) + " exceeds what the remaining " +
                                   std::to_string(m_reader.remaining()) + " bytes can hold");
    }
    return static_cast<size_t>(count);
  }

  // A CompactSize length, then that many bytes, copied.
  util::Result<util::Bytes> ReadVarBytes(std::string_view what) {
    STACKS_TRY(uint64_t len, ReadCompactSize(what));
    if (len > m_reader.remaining()) {
      return util::InvalidArgument("truncated input reading " + std::string(what) + ": length " + std::to_string(len) +
                                   " exceeds the remaining " + std::to_string(m_reader.remaining()) + " bytes");
    }
    STACKS_TRY(util::ByteView body, m_reader.ReadBytes(static_cast<size_t>(len), what));
    return util::Bytes(body.begin(), body.end());
  }

  util::Result<Txid> ReadTxid(std::string_view what) {
    STACKS_TRY(Txid wire, m_reader.ReadArray<32>(what));
    std::reverse(wire.begin(), wire.end());
    return wire;
  }

  util::Status ExpectEnd() const { return m_reader.ExpectEnd("bitcoin transaction"); }

 private:
  codec::ByteReader m_reader;
};

util::Result<std::vector<TxIn>> ReadInputs(TxReader& r) {
  STACKS_TRY(size_t count, r.ReadCount(MIN_INPUT_SIZE, "input count"));
  std::vector<TxIn> inputs(count);
  for (TxIn& in : inputs) {
    STACKS_TRY(in.prevout.txid, r.ReadTxid("prev_txid"));
    STACKS_TRY(in.prevout.vout, r.ReadU32("prev_vout"));
    STACKS_TRY(in.script_sig, r.ReadVarBytes("script_sig"));
    STACKS_TRY(in.sequence, r.ReadU32("sequence"));
  }
  return inputs;
}

util::Result<std::vector<TxOut>> ReadOutputs(TxReader& r) {
  STACKS_TRY(size_t count, r.ReadCount(MIN_OUTPUT_SIZE, "output count"));
  std::vector<TxOut> outputs(count);
  for (TxOut& o : outputs) {
    STACKS_TRY(o.value_sats, r.ReadLittleEndian(8, "value"));
    STACKS_TRY(o.script_pubkey, r.ReadVarBytes("script_pubkey"));
  }
  return outputs;
}

util::Status ReadWitnesses(TxReader& r, std::vector<TxIn>& inputs) {
  for (TxIn& in : inputs) {
    STACKS_TRY(size_t count, r.ReadCount(MIN_WITNESS_ITEM_SIZE, "witness item count"));
    in.witness.resize(count);
    for (util::Bytes& item : in.witness) {
      STACKS_TRY(item, r.ReadVarBytes("witness item"));
    }
  }
  return {};
}

}  // namespace

bool HasWitness(const BitcoinTx& tx) {
  return std::any_of(tx.inputs.begin(), tx.inputs.end(), [](const TxIn& in) { return !in.witness.empty(); });
}

util::Bytes SerializeBitcoinTx(const BitcoinTx& tx) { return Serialize(tx, HasWitness(tx)); }

util::Bytes SerializeBitcoinTxNoWitness(const BitcoinTx& tx) { return Serialize(tx, /*with_witness=*/false); }

util::Result<BitcoinTx> DeserializeBitcoinTx(util::ByteView bytes) {
  if (bytes.size() > MAX_BITCOIN_TX_SIZE) {
    return util::ResourceExhausted("bitcoin transaction of " + std::to_string(bytes.size()) + " bytes exceeds limit " +
                                   std::to_string(MAX_BITCOIN_TX_SIZE));
  }
  TxReader r(bytes);
  BitcoinTx tx;
  STACKS_TRY(tx.version, r.ReadU32("version"));
  STACKS_TRY(tx.inputs, ReadInputs(r));
  if (!tx.inputs.empty()) {
    STACKS_TRY(tx.outputs, ReadOutputs(r));
  } else {
    // The zero input count was the segwit marker.
    STACKS_TRY(uint8_t flag, r.ReadU8("segwit flag"));
    if (flag == 1) {
      STACKS_TRY(tx.inputs, ReadInputs(r));
      STACKS_TRY(tx.outputs, ReadOutputs(r));
      STACKS_RETURN_IF_ERROR(ReadWitnesses(r, tx.inputs));
      if (!tx.inputs.empty() && !HasWitness(tx)) {
        return util::InvalidArgument("segwit flag set but no witnesses present");
      }
    } else if (flag != 0) {  // 0: an empty transaction
      return util::InvalidArgument("unsupported segwit flag " + std::to_string(flag));
    }
  }
  STACKS_TRY(tx.lock_time, r.ReadU32("lock_time"));
  STACKS_RETURN_IF_ERROR(r.ExpectEnd());
  return tx;
}

Txid BitcoinTxid(const BitcoinTx& tx) { return ReversedDigest(SerializeBitcoinTxNoWitness(tx)); }

Txid BitcoinWtxid(const BitcoinTx& tx) { return ReversedDigest(SerializeBitcoinTx(tx)); }

util::Result<Txid> TxidFromHex(std::string_view hex) {
  STACKS_TRY(util::Bytes bytes, util::FromHexExact(hex, 32));
  return util::ToArray<32>(bytes);
}

}  // namespace stacks::burnchain
