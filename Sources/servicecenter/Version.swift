/// The program's version, in one place: `servicecenter --version` prints it and a release
/// changes only this line (semantic versioning: a changed exit code or option is a new major).
enum ProgramVersion {
    static let number = "0.17.0"
    /// What `--version` prints: the program's name and its version, as `git --version` does.
    static let line = "servicecenter \(number)"
}
