// What the reference does with a Clarity value, written independently of stacks-cpp's code for the interop tests
// to compare against: its text form (`impl Display for Value` in clarity-types/src/types/mod.rs) and its bytes
// (Stacks.js's encoding with tuple fields in byte order of their names). Input is a Stacks.js 7 ClarityValue.
'use strict';
const { serializeCV } = require('@stacks/transactions');

const u8Hex = (n) => n.toString(16).padStart(2, '0');
// Tuple keys are ASCII, so UTF-16 code unit order is byte order.
const u32Hex = (n) => n.toString(16).padStart(8, '0');
const asciiHex = (s) => Buffer.from(s, 'latin1').toString('hex');
const byteOrder = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// Rust's std::ascii::escape_default.
function escapeDefault(byte) {
  const named = { 0x09: '\\t', 0x0d: '\\r', 0x0a: '\\n', 0x5c: '\\\\', 0x27: "\\'", 0x22: '\\"' };
  if (named[byte]) return named[byte];
  if (byte >= 0x20 && byte <= 0x7e) return String.fromCharCode(byte);
  return '\\x' + u8Hex(byte);
}

// The reference VM's Display (clarity-types/src/types/mod.rs).
function refDisplay(cv) {
  switch (cv.type) {
    case 'int':
      return cv.value.toString();
    case 'uint':
      return 'u' + cv.value.toString();
    case 'true':
    case 'false':
      return cv.type;
    case 'buffer':
      return '0x' + cv.value;
    case 'ascii':
      return '"' + [...Buffer.from(cv.value, 'latin1')].map(escapeDefault).join('') + '"';
    case 'utf8':
      return (
        'u"' +
        [...cv.value]
          .map((ch) => {
            const bytes = Buffer.from(ch, 'utf8');
            return bytes.length > 1 ? `\\u{${bytes.toString('hex')}}` : escapeDefault(bytes[0]);
          })
          .join('') +
        '"'
      );
    case 'address':
    case 'contract':
      return cv.value;
    case 'none':
      return 'none';
    case 'some':
    case 'ok':
    case 'err':
      return `(${cv.type} ${refDisplay(cv.value)})`;
    case 'list':
      return '(' + cv.value.map(refDisplay).join(' ') + ')';
    case 'tuple':
      return '(tuple' + Object.keys(cv.value).sort(byteOrder).map((k) => ` (${k} ${refDisplay(cv.value[k])})`).join('') + ')';
  }
  throw new Error(`unknown value type ${cv.type}`);
}


// The reference's bytes: Stacks.js's encoding with every tuple's fields in byte order of their names.
function canonicalHex(cv) {
  switch (cv.type) {
    case 'some':
      return '0a' + canonicalHex(cv.value);
    case 'ok':
      return '07' + canonicalHex(cv.value);
    case 'err':
      return '08' + canonicalHex(cv.value);
    case 'list':
      return '0b' + u32Hex(cv.value.length) + cv.value.map(canonicalHex).join('');
    case 'tuple': {
      const keys = Object.keys(cv.value).sort(byteOrder);
      return '0c' + u32Hex(keys.length) + keys.map((k) => u8Hex(k.length) + asciiHex(k) + canonicalHex(cv.value[k])).join('');
    }
    default:
      return serializeCV(cv);
  }
}

module.exports = { refDisplay, canonicalHex, escapeDefault, byteOrder, u8Hex, u32Hex, asciiHex };
