/// What a piece of the screen is, so a theme can decide how it looks (htop's ColorElements).
public enum Role: Sendable, Hashable, CaseIterable {
    case normal
    case title
    case frame
    case selection
    case keyHint
    case keyHintLabel
    case field
    case fieldFocused
    case label
    case guidance
    case success
    case warning
    case error
    case overdue
    case muted
    case placeholder
}

/// Maps roles to styles. The monochrome theme relies on bold, reverse and underline only,
/// for terminals without colours and for users who set NO_COLOR.
public struct Theme: Sendable {
    public var name: String
    var styles: [Role: Style]

    public init(name: String, styles: [Role: Style]) {
        self.name = name
        self.styles = styles
    }

    public subscript(role: Role) -> Style { styles[role] ?? .plain }

    public static let color = Theme(name: "color", styles: [
        .title: Style(foreground: .white, background: .blue, bold: true),
        .frame: Style(foreground: .cyan),
        .selection: Style(foreground: .black, background: .cyan),
        .keyHint: Style(foreground: .black, background: .cyan),
        .keyHintLabel: Style(),
        .field: Style(underline: true),
        .fieldFocused: Style(foreground: .black, background: .white),
        .label: Style(foreground: .cyan),
        .guidance: Style(foreground: .yellow),
        .success: Style(foreground: .green, bold: true),
        .warning: Style(foreground: .yellow, bold: true),
        .error: Style(foreground: .white, background: .red, bold: true),
        .overdue: Style(foreground: .red, bold: true),
        .muted: Style(dim: true),
        .placeholder: Style(reverse: true),
    ])

    public static let monochrome = Theme(name: "monochrome", styles: [
        .title: Style(bold: true, reverse: true),
        .selection: Style(reverse: true),
        .keyHint: Style(reverse: true),
        .field: Style(underline: true),
        .fieldFocused: Style(reverse: true),
        .label: Style(bold: true),
        .guidance: Style(),
        .success: Style(bold: true),
        .warning: Style(bold: true),
        .error: Style(bold: true, reverse: true),
        .overdue: Style(bold: true, underline: true),
        .muted: Style(dim: true),
        .placeholder: Style(reverse: true),
    ])

    /// Colour unless the terminal has none or the user asked for none (https://no-color.org).
    public static func choose(terminalHasColors: Bool, environment: [String: String]) -> Theme {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        return terminalHasColors ? .color : .monochrome
    }
}
