// mimalloc is the allocator; the `valgrind` feature keeps the system one,
// whose internals valgrind's thread checkers understand.
#[cfg(not(feature = "valgrind"))]
#[global_allocator]
static GLOBAL: pyrallel::vm::heap::sysalloc::Malloc = pyrallel::vm::heap::sysalloc::Malloc;

fn main() {
    std::process::exit(pyrallel::cli::main());
}
