// ResolveTraits: define-trait, use-trait, impl-trait and the `<name>` references they allow. Cases from the
// reference's trait_checker/tests.rs that stop at build_ast (collisions, stored trait references, cycles) are
// re-expressed here and in build_ast_test.cpp.
#include "clarity/ast/traits_resolver.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clarity/ast/parser.h"
#include "test_util.h"

namespace stacks::clarity::ast {
namespace {

using stacks::testing::ErrorOf;
using util::ErrorCode;

constexpr std::string_view kAddress = "ST1PQHQKV0RJXZFY1DGX8MNSNYVE3VGZJSRTPGZGM";

class TraitsResolverTest : public ::testing::Test {
 protected:
  static ContractIdentifier Contract(std::string name) {
    util::Result<codec::StacksAddress> issuer = codec::StacksAddress::Parse(kAddress);
    EXPECT_TRUE(issuer.has_value());
    return ContractIdentifier{*issuer, std::move(name)};
  }
  static util::Result<TraitsResolution> Resolve(std::string_view source, ParseError* detail = nullptr) {
    util::Result<std::vector<PreSymbolicExpression>> pre = ParsePreExpressions(source);
    EXPECT_TRUE(pre.has_value()) << (pre ? "" : pre.error().message);
    if (!pre) return pre.error();
    return ResolveTraits(*pre, Contract("me"), detail);
  }
  static std::string Refusal(std::string_view source) {
    util::Result<TraitsResolution> r = Resolve(source);
    return r ? "" : r.error().message;
  }
};

TEST_F(TraitsResolverTest, CollectsDefinedImportedAndImplementedTraits) {
  util::Result<TraitsResolution> r = Resolve(
      "(define-trait local ((m (uint) (response uint uint))))\n"
      "(use-trait sugared .other.tr)\n"
      "(use-trait full 'SP000000000000000000002Q6VF78.pox-4.tr2)\n"
      "(impl-trait .other.tr)\n"
      "(impl-trait 'SP000000000000000000002Q6VF78.pox-4.tr2)\n"
      "(define-public (f (a <local>) (b <sugared>) (c <full>)) (ok u1))");
  ASSERT_TRUE(r.has_value()) << r.error().message;
  ASSERT_EQ(r->referenced_traits.size(), 3u);
  const ReferencedTrait& local = r->referenced_traits.at("local");
  EXPECT_EQ(local.origin, ReferencedTrait::Origin::kDefined);
  EXPECT_EQ(local.trait, (TraitIdentifier{"local", Contract("me")}));
  const ReferencedTrait& sugared = r->referenced_traits.at("sugared");
  EXPECT_EQ(sugared.origin, ReferencedTrait::Origin::kImported);
  EXPECT_EQ(sugared.trait, (TraitIdentifier{"tr", Contract("other")}));
  const ReferencedTrait& full = r->referenced_traits.at("full");
  EXPECT_EQ(full.origin, ReferencedTrait::Origin::kImported);
  EXPECT_EQ(full.trait.name, "tr2");
  EXPECT_EQ(full.trait.contract.name, "pox-4");
  ASSERT_EQ(r->implemented_traits.size(), 2u);
  EXPECT_EQ(r->implemented_traits.count(TraitIdentifier{"tr", Contract("other")}), 1u);
}

TEST_F(TraitsResolverTest, AllowsUseBeforeDefinition) {
  EXPECT_EQ(Refusal("(define-public (f (a <later>)) (ok u1)) (define-trait later ((m () (response bool bool))))"), "");
}

TEST_F(TraitsResolverTest, DropsCommentsInsideForms) {
  EXPECT_EQ(Refusal("(define-trait ;; name next\n t ;; methods next\n ((m () (response bool bool))))"), "");
  EXPECT_EQ(Refusal("(use-trait ;; c\n t .c.t)"), "");
  EXPECT_EQ(Refusal("(impl-trait ;; c\n .c.t)"), "");
}

TEST_F(TraitsResolverTest, RefusesBadDefineTrait) {
  const std::string message = "DefineTraitBadSignature: (define-trait ...) expects a trait name and a trait definition";
  EXPECT_EQ(Refusal("(define-trait t)"), message);
  EXPECT_EQ(Refusal("(define-trait t u1)"), message);
  EXPECT_EQ(Refusal("(define-trait (t) ())"), message);
  EXPECT_EQ(Refusal("(define-trait t () ())"), message);
  EXPECT_EQ(Refusal("(define-trait t {a: int})"), message);
  ParseError e;
  EXPECT_EQ(ErrorOf(Resolve("(define-trait)", &e)).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(e.kind, ParseErrorKind::kDefineTraitBadSignature);
}

TEST_F(TraitsResolverTest, RefusesBadUseTrait) {
  const std::string message = "ImportTraitBadSignature: (use-trait ...) expects a trait name and a trait identifier";
  EXPECT_EQ(Refusal("(use-trait t)"), message);
  EXPECT_EQ(Refusal("(use-trait t .c)"), message);
  EXPECT_EQ(Refusal("(use-trait t 'SP000000000000000000002Q6VF78.pox-4)"), message);
  EXPECT_EQ(Refusal("(use-trait \"t\" .c.t)"), message);
  EXPECT_EQ(Refusal("(use-trait t .c.t extra)"), message);
  EXPECT_EQ(Refusal("(use-trait t <t>)"), message);
}

TEST_F(TraitsResolverTest, RefusesBadImplTrait) {
  const std::string message = "ImplTraitBadSignature: (impl-trait ...) expects a trait identifier";
  EXPECT_EQ(Refusal("(impl-trait)"), message);
  EXPECT_EQ(Refusal("(impl-trait .c)"), message);
  EXPECT_EQ(Refusal("(impl-trait .c.t .c.u)"), message);
  EXPECT_EQ(Refusal("(impl-trait <t>)"), message);
}

TEST_F(TraitsResolverTest, RefusesANameUsedTwice) {
  // test_dynamic_dispatch_collision_trait, _defined_trait, _imported_trait.
  EXPECT_EQ(Refusal("(use-trait trait-1 .contract-defining-trait.trait-1)"
                    "(define-trait trait-1 ((get-1 (uint) (response uint uint))))"),
            "NameAlreadyUsed(\"trait-1\"): defining 'trait-1' conflicts with previous value");
  EXPECT_EQ(Refusal("(define-trait trait-1 ((get-1 (uint) (response uint uint))))"
                    "(define-trait trait-1 ((get-1 (int) (response uint uint))))"),
            "NameAlreadyUsed(\"trait-1\"): defining 'trait-1' conflicts with previous value");
  EXPECT_EQ(Refusal("(use-trait trait-1 .contract-defining-trait.trait-1)"
                    "(use-trait trait-1 .contract-defining-trait.trait-2)"),
            "NameAlreadyUsed(\"trait-1\"): defining 'trait-1' conflicts with previous value");
  // The collision is found before the second form's own shape is checked.
  EXPECT_EQ(Refusal("(use-trait t .c.t) (use-trait t .c)"),
            "NameAlreadyUsed(\"t\"): defining 't' conflicts with previous value");
}

TEST_F(TraitsResolverTest, RefusesUnknownTraitReferences) {
  ParseError e;
  util::Result<TraitsResolution> r = Resolve("(define-public (f\n  (x <nope>)) (ok u1))", &e);
  EXPECT_EQ(ErrorOf(r).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(r).message, "TraitReferenceUnknown(\"nope\") at 2:6: use of undeclared trait <nope>");
  EXPECT_EQ(e.kind, ParseErrorKind::kTraitReferenceUnknown);
  EXPECT_EQ(e.span, (Span{2, 6, 2, 11}));
  // In a trait's methods, and in a function body.
  EXPECT_EQ(Refusal("(define-trait t ((m (<u>) (response bool bool))))"),
            "TraitReferenceUnknown(\"u\") at 1:22: use of undeclared trait <u>");
  EXPECT_EQ(Refusal("(define-read-only (f) (let ((a <q>)) a))"),
            "TraitReferenceUnknown(\"q\") at 1:32: use of undeclared trait <q>");
  // Of several, the first in source order.
  EXPECT_EQ(Refusal("(define-public (f (x <b>) (y <a>)) (ok u1))"),
            "TraitReferenceUnknown(\"b\") at 1:22: use of undeclared trait <b>");
}

TEST_F(TraitsResolverTest, RefusesStoredTraitReferences) {
  // test_define_map_storing_trait_references, and the other stored definitions.
  const std::string message = "TraitReferenceNotAllowed: trait references can not be stored";
  EXPECT_EQ(Refusal("(define-trait trait-1 ((get-1 (uint) (response uint uint))))"
                    "(define-map kv-store { key: uint } { value: <trait-1> })"),
            message);
  EXPECT_EQ(Refusal("(define-trait t ((m () (response bool bool)))) (define-constant c <t>)"), message);
  EXPECT_EQ(Refusal("(define-trait t ((m () (response bool bool)))) (define-data-var v <t> .c)"), message);
  EXPECT_EQ(Refusal("(define-trait t ((m () (response bool bool)))) (define-non-fungible-token n (list 2 <t>))"),
            message);
  EXPECT_EQ(Refusal("(define-fungible-token f (unwrap-panic <t>))"), message);
  // The defined name itself is not searched.
  EXPECT_EQ(Refusal("(define-constant <t> 1)"), "");
}

TEST_F(TraitsResolverTest, IgnoresTopLevelExpressionsAndNonDefineLists) {
  // A `<name>` outside define forms is the sugar expansion's to check, not this pass's.
  EXPECT_EQ(Refusal("(list <zz>) <yy> (begin (define-trait x))"), "");
}

}  // namespace
}  // namespace stacks::clarity::ast
