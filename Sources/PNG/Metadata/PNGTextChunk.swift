/// One text chunk: a keyword and its text.
public struct PNGTextChunk: Equatable, Codable, Sendable {
    /// How a text chunk is stored.
    public enum Kind: String, Codable, Sendable {
        /// tEXt: Latin-1 text.
        case latin1
        /// zTXt: compressed Latin-1 text.
        case compressedLatin1
        /// iTXt: UTF-8 text.
        case unicode
        /// iTXt with compressed UTF-8 text.
        case compressedUnicode

        /// The chunk type: `tEXt`, `zTXt` or `iTXt`.
        public var chunkType: String {
            switch self {
            case .latin1: "tEXt"
            case .compressedLatin1: "zTXt"
            case .unicode, .compressedUnicode: "iTXt"
            }
        }
    }

    /// The keyword, 1 to 79 Latin-1 characters (for example `Title`, `Software`).
    public var keyword: String
    /// The text.
    public var text: String
    /// How the chunk is stored.
    public var kind: Kind
    /// iTXt only: the language of the text (RFC 3066 tag), or empty.
    public var languageTag: String
    /// iTXt only: the keyword translated into that language, or empty.
    public var translatedKeyword: String

    /// Makes a text chunk; `kind` defaults to tEXt when keyword and text fit
    /// in Latin-1, iTXt otherwise.
    public init(
        keyword: String, text: String, kind: Kind? = nil, languageTag: String = "", translatedKeyword: String = ""
    ) {
        self.keyword = keyword
        self.text = text
        self.kind = kind ?? (Latin1.encode(text) != nil && languageTag.isEmpty ? .latin1 : .unicode)
        self.languageTag = languageTag
        self.translatedKeyword = translatedKeyword
    }
}
