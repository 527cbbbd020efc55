import Foundation
import Testing
@testable import ServicecenterConfigFiles
@testable import ServicecenterCore

/// The demo's matters are written per category of the shipped catalogue: each names a real
/// category, and every category the demo forwards has matters of its own.
@Suite("Demo data: matters against the shipped catalogue")
struct DemoCaseCatalogueTests {
    @Test("Every demo matter's category is in Config/categories.toml, and every forwardable category has its own matters")
    func coverage() throws {
        let configuration = try ConfigurationLoader.load(directory: ConfigDirectory.shipped)
        let ids = Set(configuration.categories.map(\.id))
        #expect(Set(DemoGenerator.matters.keys).subtracting(ids).isEmpty, "\(Set(DemoGenerator.matters.keys).subtracting(ids))")
        // Försäkringskassan and Region are referred elsewhere by the demo, never forwarded.
        let forwardable = ids.subtracting(["forsakringskassan", "region"])
        #expect(forwardable.subtracting(DemoGenerator.matters.keys).isEmpty, "\(forwardable.subtracting(DemoGenerator.matters.keys).sorted())")
    }
}
