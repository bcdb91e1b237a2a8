//! The parts of a MuJoCo MJCF file the generator needs: the body tree (positions and
//! orientations), mesh geoms, sites, and the ordered points of `<spatial>` tendons.
//!
//! Orientations: `quat="w x y z"` or `euler="a b c"` in radians with MuJoCo's default
//! sequence (`xyz`, axes moving with the frame); both files set `angle="radian"`.

use crate::vec::{Rigid, M3, V3};

/// A `<geom>`.
#[derive(Debug, Clone, PartialEq)]
pub struct Geom {
    /// `name`, if any.
    pub name: Option<String>,
    /// `mesh`, for mesh geoms.
    pub mesh: Option<String>,
    /// `type` (`None` when the default applies).
    pub kind: Option<String>,
    /// `size`.
    pub size: Vec<f64>,
    /// Placement in its body.
    pub local: Rigid,
}

/// A `<site>`: a named point fixed to a body.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    /// `name`.
    pub name: String,
    /// Position in its body's frame (metres).
    pub pos: V3,
}

/// A `<joint>` of a body: a hinge (angle in radians) or a slide (metres) along `axis`.
#[derive(Debug, Clone, PartialEq)]
pub struct Joint {
    /// `name`.
    pub name: String,
    /// `type="slide"` (otherwise MuJoCo's default, a hinge).
    pub slide: bool,
    /// `axis` (unit), in the body frame.
    pub axis: V3,
    /// `pos`: a point of a hinge's axis, in the body frame.
    pub pos: V3,
}

/// A `<joint>` equality constraint: `joint1 = polycoef(joint2)` (a polynomial of degree 4).
#[derive(Debug, Clone, PartialEq)]
pub struct Coupling {
    /// The driven joint.
    pub joint1: String,
    /// The driving joint (`None`: constant).
    pub joint2: Option<String>,
    /// Coefficients from the constant term up.
    pub polycoef: Vec<f64>,
}

/// A `<body>`.
#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    /// `name`.
    pub name: String,
    /// Index of the enclosing body (`None` for a root).
    pub parent: Option<usize>,
    /// Placement in the parent's frame.
    pub local: Rigid,
    /// Geoms.
    pub geoms: Vec<Geom>,
    /// Sites.
    pub sites: Vec<Site>,
    /// Joints, in order.
    pub joints: Vec<Joint>,
}

/// One element of a tendon path.
#[derive(Debug, Clone, PartialEq)]
pub enum PathElem {
    /// A via point.
    Site(String),
    /// A wrapping surface (with its optional side site).
    Wrap {
        /// Geom name.
        geom: String,
        /// `sidesite`.
        side: Option<String>,
    },
}

/// A `<spatial>` tendon.
#[derive(Debug, Clone, PartialEq)]
pub struct Spatial {
    /// `name`.
    pub name: String,
    /// Path elements in order.
    pub path: Vec<PathElem>,
}

/// A parsed file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Mjcf {
    /// Bodies, parents before children.
    pub bodies: Vec<Body>,
    /// Spatial tendons.
    pub tendons: Vec<Spatial>,
    /// Joint couplings (`<equality><joint .../>`).
    pub couplings: Vec<Coupling>,
}

fn floats(s: &str) -> Result<Vec<f64>, String> {
    s.split_whitespace()
        .map(|t| t.parse::<f64>().map_err(|e| format!("{t:?}: {e}")))
        .collect()
}

fn vec3(node: roxmltree::Node<'_, '_>, attr: &str) -> Result<Option<V3>, String> {
    match node.attribute(attr) {
        None => Ok(None),
        Some(s) => match floats(s)?.as_slice() {
            [x, y, z] => Ok(Some(V3::new(*x, *y, *z))),
            v => Err(format!("{attr} has {} numbers, not 3", v.len())),
        },
    }
}

