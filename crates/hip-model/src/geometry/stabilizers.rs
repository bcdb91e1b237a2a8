//! The deep hip stabilizers (gluteus medius and minimus, piriformis, the gemelli, obturator
//! internus, quadratus femoris) and the gluteus maximus over them, as [`Muscle`]s with
//! attachments from `anatomy.md`, plus the width of each belly where it starts and ends so
//! the back view can draw it as a sheet.

use super::muscle::{Muscle, Role};
use super::skeleton::{Attachment, Bone};

/// Ids, in the order the figure lists them (top of the drawing to bottom, then the big mover).
pub const IDS: [&str; 8] = [
    GLUTEUS_MEDIUS,
    GLUTEUS_MINIMUS,
    PIRIFORMIS,
    SUPERIOR_GEMELLUS,
    OBTURATOR_INTERNUS,
    INFERIOR_GEMELLUS,
    QUADRATUS_FEMORIS,
    GLUTEUS_MAXIMUS,
];
/// Gluteus medius.
pub const GLUTEUS_MEDIUS: &str = "gluteus-medius";
/// Gluteus minimus.
pub const GLUTEUS_MINIMUS: &str = "gluteus-minimus";
/// Piriformis.
pub const PIRIFORMIS: &str = "piriformis";
/// Superior gemellus.
pub const SUPERIOR_GEMELLUS: &str = "superior-gemellus";
/// Obturator internus.
pub const OBTURATOR_INTERNUS: &str = "obturator-internus";
/// Inferior gemellus.
pub const INFERIOR_GEMELLUS: &str = "inferior-gemellus";
/// Quadratus femoris.
pub const QUADRATUS_FEMORIS: &str = "quadratus-femoris";
/// Gluteus maximus (the big mover over them).
pub const GLUTEUS_MAXIMUS: &str = "gluteus-maximus";

/// A muscle drawn as a sheet: its line of pull plus the two edges of the belly where it
/// becomes visible from behind and where it inserts (each edge: two points on the bone).
#[derive(Debug, Clone, PartialEq)]
pub struct MuscleSheet {
    /// Line of pull with real origin and insertion.
    pub muscle: Muscle,
    /// Index into the muscle's path where the part seen from behind starts (0 = at the
    /// origin; piriformis and obturator internus start in front of bone and come into view
    /// at a via point).
    pub visible_from: usize,
    /// The belly's edge where it comes into view (two points, same bone as that path point).
    pub start_edge: [Attachment; 2],
    /// The belly's edge at the insertion.
    pub end_edge: [Attachment; 2],
    /// Back-view landmark (see `pelvis_back::back_landmarks`) next to the origin.
    pub origin_near: &'static str,
    /// Back-view landmark next to the insertion.
    pub insertion_near: &'static str,
}

const fn pel(x: f64, y: f64, z: f64) -> Attachment {
    Attachment::new(Bone::Pelvis, x, y, z)
}

const fn fem(x: f64, y: f64, z: f64) -> Attachment {
    Attachment::new(Bone::Femur, x, y, z)
}

fn mid(a: Attachment, b: Attachment) -> Attachment {
    Attachment {
        bone: a.bone,
        at: a.at.lerp(b.at, 0.5),
    }
}

#[allow(clippy::too_many_arguments)]
fn sheet(
    id: &'static str,
    role: Role,
    start_edge: [Attachment; 2],
    end_edge: [Attachment; 2],
    hidden_origin: Option<Attachment>,
    width_mm: f64,
    origin_near: &'static str,
    insertion_near: &'static str,
) -> MuscleSheet {
    let start = mid(start_edge[0], start_edge[1]);
    let end = mid(end_edge[0], end_edge[1]);
    let (origin, via, visible_from) = match hidden_origin {
        Some(o) => (o, vec![start], 1),
        None => (start, Vec::new(), 0),
    };
    MuscleSheet {
        muscle: Muscle {
            id,
            role,
            origin,
            via,
            insertion: end,
            width_mm,
        },
        visible_from,
        start_edge,
        end_edge,
        origin_near,
        insertion_near,
    }
}

