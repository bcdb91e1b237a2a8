//! Chapter 3's model: six everyday activities, the plane of movement each one mostly works,
//! which hip muscle groups lead, and a characteristic still pose for each (with the chair,
//! desk or exercise bike it needs). Pure data; the words for all of it live in content.
//!
//! The muscle levels are ordinal and deliberately modest (0 = rests, 1 = helps a little,
//! 2 = helps, 3 = leads): they follow standard kinesiology of each movement, not measured
//! percentages.

use super::body::{ArmPose, Body, BodyPose, LegPose, PropPart};
use super::vec::Vec3;
use crate::geometry::trig::Trig;

/// An everyday activity the reader can pick.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Activity {
    /// Walking (the default).
    #[default]
    Walking,
    /// Running.
    Running,
    /// Cycling (on an exercise bike).
    Cycling,
    /// Sitting at a desk.
    Sitting,
    /// Stepping to the side.
    SideStepping,
    /// Turning on one foot.
    Turning,
}

/// A plane of movement through the hip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plane {
    /// Forward and back (sagittal).
    Sagittal,
    /// Side to side (frontal).
    Frontal,
    /// Turning (transverse).
    Transverse,
}

impl Plane {
    /// All three, in the order they are drawn and described.
    pub const ALL: [Plane; 3] = [Plane::Sagittal, Plane::Frontal, Plane::Transverse];

    /// Annotation id (content labels use it).
    pub fn id(self) -> &'static str {
        match self {
            Plane::Sagittal => "sagittal-plane",
            Plane::Frontal => "frontal-plane",
            Plane::Transverse => "transverse-plane",
        }
    }
}

/// How much an activity works a plane.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Emphasis {
    /// Hardly.
    None,
    /// Some, alongside the main plane.
    ALittle,
    /// The plane it mostly works.
    Mostly,
}

/// Kind of muscle group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Big muscles that drive movement forward and back.
    BigMover,
    /// Small deep muscles that keep the hip and pelvis steady.
    Stabilizer,
}

/// A hip muscle group shown in the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MuscleGroup {
    /// Gluteus maximus.
    GluteusMaximus,
    /// Quadriceps (front of the thigh).
    Quadriceps,
    /// Hamstrings (back of the thigh).
    Hamstrings,
    /// Hip flexors (iliopsoas and friends).
    HipFlexors,
    /// Gluteus medius and minimus.
    GluteusMediusMinimus,
    /// The deep six external rotators.
    DeepRotators,
}

impl MuscleGroup {
    /// All groups: big movers first, then the stabilizers.
    pub const ALL: [MuscleGroup; 6] = [
        MuscleGroup::GluteusMaximus,
        MuscleGroup::Quadriceps,
        MuscleGroup::Hamstrings,
        MuscleGroup::HipFlexors,
        MuscleGroup::GluteusMediusMinimus,
        MuscleGroup::DeepRotators,
    ];

    /// Id used by content.
    pub fn id(self) -> &'static str {
        match self {
            MuscleGroup::GluteusMaximus => "gluteus-maximus",
            MuscleGroup::Quadriceps => "quadriceps",
            MuscleGroup::Hamstrings => "hamstrings",
            MuscleGroup::HipFlexors => "hip-flexors",
            MuscleGroup::GluteusMediusMinimus => "gluteus-medius-minimus",
            MuscleGroup::DeepRotators => "deep-rotators",
        }
    }

    /// Big mover or small stabilizer.
    pub fn kind(self) -> Kind {
        match self {
            MuscleGroup::GluteusMediusMinimus | MuscleGroup::DeepRotators => Kind::Stabilizer,
            _ => Kind::BigMover,
        }
    }
}

/// Highest lead level (0 = rests ..= 3 = leads).
pub const MAX_LEAD: u8 = 3;

/// Furniture or equipment an activity needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prop {
    /// Nothing: standing or moving on the floor.
    None,
    /// A chair and a desk.
    ChairAndDesk,
    /// An exercise bike.
    Bike,
}

/// An activity's figure: the posed body, its equipment, and the floor.
#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    /// The posed figure.
    pub body: Body,
    /// Chair, desk or bike parts (may be empty).
    pub props: Vec<PropPart>,
    /// Height of the floor (y, mm): everything rests on or above it.
    pub floor_y: f64,
}

