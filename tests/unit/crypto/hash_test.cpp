#include "crypto/hash.h"

#include <gtest/gtest.h>

#include <string>

#include "util/hex.h"

namespace stacks::crypto {
namespace {

using util::AsBytes;
using util::ToHex;

std::string Million(char c) { return std::string(1000000, c); }

TEST(HashTest, Sha256Vectors) {  // FIPS 180-2 examples
  EXPECT_EQ(ToHex(Sha256(AsBytes("abc"))), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(ToHex(Sha256(AsBytes(""))), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(ToHex(Sha256(AsBytes(Million('a')))), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(HashTest, Sha512Vectors) {
  EXPECT_EQ(
      ToHex(Sha512(AsBytes("abc"))),
      "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643c"
      "e80e2a9ac94fa54ca49f");
}

TEST(HashTest, Sha512_256Vectors) {  // FIPS 180-4 example values
  EXPECT_EQ(ToHex(Sha512_256(AsBytes("abc"))), "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23");
  EXPECT_EQ(ToHex(Sha512_256(AsBytes(""))), "c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a");
}

TEST(HashTest, Ripemd160Vectors) {  // from the RIPEMD-160 page
  EXPECT_EQ(ToHex(Ripemd160(AsBytes(""))), "9c1185a5c5e9fc54612808977ee8f548b2258d31");
  EXPECT_EQ(ToHex(Ripemd160(AsBytes("abc"))), "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc");
  EXPECT_EQ(ToHex(Ripemd160(AsBytes("message digest"))), "5d0689ef49d2fae572b881b123a85ffa21595f36");
}

TEST(HashTest, Hash160OfCompressedGenerator) {
  // Hash160 of the compressed public key of private key 1 (Bitcoin's well-known 1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH).
  auto pub = util::FromHex("0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");
  ASSERT_TRUE(pub);
  EXPECT_EQ(ToHex(Hash160Of(*pub)), "751e76e8199196d454941c45d1b3a323f1433bd6");
}

TEST(HashTest, DoubleSha256) {
  EXPECT_EQ(ToHex(DoubleSha256(AsBytes("hello"))), "9595c9df90075148eb06860365df33584b75bff782a510c6cd4883a419833d50");
}

TEST(HashTest, Keccak256Vectors) {
  EXPECT_EQ(ToHex(Keccak256(AsBytes(""))), "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
  EXPECT_EQ(ToHex(Keccak256(AsBytes("abc"))), "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
  // 135, 136 and 200 bytes: one byte short of the rate, exactly the rate, and a block and a half.
  EXPECT_EQ(ToHex(Keccak256(AsBytes(std::string(135, 'a')))),
            "34367dc248bbd832f4e3e69dfaac2f92638bd0bbd18f2912ba4ef454919cf446");
  EXPECT_EQ(ToHex(Keccak256(AsBytes(std::string(136, 'a')))),
            "a6c4d403279fe3e0af03729caada8374b5ca54d8065329a3ebcaeb4b60aa386e");
  EXPECT_EQ(ToHex(Keccak256(AsBytes(std::string(200, 'a')))),
            "96ea54061def936c4be90b518992fdc6f12f535068a256229aca54267b4d084d");
}

TEST(HashTest, HmacSha512Rfc4231Case2) {
  auto mac = HmacSha512(AsBytes("Jefe"), AsBytes("what do ya want for nothing?"));
  EXPECT_EQ(
      ToHex(mac),
      "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b"
      "4b636e070a38bce737");
}

TEST(HashTest, Pbkdf2HmacSha512) {
  // RFC 6070-style vector for SHA-512 (password "password", salt "salt", 1 iteration, 64 bytes).
  std::array<uint8_t, 64> out{};
  Pbkdf2HmacSha512(AsBytes("password"), AsBytes("salt"), 1, out);
  EXPECT_EQ(
      ToHex(out),
      "867f70cf1ade02cff3752599a3a53dc4af34c7a669815ae5d513554e1c8cf252c02d470a285a0501bad999bfe943c08f050235d7d68b"
      "1da55e63f73b60a57fce");
}

}  // namespace
}  // namespace stacks::crypto
