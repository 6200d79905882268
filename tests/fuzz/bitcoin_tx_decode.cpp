// Fuzz the Bitcoin transaction codec, script reading and output-address recognition.
//
// Decoding must never crash and fails only with the codes the header promises. A transaction that decodes encodes
// back to the same bytes, except the one form Bitcoin itself cannot round-trip (a segwit marker with no inputs),
// and its re-encoding decodes to the same transaction whenever it has inputs or no outputs. Every script reads
// without crashing, and every output address recognized on any network turns back into the same script and its
// text parses back to the same address.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <variant>

#include "burnchain/bitcoin_tx.h"
#include "burnchain/output_address.h"
#include "burnchain/script.h"
#include "util/bytes.h"
#include "util/result.h"

namespace {

using namespace stacks;
using namespace stacks::burnchain;

void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckScript(util::ByteView script) {
  const auto instructions = ParseScript(script);
  Check(instructions.size() <= script.size());
  for (size_t i = 0; i < instructions.size(); ++i) {
    if (instructions[i].kind == ScriptInstruction::Kind::kError) Check(i + 1 == instructions.size());
  }
  (void)OpReturnPayload(script);
  for (BitcoinNetworkType network :
       {BitcoinNetworkType::kMainnet, BitcoinNetworkType::kTestnet, BitcoinNetworkType::kRegtest}) {
    const auto address = OutputAddressFromScript(network, script);
    if (!address) continue;
    const util::Bytes rebuilt = OutputAddressScript(*address);
    Check(std::equal(rebuilt.begin(), rebuilt.end(), script.begin(), script.end()));
    auto parsed = ParseOutputAddress(OutputAddressToString(*address));
    Check(parsed.has_value() && *parsed == *address);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const util::ByteView bytes(data, size);
  util::Result<BitcoinTx> tx = DeserializeBitcoinTx(bytes);
  if (!tx) {
    const util::ErrorCode code = tx.error().code;
    Check(code == util::ErrorCode::kInvalidArgument || code == util::ErrorCode::kResourceExhausted);
    CheckScript(bytes);
    return 0;
  }
  const util::Bytes again = SerializeBitcoinTx(*tx);
  const bool zero_input_segwit = size > 5 && bytes[4] == 0x00 && bytes[5] == 0x01 && tx->inputs.empty();
  if (!zero_input_segwit) Check(std::equal(again.begin(), again.end(), bytes.begin(), bytes.end()));
  if (!tx->inputs.empty() || tx->outputs.empty()) {
    auto back = DeserializeBitcoinTx(again);
    Check(back.has_value() && *back == *tx);
  }
  Check((BitcoinTxid(*tx) == BitcoinWtxid(*tx)) || HasWitness(*tx));
  for (const TxIn& in : tx->inputs) CheckScript(in.script_sig);
  for (const TxOut& out : tx->outputs) CheckScript(out.script_pubkey);
  return 0;
}
