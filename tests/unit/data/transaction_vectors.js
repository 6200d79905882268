// Generates transaction_vectors.json with the real Stacks.js (@stacks/transactions, pinned in
// tests/interop/package-lock.json): signed transactions of every payload kind and auth mode, with the txid and fields
// Stacks.js reports. The C++ tests decode each one, re-encode it byte for byte, recompute its txid and verify it.
//
// Run from the repository root after `npm ci` in tests/interop:
//   NODE_PATH=tests/interop/node_modules node tests/unit/data/transaction_vectors.js > tests/unit/data/transaction_vectors.json
'use strict';
const tx = require('@stacks/transactions');
const { bytesToHex, hexToBytes } = require('@stacks/common');

// Fixed keys (hex, 0x01 suffix = compressed public key).
const KEYS = [
  'edf9aee84d9b7abc145504dde6726c64f369d37ee34ded868fabd876c26570bc01',
  '9f1f4acc5b8ba4bcd2a6c6eb77a1d58c1d9dc0cd5be3b8db0d8b3e2c6a7f6e0101',
  'cd7a2fcd0d4de2a6c1a3f5d0b6e2dd5da8ef7f3e6b0f6d4c8b2a0e0c2f4d6b8a01',
];
const UNCOMPRESSED_KEY = 'e494f188c2d35887531ba474c433b1e41fadd8eb824aca983447fd4bb8b277a8';
const SPONSOR_KEY = '9888d734e6e80a943a6544159e31d6c7e342f695ec867d549c569fa0028892d401';
const pub = (k) => tx.privateKeyToPublic(k);

const vectors = [];
function add(name, t, extra = {}) {
  const hex = t.serialize();
  const back = tx.deserializeTransaction(hex);
  if (back.serialize() !== hex) throw new Error(`${name}: Stacks.js does not round-trip`);
  vectors.push({
    name,
    hex,
    txid: t.txid(),
    payload_id: t.payload.payloadType,
    auth_type: t.auth.authType,
    origin_hash_mode: t.auth.spendingCondition.hashMode,
    origin_signer: t.auth.spendingCondition.signer,
    fee: t.auth.authType === tx.AuthType.Sponsored ? t.auth.sponsorSpendingCondition.fee.toString()
                                                    : t.auth.spendingCondition.fee.toString(),
    origin_nonce: t.auth.spendingCondition.nonce.toString(),
    post_conditions: t.postConditions.values.length,
    ...extra,
  });
}

function signed(payload, { network = 'testnet', key = KEYS[0], fee = 180, nonce = 1, postConditions = [],
                          postConditionMode = tx.PostConditionMode.Deny, anchorMode = tx.AnchorMode.Any } = {}) {
  const spendingCondition = tx.createSingleSigSpendingCondition(
      tx.AddressHashMode.P2PKH, pub(key), nonce, fee);
  const t = new tx.StacksTransactionWire({
    network, payload, auth: tx.createStandardAuth(spendingCondition),
    postConditions: tx.createLPList(postConditions), postConditionMode,
  });
  t.anchorMode = anchorMode;
  const signer = new tx.TransactionSigner(t);
  signer.signOrigin(key);
  return t;
}

