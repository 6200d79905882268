#include "clarity/storage/stx_balance.h"

#include <cstdint>
#include <limits>
#include <optional>

#include "util/bytes.h"
#include "util/hex.h"

namespace stacks::clarity::storage {
namespace {

constexpr size_t kUnlockedAndV1Size = 40;
constexpr size_t kVersionedSize = 41;

void PutBig(util::Bytes& out, Uint128 v, int bytes) {
  for (int i = bytes - 1; i >= 0; --i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}

Uint128 GetBig(const uint8_t* p, int bytes) {
  Uint128 v = 0;
  for (int i = 0; i < bytes; ++i) v = (v << 8) | p[i];
  return v;
}

// The early unlock height of `lock`'s PoX version, or nullopt for none (PoX v5, or no lock).
std::optional<uint32_t> EarlyUnlock(StxLock lock, const PoxUnlockHeights& heights) {
  switch (lock) {
    case StxLock::kPoxV1:
      return heights.v1;
    case StxLock::kPoxV2:
      return heights.v2;
    case StxLock::kPoxV3:
      return heights.v3;
    case StxLock::kPoxV4:
      return heights.pox5_activation;
    case StxLock::kNone:
    case StxLock::kPoxV5:
      break;
  }
  return std::nullopt;
}

}  // namespace

std::string_view StxLiquidSupplyKey() { return "_stx-data::ustx_liquid_supply"; }

std::string EncodeStxBalance(const StxBalance& balance) {
  util::Bytes out;
  out.reserve(kVersionedSize);
  switch (balance.lock) {
    case StxLock::kNone:
      PutBig(out, balance.unlocked, 16);
      PutBig(out, 0, 16);
      PutBig(out, 0, 8);
      return util::ToHex(out);
    case StxLock::kPoxV1:
      break;
    case StxLock::kPoxV2:
      out.push_back(0);
      break;
    case StxLock::kPoxV3:
      out.push_back(1);
      break;
    case StxLock::kPoxV4:
      out.push_back(2);
      break;
    case StxLock::kPoxV5:
      out.push_back(3);
      break;
  }
  PutBig(out, balance.unlocked, 16);
  PutBig(out, balance.locked, 16);
  PutBig(out, balance.unlock_height, 8);
  return util::ToHex(out);
}

util::Result<StxBalance> DecodeStxBalance(std::string_view hex) {
  util::Result<util::Bytes> bytes = util::FromHex(hex);
  if (!bytes) return util::Corruption("bad STX balance record: not hex");
  StxBalance balance;
  const uint8_t* p = bytes->data();
  if (bytes->size() == kUnlockedAndV1Size) {
    balance.lock = StxLock::kPoxV1;
  } else if (bytes->size() == kVersionedSize) {
    switch (p[0]) {
      case 0:
        balance.lock = StxLock::kPoxV2;
        break;
      case 1:
        balance.lock = StxLock::kPoxV3;
        break;
      case 2:
        balance.lock = StxLock::kPoxV4;
        break;
      case 3:
        balance.lock = StxLock::kPoxV5;
        break;
      default:
        return util::Corruption("bad STX balance record: unknown version byte " + std::to_string(p[0]));
    }
    ++p;
  } else {
    return util::Corruption("bad STX balance record: " + std::to_string(bytes->size()) + " bytes");
  }
  balance.unlocked = GetBig(p, 16);
  balance.locked = GetBig(p + 16, 16);
  balance.unlock_height = static_cast<uint64_t>(GetBig(p + 32, 8));
  if (balance.locked == 0) return StxBalance{StxLock::kNone, balance.unlocked, 0, 0};
  return balance;
}

PoxUnlockHeights EffectiveUnlockHeights(const PoxUnlockHeights& chain, bool epoch22, bool epoch25, bool epoch40) {
  constexpr uint32_t kNever = std::numeric_limits<uint32_t>::max();
  return PoxUnlockHeights{chain.v1, epoch22 ? chain.v2 : kNever, epoch25 ? chain.v3 : kNever,
                          epoch40 ? chain.pox5_activation : kNever};
}

bool HasUnlockable(const StxBalance& balance, uint64_t burn_height, const PoxUnlockHeights& heights) {
  if (balance.lock == StxLock::kNone || balance.locked == 0) return false;
  if (balance.unlock_height <= burn_height) return true;
  std::optional<uint32_t> early = EarlyUnlock(balance.lock, heights);
  return early && uint64_t{*early} <= burn_height;
}

util::Result<StxBalance> Canonical(const StxBalance& balance, uint64_t burn_height, const PoxUnlockHeights& heights) {
  if (!HasUnlockable(balance, burn_height, heights)) return balance;
  Uint128 total = 0;
  if (__builtin_add_overflow(balance.unlocked, balance.locked, &total)) {
    return util::Corruption("STX balance overflows: unlocked plus locked passes u128");
  }
  return StxBalance{StxLock::kNone, total, 0, 0};
}

util::Result<Uint128> Available(const StxBalance& balance, uint64_t burn_height, const PoxUnlockHeights& heights) {
  STACKS_TRY(StxBalance canonical, Canonical(balance, burn_height, heights));
  return canonical.unlocked;
}

uint64_t EffectiveUnlockHeight(const StxBalance& balance, const PoxUnlockHeights& heights) {
  if (balance.lock == StxLock::kNone) return 0;
  std::optional<uint32_t> early = EarlyUnlock(balance.lock, heights);
  if (early && balance.unlock_height >= uint64_t{*early}) return *early;
  return balance.unlock_height;
}

}  // namespace stacks::clarity::storage
