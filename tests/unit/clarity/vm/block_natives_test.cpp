// Block information and at-block (block_natives.h) in a simulated chain laid out as the reference's simnet. Where a
// test expects a literal height it is what the reference VM answers in the same steps (the corpus programs
// tests/interop/clarity_corpus/block-info/*.clar pin them against it); hashes and times are compared with what the
// chain's BlockInfo says, which is this VM's plumbing, not the simnet's values.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "chain_fixture.h"
#include "clarity/types/serialization.h"
#include "util/hex.h"

namespace stacks::clarity::vm {
namespace {

using util::ErrorCode;

std::string Hex(const storage::BlockHash& h) { return "0x" + util::ToHex(util::ByteView(h.data(), h.size())); }

class BlockNativesTest : public ChainTest {
 protected:
  static Value U(Uint128 v) { return Value::UInt(v); }
  static Value Buff(const storage::BlockHash& h) { return Value::Buffer(util::Bytes(h.begin(), h.end())).value(); }
  void DeployOk(const std::string& name, std::string_view source, std::string_view sender = kDeployer,
                std::optional<ClarityVersion> version = std::nullopt) {
    Outcome o = Deploy(name, source, sender, version);
    ASSERT_FALSE(o.error) << name << ": " << o.error->ToString();
  }
  // The chain as the next transaction sees it.
  storage::SimnetBlockInfo Chain() {
    storage::SimnetChain chain;
    chain.tip_height = store().CurrentBlockHeight();
    chain.nakamoto = m_epoch >= costs::Epoch::k30;
    return storage::SimnetBlockInfo(chain);
  }
};

constexpr std::string_view kHeights = R"(
(define-read-only (all) {stacks: stacks-block-height, tenure: tenure-height, burn: burn-block-height})
(define-public (all-pub) (ok {stacks: stacks-block-height, tenure: tenure-height, burn: burn-block-height}))
)";

TEST_P(BlockNativesTest, HeightsFollowTheSimnetLayoutFromEpoch30) {
  StartAt(costs::Epoch::k30);
  DeployOk("heights", kHeights);
  Outcome read = Read("heights", "all");
  EXPECT_EQ(Text(read), "(tuple (burn u1) (stacks u2) (tenure u1))");
  EXPECT_EQ(Text(Call("heights", "all-pub")), "(ok (tuple (burn u1) (stacks u3) (tenure u1)))");
  // Each keyword charges cost_fetch_var(1): 3 reads of length 2 (with the contract's load: 3 more reads).
  EXPECT_EQ(read.cost.read_count, 6u);
}

TEST_P(BlockNativesTest, BlockHeightIsTheTenureHeightFromEpoch30) {
  StartAt(costs::Epoch::k30);
  const std::string_view source = "(define-read-only (h) block-height)";
  DeployOk("c2", source, kDeployer, ClarityVersion::kClarity2);
  EXPECT_EQ(Text(Read("c2", "h")), "u1");
  Mine();
  EXPECT_EQ(Text(Read("c2", "h")), "u1");
  // Clarity 3 has no block-height.
  EXPECT_EQ(Text(Deploy("c3", "(define-read-only (h) block-height) (h)")), "analysis:Unchecked:UndefinedVariable");
}

TEST_P(BlockNativesTest, BeforeEpoch30HeightsAreStacksHeightsAndBurnIsTheParents) {
  StartAt(costs::Epoch::k21);
  DeployOk("c2", "(define-read-only (h) {block: block-height, burn: burn-block-height})", kDeployer,
           ClarityVersion::kClarity2);
  EXPECT_EQ(Text(Read("c2", "h")), "(tuple (block u1) (burn u0))");
  Mine();
  Mine();
  EXPECT_EQ(Text(Read("c2", "h")), "(tuple (block u3) (burn u2))");
}

TEST_P(BlockNativesTest, GetBlockInfoAnswersForPastBlocksOnly) {
  StartAt(costs::Epoch::k21);
  DeployOk("info", R"(
(define-read-only (id (h uint)) (get-block-info? id-header-hash h))
(define-read-only (header (h uint)) (get-block-info? header-hash h))
(define-read-only (burn (h uint)) (get-block-info? burnchain-header-hash h))
(define-read-only (vrf (h uint)) (get-block-info? vrf-seed h))
(define-read-only (block-time (h uint)) (get-block-info? time h))
(define-read-only (miner (h uint)) (get-block-info? miner-address h))
(define-read-only (spent (h uint)) {total: (get-block-info? miner-spend-total h),
                                    winner: (get-block-info? miner-spend-winner h)})
(define-read-only (reward (h uint)) (get-block-info? block-reward h))
)",
           kDeployer, ClarityVersion::kClarity2);
  Mine();
  Mine();
  storage::SimnetBlockInfo chain = Chain();  // the tip is the current block, 3
  EXPECT_EQ(Text(Read("info", "id", {U(2)})), "(some " + Hex(*chain.IndexBlockHash(2)) + ")");
  EXPECT_EQ(Text(Read("info", "header", {U(0)})), "(some " + Hex(*chain.StacksBlockHeaderHash(0)) + ")");
  EXPECT_EQ(Text(Read("info", "burn", {U(1)})), "(some " + Hex(*chain.BurnHeaderHashForBlock(1)) + ")");
  EXPECT_EQ(Text(Read("info", "vrf", {U(1)})), "(some " + Hex(*chain.VrfSeed(1)) + ")");
  EXPECT_EQ(Text(Read("info", "block-time", {U(2)})), "(some u" + std::to_string(*chain.BurnBlockTime(2)) + ")");
  EXPECT_EQ(Text(Read("info", "miner", {U(1)})), "(some ST000000000000000000002AMW42H)");
  EXPECT_EQ(Text(Read("info", "spent", {U(0)})), "(tuple (total (some u0)) (winner (some u0)))");
  // The current block and later ones are none, as is a height past u32.
  EXPECT_EQ(Text(Read("info", "id", {U(3)})), "none");
  EXPECT_EQ(Text(Read("info", "block-time", {U(1000)})), "none");
  EXPECT_EQ(Text(Read("info", "block-time", {U(Uint128{1} << 40)})), "none");
  // A reward is known once the child block is 100 blocks deep.
  EXPECT_EQ(Text(Read("info", "reward", {U(1)})), "none");
  EXPECT_EQ(Text(Read("info", "reward", {U(0)})), "none");
  ASSERT_TRUE(store().SetCurrentBlockHeight(102));
  EXPECT_EQ(Text(Read("info", "reward", {U(1)})), "none");
  ASSERT_TRUE(store().SetCurrentBlockHeight(103));
  EXPECT_EQ(Text(Read("info", "reward", {U(1)})), "(some u" + std::to_string(uint64_t(*Chain().BlockReward(1))) + ")");
}

