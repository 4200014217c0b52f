//! The `schemata` binary: parse arguments, run the command, map the outcome to an exit
//! code (0 success, 1 gate failed, 2 error; a closed pipe exits 0).

mod cli;

// Diffs and history replays allocate many small, short-lived nodes; mimalloc serves them
// markedly faster than the system allocator (see benches/history.sh).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
