/// The highlighted row of a list on the desk (matches, stations, tickets, earlier contacts,
/// hand-overs) after a move: `step` rows down (negative: up), never past either end, and 0 in
/// an empty list. A step of 0 keeps a selection inside a list that has just shrunk.
func moved(_ selection: Int, by step: Int, count: Int) -> Int {
    max(0, min(selection + step, count - 1))
}
