import Testing

/// curses keeps its terminal in globals and terminfo is not safe to set up from two threads:
/// two suites starting curses at once crashed the test process inside libtinfo. Every suite
/// that starts curses is nested here, so they run one test at a time.
@Suite("ncurses, one test at a time", .serialized)
enum CursesTests {}
