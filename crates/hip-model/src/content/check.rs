//! Content rules that need no geometry: checked by `build.rs` (a broken rule fails the
//! build) and again by the native tests. Depends only on `model`.

use super::model::{Block, Content, ExerciseWords};

/// Every problem found, as a sentence naming where it is. Empty means the content is good.
pub fn problems(c: &Content) -> Vec<String> {
    let mut out = Vec::new();
    let site = &c.site;
    for (name, value) in [
        ("site.title", &site.title),
        ("site.subtitle", &site.subtitle),
        ("site.skip_link", &site.skip_link),
        ("site.toc_heading", &site.toc_heading),
        ("site.progress_label", &site.progress_label),
        (
            "site.interactive_unavailable",
            &site.interactive_unavailable,
        ),
        ("site.disclaimer", &site.disclaimer),
        ("site.references_heading", &site.references_heading),
        ("site.red_flags_link", &site.red_flags_link),
        ("site.language_name", &site.language_name),
        ("site.anatomy_credit", &site.anatomy_credit),
        ("site.anatomy_heading", &site.anatomy_heading),
        ("site.language_label", &site.language_label),
    ] {
        if value.trim().is_empty() {
            out.push(format!("{name} is empty"));
        }
    }
    if !is_iso_date(&site.reviewed) {
        out.push(format!(
            "site.reviewed {:?} is not YYYY-MM-DD",
            site.reviewed
        ));
    }
    let l = &site.exercise_labels;
    if [
        &l.works,
        &l.steps,
        &l.dosage,
        &l.sets,
        &l.reps,
        &l.rest,
        &l.how_often,
        &l.mistakes,
        &l.easier,
        &l.harder,
        &l.stop_if,
        &l.start,
        &l.end,
        &l.pause,
        &l.play,
    ]
    .iter()
    .any(|w| w.trim().is_empty())
    {
        out.push("site.exercise_labels: every label needs words".into());
    }
    if c.chapters.is_empty() {
        out.push("there are no chapters".into());
    }
    let anchors: Vec<&str> = c
        .chapters
        .iter()
        .flat_map(|ch| ch.blocks.iter())
        .filter_map(|b| match b {
            Block::Warning {
                anchor: Some(a), ..
            } => Some(a.as_str()),
            _ => None,
        })
        .collect();
    if !anchors.contains(&RED_FLAGS) {
        out.push(format!(
            "no warning block has anchor = {RED_FLAGS:?}: the link at the top of the page needs it"
        ));
    }
    let mut cited = Vec::new();
    for (i, ch) in c.chapters.iter().enumerate() {
        let at = format!("chapter {:?}", ch.slug);
        if ch.number as usize != i + 1 {
            out.push(format!(
                "{at}: number {} but it is chapter {} in file order",
                ch.number,
                i + 1
            ));
        }
        if ch.slug.is_empty()
            || !ch
                .slug
                .chars()
                .all(|x| x.is_ascii_lowercase() || x.is_ascii_digit() || x == '-')
        {
            out.push(format!(
                "{at}: slug must be lowercase letters, digits and '-'"
            ));
        }
        if c.chapters[..i].iter().any(|o| o.slug == ch.slug) {
            out.push(format!("{at}: slug used twice"));
        }
        if ch.title.trim().is_empty() || ch.short_title.trim().is_empty() {
            out.push(format!("{at}: title or short_title is empty"));
        }
        if ch.takeaway.trim().is_empty() {
            out.push(format!("{at}: takeaway is empty"));
        }
        if ch.blocks.is_empty() {
            out.push(format!("{at}: has no text"));
        }
        for b in &ch.blocks {
            for text in block_texts(b) {
                if text.matches('*').count() % 2 != 0 {
                    out.push(format!("{at}: unbalanced '*' in {text:?}"));
                }
                if text.contains('<') || text.contains('>') {
                    out.push(format!("{at}: HTML is not allowed in content: {text:?}"));
                }
            }
            match b {
                Block::Evidence { refs, claim, .. } => {
                    if claim.trim().is_empty() {
                        out.push(format!(
                            "{at}: an evidence note needs its `claim` (the claim it rates, for the clinicians' page)"
                        ));
                    }
                    for r in refs {
                        if !site.references.iter().any(|x| &x.id == r) {
                            out.push(format!("{at}: cites unknown reference {r:?}"));
                        }
                        cited.push(r.clone());
                    }
                }
                Block::Figure { figure } => {
                    let fat = format!("{at}, figure {:?}", figure.id);
                    if figure.name.trim().is_empty() || figure.name.len() > 100 {
                        out.push(format!("{fat}: needs a short name (1-100 characters)"));
                    }
                    if figure.caption.trim().is_empty() {
                        out.push(format!("{fat}: needs a caption"));
                    }
                    if figure.description.iter().all(|p| p.trim().is_empty()) {
                        out.push(format!("{fat}: needs a long description"));
                    }
                    if figure.labels.is_empty() {
                        out.push(format!("{fat}: has no labels"));
                    }
                    if let Some(p) = &figure.picker {
                        if p.label.trim().is_empty() || p.options.len() < 2 {
                            out.push(format!(
                                "{fat}: a picker needs a label and two or more options"
                            ));
                        }
                        for o in &p.options {
                            if o.label.trim().is_empty() || o.summary.trim().is_empty() {
                                out.push(format!(
                                    "{fat}: option {:?} needs a label and a summary",
                                    o.id
                                ));
                            }
                            if p.options.iter().filter(|x| x.id == o.id).count() > 1 {
                                out.push(format!("{fat}: option {:?} is listed twice", o.id));
                            }
                        }
                    }
                    if let Some(c) = &figure.chart {
                        if c.levels.len() < 2 || c.levels.iter().any(|l| l.trim().is_empty()) {
                            out.push(format!("{fat}: the chart needs words for each level"));
                        }
                        for g in &c.groups {
                            if g.name.trim().is_empty() || g.job.trim().is_empty() {
                                out.push(format!(
                                    "{fat}: muscle group {:?} needs a name and a job",
                                    g.id
                                ));
                            }
                        }
                    }
                    for (i, m) in figure.muscles.iter().enumerate() {
                        if m.name.trim().is_empty() || m.job.trim().is_empty() {
                            out.push(format!("{fat}: muscle {:?} needs a name and a job", m.id));
                        }
                        if figure.muscles[..i].iter().any(|o| o.id == m.id) {
                            out.push(format!("{fat}: muscle {:?} listed twice", m.id));
                        }
                    }
                    if !figure.muscles.is_empty()
                        && (figure.hint.as_deref().is_none_or(|h| h.trim().is_empty())
                            || figure
                                .muscles_heading
                                .as_deref()
                                .is_none_or(|h| h.trim().is_empty()))
                    {
                        out.push(format!(
                            "{fat}: a figure with muscles needs a hint and a muscles_heading"
                        ));
                    }
                    for t in &figure.toggles {
                        if [&t.label, &t.on, &t.off]
                            .iter()
                            .any(|w| w.trim().is_empty())
                        {
                            out.push(format!(
                                "{fat}: toggle {:?} needs a label and on/off words",
                                t.id
                            ));
                        }
                    }
                    for r in &figure.readouts {
                        if r.label.trim().is_empty() || r.bands.is_empty() {
                            out.push(format!(
                                "{fat}: readout {:?} needs a label and words for its levels",
                                r.id
                            ));
                        }
                    }
                    if figure.panels.len() == 1 {
                        out.push(format!("{fat}: a comparison needs at least two panels"));
                    }
                    for p in &figure.panels {
                        if p.id.trim().is_empty() || p.title.trim().is_empty() {
                            out.push(format!("{fat}: every panel needs an id and a title"));
                        }
                    }
                    for ctl in &figure.controls {
                        if ctl.label.trim().is_empty() || ctl.bands.is_empty() {
                            out.push(format!(
                                "{fat}: control {:?} needs a label and words for its values",
                                ctl.id
                            ));
                        }
                    }
                }
                Block::Clinic { clinic } => {
                    if [&clinic.default_text, &clinic.cta_label, &clinic.phone_label]
                        .iter()
                        .any(|w| w.trim().is_empty())
                        || clinic.with_clinic.matches("{clinic}").count() != 1
                    {
                        out.push(format!(
                            "{at}: the clinic slot needs default_text, cta_label, phone_label \
                             and a with_clinic that names {{clinic}} once"
                        ));
                    }
                    if c.chapters[..i]
                        .iter()
                        .any(|o| o.blocks.iter().any(|b| matches!(b, Block::Clinic { .. })))
                    {
                        out.push(format!("{at}: there is more than one clinic slot"));
                    }
                }
                Block::Exercise { exercise } => exercise_problems(&at, exercise, &mut out),
                Block::Plan { plan } => {
                    let pat = format!("{at}, plan");
                    if plan.days.len() != 7 || plan.days.iter().any(|d| d.trim().is_empty()) {
                        out.push(format!("{pat}: needs seven day names"));
                    }
                    if plan.rows.is_empty() || plan.rows.iter().any(|r| r.trim().is_empty()) {
                        out.push(format!("{pat}: needs the exercises' names"));
                    }
                    for (name, w) in [
                        ("heading", &plan.heading),
                        ("caption", &plan.caption),
                        ("reset", &plan.reset),
                        ("print", &plan.print),
                        ("reset_done", &plan.reset_done),
                        ("saved_note", &plan.saved_note),
                        ("unsaved_note", &plan.unsaved_note),
                    ] {
                        if w.trim().is_empty() {
                            out.push(format!("{pat}: {name} is empty"));
                        }
                    }
                }
                Block::Quiz { quiz } => {
                    let qat = format!("{at}, quiz");
                    if !(3..=5).contains(&quiz.questions.len()) {
                        out.push(format!("{qat}: needs three to five questions"));
                    }
                    if quiz.heading.trim().is_empty()
                        || quiz.right.trim().is_empty()
                        || quiz.wrong.trim().is_empty()
                    {
                        out.push(format!("{qat}: needs a heading and right/wrong words"));
                    }
                    for (n, q) in quiz.questions.iter().enumerate() {
                        if q.text.trim().is_empty() || !(2..=4).contains(&q.answers.len()) {
                            out.push(format!(
                                "{qat}: question {} needs text and two to four answers",
                                n + 1
                            ));
                        }
                        if q.answers.iter().filter(|a| a.correct).count() != 1 {
                            out.push(format!(
                                "{qat}: question {} needs exactly one right answer",
                                n + 1
                            ));
                        }
                        if q.answers
                            .iter()
                            .any(|a| a.text.trim().is_empty() || a.why.trim().is_empty())
                        {
                            out.push(format!(
                                "{qat}: question {}: every answer needs text and a reason",
                                n + 1
                            ));
                        }
                    }
                }
                Block::List { items } | Block::Warning { items, .. } if items.is_empty() => {
                    out.push(format!("{at}: empty list"));
                }
                _ => {}
            }
        }
    }
    out.extend(embed_problems(&c.embed));
    out.extend(clinician_problems(c));
    out.extend(plan_link_problems(&c.plan_link));
    for r in &site.references {
        if !cited.contains(&r.id) {
            out.push(format!(
                "reference {:?} is listed but never cited: cite it where its claim is made or remove it",
                r.id
            ));
        }
        if site.references.iter().filter(|x| x.id == r.id).count() > 1 {
            out.push(format!("reference {:?} is listed twice", r.id));
        }
    }
    out
}

