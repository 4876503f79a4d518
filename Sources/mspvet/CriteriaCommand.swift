import ArgumentParser
import MSPVet

struct CriteriaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "criteria",
        abstract: "Check criteria files: validate them, or run the examples written beside each check.",
        subcommands: [Lint.self, Test.self, Show.self, Measure.self, Path.self, Export.self]
    )

    // Every command names itself: a name left to ArgumentParser is derived with
    // `String(describing:)`, a scan of the runtime's conformance tables on every start.
    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "path",
            abstract: "Print the folder of the default criteria in use, and (on standard error) how it was found.",
            discussion: "Looked for in order: $MSPVET_CRITERIA, a Criteria folder beside the executable or above it, PREFIX/share/mspvet/Criteria.\n\nExample: mspvet criteria path"
        )

        func run() throws {
            guard let (path, found) = CriteriaLocator.locate() else {
                throw ValidationError("cannot find the default criteria; pass --criteria PATH or set MSPVET_CRITERIA")
            }
            Console.output(path + "\n")
            Console.error(found)
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Copy the default criteria into a folder, to start a customised set.",
            discussion: """
            The folder is created if its parent exists; nothing is written if any file would be replaced. \
            Use the copy with --criteria DIR, or set MSPVET_CRITERIA=DIR.

            Example: mspvet criteria export harbor-pine/criteria
            """
        )

        @Argument(help: ArgumentHelp("The folder to write.", valueName: "dir"))
        var folder: String

        func run() throws {
            guard let (source, _) = CriteriaLocator.locate() else {
                throw ValidationError("cannot find the default criteria to copy; set MSPVET_CRITERIA")
            }
            let written = try CriteriaLocator.export(from: source, to: folder)
            Console.error("wrote \(written.count) files to \(folder)")
        }
    }

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Validate criteria files and report checks that lack examples.",
            discussion: "With no path, the default criteria. Errors exit 3; warnings alone exit 0.\n\nExample: mspvet criteria lint Criteria/"
        )

        @Argument(help: ArgumentHelp("Criteria files or folders.", valueName: "path"))
        var paths: [String] = []

        @OptionGroup var limitOptions: LimitOptions

        func run() throws {
            let set = try CriteriaOptions.with(paths, limits: limitOptions).loadCriteria()
            for warning in CriteriaLinter().warnings(for: set) { Console.error(warning.description) }
            let checks = set.allChecks.count
            Console.output("\(set.categories.count) categories, \(checks) checks, \(set.catalogue.platforms.count) platforms: ok\n")
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run every check's examples and report those that do not hold.",
            discussion: "With no path, the default criteria. Exit status 1 when any example fails.\n\nExample: mspvet criteria test --verbose Criteria/lock-in.yaml"
        )

        @Argument(help: ArgumentHelp("Criteria files or folders.", valueName: "path"))
        var paths: [String] = []

        @Flag(name: .shortAndLong, help: "List every example, not only failures.")
        var verbose = false

        @OptionGroup var limitOptions: LimitOptions

        func run() throws {
            let set = try CriteriaOptions.with(paths, limits: limitOptions).loadCriteria()
            let results = ExampleRunner(criteria: set).run()
            for result in results where verbose || !result.passed {
                Console.output((result.passed ? "ok    " : "FAIL  ") + result.summary + "\n")
                if !result.passed {
                    for step in result.trace { Console.output("        \(step)\n") }
                }
            }
            let failed = results.filter { !$0.passed }.count
            Console.output("\(results.count - failed) passed, \(failed) failed\n")
            if failed > 0 { throw ExitCode(ExitStatus.examplesFailed) }
        }
    }
}

extension CriteriaCommand {
    struct Measure: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "measure",
            abstract: "Measure checks against a labelled corpus, beside a keyword search.",
            discussion: """
            For each mapping (a corpus category and the check that answers it), counts the \
            documents the check found and the corpus labels, and prints precision, recall and F1 \
            beside those of a case-insensitive search for the mapping's keywords; the share of hits \
            whose quoted sentence starts inside a labelled passage; and, for value checks, the share \
            whose value is the answer's. The labels file is CUAD's layout (see \
            Benchmarks/accuracy/README.md).

            Example: mspvet criteria measure --labels ../shared/data/cuad/dev-labels.json \
            --mapping Benchmarks/accuracy/cuad.yaml
            """
        )

        @Option(help: ArgumentHelp("The labels file (JSON).", valueName: "file"))
        var labels: String

        @Option(help: ArgumentHelp("Which check answers which category (YAML).", valueName: "file"))
        var mapping: String

        @Option(help: ArgumentHelp("Measure only the first N documents.", valueName: "N"))
        var limit: Int?

        @Option(help: ArgumentHelp("Documents read and evaluated at once (default: one per core); the figures are the same for any number.", valueName: "n"))
        var jobs: Int = FileScoring.defaultJobs

        @Flag(help: "After the table, list the documents each check got wrong, and each value that differs from the label.")
        var misses = false

        @OptionGroup var criteria: CriteriaOptions

        func run() throws {
            let set = try criteria.loadCriteria()
            let mapping = try AccuracyMapping.load(path: mapping, criteria: set)
            let corpus = try LabelledCorpus.load(path: labels)
            let measurement = AccuracyMeasurement.measure(corpus, mapping: mapping, criteria: set, limits: criteria.limits, limit: limit,
                                                          jobs: max(1, jobs))
            for problem in measurement.unreadable { Console.error(problem.description) }
            Console.output(measurement.table)
            if misses { Console.output(measurement.misses) }
        }
    }
}

extension CriteriaCommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print a check's definition as it will be applied, after a client profile's thresholds.",
            discussion: """
            Prints the check's YAML from its criteria file (patterns, rationale, ask, examples), \
            preceded by its category, its share of the total and where it is defined. With \
            --client, thresholds the profile sets replace the criteria's on their lines, the \
            criteria's figure kept in a comment.

            Example: mspvet criteria show lock-in.notice-period --client Samples/client.yaml
            """
        )

        @Argument(help: ArgumentHelp("The check, as category.check (lock-in.notice-period).", valueName: "id"))
        var check: String

        @OptionGroup var criteria: CriteriaOptions

        func run() throws {
            let (set, client) = try criteria.load()
            let definition = try CriteriaOptions.check(named: check, in: set)
            Console.output(try CheckDefinition.yaml(of: definition, in: set, overrides: client?.thresholds ?? []))
        }
    }
}

extension CriteriaOptions {
    /// The check a user named, or an error that suggests the id most likely meant.
    static func check(named text: String, in set: CriteriaSet) throws -> Check {
        guard let id = CheckID(text), let check = set.check(id) else {
            let hint = CheckID(text) == nil ? " (ids are category.check)" : ""
            let suggestion = set.closestCheckID(to: text).map { "; did you mean '\($0)'?" } ?? ""
            throw ValidationError("unknown check '\(text)'\(hint)\(suggestion)")
        }
        return check
    }

    static func with(_ paths: [String], limits: LimitOptions) throws -> CriteriaOptions {
        var options = try CriteriaOptions.parse([])
        options.criteriaPaths = paths
        options.limitOptions = limits
        return options
    }
}