const fn leg(
    hip_flexion: f64,
    hip_abduction: f64,
    hip_rotation: f64,
    knee: f64,
    ankle: f64,
) -> LegPose {
    LegPose {
        hip_flexion,
        hip_abduction,
        hip_rotation,
        knee_flexion: knee,
        ankle,
    }
}

const fn arm(flexion: f64, abduction: f64, elbow: f64) -> ArmPose {
    ArmPose {
        shoulder_flexion: flexion,
        shoulder_abduction: abduction,
        elbow_flexion: elbow,
    }
}

/// Height of the exercise bike's crank axle above the floor (mm).
pub const BIKE_CRANK_HEIGHT: f64 = 300.0;

impl Activity {
    /// All six, in the order the buttons show them.
    pub const ALL: [Activity; 6] = [
        Activity::Walking,
        Activity::Running,
        Activity::Cycling,
        Activity::Sitting,
        Activity::SideStepping,
        Activity::Turning,
    ];

    /// Id used by content.
    pub fn id(self) -> &'static str {
        match self {
            Activity::Walking => "walking",
            Activity::Running => "running",
            Activity::Cycling => "cycling",
            Activity::Sitting => "sitting",
            Activity::SideStepping => "side-stepping",
            Activity::Turning => "turning",
        }
    }

    /// The activity with this content id.
    pub fn from_id(id: &str) -> Option<Activity> {
        Activity::ALL.into_iter().find(|a| a.id() == id)
    }

    /// How much it works each plane (in [`Plane::ALL`] order).
    pub fn planes(self) -> [Emphasis; 3] {
        use Emphasis::*;
        match self {
            // Walking and running: forward-back, and the side muscles keep the pelvis level
            // each time the body stands on one leg.
            Activity::Walking | Activity::Running => [Mostly, ALittle, None],
            Activity::Cycling | Activity::Sitting => [Mostly, None, None],
            Activity::SideStepping => [None, Mostly, None],
            Activity::Turning => [None, None, Mostly],
        }
    }

    /// How much each muscle group leads (0..=3, in [`MuscleGroup::ALL`] order).
    pub fn leads(self) -> [u8; 6] {
        match self {
            //                       gmax quad ham flex | med/min rotators
            Activity::Walking => [2, 2, 2, 2, 2, 1],
            Activity::Running => [3, 3, 3, 3, 2, 1],
            Activity::Cycling => [3, 3, 2, 2, 1, 1],
            Activity::Sitting => [0, 0, 0, 0, 0, 0],
            Activity::SideStepping => [2, 2, 1, 1, 3, 2],
            Activity::Turning => [2, 1, 1, 1, 3, 3],
        }
    }

    /// How much `g` leads in this activity.
    pub fn lead(self, g: MuscleGroup) -> u8 {
        let i = MuscleGroup::ALL.iter().position(|x| *x == g).unwrap_or(0);
        self.leads()[i]
    }

    /// The equipment it needs.
    pub fn prop(self) -> Prop {
        match self {
            Activity::Cycling => Prop::Bike,
            Activity::Sitting => Prop::ChairAndDesk,
            _ => Prop::None,
        }
    }

    /// The characteristic still pose.
    pub fn pose(self) -> BodyPose {
        match self {
            // Right heel strikes in front, left toes push off behind; arms swing opposite.
            Activity::Walking => BodyPose {
                pelvis_turn: 0.0,
                pelvis_lean: 2.0,
                trunk_lean: 2.0,
                trunk_twist: 0.0,
                right_leg: leg(24.0, 0.0, 0.0, 4.0, 4.0),
                left_leg: leg(-14.0, 0.0, 0.0, 32.0, -5.0),
                right_arm: arm(-18.0, 6.0, 12.0),
                left_arm: arm(22.0, 6.0, 22.0),
            },
            // Right foot about to land, left leg driving off behind; elbows bent.
            Activity::Running => BodyPose {
                pelvis_turn: 0.0,
                pelvis_lean: 8.0,
                trunk_lean: 6.0,
                trunk_twist: 0.0,
                right_leg: leg(50.0, 0.0, 0.0, 45.0, 2.0),
                left_leg: leg(-18.0, 0.0, 0.0, 22.0, -28.0),
                right_arm: arm(-35.0, 8.0, 95.0),
                left_arm: arm(45.0, 8.0, 90.0),
            },
            // Leaning to the handlebar, right pedal near the top, left near the bottom.
            Activity::Cycling => BodyPose {
                pelvis_turn: 0.0,
                pelvis_lean: 22.0,
                trunk_lean: 20.0,
                trunk_twist: 0.0,
                right_leg: leg(95.0, 2.0, 0.0, 110.0, 8.0),
                left_leg: leg(55.0, 2.0, 0.0, 50.0, -12.0),
                right_arm: arm(80.0, 6.0, 15.0),
                left_arm: arm(80.0, 6.0, 15.0),
            },
            // Upright on a chair, feet flat, forearms on the desk.
            Activity::Sitting => BodyPose {
                pelvis_turn: 0.0,
                pelvis_lean: 0.0,
                trunk_lean: 4.0,
                trunk_twist: 0.0,
                right_leg: leg(88.0, 4.0, 0.0, 88.0, 0.0),
                left_leg: leg(88.0, 4.0, 0.0, 88.0, 0.0),
                right_arm: arm(22.0, 8.0, 75.0),
                left_arm: arm(22.0, 8.0, 75.0),
            },
            // Stepping out to the right from a slightly bent stance.
            Activity::SideStepping => BodyPose {
                pelvis_turn: 0.0,
                pelvis_lean: 8.0,
                trunk_lean: 4.0,
                trunk_twist: 0.0,
                right_leg: leg(14.0, 26.0, 0.0, 18.0, 12.0),
                left_leg: leg(14.0, 6.0, 0.0, 20.0, 14.0),
                right_arm: arm(10.0, 22.0, 30.0),
                left_arm: arm(10.0, 22.0, 30.0),
            },
            // Turning to the left over the right foot, left heel lifting to pivot.
            Activity::Turning => BodyPose {
                pelvis_turn: 35.0,
                pelvis_lean: 3.0,
                trunk_lean: 3.0,
                trunk_twist: 15.0,
                right_leg: leg(4.0, 4.0, -30.0, 8.0, 7.0),
                left_leg: leg(16.0, 8.0, 5.0, 50.0, -5.0),
                right_arm: arm(35.0, 12.0, 50.0),
                left_arm: arm(-15.0, 25.0, 35.0),
            },
        }
    }

    /// The posed figure with its equipment, resting on the floor.
    pub fn stage(self) -> Stage {
        let body = Body::new(&self.pose());
        let mut floor_y = body.floor_y;
        let mut props = Vec::new();
        match self.prop() {
            Prop::None => {}
            Prop::Bike => {
                let [r, l] = body.balls;
                let crank = r.lerp(l, 0.5);
                floor_y = floor_y.max(crank.y + BIKE_CRANK_HEIGHT);
                bike(&body, crank, r.distance(l) / 2.0, floor_y, &mut props);
            }
            Prop::ChairAndDesk => chair_and_desk(&body, floor_y, &mut props),
        }
        Stage {
            body,
            props,
            floor_y,
        }
    }
}

