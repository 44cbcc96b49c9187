import Foundation
import PackagePlugin

/// Writes the app's texts from its catalogues (Sources/App/Catalogues/*.po) before it compiles:
/// see Sources/TextCatalogueGenerator. Runs again whenever a catalogue changes or one is added.
@main
struct TextCataloguePlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = target.directoryURL.appending(path: "Catalogues")
        let catalogues = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".po") }.sorted().map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL
        return [.buildCommand(
            displayName: "Writing the texts from \(catalogues.count) catalogues",
            executable: try context.tool(named: "TextCatalogueGenerator").url,
            arguments: [folder.path, output.path],
            inputFiles: catalogues,
            outputFiles: [output.appending(path: "CatalogueTexts.swift"), output.appending(path: "EmbeddedCatalogues.swift")]
        )]
    }
}
