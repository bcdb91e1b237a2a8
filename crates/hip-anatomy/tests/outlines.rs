//! The committed outlines against the meshes they were traced from.

use hip_anatomy::generate::parse_d;
use hip_anatomy::generated::{LINES, OUTLINES};
use hip_anatomy::model::{BoneId, Model};
use hip_anatomy::trace::{self, Bezier};
use hip_anatomy::vec::V2;
use hip_anatomy::view::View;

fn loops(o: &hip_anatomy::data::Outline) -> Vec<Bezier> {
    o.loops
        .iter()
        .map(|l| {
            l.iter()
                .map(|p| V2::new(f64::from(p[0]), f64::from(p[1])))
                .collect()
        })
        .collect()
}

fn outline(bone: BoneId, view: View) -> &'static hip_anatomy::data::Outline {
    OUTLINES
        .iter()
        .find(|o| o.bone == bone.id() && o.view == view.id())
        .unwrap_or_else(|| panic!("no outline of {bone:?} from the {view:?}"))
}

#[test]
fn every_bone_is_traced_in_every_view_and_fits_its_silhouette() {
    let m = Model::load();
    assert_eq!(OUTLINES.len(), BoneId::ALL.len() * View::ALL.len());
    let mut report = String::new();
    let mut worst = 1.0f64;
    for bone in BoneId::ALL {
        for view in View::ALL {
            let o = outline(bone, view);
            let sil = trace::silhouette(&trace::project(&m.bone(bone).tris, view));
            // The point lists and the path data must both fit.
            let from_points = trace::raster_of(&loops(o), &sil).iou(&sil);
            let from_d = trace::raster_of(&parse_d(o.d).unwrap(), &sil).iou(&sil);
            report += &format!(
                "{} {}: {from_points:.4} / {from_d:.4}\n",
                bone.id(),
                view.id()
            );
            worst = worst.min(from_points).min(from_d);
            assert!(
                from_points >= 0.97 && from_d >= 0.97,
                "{bone:?} {view:?}: IoU {from_points:.4} (points), {from_d:.4} (path data)"
            );
        }
    }
    println!("{report}worst IoU {worst:.4}");
}

#[test]
fn outlines_are_smooth_closed_curves_of_a_few_dozen_segments() {
    for o in OUTLINES {
        for l in loops(o) {
            assert_eq!(l.len() % 3, 1, "{} {}", o.bone, o.view);
            assert!(
                l[0].dist(*l.last().unwrap()) < 1e-3,
                "{} {} not closed",
                o.bone,
                o.view
            );
            let segs = trace::segments(&l);
            assert!(segs <= 120, "{} {}: {segs} segments", o.bone, o.view);
            // Tangent continuity at every knot: no corner (facet). The curve is smooth by
            // construction; what is checked is that writing it at 0.1 mm keeps it so: the
            // angle may only be as large as rounding both ends of each handle can make it.
            for k in 0..segs {
                let knot = l[3 * k];
                let (before, after) = (
                    if k == 0 { l[l.len() - 2] } else { l[3 * k - 1] },
                    l[3 * k + 1],
                );
                let (a, b) = (knot - before, after - knot);
                if a.len() < 0.5 || b.len() < 0.5 {
                    continue; // too short to carry a direction at 0.1 mm
                }
                let rounding = |len: f64| (0.15 / len).min(1.0).asin().to_degrees();
                let allowed = 3.0 + rounding(a.len()) + rounding(b.len());
                let angle = a.cross(b).atan2(a.dot(b)).abs().to_degrees();
                assert!(
                    angle < allowed,
                    "{} {}: corner of {angle:.1} degrees at {knot:?}",
                    o.bone,
                    o.view
                );
            }
        }
    }
}

#[test]
fn no_path_data_holds_a_non_finite_number() {
    for o in OUTLINES {
        assert!(parse_d(o.d).is_ok(), "{} {}", o.bone, o.view);
        assert!(!o.d.contains("NaN") && !o.d.contains("inf"));
        assert!(o
            .loops
            .iter()
            .flat_map(|l| l.iter())
            .all(|p| p[0].is_finite() && p[1].is_finite()));
    }
    for l in LINES {
        assert!(parse_d(l.d).is_ok() && !l.d.contains("NaN"), "{}", l.id);
    }
}

fn area(l: &[V2]) -> f64 {
    trace::signed_area(&trace::flatten(l, 8)).abs()
}

#[test]
fn the_hip_bone_keeps_the_obturator_foramen_as_a_hole_in_front_and_side_views() {
    for view in [View::Front, View::Back, View::Side] {
        let o = outline(BoneId::PelvisR, view);
        assert!(o.holes >= 1, "{view:?}");
        let l = loops(o);
        let hole = area(&l[l.len() - 1]);
        assert!(
            (300.0..3000.0).contains(&hole),
            "{view:?}: foramen of {hole:.0} mm²"
        );
    }
}

fn centre(o: &hip_anatomy::data::Outline) -> V2 {
    let pts: Vec<V2> = loops(o)[0].clone();
    pts.iter().fold(V2::default(), |a, p| a + *p) * (1.0 / pts.len() as f64)
}

