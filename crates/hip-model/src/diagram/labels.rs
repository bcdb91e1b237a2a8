//! Label placement for every diagram: labels sit in the left and right margins beside the
//! drawing, wrapped to fit, stacked without overlap near the height of what they name, with
//! thin leader lines ending in a dot on the structure.

use super::path::PathBuilder;
use super::scene::{Anchor, PlacedLabel};
use super::viewport::Rect;
use crate::geometry::vec::Limit;
use crate::geometry::Vec2;

/// Estimated average character width, in em (deliberately generous).
pub const CHAR_WIDTH_EM: f64 = 0.6;
/// Distance between baselines, in em.
pub const LINE_HEIGHT_EM: f64 = 1.2;
/// Most lines a label may wrap to.
pub const MAX_LINES: usize = 3;
/// How far, in em of the label font, a label widened by a reader's text spacing may run past
/// the viewBox: the page keeps its figures' 0.5 rem padding beside every drawing (at a
/// 308 px page, a 320 px window less Firefox's scrollbar, that is 0.66 em of the 12.2 px
/// label font), less a little for the estimate's error.
pub const SPACING_ALLOWANCE_EM: f64 = 0.6;

/// A margin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Left of the drawing (text right-aligned against it).
    Left,
    /// Right of the drawing (text left-aligned).
    Right,
}

/// Which margin a label should go in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SidePref {
    /// The side its target is on, rebalanced so both margins carry a similar number.
    #[default]
    Auto,
    /// Always this side.
    Only(Side),
}

/// A label to place.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelRequest {
    /// Annotation id.
    pub id: String,
    /// Text (from content).
    pub text: String,
    /// The point on the structure, in SVG units.
    pub target: Vec2,
    /// Margin preference.
    pub side: SidePref,
}

/// Where labels may go.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelFrame {
    /// The whole `viewBox`.
    pub view_box: Rect,
    /// The drawing's bounding box: labels stay left or right of it.
    pub drawing: Rect,
    /// Font size in user units.
    pub font_size: f64,
    /// Space between the text and the drawing.
    pub gap: f64,
    /// Space between the text and the viewBox edge.
    pub padding: f64,
    /// Least vertical space between two labels.
    pub spacing: f64,
    /// Vertical intervals (top, bottom) of the left margin that are taken (e.g. by a bone
    /// that swings into it).
    pub blocked_left: Vec<(f64, f64)>,
    /// The same for the right margin.
    pub blocked_right: Vec<(f64, f64)>,
}

impl LabelFrame {
    /// A frame with the usual spacing for `font_size`.
    pub fn new(view_box: Rect, drawing: Rect, font_size: f64) -> LabelFrame {
        LabelFrame {
            view_box,
            drawing,
            font_size,
            gap: 0.4 * font_size,
            padding: 0.2 * font_size,
            spacing: 0.45 * font_size,
            blocked_left: Vec::new(),
            blocked_right: Vec::new(),
        }
    }

    fn line_height(&self) -> f64 {
        self.font_size * LINE_HEIGHT_EM
    }

    fn char_width(&self) -> f64 {
        self.font_size * CHAR_WIDTH_EM
    }

    /// x of the text anchor on `side` (the text edge next to the drawing).
    fn anchor_x(&self, side: Side) -> f64 {
        match side {
            Side::Left => self.drawing.x - self.gap,
            Side::Right => self.drawing.right() + self.gap,
        }
    }

    /// Usable text width on `side`.
    pub fn text_width(&self, side: Side) -> f64 {
        match side {
            Side::Left => self.anchor_x(side) - (self.view_box.x + self.padding),
            Side::Right => self.view_box.right() - self.padding - self.anchor_x(side),
        }
        .max(0.0)
    }
}

