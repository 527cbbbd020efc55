@testable import ServicecenterPostgres

/// A site's schema taken back to an earlier version, as a site that has not upgraded yet would
/// be, so a test can open it with this version and watch the upgrade. Run as the owner, in the
/// schema `servicecenter`, newest version first.
enum SchemaRollback {
    /// Version 6 (counted report days, month folds) undone: its objects dropped, and version 5's
    /// `count_open_handover` back.
    static var version6: String {
        let counting = PostgresSession.statements(in: PostgresSchema.version5).first { $0.contains("CREATE FUNCTION count_open_handover") }!
        return """
            DROP TRIGGER report_day_contact ON contact;
            DROP TRIGGER report_day_call ON queue_call;
            DROP TRIGGER report_day_handover ON handover;
            DROP TRIGGER report_day_handover_event_insert ON handover_event;
            DROP TRIGGER report_day_handover_event_delete ON handover_event;
            DROP FUNCTION forget_report_day_of_row(), forget_report_days_of_handover(), forget_report_days_of_handover_event(),
                forget_report_days_from(date), hold_report_days();
            DROP TABLE report_day, report_day_contacts, report_day_calls, open_handover_month;
            \(counting.replacingOccurrences(of: "CREATE FUNCTION", with: "CREATE OR REPLACE FUNCTION"));
            DELETE FROM schema_version WHERE version = 6;
            """
    }

    /// Version 5 (open hand-overs counted) undone.
    static let version5 = """
        DROP TRIGGER open_handover_counts ON handover;
        DROP TABLE open_handover_count;
        DROP FUNCTION keep_open_handover_counts(), count_open_handover(date, text, integer);
        DELETE FROM schema_version WHERE version = 5;
        """
}
