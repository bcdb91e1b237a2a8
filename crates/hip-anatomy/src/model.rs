//! The MyoSim source data, embedded in the crate, read and placed in the app's frame.
//!
//! **Frame** (the app's, see the app's `src/geometry.rs`): millimetres, origin at the right
//! hip joint centre (the `femur_r` body origin), x towards the subject's left, y down, z
//! forward. The model's pelvis frame (metres; x forward, y up, z to the subject's right,
//! origin midway between the two ASIS) maps to it by
//! `(x, y, z) -> 1000 * (hz - z, hy - y, x - hx)` with `(hx, hy, hz)` the hip centre in the
//! pelvis frame. The root `euler` of both chains only turns the model into MuJoCo's z-up world
//! and is left out. The torso chain's root `sacrum` body is the leg chain's `pelvis` body (both
//! sit at the origin with the same root turn), so the lumbar vertebrae are placed through it.
//! Every body is in the model's default pose: every free joint angle zero (standing, knee
//! straight), and the joints the model couples to the knee angle (`<equality>` polynomials
//! in `myolegs_assets.xml`) at their value for a straight knee. That moves the kneecap 52 mm
//! forward and 11 mm down from its body's `pos`, onto the front of the knee.

use crate::mjcf::{self, Mjcf, Spatial};
use crate::stl;
use crate::vec::{Rigid, V3};

/// Where the source files are, relative to the crate root.
pub const DATA_DIR: &str = "data/myosim-0.2.3";

macro_rules! data {
    ($p:literal) => {
        include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/myosim-0.2.3/",
            $p
        ))
    };
}

const LEG_CHAIN: &[u8] = data!("leg/myolegs_chain.xml");
const LEG_TENDON: &[u8] = data!("leg/myolegs_tendon.xml");
/// Only its `<equality>` joint couplings are read: they place the kneecap (and, trivially,
/// the tibia) for the straight knee.
const LEG_ASSETS: &[u8] = data!("leg/myolegs_assets.xml");
const TORSO_CHAIN: &[u8] = data!("torso/myotorso_chain.xml");

/// A bone drawn from one mesh.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BoneId {
    /// Right hip bone (ilium, ischium, pubis).
    PelvisR,
    /// Left hip bone.
    PelvisL,
    /// Sacrum and coccyx.
    Sacrum,
    /// Right thigh bone.
    Femur,
    /// Right shin bone.
    Tibia,
    /// Right outer lower-leg bone.
    Fibula,
    /// Right kneecap.
    Patella,
    /// Fifth lumbar vertebra.
    L5,
    /// Fourth lumbar vertebra.
    L4,
    /// Third lumbar vertebra.
    L3,
    /// Second lumbar vertebra.
    L2,
    /// First lumbar vertebra.
    L1,
}

/// The rigid segment a bone moves with in a pose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Segment {
    /// Both hip bones and the sacrum.
    Pelvis,
    /// The thigh bone.
    Femur,
    /// Tibia and fibula.
    Shank,
    /// The kneecap.
    Patella,
    /// One lumbar vertebra (1 = L1 ... 5 = L5).
    Lumbar(u8),
}

impl BoneId {
    /// Every bone, in drawing order (back to front is the figures' business).
    pub const ALL: [BoneId; 12] = [
        BoneId::PelvisR,
        BoneId::PelvisL,
        BoneId::Sacrum,
        BoneId::Femur,
        BoneId::Tibia,
        BoneId::Fibula,
        BoneId::Patella,
        BoneId::L5,
        BoneId::L4,
        BoneId::L3,
        BoneId::L2,
        BoneId::L1,
    ];

