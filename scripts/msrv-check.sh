#!/usr/bin/env bash
# The minimum supported Rust version, checked: Cargo.toml's `rust-version` must be at least the
# highest `rust-version` any locked dependency (dev-dependencies included) declares. Only one
# toolchain can be installed on the CI machine, so the MSRV cannot be built with; instead this
# check and clippy's `incompatible_msrv` lint (which flags std APIs newer than `rust-version`)
# keep the stated figure true.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo metadata --locked --format-version 1 | python3 -c '
import json, sys
meta = json.load(sys.stdin)
ver = lambda s: tuple((list(map(int, s.split("."))) + [0, 0])[:3])
ours = next(p for p in meta["packages"] if p["name"] == "recarga")
used = set(n["id"] for n in meta["resolve"]["nodes"])
need = max(((ver(p["rust_version"]), p["name"] + " " + p["version"])
            for p in meta["packages"] if p["id"] in used and p["rust_version"]), default=((0,), ""))
if ver(ours["rust_version"]) < need[0]:
    sys.exit("Cargo.toml says rust-version = %s, but %s needs %s: raise it (and the README)."
             % (ours["rust_version"], need[1], ".".join(map(str, need[0]))))
print("MSRV %s covers every locked dependency (highest: %s needs %s)"
      % (ours["rust_version"], need[1], ".".join(map(str, need[0]))))
'
