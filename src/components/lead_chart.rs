use yew::prelude::*;

use crate::content::MuscleChart;
use crate::geometry::activity::{Activity, Kind, MuscleGroup};
use crate::islands::activity_planes::{lead_class, lead_word, LEAD_WORD};

/// Props of [`LeadChart`].
#[derive(Properties, PartialEq)]
pub struct LeadChartProps {
    /// Element id of the chart (its heading gets `<id>-heading`).
    pub id: AttrValue,
    /// The chart's words: headings, level words, group names and jobs.
    pub chart: MuscleChart,
    /// The activity whose muscle work is shown.
    pub activity: Activity,
}

/// How much each hip muscle group works in an activity: big movers, then small
/// stabilizers, each with a word ("leads", "helps a little") and a bar whose length grows
/// with the level, so the order never rests on colour. Prerendered; chapter 3's island
/// changes each row's level class and word in place.
#[component]
pub fn LeadChart(props: &LeadChartProps) -> Html {
    let c = &props.chart;
    let heading_id = format!("{}-heading", props.id);
    let list = |kind: Kind, heading: &str, class: &'static str| {
        let rows = MuscleGroup::ALL
            .into_iter()
            .filter(|g| g.kind() == kind)
            .filter_map(|g| {
                let words = c.groups.iter().find(|w| w.id == g.id())?;
                Some(html! {
                    <li class={lead_class(props.activity, g)} data-group={g.id()}>
                        <span class="lead-name">{ &words.name }</span>
                        <span class={LEAD_WORD.name()}>{ lead_word(c, props.activity, g).to_string() }</span>
                        <span class="lead-bar" aria-hidden="true"><span class="lead-fill"></span></span>
                        <span class="lead-job">{ &words.job }</span>
                    </li>
                })
            });
        html! {
            <>
                <p class="lead-kind">{ heading.to_string() }</p>
                <ul class={classes!("lead-list", class)}>{ for rows }</ul>
            </>
        }
    };
    html! {
        <div class="lead-chart" id={props.id.clone()} role="group" aria-labelledby={heading_id.clone()}>
            <p class="lead-heading" id={heading_id}>{ &c.heading }</p>
            { list(Kind::BigMover, &c.big_heading, "lead-list-big") }
            { list(Kind::Stabilizer, &c.small_heading, "lead-list-small") }
        </div>
    }
}