/// Placement from `pos` and `quat` / `euler` attributes.
fn placement(node: roxmltree::Node<'_, '_>) -> Result<Rigid, String> {
    let pos = vec3(node, "pos")?.unwrap_or_default();
    let rot = if let Some(q) = node.attribute("quat") {
        match floats(q)?.as_slice() {
            [w, x, y, z] => M3::from_quat([*w, *x, *y, *z]),
            _ => return Err("quat needs 4 numbers".into()),
        }
    } else if let Some(e) = vec3(node, "euler")? {
        M3::from_euler_xyz([e.x, e.y, e.z])
    } else {
        M3::IDENTITY
    };
    Ok(Rigid { rot, pos })
}

/// Parses `xml`. Every body is read wherever it sits (`worldbody`, `mujocoinclude`).
pub fn parse(xml: &str) -> Result<Mjcf, String> {
    let doc = roxmltree::Document::parse(xml).map_err(|e| e.to_string())?;
    let mut out = Mjcf::default();
    for root in doc.root_element().children().filter(|n| n.is_element()) {
        walk(root, None, &mut out)?;
    }
    Ok(out)
}

fn walk(
    node: roxmltree::Node<'_, '_>,
    parent: Option<usize>,
    out: &mut Mjcf,
) -> Result<(), String> {
    match node.tag_name().name() {
        "body" => {
            let name = node.attribute("name").unwrap_or_default().to_string();
            let local = placement(node).map_err(|e| format!("body {name}: {e}"))?;
            let idx = out.bodies.len();
            out.bodies.push(Body {
                name: name.clone(),
                parent,
                local,
                geoms: Vec::new(),
                sites: Vec::new(),
                joints: Vec::new(),
            });
            for child in node.children().filter(|n| n.is_element()) {
                match child.tag_name().name() {
                    "geom" => {
                        let g = Geom {
                            name: child.attribute("name").map(str::to_string),
                            mesh: child.attribute("mesh").map(str::to_string),
                            kind: child.attribute("type").map(str::to_string),
                            size: child
                                .attribute("size")
                                .map(floats)
                                .transpose()?
                                .unwrap_or_default(),
                            local: placement(child).map_err(|e| format!("geom in {name}: {e}"))?,
                        };
                        out.bodies[idx].geoms.push(g);
                    }
                    "site" => {
                        let s = Site {
                            name: child.attribute("name").unwrap_or_default().to_string(),
                            pos: vec3(child, "pos")?.unwrap_or_default(),
                        };
                        out.bodies[idx].sites.push(s);
                    }
                    "joint" => {
                        let j = Joint {
                            name: child.attribute("name").unwrap_or_default().to_string(),
                            slide: child.attribute("type") == Some("slide"),
                            axis: vec3(child, "axis")?
                                .unwrap_or(V3::new(0.0, 0.0, 1.0))
                                .unit(),
                            pos: vec3(child, "pos")?.unwrap_or_default(),
                        };
                        out.bodies[idx].joints.push(j);
                    }
                    "body" => walk(child, Some(idx), out)?,
                    _ => {}
                }
            }
        }
        "joint"
            if node
                .parent_element()
                .is_some_and(|p| p.tag_name().name() == "equality") =>
        {
            out.couplings.push(Coupling {
                joint1: node.attribute("joint1").unwrap_or_default().into(),
                joint2: node.attribute("joint2").map(str::to_string),
                polycoef: node
                    .attribute("polycoef")
                    .map(floats)
                    .transpose()?
                    .unwrap_or_default(),
            });
        }
        "spatial" => {
            let mut path = Vec::new();
            for c in node.children().filter(|n| n.is_element()) {
                match c.tag_name().name() {
                    "site" => path.push(PathElem::Site(
                        c.attribute("site").unwrap_or_default().into(),
                    )),
                    "geom" => path.push(PathElem::Wrap {
                        geom: c.attribute("geom").unwrap_or_default().into(),
                        side: c.attribute("sidesite").map(str::to_string),
                    }),
                    _ => {}
                }
            }
            out.tendons.push(Spatial {
                name: node.attribute("name").unwrap_or_default().into(),
                path,
            });
        }
        _ => {
            for child in node.children().filter(|n| n.is_element()) {
                walk(child, parent, out)?;
            }
        }
    }
    Ok(())
}

