#include "clarity/vm/block_natives.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "clarity/vm/errors.h"
#include "clarity/vm/native_checks.h"
#include "clarity/vm/stx.h"
#include "util/hex.h"

namespace stacks::clarity::vm {

using ast::SymbolicExpression;
using costs::CostFunction;
using storage::BlockHash;
using storage::BlockInfo;

namespace {

// MINER_REWARD_MATURITY: a block's reward is known once its child is this many blocks deep.
constexpr uint64_t kMinerRewardMaturity = 100;

enum class Property : uint8_t {
  kTime,
  kVrfSeed,
  kHeaderHash,
  kIdHeaderHash,
  kBurnchainHeaderHash,
  kMinerAddress,
  kMinerSpendWinner,
  kMinerSpendTotal,
  kBlockReward,
  kPoxAddrs,
};

struct PropertyName {
  std::string_view name;
  Property property;
  ClarityVersion since = ClarityVersion::kClarity1;
};

constexpr auto C2 = ClarityVersion::kClarity2;

// BlockInfoProperty, by Clarity version.
constexpr std::array kBlockInfoProperties = {
    PropertyName{"time", Property::kTime},
    PropertyName{"vrf-seed", Property::kVrfSeed},
    PropertyName{"header-hash", Property::kHeaderHash},
    PropertyName{"id-header-hash", Property::kIdHeaderHash},
    PropertyName{"burnchain-header-hash", Property::kBurnchainHeaderHash},
    PropertyName{"miner-address", Property::kMinerAddress},
    PropertyName{"miner-spend-winner", Property::kMinerSpendWinner, C2},
    PropertyName{"miner-spend-total", Property::kMinerSpendTotal, C2},
    PropertyName{"block-reward", Property::kBlockReward, C2},
};
// TenureInfoProperty.
constexpr std::array kTenureInfoProperties = {
    PropertyName{"time", Property::kTime},
    PropertyName{"vrf-seed", Property::kVrfSeed},
    PropertyName{"burnchain-header-hash", Property::kBurnchainHeaderHash},
    PropertyName{"miner-address", Property::kMinerAddress},
    PropertyName{"miner-spend-winner", Property::kMinerSpendWinner},
    PropertyName{"miner-spend-total", Property::kMinerSpendTotal},
    PropertyName{"block-reward", Property::kBlockReward},
};
// StacksBlockInfoProperty.
constexpr std::array kStacksBlockInfoProperties = {
    PropertyName{"id-header-hash", Property::kIdHeaderHash},
    PropertyName{"header-hash", Property::kHeaderHash},
    PropertyName{"time", Property::kTime},
};
// BurnBlockInfoProperty.
constexpr std::array kBurnBlockInfoProperties = {
    PropertyName{"header-hash", Property::kHeaderHash},
    PropertyName{"pox-addrs", Property::kPoxAddrs},
};

// The property named by atom `e` in `version`. Errors: Unchecked(`expect_name`) for a non-atom, Unchecked(
// `no_such`(name)) for an unknown name.
template <size_t N>
util::Result<Property> PropertyOf(const SymbolicExpression& e, const std::array<PropertyName, N>& table,
                                  ClarityVersion version, std::string_view expect_name, std::string_view no_such) {
  STACKS_TRY(std::string name, checks::Atom(e, expect_name));
  for (const PropertyName& p : table) {
    if (p.name == name && version >= p.since) return p.property;
  }
  return Unchecked(std::string(no_such) + "(" + name + ")");
}

util::Result<const BlockInfo*> Blocks(Environment& env) {
  const BlockInfo* blocks = env.global().chain().block_info;
  if (blocks == nullptr) return util::Unimplemented("block information is not available here (no chain)");
  return blocks;
}

// The height of the block being executed, as contracts see it.
uint32_t CurrentHeight(Environment& env) { return env.store().BlockHeight(); }

util::Error MissingBlockData(std::string_view what, uint32_t height) {
  return InterpreterError("Expect(the chain has no " + std::string(what) + " for block " + std::to_string(height) +
                          ")");
}

template <typename T>
util::Result<T> Known(std::optional<T> value, std::string_view what, uint32_t height) {
  if (!value) return MissingBlockData(what, height);
  return std::move(*value);
}

// get_tenure_height: the current height before Epoch 3.0, else the current block's tenure.
util::Result<uint32_t> CurrentTenureHeight(Environment& env, const BlockInfo& blocks) {
  const uint32_t height = CurrentHeight(env);
  if (env.epoch() < costs::Epoch::k30) return height;
  return Known(blocks.TenureHeight(height), "tenure height", height);
}

// The evaluated height argument as a u32, or nullopt when it does not fit (the natives answer none).
util::Result<std::optional<uint32_t>> HeightArg(const SymbolicExpression& e, Environment& env,
                                                const LocalContext& context) {
  STACKS_TRY(Value value, EvalBorrowed(e, env, context));
  STACKS_TRY(Uint128 height, checks::UInt(value));
  if (height > std::numeric_limits<uint32_t>::max()) return std::optional<uint32_t>();
  return std::optional<uint32_t>(static_cast<uint32_t>(height));
}

util::Result<Value> Hash(const std::optional<BlockHash>& hash, std::string_view what, uint32_t height) {
  STACKS_TRY(BlockHash known, Known(hash, what, height));
  return Value::Buffer(util::Bytes(known.begin(), known.end()));
}

util::Result<Value> SomeOf(util::Result<Value> value) {
  if (!value) return value.error();
  return Value::Some(std::move(value).value());
}

// A property of the past block at `height` (REQUIRES: height < the current height), wrapped in `some` except for
// block-reward, which is an optional of its own.
util::Result<Value> PastBlockProperty(Property property, uint32_t height, const BlockInfo& blocks, Environment& env,
                                      bool stacks_time) {
  switch (property) {
    case Property::kTime: {
      std::optional<uint64_t> time = stacks_time ? blocks.StacksBlockTime(height) : blocks.BurnBlockTime(height);
      STACKS_TRY(uint64_t known, Known(time, "time", height));
      return Value::Some(Value::UInt(known));
    }
    case Property::kVrfSeed:
      return SomeOf(Hash(blocks.VrfSeed(height), "VRF seed", height));
    case Property::kHeaderHash:
      return SomeOf(Hash(blocks.StacksBlockHeaderHash(height), "header hash", height));
    case Property::kIdHeaderHash:
      return SomeOf(Hash(blocks.IndexBlockHash(height), "index block hash", height));
    case Property::kBurnchainHeaderHash:
      return SomeOf(Hash(blocks.BurnHeaderHashForBlock(height), "burn header hash", height));
    case Property::kMinerAddress: {
      STACKS_TRY(StandardPrincipal miner, Known(blocks.MinerAddress(height), "miner address", height));
      return SomeOf(Value::Principal(miner));
    }
    case Property::kMinerSpendWinner:
    case Property::kMinerSpendTotal: {
      if (height == 0) return Value::Some(Value::UInt(0));
      const bool winner = property == Property::kMinerSpendWinner;
      STACKS_TRY(Uint128 spend, Known(winner ? blocks.MinerSpendWinner(height) : blocks.MinerSpendTotal(height),
                                      winner ? "winning miner spend" : "miner spend", height));
      return Value::Some(Value::UInt(spend));
    }
    case Property::kBlockReward: {
      // The reward of the child block must have matured, as it decides the streamed fee share.
      if (height == 0 || uint64_t{height} + 1 + kMinerRewardMaturity >= CurrentHeight(env)) return Value::None();
      STACKS_TRY(Uint128 reward, Known(blocks.BlockReward(height), "block reward", height));
      return Value::Some(Value::UInt(reward));
    }
    case Property::kPoxAddrs:
      break;
  }
  return InterpreterError("Expect(not a block property)");
}

// The highest burn height get-burn-block-info? answers for: the burn block of the parent of the current block
// before Epoch 3.0 (none at height 0), the burn chain tip from 3.0.
util::Result<std::optional<uint32_t>> BurnLimit(Environment& env, const BlockInfo& blocks) {
  if (env.epoch() >= costs::Epoch::k30) return std::optional<uint32_t>(blocks.TipBurnBlockHeight());
  const uint32_t height = CurrentHeight(env);
  if (height == 0) return std::optional<uint32_t>();
  STACKS_TRY(uint32_t parent_burn, Known(blocks.BurnBlockHeightForBlock(height - 1), "burn height", height - 1));
  return std::optional<uint32_t>(parent_burn);
}

util::Result<Value> PoxAddrsValue(const storage::PoxPayout& payout) {
  STACKS_TRY(TypeSignature version, TypeSignature::Buffer(1));
  STACKS_TRY(TypeSignature hashbytes, TypeSignature::Buffer(32));
  STACKS_TRY(TypeSignature entry, TypeSignature::Tuple({{"version", version}, {"hashbytes", hashbytes}}));
  STACKS_TRY(TypeSignature list, TypeSignature::List(entry, 2));
  STACKS_TRY(Value addrs, Value::ListWithType(payout.addrs, list));
  STACKS_TRY(Value tuple, Value::Tuple({{"addrs", std::move(addrs)}, {"payout", Value::UInt(payout.payout)}}));
  return Value::Some(std::move(tuple));
}

}  // namespace

util::Result<uint32_t> CurrentBurnBlockHeight(Environment& env) {
  STACKS_TRY(const BlockInfo* blocks, Blocks(env));
  if (env.epoch() >= costs::Epoch::k30) return blocks->TipBurnBlockHeight();
  const uint32_t height = CurrentHeight(env);
  if (height == 0) return blocks->BurnBlockHeightForBlock(0).value_or(0);
  return Known(blocks->BurnBlockHeightForBlock(height - 1), "burn height", height - 1);
}

util::Result<std::optional<Value>> LookupChainVariable(std::string_view name, Environment& env) {
  if (name == "stx-liquid-supply") {
    STACKS_TRY(Value supply, StxLiquidSupply(env));
    return std::optional<Value>(std::move(supply));
  }
  const bool block_keyword = name == "block-height" || name == "stacks-block-height" || name == "tenure-height" ||
                             name == "burn-block-height" || name == "stacks-block-time";
  if (!block_keyword) return std::optional<Value>();
  STACKS_TRY(const BlockInfo* blocks, Blocks(env));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kFetchVar, 1));
  uint64_t answer = 0;
  if (name == "stacks-block-height" || (name == "block-height" && env.epoch() < costs::Epoch::k30)) {
    answer = CurrentHeight(env);
  } else if (name == "block-height" || name == "tenure-height") {
    STACKS_TRY(answer, CurrentTenureHeight(env, *blocks));
  } else if (name == "burn-block-height") {
    STACKS_TRY(answer, CurrentBurnBlockHeight(env));
  } else {
    // stacks-block-time: the reference reads the time the chain stores for the block, from Epoch 3.3 only.
    std::optional<uint64_t> time;
    if (env.epoch() >= costs::Epoch::k33) time = blocks->StacksBlockTime(CurrentHeight(env));
    if (!time) return RuntimeError("BlockTimeNotAvailable");
    answer = *time;
  }
  return std::optional<Value>(Value::UInt(answer));
}

