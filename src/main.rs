// mimalloc is the allocator; the `valgrind` feature keeps the system one,
// whose internals valgrind's thread checkers understand.
#[cfg(not(feature = "valgrind"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(pyrallel::cli::main());
}
