//! The OpenAPI lint rules, one file each (see `super` for how they are declared).

pub mod operation_id_duplicate;
pub mod operation_id_missing;
pub mod path_parameter_undeclared;
pub mod security_scheme_undeclared;
pub mod server_url_insecure;
pub mod success_response_missing;

use super::OpenApiLintRule;

/// Every rule, in catalogue order.
pub static ALL: &[&OpenApiLintRule] = &[
    &operation_id_missing::RULE,
    &operation_id_duplicate::RULE,
    &success_response_missing::RULE,
    &path_parameter_undeclared::RULE,
    &security_scheme_undeclared::RULE,
    &server_url_insecure::RULE,
];