    /// Id used in generated data and the gallery.
    pub fn id(self) -> &'static str {
        match self {
            BoneId::PelvisR => "hip-bone-right",
            BoneId::PelvisL => "hip-bone-left",
            BoneId::Sacrum => "sacrum",
            BoneId::Femur => "femur",
            BoneId::Tibia => "tibia",
            BoneId::Fibula => "fibula",
            BoneId::Patella => "patella",
            BoneId::L5 => "l5",
            BoneId::L4 => "l4",
            BoneId::L3 => "l3",
            BoneId::L2 => "l2",
            BoneId::L1 => "l1",
        }
    }

    /// Plain name.
    pub fn name(self) -> &'static str {
        match self {
            BoneId::PelvisR => "Right hip bone",
            BoneId::PelvisL => "Left hip bone",
            BoneId::Sacrum => "Sacrum and coccyx",
            BoneId::Femur => "Right femur",
            BoneId::Tibia => "Right tibia",
            BoneId::Fibula => "Right fibula",
            BoneId::Patella => "Right patella",
            BoneId::L5 => "L5",
            BoneId::L4 => "L4",
            BoneId::L3 => "L3",
            BoneId::L2 => "L2",
            BoneId::L1 => "L1",
        }
    }

    /// The segment it moves with.
    pub fn segment(self) -> Segment {
        match self {
            BoneId::PelvisR | BoneId::PelvisL | BoneId::Sacrum => Segment::Pelvis,
            BoneId::Femur => Segment::Femur,
            BoneId::Tibia | BoneId::Fibula => Segment::Shank,
            BoneId::Patella => Segment::Patella,
            BoneId::L5 => Segment::Lumbar(5),
            BoneId::L4 => Segment::Lumbar(4),
            BoneId::L3 => Segment::Lumbar(3),
            BoneId::L2 => Segment::Lumbar(2),
            BoneId::L1 => Segment::Lumbar(1),
        }
    }

    /// The STL bytes.
    fn stl(self) -> &'static [u8] {
        match self {
            BoneId::PelvisR => data!("meshes/r_pelvis.stl"),
            BoneId::PelvisL => data!("meshes/l_pelvis.stl"),
            BoneId::Sacrum => data!("meshes/sacrum.stl"),
            BoneId::Femur => data!("meshes/r_femur.stl"),
            BoneId::Tibia => data!("meshes/r_tibia.stl"),
            BoneId::Fibula => data!("meshes/r_fibula.stl"),
            BoneId::Patella => data!("meshes/r_patella.stl"),
            BoneId::L5 => data!("meshes/lumbar5.stl"),
            BoneId::L4 => data!("meshes/lumbar4.stl"),
            BoneId::L3 => data!("meshes/lumbar3.stl"),
            BoneId::L2 => data!("meshes/lumbar2.stl"),
            BoneId::L1 => data!("meshes/lumbar1.stl"),
        }
    }

    /// Which chain file, and the mesh name its geom refers to (`None`: the sacrum, which the
    /// leg chain leaves out and the torso chain puts at the root with no offset).
    fn geom_mesh(self) -> (Chain, Option<&'static str>) {
        match self {
            BoneId::PelvisR => (Chain::Legs, Some("r_pelvis")),
            BoneId::PelvisL => (Chain::Legs, Some("l_pelvis")),
            BoneId::Sacrum => (Chain::Torso, Some("sacrum_geom_1_sacrum")),
            BoneId::Femur => (Chain::Legs, Some("r_femur")),
            BoneId::Tibia => (Chain::Legs, Some("r_tibia")),
            BoneId::Fibula => (Chain::Legs, Some("r_fibula")),
            BoneId::Patella => (Chain::Legs, Some("r_patella")),
            BoneId::L5 => (Chain::Torso, Some("lumbar5_geom_1_lumbar5")),
            BoneId::L4 => (Chain::Torso, Some("lumbar4_geom_1_lumbar4")),
            BoneId::L3 => (Chain::Torso, Some("lumbar3_geom_1_lumbar3")),
            BoneId::L2 => (Chain::Torso, Some("lumbar2_geom_1_lumbar2")),
            BoneId::L1 => (Chain::Torso, Some("lumbar1_geom_1_lumbar1")),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Chain {
    Legs,
    Torso,
}

/// A bone's mesh in the app frame (mm), neutral pose.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedBone {
    /// Which bone.
    pub bone: BoneId,
    /// Triangles.
    pub tris: Vec<[V3; 3]>,
    /// Name of the MJCF body it belongs to.
    pub body: String,
}

/// A muscle path point of the model in the app frame.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedSite {
    /// Site name in the XML.
    pub name: String,
    /// Body it is fixed to.
    pub body: String,
    /// Where it is (mm, app frame).
    pub at: V3,
}

/// Everything read from the source data.
#[derive(Debug, Clone)]
pub struct Model {
    /// Right hip centre in the model's pelvis frame (metres).
    pub hip_centre_m: V3,
    /// Bone meshes.
    pub bones: Vec<PlacedBone>,
    /// The leg chain.
    pub legs: Mjcf,
    /// The torso chain.
    pub torso: Mjcf,
    /// The leg tendons (`myolegs_tendon.xml`).
    pub tendons: Vec<Spatial>,
    /// Joint couplings of the leg chain.
    pub couplings: Mjcf,
}