#[test]
fn views_are_oriented_as_documented() {
    // Front: the subject's right hip bone on the viewer's left; back: on the viewer's right.
    assert!(
        centre(outline(BoneId::PelvisR, View::Front)).x
            < centre(outline(BoneId::PelvisL, View::Front)).x
    );
    assert!(
        centre(outline(BoneId::PelvisR, View::Back)).x
            > centre(outline(BoneId::PelvisL, View::Back)).x
    );
    // Up is up: the spine above the pelvis above the femur above the tibia, in every view.
    for view in View::ALL {
        let y = |b| centre(outline(b, view)).y;
        assert!(y(BoneId::L1) < y(BoneId::L5) && y(BoneId::L5) < y(BoneId::Sacrum));
        assert!(y(BoneId::PelvisR) < y(BoneId::Femur) && y(BoneId::Femur) < y(BoneId::Tibia));
    }
    // Side: facing the viewer's right, so the kneecap is right of the femur's centre and the
    // sacrum left of the hip bone's.
    let x = |b| centre(outline(b, View::Side)).x;
    assert!(x(BoneId::Patella) > x(BoneId::Femur));
    assert!(x(BoneId::Sacrum) < x(BoneId::PelvisR));
}

#[test]
fn the_acetabular_rim_is_drawn_in_the_side_view_around_the_hip_centre() {
    let rim = LINES
        .iter()
        .find(|l| l.id == "acetabular-rim")
        .expect("rim line");
    assert_eq!((rim.view, rim.bone), ("side", "hip-bone-right"));
    // Its points are on the hip bone around the socket: farther from the hip centre than
    // the femoral head's surface (radius ~23 mm), nearer than the rim's reach.
    assert!(rim.points.len() >= 24);
    for p in rim.points {
        let r = (p[0] * p[0] + p[1] * p[1] + p[2] * p[2]).sqrt();
        assert!((21.0..33.0).contains(&r), "rim point {p:?} at {r:.1} mm");
    }
    // Seen from the side, the closed curve surrounds the hip centre.
    let pts = parse_d(rim.d).unwrap();
    let poly = trace::flatten(&pts[0], 8);
    let mut g = trace::Grid::covering(V2::new(-40.0, -40.0), V2::new(40.0, 40.0), 0.5, 0.0);
    g.fill_loops(&[poly]);
    let i = ((0.0 - g.x0) / g.res) as usize;
    let j = ((0.0 - g.y0) / g.res) as usize;
    assert!(g.on[j * g.w + i], "the rim does not enclose the hip centre");
}

#[test]
fn the_trochanters_ridges_run_on_the_femur_from_the_greater_to_the_lesser_trochanter() {
    let m = Model::load();
    let femur = &m.bone(BoneId::Femur).tris;
    let lm = |id: &str| {
        let l = hip_anatomy::generated::LANDMARKS
            .iter()
            .find(|l| l.id == id)
            .unwrap();
        hip_anatomy::vec::V3::new(f64::from(l.at[0]), f64::from(l.at[1]), f64::from(l.at[2]))
    };
    let (tip, lt) = (lm("greater-trochanter-tip"), lm("lesser-trochanter"));
    let mut mean_z = Vec::new();
    for (id, view) in [
        ("intertrochanteric-line", View::Front),
        ("intertrochanteric-crest", View::Back),
    ] {
        let l = LINES
            .iter()
            .find(|l| l.id == id)
            .unwrap_or_else(|| panic!("no {id}"));
        assert_eq!((l.bone, l.view, l.closed), ("femur", view.id(), false));
        let pts: Vec<_> = l
            .points
            .iter()
            .map(|p| hip_anatomy::vec::V3::new(f64::from(p[0]), f64::from(p[1]), f64::from(p[2])))
            .collect();
        for p in &pts {
            let d = hip_anatomy::surface::distance(*p, femur);
            assert!(d <= 3.0, "{id}: {p:?} is {d:.1} mm off the femur");
        }
        // From the greater trochanter (the line starts on its front, the crest at its tip)
        // to the level of the lesser trochanter, beside it as seen in the line's view.
        let (first, last) = (pts[0], *pts.last().unwrap());
        assert!(
            first.dist(tip) < 20.0 && first.x < -35.0,
            "{id} starts at {first:?}"
        );
        let seen = view.project(last).dist(view.project(lt));
        assert!(
            seen < 15.0 && (last.y - lt.y).abs() < 10.0,
            "{id} ends at {last:?}"
        );
        mean_z.push(pts.iter().map(|p| p.z).sum::<f64>() / pts.len() as f64);
        // Drawn inside the femur's outline in its view.
        let o = outline(BoneId::Femur, view);
        let sil = trace::silhouette(&trace::project(femur, view));
        let inside = trace::raster_of(&loops(o), &sil);
        for q in trace::flatten(&parse_d(&format!("{}z", l.d)).unwrap()[0], 4) {
            let i = ((q.x - inside.x0) / inside.res) as usize;
            let j = ((q.y - inside.y0) / inside.res) as usize;
            assert!(
                inside.on[j * inside.w + i],
                "{id} leaves the outline at {q:?}"
            );
        }
    }
    assert!(
        mean_z[1] < mean_z[0] - 15.0,
        "the crest is on the back, the line on the front"
    );
}
