import Testing
import Tensors
@testable import Datasets

@Suite struct PixelBufferTests {
    @Test func tensorIsPlanarAndScaledToUnit() {
        let image = PixelBuffer(width: 2, height: 1, channels: 3, bytes: [255, 0, 51, 0, 102, 255])
        let tensor = image.tensor()
        #expect(tensor.shape == [3, 1, 2])
        #expect(tensor.scalars == [1, 0, 0, 0.4, 0.2, 1])
        let stacked = PixelBuffer.tensor(stacking: [image, image])
        #expect(stacked.shape == [2, 3, 1, 2])
        #expect(Array(stacked.scalars[6...]) == tensor.scalars)
    }
}