/// Splits `text` on spaces into lines of at most `max_chars` characters (a longer word keeps
/// a line of its own), at most `max_lines` lines (the rest joins the last line). A line break
/// in the text always starts a new line (content uses it to hyphenate a long anatomical name).
pub fn wrap(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for (k, part) in text.split('\n').enumerate() {
        for (i, word) in part.split_whitespace().enumerate() {
            let forced = k > 0 && i == 0;
            push_word(&mut lines, word, max_chars, forced);
        }
    }
    if lines.len() > max_lines.max(1) {
        let rest = lines.split_off(max_lines.max(1) - 1).join(" ");
        lines.push(rest);
    }
    lines
}

/// Width of `line` in em with the text-spacing overrides of WCAG 1.4.12 (letter-spacing
/// 0.12 em after every character, word-spacing 0.16 em more at every space), from the advance
/// widths of DejaVu Sans (the page's fallback font, among the widest sans fonts), plus 2 %
/// for hinting at small sizes. An accented letter counts as its base letter, anything else
/// not listed as 1 em.
pub fn spaced_width_em(line: &str) -> f64 {
    const LOWER: [f64; 26] = [
        0.613, 0.635, 0.550, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974,
        0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525,
    ];
    const UPPER: [f64; 26] = [
        0.684, 0.686, 0.698, 0.770, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863,
        0.748, 0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685,
    ];
    let advance = |c: char| -> f64 {
        let base = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            'Á' | 'À' | 'Â' | 'Ä' | 'Ã' => 'A',
            'É' | 'È' | 'Ê' | 'Ë' => 'E',
            'Í' | 'Ì' | 'Î' | 'Ï' => 'I',
            'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'O',
            'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
            'Ñ' => 'N',
            other => other,
        };
        match base {
            'a'..='z' => LOWER[base as usize - 'a' as usize],
            'A'..='Z' => UPPER[base as usize - 'A' as usize],
            '0'..='9' => 0.636,
            ' ' | '.' | ',' => 0.3179, // 651 of 2048 units
            ':' | ';' | '/' => 0.337,
            '(' | ')' => 0.390,
            '-' | '\u{2010}' | '\u{2011}' => 0.361,
            '\'' | '\u{2019}' => 0.275,
            _ => 1.0,
        }
    };
    let glyphs: f64 = line.chars().map(advance).sum();
    let letters = line.chars().count() as f64 * 0.12;
    let words = line.chars().filter(|c| *c == ' ').count() as f64 * 0.16;
    (glyphs * 1.02) + letters + words
}

/// [`wrap`] to `max_chars`, then narrower while a line widened by a reader's text spacing
/// ([`spaced_width_em`]) would still run past `room_em`, as long as the label keeps to
/// [`MAX_LINES`] and its widest line gets narrower.
pub fn wrap_for_spacing(text: &str, max_chars: usize, room_em: f64) -> Vec<String> {
    let widest = |lines: &[String]| lines.iter().map(|l| spaced_width_em(l)).fold(0.0, f64::max);
    let mut lines = wrap(text, max_chars, MAX_LINES);
    let mut n = max_chars;
    while n > 1 && widest(&lines) > room_em {
        n -= 1;
        let tighter = wrap(text, n, usize::MAX);
        if tighter.len() > MAX_LINES {
            break;
        }
        if widest(&tighter) < widest(&lines) {
            lines = tighter;
        }
    }
    lines
}

fn push_word(lines: &mut Vec<String>, word: &str, max_chars: usize, new_line: bool) {
    match lines.last_mut() {
        Some(line) if !new_line && line.chars().count() + 1 + word.chars().count() <= max_chars => {
            line.push(' ');
            line.push_str(word);
        }
        _ => lines.push(word.to_string()),
    }
}

