//! The deep hip stabilizers (gluteus medius and minimus, piriformis, the gemelli, obturator
//! internus, quadratus femoris) and the gluteus maximus over them, as [`Muscle`]s with
//! the anatomy model's paths and attachments (the deep rotators it lacks placed by hand at
//! the positions of `anatomy.md`), plus the edges of each belly where it starts and ends so
//! the back view can draw it as a sheet.

use super::femur::tenths;
use super::model_back as model;
use super::muscle::{Muscle, Role};
use super::pelvis_back::bone_of;
use super::skeleton::Attachment;

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

/// Width of each muscle's belly (mm) and the back-view landmarks next to its origin and
/// insertion (see `pelvis_back::back_landmarks`).
fn traits(id: &str) -> (Role, f64, &'static str, &'static str) {
    use Role::{BigMover, Stabilizer};
    match id {
        GLUTEUS_MINIMUS => (Stabilizer, 40.0, "gluteal-surface", "greater-trochanter"),
        GLUTEUS_MEDIUS => (Stabilizer, 60.0, "gluteal-surface", "greater-trochanter"),
        PIRIFORMIS => (Stabilizer, 22.0, "sacrum", "greater-trochanter"),
        SUPERIOR_GEMELLUS => (Stabilizer, 8.0, "ischial-spine", "greater-trochanter"),
        OBTURATOR_INTERNUS => (Stabilizer, 10.0, "obturator-foramen", "greater-trochanter"),
        INFERIOR_GEMELLUS => (Stabilizer, 10.0, "ischial-tuberosity", "greater-trochanter"),
        QUADRATUS_FEMORIS => (
            Stabilizer,
            22.0,
            "ischial-tuberosity",
            "intertrochanteric-crest",
        ),
        _ => (BigMover, 120.0, "sacrum", "gluteal-tuberosity"),
    }
}

/// Every muscle of the figure, deepest first (the order they are painted), from the
/// anatomy model (`model_back`): gluteus medius, minimus and maximus are the model's, each
/// drawn as a sheet whose line of pull is its middle part's path and whose edges end where
/// its front and back parts attach; piriformis is the model's path (from the front of the
/// sacrum, out through the greater sciatic notch, to the top of the greater trochanter);
/// the gemelli, obturator internus and quadratus femoris, absent from the model, are
/// placed by hand on its bones (in the anatomy crate) at the positions of `anatomy.md`.
pub fn all() -> Vec<MuscleSheet> {
    model::MUSCLES
        .iter()
        .map(|(id, from, path, e)| {
            let att = |(b, p): &(char, [i16; 3])| Attachment {
                bone: bone_of(*b),
                at: tenths(*p),
            };
            let pts: Vec<Attachment> = path.iter().map(att).collect();
            let (role, width_mm, origin_near, insertion_near) = traits(id);
            let last = pts.len() - 1;
            MuscleSheet {
                muscle: Muscle {
                    id,
                    role,
                    origin: pts[0],
                    via: pts[1..last].to_vec(),
                    insertion: pts[last],
                    width_mm,
                },
                visible_from: *from,
                start_edge: [att(&e[0]), att(&e[1])],
                end_edge: [att(&e[2]), att(&e[3])],
                origin_near,
                insertion_near,
            }
        })
        .collect()
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