/// Every piece of running text inside a block (for markup and reading-level checks).
pub fn block_texts(b: &Block) -> Vec<&str> {
    match b {
        Block::Paragraph { text } | Block::Subheading { text } => vec![text],
        Block::List { items } => items.iter().map(String::as_str).collect(),
        Block::Evidence { text, .. } => vec![text],
        Block::Warning { title, items, .. } => std::iter::once(title.as_str())
            .chain(items.iter().map(String::as_str))
            .collect(),
        Block::Clinic { clinic } => vec![&clinic.default_text, &clinic.with_clinic],
        Block::Exercise { exercise: e } => [&e.intro, &e.muscle, &e.easier, &e.harder, &e.stop_if]
            .into_iter()
            .chain(&e.description)
            .chain(&e.steps)
            .chain([&e.sets, &e.reps, &e.rest, &e.how_often])
            .chain(&e.mistakes)
            .map(String::as_str)
            .collect(),
        Block::Plan { plan } => vec![plan.intro.as_str(), &plan.saved_note, &plan.unsaved_note],
        Block::Quiz { quiz } => std::iter::once(quiz.intro.as_str())
            .chain(quiz.questions.iter().flat_map(|q| {
                std::iter::once(q.text.as_str()).chain(q.answers.iter().map(|a| a.why.as_str()))
            }))
            .collect(),
        Block::Figure { figure } => std::iter::once(figure.caption.as_str())
            .chain(figure.description.iter().map(String::as_str))
            .chain(figure.note.iter().map(String::as_str))
            .chain(figure.picker.iter().flat_map(|p| {
                p.options
                    .iter()
                    .flat_map(|o| [o.summary.as_str(), o.detail.as_str()])
            }))
            .chain(
                figure
                    .chart
                    .iter()
                    .flat_map(|c| c.groups.iter().map(|g| g.job.as_str())),
            )
            .chain(figure.hint.iter().map(String::as_str))
            .chain(figure.muscles.iter().map(|m| m.job.as_str()))
            .chain(
                figure
                    .readouts
                    .iter()
                    .flat_map(|r| r.bands.iter().map(String::as_str)),
            )
            .filter(|t| !t.is_empty())
            .collect(),
    }
}

