import PhysicalWorld
import Tensors
import TestSupport
import Testing

/// Pasting a patch: exact where the warped mask is 1, untouched where it is 0,
/// differentiable through the placement warp; shapes and random placements.
@Suite struct PatchPastingTests {
    let images = TestImages.uniform([2, 3, 8, 8], in: 0...1, seed: 5)
    let patch = TestImages.uniform([1, 3, 4, 4], in: 0...1, seed: 6)

    @Test(arguments: [PatchShape.square, .circle, .octagon])
    func pastingIsExactUnderTheMaskAndLeavesOtherPixelsAlone(shape: PatchShape) {
        let mask = PatchMask.make(shape, height: 4, width: 4)
        // Centred at scale 1 the patch covers pixels 2..<6; on the second image
        // at (0.25, 0.75) it covers columns 0..<4 and rows 4..<8.
        let placements = [PatchPlacement(centreX: 0.5, centreY: 0.5), PatchPlacement(centreX: 0.25, centreY: 0.75)]
        let pasted = images.pastingPatch(patch, mask: mask, placements: placements)
        let origins = [(2, 2), (4, 0)]
        for image in 0..<2 {
            for channel in 0..<3 {
                for row in 0..<8 {
                    for column in 0..<8 {
                        let (patchRow, patchColumn) = (row - origins[image].0, column - origins[image].1)
                        let inside = (0..<4).contains(patchRow) && (0..<4).contains(patchColumn)
                            && mask[0, 0, patchRow, patchColumn] == 1
                        let expected = inside ? patch[0, channel, patchRow, patchColumn] : images[image, channel, row, column]
                        #expect(
                            Swift.abs(pasted[image, channel, row, column] - expected) <= 1e-6,
                            "image \(image) channel \(channel) pixel (\(row), \(column))")
                    }
                }
            }
        }
    }

    @Test func aQuarterTurnRotatesThePatchPixelForPixel() {
        let mask = PatchMask.make(.square, height: 4, width: 4)
        let pasted = images.pastingPatch(
            patch, mask: mask, placements: Array(repeating: PatchPlacement(centreX: 0.5, centreY: 0.5, rotation: 90), count: 2))
        // Counter-clockwise as displayed: the patch's top row becomes its left column, read bottom to top.
        for row in 0..<4 {
            for column in 0..<4 {
                #expect(Swift.abs(pasted[0, 1, 2 + row, 2 + column] - patch[0, 1, column, 3 - row]) <= 1e-5)
            }
        }
    }

    @Test func gradientsReachThePatchThroughARotatedScaledPlacement() {
        let mask = PatchMask.make(.circle, height: 4, width: 4)
        let placements = [
            PatchPlacement(centreX: 0.45, centreY: 0.55, scale: 1.3, rotation: 17),
            PatchPlacement(centreX: 0.6, centreY: 0.4, scale: 0.8, rotation: -9),
        ]
        expectGradientMatchesFiniteDifferences(at: patch) { p in
            images.pastingPatch(p, mask: mask, placements: placements)
        }
        expectGradientMatchesFiniteDifferences(at: images) { x in
            x.pastingPatch(patch, mask: mask, placements: placements)
        }
    }

    @Test(arguments: [PatchShape.circle, .square, .octagon])
    func drawnMasksCoverTheirShapesShare(shape: PatchShape) {
        let mask = PatchMask.make(shape, height: 64, width: 64)
        let covered = mask.scalars.reduce(0, +) / Float(mask.scalarCount)
        #expect(Swift.abs(covered - shape.fill) < 0.02)
        #expect(mask.scalars.allSatisfy { $0 == 0 || $0 == 1 })
    }

    @Test func randomPlacementsKeepThePatchBoxInsideTheImage() {
        var generator = RandomGenerator(seed: 3)
        let placements = PatchPlacementDistribution(rotation: 22.5, scale: 0.8...1.2).sample(
            count: 200, imageWidth: 64, imageHeight: 48, patchWidth: 20, patchHeight: 10, using: &generator)
        for placement in placements {
            let halfWidth = placement.scale * 20 / 128, halfHeight = placement.scale * 10 / 96
            #expect(placement.centreX - halfWidth >= 0 && placement.centreX + halfWidth <= 1)
            #expect(placement.centreY - halfHeight >= 0 && placement.centreY + halfHeight <= 1)
            #expect(Swift.abs(placement.rotation) <= 22.5 && (0.8...1.2).contains(placement.scale))
        }
        #expect(Set(placements.map(\.centreX)).count == 200)
    }

    @Test func aCentreRegionConfinesThePlacements() {
        var generator = RandomGenerator(seed: 4)
        let placements = PatchPlacementDistribution(rotation: 0, centreX: 0.3...0.6, centreY: 0.4...0.5).sample(
            count: 100, imageWidth: 64, imageHeight: 64, patchWidth: 8, patchHeight: 8, using: &generator)
        #expect(placements.allSatisfy { (0.3...0.6).contains($0.centreX) && (0.4...0.5).contains($0.centreY) })
        // A region too close to the edge for the patch: the centre stays where the patch fits.
        let edge = PatchPlacementDistribution(rotation: 0, centreX: 0...0.05).sample(
            count: 10, imageWidth: 64, imageHeight: 64, patchWidth: 16, patchHeight: 16, using: &generator)
        #expect(edge.allSatisfy { $0.centreX == 0.125 })
    }
}
