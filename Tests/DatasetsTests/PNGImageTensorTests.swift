import PNG
import Testing
import Tensors
@testable import Datasets

/// PNG images become N,C,H,W tensors in [0, 1] and back.
@Suite struct PNGImageTensorTests {
    @Test func rgbRoundTripIsExactAtEightBits() {
        let samples = (0..<(2 * 3 * 3)).map { UInt8($0 * 14) }
        let image = PNGImage(width: 3, height: 2, layout: .rgb, samples: .eight(samples))
        let tensor = image.tensor()
        #expect(tensor.shape == [1, 3, 2, 3])
        // Channel planes: red of pixel (0, 1) is sample 3, green of pixel (0, 0) is sample 1.
        #expect(tensor.scalars[1] == Float(samples[3]) / 255)
        #expect(tensor.scalars[6] == Float(samples[1]) / 255)
        #expect(PNGImage(tensor: tensor) == image)
    }

    @Test func grayBecomesThreeEqualChannelsAndSixteenBitsKeepPrecision() {
        let image = PNGImage(width: 2, height: 1, layout: .gray, samples: .sixteen([0, 1]))
        let tensor = image.tensor(channels: 3)
        #expect(tensor.shape == [1, 3, 1, 2])
        let step: Float = 1 / 65535
        let expected: [Float] = [0, step, 0, step, 0, step]
        #expect(tensor.scalars == expected)
        #expect(PNGImage(tensor: Tensor(shape: [1, 1, 2], scalars: [-1, 2])).samples == .eight([0, 255]))
    }
}