/// Fragment id of the red-flags box (the page links to it from the top).
pub const RED_FLAGS: &str = "red-flags";

/// An exercise cannot be shown without its steps, dosage (sets, repeats, rest, how often)
/// and a "stop if" warning; nor without a named, described drawing.
pub fn exercise_problems(at: &str, e: &ExerciseWords, out: &mut Vec<String>) {
    let eat = format!("{at}, exercise {:?}", e.id);
    if e.steps.is_empty() || e.steps.iter().any(|s| s.trim().is_empty()) {
        out.push(format!("{eat}: needs numbered steps"));
    }
    for (name, w) in [
        ("sets", &e.sets),
        ("reps", &e.reps),
        ("rest", &e.rest),
        ("how_often", &e.how_often),
    ] {
        if w.trim().is_empty() {
            out.push(format!("{eat}: dosage needs {name}"));
        }
    }
    if e.stop_if.trim().is_empty() {
        out.push(format!("{eat}: needs a \"stop if\" warning"));
    }
    if e.title.trim().is_empty() || e.muscle.trim().is_empty() {
        out.push(format!("{eat}: needs a title and the muscle it works"));
    }
    if e.figure_name.trim().is_empty() || e.figure_name.len() > 100 {
        out.push(format!(
            "{eat}: the drawing needs a short name (1-100 characters)"
        ));
    }
    if e.description.iter().all(|p| p.trim().is_empty()) {
        out.push(format!("{eat}: the drawing needs a long description"));
    }
    if e.easier.trim().is_empty() || e.harder.trim().is_empty() {
        out.push(format!("{eat}: needs an easier and a harder version"));
    }
    if e.mistakes.is_empty() {
        out.push(format!("{eat}: needs the common mistakes"));
    }
}

