import Foundation

/// Small charts as inline SVG: no scripts, no fonts to fetch, readable when printed, and each
/// bar carries its figure as text and as a tooltip so colour is never the only cue.
enum SVGChart {
    struct Series {
        var name: String
        var colour: String
        var values: [Int]
    }

    /// Colour-blind-safe colours (Okabe–Ito), one per channel in display order.
    static let channelColours: [Channel: String] = [
        .visit: "#0072B2", .phone: "#E69F00", .signLanguage: "#009E73", .digital: "#CC79A7",
    ]

    /// Vertical bars stacked by series, one bar per label, with the total above each bar.
    static func stackedBars(labels: [String], series: [Series], title: String) -> String {
        let width = 720, height = 260, left = 40, bottom = 30, top = 20
        let totals = labels.indices.map { index in series.reduce(0) { $0 + $1.values[index] } }
        let maximum = max(totals.max() ?? 0, 1)
        let plotHeight = Double(height - bottom - top)
        let slot = Double(width - left - 10) / Double(max(labels.count, 1))
        let barWidth = max(2, slot * 0.7)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height + 24)\" role=\"img\" aria-label=\"\(escape(title))\">\n"
        out += "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - 10)\" y2=\"\(height - bottom)\" stroke=\"#555\"/>\n"
        for (index, label) in labels.enumerated() {
            let x = Double(left) + slot * Double(index) + (slot - barWidth) / 2
            var y = Double(height - bottom)
            for item in series where item.values[index] > 0 {
                let barHeight = plotHeight * Double(item.values[index]) / Double(maximum)
                y -= barHeight
                out += "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(barWidth))\" height=\"\(number(barHeight))\" fill=\"\(item.colour)\">"
                out += "<title>\(escape(label)) \(escape(item.name)): \(item.values[index])</title></rect>\n"
            }
            let centre = number(x + barWidth / 2)
            if totals[index] > 0 {
                out += "<text x=\"\(centre)\" y=\"\(number(y - 4))\" text-anchor=\"middle\" font-size=\"11\">\(totals[index])</text>\n"
            }
            // Every label when they fit, else every few, so a month's days stay readable.
            let step = max(1, Int((Double(labels.count) * 38 / Double(width)).rounded(.up)))
            if index % step == 0 {
                out += "<text x=\"\(centre)\" y=\"\(height - bottom + 16)\" text-anchor=\"middle\" font-size=\"11\">\(escape(label))</text>\n"
            }
        }
        var legendX = left
        for item in series {
            out += "<rect x=\"\(legendX)\" y=\"\(height + 6)\" width=\"12\" height=\"12\" fill=\"\(item.colour)\"/>"
            out += "<text x=\"\(legendX + 16)\" y=\"\(height + 16)\" font-size=\"12\">\(escape(item.name))</text>\n"
            legendX += 24 + item.name.count * 7 + 20
        }
        return out + "</svg>\n"
    }

    /// One horizontal bar per row, 0–100 %, with the target as a line and the figure in words.
    struct Bar {
        var label: String
        var value: Double?
        var target: Double?
        var text: String
        var colour: String
    }

    static func horizontalBars(_ bars: [Bar], title: String) -> String {
        let width = 720, rowHeight = 30, labelWidth = 130, textWidth = 240
        let plotWidth = Double(width - labelWidth - textWidth)
        let height = bars.count * rowHeight + 10
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(escape(title))\">\n"
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 5
            out += "<text x=\"0\" y=\"\(y + 17)\" font-size=\"13\">\(escape(bar.label))</text>\n"
            out += "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(number(plotWidth))\" height=\"18\" fill=\"#eee\"/>\n"
            if let value = bar.value {
                out += "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(number(plotWidth * min(max(value, 0), 1)))\" height=\"18\" fill=\"\(bar.colour)\">"
                out += "<title>\(escape(bar.label)): \(escape(bar.text))</title></rect>\n"
            }
            if let target = bar.target {
                let x = number(Double(labelWidth) + plotWidth * target)
                out += "<line x1=\"\(x)\" y1=\"\(y)\" x2=\"\(x)\" y2=\"\(y + 26)\" stroke=\"#000\" stroke-width=\"2\"/>\n"
            }
            out += "<text x=\"\(labelWidth + Int(plotWidth) + 8)\" y=\"\(y + 17)\" font-size=\"13\">\(escape(bar.text))</text>\n"
        }
        return out + "</svg>\n"
    }

    /// One decimal at most, with a point whatever the locale.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : String(tenths / 10) + "." + String(abs(tenths % 10))
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
