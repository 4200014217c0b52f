//! The OpenAPI rule catalogue: one file per rule, each declared with
//! `declare_openapi_rule!`. Adding a rule: a new file here, its line below, and a fixture
//! pair under `fixtures/rules/<id>/` (`old.yaml`, `new.yaml`). Guard tests check that nothing
//! is forgotten.

pub mod default_response_added;
pub mod default_response_removed;
pub mod error_status_added;
pub mod error_status_removed;
pub mod info_changed;
pub mod oauth_flow_added;
pub mod oauth_flow_removed;
pub mod oauth_flow_url_changed;
pub mod oauth_scope_added;
pub mod oauth_scope_removed;
pub mod operation_added;
pub mod operation_deprecated;
pub mod operation_id_changed;
pub mod operation_removed;
pub mod operation_removed_before_sunset;
pub mod operation_removed_without_deprecation;
pub mod operation_secured;
pub mod operation_summary_changed;
pub mod operation_tags_changed;
pub mod operation_undeprecated;
pub mod operation_unsecured;
pub mod optional_parameter_added;
pub mod optional_parameter_default_changed;
pub mod optional_request_body_added;
pub mod parameter_allow_empty_value_added;
pub mod parameter_allow_empty_value_removed;
pub mod parameter_allow_reserved_added;
pub mod parameter_allow_reserved_removed;
pub mod parameter_became_optional;
pub mod parameter_became_required;
pub mod parameter_content_type_changed;
pub mod parameter_deprecated;
pub mod parameter_explode_changed;
pub mod parameter_removed;
pub mod parameter_style_changed;
pub mod parameter_undeprecated;
pub mod path_added;
pub mod path_parameter_renamed;
pub mod path_removed;
pub mod path_removed_before_sunset;
pub mod path_removed_without_deprecation;
pub mod request_body_became_optional;
pub mod request_body_became_required;
pub mod request_body_removed;
pub mod request_encoding_changed;
pub mod request_media_type_added;
pub mod request_media_type_removed;
pub mod required_parameter_added;
pub mod required_request_body_added;
pub mod response_header_added;
pub mod response_header_became_optional;
pub mod response_header_became_required;
pub mod response_header_removed;
pub mod response_media_type_added;
pub mod response_media_type_removed;
pub mod security_requirement_added;
pub mod security_requirement_removed;
pub mod security_scheme_added;
pub mod security_scheme_api_key_moved;
pub mod security_scheme_http_scheme_changed;
pub mod security_scheme_openid_url_changed;
pub mod security_scheme_removed;
pub mod security_scheme_type_changed;
pub mod security_scope_added;
pub mod security_scope_removed;
pub mod server_added;
pub mod server_removed;
pub mod server_variable_default_changed;
pub mod server_variable_value_added;
pub mod server_variable_value_removed;
pub mod success_status_added;
pub mod success_status_removed;
pub mod webhook_added;
pub mod webhook_removed;

use super::rule::OpenApiRule;

/// Every rule, in catalogue order.
pub static ALL: &[&OpenApiRule] = &[
    &path_added::RULE,
    &path_removed::RULE,
    &path_removed_without_deprecation::RULE,
    &path_removed_before_sunset::RULE,
    &operation_added::RULE,
    &operation_removed::RULE,
    &operation_removed_without_deprecation::RULE,
    &operation_removed_before_sunset::RULE,
    &operation_id_changed::RULE,
    &operation_deprecated::RULE,
    &operation_undeprecated::RULE,
    &operation_summary_changed::RULE,
    &operation_tags_changed::RULE,
    &path_parameter_renamed::RULE,
    &webhook_added::RULE,
    &webhook_removed::RULE,
    &info_changed::RULE,
    &required_parameter_added::RULE,
    &optional_parameter_added::RULE,
    &parameter_removed::RULE,
    &parameter_became_required::RULE,
    &parameter_became_optional::RULE,
    &parameter_style_changed::RULE,
    &parameter_explode_changed::RULE,
    &parameter_deprecated::RULE,
    &parameter_undeprecated::RULE,
    &optional_parameter_default_changed::RULE,
    &parameter_allow_empty_value_added::RULE,
    &parameter_allow_empty_value_removed::RULE,
    &parameter_allow_reserved_added::RULE,
    &parameter_allow_reserved_removed::RULE,
    &parameter_content_type_changed::RULE,
    &required_request_body_added::RULE,
    &optional_request_body_added::RULE,
    &request_body_removed::RULE,
    &request_body_became_required::RULE,
    &request_body_became_optional::RULE,
    &request_media_type_added::RULE,
    &request_media_type_removed::RULE,
    &request_encoding_changed::RULE,
    &success_status_added::RULE,
    &success_status_removed::RULE,
    &error_status_added::RULE,
    &error_status_removed::RULE,
    &default_response_added::RULE,
    &default_response_removed::RULE,
    &response_media_type_added::RULE,
    &response_media_type_removed::RULE,
    &response_header_added::RULE,
    &response_header_removed::RULE,
    &response_header_became_optional::RULE,
    &response_header_became_required::RULE,
    &operation_secured::RULE,
    &operation_unsecured::RULE,
    &security_requirement_added::RULE,
    &security_requirement_removed::RULE,
    &security_scope_added::RULE,
    &security_scope_removed::RULE,
    &security_scheme_added::RULE,
    &security_scheme_removed::RULE,
    &security_scheme_type_changed::RULE,
    &security_scheme_api_key_moved::RULE,
    &security_scheme_http_scheme_changed::RULE,
    &security_scheme_openid_url_changed::RULE,
    &oauth_flow_added::RULE,
    &oauth_flow_removed::RULE,
    &oauth_flow_url_changed::RULE,
    &oauth_scope_added::RULE,
    &oauth_scope_removed::RULE,
    &server_added::RULE,
    &server_removed::RULE,
    &server_variable_value_added::RULE,
    &server_variable_value_removed::RULE,
    &server_variable_default_changed::RULE,
];