util::Result<Value> SpecialGetBlockInfo(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kBlockInfo, 0));
  STACKS_RETURN_IF_ERROR(checks::ArgCount(2, args.size()));
  STACKS_TRY(Property property, PropertyOf(args[0], kBlockInfoProperties, env.version(),
                                           "GetBlockInfoExpectPropertyName", "NoSuchBlockInfoProperty"));
  STACKS_TRY(std::optional<uint32_t> height, HeightArg(args[1], env, context));
  if (!height) return Value::None();
  STACKS_TRY(const BlockInfo* blocks, Blocks(env));
  // Clarity 1 and 2 contracts ask by tenure from Epoch 3.0 (so that heights keep their pace), except on testnet.
  if (env.version() < ClarityVersion::kClarity3 && env.epoch() >= costs::Epoch::k30 &&
      env.chain_id() != CHAIN_ID_TESTNET) {
    STACKS_TRY(uint32_t current_tenure, CurrentTenureHeight(env, *blocks));
    if (current_tenure < *height || CurrentHeight(env) <= *height) return Value::None();
    std::optional<uint32_t> first_block = blocks->StacksHeightForTenureHeight(*height);
    if (!first_block) return Value::None();
    height = first_block;
  }
  if (*height >= CurrentHeight(env)) return Value::None();
  return PastBlockProperty(property, *height, *blocks, env, /*stacks_time=*/false);
}