async function main() {
  const recipient = 'ST2JHG361ZXG51QTKY2NQCVBPPRRE2KZB1HR05NNC';
  add('token_transfer_testnet', signed(tx.createTokenTransferPayload(recipient, 12345, 'hello memo')));
  add('token_transfer_mainnet_contract_recipient',
      signed(tx.createTokenTransferPayload(tx.Cl.contractPrincipal('SP2JXKMSH007NPYAQHKJPQMAQYAD90NQGTVJVQ02B',
                                                                   'some-contract'), 1, ''),
             { network: 'mainnet', fee: 0, nonce: 0 }));
  add('token_transfer_uncompressed_key',
      signed(tx.createTokenTransferPayload(recipient, 50, 'u'), { key: UNCOMPRESSED_KEY, fee: 200, nonce: 7 }));

  const args = [
    tx.Cl.int(-5), tx.Cl.uint(7), tx.Cl.bufferFromHex('deadbeef'), tx.Cl.stringAscii('hi there'),
    tx.Cl.stringUtf8('caf\u00e9'), tx.Cl.list([tx.Cl.some(tx.Cl.uint(1)), tx.Cl.none()]),
    tx.Cl.tuple({ b: tx.Cl.bool(true), a: tx.Cl.ok(tx.Cl.standardPrincipal(recipient)) }),
    tx.Cl.error(tx.Cl.contractPrincipal(recipient, 'c')),
  ];
  const pc = (p) => tx.postConditionToWire(p);
  const postConditions = [
    pc({ type: 'stx-postcondition', address: recipient, condition: 'lte', amount: 1000 }),
    pc({ type: 'ft-postcondition', address: `${recipient}.vault`, condition: 'gt', amount: 5,
         asset: `${recipient}.my-token::token` }),
    pc({ type: 'nft-postcondition', address: recipient, condition: 'not-sent', assetId: tx.Cl.uint(42),
         asset: `${recipient}.my-nft::nft` }),
    pc({ type: 'stx-postcondition', address: 'origin', condition: 'eq', amount: 0 }),
  ];
  add('contract_call_with_post_conditions',
      signed(tx.createContractCallPayload(recipient, 'my-contract', 'do-it!', args),
             { postConditions, fee: 3000, nonce: 12 }));

  add('smart_contract_unversioned',
      signed(tx.createSmartContractPayload('hello', '(define-public (hi) (ok u1))\n\t;; tab')));
  add('versioned_smart_contract_clarity2',
      signed(tx.createSmartContractPayload('hello-v2', '(define-read-only (x) u2)', tx.ClarityVersion.Clarity2)));
  add('versioned_smart_contract_clarity4',
      signed(tx.createSmartContractPayload('hello-v4', '(define-read-only (x) u4)', tx.ClarityVersion.Clarity4)));

  // Sponsored: the origin signs with the sentinel sponsor, then the sponsor signs.
  {
    const t = await tx.makeSTXTokenTransfer({ recipient, amount: 99, senderKey: KEYS[1], network: 'testnet',
                                              fee: 0, nonce: 3, sponsored: true });
    const s = await tx.sponsorTransaction({ transaction: t, sponsorPrivateKey: SPONSOR_KEY, fee: 500,
                                            sponsorNonce: 9, network: 'testnet' });
    add('sponsored_token_transfer', s, { sponsor_signer: s.auth.sponsorSpendingCondition.signer,
                                         sponsor_nonce: s.auth.sponsorSpendingCondition.nonce.toString() });
  }

  // Multi-sig: 2 of 3, the middle key does not sign.
  for (const [name, nonSequential] of [['multisig_p2sh_2_of_3', false], ['multisig_p2sh_non_sequential_2_of_3', true]]) {
    const t = await tx.makeUnsignedSTXTokenTransfer({
      recipient, amount: 1000, fee: 300, nonce: 2, network: 'testnet', numSignatures: 2,
      publicKeys: KEYS.map(pub), useNonSequentialMultiSig: nonSequential });
    const signer = new tx.TransactionSigner(t);
    signer.signOrigin(KEYS[0]);
    signer.appendOrigin(pub(KEYS[1]));
    signer.signOrigin(KEYS[2]);
    add(name, t);
  }
  // Non-sequential 2 of 3 with all three signing (more signatures than required is valid there).
  {
    const t = await tx.makeUnsignedSTXTokenTransfer({
      recipient, amount: 1, fee: 300, nonce: 4, network: 'testnet', numSignatures: 2,
      publicKeys: KEYS.map(pub), useNonSequentialMultiSig: true });
    const signer = new tx.TransactionSigner(t);
    signer.checkOversign = false;
    for (const k of KEYS) signer.signOrigin(k);
    add('multisig_p2sh_non_sequential_3_signatures_of_2', t);
  }

  // Payloads only miners make, signed all the same.
  const coinbaseBytes = hexToBytes('11'.repeat(32));
  const proof = hexToBytes('9275df67a68c8745c0ff97b48201ee6db447f7c93b23ae24cdc2400f52fdb08a1a6ac7ec71bf9c9c76e96ee4675ebff60625af28718501047bfd87b810c2d2139b73c23bd69de66360953a642c2a330a');
  add('coinbase', signedAnchored(tx.createCoinbasePayload(coinbaseBytes)));
  add('coinbase_to_alt_recipient',
      signedAnchored(tx.createCoinbasePayload(coinbaseBytes, tx.Cl.standardPrincipal(recipient))));
  add('nakamoto_coinbase_no_recipient',
      signedAnchored(tx.createNakamotoCoinbasePayload(coinbaseBytes, tx.Cl.none(), proof)));
  add('nakamoto_coinbase_contract_recipient',
      signedAnchored(tx.createNakamotoCoinbasePayload(
          coinbaseBytes, tx.Cl.some(tx.Cl.contractPrincipal(recipient, 'pool')), proof)));
  add('tenure_change_block_found', signedAnchored(tx.createTenureChangePayload(
      '22'.repeat(20), '33'.repeat(20), '44'.repeat(20), '55'.repeat(32), 7, tx.TenureChangeCause.BlockFound,
      '66'.repeat(20))));
  add('tenure_change_extended_read_count', signedAnchored(tx.createTenureChangePayload(
      '22'.repeat(20), '22'.repeat(20), '77'.repeat(20), '88'.repeat(32), 3, tx.TenureChangeCause.ExtendedReadCount,
      '66'.repeat(20))));

  // SIP-040 and staking post-conditions.
  add('originator_mode_maybe_sent_and_pox_post_conditions',
      signed(tx.createContractCallPayload(recipient, 'pox-5', 'unstake', []), {
        postConditionMode: tx.PostConditionMode.Originator,
        postConditions: [
          tx.postConditionToWire({ type: 'nft-postcondition', address: recipient, condition: 'maybe-sent',
                                   assetId: tx.Cl.bufferFromHex('01'), asset: `${recipient}.n::n` }),
          postConditionWire('staking'), postConditionWire('pox'),
        ],
      }));

  process.stdout.write(JSON.stringify({
    source: '@stacks/transactions ' + require('@stacks/transactions/package.json').version +
            ', generated by tests/unit/data/transaction_vectors.js',
    vectors,
  }, null, 1) + '\n');
}

// Coinbase, poison-microblock and tenure-change transactions are signed like any other.
function signedAnchored(payload) {
  return signed(payload, { anchorMode: tx.AnchorMode.OnChainOnly });
}

// Staking and PoX post-conditions through the public pc/postcondition API of this Stacks.js version.
function postConditionWire(kind) {
  const principal = 'ST2JHG361ZXG51QTKY2NQCVBPPRRE2KZB1HR05NNC';
  if (kind === 'staking') {
    return tx.postConditionToWire({ type: 'staking-postcondition', address: principal, condition: 'gte', amount: 10 });
  }
  return tx.postConditionToWire({ type: 'pox-postcondition', address: 'origin', condition: 'will-not-perform' });
}

main().catch((e) => { console.error(e); process.exit(1); });
