#include "burnchain/script.h"

namespace stacks::burnchain {

namespace {

// The bytes of a push's length field: 0 for the direct pushes, 1/2/4 for OP_PUSHDATA1/2/4.
size_t LengthFieldSize(uint8_t opcode) {
  switch (opcode) {
    case OP_PUSHDATA1:
      return 1;
    case OP_PUSHDATA2:
      return 2;
    case OP_PUSHDATA4:
      return 4;
    default:
      return 0;
  }
}

util::Bytes PushScript(std::initializer_list<uint8_t> prefix, util::ByteView data,
                       std::initializer_list<uint8_t> suffix) {
  util::Bytes script(prefix);
  AppendPush(script, data);
  script.insert(script.end(), suffix);
  return script;
}

}  // namespace

std::vector<ScriptInstruction> ParseScript(util::ByteView script) {
  std::vector<ScriptInstruction> out;
  size_t pos = 0;
  while (pos < script.size()) {
    const uint8_t opcode = script[pos];
    const bool direct_push = opcode < OP_PUSHDATA1;
    const size_t field = LengthFieldSize(opcode);
    if (!direct_push && field == 0) {
      out.push_back({ScriptInstruction::Kind::kOp, opcode, {}});
      ++pos;
      continue;
    }
    const size_t rest = script.size() - pos - 1;  // bytes after the opcode
    if (rest < field) {
      out.push_back({ScriptInstruction::Kind::kError, opcode, {}});
      break;
    }
    uint64_t length = direct_push ? opcode : 0;
    for (size_t i = field; i-- > 0;) length = length << 8 | script[pos + 1 + i];
    if (length > rest - field) {
      out.push_back({ScriptInstruction::Kind::kError, opcode, {}});
      break;
    }
    const size_t start = pos + 1 + field;
    out.push_back({ScriptInstruction::Kind::kPush, opcode, script.subspan(start, static_cast<size_t>(length))});
    pos = start + static_cast<size_t>(length);
  }
  return out;
}

std::optional<util::ByteView> OpReturnPayload(util::ByteView script) {
  if (script.empty() || script[0] != OP_RETURN) return std::nullopt;
  const std::vector<ScriptInstruction> instructions = ParseScript(script);
  if (instructions.size() != 2 || instructions[1].kind != ScriptInstruction::Kind::kPush) return std::nullopt;
  return instructions[1].data;
}

void AppendPush(util::Bytes& script, util::ByteView data) {
  const uint64_t n = data.size();
  if (n < OP_PUSHDATA1) {
    script.push_back(static_cast<uint8_t>(n));
  } else if (n < 0x100) {
    script.push_back(OP_PUSHDATA1);
    script.push_back(static_cast<uint8_t>(n));
  } else if (n < 0x10000) {
    script.push_back(OP_PUSHDATA2);
    for (size_t i = 0; i < 2; ++i) script.push_back(static_cast<uint8_t>(n >> (8 * i)));
  } else {
    script.push_back(OP_PUSHDATA4);
    for (size_t i = 0; i < 4; ++i) script.push_back(static_cast<uint8_t>(n >> (8 * i)));
  }
  util::Append(script, data);
}

util::Bytes OpReturnScript(util::ByteView data) { return PushScript({OP_RETURN}, data, {}); }

util::Bytes P2pkhScript(const crypto::Hash160& hash160) {
  return PushScript({OP_DUP, OP_HASH160}, hash160, {OP_EQUALVERIFY, OP_CHECKSIG});
}

util::Bytes P2shScript(const crypto::Hash160& hash160) { return PushScript({OP_HASH160}, hash160, {OP_EQUAL}); }

util::Bytes P2wpkhScript(const crypto::Hash160& program) { return PushScript({OP_0}, program, {}); }

util::Bytes P2wshScript(const crypto::Hash256& program) { return PushScript({OP_0}, program, {}); }

util::Bytes P2trScript(const crypto::Hash256& program) { return PushScript({OP_1}, program, {}); }

}  // namespace stacks::burnchain
