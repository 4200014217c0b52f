//! An OpenAPI change rule: the core's [`Rule`] metadata plus the check that decides it, at
//! one kind of paired element ([`Check`]). Each rule lives in its own file under `rules/`,
//! declared with [`declare_openapi_rule!`]; its doc comment is its documentation.

use super::{Both, Cx, OpPair};
use crate::change::Rule;
use crate::format::openapi::model::{Header, MediaType, Parameter, PathItem, RequestBody, Response, SecurityScheme};

/// Where a rule decides: the element pair the walker hands it (both versions present; a
/// rule about additions and removals looks at the parent that holds them).
#[derive(Clone, Copy)]
pub enum Check {
    /// The two descriptions as a whole (`cx.old`, `cx.new`).
    Document(fn(&mut Cx)),
    /// A path present in both (paired by its template, parameter names aside).
    Path(fn(&mut Cx, &Both<PathItem>)),
    /// An operation present in both.
    Operation(fn(&mut Cx, &OpPair)),
    /// A parameter of an operation, present in both.
    Parameter(fn(&mut Cx, &OpPair, &Both<Parameter>)),
    /// An operation's request body, present in both.
    RequestBody(fn(&mut Cx, &OpPair, &Both<RequestBody>)),
    /// A media type of a request body, present in both.
    RequestMediaType(fn(&mut Cx, &OpPair, &Both<MediaType>)),
    /// A response, present in both (paired by status, or by the range that covers it).
    Response(fn(&mut Cx, &OpPair, &Both<Response>)),
    /// A header of a response, present in both.
    Header(fn(&mut Cx, &OpPair, &Both<Response>, &Both<Header>)),
    /// A security scheme of `components`, present in both, with its name.
    SecurityScheme(fn(&mut Cx, &str, &Both<SecurityScheme>)),
}

pub struct OpenApiRule {
    pub rule: Rule,
    pub check: Check,
}

impl std::ops::Deref for OpenApiRule {
    type Target = Rule;
    fn deref(&self) -> &Rule {
        &self.rule
    }
}

impl std::fmt::Debug for OpenApiRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.rule.id)
    }
}

/// Declares `pub static RULE` for the current file; the file provides `fn check` of the kind
/// its `check:` names.
#[macro_export]
macro_rules! declare_openapi_rule {
    (
        $(#[doc = $doc:literal])*
        id: $id:literal,
        effect: $effect:ident,
        $(direction: $dir:ident,)?
        area: $area:literal,
        summary: $summary:literal,
        keywords: [$($kw:literal),* $(,)?],
        $(hint: $hint:literal,)?
        check: $site:ident
        $(,)?
    ) => {
        pub static RULE: $crate::format::openapi::diff::rule::OpenApiRule =
            $crate::format::openapi::diff::rule::OpenApiRule {
                rule: $crate::change::Rule {
                    id: $id,
                    format: Some($crate::format::Format::OpenApi),
                    effect: $crate::change::Effect::$effect,
                    summary: $summary,
                    docs: concat!($($doc, "\n"),*),
                    keywords: &[$($kw),*],
                    direction: $crate::__direction!($($dir)?),
                    area: $area,
                    content_model: false,
                    hint: $crate::__optional!($($hint)?),
                },
                check: $crate::format::openapi::diff::rule::Check::$site(check),
            };
    };
}

/// `None`, or `Some(Direction::X)` (for rule declarations of API formats).
#[doc(hidden)]
#[macro_export]
macro_rules! __direction {
    () => {
        None
    };
    ($d:ident) => {
        Some($crate::change::Direction::$d)
    };
}
