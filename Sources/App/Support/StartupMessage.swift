import Foundation

/// One readable line for what stopped the start.
public enum StartupMessage {
    public static func line(for error: any Error) -> String {
        if let startup = error as? StartupError { return startup.description }
        // PostgreSQL errors hide their details from `description`; the reflection says what happened.
        let detail = String(reflecting: error)
        if detail.contains("Connection refused") || detail.contains("connectionError") || detail.contains("connection reset") {
            return "the PostgreSQL server in DATABASE_URL cannot be reached: check the address and that the server is running"
        }
        if detail.contains("password authentication failed") || detail.contains("28P01") {
            return "PostgreSQL refused the user name or password in DATABASE_URL"
        }
        if detail.contains("3D000") || detail.contains("does not exist") {
            return "the database named in DATABASE_URL does not exist: create it first (createdb)"
        }
        return String(detail.prefix(300))
    }
}
