#!/usr/bin/env bash
# `make run`: what a developer sees first. Until the node lands (docs/ROADMAP.md), it prints a fresh keychain.
set -euo pipefail
build=${1:-build}
cli="$build/bin/stacks-cli"
echo "stacks-cpp: a new testnet keychain (stacks-cli -t make_keychain):"
"$cli" -t make_keychain
echo
echo "The mocknet node (stacks-node) is not built yet: it arrives with the node issue. Until then, try:"
echo "  $cli -t make_keychain \"<24 words>\"   # the same keys as 'stx -t make_keychain'"
echo "  $cli get_address <private key hex>"
echo "  $cli -t convert_address <SP... or base58 address>"
