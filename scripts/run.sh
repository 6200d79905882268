#!/usr/bin/env bash
# `make run`: starts a new mocknet chain with a miner and four funded test accounts, and shows its progress.
#
# Each run starts a fresh chain in $STACKS_MOCKNET_DIR (default: build/mocknet). The config it writes there,
# node.toml, can be started again with `build/bin/stacks-node start --config build/mocknet/node.toml` to continue
# that chain. Ctrl-C stops the node cleanly.
set -euo pipefail
build=${1:-build}
cli="$build/bin/stacks-cli"
node="$build/bin/stacks-node"
dir=${STACKS_MOCKNET_DIR:-$build/mocknet}
rpc_port=${STACKS_RPC_PORT:-20443}
p2p_port=${STACKS_P2P_PORT:-20444}

rm -rf "$dir"
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

# One field of `stacks-cli -t make_keychain`'s compact JSON.
field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p"; }

miner_json=$("$cli" -t make_keychain)
miner_key=$(field privateKey <<<"$miner_json")
miner_address=$(field address <<<"$miner_json")

balances=""
accounts=""
for i in 1 2 3 4; do
  json=$("$cli" -t make_keychain)
  address=$(field address <<<"$json")
  key=$(field privateKey <<<"$json")
  mnemonic=$(field mnemonic <<<"$json")
  balances+=$'\n'"[[ustx_balance]]"$'\n'"address = \"$address\""$'\n'"amount = 100000000000000"$'\n'
  accounts+="  $address  key $key"$'\n'"    mnemonic: $mnemonic"$'\n'
  [ "$i" = 1 ] && { first_key=$key; }
  [ "$i" = 2 ] && { second_address=$address; }
done

cat >"$dir/node.toml" <<EOF
# Written by scripts/run.sh (make run). Every key is documented in docs/CONFIG.md.
[node]
working_dir = "$dir/node"
rpc_bind = "127.0.0.1:$rpc_port"
p2p_bind = "127.0.0.1:$p2p_port"
seed = "$miner_key"
miner = true

[burnchain]
chain = "bitcoin"
mode = "mocknet"
commit_anchor_block_within = 5000

[miner]
min_time_between_blocks_ms = 1000
$balances
EOF

cat <<EOF
stacks-cpp mocknet: a new chain in $dir (config: $dir/node.toml)

Funded test accounts (100,000,000 STX each; throwaway keys, never use them elsewhere):
$accounts
Miner: $miner_address (coinbase rewards, each paid 100 tenures after it is mined)
RPC:   http://127.0.0.1:$rpc_port   (GET /v2/info, /v2/accounts/<address>?proof=0, POST /v2/transactions)

Send 1 STX from the first account, in another terminal:
  $cli -t -I http://127.0.0.1:$rpc_port send_tokens $second_address 1000000 200 0 $first_key
  $cli -t -I http://127.0.0.1:$rpc_port balance $second_address

Starting the node (Ctrl-C stops it): burn blocks every 5 s, each a new tenure; a block every second while
transactions wait.
EOF
exec "$node" start --config "$dir/node.toml"
