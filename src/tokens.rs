//! What a schema costs in an LLM request: its token count per provider, where the provider
//! publishes its tokenizer. OpenAI does (its BPE encodings ship inside the `tiktoken-rs`
//! crate, so counting needs no network); Anthropic and Google do not publish tokenizers for
//! their current models (their token-counting endpoints are online services), and schemata
//! says so instead of guessing.

use crate::lint::Profile;
use serde::Serialize;

/// A schema's size for one provider.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TokenCount {
    /// The provider profile (`openai-strict`, `anthropic-tools`, `gemini`).
    pub profile: &'static str,
    /// The encoding counted with, when the provider publishes one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tokenizer: Option<&'static str>,
    /// Tokens of the schema's compact JSON; `None` where no tokenizer is published.
    pub tokens: Option<usize>,
    /// What was counted, or why nothing was.
    pub note: &'static str,
}

impl TokenCount {
    /// `openai-strict: 123 tokens (o200k_base)` or the reason there is no count.
    pub fn describe(&self) -> String {
        match (self.tokens, self.tokenizer) {
            (Some(n), Some(t)) => format!("{}: {n} tokens ({t})", self.profile),
            _ => format!("{}: not counted ({})", self.profile, self.note),
        }
    }
}

/// The text a provider receives for a schema: its compact JSON.
pub fn schema_text(schema: &serde_json::Value) -> String {
    serde_json::to_string(schema).unwrap_or_default()
}

/// Counts the tokens of `schema` for a provider profile.
pub fn count(profile: Profile, schema: &serde_json::Value) -> TokenCount {
    match profile {
        Profile::OpenaiStrict => TokenCount {
            profile: profile.as_str(),
            tokenizer: Some("o200k_base"),
            tokens: openai_tokens(&schema_text(schema)),
            note: "the schema's compact JSON with o200k_base (GPT-4o, GPT-4.1, o-series); the request adds a few tokens of framing",
        },
        Profile::AnthropicTools => TokenCount {
            profile: profile.as_str(),
            tokenizer: None,
            tokens: None,
            note: "Anthropic publishes no tokenizer for its current models; its token counting is an online API",
        },
        Profile::Gemini => TokenCount {
            profile: profile.as_str(),
            tokenizer: None,
            tokens: None,
            note: "Google publishes no tokenizer for Gemini that can ship offline; its countTokens is an online API",
        },
    }
}

/// Tokens of a text with OpenAI's o200k_base encoding (built once per process); `None` only
/// if the compiled-in encoding failed to build.
pub fn openai_tokens(text: &str) -> Option<usize> {
    static BPE: std::sync::OnceLock<Option<tiktoken_rs::CoreBPE>> = std::sync::OnceLock::new();
    BPE.get_or_init(|| tiktoken_rs::o200k_base().ok())
        .as_ref()
        .map(|bpe| bpe.encode_ordinary(text).len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openai_counts_known_texts_offline() {
        // o200k_base: "hello world" is two tokens; an empty text none.
        assert_eq!(openai_tokens("hello world"), Some(2));
        assert_eq!(openai_tokens(""), Some(0));
        let schema = serde_json::json!({"type": "object", "properties": {"a": {"type": "string"}}});
        let c = count(Profile::OpenaiStrict, &schema);
        assert_eq!(c.tokens, openai_tokens(&schema_text(&schema)));
        assert!(c.tokens.unwrap() > 5, "{c:?}");
    }

    #[test]
    fn providers_without_a_published_tokenizer_say_so() {
        let schema = serde_json::json!({"type": "string"});
        for p in [Profile::AnthropicTools, Profile::Gemini] {
            let c = count(p, &schema);
            assert_eq!(c.tokens, None);
            assert!(c.describe().contains("not counted"), "{}", c.describe());
        }
    }
}
