import Testing
@testable import PNG

/// Hand-assembled files in every colour type and bit depth decode to exactly the expected samples.
@Suite struct FixtureDecodingTests {
    @Test(arguments: Fixture.all, PNGBitDepth.allCases)
    func decodesKnownPixels(fixture: Fixture, depth: PNGBitDepth) throws {
        let image = try PNGImage(decoding: fixture.bytes, bitDepth: depth)
        #expect(image.width == Fixture.width && image.height == Fixture.height)
        #expect(image.layout == fixture.layout)
        #expect(image.bitDepth == depth)
        #expect(image.samples.integers == fixture.expected(at: depth))
    }

    @Test(arguments: [false, true], [1, 2, 4, 8])
    func paletteTransparencyBecomesAlpha(interlaced: Bool, depth: Int) throws {
        let fixture = Fixture(colorType: 3, bitDepth: depth, interlaced: interlaced, paletteTransparency: true)
        let image = try PNGImage(decoding: fixture.bytes, bitDepth: .eight)
        #expect(image.layout == .rgba)
        #expect(image.samples.integers == fixture.expected(at: .eight))
    }

    @Test func naturalDepthKeepsSixteenAndExpandsTheRest() throws {
        for fixture in Fixture.all {
            let image = try PNGImage(decoding: fixture.bytes)
            #expect(image.bitDepth == (fixture.bitDepth == 16 ? .sixteen : .eight), "\(fixture)")
        }
    }

    @Test func grayAndRGBTransparentColourBecomesAlpha() throws {
        let gray = PNGAssembler.png(
            width: 4, height: 1, bitDepth: 8, colorType: 0, samples: { x, _ in [x * 10] },
            beforeData: PNGAssembler.chunk("tRNS", [0, 20]))
        let grayImage = try PNGImage(decoding: gray)
        #expect(grayImage.layout == .grayAlpha)
        #expect(grayImage.samples == .eight([0, 255, 10, 255, 20, 0, 30, 255]))

        let rgb = PNGAssembler.png(
            width: 2, height: 1, bitDepth: 16, colorType: 2, samples: { x, _ in [x, 1000, 65535] },
            beforeData: PNGAssembler.chunk("tRNS", [0, 1, 0x03, 0xE8, 0xFF, 0xFF]))
        let rgbImage = try PNGImage(decoding: rgb)
        #expect(rgbImage.layout == .rgba)
        #expect(rgbImage.samples == .sixteen([0, 1000, 65535, 65535, 1, 1000, 65535, 0]))
    }

    @Test func infoReportsTheHeaderAsStored() throws {
        let fixture = Fixture(colorType: 3, bitDepth: 2, interlaced: true, paletteTransparency: true)
        let info = try PNGInfo(decoding: fixture.bytes)
        #expect(info.width == 11 && info.height == 9)
        #expect(info.bitDepth == 2 && info.colorType == .palette && info.channels == 1)
        #expect(info.interlaced && info.hasTransparency)
        #expect(info.decodedLayout == .rgba)
    }
}