TEST_P(BlockNativesTest, GetBlockInfoOffTestnetAsksByTenureInClarity2FromEpoch30) {
  StartAt(costs::Epoch::k30);
  DeployOk("info", "(define-read-only (id (h uint)) (get-block-info? id-header-hash h))", kDeployer,
           ClarityVersion::kClarity2);
  Mine();
  Mine();
  storage::SimnetBlockInfo chain = Chain();
  // Testnet (the default chain id): heights are Stacks heights.
  EXPECT_EQ(Text(Read("info", "id", {U(3)})), "(some " + Hex(*chain.IndexBlockHash(3)) + ")");
  // Elsewhere: tenure 1 is block 1, and there is no tenure 3 yet.
  TransactionContext tx = Tx();
  tx.chain.chain_id = CHAIN_ID_MAINNET;
  CallRequest request{Contract("info"), "id", {U(1)}, codec::ParsePrincipal(kDeployer).value(), std::nullopt};
  EXPECT_EQ(Text(CallReadOnly(tx, request).value()), "(some " + Hex(*chain.IndexBlockHash(1)) + ")");
  request.args = {U(3)};
  EXPECT_EQ(Text(CallReadOnly(tx, request).value()), "none");
}

TEST_P(BlockNativesTest, Clarity3BlockAndTenureInfo) {
  StartAt(costs::Epoch::k30);
  DeployOk("info", R"(
(define-read-only (stacks-time (h uint)) (get-stacks-block-info? time h))
(define-read-only (stacks-id (h uint)) (get-stacks-block-info? id-header-hash h))
(define-read-only (tenure-time (h uint)) (get-tenure-info? time h))
(define-read-only (tenure-burn (h uint)) (get-tenure-info? burnchain-header-hash h))
(define-read-only (tenure-reward (h uint)) (get-tenure-info? block-reward h))
(define-read-only (tenure-spent (h uint)) (get-tenure-info? miner-spend-total h))
)");
  Mine();
  storage::SimnetBlockInfo chain = Chain();
  EXPECT_EQ(Text(Read("info", "stacks-time", {U(2)})), "(some u" + std::to_string(*chain.StacksBlockTime(2)) + ")");
  EXPECT_EQ(Text(Read("info", "tenure-time", {U(2)})), "(some u" + std::to_string(*chain.BurnBlockTime(2)) + ")");
  EXPECT_NE(chain.StacksBlockTime(2), chain.BurnBlockTime(2));
  EXPECT_EQ(Text(Read("info", "stacks-id", {U(3)})), "none");  // the current block
  EXPECT_EQ(Text(Read("info", "tenure-burn", {U(2)})), "(some " + Hex(*chain.BurnHeaderHash(1)) + ")");
  EXPECT_EQ(Text(Read("info", "tenure-reward", {U(2)})), "none");
  EXPECT_EQ(Text(Read("info", "tenure-spent", {U(2)})),
            "(some u" + std::to_string(uint64_t(*chain.MinerSpendTotal(2))) + ")");
}

