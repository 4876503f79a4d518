import Crypto
import Foundation

/// SHA-256 digests of every file a report was made from, so it can be reproduced and checked:
/// the same digests and the same mspvet version give the same report.
public struct InputDigest: Sendable {
    public struct File: Sendable {
        public var role: String
        public var path: String
        public var sha256: String
    }

    public var files: [File]

    /// One digest over all the files' digests, in order.
    public var combined: String {
        Self.hex(SHA256.hash(data: Data(files.map { "\($0.role) \($0.path) \($0.sha256)\n" }.joined().utf8)))
    }

    public init(files: [File]) {
        self.files = files
    }

    /// Digests of the proposals, the criteria files and the client profile, read from disk.
    public static func of(proposals: [String], criteria: [String], client: String?) throws -> InputDigest {
        let roles = proposals.map { ("proposal", $0) } + criteria.map { ("criteria", $0) } + (client.map { [("client", $0)] } ?? [])
        return InputDigest(files: try roles.map { role, path in
            File(role: role, path: path, sha256: hex(SHA256.hash(data: try TextFileReader.readData(path: path))))
        })
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
