//! The hamstrings as lines of pull with real attachments (anatomy.md), and the one hip
//! stabilizer the side views show beside them (gluteus medius, as a fan).
//!
//! - Biceps femoris, long head: ischial tuberosity -> head of the fibula.
//! - Biceps femoris, short head: back of the femur (linea aspera) -> head of the fibula.
//! - Semitendinosus: ischial tuberosity -> inner upper tibia (pes anserinus), its long
//!   tendon curving round behind the inner knee.
//! - Semimembranosus: ischial tuberosity (upper, outer part) -> back of the inner tibial
//!   condyle.
//!
//! Origins and insertions are the anatomy model's (Rajagopal et al. 2016: bflh, bfsh,
//! semiten, semimem). Via points keep each line behind the thigh and the knee in a standing
//! pose; they are
//! placed where the bellies really bulge (semitendinosus high, semimembranosus low), which
//! also lets a side view show all four.

use super::lateral::model_point;
use super::muscle::{Muscle, Role};
use super::skeleton::{Attachment, Bone};
use super::vec::Vec2;

/// Id of the long head of biceps femoris.
pub const BICEPS_LONG: &str = "biceps-femoris-long";
/// Id of the short head of biceps femoris.
pub const BICEPS_SHORT: &str = "biceps-femoris-short";
/// Id of semitendinosus.
pub const SEMITENDINOSUS: &str = "semitendinosus";
/// Id of semimembranosus.
pub const SEMIMEMBRANOSUS: &str = "semimembranosus";
/// Id of gluteus medius.
pub const GLUTEUS_MEDIUS: &str = "gluteus-medius";

const fn at(bone: Bone, x: f64, y: f64, z: f64) -> Attachment {
    Attachment::new(bone, x, y, z)
}

/// The anatomy model's attachment `id` (e.g. `bflh-origin`) on `bone`, at depth `x` (the side
/// views read only y and z).
fn model(bone: Bone, x: f64, id: &str) -> Attachment {
    let p = model_point(id).unwrap_or(Vec2::ZERO);
    Attachment::new(bone, x, p.y, p.x)
}

/// The four hamstrings, in drawing order for a view of the right side (deepest and most
/// medial first).
pub fn hamstrings() -> Vec<Muscle> {
    use Bone::{Femur, Fibula, Pelvis, Tibia};
    vec![
        Muscle {
            id: SEMIMEMBRANOSUS,
            role: Role::Hamstring,
            origin: model(Pelvis, 18.0, "semimem-origin"),
            via: vec![
                at(Femur, 30.0, 230.0, -40.0),
                at(Femur, 40.0, 350.0, -58.0),
                at(Femur, 46.0, 425.0, -36.0),
            ],
            insertion: model(Tibia, 46.0, "semimem-insertion"),
            width_mm: 34.0,
        },
        Muscle {
            id: SEMITENDINOSUS,
            role: Role::Hamstring,
            origin: model(Pelvis, 24.0, "semiten-origin"),
            via: vec![
                at(Femur, 30.0, 190.0, -64.0),
                at(Femur, 46.0, 390.0, -48.0),
                at(Tibia, 54.0, 462.0, -34.0),
            ],
            insertion: model(Tibia, 52.0, "semiten-insertion"),
            width_mm: 28.0,
        },
        Muscle {
            id: BICEPS_SHORT,
            role: Role::Hamstring,
            origin: model(Femur, -4.0, "bfsh-origin"),
            via: vec![at(Femur, -16.0, 375.0, -17.0)],
            insertion: model(Fibula, -14.0, "bfsh-insertion"),
            width_mm: 20.0,
        },
        Muscle {
            id: BICEPS_LONG,
            role: Role::Hamstring,
            origin: model(Pelvis, 20.0, "bflh-origin"),
            via: vec![
                at(Femur, -4.0, 225.0, -42.0),
                at(Femur, -20.0, 395.0, -30.0),
            ],
            insertion: model(Fibula, -14.0, "bflh-insertion"),
            width_mm: 30.0,
        },
    ]
}

/// Where along its line (0 = origin, 1 = insertion) each hamstring is fleshy; the rest is
/// tendon.
pub fn belly_range(id: &str) -> (f64, f64) {
    match id {
        SEMITENDINOSUS => (0.05, 0.56),
        SEMIMEMBRANOSUS => (0.3, 0.86),
        BICEPS_SHORT => (0.0, 0.84),
        _ => (0.08, 0.82),
    }
}

/// A fan-shaped muscle: a row of origin points converging on a short insertion.
#[derive(Debug, Clone, PartialEq)]
pub struct Fan {
    /// Stable id.
    pub id: &'static str,
    /// Its part in the story.
    pub role: Role,
    /// Along the origin, front to back.
    pub origin: Vec<Attachment>,
    /// The two ends of the insertion.
    pub insertion: [Attachment; 2],
}

/// Gluteus medius seen from the side: from the outer ilium below the iliac crest to the
/// outer greater trochanter.
pub fn gluteus_medius() -> Fan {
    use Bone::{Femur, Pelvis};
    Fan {
        id: GLUTEUS_MEDIUS,
        role: Role::Stabilizer,
        // The model's three parts (glmed1-3, front to back): their origins are the centres
        // of each part's area on the outer ilium; the drawn fan reaches 30 mm further out from
        // the hip centre, towards the crest, with a point between each two.
        origin: {
            let o = |id| model_point(id).unwrap_or(Vec2::ZERO);
            let (a, b, c) = (o("glmed1-origin"), o("glmed2-origin"), o("glmed3-origin"));
            [a, a.lerp(b, 0.5), b, b.lerp(c, 0.5), c]
                .iter()
                .map(|p| {
                    let q = *p + p.normalize() * 30.0;
                    at(Pelvis, -50.0, q.y, q.x)
                })
                .collect()
        },
        insertion: [
            model(Femur, -50.0, "glmed1-insertion"),
            model(Femur, -50.0, "glmed3-insertion"),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_start_on_the_pelvis_and_one_on_the_femur() {
        let m = hamstrings();
        assert_eq!(m.len(), 4);
        let on_pelvis = m.iter().filter(|m| m.origin.bone == Bone::Pelvis).count();
        assert_eq!(on_pelvis, 3);
        let biceps: Vec<_> = m.iter().filter(|m| m.id.starts_with("biceps")).collect();
        assert!(biceps.iter().all(|m| m.insertion.bone == Bone::Fibula));
        for m in &m {
            let (a, b) = belly_range(m.id);
            assert!(0.0 <= a && a < b && b <= 1.0);
        }
    }
}
