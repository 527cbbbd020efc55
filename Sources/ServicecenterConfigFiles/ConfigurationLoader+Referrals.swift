import Foundation
import ServicecenterCore

extension ConfigurationLoader {
    /// The file of referral destinations. Unlike the other files it may be missing: a site that
    /// has not written one refers with the standard list (`ReferralDestinations.standard`, the
    /// one shipped), so an upgrade does not stop every command on a file it never needed.
    static let referralsFile = "referrals.toml"

    /// `[[destination]]` entries of referrals.toml into `configuration.referrals`; a missing
    /// file leaves the standard list, any other problem is reported with its line.
    static func readReferrals(in directory: URL, into configuration: inout Configuration, problems: inout [ConfigurationProblem]) {
        let path = directory.appendingPathComponent(referralsFile).path
        guard FileManager.default.fileExists(atPath: path) else { return }
        guard let (table, source, file) = parse(referralsFile, in: directory, problems: &problems) else {
            // Unreadable: no list at all, rather than a standard one the site did not choose.
            configuration.referrals = []
            return
        }
        configuration.referrals = readArray("destination", table, source: source, file: file, problems: &problems) { reader in
            ReferralDestination(
                id: reader.string("id", required: true) ?? "",
                name: reader.string("name", required: true) ?? "",
                keywords: reader.strings("keywords") ?? [],
                other: reader.bool("other") ?? false,
                location: reader.location)
        }
    }
}