TEST_P(BlockNativesTest, GetBurnBlockInfoSeesTheSortitionsBurnBlocks) {
  StartAt(costs::Epoch::k30);
  DeployOk("burn", R"(
(define-read-only (hash (h uint)) (get-burn-block-info? header-hash h))
(define-read-only (pox (h uint)) (get-burn-block-info? pox-addrs h))
)");
  storage::SimnetBlockInfo chain = Chain();
  EXPECT_EQ(Text(Read("burn", "hash", {U(1)})), "(some " + Hex(*chain.BurnHeaderHash(1)) + ")");
  EXPECT_EQ(Text(Read("burn", "hash", {U(2)})), "none");
  EXPECT_EQ(Text(Read("burn", "pox", {U(0)})), "(some (tuple (addrs ()) (payout u0)))");
  EXPECT_EQ(Text(Read("burn", "pox", {U(2)})), "none");
}

TEST_P(BlockNativesTest, GetBurnBlockInfoBeforeEpoch30StopsAtTheParentsBurnBlock) {
  StartAt(costs::Epoch::k21);
  DeployOk("burn", "(define-read-only (hash (h uint)) (get-burn-block-info? header-hash h))", kDeployer,
           ClarityVersion::kClarity2);
  Mine();  // current block 2, parent 1 in burn block 1
  EXPECT_TRUE(Text(Read("burn", "hash", {U(1)})).starts_with("(some 0x"));
  EXPECT_EQ(Text(Read("burn", "hash", {U(2)})), "none");
}

TEST_P(BlockNativesTest, MalformedBlockInfoCallsAreTheTypeCheckersRefusals) {
  StartAt(costs::Epoch::k21);
  DeployOk("bad", R"(
(define-read-only (no-such) (get-block-info? height u1))
(define-read-only (not-a-name) (get-block-info? (time) u1))
(define-read-only (int-height) (get-block-info? time 1))
(define-read-only (too-few) (get-block-info? time))
(define-read-only (no-such-burn) (get-burn-block-info? time u1))
)",
           kDeployer, ClarityVersion::kClarity2);
  EXPECT_EQ(Text(Read("bad", "no-such")), "runtime:RuntimeCheck:NoSuchBlockInfoProperty");
  EXPECT_EQ(Text(Read("bad", "not-a-name")), "runtime:RuntimeCheck:GetBlockInfoExpectPropertyName");
  EXPECT_EQ(Text(Read("bad", "int-height")), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(Text(Read("bad", "too-few")), "runtime:RuntimeCheck:IncorrectArgumentCount");
  EXPECT_EQ(Text(Read("bad", "no-such-burn")), "runtime:RuntimeCheck:NoSuchBlockInfoProperty");
  // Reward properties are Clarity 2's.
  DeployOk("c1", "(define-read-only (r) (get-block-info? block-reward u0))", kDeployer, ClarityVersion::kClarity1);
  EXPECT_EQ(Text(Read("c1", "r")), "runtime:RuntimeCheck:NoSuchBlockInfoProperty");
}

TEST_P(BlockNativesTest, WithoutBlockInformationBlockNativesAreUnimplemented) {
  StartAt(costs::Epoch::k30);
  DeployOk("h", "(define-read-only (h) stacks-block-height) (define-read-only (i) (get-stacks-block-info? time u0))");
  TransactionContext tx = Tx();
  tx.chain.block_info = nullptr;
  CallRequest request{Contract("h"), "h", {}, codec::ParsePrincipal(kDeployer).value(), std::nullopt};
  Outcome o = CallReadOnly(tx, request).value();
  ASSERT_TRUE(o.error);
  EXPECT_EQ(o.error->code, ErrorCode::kUnimplemented);
  request.function = "i";
  o = CallReadOnly(tx, request).value();
  ASSERT_TRUE(o.error);
  EXPECT_EQ(o.error->code, ErrorCode::kUnimplemented);
}