impl Mjcf {
    /// Index of the body called `name`.
    pub fn body(&self, name: &str) -> Option<usize> {
        self.bodies.iter().position(|b| b.name == name)
    }

    /// Placement of body `idx` in the frame of its root body with every joint at zero, the
    /// root's own orientation left out (the MyoSim root `euler` only turns the model into
    /// MuJoCo's z-up world).
    pub fn in_root(&self, idx: usize) -> Rigid {
        self.in_root_at(idx, &|_| 0.0)
    }

    /// As [`Mjcf::in_root`], with joint values from `q` (by joint name): each body is placed
    /// by its `pos`/orientation, then its joints in order (a slide moves along its axis, a
    /// hinge turns about its axis through its `pos`).
    pub fn in_root_at(&self, idx: usize, q: &dyn Fn(&str) -> f64) -> Rigid {
        let b = &self.bodies[idx];
        let Some(p) = b.parent else {
            return Rigid::IDENTITY;
        };
        let mut r = self.in_root_at(p, q).then(&b.local);
        for j in &b.joints {
            let v = q(&j.name);
            let step = if j.slide {
                Rigid {
                    rot: M3::IDENTITY,
                    pos: j.axis * v,
                }
            } else {
                let rot = M3::about(j.axis, v);
                Rigid {
                    rot,
                    pos: j.pos - rot.apply(j.pos),
                }
            };
            r = r.then(&step);
        }
        r
    }

    /// Joint values of the default pose given the driving joints' values: every joint 0,
    /// except those a coupling drives, which take its polynomial of the driver's value.
    pub fn coupled(&self, name: &str, drivers: &dyn Fn(&str) -> f64) -> f64 {
        match self.couplings.iter().find(|c| c.joint1 == name) {
            None => drivers(name),
            Some(c) => {
                let x = c.joint2.as_deref().map_or(0.0, drivers);
                c.polycoef.iter().rev().fold(0.0, |acc, k| acc * x + k)
            }
        }
    }

    /// The body holding the site called `name`, and the site.
    pub fn site(&self, name: &str) -> Option<(usize, &Site)> {
        self.bodies
            .iter()
            .enumerate()
            .find_map(|(i, b)| b.sites.iter().find(|s| s.name == name).map(|s| (i, s)))
    }

    /// The body holding the geom called `name`, and the geom.
    pub fn geom(&self, name: &str) -> Option<(usize, &Geom)> {
        self.bodies.iter().enumerate().find_map(|(i, b)| {
            b.geoms
                .iter()
                .find(|g| g.name.as_deref() == Some(name))
                .map(|g| (i, g))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_bodies_compose_and_tendons_keep_order() {
        let xml = r#"<mujoco><worldbody>
            <body name="a" pos="9 9 9" euler="1.57 0 0">
              <body name="b" pos="1 0 0" quat="0.7071068 0 0 0.7071068">
                <site name="s" pos="1 0 0"/>
                <body name="c" pos="0 2 0"><geom mesh="m" euler="0 0 0.3"/></body>
              </body>
            </body></worldbody>
            <tendon><spatial name="t"><site site="s"/><geom geom="g" sidesite="s"/><site site="x"/></spatial></tendon>
            </mujoco>"#;
        let m = parse(xml).unwrap();
        assert_eq!(m.bodies.len(), 3);
        let c = m.in_root(m.body("c").unwrap());
        // b turns +90 degrees about z: its y axis points along the root's -x.
        assert!(c.pos.dist(V3::new(-1.0, 0.0, 0.0)) < 1e-6, "{:?}", c.pos);
        let (bi, s) = m.site("s").unwrap();
        assert!(m.in_root(bi).apply(s.pos).dist(V3::new(1.0, 1.0, 0.0)) < 1e-6);
        assert_eq!(m.tendons[0].path.len(), 3);
        assert_eq!(m.tendons[0].path[2], PathElem::Site("x".into()));
    }
}
