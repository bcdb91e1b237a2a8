//! Yew components, one per file. Render functions never touch the browser: any
//! `web_sys` call lives in an effect or a callback (they do not run during SSR).

pub mod activity_planes_figure;
pub mod bend_forward_figure;
pub mod block;
pub mod chapter_section;
pub mod choice_buttons;
pub mod clinic_slot;
pub mod clinicians_page;
pub mod embed_help;
pub mod evidence_note;
pub mod exercise_card;
pub mod exercise_svg;
pub mod figure_frame;
pub mod figure_gallery;
pub mod language_switch;
pub mod lead_chart;
pub mod motion_toggle;
pub mod muscle_list;
pub mod paints;
pub mod plan_builder;
pub mod print_button;
pub mod prose;
pub mod quiz;
pub mod range_control;
pub mod reading_progress;
pub mod references;
pub mod scene_svg;
pub mod site_footer;
pub mod site_header;
pub mod slider_figure;
pub mod stabilizer_svg;
pub mod stabilizers_figure;
pub mod static_figure;
pub mod table_of_contents;
pub mod weekly_plan;
pub mod your_plan;
