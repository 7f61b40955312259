//! The CanGo app's entry point for Trunk (`trunk build`).

fn main() {
    cango_web::run();
}