fn part(id: &'static str, closed: bool, points: Vec<Vec3>) -> PropPart {
    PropPart { id, points, closed }
}

/// A flat horizontal rectangle: x from `x0` to `x1`, z from `z0` to `z1`, at height `y`.
fn slab(x0: f64, x1: f64, y: f64, z0: f64, z1: f64) -> Vec<Vec3> {
    vec![
        Vec3::new(x0, y, z0),
        Vec3::new(x1, y, z0),
        Vec3::new(x1, y, z1),
        Vec3::new(x0, y, z1),
    ]
}

/// An exercise bike: the pedals are under the balls of the feet, the saddle under the
/// pelvis, the handlebar in the hands.
fn bike(body: &Body, crank: Vec3, radius: f64, floor: f64, out: &mut Vec<PropPart>) {
    let c = body.pelvis_centre;
    let x = c.x;
    let saddle = Vec3::new(x, c.y + 95.0, c.z - 20.0);
    let circle: Vec<Vec3> = (0..36)
        .map(|i| {
            let t = i as f64 * std::f64::consts::TAU / 36.0;
            Vec3::new(
                x,
                crank.y + radius * t.sine(),
                crank.z + radius * t.cosine(),
            )
        })
        .collect();
    let hand = body.hands[0].lerp(body.hands[1], 0.5);
    let head = Vec3::new(x, hand.y + 170.0, hand.z - 60.0);
    let base_back = Vec3::new(x, floor, crank.z - 320.0);
    let base_front = Vec3::new(x, floor, crank.z + 300.0);
    out.push(part("bike-crank-circle", true, circle));
    out.push(part(
        "bike-frame",
        false,
        vec![saddle + Vec3::new(0.0, 30.0, 0.0), crank, head, hand],
    ));
    out.push(part("bike-base", false, vec![base_back, crank, base_front]));
    out.push(part(
        "bike-feet",
        false,
        vec![
            base_back + Vec3::new(-160.0, 0.0, 0.0),
            base_back + Vec3::new(160.0, 0.0, 0.0),
        ],
    ));
    out.push(part(
        "bike-feet",
        false,
        vec![
            base_front + Vec3::new(-160.0, 0.0, 0.0),
            base_front + Vec3::new(160.0, 0.0, 0.0),
        ],
    ));
    out.push(part(
        "bike-handlebar",
        false,
        vec![
            Vec3::new(body.hands[0].x - 30.0, hand.y, hand.z),
            Vec3::new(body.hands[1].x + 30.0, hand.y, hand.z),
        ],
    ));
    out.push(part(
        "bike-crank",
        false,
        vec![body.balls[0], crank, body.balls[1]],
    ));
    out.push(part(
        "bike-saddle",
        true,
        vec![
            saddle + Vec3::new(-75.0, 0.0, -90.0),
            saddle + Vec3::new(75.0, 0.0, -90.0),
            saddle + Vec3::new(22.0, 0.0, 150.0),
            saddle + Vec3::new(-22.0, 0.0, 150.0),
        ],
    ));
}