/// Every muscle of the figure, deepest first (the order they are painted).
pub fn all() -> Vec<MuscleSheet> {
    use Role::{BigMover, Stabilizer};
    vec![
        // Outer ilium, deeper and lower than medius -> front of the greater trochanter.
        sheet(
            GLUTEUS_MINIMUS,
            Stabilizer,
            [pel(-40.0, -80.0, 26.0), pel(12.0, -50.0, -52.0)],
            [fem(-50.0, 12.0, 8.0), fem(-46.0, 0.0, 4.0)],
            None,
            40.0,
            "gluteal-surface",
            "greater-trochanter",
        ),
        // Outer ilium below the crest (a fan) -> outer surface of the greater trochanter.
        sheet(
            GLUTEUS_MEDIUS,
            Stabilizer,
            [pel(-47.0, -96.0, 15.0), pel(24.0, -100.0, -68.0)],
            [fem(-62.0, 15.0, -4.0), fem(-51.0, -4.0, -16.0)],
            None,
            60.0,
            "iliac-crest",
            "greater-trochanter",
        ),
        // Front of the sacrum, out through the greater sciatic notch -> top of the trochanter.
        sheet(
            PIRIFORMIS,
            Stabilizer,
            [pel(53.0, -33.0, -72.0), pel(48.0, -60.0, -74.0)],
            [fem(-40.0, 1.0, -14.0), fem(-45.0, -7.0, -14.0)],
            Some(pel(68.0, -55.0, -62.0)),
            22.0,
            "sacrum",
            "greater-trochanter",
        ),
        // Ischial spine -> obturator internus tendon / greater trochanter.
        sheet(
            SUPERIOR_GEMELLUS,
            Stabilizer,
            [pel(36.0, 10.0, -51.0), pel(38.5, 1.0, -51.0)],
            [fem(-38.0, 7.0, -17.0), fem(-39.0, 2.0, -17.0)],
            None,
            8.0,
            "ischial-spine",
            "greater-trochanter",
        ),
        // Inner surface round the obturator foramen; the tendon turns round the lesser
        // sciatic notch -> inner side of the greater trochanter.
        sheet(
            OBTURATOR_INTERNUS,
            Stabilizer,
            [pel(26.0, 26.5, -54.0), pel(26.5, 15.0, -54.0)],
            [fem(-37.0, 12.0, -16.0), fem(-38.0, 6.0, -16.0)],
            Some(pel(54.0, 36.0, -4.0)),
            10.0,
            "obturator-foramen",
            "greater-trochanter",
        ),
        // Upper ischial tuberosity -> obturator internus tendon / greater trochanter.
        sheet(
            INFERIOR_GEMELLUS,
            Stabilizer,
            [pel(28.5, 47.0, -52.0), pel(27.0, 35.0, -52.0)],
            [fem(-36.0, 17.0, -16.0), fem(-37.0, 11.0, -16.0)],
            None,
            10.0,
            "ischial-tuberosity",
            "greater-trochanter",
        ),
        // Outer edge of the ischial tuberosity -> intertrochanteric crest.
        sheet(
            QUADRATUS_FEMORIS,
            Stabilizer,
            [pel(14.0, 76.0, -47.0), pel(12.0, 53.0, -45.0)],
            [fem(-27.0, 50.0, -24.0), fem(-36.0, 26.0, -26.0)],
            None,
            22.0,
            "ischial-tuberosity",
            "intertrochanteric-crest",
        ),
        // Back of the ilium, sacrum and coccyx -> gluteal tuberosity and the IT band.
        sheet(
            GLUTEUS_MAXIMUS,
            BigMover,
            [pel(84.0, 40.0, -70.0), pel(30.0, -110.0, -76.0)],
            [fem(-27.0, 128.0, -18.0), fem(-74.0, 26.0, 2.0)],
            None,
            120.0,
            "sacrum",
            "gluteal-tuberosity",
        ),
    ]
}

/// The muscle with this id.
pub fn by_id(id: &str) -> Option<MuscleSheet> {
    all().into_iter().find(|m| m.muscle.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_id_is_drawn_once_and_roles_match() {
        let all = all();
        assert_eq!(all.len(), IDS.len());
        for id in IDS {
            let m = by_id(id).unwrap();
            let want = if id == GLUTEUS_MAXIMUS {
                Role::BigMover
            } else {
                Role::Stabilizer
            };
            assert_eq!(m.muscle.role, want, "{id}");
        }
    }
}
