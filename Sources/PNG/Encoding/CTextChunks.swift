import CLibPNG

/// Text chunks as C strings for the shim; call ``deallocate()`` when done.
struct CTextChunks {
    /// One `cpng_text` per chunk, pointing into ``storage``.
    private(set) var chunks: [cpng_text] = []
    private var storage: [UnsafeMutablePointer<CChar>] = []

    /// Checks and converts `chunks`: keywords are 1-79 Latin-1 characters;
    /// tEXt and zTXt text must be Latin-1.
    init(_ texts: [PNGTextChunk]) throws {
        do {
            for text in texts {
                guard let keyword = Latin1.encode(text.keyword), (1...79).contains(keyword.count) else {
                    throw PNGEncodingError.invalidText(
                        keyword: text.keyword,
                        reason: "a keyword must be 1 to 79 Latin-1 characters; shorten or rename it")
                }
                let unicode = text.kind == .unicode || text.kind == .compressedUnicode
                guard let body = unicode ? Array(text.text.utf8) : Latin1.encode(text.text) else {
                    throw PNGEncodingError.invalidText(
                        keyword: text.keyword,
                        reason: "\(text.kind.chunkType) holds Latin-1 only but the text has other characters; "
                            + "use kind .unicode (iTXt)")
                }
                chunks.append(
                    cpng_text(
                        kind: Self.kind(text.kind), keyword: store(keyword), text: store(body), text_length: body.count,
                        language: store(Array(text.languageTag.utf8)),
                        translated_keyword: store(Array(text.translatedKeyword.utf8))))
            }
        } catch {
            deallocate()
            throw error
        }
    }

    /// Frees the C strings.
    func deallocate() {
        storage.forEach { $0.deallocate() }
    }

    /// A NUL-terminated copy of `bytes` that lives until ``deallocate()``.
    private mutating func store(_ bytes: [UInt8]) -> UnsafePointer<CChar> {
        let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
        for (index, byte) in bytes.enumerated() { pointer[index] = CChar(bitPattern: byte) }
        pointer[bytes.count] = 0
        storage.append(pointer)
        return UnsafePointer(pointer)
    }

    private static func kind(_ kind: PNGTextChunk.Kind) -> cpng_text_kind {
        switch kind {
        case .latin1: CPNG_TEXT_TEXT
        case .compressedLatin1: CPNG_TEXT_ZTXT
        case .unicode: CPNG_TEXT_ITXT
        case .compressedUnicode: CPNG_TEXT_ITXT_ZIP
        }
    }
}