/// A chair under the pelvis and a desk under the forearms.
fn chair_and_desk(body: &Body, floor: f64, out: &mut Vec<PropPart>) {
    let c = body.pelvis_centre;
    let seat_y = c.y + 80.0;
    let (x0, x1) = (c.x - 220.0, c.x + 220.0);
    let (z0, z1) = (c.z - 200.0, c.z + 230.0);
    out.push(part(
        "chair-back",
        true,
        vec![
            Vec3::new(x0 + 20.0, seat_y - 130.0, z0),
            Vec3::new(x1 - 20.0, seat_y - 130.0, z0),
            Vec3::new(x1 - 20.0, seat_y - 470.0, z0 - 25.0),
            Vec3::new(x0 + 20.0, seat_y - 470.0, z0 - 25.0),
        ],
    ));
    for (x, z) in [
        (x0 + 20.0, z0),
        (x1 - 20.0, z0),
        (x0 + 20.0, z1 - 20.0),
        (x1 - 20.0, z1 - 20.0),
    ] {
        out.push(part(
            "chair-leg",
            false,
            vec![Vec3::new(x, seat_y, z), Vec3::new(x, floor, z)],
        ));
    }
    out.push(part("chair-seat", true, slab(x0, x1, seat_y, z0, z1)));
    // The desk top sits just under the forearms.
    let forearm_y = body.hands[0].y.max(body.hands[1].y) + 36.0;
    let front = body.hands[0].z.min(body.hands[1].z) - 150.0;
    let (dx0, dx1) = (c.x - 230.0, c.x + 230.0);
    let back = front + 330.0;
    for (x, z) in [
        (dx0 + 30.0, front + 30.0),
        (dx1 - 30.0, front + 30.0),
        (dx0 + 30.0, back - 30.0),
        (dx1 - 30.0, back - 30.0),
    ] {
        out.push(part(
            "desk-leg",
            false,
            vec![Vec3::new(x, forearm_y, z), Vec3::new(x, floor, z)],
        ));
    }
    out.push(part(
        "desk-top",
        true,
        slab(dx0, dx1, forearm_y, front, back),
    ));
}
