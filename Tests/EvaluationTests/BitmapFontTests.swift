import Evaluation
import Testing

/// The built-in 5×7 font: glyph shapes, metrics, fitting and drawing.
@Suite struct BitmapFontTests {
    /// A glyph as seven strings of five characters, '#' for ink.
    func picture(_ character: Character) -> [String] {
        (0..<7).map { row in String((0..<5).map { BitmapFont.isInk(character, column: $0, row: row) ? "#" : "." }) }
    }

    @Test func glyphsHaveTheirShapes() {
        #expect(picture("T") == ["#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."])
        #expect(picture("0") == [".###.", "#...#", "#..##", "#.#.#", "##..#", "#...#", ".###."])
        #expect(picture(" ").allSatisfy { $0 == "....." })
        #expect(picture("é") == picture("?"), "non-ASCII draws as ?")
    }

    @Test func widthAndFitting() {
        #expect(BitmapFont.width(of: "") == 0 && BitmapFont.width(of: "ab") == 11 && BitmapFont.width(of: "ab", scale: 2) == 22)
        #expect(BitmapFont.fitting("stop", width: 23) == "stop")
        #expect(BitmapFont.fitting("pedestrian", width: 23) == "ped.")
        #expect(BitmapFont.width(of: BitmapFont.fitting("pedestrian-crossing", width: 100)) <= 100)
    }

    @Test func drawingPaintsTheInkAtScale() {
        var canvas = RGBCanvas(width: 20, height: 16)
        canvas.draw("T", x: 1, y: 1, scale: 2, colour: (1, 0, 0))
        let red = { (x: Int, y: Int) in canvas.values[y * 20 + x] == 1 && canvas.values[320 + y * 20 + x] == 0 }
        #expect(red(1, 1) && red(10, 2) && red(5, 13) && red(6, 14))
        #expect(!red(1, 3) && !red(0, 0) && !red(11, 1), "outside the glyph stays white")
        #expect(canvas.tensor.shape == [1, 3, 16, 20])
    }
}
