import Testing
@testable import NeuralNetworks

/// Nodes stored out of order are sorted; file order is kept where it is free.
@Suite struct TopologicalSortTests {
    @Test func nodesStoredBackwardsAreSorted() throws {
        var model = ModelProtoBuilder.tinyModel()
        model.graph.node.reverse()
        let graph = try ModelProtoBuilder.load(model).graph
        #expect(graph.nodes.map(\.name) == ["gemm", "relu"])
    }

    @Test func independentNodesKeepFileOrder() throws {
        var model = ModelProtoBuilder.tinyModel()
        model.graph.node += [
            ModelProtoBuilder.node("Sigmoid", name: "s1", inputs: ["x"], outputs: ["s1"]),
            ModelProtoBuilder.node("Tanh", name: "t1", inputs: ["s1"], outputs: ["t1"]),
            ModelProtoBuilder.node("Sigmoid", name: "s2", inputs: ["x"], outputs: ["s2"]),
        ]
        model.graph.node.swapAt(0, 3)  // t1 … gemm first in the file
        let graph = try ModelProtoBuilder.load(model).graph
        // File order t1, relu, s1, gemm, s2: each node as early as its inputs allow.
        #expect(graph.nodes.map(\.name) == ["s1", "t1", "gemm", "relu", "s2"])
    }
}
