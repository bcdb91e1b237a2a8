use yew::prelude::*;

use crate::components::{paints::Paints, scene_svg::SceneSvg};
use crate::content::{self, Block, Chapter, Figure};
use crate::diagram::{
    activity_planes::{self, activity_planes},
    bend_forward::{self, bend_forward, Panel},
    hamstrings_side::{self, hamstrings_side},
    hip_front::{self, hip_front},
    pelvis_side::{self, pelvis_side},
    scene::Scene,
};
use crate::geometry::activity::Activity;
use crate::geometry::chain::{STRENGTH_MAX, STRENGTH_MIN};
use crate::geometry::pose::Param;
use crate::state::chain::{ChainAction, ChainState};
use crate::state::hip_pose::{PoseAction, PoseState};

/// The joints chapter 1's sliders move, in the order the page shows them.
const HIP_PARAMS: [Param; 3] = [Param::HipFlexion, Param::HipAbduction, Param::HipRotation];

/// The slider of the chapter 4 and 5 figures (`state::chain::CONTROL_ID`).
const STRENGTH: &str = crate::state::chain::CONTROL_ID;

/// One drawn setting of a figure: its caption (the words the reader's page shows for it)
/// and the drawing.
#[derive(Clone, PartialEq)]
pub struct Setting {
    /// Where on its control, e.g. "Start" (empty for a choice, such as an activity).
    pub position: String,
    /// What the page shows for it, e.g. "Lift the leg forward: 0 degrees, standing".
    pub caption: String,
    /// The drawing, made by the same code as the reader's page.
    pub scene: Scene,
}

/// The start, middle and end of a slider running from `min` to `max`.
pub fn three(min: f64, max: f64) -> [f64; 3] {
    [min, (min + max) / 2.0, max]
}

/// Every setting of `figure` that the gallery shows: for each slider its start, middle and
/// end (the others where the page starts them), for a picker each option. Empty for a
/// figure whose controls never change its shape.
pub fn settings(figure: &Figure, positions: &[String]) -> Vec<Setting> {
    let labels = figure.label_pairs();
    let position = |i: usize| positions.get(i).cloned().unwrap_or_default();
    match figure.id.as_str() {
        hip_front::FIGURE_ID => HIP_PARAMS
            .iter()
            .filter_map(|&param| {
                let ctl = figure.control(param.id())?;
                let (min, max) = param.range();
                Some(three(min, max).into_iter().enumerate().map(move |(i, v)| {
                    let state = PoseState::default().apply(PoseAction::Move(param, v));
                    (i, ctl, min, max, v, state)
                }))
            })
            .flatten()
            .map(|(i, ctl, min, max, v, state)| Setting {
                position: position(i),
                caption: format!("{}: {}", ctl.label, ctl.words(v, min, max)),
                scene: hip_front(&state.pose, &labels),
            })
            .collect(),
        activity_planes::FIGURE_ID => figure
            .picker
            .iter()
            .flat_map(|p| &p.options)
            .filter_map(|o| {
                let a = Activity::from_id(&o.id)?;
                Some(Setting {
                    position: String::new(),
                    caption: format!("{}: {}", o.label, o.summary),
                    scene: activity_planes(a, &labels),
                })
            })
            .collect(),
        hamstrings_side::FIGURE_ID | pelvis_side::FIGURE_ID => {
            let Some(ctl) = figure.control(STRENGTH) else {
                return Vec::new();
            };
            three(STRENGTH_MIN, STRENGTH_MAX)
                .into_iter()
                .enumerate()
                .map(|(i, v)| {
                    let state = ChainState::default().apply(ChainAction::Set(v));
                    let chain = state.chain();
                    let mut caption = format!(
                        "{}: {}",
                        ctl.label,
                        ctl.words(state.strength, STRENGTH_MIN, STRENGTH_MAX)
                    );
                    for r in &figure.readouts {
                        if let Some(level) = chain.level(&r.id) {
                            caption.push_str(&format!("; {}: {}", r.label, r.words(level)));
                        }
                    }
                    let scene = if figure.id == hamstrings_side::FIGURE_ID {
                        hamstrings_side(state.strength, &labels)
                    } else {
                        pelvis_side(state.strength, &labels)
                    };
                    Setting {
                        position: position(i),
                        caption,
                        scene,
                    }
                })
                .collect()
        }
        bend_forward::FIGURE_ID => Panel::ALL
            .iter()
            .filter_map(|&panel| {
                let title = figure.panels.iter().find(|p| p.id == panel.id())?;
                Some(Setting {
                    position: String::new(),
                    caption: title.title.clone(),
                    scene: bend_forward(panel, &labels),
                })
            })
            .collect(),
        // Chapter 2's muscle picker only highlights: the drawing never changes shape.
        _ => Vec::new(),
    }
}

