//! The `schemata` binary: parse arguments, run the command, map the outcome to an exit
//! code (0 success, 1 gate failed, 2 error; a closed pipe exits 0).

mod cli;

fn main() {
    // Deeply nested schemas recurse in the parser and normalizer; give them room.
    let child = std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(cli::main);
    let code = match child.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => 2,
    };
    std::process::exit(code);
}
