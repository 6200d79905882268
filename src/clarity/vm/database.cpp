#include "clarity/vm/database.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "clarity/storage/keys.h"
#include "clarity/types/serialization.h"
#include "clarity/types/value_text.h"
#include "clarity/vm/errors.h"

namespace stacks::clarity::vm {

using ast::SymbolicExpression;
using costs::CostFunction;

util::Result<uint64_t> PutStoredValue(Environment& env, std::string key, const Value& value) {
  std::string hex = SerializeValueToHex(value);
  const uint64_t size = hex.size() / 2;
  // A value that reads back as itself travels with its write, so that reading it again in this transaction does
  // not decode it (GetValue).
  std::optional<Value> decoded;
  if (DeserializesAsItself(value)) decoded = value;
  STACKS_RETURN_IF_ERROR(env.store().Put(std::move(key), std::move(hex), std::move(decoded)));
  return size;
}

namespace {

// The errors below are built out of line, in functions of their own marked cold: formatting a message inline made
// each hot check save registers and reserve stack for it on every call, even the (nearly all) calls that pass.
[[gnu::cold, gnu::noinline]] util::Error TypeValueError(const TypeSignature& type, const Value& value) {
  return Unchecked("TypeValueError(" + type.ToString() + ", " + ToReferenceString(value) + ")");
}

[[gnu::cold, gnu::noinline]] util::Error ArgCountError(size_t expected, size_t got) {
  return Unchecked("IncorrectArgumentCount(" + std::to_string(expected) + ", " + std::to_string(got) + ")");
}

[[gnu::cold, gnu::noinline]] util::Error NoSuchMap(std::string_view name) {
  return Unchecked("NoSuchMap(" + std::string(name) + ")");
}

}  // namespace

util::Status CheckAdmits(const TypeSignature& type, const Value& value) {
  STACKS_TRY(bool admitted, Admits(type, value));
  if (!admitted) return TypeValueError(type, value);
  return {};
}

namespace {

util::Status CheckArgCount(size_t expected, size_t got) {
  if (expected == got) return {};
  return ArgCountError(expected, got);
}

util::Result<std::string> AtomName(const SymbolicExpression& e) {
  if (e.kind != SymbolicExpression::Kind::kAtom) return Unchecked("ExpectedName");
  return e.name;
}

// AtomName without the copy: the name stays the node's.
util::Result<std::string_view> AtomNameView(const SymbolicExpression& e) {
  if (e.kind != SymbolicExpression::Kind::kAtom) return Unchecked("ExpectedName");
  return std::string_view(e.name);
}

util::Result<const ContractContext*> Contract(Environment& env) {
  const ContractContext* contract = env.contract();
  if (contract == nullptr) return util::FailedPrecondition("data natives need a contract");
  return contract;
}

util::Result<const TypeSignature*> DataVarType(const ContractContext& contract, const std::string& name) {
  auto it = contract.data_vars.find(name);
  if (it == contract.data_vars.end()) return Unchecked("NoSuchDataVariable(" + name + ")");
  return &it->second;
}

util::Result<const DataMapTypes*> MapTypes(const ContractContext& contract, std::string_view name) {
  auto it = contract.maps.find(name);
  if (it == contract.maps.end()) return NoSuchMap(name);
  return &it->second;
}

// (optional value) of a map, what its entries are read as. Errors: the type's, when it is too deep to build.
util::Result<const TypeSignature*> StoredEntryType(const DataMapTypes& types) {
  if (types.stored) return &*types.stored;
  STACKS_TRY(TypeSignature built, TypeSignature::Optional(types.value));
  return InterpreterError("Expect((optional " + built.ToString() + ") was not built with its map)");
}

// The value stored under `key`, read as `type` (get_value), with its serialized length.
struct Stored {
  Value value;
  uint64_t size = 0;
};

util::Result<std::optional<Stored>> GetValue(Environment& env, const std::string& key, const TypeSignature& type) {
  std::string scratch;
  const Value* decoded = nullptr;
  STACKS_TRY(std::optional<std::string_view> hex, env.store().GetView(key, scratch, &decoded));
  if (!hex) return std::optional<Stored>();
  // A pending write of this transaction's that carries its value (PutStoredValue): what decoding would answer.
  if (decoded != nullptr) return std::optional<Stored>(Stored{*decoded, hex->size() / 2});
  DeserializeOptions options;
  options.expected_type = type;
  options.sanitize = env.epoch() >= costs::Epoch::k24;
  util::Result<Value> read = DeserializeValueHex(*hex, options);
  // What this VM wrote it can read: anything else is a damaged store.
  if (!read) return util::Corruption("stored value under " + key + " does not read as " + type.ToString());
  Value value = std::move(read).value();
  return std::optional<Stored>(Stored{std::move(value), hex->size() / 2});
}

util::Result<uint64_t> PutValue(Environment& env, std::string key, const Value& value) {
  return PutStoredValue(env, std::move(key), value);
}

// Charges `function` at `size`, then answers `result` (the reference's _v205 natives charge after the store
// answered, at the length it reports, or on failure at the declared types' size). In Epoch 2.0 nothing is charged
// here: the _v200 natives charged before going to the store (ChargeV200).
util::Result<Value> ChargedResult(Environment& env, CostFunction function, uint64_t size, util::Result<Value> result) {
  if (env.epoch() >= costs::Epoch::k2_05) STACKS_RETURN_IF_ERROR(env.Charge(function, size));
  return result;
}

// A write's ChargedResult: from Epoch 2.05 the length charged (what was written, or the types' size when the write
// failed) also counts as memory until the transaction ends (the _v205 natives' add_memory(result_size)). In 2.0 the
// natives count the values they are given instead (WriteArgumentsMemory).
util::Result<Value> ChargedWrite(Environment& env, CostFunction function, uint64_t size, util::Result<Value> result) {
  if (env.epoch() < costs::Epoch::k2_05) return result;
  STACKS_RETURN_IF_ERROR(env.Charge(function, size));
  STACKS_RETURN_IF_ERROR(env.global().AddMemory(size));
  return result;
}

// Epoch 2.0's natives (_v200), before they go to the store: `function` charged at the declared types' size
// `type_size`, then the key and value given (`values`) count as memory until the transaction ends. Nothing from 2.05.
util::Status ChargeV200(Environment& env, CostFunction function, uint64_t type_size,
                        std::initializer_list<const Value*> values) {
  if (env.epoch() >= costs::Epoch::k2_05) return {};
  STACKS_RETURN_IF_ERROR(env.Charge(function, type_size));
  for (const Value* v : values) STACKS_RETURN_IF_ERROR(env.global().AddMemory(ValueSize(*v)));
  return {};
}

// inner_set_entry (map-set, map-insert): the result and the length to charge.
struct EntryWrite {
  util::Result<Value> result;
  uint64_t size;
};

EntryWrite SetEntry(Environment& env, const DataMapTypes& types, const Value& key, const Value& value,
                    bool only_if_absent) {
  const uint64_t failed_size = uint64_t{types.key.Size()} + types.value.Size();
  if (util::Status s = CheckAdmits(types.key, key); !s) return {s.error(), failed_size};
  if (util::Status s = CheckAdmits(types.value, value); !s) return {s.error(), failed_size};
  const uint64_t key_size = SerializedSize(key);
  std::string store_key = storage::DataMapEntryKey(types.entry_key_prefix, key);
  if (only_if_absent) {
    util::Result<const TypeSignature*> stored_type = StoredEntryType(types);
    if (!stored_type) return {stored_type.error(), failed_size};
    util::Result<std::optional<Stored>> existing = GetValue(env, store_key, **stored_type);
    if (!existing) return {existing.error(), failed_size};
    if (*existing && (*existing)->value.IsSome()) return {Value::Bool(false), key_size};
  }
  util::Result<Value> placed = Value::Some(value);
  if (!placed) return {placed.error(), failed_size};
  util::Result<uint64_t> placed_size = PutValue(env, std::move(store_key), *placed);
  if (!placed_size) return {placed_size.error(), failed_size};
  return {Value::Bool(true), key_size + *placed_size};
}

util::Result<Value> SpecialSetOrInsert(Args args, Environment& env, const LocalContext& context, bool insert) {
  STACKS_RETURN_IF_ERROR(CheckArgCount(3, args.size()));
  STACKS_TRY(Value key, Eval(args[1], env, context));
  STACKS_TRY(Value value, Eval(args[2], env, context));
  STACKS_TRY(std::string_view name, AtomNameView(args[0]));
  STACKS_TRY(const ContractContext* contract, Contract(env));
  STACKS_TRY(const DataMapTypes* types, MapTypes(*contract, name));
  STACKS_RETURN_IF_ERROR(
      ChargeV200(env, CostFunction::kSetEntry, uint64_t{types->key.Size()} + types->value.Size(), {&key, &value}));
  EntryWrite write = SetEntry(env, *types, key, value, insert);
  return ChargedWrite(env, CostFunction::kSetEntry, write.size, std::move(write.result));
}

}  // namespace

util::Result<Value> SpecialFetchVariable(Args args, Environment& env, const LocalContext& /*context*/) {
  STACKS_RETURN_IF_ERROR(CheckArgCount(1, args.size()));
  STACKS_TRY(std::string name, AtomName(args[0]));
  STACKS_TRY(const ContractContext* contract, Contract(env));
  STACKS_TRY(const TypeSignature* type, DataVarType(*contract, name));
  STACKS_RETURN_IF_ERROR(ChargeV200(env, CostFunction::kFetchVar, type->Size(), {}));
  util::Result<std::optional<Stored>> stored = GetValue(env, storage::DataVarKey(contract->identifier, name), *type);
  if (!stored) return ChargedResult(env, CostFunction::kFetchVar, type->Size(), stored.error());
  if (!*stored) return ChargedResult(env, CostFunction::kFetchVar, 1, Value::None());  // NONE_SERIALIZATION_LEN
  return ChargedResult(env, CostFunction::kFetchVar, (*stored)->size, std::move((*stored)->value));
}

util::Result<Value> SpecialSetVariable(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgCount(2, args.size()));
  STACKS_TRY(Value value, Eval(args[1], env, context));
  STACKS_TRY(std::string name, AtomName(args[0]));
  STACKS_TRY(const ContractContext* contract, Contract(env));
  STACKS_TRY(const TypeSignature* type, DataVarType(*contract, name));
  STACKS_RETURN_IF_ERROR(ChargeV200(env, CostFunction::kSetVar, type->Size(), {&value}));
  if (util::Status admitted = CheckAdmits(*type, value); !admitted) {
    return ChargedWrite(env, CostFunction::kSetVar, type->Size(), admitted.error());
  }
  util::Result<uint64_t> size = PutValue(env, storage::DataVarKey(contract->identifier, name), value);
  if (!size) return ChargedWrite(env, CostFunction::kSetVar, type->Size(), size.error());
  return ChargedWrite(env, CostFunction::kSetVar, *size, Value::Bool(true));
}