/// Every figure of the chapters, in reading order, with its chapter.
fn figures(chapters: &[Chapter]) -> impl Iterator<Item = (&Chapter, &Figure)> {
    chapters.iter().flat_map(|ch| {
        ch.blocks.iter().filter_map(move |b| match b {
            Block::Figure { figure } => Some((ch, figure)),
            _ => None,
        })
    })
}

/// The review gallery (`figures.html`, linked from the clinicians' page): every figure of
/// the chapters drawn at the start, middle and end of each slider (each activity in chapter
/// 3, both panels of the bend comparison), with the words the reader's page shows for that
/// setting. Static HTML made by the same diagram code as the reader's page, so a clinician
/// can check every state without moving a control.
#[component]
pub fn FigureGallery() -> Html {
    let c = content::load();
    let g = &c.clinicians.gallery;
    let site = &c.site;
    html! {
        <div class="page page--clinicians" id="top">
            <main id="story" class="clinicians gallery">
                <h1>{ &g.title }</h1>
                { for g.intro.iter().map(|p| html! { <p>{ p }</p> }) }
                <p><a href="clinicians.html">{ &c.clinicians.title }</a></p>
                { for figures(&c.chapters).map(|(ch, figure)| {
                    let id = format!("gallery-{}", figure.id);
                    let desc = format!("{id}-desc");
                    let shown = settings(figure, &g.positions);
                    html! {
                        <section class="gallery-figure" aria-labelledby={id.clone()}>
                            <h2 id={id.clone()}>{ &figure.name }</h2>
                            <p>
                                { &g.where_ }{ ": " }
                                <a href={format!("./#fig-{}", figure.id)}>
                                    { format!("{} {}: {}", site.chapter_label, ch.number, ch.title) }
                                </a>
                            </p>
                            <div id={desc.clone()} class="gallery-description">
                                { for figure.description.iter().map(|p| html! { <p>{ p }</p> }) }
                            </div>
                            if shown.is_empty() {
                                <p>{ &g.unchanging }</p>
                            } else {
                                <ul class="gallery-settings" role="list">
                                    { for shown.into_iter().enumerate().map(|(i, s)| {
                                        let name_id = format!("{id}-{i}-name");
                                        let name = if s.position.is_empty() {
                                            format!("{}: {}", figure.name, s.caption)
                                        } else {
                                            format!("{} ({}): {}", figure.name, s.position, s.caption)
                                        };
                                        html! {
                                            <li class="gallery-setting">
                                                <figure class="figure-art">
                                                    <SceneSvg scene={std::rc::Rc::new(s.scene)} {name_id} {name}
                                                        described_by={desc.clone()} />
                                                    <figcaption>
                                                        if !s.position.is_empty() {
                                                            <strong>{ &s.position }{ ". " }</strong>
                                                        }
                                                        { &s.caption }
                                                    </figcaption>
                                                </figure>
                                            </li>
                                        }
                                    }) }
                                </ul>
                            }
                        </section>
                    }
                }) }
                <p><a href="clinicians.html">{ &c.clinicians.title }</a></p>
            </main>
            <Paints />
        </div>
    }
}
