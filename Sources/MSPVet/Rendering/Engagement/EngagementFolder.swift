import Foundation

/// A new engagement's folder: the client's profile, an RFP and an evaluator's overrides file as
/// commented skeletons that load as they stand, a `proposals/` folder, and a README of the
/// commands to run next.
public enum EngagementFolder {
    /// The files written, by path inside the folder.
    public static func files(client: String) -> [(path: String, contents: String)] {
        [
            ("client.yaml", clientProfile(client)),
            ("rfp.yaml", rfp),
            ("overrides.yaml", overrides),
            ("README.md", readme(client)),
        ]
    }

    /// The folders written, empty: the bids go in `proposals/`, and nothing else may, as
    /// `proposals/*` is how every command is given them.
    public static let folders = ["proposals"]

    /// Writes the folder at `path`, which must not exist or be empty, under an existing parent.
    ///
    /// - Returns: The paths written.
    public static func create(at path: String, client: String = "Client name") throws -> [String] {
        let manager = FileManager.default
        let folder = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Diagnostic(.invalidValue, at: .start(of: path), "is a file, not a folder") }
            let present = (try? manager.contentsOfDirectory(atPath: path)) ?? []
            guard present.isEmpty else {
                throw Diagnostic(.invalidValue, at: .start(of: path), "is not empty (holds \(present.sorted().prefix(3).joined(separator: ", "))); nothing was written")
            }
        } else {
            guard manager.fileExists(atPath: folder.deletingLastPathComponent().path) else {
                throw Diagnostic(.fileNotFound, at: .start(of: path), "its parent folder does not exist")
            }
        }
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        let written = try files(client: client).map { relative, contents in
            let file = folder.appendingPathComponent(relative)
            try Data(contents.utf8).write(to: file, options: .withoutOverwriting)
            return file.path
        }
        return try written + folders.map { name in
            let made = folder.appendingPathComponent(name)
            try manager.createDirectory(at: made, withIntermediateDirectories: false)
            return made.path + "/"
        }
    }

    static func clientProfile(_ client: String) -> String {
        """
        # The client being advised: who it is, what it runs, and when its MSP's clock runs.
        # Used by every command through --client client.yaml.
        version: 1
        name: \(yamlString(client))
        # How the client writes numeric dates: en-US reads 03/01/2026 as 1 March; other regions day first.
        locale: en-US
        # What the client runs, by kind; names resolve through the criteria's platforms.yaml, so a bid
        # that moves the client off one is caught ("we will migrate you to ...").
        stack:
          productivity: Microsoft 365
          # endpoints: [Windows, macOS]
          # accounting: QuickBooks Online
        # When the MSP's clock runs, for `mspvet tickets` and service levels.
        calendar:
          time-zone: America/New_York
          hours:
            mon-fri: "08:00-17:00"
          holidays: []
          hold-pauses-clock: false
        # The client's own lines for value checks, in place of the criteria's:
        # thresholds:
        #   lock-in.notice-period: {fail-above: 45}

        """
    }

    static let rfp = """
        # The RFP, for `mspvet report --rfp rfp.yaml` and `mspvet score --rfp rfp.yaml`.
        version: 1
        seats: 50                        # users today
        # scenarios:
        #   growth: 70                   # other seat counts to cost
        horizon-months: 36
        # Totals over the horizon: price scores 0 at the cap and 1 at the floor, whatever other bids cost.
        budget: {cap: 400000, floor: 250000}
        price-weight: 0.25
        assumptions:
          out-of-scope-hours-per-month: 8
          unknown-hourly-rate: 175       # for a bid that publishes no rate
          uncapped-escalation-percent: 5
        unknown-must-have: clarify       # or fail: a must-have a bid does not address
        override-rule: consensus         # evaluators who differ: the consensus file wins (or median)
        must-haves:
          - check: stack-bias.platform-migration
            require: not-fail
            reason: The client keeps the platforms it runs today.
          - check: lock-in.termination-fee
            require: not-fail
            reason: The client must be able to leave a provider that does not perform.
        # weights: {security: 2}         # category weights for this RFP

        """

    static let overrides = """
        # One evaluator's overrides of mspvet's verdicts, for --overrides overrides.yaml (one file each;
        # mark the panel's agreed file with consensus: true).
        version: 1
        evaluator: Your name
        overrides: []
        #  - bid: northstar-advisory        # the bid's file name without its extension
        #    check: lock-in.termination-fee
        #    outcome: pass                  # pass | partial | fail, or value: N, or both
        #    date: 2026-01-15
        #    why: The reference call confirmed there is no early-termination fee.

        """

    static func readme(_ client: String) -> String {
        """
        # MSP review for \(client)

        1. Edit `client.yaml` (the stack and calendar) and `rfp.yaml` (seats, budget, must-haves).
        2. Put the bids in `proposals/`, one file per bid (Markdown, text, Word, PDF or HTML); the file
           name is the bid's name in every report (`northstar-advisory.pdf` reads as northstar-advisory).
        3. Rank them: `mspvet score --client client.yaml --rfp rfp.yaml proposals/*`
        4. The client's report: `mspvet report --client client.yaml --rfp rfp.yaml --out report.html proposals/*`
        5. After reference calls, record what changed in `overrides.yaml` and add `--overrides overrides.yaml`.
        6. Blind scoring by a panel: add `--blind --blind-key key.csv`; to score quality first, `--hide-price`.

        Auditing the incumbent instead: `mspvet dates --client client.yaml CONTRACT` for its notice
        deadline, and `mspvet report --client client.yaml --tickets EXPORT.csv --out audit.html CONTRACT`.

        """
    }

    private static func yamlString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
