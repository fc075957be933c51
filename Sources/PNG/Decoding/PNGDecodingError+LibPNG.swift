import CLibPNG

extension PNGDecodingError {
    /// Classifies a shim failure by its status and libpng's message.
    init(status: cpng_status, message: String, source: String, firstBytes: ArraySlice<UInt8>) {
        switch status {
        case CPNG_ERROR_SIGNATURE:
            let hex = firstBytes.map { String($0, radix: 16, uppercase: true).leftPadded(to: 2) }.joined(separator: " ")
            self = firstBytes.dropFirst().prefix(3).elementsEqual("PNG".utf8)
                ? .damagedSignature(source: source, firstBytes: hex) : .notPNG(source: source, firstBytes: hex)
        case CPNG_ERROR_TRUNCATED:
            self = .truncated(source: source, detail: message)
        case CPNG_ERROR_OUT_OF_MEMORY:
            self = .outOfMemory(source: source)
        default:
            self = Self(libpngMessage: message, source: source)
        }
    }

    private init(libpngMessage message: String, source: String) {
        let chunk = message.split(separator: ":").first.map(String.init) ?? ""
        if message.hasSuffix("CRC error") {
            self = .checksumMismatch(source: source, chunk: chunk)
        } else if chunk == "IHDR" || message.contains("in IHDR") || message.contains("Invalid IHDR") {
            self = .invalidHeader(source: source, detail: message)
        } else if chunk == "IDAT" || message.contains("image data") {
            self = .corruptImageData(source: source, detail: message)
        } else {
            self = .malformed(source: source, detail: message)
        }
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