util::Result<Value> SpecialFetchEntry(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgCount(2, args.size()));
  STACKS_TRY(std::string_view name, AtomNameView(args[0]));
  STACKS_TRY(Value key, EvalBorrowed(args[1], env, context));
  STACKS_TRY(const ContractContext* contract, Contract(env));
  STACKS_TRY(const DataMapTypes* types, MapTypes(*contract, name));
  const uint64_t failed_size = uint64_t{types->key.Size()} + types->value.Size();
  STACKS_RETURN_IF_ERROR(ChargeV200(env, CostFunction::kFetchEntry, failed_size, {}));
  if (util::Status admitted = CheckAdmits(types->key, key); !admitted) {
    return ChargedResult(env, CostFunction::kFetchEntry, failed_size, admitted.error());
  }
  const uint64_t key_size = SerializedSize(key);
  util::Result<const TypeSignature*> stored_type = StoredEntryType(*types);
  if (!stored_type) return ChargedResult(env, CostFunction::kFetchEntry, failed_size, stored_type.error());
  // The key is only looked up: it is built in a buffer of the thread's, which keeps its capacity between reads.
  thread_local std::string t_store_key;
  storage::AssignDataMapEntryKey(t_store_key, types->entry_key_prefix, key);
  util::Result<std::optional<Stored>> stored = GetValue(env, t_store_key, **stored_type);
  if (!stored) return ChargedResult(env, CostFunction::kFetchEntry, failed_size, stored.error());
  if (!*stored) return ChargedResult(env, CostFunction::kFetchEntry, key_size, Value::None());
  return ChargedResult(env, CostFunction::kFetchEntry, key_size + (*stored)->size, std::move((*stored)->value));
}