impl Model {
    /// Reads the embedded data. Panics only if the embedded files are broken (a test reads
    /// them on every run).
    pub fn load() -> Model {
        let text = |b: &[u8]| String::from_utf8(b.to_vec()).expect("UTF-8 XML");
        let legs = mjcf::parse(&text(LEG_CHAIN)).expect("leg chain");
        let torso = mjcf::parse(&text(TORSO_CHAIN)).expect("torso chain");
        let tendons = mjcf::parse(&text(LEG_TENDON)).expect("tendons").tendons;
        let couplings = mjcf::parse(&text(LEG_ASSETS)).expect("leg assets");
        let mut m = Model {
            hip_centre_m: V3::default(),
            bones: Vec::new(),
            legs,
            torso,
            tendons,
            couplings,
        };
        let femur = m.legs.body("femur_r").expect("femur_r body");
        m.hip_centre_m = m.place(Chain::Legs, femur).pos;
        for bone in BoneId::ALL {
            let (chain, mesh) = bone.geom_mesh();
            let doc = match chain {
                Chain::Legs => &m.legs,
                Chain::Torso => &m.torso,
            };
            let (bi, geom) = doc
                .bodies
                .iter()
                .enumerate()
                .find_map(|(i, b)| {
                    b.geoms
                        .iter()
                        .find(|g| g.mesh.as_deref() == mesh)
                        .map(|g| (i, g))
                })
                .unwrap_or_else(|| panic!("no geom for {mesh:?}"));
            let place = m.place(chain, bi).then(&geom.local);
            let body = doc.bodies[bi].name.clone();
            let tris = stl::read(bone.stl())
                .expect("embedded STL")
                .into_iter()
                .map(|t| t.map(|p| m.to_app(place.apply(p))))
                .collect();
            m.bones.push(PlacedBone { bone, tris, body });
        }
        m
    }

    /// Placement of body `idx` of a chain in the pelvis frame, default pose.
    fn place(&self, chain: Chain, idx: usize) -> Rigid {
        let q = |name: &str| self.couplings.coupled(name, &|_| 0.0);
        match chain {
            Chain::Legs => self.legs.in_root_at(idx, &q),
            Chain::Torso => self.torso.in_root_at(idx, &q),
        }
    }

    /// A point of the model's pelvis frame (metres) in the app frame (mm).
    pub fn to_app(&self, p: V3) -> V3 {
        let h = self.hip_centre_m;
        V3::new(h.z - p.z, h.y - p.y, p.x - h.x) * 1000.0
    }

    /// The placed mesh of `bone`.
    pub fn bone(&self, bone: BoneId) -> &PlacedBone {
        self.bones
            .iter()
            .find(|b| b.bone == bone)
            .expect("every bone is loaded")
    }

    /// Origin of a leg-chain body in the app frame (a joint centre for femur_r, tibia_r,
    /// patella_r).
    pub fn body_origin(&self, name: &str) -> Option<V3> {
        let (chain, i) = match self.legs.body(name) {
            Some(i) => (Chain::Legs, i),
            None => (Chain::Torso, self.torso.body(name)?),
        };
        Some(self.to_app(self.place(chain, i).pos))
    }

    /// A leg-chain site in the app frame.
    pub fn site(&self, name: &str) -> Option<PlacedSite> {
        let (bi, s) = self.legs.site(name)?;
        let place: Rigid = self.place(Chain::Legs, bi);
        Some(PlacedSite {
            name: name.to_string(),
            body: self.legs.bodies[bi].name.clone(),
            at: self.to_app(place.apply(s.pos)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mesh_loads_in_millimetres_near_the_hip() {
        let m = Model::load();
        assert_eq!(m.bones.len(), 12);
        for b in &m.bones {
            assert!(b.tris.len() > 100, "{:?}", b.bone);
            for t in &b.tris {
                for p in t {
                    // The whole assembly fits in a box of 850 mm around the hip (the tibia reaches the ankle).
                    assert!(p.len() < 850.0, "{:?} {:?}", b.bone, p);
                }
            }
        }
        // The right hip centre is the origin; ASIS midpoint (model origin) sits 77 mm to the
        // subject's left of it, 78 mm above, 56 mm in front.
        let o = m.to_app(V3::default());
        assert!(o.dist(V3::new(77.26, -78.49, 56.276)) < 1e-6, "{o:?}");
    }
}
