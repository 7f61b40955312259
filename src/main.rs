//! The CanGo app's entry point for Trunk (`trunk build`): the whole app.

fn main() {
    cango_web::run();
}
