/// How much of a split one part asks for.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells.
    case length(Int)
    /// At least this many cells; grows into what is left when no part is `.fill`.
    case min(Int)
    /// This share, in percent, of the room the split has (its length less the spacing).
    case percentage(Int)
    /// This fraction (numerator, denominator) of the room the split has.
    case ratio(Int, Int)
    /// An equal share of what the other parts leave.
    case fill
}

/// Splits a rectangle into rows (`.vertical`) or columns (`.horizontal`) by constraints, with
/// `spacing` cells between neighbours, so views place widgets by what they need rather than by
/// adding up x and y.
///
/// The result is deterministic and never overlaps or leaves the area:
/// - When everything fits, what the fixed parts (`length`, `min`, `percentage`, `ratio`) leave
///   is shared equally among the `.fill` parts, or among the `.min` parts when there is no
///   `.fill` (the first parts get the odd cells); with neither, it stays unused after the last.
/// - When the area is too small, parts are given their size in order: later parts (and the
///   spacing before them) shrink first, down to zero, never below.
public struct Layout: Hashable, Sendable {
    public enum Direction: Hashable, Sendable { case vertical, horizontal }

    public var direction: Direction
    public var constraints: [Constraint]
    public var spacing: Int

    public init(_ direction: Direction, _ constraints: [Constraint], spacing: Int = 0) {
        self.direction = direction
        self.constraints = constraints
        self.spacing = max(0, spacing)
    }

    /// Rows from the top down.
    public static func vertical(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(.vertical, constraints, spacing: spacing)
    }

    /// Columns from the left.
    public static func horizontal(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(.horizontal, constraints, spacing: spacing)
    }

    /// One rectangle per constraint, in order.
    public func split(_ area: Rect) -> [Rect] {
        let total = direction == .vertical ? area.height : area.width
        var cursor = 0
        return sizes(total: total).enumerated().map { index, wanted in
            if index > 0 { cursor = Swift.min(total, cursor + spacing) }
            let size = Swift.min(wanted, total - cursor)
            defer { cursor += size }
            return direction == .vertical
                ? Rect(x: area.x, y: area.y + cursor, width: area.width, height: size)
                : Rect(x: area.x + cursor, y: area.y, width: size, height: area.height)
        }
    }

    /// What each part asks for on a line `total` cells long, before the area is too small.
    func sizes(total: Int) -> [Int] {
        let gaps = spacing * Swift.max(0, constraints.count - 1)
        let room = Swift.max(0, total - gaps)
        var sizes = constraints.map { constraint -> Int in
            switch constraint {
            case .length(let cells), .min(let cells): return Swift.max(0, cells)
            case .percentage(let percent): return room * Swift.min(100, Swift.max(0, percent)) / 100
            case .ratio(let numerator, let denominator):
                guard denominator > 0 else { return 0 }
                return Swift.min(room, room * Swift.max(0, numerator) / denominator)
            case .fill: return 0
            }
        }
        let spare = room - sizes.reduce(0, +)
        let fills = constraints.indices.filter { constraints[$0] == .fill }
        let growing = fills.isEmpty ? constraints.indices.filter { if case .min = constraints[$0] { true } else { false } } : fills
        guard spare > 0, !growing.isEmpty else { return sizes }
        for (position, index) in growing.enumerated() {
            sizes[index] += spare / growing.count + (position < spare % growing.count ? 1 : 0)
        }
        return sizes
    }
}

extension Rect {
    /// This rectangle split by `layout`.
    public func split(_ layout: Layout) -> [Rect] { layout.split(self) }

    /// A `width` × `height` rectangle in the middle of this one (the odd cell left above and to
    /// the left of it), for a box drawn over a screen. It is not clipped: a box may ask for
    /// more than there is.
    public func centered(width: Int, height: Int) -> Rect {
        Rect(x: x + Swift.max(0, self.width - width) / 2, y: y + Swift.max(0, self.height - height) / 2, width: width, height: height)
    }

    /// The rectangle with `amount` columns taken off each side.
    public func inset(horizontal amount: Int) -> Rect { inset(left: amount, right: amount) }

    /// The rectangle with `left` columns taken off its left side and `right` off its right.
    public func inset(left: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y, width: Swift.max(0, width - left - right), height: height)
    }
}
