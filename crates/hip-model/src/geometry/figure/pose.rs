//! Joint angles, their human ranges, and forward kinematics.
//!
//! Angles are in degrees. The figure is a tree of links; each link sits at a fixed offset
//! on its parent and turns by an angle in the drawing plane. [`links`] turns a [`Pose`]
//! into that tree (the diagram layer draws it as nested SVG groups), and [`Frame`] holds
//! the resulting joint positions and segment outlines in the drawing plane.

use super::body::{Capsule, View};
use crate::geometry::Vec2;

/// A pose of the figure: the direction of its body axis and every joint angle.
///
/// Limb arrays are `[0, 1]`: limb 0 is painted behind the body, limb 1 in front. Seen from
/// the front, limb 0 hangs on the anticlockwise side of the body axis (underneath when the
/// figure lies on its side with its head to the left) and limb 1 on the other side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pose {
    /// Direction of the body axis (hips to head) in the drawing, anticlockwise from +x.
    pub pelvis: f64,
    /// Side view: +1 if the figure's front is clockwise from its body axis, -1 otherwise
    /// (a figure standing and facing right has +1). Not used from the front.
    pub facing: f64,
    /// Side: bending the spine forward (+) or back (-). Front: bending to the side,
    /// anticlockwise (+).
    pub trunk: f64,
    /// Side: chin down (+) or head back (-). Front: tilting the head to the side.
    pub neck: f64,
    /// Side: hip flexion (+, thigh forward) or extension (-). Front: abduction (+, out to
    /// the side) or adduction (-).
    pub hip: [f64; 2],
    /// Side: knee flexion. Front: bend of the drawn shin towards the body's midline (seen
    /// only when the leg is folded out of the drawing plane; a few degrees otherwise).
    pub knee: [f64; 2],
    /// Side: ankle dorsiflexion (+, toes up) or plantarflexion (-). Not used from the front.
    pub ankle: [f64; 2],
    /// Side: shoulder flexion (+, arm forward). Front: abduction (+, arm out and up).
    pub shoulder: [f64; 2],
    /// Elbow flexion (side) or the drawn bend of the forearm (front).
    pub elbow: [f64; 2],
    /// Front: hip flexion out of the drawing plane; the thigh looks shorter.
    pub hip_fold: [f64; 2],
    /// Front: knee flexion out of the drawing plane; the shin looks shorter.
    pub knee_fold: [f64; 2],
}

/// A body part the figure draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Pelvis,
    Trunk,
    Head,
    Thigh(usize),
    Shin(usize),
    Foot(usize),
    UpperArm(usize),
    Forearm(usize),
}

impl Part {
    /// A stable short name (used for CSS classes and test messages).
    pub fn name(self) -> String {
        match self {
            Part::Pelvis => "pelvis".into(),
            Part::Trunk => "trunk".into(),
            Part::Head => "head".into(),
            Part::Thigh(i) => format!("thigh{i}"),
            Part::Shin(i) => format!("shin{i}"),
            Part::Foot(i) => format!("foot{i}"),
            Part::UpperArm(i) => format!("arm{i}"),
            Part::Forearm(i) => format!("forearm{i}"),
        }
    }
}

/// One link of the figure's tree.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    /// What it draws.
    pub part: Part,
    /// Index of the parent link in the list (`None` for the pelvis, the root).
    pub parent: Option<usize>,
    /// Where the link's joint sits in its parent's frame (x along the parent's axis).
    pub offset: Vec2,
    /// Turn of this link relative to its parent, degrees anticlockwise.
    pub angle: f64,
    /// Its outline, along its own axis (already shortened if folded out of the plane).
    pub shape: Capsule,
    /// Painted before its parent's own outline.
    pub behind: bool,
}

