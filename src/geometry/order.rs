//! Sorting small lists: a stable insertion sort.
//!
//! The standard library's sorts are fast on large inputs but each use brings several
//! kilobytes of code into the WebAssembly build per element type. The lists sorted here
//! (labels of one margin, shapes of one drawing, the points of one outline) hold at most a
//! few hundred items, where insertion sort is quick.

use std::cmp::Ordering;

/// Sorts `items` stably by `cmp`.
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && cmp(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `items` stably by a number (in [`f64::total_cmp`] order).
pub fn sort_by_number<T>(items: &mut [T], key: impl Fn(&T) -> f64) {
    sort_by(items, |a, b| key(a).total_cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_library() {
        let mut a: Vec<(f64, usize)> = [3.0, 1.0, 2.0, 1.0, -0.5, 3.0, f64::NAN, 0.0]
            .iter()
            .enumerate()
            .map(|(i, &v)| (v, i))
            .collect();
        let mut b = a.clone();
        sort_by_number(&mut a, |x| x.0);
        b.sort_by(|x, y| x.0.total_cmp(&y.0));
        let ids = |v: &[(f64, usize)]| v.iter().map(|x| x.1).collect::<Vec<_>>();
        assert_eq!(ids(&a), ids(&b));
        let mut e: Vec<u8> = Vec::new();
        sort_by(&mut e, |x, y| x.cmp(y));
        assert!(e.is_empty());
    }
}
