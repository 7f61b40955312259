//! A shared link's first answer, before the whole app (`cango_web::FIRST_ANSWER`):
//! built with the feature `first-answer` and without `csr` (index.html):
//! Yew renders it to HTML (`cango_web::run`).

fn main() {
    cango_web::run();
}