/// The embed words: nothing empty, the three routes present, no HTML.
fn embed_problems(e: &super::model::Embed) -> Vec<String> {
    let mut out = Vec::new();
    let h = &e.help;
    let mut texts: Vec<(&str, &str)> = vec![
        ("embed.full_page", &e.full_page),
        ("embed.no_storage", &e.no_storage),
        ("embed.help.title", &h.title),
        ("embed.help.settings_heading", &h.settings_heading),
        ("embed.help.settings_intro", &h.settings_intro),
        ("embed.help.notes_heading", &h.notes_heading),
        ("embed.help.demo", &h.demo),
        ("embed.help.back", &h.back),
        ("embed.help.code_label", &h.code_label),
    ];
    texts.extend(h.intro.iter().map(|t| ("embed.help.intro", t.as_str())));
    texts.extend(h.notes.iter().map(|t| ("embed.help.notes", t.as_str())));
    for s in h.routes.iter().chain(&h.settings) {
        texts.push(("embed.help section heading", &s.heading));
        texts.extend(
            s.text
                .iter()
                .map(|t| ("embed.help section text", t.as_str())),
        );
    }
    for (name, t) in texts {
        if t.trim().is_empty() {
            out.push(format!("{name} is empty"));
        }
        if t.contains('<') || t.contains('>') {
            out.push(format!("{name}: HTML is not allowed in content: {t:?}"));
        }
    }
    let ids: Vec<&str> = h.routes.iter().map(|r| r.id.as_str()).collect();
    if ids != ["script", "iframe", "wordpress"] {
        out.push(format!(
            "embed.help.routes must be script, iframe, wordpress in that order, not {ids:?}"
        ));
    }
    out
}

