import Testing
@testable import PNG

/// Layout and bit-depth conversion.
@Suite struct ConversionTests {
    @Test func sixteenToEightRoundsToNearest() {
        let image = PNGImage(width: 7, height: 1, layout: .gray, samples: .sixteen([0, 128, 129, 32768, 65406, 65407, 65535]))
        #expect(image.converted(bitDepth: .eight).samples == .eight([0, 0, 1, 128, 254, 255, 255]))
    }

    @Test func eightToSixteenIsExact() {
        let image = PNGImage(width: 3, height: 1, layout: .gray, samples: .eight([0, 1, 255]))
        let wide = image.converted(bitDepth: .sixteen)
        #expect(wide.samples == .sixteen([0, 257, 65535]))
        #expect(wide.converted(bitDepth: .eight) == image)
    }

    @Test func grayToColourAndBackIsExact() {
        let gray = PNGImage(width: 4, height: 1, layout: .gray, samples: .eight([0, 17, 200, 255]))
        let rgba = gray.converted(to: .rgba)
        #expect(rgba.samples == .eight([0, 0, 0, 255, 17, 17, 17, 255, 200, 200, 200, 255, 255, 255, 255, 255]))
        #expect(rgba.converted(to: .gray) == gray)
    }

    @Test func colourToGrayUsesRec709Luma() {
        let rgb = PNGImage(width: 3, height: 1, layout: .rgb, samples: .sixteen([65535, 0, 0, 0, 65535, 0, 0, 0, 65535]))
        // 0.2126, 0.7152, 0.0722 of 65535, in 15-bit fixed point, rounded.
        #expect(rgb.converted(to: .gray).samples == .sixteen([13936, 46867, 4732]))
    }

    @Test func alphaIsAddedOpaqueAndDroppedAsIs() {
        let grayAlpha = PNGImage(width: 2, height: 1, layout: .grayAlpha, samples: .eight([10, 0, 20, 128]))
        #expect(grayAlpha.converted(to: .gray).samples == .eight([10, 20]))
        #expect(grayAlpha.converted(to: .rgb).samples == .eight([10, 10, 10, 20, 20, 20]))
        #expect(grayAlpha.converted(to: .rgba, bitDepth: .sixteen).samples
            == .sixteen([2570, 2570, 2570, 0, 5140, 5140, 5140, 32896]))
    }

    @Test func metadataIsKept() {
        var image = PNGImage(width: 1, height: 1, layout: .rgb, samples: .eight([1, 2, 3]))
        image.text = [PNGTextChunk(keyword: "Title", text: "x")]
        image.physicalSize = PNGPhysicalSize(dotsPerInch: 72)
        let converted = image.converted(to: .gray, bitDepth: .sixteen)
        #expect(converted.text == image.text && converted.physicalSize == image.physicalSize)
    }
}