/// The human range of each angle of a pose, as `(what, min, max)` per view.
pub fn ranges(view: View) -> [(&'static str, f64, f64); 9] {
    match view {
        View::Side => [
            ("trunk", -30.0, 60.0),
            ("neck", -45.0, 50.0),
            ("hip", -25.0, 125.0),
            ("knee", 0.0, 145.0),
            ("ankle", -50.0, 25.0),
            ("shoulder", -60.0, 180.0),
            ("elbow", 0.0, 150.0),
            ("hip_fold", 0.0, 0.0),
            ("knee_fold", 0.0, 0.0),
        ],
        View::Front => [
            ("trunk", -35.0, 35.0),
            ("neck", -40.0, 40.0),
            ("hip", -25.0, 45.0),
            ("knee", -10.0, 145.0),
            ("ankle", 0.0, 0.0),
            ("shoulder", -10.0, 180.0),
            ("elbow", -10.0, 150.0),
            ("hip_fold", -20.0, 125.0),
            ("knee_fold", 0.0, 145.0),
        ],
    }
}

impl Pose {
    /// Every angle of this pose as `(what, value)`, in the order of [`ranges`].
    pub fn angles(&self) -> Vec<(&'static str, f64)> {
        let mut out = vec![("trunk", self.trunk), ("neck", self.neck)];
        for (name, pair) in [
            ("hip", self.hip),
            ("knee", self.knee),
            ("ankle", self.ankle),
            ("shoulder", self.shoulder),
            ("elbow", self.elbow),
            ("hip_fold", self.hip_fold),
            ("knee_fold", self.knee_fold),
        ] {
            out.push((name, pair[0]));
            out.push((name, pair[1]));
        }
        out
    }

    /// Angles outside the human range for `view`, as sentences (empty when all are fine).
    /// A folded knee must bend at least as much in the drawing as its hip allows: from the
    /// front a leg that is not folded may bend only a few degrees.
    pub fn out_of_range(&self, view: View) -> Vec<String> {
        let r = ranges(view);
        let mut out = Vec::new();
        for (name, v) in self.angles() {
            let Some((_, lo, hi)) = r.iter().find(|(n, _, _)| *n == name) else {
                continue;
            };
            if !(v >= *lo - 1e-9 && v <= *hi + 1e-9) {
                out.push(format!("{name} {v:.1} outside {lo}..{hi}"));
            }
        }
        if view == View::Front {
            for i in 0..2 {
                if self.knee_fold[i] == 0.0 && self.hip_fold[i] == 0.0 && self.knee[i].abs() > 10.0
                {
                    out.push(format!(
                        "knee {i} bends {:.1} but the leg is straight",
                        self.knee[i]
                    ));
                }
            }
        }
        if view == View::Side && self.facing.abs() != 1.0 {
            out.push("facing must be +1 or -1".into());
        }
        out
    }

    /// The pose a fraction `t` (0..=1) of the way from `self` to `to`, every angle linear.
    pub fn lerp(&self, to: &Pose, t: f64) -> Pose {
        let l = |a: f64, b: f64| a + (b - a) * t;
        let l2 = |a: [f64; 2], b: [f64; 2]| [l(a[0], b[0]), l(a[1], b[1])];
        Pose {
            pelvis: l(self.pelvis, to.pelvis),
            facing: self.facing,
            trunk: l(self.trunk, to.trunk),
            neck: l(self.neck, to.neck),
            hip: l2(self.hip, to.hip),
            knee: l2(self.knee, to.knee),
            ankle: l2(self.ankle, to.ankle),
            shoulder: l2(self.shoulder, to.shoulder),
            elbow: l2(self.elbow, to.elbow),
            hip_fold: l2(self.hip_fold, to.hip_fold),
            knee_fold: l2(self.knee_fold, to.knee_fold),
        }
    }

    /// Sign that turns a limb's anatomical angle into a turn in the drawing.
    fn sign(&self, view: View, limb: usize) -> f64 {
        match view {
            View::Side => self.facing,
            View::Front => {
                if limb == 0 {
                    -1.0
                } else {
                    1.0
                }
            }
        }
    }

    /// The link tree for this pose, the pelvis placed at `root`. Children follow their
    /// parents; the order is the painting order among siblings.
    pub fn links(&self, view: View, root: Vec2) -> Vec<Link> {
        let b = view.body();
        let cos = |deg: f64| deg.to_radians().cos().abs();
        let side = view == View::Side;
        let mut out = vec![Link {
            part: Part::Pelvis,
            parent: None,
            offset: root,
            angle: self.pelvis,
            shape: b.pelvis,
            behind: false,
        }];
        let spine = |v: f64| if side { -self.facing * v } else { v };
        // Legs.
        for i in 0..2 {
            let s = self.sign(view, i);
            let across = if i == 0 { b.hip_across } else { -b.hip_across };
            let thigh_len = b.thigh * cos(self.hip_fold[i]);
            let shin_len = b.shin * cos(self.hip_fold[i] - self.knee_fold[i]);
            let hip = out.len();
            out.push(Link {
                part: Part::Thigh(i),
                parent: Some(0),
                offset: Vec2::new(0.0, across),
                angle: 180.0 + s * self.hip[i],
                shape: shortened(b.thigh_shape, thigh_len),
                behind: i == 0,
            });
            let knee = out.len();
            out.push(Link {
                part: Part::Shin(i),
                parent: Some(hip),
                offset: Vec2::new(thigh_len, 0.0),
                angle: -s * self.knee[i],
                shape: shortened(b.shin_shape, shin_len),
                behind: false,
            });
            out.push(Link {
                part: Part::Foot(i),
                parent: Some(knee),
                offset: Vec2::new(shin_len, 0.0),
                angle: if side {
                    s * (90.0 + self.ankle[i])
                } else {
                    0.0
                },
                shape: if side {
                    b.foot_shape
                } else {
                    shortened(
                        b.foot_shape,
                        b.foot_shape.to * cos(self.hip_fold[i] - self.knee_fold[i]),
                    )
                },
                behind: false,
            });
        }
        // Trunk, head, arms.
        let trunk = out.len();
        out.push(Link {
            part: Part::Trunk,
            parent: Some(0),
            offset: Vec2::new(b.waist, 0.0),
            angle: spine(self.trunk),
            shape: b.trunk,
            behind: true,
        });
        for i in 0..2 {
            let s = self.sign(view, i);
            let across = if i == 0 {
                b.shoulder_across
            } else {
                -b.shoulder_across
            };
            let arm = out.len();
            out.push(Link {
                part: Part::UpperArm(i),
                parent: Some(trunk),
                offset: Vec2::new(b.shoulder_at, across),
                angle: 180.0 + s * self.shoulder[i],
                shape: b.upper_arm_shape,
                behind: i == 0,
            });
            out.push(Link {
                part: Part::Forearm(i),
                parent: Some(arm),
                offset: Vec2::new(b.upper_arm, 0.0),
                angle: s * self.elbow[i],
                shape: b.forearm_shape,
                behind: false,
            });
            if i == 0 {
                out.push(Link {
                    part: Part::Head,
                    parent: Some(trunk),
                    offset: Vec2::new(b.neck_at, 0.0),
                    angle: spine(self.neck),
                    shape: b.head,
                    behind: false,
                });
            }
        }
        out
    }

    /// Sets limb `i`'s hip and knee so that the thigh and shin point along the drawn
    /// directions `thigh` and `shin` (degrees), given the pelvis direction.
    pub fn set_leg(&mut self, view: View, i: usize, thigh: f64, shin: f64) {
        let s = self.sign(view, i);
        let pelvis_to_thigh = wrap(thigh - self.pelvis - 180.0);
        self.hip[i] = s * pelvis_to_thigh;
        self.knee[i] = -s * wrap(shin - thigh);
    }

    /// Sets limb `i`'s ankle so that the foot points along the drawn direction `foot`
    /// (side view; from the front the foot follows the shin).
    pub fn set_foot(&mut self, view: View, i: usize, shin: f64, foot: f64) {
        if view == View::Side {
            self.ankle[i] = self.sign(view, i) * wrap(foot - shin) - 90.0;
        }
    }

    /// Sets arm `i` so that the upper arm and forearm point along the drawn directions.
    pub fn set_arm(&mut self, view: View, i: usize, trunk: f64, upper: f64, fore: f64) {
        let s = self.sign(view, i);
        self.shoulder[i] = s * wrap(upper - trunk - 180.0);
        self.elbow[i] = s * wrap(fore - upper);
    }
}

/// `deg` brought into -180..180.
pub fn wrap(deg: f64) -> f64 {
    let mut d = deg % 360.0;
    if d > 180.0 {
        d -= 360.0;
    } else if d <= -180.0 {
        d += 360.0;
    }
    d
}

/// A capsule whose far end sits at `len` (a folded segment looks shorter; its radii do
/// not change, because a sphere looks the same from every side).
fn shortened(c: Capsule, len: f64) -> Capsule {
    Capsule { to: len, ..c }
}

/// One segment's outline placed in the drawing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    /// Which part.
    pub part: Part,
    /// Centre of the first circle.
    pub a: Vec2,
    /// Centre of the second circle.
    pub b: Vec2,
    /// Radius at `a`.
    pub r0: f64,
    /// Radius at `b`.
    pub r1: f64,
}

