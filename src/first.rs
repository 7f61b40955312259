//! A shared link's first answer, before the whole app (`cango_web::FIRST_ANSWER`):
//! built with the feature `first-answer` (index.html).

fn main() {
    cango_web::run();
}
