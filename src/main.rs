//! The CanGo app's entry point for Trunk (`trunk build`).

// Talc in place of Rust's default dlmalloc: the same work in 1.5 KB less of
// the WebAssembly (brotli), on the critical path of every first answer.
// SAFETY: `new_global` requires single-threaded WebAssembly, which the app
// is: it is built without atomics and runs on the page's one thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

fn main() {
    cango_web::run();
}
