import Foundation
import CLibPNG

extension PNGTextChunk {
    /// Copies a text chunk out of the shim (tEXt/zTXt are Latin-1, iTXt UTF-8).
    init(_ text: cpng_text) {
        let kind: Kind
        switch text.kind {
        case CPNG_TEXT_ZTXT: kind = .compressedLatin1
        case CPNG_TEXT_ITXT: kind = .unicode
        case CPNG_TEXT_ITXT_ZIP: kind = .compressedUnicode
        default: kind = .latin1
        }
        let keywordBytes = UnsafeBufferPointer(start: text.keyword, count: strlen(text.keyword))
            .map { UInt8(bitPattern: $0) }
        let textBytes = UnsafeBufferPointer(start: text.text, count: text.text_length).map { UInt8(bitPattern: $0) }
        let international = kind == .unicode || kind == .compressedUnicode
        self.init(
            keyword: Latin1.decode(keywordBytes),
            text: international ? String(decoding: textBytes, as: UTF8.self) : Latin1.decode(textBytes),
            kind: kind,
            languageTag: text.language.map { String(cString: $0) } ?? "",
            translatedKeyword: text.translated_keyword.map { String(cString: $0) } ?? "")
    }
}