TEST_P(BlockNativesTest, StacksBlockTimeIsTheCurrentBlocksTime) {
  StartAt(costs::Epoch::k33);
  DeployOk("t", "(define-read-only (t) stacks-block-time)");
  EXPECT_EQ(Text(Read("t", "t")), "u" + std::to_string(*Chain().StacksBlockTime(store().CurrentBlockHeight())));
}

constexpr std::string_view kAtBlock = R"(
(define-data-var x uint u0)
(define-public (set-x (v uint)) (begin (var-set x v) (ok stacks-block-height)))
(define-read-only (x-at (height uint)) (at-block (unwrap-panic (get-stacks-block-info? id-header-hash height)) (var-get x)))
(define-read-only (height-at (height uint))
  (at-block (unwrap-panic (get-stacks-block-info? id-header-hash height)) stacks-block-height))
(define-read-only (now) (var-get x))
(define-public (set-then-look-back (v uint))
  (begin (var-set x v)
         (ok {now: (var-get x),
              before: (at-block (unwrap-panic (get-stacks-block-info? id-header-hash (- stacks-block-height u1)))
                                (var-get x))})))
(define-public (print-inside (id (buff 32))) (ok (at-block id (print u1))))
(define-public (write-inside (id (buff 32))) (begin (at-block id (var-set x u99)) (ok (var-get x))))
(define-read-only (at (id (buff 32))) (at-block id u1))
(define-read-only (at-int) (at-block 5 u1))
)";

TEST_P(BlockNativesTest, AtBlockReadsTheStateAsOfThatBlock) {
  StartAt(costs::Epoch::k30);
  DeployOk("ab", kAtBlock);  // block 2
  EXPECT_EQ(Text(Call("ab", "set-x", {U(1)})), "(ok u3)");
  EXPECT_EQ(Text(Call("ab", "set-x", {U(2)})), "(ok u4)");
  EXPECT_EQ(Text(Read("ab", "x-at", {U(3)})), "u1");
  EXPECT_EQ(Text(Read("ab", "x-at", {U(2)})), "u0");
  EXPECT_EQ(Text(Read("ab", "now")), "u2");
  EXPECT_EQ(Text(Read("ab", "height-at", {U(2)})), "u2");
  // Pending writes of the running transaction are not seen at an earlier block.
  EXPECT_EQ(Text(Call("ab", "set-then-look-back", {U(7)})), "(ok (tuple (before u2) (now u7)))");
}

TEST_P(BlockNativesTest, AtBlockIsReadOnlyItsEffectsAreDropped) {
  StartAt(costs::Epoch::k30);
  DeployOk("ab", kAtBlock);
  Mine();
  const Value id = Buff(*Chain().IndexBlockHash(2));
  Outcome printed = Call("ab", "print-inside", {id});
  EXPECT_EQ(Text(printed), "(ok u1)");
  EXPECT_TRUE(printed.events.empty());
  EXPECT_EQ(Text(Call("ab", "write-inside", {id})), "(ok u0)");
  EXPECT_EQ(Text(Read("ab", "now")), "u0");
}

TEST_P(BlockNativesTest, AtBlockRefusesBadAndUnknownBlocks) {
  StartAt(costs::Epoch::k30);
  DeployOk("ab", kAtBlock);
  Outcome unknown = Read("ab", "at", {Value::Buffer(util::Bytes(32, 0xab)).value()});
  EXPECT_EQ(Text(unknown), "runtime:Runtime:UnknownBlockHeaderHash");
  // The block being executed is not in its own past.
  EXPECT_EQ(Text(Read("ab", "at", {Buff(*Chain().IndexBlockHash(store().CurrentBlockHeight()))})),
            "runtime:Runtime:UnknownBlockHeaderHash");
  DeployOk("short", "(define-read-only (at) (at-block 0x0102 u1))");
  EXPECT_EQ(Text(Read("short", "at")), "runtime:Runtime:BadBlockHash");
  EXPECT_EQ(Text(Read("ab", "at-int")), "runtime:RuntimeCheck:TypeValueError");
  EXPECT_EQ(Text(Read("ab", "at", {Buff(*Chain().IndexBlockHash(1))})), "u1");
}

