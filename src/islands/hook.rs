//! The names an island's markup carries and its behaviour looks for.
//!
//! Each island file declares them once, as constants: a [`Class`] (made with [`class!`],
//! which writes the CSS selector from the class name, so the two cannot differ) or an
//! attribute name (a `&str`). The markup component and the browser behaviour both use the
//! class constants, so renaming one renames the other; attribute names cannot be constants
//! in `html!`, so each island lists what its markup must carry ([`Markup`]) and a native
//! test finds every one in the island's slot on the page.

/// A class that an island's markup carries and its behaviour finds it by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Class {
    name: &'static str,
    selector: &'static str,
}

impl Class {
    /// Use [`class!`], which derives `selector` from `name`.
    #[doc(hidden)]
    pub const fn new(name: &'static str, selector: &'static str) -> Class {
        Class { name, selector }
    }

    /// The class name, for markup (`class={...}`).
    pub const fn name(self) -> &'static str {
        self.name
    }

    /// The CSS selector of the class (`.name`), for the behaviour.
    pub const fn selector(self) -> &'static str {
        self.selector
    }
}

/// `class!("plan-box")`: the [`Class`] `plan-box`, with its selector `.plan-box`.
macro_rules! class {
    ($name:literal) => {
        $crate::islands::hook::Class::new($name, concat!(".", $name))
    };
}
pub(crate) use class;

/// What an island's markup must carry inside its slot for its behaviour to find it: the
/// classes and attribute names the behaviour looks for (a native test checks each island's
/// slot on the page for them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Markup {
    /// Classes the behaviour selects by.
    pub classes: &'static [Class],
    /// Attributes the behaviour reads.
    pub attributes: &'static [&'static str],
}

impl Markup {
    /// An island whose behaviour needs nothing in its markup (a hydrated figure, which Yew
    /// re-renders, or an island this build leaves alone).
    pub const NONE: Markup = Markup {
        classes: &[],
        attributes: &[],
    };
}
