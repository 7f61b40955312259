//! The regions' names arrive after the first answer (issue 12): the
//! WebAssembly carries every code, so a link is checked at once, but not the
//! names, a third of its bytes, which `web::fetch_region_names` fetches once
//! the answer is on screen. Until then a place shows as its code.

use cango_core::region::Regions;
use yew::prelude::*;

/// Where the names are, given to the components by [`use_place_names`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceNames {
    Loading,
    Ready,
    /// Not fetched (offline on a first visit without a service worker):
    /// places are found and shown by code.
    Failed,
}

impl PlaceNames {
    /// Ready where they are compiled in (native tests), else loading.
    pub fn at_start() -> PlaceNames {
        if Regions::builtin().has_names() {
            PlaceNames::Ready
        } else {
            PlaceNames::Loading
        }
    }
}

/// Where the names are; it renders the calling component again when they
/// arrive. Every component that shows a place's name, or a sentence that
/// may hold one, calls it (a component re-renders only when its props,
/// state or context change).
#[hook]
pub fn use_place_names() -> PlaceNames {
    use_context::<PlaceNames>().unwrap_or_else(PlaceNames::at_start)
}
