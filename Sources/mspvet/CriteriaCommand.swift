import ArgumentParser
import MSPVet

struct CriteriaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "criteria",
        abstract: "Check criteria files: validate them, or run the examples written beside each check.",
        subcommands: [Lint.self, Test.self]
    )

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate criteria files and report checks that lack examples.",
            discussion: "With no path, the default criteria. Errors exit 3; warnings alone exit 0."
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
            abstract: "Run every check's examples and report those that do not hold.",
            discussion: "With no path, the default criteria. Exit status 1 when any example fails."
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

extension CriteriaOptions {
    static func with(_ paths: [String], limits: LimitOptions) throws -> CriteriaOptions {
        var options = try CriteriaOptions.parse([])
        options.criteriaPaths = paths
        options.limitOptions = limits
        return options
    }
}
