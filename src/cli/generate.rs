//! Shell completions (`completions/`) and man pages (`man/`), generated from the clap
//! definitions and committed. The test below fails when they drift from the code;
//! `SCHEMATA_BLESS=1 cargo test --bin schemata` rewrites them.

#[cfg(test)]
mod tests {
    use clap::CommandFactory;
    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};

    /// Every generated file, by path relative to the repository root.
    fn generated() -> BTreeMap<PathBuf, Vec<u8>> {
        let mut files = BTreeMap::new();
        let mut cmd = super::super::Cli::command();
        cmd.build();
        for (shell, name) in [
            (clap_complete::Shell::Bash, "schemata.bash"),
            (clap_complete::Shell::Zsh, "_schemata"),
            (clap_complete::Shell::Fish, "schemata.fish"),
            (clap_complete::Shell::PowerShell, "_schemata.ps1"),
            (clap_complete::Shell::Elvish, "schemata.elv"),
        ] {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut cmd.clone(), "schemata", &mut out);
            files.insert(Path::new("completions").join(name), out);
        }
        let mut pages = vec![(String::from("schemata"), cmd.clone())];
        for sub in cmd.get_subcommands() {
            if sub.get_name() == "help" {
                continue;
            }
            // clap names are &'static str without its `string` feature; a test may leak a few.
            let name: &'static str = Box::leak(format!("schemata-{}", sub.get_name()).into_boxed_str());
            pages.push((name.to_string(), sub.clone().name(name)));
        }
        for (name, page) in pages {
            let mut out = Vec::new();
            clap_mangen::Man::new(page)
                .render(&mut out)
                .expect("man pages render to memory");
            files.insert(Path::new("man").join(format!("{name}.1")), out);
        }
        files
    }

    #[test]
    fn completions_and_man_pages_match_the_cli() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let files = generated();
        if std::env::var_os("SCHEMATA_BLESS").is_some() {
            for dir in ["completions", "man"] {
                let _ = std::fs::remove_dir_all(root.join(dir));
                std::fs::create_dir_all(root.join(dir)).unwrap();
            }
            for (path, bytes) in &files {
                std::fs::write(root.join(path), bytes).unwrap();
            }
            return;
        }
        let mut stale = Vec::new();
        for (path, bytes) in &files {
            if std::fs::read(root.join(path)).ok().as_deref() != Some(bytes.as_slice()) {
                stale.push(path.display().to_string());
            }
        }
        for dir in ["completions", "man"] {
            for entry in std::fs::read_dir(root.join(dir)).into_iter().flatten().flatten() {
                let rel = Path::new(dir).join(entry.file_name());
                if !files.contains_key(&rel) {
                    stale.push(format!("{} (no longer generated)", rel.display()));
                }
            }
        }
        assert!(
            stale.is_empty(),
            "generated files drifted from the CLI: {stale:?}; run `SCHEMATA_BLESS=1 cargo test --bin schemata`"
        );
    }
}
