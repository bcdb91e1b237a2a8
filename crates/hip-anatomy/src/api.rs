//! Look-ups into the generated data for the figures, and the credit line they must show.

use crate::data::{Landmark, Line, Muscle, Outline};
use crate::generated::{JOINTS, LANDMARKS, LINES, MUSCLES, OUTLINES};
use crate::view::View;

/// The credit every page showing a figure drawn from this data carries (CC BY 3.0 asks for
/// attribution and a note of changes).
pub const CREDIT: &str = "Bone geometry and muscle paths adapted from MyoSim 0.2.3 (MyoSuite, \
Apache-2.0), a conversion of the OpenSim full-body model: Rajagopal A, Dembia CL, DeMers MS, \
Delp DD, Hicks JL, Delp SL. Full-body musculoskeletal model for muscle-driven simulation of \
human gait. IEEE Transactions on Biomedical Engineering 2016;63(10):2068-2079 (CC BY 3.0). \
Changes: projected to 2D, outlines traced and smoothed.";

/// The outline of `bone` (e.g. `"femur"`) seen in `view`.
pub fn outline(bone: &str, view: View) -> Option<&'static Outline> {
    OUTLINES
        .iter()
        .find(|o| o.bone == bone && o.view == view.id())
}

/// The interior lines of `bone` in `view`.
pub fn lines(bone: &str, view: View) -> impl Iterator<Item = &'static Line> + use<'_> {
    LINES
        .iter()
        .filter(move |l| l.bone == bone && l.view == view.id())
}

/// The landmark called `id` (e.g. `"asis"`).
pub fn landmark(id: &str) -> Option<&'static Landmark> {
    LANDMARKS.iter().find(|l| l.id == id)
}

/// The muscle called `id` (e.g. `"glmed1"`, `"obturator-internus"`).
pub fn muscle(id: &str) -> Option<&'static Muscle> {
    MUSCLES.iter().find(|m| m.id == id)
}

/// The joint centre called `id` (`hip`, `knee`, `patella`, `lumbar1`..`lumbar5`).
pub fn joint(id: &str) -> Option<[f32; 3]> {
    JOINTS.iter().find(|j| j.id == id).map(|j| j.at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn look_ups_find_what_the_figures_need() {
        assert_eq!(outline("hip-bone-right", View::Front).unwrap().holes, 1);
        assert_eq!(lines("hip-bone-right", View::Side).count(), 1);
        assert!(landmark("ischial-tuberosity").is_some() && landmark("nowhere").is_none());
        assert!(muscle("semimem").is_some() && muscle("quadratus-femoris").unwrap().by_hand);
        assert_eq!(joint("hip"), Some([0.0, 0.0, 0.0]));
        assert!(CREDIT.contains("Rajagopal") && CREDIT.contains("CC BY 3.0"));
    }
}
