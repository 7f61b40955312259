# Sourced by the scripts that build the app (serve-web.sh, test-web.sh,
# bench.sh): the app's own target directory, the machine's wasm-opt (npm
# binaryen) and wasm-bindgen on PATH so that Trunk never downloads a tool, and
# build_app, the one release build. Fails when Trunk.toml's wasm-bindgen is
# not Cargo.lock's exact version.
root="$PWD"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target/web}"
export PATH="$root/tests/e2e/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
lock_wb=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
trunk_wb=$(awk -F'"' '/^wasm_bindgen *=/ { print $2; exit }' Trunk.toml)
if [ "$lock_wb" != "$trunk_wb" ]; then
  echo "Trunk.toml wasm_bindgen = \"$trunk_wb\" but Cargo.lock has wasm-bindgen $lock_wb: update Trunk.toml and run scripts/setup.sh" >&2
  exit 1
fi

# The app's release build (Trunk, into dist/). On the nightly toolchain, with
# the standard library rebuilt for this build and a panic that traps at once:
# the WebAssembly then carries no panic message, location or the formatting
# they need, 13.0 KB brotli of the critical path (results/critical-path.md).
# Nothing is lost: the app installs no panic hook, so a panic was already a
# trap whose message nobody saw. The standard library is built with its
# smaller implementations (optimize_for_size: 0.4 KB less), and a function of
# another crate is inlined only where it asks to be (#[inline]): 0.6 KB less.
# scripts/setup.sh adds rust-src and fetches the standard library's crates
# (Trunk builds offline).
build_app() {
  RUSTUP_TOOLCHAIN=nightly CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
    RUSTFLAGS="-Cpanic=immediate-abort -Zunstable-options -Zcross-crate-inline-threshold=never" \
    trunk build --release "$@"
}