TEST_P(BlockNativesTest, AtBlockBeforeAContractExistedSeesNoneOfItsData) {
  StartAt(costs::Epoch::k30);
  Mine();  // block 2 exists before the contract
  DeployOk("late", R"(
(define-data-var x uint u5)
(define-fungible-token t)
(define-read-only (x-at (h uint)) (at-block (unwrap-panic (get-stacks-block-info? id-header-hash h)) (var-get x)))
(define-read-only (supply-at (h uint))
  (at-block (unwrap-panic (get-stacks-block-info? id-header-hash h)) (ft-get-supply t)))
)");
  Mine();
  EXPECT_EQ(Text(Read("late", "x-at", {U(3)})), "u5");
  EXPECT_EQ(Text(Read("late", "x-at", {U(2)})), "none");
  // A token's supply is always stored from its definition on; before it the reference fails with an internal
  // error, and so do we: an error of the call's outcome, not a damaged store.
  Outcome before = Read("late", "supply-at", {U(2)});
  ASSERT_TRUE(before.error);
  EXPECT_EQ(Text(before), "runtime:Internal:Expect") << before.error->ToString();
  EXPECT_EQ(Text(Read("late", "supply-at", {U(3)})), "u0");
}

TEST_P(BlockNativesTest, AtBlockIsGoneFromEpoch34) {
  StartAt(costs::Epoch::k34);
  DeployOk("ab", "(define-read-only (at (id (buff 32))) (at-block id u1))", kDeployer, ClarityVersion::kClarity4);
  EXPECT_EQ(Text(Read("ab", "at", {Buff(*Chain().IndexBlockHash(1))})), "runtime:RuntimeCheck:AtBlockUnavailable");
  // Clarity 5 has no at-block at all.
  EXPECT_EQ(Text(Deploy("c5", "(at-block 0x00 u1)", kDeployer, ClarityVersion::kClarity5)),
            "analysis:Unchecked:UndefinedFunction");
}

INSTANTIATE_TEST_SUITE_P(Stores, BlockNativesTest, ::testing::Values("memory", "sqlite"),
                         [](const ::testing::TestParamInfo<std::string>& kind) { return kind.param; });

// A store that keeps no history: at-block fails with its error rather than reading the latest state.
class LatestOnlyStore final : public storage::ClarityStore {
 public:
  util::Result<std::optional<std::string>> Get(std::string_view key) override { return m_inner.Get(key); }
  util::Status PutAll(const storage::WriteBatch& batch) override { return m_inner.PutAll(batch); }
  util::Result<std::optional<std::string>> GetMetadata(const ContractIdentifier& contract,
                                                       std::string_view key) override {
    return m_inner.GetMetadata(contract, key);
  }
  uint32_t CurrentBlockHeight() const override { return m_inner.CurrentBlockHeight(); }
  util::Status SetCurrentBlockHeight(uint32_t height) override { return m_inner.SetCurrentBlockHeight(height); }

 private:
  storage::MemoryStore m_inner;
};

TEST(AtBlockStoreTest, StoresWithoutHistoryRefuseAtBlock) {
  LatestOnlyStore store;
  ASSERT_TRUE(store.SetCurrentBlockHeight(5));
  storage::WriteStack stack(store);
  costs::CostTracker tracker(costs::BlockLimit(costs::Epoch::k30, costs::Network::kMainnet));
  storage::SimnetBlockInfo chain(storage::SimnetChain{.tip_height = 5, .nakamoto = true});
  TransactionContext tx{&stack, &tracker, ChainContext{.epoch = costs::Epoch::k30, .block_info = &chain}, nullptr};
  DeployRequest deploy;
  deploy.sender = Address(kDeployer);
  deploy.name = "ab";
  deploy.source = "(define-data-var x uint u0) (define-read-only (at (id (buff 32))) (at-block id (var-get x)))";
  deploy.clarity_version = ClarityVersion::kClarity3;
  ASSERT_TRUE(DeployContract(tx, deploy).value().committed);
  const storage::BlockHash id = *chain.IndexBlockHash(4);
  CallRequest call{ContractIdentifier{Address(kDeployer), "ab"},
                   "at",
                   {Value::Buffer(util::Bytes(id.begin(), id.end())).value()},
                   codec::ParsePrincipal(kDeployer).value(),
                   std::nullopt};
  Outcome o = CallReadOnly(tx, call).value();
  ASSERT_TRUE(o.error);
  EXPECT_EQ(o.error->code, ErrorCode::kUnimplemented) << o.error->ToString();
}

}  // namespace
}  // namespace stacks::clarity::vm
