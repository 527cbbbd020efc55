import Foundation

/// A 64-bit FNV-1a hash, the same in every process and release (Swift's `Hasher` is seeded per
/// process): for a short stable name of a configuration (`CountingBasis.key`) and for telling
/// whether an import's input read the same twice (`ContactLineSource.digest`). Not for secrets.
public struct FNV1a: Hashable, Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    /// A line as a unit: its length first, so that moving bytes across a line end changes the hash.
    public mutating func add(line: Data) {
        withUnsafeBytes(of: UInt64(line.count).littleEndian) { add($0) }
        line.withUnsafeBytes { add($0) }
    }
}
