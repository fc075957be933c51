import ArgumentParser

/// The `perturb-bench` command: measures Perturb's kernels, models and attacks.
@main
struct PerturbBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "perturb-bench",
        abstract: "Benchmarks for Perturb. Build with -c release; results are medians over repeats.",
        subcommands: [KernelsBenchmark.self, ModelsBenchmark.self, PNGBenchCommand.self, AttacksBenchCommand.self]
    )
}