/// The clinicians' page: nothing empty, no HTML, one drawing note for every figure of the
/// article (and none for a figure that does not exist), and a `{link}` in the report text.
fn clinician_problems(c: &Content) -> Vec<String> {
    let mut out = Vec::new();
    let k = &c.clinicians;
    let mut texts: Vec<(&str, &str)> = vec![
        ("clinicians.title", &k.title),
        ("clinicians.claims_heading", &k.claims_heading),
        ("clinicians.claims_intro", &k.claims_intro),
        ("clinicians.claim_label", &k.claim_label),
        ("clinicians.where_label", &k.where_label),
        ("clinicians.strength_label", &k.strength_label),
        ("clinicians.note_label", &k.note_label),
        ("clinicians.sources_label", &k.sources_label),
        ("clinicians.no_sources", &k.no_sources),
        ("clinicians.drawings_heading", &k.drawings_heading),
        ("clinicians.drawings_intro", &k.drawings_intro),
        ("clinicians.figure_note_label", &k.figure_note_label),
        ("clinicians.exercise_heading", &k.exercise_heading),
        ("clinicians.report_heading", &k.report_heading),
        ("clinicians.report_text", &k.report_text),
        ("clinicians.report_link", &k.report_link),
        ("clinicians.report_missing", &k.report_missing),
        ("clinicians.back", &k.back),
        ("clinicians.link", &k.link),
        ("clinicians.gallery.title", &k.gallery.title),
        ("clinicians.gallery.link", &k.gallery.link),
        ("clinicians.gallery.unchanging", &k.gallery.unchanging),
        ("clinicians.gallery.where", &k.gallery.where_),
    ];
    texts.extend(k.intro.iter().map(|t| ("clinicians.intro", t.as_str())));
    texts.extend(
        k.gallery
            .intro
            .iter()
            .chain(&k.gallery.positions)
            .map(|t| ("clinicians.gallery", t.as_str())),
    );
    if k.gallery.intro.is_empty() {
        out.push("clinicians.gallery.intro needs at least one paragraph".into());
    }
    if k.gallery.positions.len() != 3 {
        out.push(
            "clinicians.gallery.positions needs three names: start, middle and end of a slider"
                .into(),
        );
    }
    texts.extend(
        k.exercise_drawings
            .iter()
            .map(|t| ("clinicians.exercise_drawings", t.as_str())),
    );
    for d in &k.drawings {
        texts.extend(
            d.text
                .iter()
                .map(|t| ("clinicians.drawings text", t.as_str())),
        );
    }
    if k.intro.is_empty() || k.exercise_drawings.is_empty() {
        out.push("clinicians: intro and exercise_drawings need at least one paragraph".into());
    }
    for (name, t) in texts {
        if t.trim().is_empty() {
            out.push(format!("{name} is empty"));
        }
        if t.contains('<') || t.contains('>') {
            out.push(format!("{name}: HTML is not allowed in content: {t:?}"));
        }
    }
    if !k.report_text.contains("{link}") {
        out.push("clinicians.report_text needs {link} where the report link goes".into());
    }
    let figures: Vec<&str> = c
        .chapters
        .iter()
        .flat_map(|ch| &ch.blocks)
        .filter_map(|b| match b {
            Block::Figure { figure } => Some(figure.id.as_str()),
            _ => None,
        })
        .collect();
    for f in &figures {
        match k.drawings.iter().filter(|d| d.figure == *f).count() {
            1 => {}
            0 => out.push(format!(
                "clinicians.toml: figure {f:?} needs a [[drawings]] note on what it simplifies"
            )),
            _ => out.push(format!(
                "clinicians.toml: figure {f:?} has two [[drawings]] notes"
            )),
        }
    }
    for d in &k.drawings {
        if !figures.contains(&d.figure.as_str()) {
            out.push(format!(
                "clinicians.toml: [[drawings]] names figure {:?}, which no chapter has",
                d.figure
            ));
        }
    }
    out
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// The plan link's words: nothing empty, no HTML, each error code once.
fn plan_link_problems(p: &super::model::PlanLinkWords) -> Vec<String> {
    let y = &p.yours;
    let b = &p.builder;
    let mut texts: Vec<(&str, &str)> = vec![
        ("plan.yours.heading", &y.heading),
        ("plan.yours.intro", &y.intro),
        ("plan.yours.sheet_intro", &y.sheet_intro),
        ("plan.yours.sheet_standard", &y.sheet_standard),
        ("plan.yours.from_sender", &y.from_sender),
        ("plan.yours.note_label", &y.note_label),
        ("plan.yours.clinic_label", &y.clinic_label),
        ("plan.yours.phone_label", &y.phone_label),
        ("plan.yours.easier", &y.easier),
        ("plan.yours.standard", &y.standard),
        ("plan.yours.harder", &y.harder),
        ("plan.yours.sets", &y.sets),
        ("plan.yours.reps", &y.reps),
        ("plan.yours.hold", &y.hold),
        ("plan.yours.days", &y.days),
        ("plan.yours.weeks", &y.weeks),
        ("plan.yours.steps_link", &y.steps_link),
        ("plan.yours.week_note", &y.week_note),
        ("plan.yours.error_heading", &y.error_heading),
        ("plan.yours.error_after", &y.error_after),
        ("plan.builder.title", &b.title),
        ("plan.builder.exercises_heading", &b.exercises_heading),
        ("plan.builder.include", &b.include),
        ("plan.builder.level", &b.level),
        ("plan.builder.easier", &b.easier),
        ("plan.builder.standard", &b.standard),
        ("plan.builder.harder", &b.harder),
        ("plan.builder.sets", &b.sets),
        ("plan.builder.reps", &b.reps),
        ("plan.builder.hold", &b.hold),
        ("plan.builder.schedule_heading", &b.schedule_heading),
        ("plan.builder.days", &b.days),
        ("plan.builder.weeks", &b.weeks),
        ("plan.builder.extra_heading", &b.extra_heading),
        ("plan.builder.extra_intro", &b.extra_intro),
        ("plan.builder.note", &b.note),
        ("plan.builder.clinic", &b.clinic),
        ("plan.builder.phone", &b.phone),
        ("plan.builder.result_heading", &b.result_heading),
        ("plan.builder.link_label", &b.link_label),
        ("plan.builder.qr_label", &b.qr_label),
        ("plan.builder.copy", &b.copy),
        ("plan.builder.copied", &b.copied),
        ("plan.builder.copy_failed", &b.copy_failed),
        ("plan.builder.print", &b.print),
        ("plan.builder.problem", &b.problem),
        ("plan.builder.preview_heading", &b.preview_heading),
        ("plan.builder.help_link", &b.help_link),
        ("plan.builder.back", &b.back),
    ];
    texts.extend(b.intro.iter().map(|t| ("plan.builder.intro", t.as_str())));
    texts.extend(
        p.errors
            .iter()
            .map(|e| ("plan.errors text", e.text.as_str())),
    );
    let mut out = Vec::new();
    for (name, value) in texts {
        if value.trim().is_empty() {
            out.push(format!("{name} is empty"));
        }
        if value.contains('<') || value.contains('>') {
            out.push(format!("{name} contains HTML"));
        }
    }
    if b.intro.is_empty() {
        out.push("plan.builder.intro has no paragraph".to_string());
    }
    let mut codes: Vec<&str> = p.errors.iter().map(|e| e.code.as_str()).collect();
    codes.sort_unstable();
    let before = codes.len();
    codes.dedup();
    if codes.len() != before {
        out.push("plan.errors names a code twice".to_string());
    }
    out
}
