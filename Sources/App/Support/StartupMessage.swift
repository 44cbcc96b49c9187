import Foundation

/// One readable line for what stopped the start.
public enum StartupMessage {
    public static func line(for error: any Error) -> String {
        if let startup = error as? StartupError { return startup.description }
        let text = String(describing: error)
        if text.contains("connection") || text.contains("Connection") || text.contains("refused") {
            return "the database cannot be reached (check DATABASE_URL and that the server is running): \(text.prefix(200))"
        }
        return String(text.prefix(300))
    }
}
