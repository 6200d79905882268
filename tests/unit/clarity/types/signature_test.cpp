#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clarity/types/limits.h"
#include "clarity/types/type_signature.h"
#include "test_util.h"

namespace stacks::clarity {
namespace {

using util::ErrorCode;

using stacks::testing::ErrorOf;

class SignatureTest : public ::testing::Test {
 protected:
  static TypeSignature Must(util::Result<TypeSignature> r) {
    if (!r) ADD_FAILURE() << r.error().ToString();
    return std::move(r).value();
  }
  static TypeSignature Buff(uint32_t n) { return Must(TypeSignature::Buffer(n)); }
  static TypeSignature Ascii(uint32_t n) { return Must(TypeSignature::StringAscii(n)); }
  static TypeSignature Utf8(uint32_t n) { return Must(TypeSignature::StringUtf8(n)); }
  static TypeSignature Opt(TypeSignature t) { return Must(TypeSignature::Optional(std::move(t))); }
  static TypeSignature Resp(TypeSignature ok, TypeSignature err) {
    return Must(TypeSignature::Response(std::move(ok), std::move(err)));
  }
  static TypeSignature ListOf(TypeSignature t, uint32_t n) { return Must(TypeSignature::List(std::move(t), n)); }
  static TypeSignature TupleOf(std::vector<TupleFieldType> fields) {
    return Must(TypeSignature::Tuple(std::move(fields)));
  }
  // QualifiedContractIdentifier::local(name) in the reference: the transient issuer (version 1, hash 0x01 * 20).
  static ContractIdentifier Local(std::string name) {
    StandardPrincipal issuer{1, {}};
    issuer.hash160.fill(1);
    return {issuer, std::move(name)};
  }
  static TypeSignature Trait(const std::string& name) {
    return TypeSignature::CallableTrait({name, Local("__transient")});
  }
};

TEST_F(SignatureTest, PrintsAsTheReference) {
  EXPECT_EQ(TypeSignature::NoType().ToString(), "UnknownType");
  EXPECT_EQ(TypeSignature::Int().ToString(), "int");
  EXPECT_EQ(TypeSignature::UInt().ToString(), "uint");
  EXPECT_EQ(TypeSignature::Bool().ToString(), "bool");
  EXPECT_EQ(TypeSignature::Principal().ToString(), "principal");
  EXPECT_EQ(Buff(32).ToString(), "(buff 32)");
  EXPECT_EQ(Ascii(14).ToString(), "(string-ascii 14)");
  EXPECT_EQ(Utf8(40).ToString(), "(string-utf8 40)");
  EXPECT_EQ(Opt(TypeSignature::Int()).ToString(), "(optional int)");
  EXPECT_EQ(Resp(TypeSignature::Bool(), TypeSignature::UInt()).ToString(), "(response bool uint)");
  EXPECT_EQ(ListOf(TypeSignature::UInt(), 10).ToString(), "(list 10 uint)");
  EXPECT_EQ(TupleOf({{"b", TypeSignature::UInt()}, {"a", TypeSignature::Int()}}).ToString(),
            "(tuple (a int) (b uint))");
  // pox-4's pox-addr, as the type checker prints it.
  EXPECT_EQ(TupleOf({{"version", Buff(1)}, {"hashbytes", Buff(32)}}).ToString(),
            "(tuple (hashbytes (buff 32)) (version (buff 1)))");
  StandardPrincipal issuer = codec::StacksAddress::Parse("SP3FBR2AGK5H9QBDH3EEN6DF8EK8JY7RX8QJ5SVTE").value();
  TraitIdentifier trait{"sip-010-trait", {issuer, "sip-010-trait-ft-standard"}};
  EXPECT_EQ(TypeSignature::CallableTrait(trait).ToString(),
            "<SP3FBR2AGK5H9QBDH3EEN6DF8EK8JY7RX8QJ5SVTE.sip-010-trait-ft-standard.sip-010-trait>");
  EXPECT_EQ(TypeSignature::CallablePrincipal({issuer, "c"}).ToString(),
            "(principal SP3FBR2AGK5H9QBDH3EEN6DF8EK8JY7RX8QJ5SVTE.c)");
  EXPECT_EQ(TypeSignature::ListUnion({ContractIdentifier{issuer, "c"}}).ToString(), "principal");
}

TEST_F(SignatureTest, SizesMatchTheReference) {
  // signatures.rs tests: size, type_size, depth.
  EXPECT_EQ(Buff(1).Size(), 5u);
  EXPECT_EQ(Buff(20).Size(), 24u);
  EXPECT_EQ(Buff(65).Size(), 69u);
  EXPECT_EQ(Buff(MAX_VALUE_SIZE).Size(), MAX_VALUE_SIZE + 4);
  EXPECT_EQ(Ascii(40).Size(), 44u);
  EXPECT_EQ(Utf8(40).Size(), 4u + 160u);
  EXPECT_EQ(Buff(32).TypeSize().value(), 5u);
  EXPECT_EQ(Buff(32).Depth(), 1);
  EXPECT_EQ(Opt(TypeSignature::Int()).Size(), 17u);
  EXPECT_EQ(Resp(TypeSignature::Int(), TypeSignature::Bool()).Size(), 17u);
  EXPECT_EQ(TypeSignature::Principal().Size(), 148u);
  EXPECT_EQ(Trait("t").Size(), 276u);
  // (list 10 int): 16 * 10 + (1 + 5).
  EXPECT_EQ(ListOf(TypeSignature::Int(), 10).Size(), 166u);
  EXPECT_EQ(ListOf(TypeSignature::Int(), 10).TypeSize().value(), 6u);
  // (tuple (a int) (b bool)): 2*2 + type size (2*2 + 1 + 1 + 1 + 1) + (16 + 1) + (1 + 1).
  TypeSignature ab = TupleOf({{"a", TypeSignature::Int()}, {"b", TypeSignature::Bool()}});
  EXPECT_EQ(ab.TypeSize().value(), 8u);
  EXPECT_EQ(ab.Size(), 4u + 8u + 17u + 2u);
  EXPECT_EQ(ab.Depth(), 2);
  EXPECT_EQ(ListOf(Opt(TypeSignature::Int()), 2).Depth(), 3);
}

TEST_F(SignatureTest, ConstructorsEnforceLimits) {
  EXPECT_EQ(ErrorOf(TypeSignature::Buffer(MAX_VALUE_SIZE + 1)).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(TypeSignature::StringAscii(MAX_VALUE_SIZE + 1)).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(TypeSignature::StringUtf8(MAX_UTF8_VALUE_SIZE + 1)).code, ErrorCode::kResourceExhausted);
  EXPECT_TRUE(TypeSignature::StringUtf8(MAX_UTF8_VALUE_SIZE));
  // ListTypeData::new_list(IntType, MAX_VALUE_SIZE) is too large.
  EXPECT_EQ(ErrorOf(TypeSignature::List(TypeSignature::Int(), MAX_VALUE_SIZE)).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(TypeSignature::List(TypeSignature::Int(), UINT32_MAX)).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(TypeSignature::Optional(Buff(MAX_VALUE_SIZE))).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(TypeSignature::Response(TypeSignature::Int(), Buff(MAX_VALUE_SIZE))).code,
            ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(TypeSignature::Tuple({})).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(TypeSignature::Tuple({{"a", TypeSignature::Int()}, {"a", TypeSignature::Int()}})).code,
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(TypeSignature::Tuple({{"9", TypeSignature::Int()}})).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(TypeSignature::Tuple({{"a", Buff(MAX_VALUE_SIZE)}})).code, ErrorCode::kResourceExhausted);
}

TEST_F(SignatureTest, DepthIsLimitedTo32) {
  TypeSignature t = TypeSignature::Int();
  for (int i = 1; i < MAX_TYPE_DEPTH; ++i) t = Opt(t);
  EXPECT_EQ(t.Depth(), MAX_TYPE_DEPTH);
  EXPECT_EQ(ErrorOf(TypeSignature::Optional(t)).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(TypeSignature::Response(t, TypeSignature::Int())).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(TypeSignature::List(t, 1)).code, ErrorCode::kResourceExhausted);
  EXPECT_EQ(ErrorOf(TypeSignature::Tuple({{"a", t}})).code, ErrorCode::kResourceExhausted);
}

TEST_F(SignatureTest, MaxSerializedSize) {
  EXPECT_EQ(TypeSignature::Int().MaxSerializedSize().value(), 17u);
  EXPECT_EQ(TypeSignature::Bool().MaxSerializedSize().value(), 1u);
  EXPECT_EQ(Buff(32).MaxSerializedSize().value(), 37u);
  EXPECT_EQ(Utf8(2).MaxSerializedSize().value(), 13u);
  EXPECT_EQ(TypeSignature::Principal().MaxSerializedSize().value(), 151u);
  EXPECT_EQ(ListOf(TypeSignature::UInt(), 3).MaxSerializedSize().value(), 1u + 4u + 3u * 17u);
  EXPECT_EQ(TupleOf({{"ab", TypeSignature::Bool()}}).MaxSerializedSize().value(), 1u + 4u + 1u + 2u + 1u);
  EXPECT_EQ(Opt(TypeSignature::NoType()).MaxSerializedSize().value(), 1u);  // only `none`
  EXPECT_EQ(Resp(TypeSignature::NoType(), TypeSignature::Int()).MaxSerializedSize().value(), 18u);
  EXPECT_EQ(ErrorOf(TypeSignature::NoType().MaxSerializedSize()).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(Resp(TypeSignature::NoType(), TypeSignature::NoType()).MaxSerializedSize()).code,
            ErrorCode::kInvalidArgument);
}

TEST_F(SignatureTest, AdmitsByLengthAndNoTypeSides) {
  EXPECT_TRUE(AdmitsType(Buff(3), Buff(2)).value());
  EXPECT_FALSE(AdmitsType(Buff(2), Buff(3)).value());
  EXPECT_FALSE(AdmitsType(Buff(3), Ascii(2)).value());
  EXPECT_TRUE(AdmitsType(ListOf(TypeSignature::Int(), 2), ListOf(TypeSignature::NoType(), 0)).value());
  EXPECT_FALSE(AdmitsType(ListOf(TypeSignature::Int(), 2), ListOf(TypeSignature::Int(), 3)).value());
  EXPECT_TRUE(AdmitsType(Opt(TypeSignature::Int()), Opt(TypeSignature::NoType())).value());
  EXPECT_TRUE(AdmitsType(Resp(TypeSignature::Int(), Buff(4)), Resp(TypeSignature::NoType(), Buff(1))).value());
  EXPECT_FALSE(AdmitsType(Resp(TypeSignature::Int(), Buff(4)), Resp(TypeSignature::UInt(), Buff(1))).value());
  TypeSignature ab = TupleOf({{"a", TypeSignature::Int()}, {"b", Buff(4)}});
  EXPECT_TRUE(AdmitsType(ab, TupleOf({{"a", TypeSignature::Int()}, {"b", Buff(1)}})).value());
  EXPECT_FALSE(AdmitsType(ab, TupleOf({{"a", TypeSignature::Int()}})).value());
  EXPECT_FALSE(AdmitsType(ab, TupleOf({{"a", TypeSignature::Int()}, {"c", Buff(1)}})).value());
  EXPECT_TRUE(AdmitsType(TypeSignature::Principal(), TypeSignature::CallablePrincipal(Local("foo"))).value());
  EXPECT_FALSE(AdmitsType(TypeSignature::Principal(), Trait("foo")).value());
  EXPECT_TRUE(AdmitsType(Trait("foo"), Trait("foo")).value());
  EXPECT_EQ(ErrorOf(AdmitsType(TypeSignature::NoType(), TypeSignature::Int())).code, ErrorCode::kInvalidArgument);
}

TEST_F(SignatureTest, LeastSupertypeOfCompatibleTypes) {
  // Cases from the reference's test_least_supertype, checked both ways round.
  TypeSignature list_union = TypeSignature::ListUnion({Local("foo"), TraitIdentifier{"foo", Local("__transient")}});
  TypeSignature list_union2 = TypeSignature::ListUnion({Local("bar"), TraitIdentifier{"bar", Local("__transient")}});
  TypeSignature merged = TypeSignature::ListUnion({Local("foo"), TraitIdentifier{"foo", Local("__transient")},
                                                   Local("bar"), TraitIdentifier{"bar", Local("__transient")}});
  TypeSignature principals = TypeSignature::ListUnion({Local("foo"), Local("bar")});
  struct Case {
    TypeSignature a, b, expected;
  };
  std::vector<Case> cases = {
      {TypeSignature::NoType(), TypeSignature::NoType(), TypeSignature::NoType()},
      {TypeSignature::NoType(), TypeSignature::Int(), TypeSignature::Int()},
      {TypeSignature::NoType(), ListOf(TypeSignature::Int(), 42), ListOf(TypeSignature::Int(), 42)},
      {TypeSignature::NoType(), list_union, list_union},
      {TypeSignature::Int(), TypeSignature::Int(), TypeSignature::Int()},
      {list_union, list_union, list_union},
      {Buff(MAX_VALUE_SIZE), Buff(1), Buff(MAX_VALUE_SIZE)},
      {ListOf(TypeSignature::Int(), 17), ListOf(TypeSignature::Int(), 42), ListOf(TypeSignature::Int(), 42)},
      {Ascii(1), Ascii(17), Ascii(17)},
      {Utf8(1), Utf8(MAX_UTF8_VALUE_SIZE), Utf8(MAX_UTF8_VALUE_SIZE)},
      {TypeSignature::Principal(), TypeSignature::CallablePrincipal(Local("__transient")), TypeSignature::Principal()},
      {TypeSignature::Principal(), principals, TypeSignature::Principal()},
      {TypeSignature::CallablePrincipal(Local("foo")), TypeSignature::CallablePrincipal(Local("bar")), principals},
      {list_union, list_union2, merged},
      {ListOf(Buff(16), 5), ListOf(Buff(1), 3), ListOf(Buff(16), 5)},
      {TupleOf({{"b", Ascii(1)}}), TupleOf({{"b", Ascii(17)}}), TupleOf({{"b", Ascii(17)}})},
      {Opt(Ascii(1)), Opt(Ascii(17)), Opt(Ascii(17))},
      {Resp(TypeSignature::Principal(), list_union),
       Resp(TypeSignature::CallablePrincipal(Local("__transient")), list_union2),
       Resp(TypeSignature::Principal(), merged)},
      {ListOf(TypeSignature::NoType(), 0), ListOf(TypeSignature::Int(), 3), ListOf(TypeSignature::Int(), 3)},
      {Opt(TypeSignature::NoType()), Opt(TypeSignature::Int()), Opt(TypeSignature::Int())},
      {Resp(TypeSignature::Int(), TypeSignature::NoType()), Resp(TypeSignature::NoType(), TypeSignature::Bool()),
       Resp(TypeSignature::Int(), TypeSignature::Bool())},
  };
  for (const Case& c : cases) {
    EXPECT_TRUE(LeastSupertype(c.a, c.b).value() == c.expected) << c.a.ToString() << " / " << c.b.ToString();
    EXPECT_TRUE(LeastSupertype(c.b, c.a).value() == c.expected) << c.b.ToString() << " / " << c.a.ToString();
  }
}

TEST_F(SignatureTest, LeastSupertypeOfIncompatibleTypes) {
  TypeSignature list_union = TypeSignature::ListUnion({Local("foo"), TraitIdentifier{"foo", Local("__transient")}});
  TypeSignature principals = TypeSignature::ListUnion({Local("foo"), Local("bar")});
  std::vector<std::pair<TypeSignature, TypeSignature>> cases = {
      {TypeSignature::Int(), TypeSignature::UInt()},
      {TypeSignature::Bool(), TypeSignature::Int()},
      {Buff(MAX_VALUE_SIZE), Ascii(MAX_VALUE_SIZE)},
      {ListOf(TypeSignature::UInt(), 42), ListOf(TypeSignature::Int(), 42)},
      {Utf8(1), Ascii(17)},
      {Utf8(1), Buff(1)},
      {TupleOf({{"a", TypeSignature::Int()}}), TupleOf({{"a", TypeSignature::UInt()}})},
      {Opt(TypeSignature::Int()), Opt(Utf8(1))},
      {Resp(TypeSignature::Int(), TypeSignature::Bool()), Resp(TypeSignature::Bool(), TypeSignature::Int())},
      {TypeSignature::CallablePrincipal(Local("__transient")), TypeSignature::Int()},
      {Trait("foo"), TypeSignature::Principal()},
      {list_union, TypeSignature::Principal()},
      {Ascii(1), principals},
      {ListOf(Buff(16), 5), ListOf(Ascii(1), 3)},
  };
  for (const auto& [a, b] : cases) {
    EXPECT_EQ(ErrorOf(LeastSupertype(a, b)).code, ErrorCode::kInvalidArgument) << a.ToString() << " / " << b.ToString();
    EXPECT_EQ(ErrorOf(LeastSupertype(b, a)).code, ErrorCode::kInvalidArgument) << b.ToString() << " / " << a.ToString();
  }
}

TEST_F(SignatureTest, LeastSupertypeOfTuplesKeepsTheFirstFieldSet) {
  TypeSignature ab = TupleOf({{"a", TypeSignature::Int()}, {"b", TypeSignature::Int()}});
  TypeSignature abc = TupleOf({{"a", TypeSignature::Int()}, {"b", TypeSignature::Int()}, {"c", TypeSignature::Int()}});
  EXPECT_TRUE(LeastSupertype(ab, abc).value() == ab);
  EXPECT_EQ(ErrorOf(LeastSupertype(abc, ab)).code, ErrorCode::kInvalidArgument);
}

TEST_F(SignatureTest, LeastSupertypeFailsWhenTheResultIsTooLarge) {
  // Two lists that are each within limits but whose union of length and entry size is not.
  TypeSignature long_small = ListOf(Buff(1), 100000);
  TypeSignature short_big = ListOf(Buff(1000), 10);
  EXPECT_EQ(ErrorOf(LeastSupertype(long_small, short_big)).code, ErrorCode::kResourceExhausted);
}

TEST_F(SignatureTest, Epoch20RulesMatchOnTypesWithoutCallables) {
  // admits_type_v2_0 and least_supertype_v2_0 differ from the 2.1 rules only on callable types.
  EXPECT_TRUE(AdmitsTypeV2_0(Buff(3), Buff(2)).value());
  EXPECT_FALSE(AdmitsTypeV2_0(Buff(2), Buff(3)).value());
  EXPECT_TRUE(AdmitsTypeV2_0(ListOf(TypeSignature::Int(), 2), ListOf(TypeSignature::NoType(), 0)).value());
  EXPECT_FALSE(AdmitsTypeV2_0(ListOf(TypeSignature::Int(), 2), ListOf(TypeSignature::Int(), 3)).value());
  EXPECT_TRUE(AdmitsTypeV2_0(Opt(Ascii(4)), Opt(TypeSignature::NoType())).value());
  EXPECT_TRUE(AdmitsTypeV2_0(Resp(TypeSignature::Int(), Buff(4)), Resp(TypeSignature::NoType(), Buff(1))).value());
  EXPECT_FALSE(AdmitsTypeV2_0(Resp(TypeSignature::Int(), Buff(4)), Resp(TypeSignature::UInt(), Buff(1))).value());
  TypeSignature ab = TupleOf({{"a", TypeSignature::Int()}, {"b", Buff(4)}});
  EXPECT_TRUE(AdmitsTypeV2_0(ab, TupleOf({{"a", TypeSignature::Int()}, {"b", Buff(1)}})).value());
  EXPECT_FALSE(AdmitsTypeV2_0(ab, TupleOf({{"a", TypeSignature::Int()}})).value());
  EXPECT_EQ(ErrorOf(AdmitsTypeV2_0(TypeSignature::NoType(), TypeSignature::Int())).code, ErrorCode::kInvalidArgument);
  struct Case {
    TypeSignature a, b, expected;
  };
  const std::vector<Case> cases = {
      {TypeSignature::NoType(), TypeSignature::Int(), TypeSignature::Int()},
      {Buff(MAX_VALUE_SIZE), Buff(1), Buff(MAX_VALUE_SIZE)},
      {ListOf(TypeSignature::Int(), 17), ListOf(TypeSignature::Int(), 42), ListOf(TypeSignature::Int(), 42)},
      {ListOf(TypeSignature::NoType(), 0), ListOf(TypeSignature::Int(), 3), ListOf(TypeSignature::Int(), 3)},
      {TupleOf({{"b", Ascii(1)}}), TupleOf({{"b", Ascii(17)}}), TupleOf({{"b", Ascii(17)}})},
      {Opt(TypeSignature::NoType()), Opt(Utf8(2)), Opt(Utf8(2))},
      {Resp(TypeSignature::Int(), TypeSignature::NoType()), Resp(TypeSignature::NoType(), TypeSignature::Bool()),
       Resp(TypeSignature::Int(), TypeSignature::Bool())},
      {TypeSignature::TraitReference({"t", Local("a")}), TypeSignature::TraitReference({"t", Local("a")}),
       TypeSignature::TraitReference({"t", Local("a")})},
  };
  for (const Case& c : cases) {
    EXPECT_TRUE(LeastSupertypeV2_0(c.a, c.b).value() == c.expected) << c.a.ToString() << " / " << c.b.ToString();
    EXPECT_TRUE(LeastSupertypeV2_0(c.b, c.a).value() == c.expected) << c.b.ToString() << " / " << c.a.ToString();
  }
  EXPECT_EQ(ErrorOf(LeastSupertypeV2_0(TypeSignature::Int(), TypeSignature::UInt())).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(LeastSupertypeV2_0(ListOf(Buff(1), 100000), ListOf(Buff(1000), 10))).code,
            ErrorCode::kResourceExhausted);
}

TEST_F(SignatureTest, Epoch20RulesHaveNoCallables) {
  // A contract principal is not resolved to `principal` before it is compared...
  EXPECT_TRUE(AdmitsType(TypeSignature::Principal(), TypeSignature::CallablePrincipal(Local("foo"))).value());
  EXPECT_FALSE(AdmitsTypeV2_0(TypeSignature::Principal(), TypeSignature::CallablePrincipal(Local("foo"))).value());
  // ...a callable or a union cannot be the admitting type...
  EXPECT_EQ(ErrorOf(AdmitsTypeV2_0(Trait("foo"), Trait("foo"))).code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(ErrorOf(AdmitsTypeV2_0(Trait("foo"), Trait("foo"))).message,
            Trait("foo").ToString() + " should not be used in 2.0");
  EXPECT_EQ(ErrorOf(AdmitsTypeV2_0(TypeSignature::CallablePrincipal(Local("a")), TypeSignature::Principal())).code,
            ErrorCode::kFailedPrecondition);
  EXPECT_EQ(ErrorOf(AdmitsTypeV2_0(TypeSignature::ListUnion({Local("a")}), TypeSignature::Principal())).code,
            ErrorCode::kFailedPrecondition);
  // ...and callables unify only with an equal type.
  const TypeSignature a = TypeSignature::CallablePrincipal(Local("a"));
  const TypeSignature b = TypeSignature::CallablePrincipal(Local("b"));
  EXPECT_TRUE(LeastSupertype(a, b).has_value());
  EXPECT_EQ(ErrorOf(LeastSupertypeV2_0(a, b)).code, ErrorCode::kInvalidArgument);
  EXPECT_TRUE(LeastSupertype(TypeSignature::Principal(), a).has_value());
  EXPECT_EQ(ErrorOf(LeastSupertypeV2_0(TypeSignature::Principal(), a)).code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(ErrorOf(LeastSupertypeV2_0(Trait("foo"), Trait("bar"))).code, ErrorCode::kInvalidArgument);
  EXPECT_TRUE(LeastSupertypeV2_0(a, a).value() == a);
  // A trait reference is admitted by an equal one in both rule sets, and not by the callable trait.
  const TypeSignature reference = TypeSignature::TraitReference({"foo", Local("__transient")});
  EXPECT_TRUE(AdmitsTypeV2_0(reference, reference).value());
  EXPECT_FALSE(AdmitsTypeV2_0(reference, Trait("foo")).value());
  EXPECT_FALSE(AdmitsType(Trait("foo"), reference).value());
}

TEST_F(SignatureTest, CanonicalizeTurnsTraitReferencesIntoCallableTraits) {
  const TraitIdentifier t{"foo", Local("__transient")};
  const TypeSignature reference = TypeSignature::TraitReference(t);
  EXPECT_TRUE(CanonicalizeV2_1(reference) == Trait("foo"));
  EXPECT_TRUE(CanonicalizeV2_1(ListOf(Opt(reference), 3)) == ListOf(Opt(Trait("foo")), 3));
  EXPECT_TRUE(CanonicalizeV2_1(Resp(reference, TypeSignature::Int())) == Resp(Trait("foo"), TypeSignature::Int()));
  EXPECT_TRUE(CanonicalizeV2_1(TupleOf({{"a", reference}, {"b", Buff(2)}})) ==
              TupleOf({{"a", Trait("foo")}, {"b", Buff(2)}}));
  // Other types are returned as they are.
  EXPECT_TRUE(CanonicalizeV2_1(TypeSignature::Principal()) == TypeSignature::Principal());
  EXPECT_TRUE(CanonicalizeV2_1(Trait("foo")) == Trait("foo"));
  EXPECT_TRUE(CanonicalizeV2_1(ListOf(TypeSignature::Int(), 2)) == ListOf(TypeSignature::Int(), 2));
}

TEST_F(SignatureTest, EqualityIsStructural) {
  EXPECT_TRUE(ListOf(TypeSignature::Int(), 3) == ListOf(TypeSignature::Int(), 3));
  EXPECT_FALSE(ListOf(TypeSignature::Int(), 3) == ListOf(TypeSignature::Int(), 4));
  EXPECT_FALSE(Buff(3) == Ascii(3));
  EXPECT_TRUE(TupleOf({{"b", TypeSignature::Int()}, {"a", Buff(2)}}) ==
              TupleOf({{"a", Buff(2)}, {"b", TypeSignature::Int()}}));
  EXPECT_TRUE(TypeSignature::ListUnion({Local("a"), Local("b"), Local("a")}) ==
              TypeSignature::ListUnion({Local("b"), Local("a")}));
  ASSERT_NE(TupleOf({{"a", Buff(2)}}).FieldType("a"), nullptr);
  EXPECT_EQ(TupleOf({{"a", Buff(2)}}).FieldType("b"), nullptr);
}

}  // namespace
}  // namespace stacks::clarity
