/// Conversions from 16-bit floating-point bit patterns to Float32, written
/// out so they work on every platform (Swift's `Float16` is unavailable on
/// Intel Macs).
enum HalfPrecision {
    /// The Float32 value of an IEEE 754 binary16 (FLOAT16) bit pattern; exact,
    /// including subnormals, infinities and NaN.
    static func float(fromFloat16 bits: UInt16) -> Float {
        let sign = UInt32(bits >> 15) << 31
        let exponent = Int((bits >> 10) & 0x1F)
        let mantissa = UInt32(bits & 0x3FF)
        switch exponent {
        case 0:
            // Zero or subnormal: mantissa · 2⁻²⁴, exact in Float32.
            let magnitude = Float(mantissa) * 0x1p-24
            return sign == 0 ? magnitude : -magnitude
        case 0x1F:
            return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13))
        default:
            return Float(bitPattern: sign | UInt32(exponent - 15 + 127) << 23 | (mantissa << 13))
        }
    }

    /// The Float32 value of a bfloat16 bit pattern (the high half of a Float32).
    static func float(fromBFloat16 bits: UInt16) -> Float {
        Float(bitPattern: UInt32(bits) << 16)
    }
}
