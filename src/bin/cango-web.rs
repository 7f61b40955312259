//! The CanGo app's entry point for Trunk (`trunk build`, feature `web`).

fn main() {
    cango::app::run();
}
