// Fuzz the Nakamoto block and block header decoders. Nothing may crash, and errors carry only the codes the headers
// promise. A header that decodes must serialize back to the input. A block that decodes must serialize to its
// canonical form (the input, unless a transaction in it was non-canonical; see transaction.h), which decodes to an
// equal block with the same id. The hashes, miner recovery, signer verification and the static block checks must
// run on anything that decodes without crashing.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "chain/epoch.h"
#include "chain/nakamoto_block.h"
#include "chain/nakamoto_block_check.h"
#include "chain/nakamoto_block_header.h"
#include "util/bytes.h"
#include "util/result.h"

namespace {

using namespace stacks;

void Check(bool ok) {
  if (!ok) std::abort();
}

template <typename T>
void CheckCode(const util::Result<T>& r, bool consensus_allowed) {
  if (r) return;
  const auto code = r.error().code;
  Check(code == util::ErrorCode::kInvalidArgument || code == util::ErrorCode::kResourceExhausted ||
        (consensus_allowed && code == util::ErrorCode::kConsensusViolation));
}

template <typename T>
void CheckVerdict(const util::Result<T>& r) {
  if (!r) Check(r.error().code == util::ErrorCode::kConsensusViolation);
}

constexpr chain::StacksEpochId kEpochs[] = {chain::StacksEpochId::k25, chain::StacksEpochId::k30,
                                            chain::StacksEpochId::k33, chain::StacksEpochId::k40};

void CheckHeader(const chain::NakamotoBlockHeader& header) {
  (void)chain::MinerSignatureHash(header);
  (void)chain::NakamotoBlockId(header);
  CheckVerdict(chain::RecoverMinerPublicKeyHash(header));
  // The first few signer-signature keys, as a signer set: whatever recovers must verify in some order.
  std::vector<chain::SignerEntry> signers;
  for (uint8_t i = 0; i < 3; ++i) {
    std::array<uint8_t, 33> key{};
    key[0] = 0x02;
    key[32] = i;
    signers.push_back({key, i});
  }
  for (auto epoch : kEpochs) CheckVerdict(chain::VerifySignerSignatures(header, signers, epoch));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const util::ByteView input(data, size);

  auto header = chain::DecodeNakamotoBlockHeader(input);
  CheckCode(header, /*consensus_allowed=*/false);
  if (header) {
    const util::Bytes again = chain::SerializeNakamotoBlockHeader(*header);
    Check(again.size() == size && std::equal(again.begin(), again.end(), data));
    auto redecoded = chain::DecodeNakamotoBlockHeader(again);
    Check(redecoded && *redecoded == *header);
    CheckHeader(*header);
  }

  auto block = chain::DecodeNakamotoBlock(input);
  CheckCode(block, /*consensus_allowed=*/true);
  if (!block) return 0;
  Check(chain::CheckTxMerkleRoot(*block).has_value());
  Check(chain::CheckTransactionsUnique(block->txs).has_value());
  const util::Bytes canonical = chain::SerializeNakamotoBlock(*block);
  auto again = chain::DecodeNakamotoBlock(canonical);
  Check(again && *again == *block);
  Check(chain::SerializeNakamotoBlock(*again) == canonical);
  Check(chain::NakamotoBlockId(*again) == chain::NakamotoBlockId(*block));
  CheckHeader(block->header);
  for (auto epoch : kEpochs) {
    CheckVerdict(chain::CheckHeaderVersion(block->header, epoch));
    CheckVerdict(chain::CheckNakamotoBlockStatic(*block, /*mainnet=*/false, chain::CHAIN_ID_TESTNET, epoch));
    CheckVerdict(chain::CheckNakamotoBlockStatic(*block, /*mainnet=*/true, chain::CHAIN_ID_MAINNET, epoch));
  }
  return 0;
}
