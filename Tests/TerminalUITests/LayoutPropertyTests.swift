import Testing
@testable import TerminalUI

/// Random constraints in random areas: the splitter's parts never overlap, stay inside the
/// area, keep their order, and fill it exactly when the constraints fit and one part can grow.
@Suite("Layout: property test")
struct LayoutPropertyTests {
    static func randomConstraint(_ random: inout SeededRandom) -> Constraint {
        let cells = Int.random(in: 0...40, using: &random)
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return .length(cells)
        case 1: return .min(cells)
        case 2: return .percentage(Int.random(in: 0...100, using: &random))
        case 3: return .ratio(Int.random(in: 0...4, using: &random), Int.random(in: 1...4, using: &random))
        default: return .fill
        }
    }

    /// A part's start and length along the split, and its rectangle across it.
    static func span(_ rect: Rect, _ direction: Layout.Direction) -> (start: Int, length: Int, across: ClosedRange<Int>) {
        direction == .vertical ? (rect.y, rect.height, rect.x...rect.x + rect.width) : (rect.x, rect.width, rect.y...rect.y + rect.height)
    }

    @Test("20,000 random splits: inside, in order, no overlap, never negative, whole when it fits")
    func splits() {
        var random = SeededRandom(seed: 0x1A_7017)
        var problems: [String] = []
        var fitting = 0
        var tooSmall = 0
        for run in 0..<20_000 {
            let area = Rect(x: Int.random(in: 0...30, using: &random), y: Int.random(in: 0...30, using: &random),
                            width: Int.random(in: 0...160, using: &random), height: Int.random(in: 0...60, using: &random))
            let direction: Layout.Direction = Bool.random(using: &random) ? .vertical : .horizontal
            let constraints = (0..<Int.random(in: 0...7, using: &random)).map { _ in Self.randomConstraint(&random) }
            let layout = Layout(direction, constraints, spacing: Int.random(in: 0...3, using: &random))
            let parts = layout.split(area)
            let (areaStart, total, areaAcross) = Self.span(area, direction)
            let wanted = layout.sizes(total: total)
            let gaps = layout.spacing * max(0, constraints.count - 1)
            if parts.count != constraints.count { problems.append("run \(run): \(parts.count) parts for \(constraints.count)") }
            var end = areaStart
            var shrunk = false
            for (index, part) in parts.enumerated() {
                let (start, length, across) = Self.span(part, direction)
                if length < 0 || start < areaStart || start + length > areaStart + total || across != areaAcross {
                    problems.append("run \(run): part \(index) \(part) outside \(area)")
                }
                if start < end { problems.append("run \(run): part \(index) overlaps the one before") }
                // Later parts shrink first: once one is short, every later one is empty.
                if shrunk && length > 0 { problems.append("run \(run): part \(index) has cells after a shrunk part") }
                if length < wanted[index] { shrunk = true }
                end = start + length
            }
            if wanted.reduce(0, +) + gaps <= total {
                fitting += 1
                if parts.map({ Self.span($0, direction).length }) != wanted { problems.append("run \(run): parts differ from their sizes though they fit") }
                let grows = constraints.contains { if case .min = $0 { true } else { $0 == .fill } }
                let used = parts.map { Self.span($0, direction).length }.reduce(0, +) + gaps
                if grows && used != total { problems.append("run \(run): \(used) of \(total) cells used though a part can grow") }
                for (index, constraint) in constraints.enumerated() {
                    if case .length(let cells) = constraint, Self.span(parts[index], direction).length != cells {
                        problems.append("run \(run): length(\(cells)) got \(Self.span(parts[index], direction).length)")
                    }
                }
            } else {
                tooSmall += 1
            }
            if problems.count > 10 { break }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        // Both halves of the property were exercised.
        #expect(fitting > 2_000 && tooSmall > 2_000, "fitting \(fitting), too small \(tooSmall)")
    }

    @Test("A title row, a body that takes the rest, a notice and a key row")
    func screen() {
        let parts = Layout.vertical([.length(1), .fill, .length(2), .length(1)]).split(Rect(x: 0, y: 0, width: 80, height: 24))
        #expect(parts == [Rect(x: 0, y: 0, width: 80, height: 1), Rect(x: 0, y: 1, width: 80, height: 20),
                          Rect(x: 0, y: 21, width: 80, height: 2), Rect(x: 0, y: 23, width: 80, height: 1)])
    }

    @Test("Spacing between columns; percentages of the room after it; the odd cell to the first fill")
    func columns() {
        let area = Rect(x: 2, y: 5, width: 31, height: 3)
        #expect(Layout.horizontal([.percentage(50), .percentage(50)], spacing: 1).split(area)
            == [Rect(x: 2, y: 5, width: 15, height: 3), Rect(x: 18, y: 5, width: 15, height: 3)])
        #expect(Layout.horizontal([.fill, .length(4), .fill], spacing: 0).split(area).map(\.width) == [14, 4, 13])
        #expect(Layout.horizontal([.ratio(1, 3), .min(5)]).split(area).map(\.width) == [10, 21])
    }

    @Test("Too small: the first parts keep their size, the last ones shrink to nothing, never below")
    func tooSmall() {
        let parts = Layout.vertical([.length(3), .min(4), .length(5)], spacing: 1).split(Rect(x: 0, y: 0, width: 10, height: 6))
        #expect(parts.map(\.height) == [3, 2, 0])
        #expect(parts.map(\.y) == [0, 4, 6])
        #expect(Layout.vertical([.length(2)]).split(Rect(x: 0, y: 0, width: 0, height: 0)) == [Rect(x: 0, y: 0, width: 0, height: 0)])
    }

    @Test("A box centred over a screen: the odd cell above and to the left, never outside to the top left")
    func centered() {
        let screen = Rect(x: 0, y: 1, width: 81, height: 20)
        #expect(screen.centered(width: 40, height: 7) == Rect(x: 20, y: 7, width: 40, height: 7))
        #expect(screen.centered(width: 90, height: 30) == Rect(x: 0, y: 1, width: 90, height: 30))
    }
}
