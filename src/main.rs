fn main() -> std::process::ExitCode {
    hookctl::run(std::env::args_os())
}
