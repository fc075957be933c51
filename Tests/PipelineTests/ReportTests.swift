import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// report.html is one well-formed, self-contained file: it parses as XML,
/// holds its charts as inline SVG and its panels as data URLs, and refers to
/// nothing on the network.
@Suite struct ReportTests {
    /// Collects element names and every attribute value.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var attributeValues: [String] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.append(name)
            attributeValues += attributes.values
        }
    }

    @Test func theReportIsWellFormedAndSelfContained() throws {
        let directory = try PipelineFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let stages = ReproducibilityTests.stages[...]
        try PipelineFixture.run(ReproducibilityTests.spec(stages), into: directory)
        let html = try String(contentsOfFile: directory + "/report.html", encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        let document = html.dropFirst("<!DOCTYPE html>\n".count)
        let parser = XMLParser(data: Data(document.utf8))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        #expect(collector.elements.contains("svg") && collector.elements.contains("table"))
        #expect(!collector.elements.contains("script") && !collector.elements.contains("link"))
        let images = collector.attributeValues.filter { $0.hasPrefix("data:") }
        #expect(images.count == 2, "one panel per adversarial image")
        #expect(!html.contains("http:") && !html.contains("https:") && !html.contains("url("))
        #expect(collector.attributeValues.allSatisfy { !$0.hasPrefix("//") })
    }
}