util::Result<Value> SpecialSetEntry(Args args, Environment& env, const LocalContext& context) {
  return SpecialSetOrInsert(args, env, context, /*insert=*/false);
}

util::Result<Value> SpecialInsertEntry(Args args, Environment& env, const LocalContext& context) {
  return SpecialSetOrInsert(args, env, context, /*insert=*/true);
}

util::Result<Value> SpecialDeleteEntry(Args args, Environment& env, const LocalContext& context) {
  STACKS_RETURN_IF_ERROR(CheckArgCount(2, args.size()));
  STACKS_TRY(Value key, EvalBorrowed(args[1], env, context));
  STACKS_TRY(std::string_view name, AtomNameView(args[0]));
  STACKS_TRY(const ContractContext* contract, Contract(env));
  STACKS_TRY(const DataMapTypes* types, MapTypes(*contract, name));
  STACKS_RETURN_IF_ERROR(ChargeV200(env, CostFunction::kSetEntry, types->key.Size(), {&key}));
  const uint64_t failed_size = types->key.Size();
  if (util::Status admitted = CheckAdmits(types->key, key); !admitted) {
    return ChargedWrite(env, CostFunction::kSetEntry, failed_size, admitted.error());
  }
  const uint64_t key_size = SerializedSize(key);
  std::string store_key = storage::DataMapEntryKey(types->entry_key_prefix, key);
  util::Result<const TypeSignature*> stored_type = StoredEntryType(*types);
  if (!stored_type) return ChargedWrite(env, CostFunction::kSetEntry, failed_size, stored_type.error());
  util::Result<std::optional<Stored>> stored = GetValue(env, store_key, **stored_type);
  if (!stored) return ChargedWrite(env, CostFunction::kSetEntry, failed_size, stored.error());
  if (!*stored || !(*stored)->value.IsSome()) {
    return ChargedWrite(env, CostFunction::kSetEntry, key_size, Value::Bool(false));
  }
  util::Result<uint64_t> written = PutValue(env, std::move(store_key), Value::None());
  if (!written) return ChargedWrite(env, CostFunction::kSetEntry, failed_size, written.error());
  return ChargedWrite(env, CostFunction::kSetEntry, key_size + *written, Value::Bool(true));
}

}  // namespace stacks::clarity::vm
