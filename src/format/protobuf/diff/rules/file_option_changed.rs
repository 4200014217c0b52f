//! Rule `file-option-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A file option that shapes generated code changed (`go_package`, `java_package`, …).
    ///
    /// ## Why it matters
    ///
    /// Options such as `java_package`, `go_package`, `csharp_namespace` or `java_multiple_files`
    /// decide where and how code is generated: changing one moves or renames every generated type,
    /// and code that imports it stops compiling.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```proto
    /// syntax = "proto3";
    ///
    /// package acme.v1;
    ///
    /// option go_package = "example.com/acme/v1;acmev1";
    ///
    /// message Order {
    ///   string id = 1;
    /// }
    /// ```
    ///
    /// New:
    ///
    /// ```proto
    /// syntax = "proto3";
    ///
    /// package acme.v1;
    ///
    /// option go_package = "example.com/acme/orders/v1;ordersv1";
    ///
    /// message Order {
    ///   string id = 1;
    /// }
    /// ```
    id: "file-option-changed",
    effect: Reshapes,
    summary: "A file option that shapes generated code changed (`go_package`, `java_package`, …).",
    area: "options",
    levels: [File, Package],
    hint: "keep generated-code options stable; a new value is, for consumers of the generated code, a new package",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::File { old, new } = p else { return };
    let (o, n) = (
        old.file_descriptor_proto().options.clone().unwrap_or_default(),
        new.file_descriptor_proto().options.clone().unwrap_or_default(),
    );
    let options: [(&str, i32, String, String); 16] = [
        ("java_package", 1, o.java_package().into(), n.java_package().into()),
        (
            "java_outer_classname",
            8,
            o.java_outer_classname().into(),
            n.java_outer_classname().into(),
        ),
        (
            "java_multiple_files",
            10,
            o.java_multiple_files().to_string(),
            n.java_multiple_files().to_string(),
        ),
        ("go_package", 11, o.go_package().into(), n.go_package().into()),
        (
            "optimize_for",
            9,
            format!("{:?}", o.optimize_for()),
            format!("{:?}", n.optimize_for()),
        ),
        (
            "cc_generic_services",
            16,
            o.cc_generic_services().to_string(),
            n.cc_generic_services().to_string(),
        ),
        (
            "java_generic_services",
            17,
            o.java_generic_services().to_string(),
            n.java_generic_services().to_string(),
        ),
        (
            "py_generic_services",
            18,
            o.py_generic_services().to_string(),
            n.py_generic_services().to_string(),
        ),
        (
            "java_string_check_utf8",
            27,
            o.java_string_check_utf8().to_string(),
            n.java_string_check_utf8().to_string(),
        ),
        (
            "cc_enable_arenas",
            31,
            o.cc_enable_arenas().to_string(),
            n.cc_enable_arenas().to_string(),
        ),
        (
            "objc_class_prefix",
            36,
            o.objc_class_prefix().into(),
            n.objc_class_prefix().into(),
        ),
        (
            "csharp_namespace",
            37,
            o.csharp_namespace().into(),
            n.csharp_namespace().into(),
        ),
        ("swift_prefix", 39, o.swift_prefix().into(), n.swift_prefix().into()),
        (
            "php_class_prefix",
            40,
            o.php_class_prefix().into(),
            n.php_class_prefix().into(),
        ),
        ("php_namespace", 41, o.php_namespace().into(), n.php_namespace().into()),
        ("ruby_package", 45, o.ruby_package().into(), n.ruby_package().into()),
    ];
    let php_meta = (
        "php_metadata_namespace",
        44,
        o.php_metadata_namespace().to_string(),
        n.php_metadata_namespace().to_string(),
    );
    for (name, number, a, b) in options.into_iter().chain([php_meta]) {
        if a == b {
            continue;
        }
        let pointer = format!("/options/{name}");
        cx.emit(
            &RULE,
            Some(At::file_part(old, vec![8, number], &pointer)),
            Some(At::file_part(new, vec![8, number], &pointer)),
            format!("The file option \"{name}\" changed from \"{a}\" to \"{b}\"."),
            |_| None,
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::protobuf::diff::rules::assert_example_fires(&super::RULE);
    }
}
