// Data maps (stacks-core clarity/src/vm/analysis/type_checker/v2_1/natives/maps.rs): map-get?, map-set,
// map-insert, map-delete.
#include "clarity/analysis/type_checker_impl.h"
#include "clarity/analysis/type_checker_natives.h"

namespace stacks::clarity::analysis::detail {

namespace {

util::Result<const std::pair<TypeSignature, TypeSignature>*> FindMap(TypeChecker& checker, const std::string& name) {
  const auto& maps = checker.contract().map_types;
  auto it = maps.find(name);
  if (it == maps.end()) return CheckError("NoSuchMap(" + name + ")");
  return &it->second;
}

}  // namespace

util::Result<TypeSignature> CheckFetchEntry(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentsAtLeast(2, args));
  if (args[0].kind != SymbolicExpression::Kind::kAtom) return CheckError("BadMapName");
  STACKS_TRY(TypeSignature key, checker.TypeCheck(args[1], context));
  STACKS_TRY(const auto* map, FindMap(checker, args[0].name));
  const auto& [expected_key, value] = *map;
  STACKS_TRY(uint32_t key_size, TypeSizeOf(expected_key));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisTypeLookup, key_size));
  STACKS_TRY(uint32_t value_size, TypeSizeOf(value));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisTypeLookup, value_size));
  STACKS_RETURN_IF_ERROR(checker.ChargeTypeCheck(expected_key, key));
  STACKS_TRY(TypeSignature result, NewOptional(value));
  STACKS_TRY(bool admitted, checker.Admits(expected_key, key));
  if (!admitted) return TypeError(expected_key, key);
  return result;
}

util::Result<TypeSignature> CheckDeleteEntry(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentsAtLeast(2, args));
  if (args[0].kind != SymbolicExpression::Kind::kAtom) return CheckError("BadMapName");
  STACKS_TRY(TypeSignature key, checker.TypeCheck(args[1], context));
  STACKS_TRY(const auto* map, FindMap(checker, args[0].name));
  const TypeSignature& expected_key = map->first;
  STACKS_TRY(uint32_t key_size, TypeSizeOf(expected_key));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisTypeLookup, key_size));
  STACKS_RETURN_IF_ERROR(checker.ChargeTypeCheck(expected_key, key));
  STACKS_TRY(bool admitted, checker.Admits(expected_key, key));
  if (!admitted) return TypeError(expected_key, key);
  return TypeSignature::Bool();
}

// map-set and map-insert (check_set_or_insert_entry). As the reference, the second lookup is charged at the size
// of the value given, not of the map's value type.
util::Result<TypeSignature> CheckSetEntry(TypeChecker& checker, Args args, const TypingContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgumentsAtLeast(3, args));
  if (args[0].kind != SymbolicExpression::Kind::kAtom) return CheckError("BadMapName");
  STACKS_TRY(TypeSignature key, checker.TypeCheck(args[1], context));
  STACKS_TRY(TypeSignature value, checker.TypeCheck(args[2], context));
  STACKS_TRY(const auto* map, FindMap(checker, args[0].name));
  const auto& [expected_key, expected_value] = *map;
  STACKS_TRY(uint32_t key_size, TypeSizeOf(expected_key));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisTypeLookup, key_size));
  STACKS_TRY(uint32_t value_size, TypeSizeOf(value));
  STACKS_RETURN_IF_ERROR(checker.Charge(CostFunction::kAnalysisTypeLookup, value_size));
  STACKS_RETURN_IF_ERROR(checker.ChargeTypeCheck(expected_key, key));
  STACKS_RETURN_IF_ERROR(checker.ChargeTypeCheck(expected_value, value));
  STACKS_TRY(bool key_admitted, checker.Admits(expected_key, key));
  if (!key_admitted) return TypeError(expected_key, key);
  STACKS_TRY(bool value_admitted, checker.Admits(expected_value, value));
  if (!value_admitted) return TypeError(expected_value, value);
  return TypeSignature::Bool();
}

}  // namespace stacks::clarity::analysis::detail