util::Result<Value> SpecialGetStacksBlockInfo(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kBlockInfo, 0));
  STACKS_RETURN_IF_ERROR(checks::ArgCount(2, args.size()));
  STACKS_TRY(Property property, PropertyOf(args[0], kStacksBlockInfoProperties, env.version(),
                                           "GetStacksBlockInfoExpectPropertyName", "NoSuchStacksBlockInfoProperty"));
  STACKS_TRY(std::optional<uint32_t> height, HeightArg(args[1], env, context));
  if (!height) return Value::None();
  STACKS_TRY(const BlockInfo* blocks, Blocks(env));
  if (*height >= CurrentHeight(env)) return Value::None();
  return PastBlockProperty(property, *height, *blocks, env, /*stacks_time=*/true);
}

util::Result<Value> SpecialGetTenureInfo(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kBlockInfo, 0));
  STACKS_RETURN_IF_ERROR(checks::ArgCount(2, args.size()));
  STACKS_TRY(Property property, PropertyOf(args[0], kTenureInfoProperties, env.version(),
                                           "GetTenureInfoExpectPropertyName", "NoSuchTenureInfoProperty"));
  STACKS_TRY(std::optional<uint32_t> height, HeightArg(args[1], env, context));
  if (!height) return Value::None();
  STACKS_TRY(const BlockInfo* blocks, Blocks(env));
  if (*height >= CurrentHeight(env)) return Value::None();
  return PastBlockProperty(property, *height, *blocks, env, /*stacks_time=*/false);
}

