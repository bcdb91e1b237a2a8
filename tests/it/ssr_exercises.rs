//! The server-rendered chapters 6 and 7: exercises with moving and still figures, the
//! weekly plan (empty boxes), the self-check, and the red flags linked from the top.

use hip_explainer::content::{self, Block};
use hip_explainer::geometry::figure::EXERCISES;
use hip_explainer::prerender::render_blocking;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let a = html
        .find(start)
        .unwrap_or_else(|| panic!("{start:?} missing"));
    let b = a + html[a..].find(end).unwrap_or(html.len() - a);
    &html[a..b]
}

#[test]
fn every_exercise_has_a_moving_figure_two_stills_steps_dosage_and_stop_if() {
    let html = render_blocking().app_html;
    assert!(!html.contains("style=\""), "no inline style");
    let labels = &content::load().site.exercise_labels;
    for ch in &content::load().chapters {
        for b in &ch.blocks {
            let Block::Exercise { exercise: e } = b else {
                continue;
            };
            let section = between(&html, &format!("<figure id=\"ex-{}\"", e.id), "</section>");
            // Three drawings: the moving one and the two stills, each a named image.
            assert_eq!(section.matches("role=\"img\"").count(), 3, "{}", e.id);
            let moving = between(section, "exfig-moving", "exfig-stills");
            assert!(moving.contains("class=\"mv "), "{}: nothing animates", e.id);
            let stills = between(section, "exfig-stills", "data-island");
            assert!(!stills.contains("class=\"mv"), "{}: a still moves", e.id);
            assert!(stills.contains(&escape(&labels.start)));
            assert!(stills.contains(&escape(&labels.end)));
            assert!(section.contains("class=\"fig-muscle\""), "{}: muscle", e.id);
            assert!(section.contains(&format!("data-island=\"motion:{}\"", e.id)));
            // The pause button names its exercise: its words, then the exercise's title; it
            // carries both wordings for the script to swap.
            let id = &e.id;
            assert!(section.contains(&format!(
                "aria-labelledby=\"ex-{id}-pause ex-{id}-title\" data-figure=\"ex-{id}\" \
                 data-pause=\"{}\" data-play=\"{}\"",
                escape(&labels.pause),
                escape(&labels.play)
            )));
            assert!(
                !section.contains("aria-pressed"),
                "{id}: words change, not a toggle"
            );
            assert!(section.contains(&format!(
                "<span id=\"ex-{id}-pause\">{}</span>",
                escape(&labels.pause)
            )));
            assert!(html.contains(&format!("<h3 id=\"ex-{id}-title\">")));
            for step in &e.steps {
                assert!(section.contains(&escape(step)), "{}: step {step:?}", e.id);
            }
            for w in [
                &e.sets,
                &e.reps,
                &e.rest,
                &e.how_often,
                &e.stop_if,
                &e.easier,
                &e.harder,
            ] {
                assert!(section.contains(&escape(w)), "{}: {w:?}", e.id);
            }
            assert!(section.contains(&escape(&e.description[0])));
        }
    }
    assert_eq!(html.matches("class=\"exfig\"").count(), EXERCISES.len());
}

#[test]
fn the_plan_is_prerendered_with_empty_labelled_boxes() {
    let html = render_blocking().app_html;
    let plan = between(&html, "data-island=\"plan\"", "</table>");
    let words = content::load()
        .chapters
        .iter()
        .flat_map(|c| c.blocks.iter())
        .find_map(|b| match b {
            Block::Plan { plan } => Some(plan),
            _ => None,
        })
        .unwrap();
    let boxes = plan.matches("type=\"checkbox\"").count();
    assert_eq!(boxes, words.rows.len() * words.days.len());
    assert!(!plan.contains("checked"), "boxes start empty");
    for r in 0..words.rows.len() {
        assert!(plan.contains(&format!("id=\"plan-r{r}\"")));
    }
    for d in 0..7 {
        assert!(plan.contains(&format!("id=\"plan-d{d}\"")));
    }
    assert!(plan.contains("aria-labelledby=\"plan-r3 plan-d6\""));
    assert!(html.contains("data-island=\"print\""));
    assert!(html.contains(&escape(&words.print)));
}

#[test]
fn the_quiz_carries_each_answers_explanation_hidden() {
    let html = render_blocking().app_html;
    let quiz = between(&html, "data-island=\"quiz\"", "</ol>");
    let words = content::load()
        .chapters
        .iter()
        .flat_map(|c| c.blocks.iter())
        .find_map(|b| match b {
            Block::Quiz { quiz } => Some(quiz),
            _ => None,
        })
        .unwrap();
    assert_eq!(
        quiz.matches("class=\"quiz-question\"").count(),
        words.questions.len()
    );
    for q in &words.questions {
        for a in &q.answers {
            assert!(quiz.contains(&escape(&a.why)), "{:?}", a.why);
        }
    }
    assert_eq!(
        quiz.matches("data-verdict=\"right\"").count(),
        words.questions.len()
    );
}

#[test]
fn the_red_flags_are_linked_from_the_top() {
    let html = render_blocking().app_html;
    let top = html
        .find("href=\"#red-flags\"")
        .expect("link to the red flags");
    let story = html.find("id=\"story\"").unwrap();
    assert!(top < story, "the link must come before the story");
    assert!(html.contains("id=\"red-flags\""));
    assert!(html.contains(&escape(&content::load().site.red_flags_link)));
}

#[test]
fn the_keyframes_css_animates_every_moving_joint_and_nothing_else() {
    let css = hip_explainer::prerender::generated_css();
    let html = render_blocking().app_html;
    for name in html
        .split("class=\"mv ")
        .skip(1)
        .map(|r| &r[..r.find('"').unwrap()])
    {
        assert!(
            css.contains(&format!(".{name}{{animation-name:{name}}}")),
            "{name}"
        );
    }
    assert!(!css.contains("NaN") && !css.contains("inf"));
}