/// The box a placed label's text occupies (estimated with [`CHAR_WIDTH_EM`]).
pub fn label_box(l: &PlacedLabel) -> Rect {
    let fs = l.line_height / LINE_HEIGHT_EM;
    let w =
        l.lines.iter().map(|s| s.chars().count()).max().unwrap_or(0) as f64 * fs * CHAR_WIDTH_EM;
    let h = l.lines.len() as f64 * l.line_height;
    let top = l.y - baseline_offset(fs);
    let x = match l.anchor {
        Anchor::Start => l.x,
        Anchor::Middle => l.x - w / 2.0,
        Anchor::End => l.x - w,
    };
    Rect::new(x, top, w, h)
}

/// From the top of a label box to the first baseline: the line's middle plus about half a
/// cap height.
fn baseline_offset(font_size: f64) -> f64 {
    font_size * (LINE_HEIGHT_EM / 2.0 + 0.35)
}

/// Where the leader leaves the text of `l` (beside its text edge, at the middle of the box).
fn leader_start(l: &PlacedLabel, b: &Rect, fs: f64) -> Vec2 {
    let cy = b.y + b.h / 2.0;
    match l.anchor {
        Anchor::End => Vec2::new(b.right() + 0.25 * fs, cy),
        _ => Vec2::new(b.x - 0.25 * fs, cy),
    }
}

/// The corners of the leader of `l` to `target`: from beside the text, a short horizontal
/// stub (when there is room), then straight to the target.
fn leader_corners(l: &PlacedLabel, target: Vec2) -> Vec<Vec2> {
    let b = label_box(l);
    let fs = l.line_height / LINE_HEIGHT_EM;
    let start = leader_start(l, &b, fs);
    let dir = if l.anchor == Anchor::End { 1.0 } else { -1.0 };
    let dx = (target.x - start.x) * dir;
    let stub = (0.5 * fs).min((dx / 2.0).max(0.0));
    let mut pts = vec![start];
    if stub > 0.5 {
        pts.push(Vec2::new(start.x + dir * stub, start.y));
    }
    pts.push(target);
    pts
}

/// Points a placed label's leader at a new target (the text stays where it is). Diagrams
/// use this to keep text still while the structure moves.
pub fn retarget(l: &mut PlacedLabel, target: Vec2) {
    let pts = leader_corners(l, target);
    let mut pb = PathBuilder::new().move_to(pts[0]);
    for &p in &pts[1..] {
        pb = pb.line_to(p);
    }
    l.leader = pb.build();
    l.dot = (target.x, target.y);
}

struct Item {
    req: usize,
    side: Side,
    lines: Vec<String>,
    height: f64,
    ideal: f64,
}

/// Places the labels. Every returned label's box lies inside the viewBox (given texts that
/// fit the margins), no two boxes overlap, and each leader ends at its target.
pub fn place_labels(requests: &[LabelRequest], frame: &LabelFrame) -> Vec<PlacedLabel> {
    let sides = choose_sides(requests, frame);
    let mut out: Vec<Option<PlacedLabel>> = vec![None; requests.len()];
    for side in [Side::Left, Side::Right] {
        let width = frame.text_width(side);
        let max_chars = ((width / frame.char_width()).floor() as usize).max(1);
        // Text spacing (WCAG 1.4.12) widens a label; it may use the padding and the room the
        // page keeps beside the drawing, no more.
        let room_em = (width + frame.padding) / frame.font_size + SPACING_ALLOWANCE_EM;
        let mut items: Vec<Item> = requests
            .iter()
            .enumerate()
            .filter(|(i, _)| sides[*i] == side)
            .map(|(i, r)| {
                let lines = wrap_for_spacing(&r.text, max_chars, room_em);
                Item {
                    req: i,
                    side,
                    height: lines.len() as f64 * frame.line_height(),
                    lines,
                    ideal: r.target.y,
                }
            })
            .collect();
        crate::geometry::order::sort_by_number(&mut items, |i| i.ideal);
        let mut best = layout_side(&items, frame, requests);
        // Swap neighbours whose leaders cross, while that helps.
        for _ in 0..items.len() * items.len() {
            let crossings = count_crossings(&best);
            if crossings == 0 {
                break;
            }
            let mut improved = false;
            for k in 0..items.len().saturating_sub(1) {
                items.swap(k, k + 1);
                let trial = layout_side(&items, frame, requests);
                if count_crossings(&trial) < crossings {
                    best = trial;
                    improved = true;
                    break;
                }
                items.swap(k, k + 1);
            }
            if !improved {
                break;
            }
        }
        for (req, label) in best {
            out[req] = Some(label);
        }
    }
    out.into_iter().flatten().collect()
}