util::Result<Value> SpecialGetBurnBlockInfo(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kBurnBlockInfo, 0));
  STACKS_RETURN_IF_ERROR(checks::ArgCount(2, args.size()));
  STACKS_TRY(Property property, PropertyOf(args[0], kBurnBlockInfoProperties, env.version(),
                                           "GetBurnBlockInfoExpectPropertyName", "NoSuchBlockInfoProperty"));
  STACKS_TRY(std::optional<uint32_t> burn_height, HeightArg(args[1], env, context));
  if (!burn_height) return Value::None();
  STACKS_TRY(const BlockInfo* blocks, Blocks(env));
  STACKS_TRY(std::optional<uint32_t> limit, BurnLimit(env, *blocks));
  if (!limit || *burn_height > *limit) return Value::None();
  if (property == Property::kHeaderHash) {
    std::optional<BlockHash> hash = blocks->BurnHeaderHash(*burn_height);
    if (!hash) return Value::None();
    return SomeOf(Value::Buffer(util::Bytes(hash->begin(), hash->end())));
  }
  std::optional<storage::PoxPayout> payout = blocks->PoxPayoutOf(*burn_height);
  if (!payout) return Value::None();
  return PoxAddrsValue(*payout);
}

util::Result<Value> SpecialAtBlock(Args args, Environment& env, const LocalContext& context) {
  if (env.epoch() >= costs::Epoch::k34) return RuntimeCheckError("AtBlockUnavailable");
  STACKS_RETURN_IF_ERROR(checks::ArgCount(2, args.size()));
  STACKS_RETURN_IF_ERROR(env.Charge(CostFunction::kAtBlock, 0));
  STACKS_TRY(Value id, Eval(args[0], env, context));
  if (id.kind() != Value::Kind::kBuffer) return checks::TypeValueError("(buff 32)", id);
  const util::Bytes& bytes = id.AsBuffer();
  if (bytes.size() != 32) return RuntimeError("BadBlockHash(0x" + util::ToHex(bytes) + ")");
  STACKS_TRY(const BlockInfo* blocks, Blocks(env));
  BlockHash hash;
  std::copy(bytes.begin(), bytes.end(), hash.begin());
  std::optional<uint32_t> height = blocks->HeightOfIndexBlockHash(hash);
  // Only blocks before the one being built are in its past.
  if (!height || *height >= env.store().store().CurrentBlockHeight()) {
    return RuntimeError("UnknownBlockHeaderHash(" + util::ToHex(bytes) + ")");
  }
  // The block's view counts AT_BLOCK_MEMORY (1 byte) while the body runs.
  ScopedMemory memory(env.global());
  STACKS_RETURN_IF_ERROR(memory.Add(1));
  STACKS_RETURN_IF_ERROR(env.global().BeginReadOnly());
  util::Result<Value> result = [&]() -> util::Result<Value> {
    STACKS_RETURN_IF_ERROR(env.store().BeginAtBlock(*height));
    util::Result<Value> value = Eval(args[1], env, context);
    STACKS_RETURN_IF_ERROR(env.store().EndAtBlock());
    return value;
  }();
  STACKS_RETURN_IF_ERROR(env.global().Rollback());
  return result;
}

}  // namespace stacks::clarity::vm
