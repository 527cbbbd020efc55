import GRDB
import ServicecenterCore

extension Migrations {
    /// v16: `referred_to` becomes a destination id of referrals.toml, with the "annan" text in
    /// `referred_other`. A text stored before is mapped by the standard list (the migration
    /// cannot know the site's file, and the standard list is what was shipped): a known name
    /// becomes its id, anything else "annan" with the text moved whole. The text had been
    /// masked on its way in; it stays personal data, purged with the notes.
    static func referralDestinations(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE contact ADD COLUMN referred_other TEXT")
        let update = try db.makeStatement(sql: "UPDATE contact SET referred_to = ?, referred_other = ? WHERE id = ?")
        let rows = try Row.fetchAll(db, sql: "SELECT id, referred_to FROM contact WHERE referred_to IS NOT NULL")
        for row in rows {
            let id: Int64 = row[0], text: String = row[1]
            let referral = ReferralDestinations.migrated(text: text)
            try update.execute(arguments: [referral.destination, referral.text, id])
        }
    }
}