fn choose_sides(requests: &[LabelRequest], frame: &LabelFrame) -> Vec<Side> {
    let mid = frame.drawing.centre().x;
    let mut sides: Vec<Side> = requests
        .iter()
        .map(|r| match r.side {
            SidePref::Only(s) => s,
            SidePref::Auto if r.target.x < mid => Side::Left,
            SidePref::Auto => Side::Right,
        })
        .collect();
    loop {
        let left = sides.iter().filter(|s| **s == Side::Left).count();
        let right = sides.len() - left;
        let (heavy, light) = if left > right + 1 {
            (Side::Left, Side::Right)
        } else if right > left + 1 {
            (Side::Right, Side::Left)
        } else {
            break;
        };
        // Move the automatic label nearest the middle.
        let candidate = requests
            .iter()
            .enumerate()
            .filter(|(i, r)| sides[*i] == heavy && r.side == SidePref::Auto)
            .min_by(|a, b| {
                (a.1.target.x - mid)
                    .abs()
                    .total_cmp(&(b.1.target.x - mid).abs())
            });
        match candidate {
            Some((i, _)) => sides[i] = light,
            None => break,
        }
    }
    sides
}

/// Free vertical intervals of a margin.
fn free_segments(frame: &LabelFrame, side: Side) -> Vec<(f64, f64)> {
    let lo = frame.view_box.y + frame.padding;
    let hi = frame.view_box.bottom() - frame.padding;
    let mut blocked: Vec<(f64, f64)> = match side {
        Side::Left => frame.blocked_left.clone(),
        Side::Right => frame.blocked_right.clone(),
    }
    .into_iter()
    .map(|(a, b)| (a.min(b) - frame.spacing, a.max(b) + frame.spacing))
    .collect();
    crate::geometry::order::sort_by_number(&mut blocked, |b| b.0);
    let mut segs = Vec::new();
    let mut cursor = lo;
    for (a, b) in blocked {
        if a > cursor {
            segs.push((cursor, a.min(hi)));
        }
        cursor = cursor.max(b);
    }
    if cursor < hi {
        segs.push((cursor, hi));
    }
    segs.retain(|(a, b)| b > a);
    segs
}

/// Tops of `items` stacked without overlap inside [lo, hi], each as close as possible to its
/// ideal centre (clusters of touching labels centre on their members' ideals).
fn stack(items: &[&Item], lo: f64, hi: f64, spacing: f64) -> Option<Vec<f64>> {
    let total: f64 = items.iter().map(|i| i.height).sum::<f64>()
        + spacing * items.len().saturating_sub(1) as f64;
    if total > hi - lo + 1e-9 {
        return None;
    }
    // Clusters: (first index, last index, top).
    let mut clusters: Vec<(usize, usize, f64)> = Vec::new();
    let height_of = |a: usize, b: usize| -> f64 {
        items[a..=b].iter().map(|i| i.height).sum::<f64>() + spacing * (b - a) as f64
    };
    let best_top = |a: usize, b: usize| -> f64 {
        let mut offset = 0.0;
        let mut sum = 0.0;
        for it in &items[a..=b] {
            sum += it.ideal - it.height / 2.0 - offset;
            offset += it.height + spacing;
        }
        let top = sum / (b - a + 1) as f64;
        top.limit(lo, (hi - height_of(a, b)).max(lo))
    };
    for i in 0..items.len() {
        clusters.push((i, i, best_top(i, i)));
        while clusters.len() >= 2 {
            let (a1, b1, t1) = clusters[clusters.len() - 2];
            let (_, b2, t2) = clusters[clusters.len() - 1];
            if t1 + height_of(a1, b1) + spacing > t2 + 1e-9 {
                clusters.pop();
                clusters.pop();
                clusters.push((a1, b2, best_top(a1, b2)));
            } else {
                break;
            }
        }
    }
    let mut tops = Vec::with_capacity(items.len());
    for (a, b, top) in clusters {
        let mut y = top;
        for it in &items[a..=b] {
            tops.push(y);
            y += it.height + spacing;
        }
    }
    Some(tops)
}

