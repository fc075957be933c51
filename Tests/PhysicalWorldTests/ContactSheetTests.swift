import Testing
import Tensors
@testable import PhysicalWorld

@Suite struct ContactSheetTests {
    @Test func tilesRowByRowOnTheBackground() {
        let images = Tensor(shape: [3, 1, 2, 2], scalars: (0..<12).map { Float($0) / 12 })
        let sheet = ContactSheet.tile(images, columns: 2, spacing: 1, background: 1)
        #expect(sheet.shape == [1, 1, 7, 7])
        #expect(sheet[0, 0, 1, 1] == images[0, 0, 0, 0] && sheet[0, 0, 2, 2] == images[0, 0, 1, 1])
        #expect(sheet[0, 0, 1, 4] == images[1, 0, 0, 0])
        #expect(sheet[0, 0, 4, 1] == images[2, 0, 0, 0])
        #expect(sheet[0, 0, 0, 0] == 1 && sheet[0, 0, 4, 4] == 1 && sheet[0, 0, 3, 3] == 1)
    }

    @Test func defaultColumnsMakeASquarishGrid() {
        let sheet = ContactSheet.tile(Tensor.zeros([10, 3, 4, 4]), spacing: 0)
        #expect(sheet.shape == [1, 3, 12, 16])
    }
}
