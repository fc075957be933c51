/// The JSON shape of `perturb image info --json`.
struct ImageInfoReport: Encodable {
    /// One text chunk: its keyword, text and chunk type (tEXt, zTXt or iTXt).
    struct Text: Encodable {
        let keyword: String
        let text: String
        let chunk: String
    }

    let width: Int
    let height: Int
    let channels: Int
    let bitDepth: Int
    let colorType: String
    let interlaced: Bool
    let text: [Text]
}
