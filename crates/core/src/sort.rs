//! Sorting for the short lists the core and the app put in order (a trip's
//! policies, documents and tests: tens of items at most). The standard
//! library's stable sort is instantiated anew for every element type and
//! key, at 3–4 KB of WebAssembly each (nine of them were 32 KB before
//! wasm's compression, issue 12); this insertion sort is a few hundred
//! bytes, stable like it, and as fast at these lengths.

/// Sorts `items` by `key`; equal keys keep their order.
pub fn by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    insertion(items, |a, b| key(a) > key(b));
}

/// Sorts `items` in their own order.
pub fn natural<T: Ord>(items: &mut [T]) {
    insertion(items, |a, b| a > b);
}

/// Moves each item back past those it must come before (`goes_after(a, b)`:
/// `a` belongs after `b`), never past an equal one.
fn insertion<T>(items: &mut [T], mut goes_after: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && goes_after(&items[j - 1], &items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The first `limit` of `items` by `key`, in order, equal keys in the
/// order they came: a search's best hits among thousands of divisions, in
/// one pass without sorting them all.
pub fn first_by_key<T, K: Ord>(
    items: impl IntoIterator<Item = T>,
    limit: usize,
    mut key: impl FnMut(&T) -> K,
) -> Vec<T> {
    let mut best: Vec<T> = Vec::with_capacity(limit + 1);
    for item in items {
        let k = key(&item);
        let at = best.partition_point(|b| key(b) <= k);
        if at < limit {
            best.insert(at, item);
            best.truncate(limit);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort.
        #[test]
        fn as_std_stable_sort(items in proptest::collection::vec((0u8..5, any::<u16>()), 0..60)) {
            let mut ours = items.clone();
            by_key(&mut ours, |(k, _)| *k);
            let mut std = items.clone();
            std.sort_by_key(|(k, _)| *k);
            prop_assert_eq!(&ours, &std);

            let mut whole = items.clone();
            natural(&mut whole);
            let mut std_whole = items.clone();
            std_whole.sort();
            prop_assert_eq!(whole, std_whole);

            for limit in [0, 1, 3, 100] {
                let first = first_by_key(items.iter().copied(), limit, |(k, _)| *k);
                prop_assert_eq!(&first[..], &std[..limit.min(std.len())]);
            }
        }
    }
}