/// All ways to give each of `n` ordered items a non-decreasing segment index.
fn monotone_assignments(n: usize, m: usize, acc: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    if acc.len() == n {
        out.push(acc.clone());
        return;
    }
    let from = acc.last().copied().unwrap_or(0);
    for s in from..m {
        acc.push(s);
        monotone_assignments(n, m, acc, out);
        acc.pop();
    }
}

fn layout_side(
    items: &[Item],
    frame: &LabelFrame,
    requests: &[LabelRequest],
) -> Vec<(usize, PlacedLabel)> {
    if items.is_empty() {
        return Vec::new();
    }
    let side = items[0].side;
    let mut tops: Option<Vec<f64>> = None;
    let segs = free_segments(frame, side);
    if !segs.is_empty() && segs.len() <= 6 {
        let mut assignments = Vec::new();
        monotone_assignments(items.len(), segs.len(), &mut Vec::new(), &mut assignments);
        let mut best_cost = f64::INFINITY;
        for asg in assignments {
            let mut all = Vec::with_capacity(items.len());
            let mut ok = true;
            for (s, &(lo, hi)) in segs.iter().enumerate() {
                let members: Vec<&Item> = items
                    .iter()
                    .zip(&asg)
                    .filter(|(_, a)| **a == s)
                    .map(|(i, _)| i)
                    .collect();
                if members.is_empty() {
                    continue;
                }
                match stack(&members, lo, hi, frame.spacing) {
                    Some(t) => all.extend(t),
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if !ok {
                continue;
            }
            let cost: f64 = items
                .iter()
                .zip(&all)
                .map(|(it, top)| (top + it.height / 2.0 - it.ideal).abs())
                .sum();
            if cost < best_cost {
                best_cost = cost;
                tops = Some(all);
            }
        }
    }
    let tops = tops.unwrap_or_else(|| {
        // No room beside the blocked parts: use the whole margin, or stack from the top.
        let refs: Vec<&Item> = items.iter().collect();
        let lo = frame.view_box.y + frame.padding;
        stack(
            &refs,
            lo,
            frame.view_box.bottom() - frame.padding,
            frame.spacing,
        )
        .unwrap_or_else(|| {
            let mut y = lo;
            items
                .iter()
                .map(|it| {
                    let t = y;
                    y += it.height + frame.spacing;
                    t
                })
                .collect()
        })
    });
    let fs = frame.font_size;
    items
        .iter()
        .zip(tops)
        .map(|(it, top)| {
            let w = it
                .lines
                .iter()
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0) as f64
                * frame.char_width();
            let (x, anchor) = match side {
                Side::Left => (
                    frame
                        .anchor_x(side)
                        .max(frame.view_box.x + frame.padding + w),
                    Anchor::End,
                ),
                Side::Right => (
                    frame
                        .anchor_x(side)
                        .min(frame.view_box.right() - frame.padding - w),
                    Anchor::Start,
                ),
            };
            let r = &requests[it.req];
            let mut label = PlacedLabel {
                id: r.id.clone(),
                lines: it.lines.clone(),
                x,
                y: top + baseline_offset(fs),
                line_height: frame.line_height(),
                anchor,
                leader: String::new(),
                dot: (r.target.x, r.target.y),
                behind: false,
            };
            retarget(&mut label, r.target);
            (it.req, label)
        })
        .collect()
}

/// The corners of a placed label's leader, from the text to its dot (computed, not read back
/// from the path data: the browser build never parses numbers).
pub fn leader_points(l: &PlacedLabel) -> Vec<Vec2> {
    leader_corners(l, Vec2::new(l.dot.0, l.dot.1))
}

fn segments_cross(a: Vec2, b: Vec2, c: Vec2, d: Vec2) -> bool {
    let o = |p: Vec2, q: Vec2, r: Vec2| (q - p).cross(r - p);
    let (d1, d2, d3, d4) = (o(c, d, a), o(c, d, b), o(a, b, c), o(a, b, d));
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

/// Whether the leaders of two labels cross.
pub fn leaders_cross(a: &PlacedLabel, b: &PlacedLabel) -> bool {
    let pa = leader_points(a);
    let pb = leader_points(b);
    pa.windows(2).any(|s| {
        pb.windows(2)
            .any(|t| segments_cross(s[0], s[1], t[0], t[1]))
    })
}

fn count_crossings(labels: &[(usize, PlacedLabel)]) -> usize {
    let mut n = 0;
    for i in 0..labels.len() {
        for j in i + 1..labels.len() {
            if leaders_cross(&labels[i].1, &labels[j].1) {
                n += 1;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_splits_on_spaces_and_caps_lines() {
        assert_eq!(
            wrap("Ball of the thigh bone", 11, 3),
            ["Ball of the", "thigh bone"]
        );
        assert_eq!(wrap("a b c d", 1, 3), ["a", "b", "c d"]);
        assert_eq!(wrap("acetabulum", 4, 3), ["acetabulum"]);
        assert_eq!(wrap("Semi-\nmembranosus", 40, 3), ["Semi-", "membranosus"]);
    }

    #[test]
    fn labels_wrap_so_text_spacing_stays_in_the_room() {
        // "Thigh bone" is 5.8 em in DejaVu Sans, 7.3 em with the overrides.
        let spaced = spaced_width_em("Thigh bone");
        assert!((7.0..7.6).contains(&spaced), "{spaced}");
        // Narrow letters count as narrow: same length, much less width.
        assert!(spaced_width_em("trochanter") < spaced - 0.5);
        assert_eq!(wrap_for_spacing("Thigh bone", 10, 7.0), ["Thigh", "bone"]);
        assert_eq!(wrap_for_spacing("Thigh bone", 10, 7.6), ["Thigh bone"]);
        // A word that cannot fit keeps its line; a label never passes MAX_LINES for it.
        assert_eq!(wrap_for_spacing("trochanter", 10, 3.0), ["trochanter"]);
        assert_eq!(wrap_for_spacing("a b c d", 3, 0.5), ["a b", "c d"]);
    }

    #[test]
    fn stacked_labels_do_not_overlap() {
        let vb = Rect::new(0.0, 0.0, 360.0, 400.0);
        let frame = LabelFrame::new(vb, Rect::new(110.0, 20.0, 140.0, 360.0), 15.0);
        let reqs: Vec<LabelRequest> = (0..5)
            .map(|i| LabelRequest {
                id: format!("l{i}"),
                text: "Some label text here".into(),
                target: Vec2::new(150.0, 200.0 + i as f64),
                side: SidePref::Only(Side::Left),
            })
            .collect();
        let placed = place_labels(&reqs, &frame);
        assert_eq!(placed.len(), 5);
        for (i, a) in placed.iter().enumerate() {
            assert!(vb.contains_rect(&label_box(a)));
            for b in &placed[i + 1..] {
                assert!(!label_box(a).overlaps(&label_box(b)));
            }
        }
    }
}