impl Placed {
    /// The lowest point of the outline (mm above the floor).
    pub fn lowest(&self) -> f64 {
        (self.a.y - self.r0).min(self.b.y - self.r1)
    }
}

/// A pose placed in the drawing: where every joint and outline is.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// The view.
    pub view: View,
    /// The pose (after any planted limb was solved).
    pub pose: Pose,
    /// The link tree, root placed.
    pub links: Vec<Link>,
    /// World position of each link's joint and its drawn direction (degrees), by index.
    pub joints: Vec<(Vec2, f64)>,
}

impl Frame {
    /// Places `pose` with the pelvis at `root`.
    pub fn new(view: View, pose: Pose, root: Vec2) -> Frame {
        let links = pose.links(view, root);
        let mut joints: Vec<(Vec2, f64)> = Vec::with_capacity(links.len());
        for l in &links {
            let (at, dir) = match l.parent {
                None => (l.offset, l.angle),
                Some(p) => {
                    let (pa, pd) = joints[p];
                    (pa + l.offset.rotate(pd.to_radians()), pd + l.angle)
                }
            };
            joints.push((at, dir));
        }
        Frame {
            view,
            pose,
            links,
            joints,
        }
    }

    /// Index of the link drawing `part`.
    pub fn index(&self, part: Part) -> Option<usize> {
        self.links.iter().position(|l| l.part == part)
    }

    /// A point on `part`'s axis, `along` mm from its joint.
    pub fn point(&self, part: Part, along: f64) -> Vec2 {
        match self.index(part) {
            Some(i) => {
                let (at, dir) = self.joints[i];
                at + Vec2::from_angle(dir.to_radians()) * along
            }
            None => Vec2::ZERO,
        }
    }

    /// Drawn direction of `part` (degrees).
    pub fn direction(&self, part: Part) -> f64 {
        self.index(part).map_or(0.0, |i| self.joints[i].1)
    }

    /// Every outline in the drawing.
    pub fn outlines(&self) -> Vec<Placed> {
        self.links
            .iter()
            .zip(&self.joints)
            .map(|(l, (at, dir))| {
                let u = Vec2::from_angle((dir + l.shape.turn).to_radians());
                Placed {
                    part: l.part,
                    a: *at + u * l.shape.from,
                    b: *at + u * l.shape.to,
                    r0: l.shape.r0,
                    r1: l.shape.r1,
                }
            })
            .collect()
    }

    /// The same frame moved by `by`.
    pub fn moved(&self, by: Vec2) -> Frame {
        let root = self.links[0].offset + by;
        Frame::new(self.view, self.pose, root)
    }
}
