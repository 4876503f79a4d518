internal import Crypto
import Foundation

/// SHA-256 digests of every file a report was made from, so it can be reproduced and checked:
/// the same digests and the same mspvet version give the same report.
public struct InputDigest: Sendable {
    /// One input and its digest.
    public struct File: Sendable {
        /// "proposal", "criteria" or "client".
        public var role: String
        /// The path, as the user named it.
        public var path: String
        /// The SHA-256 of its bytes, in hex.
        public var sha256: String
    }

    /// Every input, proposals first.
    public var files: [File]

    /// One digest over all the files' digests, in order.
    public var combined: String {
        Self.hex(SHA256.hash(data: Data(files.map { "\($0.role) \($0.path) \($0.sha256)\n" }.joined().utf8)))
    }

    /// The same digests with each path rewritten, for a blind review: a digest identifies the
    /// file to whoever holds it without naming the bidder to a reader.
    public func renamed(_ rename: (String) -> String) -> InputDigest {
        InputDigest(files: files.map { File(role: $0.role, path: rename($0.path), sha256: $0.sha256) })
    }

    /// Digests already computed.
    public init(files: [File]) {
        self.files = files
    }

    /// Digests of the proposals, the criteria files and the client profile, read from disk.
    public static func of(proposals: [String], criteria: [String], client: String?) throws -> InputDigest {
        let roles = proposals.map { ("proposal", $0) } + criteria.map { ("criteria", $0) } + (client.map { [("client", $0)] } ?? [])
        return of(try roles.map { role, path in (role: role, path: path, data: try TextFileReader.readData(path: path)) })
    }

    /// Digests of inputs already in memory, each with its role and the path the report shows.
    public static func of(_ inputs: [(role: String, path: String, data: Data)]) -> InputDigest {
        InputDigest(files: inputs.map { File(role: $0.role, path: $0.path, sha256: hex(SHA256.hash(data: $0.data))) })
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
