/// Text made safe for HTML element content and quoted attribute values.
enum HTMLText {
    /// `text` with &, <, >, " and ' replaced by character references.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A number for an SVG coordinate: at most two decimals, no exponent.
    static func coordinate(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// A colour as "#rrggbb".
    static func hex(_ colour: (red: Float, green: Float, blue: Float)) -> String {
        "#" + [colour.red, colour.green, colour.blue].map { component in
            let byte = Int((Swift.min(Swift.max(component, 0), 1) * 255).rounded())
            return (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }.joined()
    }
}
