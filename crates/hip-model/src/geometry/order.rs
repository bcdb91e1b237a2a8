//! Sorting without the standard library's sorts: a stable insertion sort for short lists and
//! a heap sort for long ones.
//!
//! The standard sorts are fast but each use brings several kilobytes of code into the
//! WebAssembly build per element type. Short lists (labels of one margin, shapes of one
//! drawing) take insertion sort, which is stable; the surface points of a solid (hundreds,
//! sorted for every frame while a slider moves) take heap sort, O(n log n) in a few hundred
//! bytes, where order among equal items does not matter.

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

/// Sorts `items` by `cmp` in O(n log n); equal items may change order.
pub fn sort_unstable_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let less = |a: &T, b: &T| cmp(a, b) == Ordering::Less;
    let sift_down = |v: &mut [T], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && less(&v[child], &v[child + 1]) {
            child += 1;
        }
        if !less(&v[root], &v[child]) {
            break;
        }
        v.swap(root, child);
        root = child;
    };
    let n = items.len();
    for i in (0..n / 2).rev() {
        sift_down(items, i, n);
    }
    for end in (1..n).rev() {
        items.swap(0, end);
        sift_down(items, 0, end);
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

    #[test]
    fn heap_sort_sorts() {
        for n in [0usize, 1, 2, 3, 10, 257] {
            let mut v: Vec<u64> = (0..n as u64).map(|i| (i * 7919 + 13) % 101).collect();
            let mut w = v.clone();
            sort_unstable_by(&mut v, |a, b| a.cmp(b));
            w.sort();
            assert_eq!(v, w);
        }
    }
}
