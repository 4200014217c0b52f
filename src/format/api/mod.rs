//! What the API formats share: the JSON Schemas an API description embeds, compared with a
//! **direction** (DESIGN §7).
//!
//! An OpenAPI or AsyncAPI document holds schemas in two roles: what the server (or
//! application) **reads** — request parameters and bodies, messages it receives — and what it
//! **writes** — responses and their headers, messages it sends. The API's mode says which side
//! is protected: under `backward`, old clients keep working against the new server, so a read
//! schema breaks when it narrows and a written schema breaks when it widens. The JSON Schema
//! engine compares data schemas only; this module runs it on the embedded schemas and flips
//! the effect (and the sense of the witness) for written ones, as oasdiff reverses a diff,
//! instead of declaring every schema rule twice.
//!
//! How an API format uses it:
//!
//! 1. Load the document's schemas into one graph per version with
//!    [`EmbeddedLoader`] (`schema(file, pointer)` for each Schema Object, at a JSON Pointer
//!    of the document or of a file it references; its own `$ref`s resolved with
//!    [`resolve_ref`]). Shared component schemas are loaded once.
//! 2. Pair the positions of the two versions (an operation's request body, a message's
//!    payload…) and describe each pair as a [`SchemaUse`]: the two node ids, the
//!    [`Direction`](crate::change::Direction), and how to name the position in messages,
//!    instance paths and witness sentences.
//! 3. Call [`diff_uses`] once with every pair: each direction is compared in one engine pass
//!    (node pairs reached from several positions are compared once), `readOnly`/`writeOnly`
//!    properties are projected away where they do not exist ([`project`]), effects are
//!    flipped for written schemas, and witnesses are built and verified against the
//!    normalized schemas (exported with [`export::to_document`]).
//!
//! [`EmbeddedLoader`]: crate::format::json_schema::schema::load::EmbeddedLoader
//! [`export::to_document`]: crate::format::json_schema::schema::export::to_document

pub mod project;
pub mod refs;
pub mod schemas;

pub use crate::format::json_schema::schema::load::{Dialect, EmbeddedLoader};
pub use refs::{Resolved, resolve_ref};
pub use schemas::{SchemaUse, describe_witness, diff_uses, effect_for, example};
