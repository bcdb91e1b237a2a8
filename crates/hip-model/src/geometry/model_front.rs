//! GENERATED from the hip-anatomy crate (MyoSim 0.2.3 / Rajagopal et al. 2016) by the
//! test `front_model_is_the_anatomy_crates` in `crates/hip-model/tests/anatomy_front.rs`:
//! do not edit; regenerate with `FRONT_MODEL_WRITE=1 cargo test -p hip-model --test
//! anatomy_front front_model`. Only what chapter 1 draws (the femur's parts are
//! `model_femur`), so the wasm carries nothing else.
//!
//! Millimetres (tables in tenths), origin at the right hip centre, x to the subject's
//! left, y down, z forward; the model's standing pose. Outlines are the front view
//! `(x, y)`, closed cubic Béziers (`3 n + 1` points: knot, control, control, knot, ...).

/// Right hip bone, front view: outer outline.
pub static HIP_BONE: &[[i16; 2]] = &[
    [-8, -1593], [30, -1593], [71, -1594], [106, -1582], [140, -1570], [171, -1543], [200, -1519], [236, -1488],
    [275, -1458], [302, -1419], [331, -1377], [347, -1325], [367, -1277], [407, -1178], [454, -1075], [461, -969],
    [466, -919], [410, -881], [375, -839], [367, -829], [356, -817], [354, -804], [350, -774], [360, -742],
    [356, -711], [350, -657], [330, -597], [285, -565], [267, -553], [241, -553], [224, -541], [215, -534],
    [208, -521], [206, -510], [202, -480], [197, -446], [204, -416], [225, -318], [280, -226], [344, -145],
    [367, -116], [394, -86], [426, -68], [499, -25], [599, -41], [680, -18], [724, -7], [749, 43],
    [756, 88], [765, 139], [772, 193], [771, 244], [771, 316], [690, 358], [637, 406], [593, 445],
    [550, 485], [503, 518], [457, 549], [390, 547], [339, 523], [300, 506], [263, 477], [230, 450],
    [204, 428], [176, 405], [161, 375], [143, 339], [140, 294], [131, 254], [124, 225], [125, 191],
    [112, 167], [104, 152], [83, 148], [69, 138], [47, 124], [22, 113], [6, 93], [-31, 48],
    [-58, -7], [-90, -56], [-124, -110], [-163, -162], [-194, -218], [-205, -236], [-215, -258], [-215, -279],
    [-215, -314], [-195, -350], [-194, -385], [-193, -413], [-200, -441], [-210, -467], [-227, -515], [-249, -564],
    [-274, -608], [-282, -621], [-297, -635], [-311, -639], [-356, -651], [-417, -628], [-451, -653], [-464, -663],
    [-471, -682], [-477, -698], [-528, -849], [-571, -1014], [-532, -1165], [-522, -1205], [-500, -1242], [-478, -1278],
    [-447, -1328], [-414, -1380], [-374, -1423], [-342, -1457], [-302, -1483], [-263, -1509], [-226, -1535], [-189, -1565],
    [-147, -1578], [-104, -1592], [-55, -1592], [-8, -1593],
];

/// Right hip bone, front view: the obturator foramen (a hole).
pub static OBTURATOR: &[[i16; 2]] = &[
    [334, 96], [292, 126], [330, 222], [356, 278], [370, 308], [395, 342], [421, 357], [434, 364],
    [457, 355], [472, 346], [527, 316], [609, 267], [585, 213], [571, 178], [550, 137], [520, 116],
    [471, 82], [379, 67], [334, 96],
];

/// The sacrum and coccyx, front view, the subject's right half (an open chain from
/// the midline round to the midline; the drawing closes it along the midline).
pub static SACRUM: &[[i16; 2]] = &[
    [773, -140], [765, -139], [757, -151], [752, -159], [737, -188], [728, -221], [711, -250], [689, -288],
    [633, -312], [638, -359], [642, -382], [659, -410], [645, -427], [630, -443], [609, -453], [594, -469],
    [557, -515], [537, -574], [516, -629], [509, -645], [505, -663], [503, -681], [501, -697], [509, -716],
    [504, -731], [499, -746], [483, -756], [474, -770], [461, -788], [446, -806], [438, -827], [423, -862],
    [429, -908], [401, -936], [385, -952], [361, -962], [345, -979], [283, -1058], [297, -1174], [312, -1275],
    [318, -1317], [325, -1376], [359, -1393], [374, -1400], [392, -1402], [409, -1402], [515, -1408], [623, -1396],
    [731, -1396], [745, -1396], [759, -1396], [773, -1396],
];

/// The body's midline: x of the sacrum's centre (mm).
pub const MIDLINE_X: f64 = 77.3;

/// Radius of the femoral head: the sphere fitted to the femur within 26 mm of the hip
/// centre (mm).
pub const HEAD_RADIUS: f64 = 22.71;

/// Radius of the socket's bone: the sphere fitted to the hip bone within 30 mm of the
/// hip centre (mm).
pub const CUP_RADIUS: f64 = 24.74;

/// Where the socket's bone ends in the frontal section through the hip centre, lateral
/// and lower rim (degrees from straight up towards the midline).
pub const RIM_DEG: [f64; 2] = [-31.0, 121.0];

/// Unit vector along the femoral neck, from the head towards the shaft (the neck's
/// axis through its narrowest section).
pub const NECK_AXIS: [f64; 3] = [-0.7969, 0.6031, 0.0352];

/// Unit vector along the shaft, downwards (main axis of the femur 100-300 mm below
/// the hip centre).
pub const SHAFT_AXIS: [f64; 3] = [0.1023, 0.9888, 0.1090];

/// Neck-shaft angle (degrees) of these axes.
pub const NECK_SHAFT_DEG: f64 = 121.2;

/// Where the neck's axis passes closest to the shaft's (mm).
pub const NECK_SHAFT_JUNCTION: [f64; 3] = [-45.1317, 34.1535, 1.9917];

/// The knee joint centre (the femur's mechanical axis runs to it from the hip centre).
pub const KNEE: [f64; 3] = [1.3, 404.4, 0.0];

/// Where chapter 1 cuts the femur: mm below the hip centre, standing.
pub const CUT_LEVEL: f64 = 200.0;

/// The femur's cross-section at the cut: centre (mm) and half widths across (x) and
/// front to back (z).
pub const CUT_SECTION: ([f64; 3], f64, f64) = ([-27.3761, 200.0000, 17.3419], 12.55, 10.28);

/// Named points (tenths of a mm): where labels point, on the bone's surface.
pub static POINTS: &[(&str, [i16; 3])] = &[
    ("femoral-head", [17, 7, 229]),
    ("femoral-neck", [-236, 187, 58]),
    ("greater-trochanter", [-619, 181, -144]),
    ("lesser-trochanter", [-82, 535, -254]),
    ("femur", [-323, 1501, 209]),
    ("iliac-fossa", [131, -946, -175]),
    ("ischial-tuberosity", [321, 523, -327]),
    ("pubic-symphysis", [778, 281, 290]),
    ("asis", [-436, -785, 563]),
    ("iliac-crest", [8, -1595, -195]),
];
